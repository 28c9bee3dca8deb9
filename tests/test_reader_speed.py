"""The reader's speed-ups read exactly what the plain algorithms read."""

from __future__ import annotations

import re

import pytest

from culturedipl._discourse import _WHERE
from culturedipl._segment import sentences, split_tokens, tokens


def _one_pass(text: str) -> list[tuple[str, int, int]]:
    found = sentences(text)
    words, starts, ends, _, _ = split_tokens(text, [(s.start, s.end) for s in found])
    return list(zip(words, starts, ends, strict=True))


def _by_sentence(text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.end) for s in sentences(text) for t in tokens(s.text, s.start)]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met Dr.Lindqvist in Oslo.",  # a glued abbreviation: the fuller pattern
        "The envoy met Dr. Lindqvist in Oslo.",  # none glued: the shorter pattern
        "K.Ostrova and H.E.Bram Tal opened it.",
        "Ö.Yılmaz and “S.Berg” spoke.",  # not ASCII, glued
        "Ö. Yılmaz and “S. Berg” spoke.",  # not ASCII, none glued
        "Visit News.Az and U.S. sites.",  # periods inside words, no capital after them
    ],
)
def test_tokens_whether_or_not_initials_are_glued(text: str) -> None:
    """The body's tokens are the same with or without the glued-initials alternative."""
    assert _one_pass(text) == _by_sentence(text)


def test_glued_initials_are_split_off() -> None:
    """A glued "Dr.Lindqvist" reads as "Dr", ".", "Lindqvist", as if spaced."""
    assert [w for w, _, _ in _one_pass("Dr.Lindqvist spoke.")] == [
        "Dr",
        ".",
        "Lindqvist",
        "spoke",
        ".",
    ]
    assert _one_pass("Dr.Lindqvist spoke.")[2] == ("Lindqvist", 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Lisbon at the Ministry of Culture and Tourism.",
        "in Rome; Latin Rome, (in Paris), Flat Lyon, “at Bonn”, at\nOslo",
        "Berlin_in Rome and 9in Paris, in  the  Hague",
    ],
)
def test_where_matches_as_with_a_leading_word_boundary(text: str) -> None:
    """The place pattern, written with look-behinds after "in" and "at", finds what
    it finds with "\\b" before them."""
    bounded = re.compile(_WHERE.pattern.replace(r"(?:in(?<!\win)|at(?<!\wat))", r"\b(?:in|at)", 1))
    assert bounded.pattern != _WHERE.pattern
    assert [m.span("place") for m in _WHERE.finditer(text)] == [
        m.span("place") for m in bounded.finditer(text)
    ]
    assert any(_WHERE.finditer(text))
