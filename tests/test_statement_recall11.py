"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 11).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import StatementRows, statements_by_name

_MEETING = (
    "VALMERA, June 9 - Culture Minister Aino Veskimägi met Ambassador Teodor Brandl of "
    "Ostland in Valmera. "
)

# "The (main) topic of the (working) meeting was ...": what the meeting covered, its
# participants' `discuss`, whatever words stand before the meeting noun
MEETING_TOPIC_CASES = [
    (
        _MEETING + "The topic of the working meeting was a joint exhibition of folk costumes.",
        [(("Aino Veskimägi", "Teodor Brandl"), "discuss")],
    ),
    (
        _MEETING + "The key subjects of the bilateral talks were archives and film restoration.",
        [(("Aino Veskimägi", "Teodor Brandl"), "discuss")],
    ),
    (
        _MEETING + "The main focus of today's meeting was the exchange of young musicians.",
        [(("Aino Veskimägi", "Teodor Brandl"), "discuss")],
    ),
    # the theme of something else than the meeting: no report
    (
        _MEETING + "The theme of the autumn festival was friendship between river towns.",
        [],
    ),
    # no meeting reported: no one to have discussed it
    (
        "The topic of the conference was the heritage of river towns.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEETING_TOPIC_CASES)
def test_the_topic_of_the_meeting_is_discussed_by_its_participants(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
