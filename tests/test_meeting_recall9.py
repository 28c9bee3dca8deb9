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
