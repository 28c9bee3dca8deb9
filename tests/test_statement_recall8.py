"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 8).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import statements_by_name

Rows = list[tuple[tuple[str, ...], str]]

# "The Turkish Minister for Culture declared ...": a role phrase whose office is
# worded with "for" (as "of" in "the Minister of Culture") names its official
FOR_ROLE_CASES = [
    (
        (
            "MALABO, May 3 - Culture Minister Pedro Nsue Obama met his Turkish counterpart, "
            "Kemal Aydin, in Malabo. In that respect, the Turkish Minister for Culture declared "
            "that visas must be easier to obtain."
        ),
        [(("Kemal Aydin",), "say")],
    ),
    (
        (
            "CARACAS, May 3 - Deputy Foreign Minister Luis Pereira met Ugandan Ambassador Grace "
            "Nakato in Caracas. The Deputy Minister for Africa also emphasized that tourism can "
            "diversify the economy."
        ),
        [(("Luis Pereira",), "stress")],
    ),
    # the office's own words decide between two ministers of the same country
    (
        (
            "APIA, May 3 - Education Minister Tavita Leota and Tourism Minister Sione Fale "
            "visited the museum. The Minister for Tourism said the museum would draw visitors."
        ),
        [(("Sione Fale",), "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOR_ROLE_CASES)
def test_a_role_phrase_with_for_names_its_official(text: str, expected: Rows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
