"""Meetings, eleventh round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from culturedipl._discourse import VISIT
from tests.readers import meetings_by_name


def test_a_welcome_at_the_meeting_reported_shows_who_hosts_it() -> None:
    # "At the start of the meeting, X welcomed Y": X received Y, so hosts, above a
    # place named in Y's title (ANNOTATION.md: an online meeting has a host only
    # when the text shows a reception)
    text = (
        "Minister of State Aino Veskimägi today held a virtual meeting with Dr. Tomas"
        " Rindler, Director of the Kestrel Art Collections in Austria."
        " At the start of the meeting, Veskimägi welcomed Dr. Rindler and wished him"
        " success."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tomas Rindler"], "Aino Veskimägi")]


def test_a_welcome_does_not_move_the_host_of_a_reception() -> None:
    # "Y received X ... X welcomed Y's support": the reception named its host
    text = (
        "Culture Minister Aino Veskimägi received Ambassador of Austria Tomas Rindler"
        " in Tallinn. During the meeting, Ambassador Rindler welcomed Minister"
        " Veskimägi and thanked her."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tomas Rindler"], "Aino Veskimägi")]


def test_the_visit_of_a_visitor_names_no_place_visited() -> None:
    # "the visit of the Estonian President to Norway": the "of" phrase names who
    # travelled, not where to; the host is read from the one country visited
    text = (
        "Foreign Minister Aino Veskimägi, who is on an official visit to Norway, has"
        " held a number of meetings. First, Veskimägi met Deputy Speaker of the"
        " Norwegian Parliament Lars Rindal to discuss cooperation. The results of the"
        " visit of the Estonian President to Norway last year were also underlined."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Lars Rindal"], "Lars Rindal")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("on an official visit to Norway", "Norway"),
        ("during her tour of Norway", "Norway"),
        ("the visit of the Estonian President", None),
    ],
)
def test_the_place_a_visit_names(text: str, place: str | None) -> None:
    # "tour of Norway" names the place toured; "visit of the Estonian ..." the visitor
    found = [m.group("place") for m in VISIT.finditer(text)]
    assert found == ([place] if place else [])


def test_they_after_when_are_the_officials_the_sentence_named_before() -> None:
    # "This was stressed by A to B when they met": "they" are A and B, who met
    text = (
        "This was stressed by Finnish Minister of Culture Aino Veskimägi to Chilean"
        " Minister of Culture Tomas Rindler when they met to discuss cooperation here"
        " today."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tomas Rindler"], None)]


def test_they_after_where_are_the_delegation_and_those_joined_to_it() -> None:
    # "The delegation, joined by A, visited the museum, where they met with Y": the
    # delegation's leader (the one the story follows) and A met Y, a meeting of its own
    text = (
        "Finnish Minister of Culture Aino Veskimägi met with Chilean Minister of Culture"
        " Tomas Rindler in Santiago. During the visit, the Finnish delegation, joined"
        " by Lauri Pakkanen, Director of the Finnish Film Institute, visited the"
        " National Museum, where they met with museum director Ana Quiroga."
    )
    rows = meetings_by_name(text)
    assert [names for names, _ in rows] == [
        ["Aino Veskimägi", "Tomas Rindler"],
        ["Aino Veskimägi", "Ana Quiroga", "Lauri Pakkanen"],
    ]


def test_a_visit_to_the_country_is_a_visit_to_the_country_of_the_story() -> None:
    # "during an official visit to the country": the country named before, where
    # the story happens; its officials host the meetings of the visit
    text = (
        "SKOPJE\n\nThe Prime Minister of North Macedonia, Petar Ristevski, received"
        " on Tuesday the Estonian Minister of Culture Aino Veskimägi, who is on an official"
        " visit to the country. In the afternoon Veskimägi also had a meeting with"
        " Vesna Trajkovska, Minister of Culture of North Macedonia."
    )
    assert meetings_by_name(text) == [
        (["Aino Veskimägi", "Petar Ristevski"], "Petar Ristevski"),
        (["Aino Veskimägi", "Vesna Trajkovska"], "Vesna Trajkovska"),
    ]
