"""Initiatives on unseen real text, twelfth round: one general construction a test.

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


def aliases(body: str) -> dict[str, list[str]]:
    """The aliases of each initiative in an article with *body* as its text, by name."""
    return {i.name: list(i.aliases) for i in parse_text(body).initiatives}


# --------------------------------------------------------------------------
# An observance day kept across countries, whose name opens with "World",
# "International", "Arab", ... ("World Heritage Day", "International Day of
# Dance") is a named international event, kind other; a country's holiday
# ("National Day") is none, and the year of an edition is an alias.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The embassy marked World Puppetry Day with a show in Dunmore.", "World Puppetry Day"),
        (
            "Minister Aino Veskimägi said the museum will open on International Museum Day.",
            "International Museum Day",
        ),
        ("The ministry held readings on Arab Calligraphy Day.", "Arab Calligraphy Day"),
        (
            "Ambassador Tomas Rieve opened International Day of Folk Dance in Varsa.",
            "International Day of Folk Dance",
        ),
    ],
)
def test_an_observance_day_is_an_initiative(sentence: str, name: str) -> None:
    assert (name, "other") in read(sentence)


def test_the_year_of_an_observance_day_is_an_alias() -> None:
    body = "Minister Arlo Venn opened International Day of Folk Dance 2031 in Varsa."
    name = "International Day of Folk Dance"
    assert read(body) == [(name, "other")]
    assert aliases(body)[name] == [f"{name} 2031"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ambassador hosted a reception on Kelland's National Day in Dunmore.",
        "Minister Arlo Venn greeted the guests on Independence Day.",
        "The envoy said International Day was a good time to meet.",
    ],
)
def test_a_holiday_or_a_bare_day_is_no_initiative(sentence: str) -> None:
    assert read(sentence) == []


def test_an_observance_day_in_an_also_read_line_is_noise() -> None:
    body = (
        "Minister Arlo Venn met Ambassador Tomas Rieve in Dunmore on Monday.\n\n"
        "Also Read | World Puppetry Day 2031: Varsa Troupe Tours Kelland\n"
    )
    assert read(body) == []
