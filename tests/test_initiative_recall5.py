"""Initiatives on unseen real text, fifth round: one general construction a test.

Every sentence below is invented, in the style of news-agency and embassy
reports. Each test states the construction it covers and what the annotation
guide (``../shared/corpus/ANNOTATION.md``, "Initiatives", "Summits and
sessions" and "Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text

Row = tuple[str, str]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.kind.value) for i in parse_text(body).initiatives]


# --------------------------------------------------------------------------
# A place or a body that takes part in an event: "<Place> for the <Event>",
# "<Body> in the <Event>". The initiative is the part after the article.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister leads a delegation to Peru for the Andean World Congress on Museums.",
            [("Andean World Congress on Museums", "forum")],
        ),
        (
            "He praised the Omani Heritage Authority in the Muscat Winter Festival 2024.",
            [("Muscat Winter Festival 2024", "festival")],
        ),
        (
            "The stand of the Lagos Film Commission in the Accra Screen Biennale drew crowds.",
            [("Accra Screen Biennale", "festival")],
        ),
    ],
)
def test_a_participant_before_for_the_or_in_the_is_no_part_of_the_name(
    body: str, expected: list[Row]
) -> None:
    """A place, a body or a body's word before "for the"/"in the" is left out of the name."""
    assert read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile will send a troupe to the Days of Chilean Culture in the Czech Republic.",
            [("Days of Chilean Culture in the Czech Republic", "festival")],
        ),
        (
            "The Youth for the Planet Festival opens in the old town today.",
            [("Youth for the Planet Festival", "festival")],
        ),
    ],
)
def test_for_the_inside_a_name_stays(body: str, expected: list[Row]) -> None:
    """After a head word, or after words that are no participant, "for the"/"in the" stays."""
    assert read(body) == expected
