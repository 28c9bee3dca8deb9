"""Initiatives on unseen real text, third round: one general construction a test.

Every sentence below is invented, in the style of news-agency and embassy
reports. Each test states the construction it covers and what the annotation
guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and "Initiatives,
more") says a careful reader extracts from it.
"""

from __future__ import annotations

from culturedipl import parse_text

Row = tuple[str, str]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.kind.value) for i in parse_text(body).initiatives]


def names(body: str) -> list[str]:
    """The name of each initiative in an article with *body* as its text."""
    return [name for name, _ in read(body)]


# --------------------------------------------------------------------------
# Coordinated names: "the A Games and the B festival" is two initiatives.


def test_a_named_event_and_a_name_before_a_lower_case_head_are_two() -> None:
    """The head word after the second name is that name's: the "and" splits the phrase."""
    body = "The minister recalled the Winter Games and the Nordic Lights festival in Oslo."
    assert read(body) == [("Winter Games", "other"), ("Nordic Lights", "festival")]


def test_the_and_without_a_head_before_it_stays_inside_the_name() -> None:
    """ "Salt and Pepper" holds no head word of its own: one name before "festival"."""
    body = "The embassy took part in the Salt and Pepper festival in Tallinn last week."
    assert names(body) == ["Salt and Pepper"]
