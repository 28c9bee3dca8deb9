"""Initiatives on unseen real text, eighth round: one general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and
"Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text

Row = tuple[str, str]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.kind.value) for i in parse_text(body).initiatives]


# --------------------------------------------------------------------------
# A named fair (a book fair, a trade or tourism fair) is a named event taken up
# together, like a named exhibition: kind "other", not "festival".


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two ministers agreed to take part in the Varna International Book Fair in May.",
            [("Varna International Book Fair", "other")],
        ),
        (
            "Kelland was the guest country of the 12th International Crafts Fair in Ostrava.",
            [("International Crafts Fair", "other")],
        ),
    ],
)
def test_a_named_fair_is_an_other_event(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


def test_a_festival_keeps_its_kind_beside_a_fair() -> None:
    body = "The Tarn Folk Festival and the Tarn Tourism Fair both open on Friday."
    assert sorted(read(body)) == [
        ("Tarn Folk Festival", "festival"),
        ("Tarn Tourism Fair", "other"),
    ]
