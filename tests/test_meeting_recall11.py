"""Meetings, eleventh round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

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
