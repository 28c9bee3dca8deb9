"""Initiatives in the shapes real articles give them, one construction a test.

Every sentence below is invented, in the style of news-agency reports. Each
test states the construction it covers and what the annotation guide
(``../shared/corpus/ANNOTATION.md``, "Initiatives" and "Initiatives, more")
says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import Article, parse_text

Row = tuple[str, str]


def initiatives(article: Article) -> list[Row]:
    """``(name, kind)`` of each initiative."""
    return [(i.name, i.kind.value) for i in article.initiatives]


def aliases(article: Article) -> list[tuple[str, ...]]:
    """The aliases of each initiative."""
    return [i.aliases for i in article.initiatives]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return initiatives(parse_text(body))


# --------------------------------------------------------------------------
# One initiative under several names in the same text.


def test_a_place_after_in_is_one_name_with_the_short_form() -> None:
    """ "Days of X Culture in Y" and "Days of X Culture" later are one initiative."""
    article = parse_text(
        "The Days of Georgian Culture in Portugal will open in Porto in May. The "
        "programme of the Days of Georgian Culture includes concerts and a film week."
    )
    assert initiatives(article) == [("Days of Georgian Culture in Portugal", "festival")]
    assert aliases(article) == [("Days of Georgian Culture",)]


def test_a_shortened_name_is_an_alias() -> None:
    """ "Lake Festival" after "Silver Lake International Music Festival" is the same festival."""
    article = parse_text(
        "The minister spoke about the Silver Lake International Music Festival "
        "in July. Musicians from both countries have played at the Lake Festival since 2015."
    )
    assert initiatives(article) == [("Silver Lake International Music Festival", "festival")]
    assert aliases(article) == [("Lake Festival",)]


def test_a_word_of_its_own_inside_keeps_two_names_apart() -> None:
    """ "Nordic Food Culture Festival" is not a longer name of "Nordic Culture Festival"."""
    assert read(
        "The sides discussed the Nordic Food Culture Festival and the Nordic Culture Festival, "
        "both held in the autumn."
    ) == [("Nordic Food Culture Festival", "festival"), ("Nordic Culture Festival", "festival")]


def test_a_name_inside_a_name_is_its_own() -> None:
    """The "Autumn Festival" inside "Sing Along with the Autumn Festival" is named on its own."""
    names = [
        name
        for name, _ in read(
            'The embassy launched the online project "Sing Along with the Autumn Festival". '
            "The Autumn Festival itself will return to the city in October."
        )
    ]
    assert sorted(names) == ["Autumn Festival", "Sing Along with the Autumn Festival"]


# --------------------------------------------------------------------------
# Head words (initiatives.tsv rows).


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministry will send the Silk Road Cultural Caravan 2026 across five countries.",
            [("Silk Road Cultural Caravan 2026", "project")],
        ),
        (
            "The ministers agreed on a joint programme for the Lisbon Summer Olympics.",
            [("Lisbon Summer Olympics", "other")],
        ),
        (
            "The ambassador attended the Finnish Folk Music Celebration in Kuopio.",
            [("Finnish Folk Music Celebration", "festival")],
        ),
    ],
)
def test_head_words(body: str, expected: list[Row]) -> None:
    """A capitalised name ending in a head word of initiatives.tsv, with that row's kind."""
    assert read(body) == expected
