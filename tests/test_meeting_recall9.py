"""Meetings, ninth round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from tests.readers import meetings_by_name


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Wednesday, Minister of Culture Elena Quispe participated in the 4th G20"
            " Culture Working Group Plenary Meeting in Lima."
        ),
        (
            "During her stay in Porto, Minister of Culture Elena Quispe took part in the"
            " ninth BRICS Culture Ministers Meeting and the 10th Porto Cultures Forum."
        ),
        (
            "Senator Elena Quispe has returned from a visit to Chile, where she represented"
            " Peru at the G20 Culture Ministers' Meeting."
        ),
    ],
)
def test_a_named_ministers_meeting_taken_part_in_is_a_meeting_of_the_one_there(
    text: str,
) -> None:
    # "X took part in the ninth BRICS Culture Ministers Meeting": a meeting of X, the
    # other ministers unnamed (ANNOTATION.md, "Meetings")
    assert meetings_by_name(text) == [(["Elena Quispe"], None)]


def test_taking_part_in_the_meeting_reported_joins_it() -> None:
    # "also took part in the meeting": the meeting just reported, not a new one
    text = (
        "Minister of Culture Elena Quispe met Minister of Tourism Rui Matos in Lima."
        " Ambassador Luis Rojas also took part in the meeting."
    )
    assert meetings_by_name(text) == [(["Elena Quispe", "Luis Rojas", "Rui Matos"], None)]


@pytest.mark.parametrize(
    "opener",
    ["Participants in the meeting also included", "Attending the meeting were"],
)
def test_a_list_opened_by_the_meeting_it_names_joins_that_meeting(opener: str) -> None:
    # "Participants in the meeting also included A and B", "Attending the meeting were
    # A and B": those listed were at the meeting just reported
    text = (
        "Minister of Culture Rui Matos met on Tuesday with Peruvian Minister of Culture"
        f" Elena Quispe. {opener} Luis Rojas, Minister of Foreign Trade, and Ana Soto,"
        " Acting Minister of Foreign Affairs."
    )
    assert meetings_by_name(text) == [
        (["Ana Soto", "Elena Quispe", "Luis Rojas", "Rui Matos"], None)
    ]


def test_participants_in_a_meeting_with_no_meeting_reported_open_none() -> None:
    # the list joins a meeting reported; with none reported, none is made up
    text = (
        "Minister of Culture Rui Matos praised the festival. Participants in the meeting"
        " included Ambassador Luis Rojas."
    )
    assert meetings_by_name(text) == []


@pytest.mark.parametrize("verb", ["interacted", "conferred"])
def test_met_and_a_second_verb_with_unnamed_officials_is_a_meeting(verb: str) -> None:
    # "X met and interacted with senior officials": the second verb shares the unnamed
    # object, so X met them (ANNOTATION.md: a meeting keeps only the named)
    text = (
        "Peru's Minister of Culture Elena Quispe paid an official visit to Portugal from"
        f" May 4-6. During the visit, Quispe met and {verb} with senior officials of the"
        " Government of Portugal."
    )
    assert [people for people, _ in meetings_by_name(text)] == [["Elena Quispe"]]


VISIT = (
    "LIMA, Peru – Eight ambassadors coming from different countries paid a courtesy call"
    " to Lima Governor Elena Quispe yesterday morning. The governor said the ambassadors"
    " were keen on sisterhood ties with the region."
)


def test_unnamed_visitors_paying_a_call_meet_the_one_they_call_on() -> None:
    # "Eight ambassadors paid a courtesy call to Y": a meeting of Y, who hosts, the
    # visitors unnamed (ANNOTATION.md, "More meeting triggers")
    assert meetings_by_name(VISIT) == [(["Elena Quispe"], "Elena Quispe")]


@pytest.mark.parametrize("verb", ["was composed of", "was made up of"])
def test_the_members_a_group_is_composed_of_join_the_meeting(verb: str) -> None:
    # "The first batch of visitors was composed of A, B and C": the members join
    text = VISIT + (
        f" The first batch of visitors {verb} Ambassadors Rui Matos of Portugal, Luis"
        " Rojas of Chile and deputy head of mission Ana Soto of Spain."
    )
    assert meetings_by_name(text) == [
        (["Ana Soto", "Elena Quispe", "Luis Rojas", "Rui Matos"], "Elena Quispe")
    ]


def test_a_welcome_received_from_someone_receives_no_one() -> None:
    # "the warm welcome they received from the townspeople": a thing received, no
    # second meeting of the guests with the one they speak to next
    text = VISIT + (
        " The first batch of visitors was composed of Ambassadors Rui Matos of Portugal,"
        " Luis Rojas of Chile and deputy head of mission Ana Soto of Spain. The"
        " ambassadors for their part expressed appreciation for the hospitality of the"
        " people. Because of the warm welcome they received from the"
        " townspeople, the ambassadors told the governor they would promote exchanges."
    )
    assert meetings_by_name(text) == [
        (["Ana Soto", "Elena Quispe", "Luis Rojas", "Rui Matos"], "Elena Quispe")
    ]


def test_a_meeting_between_two_named_is_theirs_alone() -> None:
    # "..., following the meeting between A and B in April": those after "between"
    # met; the subject of the clause around it was not there
    text = (
        "Peru's Minister of Culture, Elena Quispe, and Chile's Ambassador to Peru, Ana"
        " Soto, examined, here Friday, ways to promote cooperation.\n\nDuring this"
        " meeting, both parties hailed the strong ties, following the meeting between"
        " President Carlos Ruiz and President of the Chilean Government, Luis Rojas in"
        " April 2022."
    )
    assert [people for people, _ in meetings_by_name(text)] == [
        ["Ana Soto", "Elena Quispe"],
        ["Carlos Ruiz", "Luis Rojas"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Minister of Culture Elena Quispe held talks with a Chilean delegation led by"
            " Luis Rojas, a member of the Senate."
        ),
        (
            "On August 8, Minister of Culture Elena Quispe met with a delegation headed by"
            " Luis Rojas, member of the Santiago Municipal Committee of Chile."
        ),
    ],
)
def test_the_one_a_delegation_comes_to_meet_hosts_it(text: str) -> None:
    # "X met with a delegation led by Y": the delegation travelled, X received it
    # (ANNOTATION.md, "Host")
    assert meetings_by_name(text) == [(["Elena Quispe", "Luis Rojas"], "Elena Quispe")]


def test_a_delegation_met_on_the_sidelines_has_no_host() -> None:
    text = (
        "On the sidelines of the G20 summit, Minister of Culture Elena Quispe held talks"
        " with a Chilean delegation led by Senator Luis Rojas."
    )
    assert meetings_by_name(text) == [(["Elena Quispe", "Luis Rojas"], None)]


@pytest.mark.parametrize(
    "clause",
    [
        "Quispe agreed with the host minister's proposals on cinema.",
        "Quispe welcomed the Chilean minister’s proposal on exchanges.",
    ],
)
def test_an_unnamed_officials_proposal_is_no_one_met(clause: str) -> None:
    # "X agreed with the host minister's proposals": the possessive owns a thing, so no
    # meeting of X with an unnamed official
    text = "Minister of Culture Elena Quispe praised the film festival in Lima. " + clause
    assert meetings_by_name(text) == []
