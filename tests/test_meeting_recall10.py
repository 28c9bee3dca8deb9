"""Meetings, tenth round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from tests.readers import meetings_by_name

_ATTENDED = (
    "Deputy Minister of Culture Rui Matos met with the Minister of Tourism Elena Quispe"
    " in Lima. Ambassador Luis Rojas and State Secretary Ana Soto were also present during"
    " the meeting."
)


@pytest.mark.parametrize(
    "again",
    [
        (
            "Making a statement about his meeting with Quispe, Minister Matos said that"
            " the two countries share a long history."
        ),
        (
            "Speaking after the meeting with Quispe, Matos said that the two countries"
            " share a long history."
        ),
    ],
)
def test_the_meeting_named_again_by_those_who_met_is_the_one_reported(again: str) -> None:
    # "Speaking of his meeting with Y, X said": the meeting just reported, which others
    # attended, is not listed a second time without them (ANNOTATION.md, "Earlier
    # meetings")
    assert meetings_by_name(f"{_ATTENDED} {again}") == [
        (["Ana Soto", "Elena Quispe", "Luis Rojas", "Rui Matos"], None)
    ]


def test_a_meeting_in_a_meeting_with_someone_else_is_still_a_new_one() -> None:
    # "in a meeting with Y": an indefinite meeting, a new one; not one already told of
    text = f"{_ATTENDED} In a separate meeting with Quispe, Matos discussed tourism."
    assert len(meetings_by_name(text)) == 2


@pytest.mark.parametrize("purpose", ["", " to restore monuments in Peru"])
def test_the_next_sentence_telling_the_meeting_with_more_people_completes_it(
    purpose: str,
) -> None:
    # "X signed a protocol with Y. X hosted Y and Z in his office.": one meeting told
    # twice, the second time with all its people; the one who hosted it hosts, not the
    # one whose country the first sentence named
    text = (
        "Turkish Minister of Culture Kemal Aydin signed a cooperation protocol with"
        f" Peruvian Minister of Culture Elena Quispe{purpose}. Culture Minister Kemal Aydin"
        " hosted Minister of Culture Elena Quispe and Tourism Minister Rui Matos in his"
        " office."
    )
    assert meetings_by_name(text) == [(["Elena Quispe", "Kemal Aydin", "Rui Matos"], "Kemal Aydin")]


def test_a_later_meeting_with_more_people_stays_a_meeting_of_its_own() -> None:
    # the same people with others, told as another meeting ("later"), is not merged
    text = (
        "Minister of Culture Kemal Aydin met Minister of Culture Elena Quispe in Ankara."
        " Later, Kemal Aydin hosted Elena Quispe and Tourism Minister Rui Matos at a dinner."
    )
    assert len(meetings_by_name(text)) == 2


@pytest.mark.parametrize("opener", ["the recent", "the", "their"])
def test_visits_as_a_noun_is_a_trip_told_of_not_a_meeting(opener: str) -> None:
    # "the recent visits of A and B to India": "visits" after a determiner is the noun,
    # a trip, not "X visits Y"; the meeting told before stays the only one
    text = (
        "Minister of Foreign Affairs Rui Matos met President Elena Quispe in Lima."
        f" According to Matos, {opener} visits of President Quispe and Vice President Ana"
        " Soto to Portugal earlier this year gave new momentum to the ties."
    )
    assert meetings_by_name(text) == [(["Elena Quispe", "Rui Matos"], None)]


def test_visits_as_a_verb_still_reports_a_visit() -> None:
    # "X visits Y": the verb, a meeting of the two, Y hosting
    text = "Minister of Foreign Affairs Rui Matos visits President Elena Quispe in Lima."
    assert meetings_by_name(text) == [(["Elena Quispe", "Rui Matos"], "Elena Quispe")]


def test_a_meeting_with_a_group_is_a_meeting_of_the_officials_there() -> None:
    # "X held a meeting with a group of researchers ... A and B were also participating
    # in the meeting": the group is an unnamed party; the officials named were there
    text = (
        "Deputy Culture Minister Rui Matos held a meeting with a group of Peruvian"
        " researchers in Lima on Tuesday. Matos spoke about cultural dialogue. The"
        " cultural attaché in Lima Ana Soto and the director of the Writers House Luis"
        " Rojas were also participating in the meeting."
    )
    assert [people for people, _ in meetings_by_name(text)] == [
        ["Ana Soto", "Luis Rojas", "Rui Matos"]
    ]


def test_an_official_speaking_at_a_bodys_meeting_took_part_in_it() -> None:
    # "The Peruvian part was headed by X ... Z suggested ...": in the report of a
    # body's meeting, opened by those who led or represented its sides, an official
    # reported speaking there was at it
    text = (
        "The third joint meeting of the cultural commission of the Peruvian-Portuguese"
        " committee was held in Lima. The Peruvian part of the commission was headed by"
        " Culture Minister Elena Quispe, the Portuguese one by Culture Minister Rui Matos."
        " Ana Soto, a member of the Congress of Peru, suggested stepping up the exchange"
        " of theatre troupes."
    )
    assert [people for people, _ in meetings_by_name(text)] == [
        ["Ana Soto", "Elena Quispe", "Rui Matos"]
    ]


def test_a_ministers_meeting_taken_part_in_is_apart_from_a_meeting_with_a_counterpart() -> None:
    # "X met his Russian counterpart ... X took part in the ninth BRICS Culture Ministers
    # Meeting": two encounters of X, each with others unnamed, listed twice (not one
    # meeting because the named people are the same)
    text = (
        "Minister of Culture Elena Quispe wrapped up her visit to Kazan, where she met her"
        " Russian counterpart for talks on museums. During her stay, Quispe took part in"
        " the ninth BRICS Culture Ministers Meeting."
    )
    assert [people for people, _ in meetings_by_name(text)] == [["Elena Quispe"]] * 2


def test_a_ministers_meeting_told_twice_is_one_meeting() -> None:
    # the same ministers' meeting named by two sentences stays one
    text = (
        "Minister of Culture Elena Quispe took part in the ninth BRICS Culture Ministers"
        " Meeting in Kazan. Quispe also took part in the BRICS Culture Ministers Meeting's"
        " closing session."
    )
    assert meetings_by_name(text) == [(["Elena Quispe"], None)]
