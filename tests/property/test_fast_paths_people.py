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
    _EDITION_ACRONYM,
    _ROLE_HEADS,
    _TRAILING_CONNECTORS,
    _capitalised_phrases,
    _kind_words,
    _may_quote,
    _notable_tokens,
    _split_on_and,
    _trim,
)
from culturedipl._officials import (
    _international_body_named,
    _organization_in,
    _places_in,
    _token_kinds,
)
from culturedipl._segment import sentences
from culturedipl.model import InitiativeKind

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
            if (
                len(text) > 3
                and not text.islower()
                and _COINED.match(text)
                and (not text.isupper() or _EDITION_ACRONYM.fullmatch(text))
            ):
                found.append(j)
    return found


@settings(max_examples=EXAMPLES, deadline=None)
@given(COINED_TEXT)
@example("the Peace4Culture campaign")
@example("xPeace4Culture _Peace4Culture Peace4Culture4Peace4")
@example("G20Summit ÖzTürk")
@example("ABC4 COP30 in UNGA78")
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


def plain_joining_heads(doc: Document) -> dict[int, list[int]]:
    """Each sentence's head words, tested one by one: can one join a capitalised phrase?"""
    heads = _kind_words()
    found: dict[int, list[int]] = {}
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
                found.setdefault(index, []).append(m)
    return found


def plain_capitalised_phrases(
    doc: Document, indexes: range, claimed: set[int], heads: dict[str, InitiativeKind]
) -> list[tuple[int, int]]:
    """Every capitalised phrase of the sentence, read from the left, kept where it holds a head."""
    keys = doc.keys
    found: list[tuple[int, int]] = []
    j = indexes.start
    for j_start in indexes:
        if not doc.words[j_start][:1].isupper() or j_start < j or j_start in claimed:
            continue
        j = j_start
        first = last = j
        k = j
        while k < indexes.stop and k not in claimed:
            text = doc.words[k]
            if keys[k] in _ROLE_HEADS and text[:1].isupper():
                break
            if text[:1].isupper() or (
                text[:1].isdigit() and keys[k - 1] not in _TRAILING_CONNECTORS
            ):
                last = k
            elif keys[k] in _CONNECTORS or text == "-":
                pass
            else:
                break
            k += 1
        j = max(k, j + 1)
        if not any(keys[m] in heads for m in range(first, last + 1)):
            continue
        # a head word in lower case right after the phrase stands on the right of its "and"
        head_follows = (
            last + 1 < indexes.stop and doc.words[last + 1].islower() and keys[last + 1] in heads
        )
        for a, b in _split_on_and(keys, first, last, heads, head_follows=head_follows):
            span = _trim(doc, a, b, heads)
            if span is not None:
                found.append(span)
    return found


@settings(max_examples=EXAMPLES, deadline=None)
@given(INITIATIVE_TEXT)
@example("the Year of Culture. A year's festival. 2021 Festival")
def test_joining_heads_match_a_test_of_each_sentence(body: str) -> None:
    """Head words picked by the word-flag memo are those a test of each sentence picks."""
    doc = Document(body, None)
    assert _notable_tokens(doc)[1] == plain_joining_heads(doc)


# Capitalised words, office words that end a phrase, connectors, numbers after
# them or not, dashes, "and" between two names, places after "in".
PHRASE_PIECES = st.sampled_from(
    [
        "Year",
        "Festival",
        "Days",
        "Forum",
        "Cross-Year",
        "year",
        "Culture",
        "Baku",
        "Azerbaijan",
        "Hungary",
        "Minister",
        "Mr",
        "of",
        "in",
        "the",
        "and",
        "on",
        "2021",
        "August",
        "-",
        "said",
        ",",
    ]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(PHRASE_PIECES, max_size=24).map(" ".join),
    st.sets(st.integers(0, 24), max_size=4),
)
@example("the Year of Culture and Festival of Baku in 2021", set())
@example("said Minister Year of Culture Year in Baku", {3})
@example("2021 Year - Days on 2021 Forum of Minister Festival", {4})
@example("Baku Year and Culture year", set())
def test_phrases_around_head_words_match_a_scan_of_the_sentence(
    body: str, claimed: set[int]
) -> None:
    """Phrases read around the joining head words are those a scan of each sentence keeps."""
    doc = Document(body, None)
    heads = _kind_words()
    joining_heads = _notable_tokens(doc)[1]
    for index, (first, stop) in enumerate(
        zip(doc.sentence_starts, doc.sentence_stops, strict=True)
    ):
        indexes = range(first, stop)
        expected = plain_capitalised_phrases(doc, indexes, claimed, heads)
        if index not in joining_heads:
            assert expected == []
        else:
            found = _capitalised_phrases(doc, indexes, claimed, heads, joining_heads[index])
            assert found == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(INITIATIVE_TEXT)
@example("He said. 'Yes' x' y")
@example("He said. 'Yes")  # a quote mark opening a sentence
def test_a_body_without_a_quote_mark_has_no_sentence_with_one(body: str) -> None:
    """Where the whole body may not quote, no sentence of it may."""
    if not _may_quote(body):
        assert not any(_may_quote(sentence.text) for sentence in sentences(body))


# Titles with places and bodies, capitalised or not, "to the country", and words
# inside a place's or a body's name (where another body's name may start).
TITLE_PIECES = st.sampled_from(
    [
        "Ambassador",
        "Minister",
        "of",
        "to",
        "in",
        "the",
        "The",
        "country",
        "Azerbaijan",
        "azerbaijan",
        "Russian",
        "Federation",
        "United",
        "Nations",
        "united",
        "nations",
        "UNESCO",
        "unesco",
        "Council",
        "Europe",
        "International",
        "Turkic",
        "Culture",
        "Foundation",
        "UN",
        "Alliance",
        "Civilizations",
        "world",
        "heritage",
        "centre",
        ",",
    ]
)


def plain_places_in(doc: Document, first: int, last: int) -> tuple[str | None, str | None, bool]:
    """_places_in with a lexicon match at every place's first word."""
    keys = doc.keys
    places = doc.lex.places
    country: str | None = None
    posted: str | None = None
    posted_home = False
    i = first
    while i <= last:
        found = places.match(keys, i)
        if found is not None:
            length, code = found
            before = keys[i - 1] if i > first else ""
            if before in {"to", "in"} or (
                before == "the" and i - 1 > first and keys[i - 2] == "to"
            ):
                posted = posted or code
            elif country is None:
                country = code
            i += length
            continue
        if keys[i] == "country" and i - 1 > first and keys[i - 1] == "the" and keys[i - 2] == "to":
            posted_home = True
        i += 1
    return country, posted, posted_home


def plain_organization_in(doc: Document, first: int, last: int, kinds: list[str]) -> str | None:
    """_organization_in with a lexicon match at every token of a body."""
    keys = doc.keys
    for i in range(first, last + 1):
        if kinds[i] == "org":
            found = doc.lex.organizations.match(keys, i)
            if found is not None:
                return found[1]
    if "orgword" not in kinds[first : last + 1]:
        return None
    return _international_body_named(doc, first, last, kinds)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(TITLE_PIECES, max_size=16).map(" ".join), st.integers(0, 16), st.integers(0, 16))
@example("Ambassador of the Russian Federation to the United Nations", 0, 9)
@example("minister to the country of azerbaijan", 0, 5)
@example("Ambassador to the UN Alliance of Civilizations", 4, 2)  # a body inside a body
@example("Director of UNESCO world heritage centre", 3, 2)  # ... in lower case
def test_places_and_bodies_of_a_title_match_a_match_at_each_word(
    body: str, first: int, size: int
) -> None:
    """Places and bodies read through the Document's matches are those matched anew."""
    doc = Document(body, None)
    if not doc.keys:
        return
    first = min(first, len(doc.keys) - 1)
    last = min(first + size, len(doc.keys) - 1)
    assert _places_in(doc, first, last) == plain_places_in(doc, first, last)
    kinds = _token_kinds(doc, doc.words)
    assert _organization_in(doc, first, last, kinds) == plain_organization_in(
        doc, first, last, kinds
    )
