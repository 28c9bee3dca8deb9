"""The people and initiatives stages' fast paths against the plain loops they replace.

Each fast path picks out in C-level passes, or from a memo, what a plain scan
finds; the plain scans are kept here as oracles, so that a speed-up can never
change what is read.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._document import Document
from culturedipl._initiatives import (
    _COINED,
    _CONNECTORS,
    _kind_words,
    _may_quote,
    _notable_tokens,
)
from culturedipl._segment import sentences

EXAMPLES = max(300, settings().max_examples)

# Words and marks that decide whether a token is a coined name: digits and inner
# capitals, a letter, digit or underscore glued before a capital, apostrophes.
COINED_PIECES = st.sampled_from(
    [
        "Peace4Culture",
        "PeaceCulture",
        "Peace",
        "ABC4",
        "ABCD",
        "iPhone",
        "Abc",
        "A1",
        "Ab1",
        "AbC",
        "G20",
        "x",
        "4",
        "٣",
        "Ö",
        "ÖzTürk",
        "_",
        "'",
        "’s",
        "-",
        ".",
        " ",
        "\n",
    ]
)
COINED_TEXT = st.one_of(st.lists(COINED_PIECES, max_size=30).map("".join), st.text(max_size=80))


# How a coined name begins in the body: a capital that starts a word (no letter or
# digit before it), then letters and a digit, or lower case letters and a capital.
_COINED_START = re.compile(r"[A-Z](?<![^\W_].)(?:[A-Za-z]*+\d|[a-z]++[A-Z])")


def plain_coined_candidates(doc: Document) -> list[int]:
    """A scan of the body for where a coined name may begin, then the tests of each token's text."""
    found: list[int] = []
    for match in _COINED_START.finditer(doc.body):
        j = bisect_left(doc.starts, match.start())
        if j < len(doc.starts) and doc.starts[j] == match.start():
            text = doc.words[j]
            if len(text) > 3 and not text.islower() and _COINED.match(text) and not text.isupper():
                found.append(j)
    return found


@settings(max_examples=EXAMPLES, deadline=None)
@given(COINED_TEXT)
@example("the Peace4Culture campaign")
@example("xPeace4Culture _Peace4Culture Peace4Culture4Peace4")
@example("G20Summit ÖzTürk")
def test_coined_candidates_match_a_scan_of_the_body(body: str) -> None:
    """Memo-picked coined-name candidates are the tokens a body scan finds."""
    doc = Document(body, None)
    assert _notable_tokens(doc)[0] == plain_coined_candidates(doc)


# Head words in every case and with a possessive, connectors, numbers, dashes,
# and the quote marks and apostrophes that open a quotation or do not.
INITIATIVE_PIECES = st.sampled_from(
    [
        "Year",
        "year",
        "YEAR",
        "Year's",
        "Festival",
        "festival",
        "Cross-Year",
        "cross-year",
        "of",
        "and",
        "Baku",
        "Peace4Culture",
        "2021",
        "-",
        "—",
        ".",
        ". ",
        " ",
        "\n",
        '"',
        "“",
        "«",
        "„",
        "‘",
        "'",
        "x'",
    ]
)
INITIATIVE_TEXT = st.one_of(
    st.lists(INITIATIVE_PIECES, max_size=30).map("".join), st.text(max_size=80)
)


def plain_phrase_sentences(doc: Document) -> set[int]:
    """Each sentence's head words, tested one by one: does one join a capitalised phrase?"""
    heads = _kind_words()
    found: set[int] = set()
    for index, (first, stop) in enumerate(
        zip(doc.sentence_starts, doc.sentence_stops, strict=True)
    ):
        for m in range(first, stop):
            initial = doc.words[m][:1]
            if doc.keys[m] in heads and (
                initial.isupper()
                or initial.isdigit()
                or doc.keys[m] in _CONNECTORS
                or initial == "-"
            ):
                found.add(index)
    return found


@settings(max_examples=EXAMPLES, deadline=None)
@given(INITIATIVE_TEXT)
@example("the Year of Culture. A year's festival. 2021 Festival")
def test_phrase_sentences_match_a_test_of_each_sentence(body: str) -> None:
    """Sentences picked by the word-flag memo are those a test of each sentence picks."""
    doc = Document(body, None)
    assert _notable_tokens(doc)[1] == plain_phrase_sentences(doc)


@settings(max_examples=EXAMPLES, deadline=None)
@given(INITIATIVE_TEXT)
@example("He said. 'Yes' x' y")
@example("He said. 'Yes")  # a quote mark opening a sentence
def test_a_body_without_a_quote_mark_has_no_sentence_with_one(body: str) -> None:
    """Where the whole body may not quote, no sentence of it may."""
    if not _may_quote(body):
        assert not any(_may_quote(sentence.text) for sentence in sentences(body))
