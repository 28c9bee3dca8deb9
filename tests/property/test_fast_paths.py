"""The reader's fast paths (issue 4) against the plain algorithms they replace.

Each fast path does in C-level passes what a short Python loop does token by
token or line by line. The plain loops are kept here as oracles: on any text
the two must agree exactly, so a speed-up can never change what is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._dates import _ABSOLUTE, _RELATIVE, may_hold_date
from culturedipl._document import Document
from culturedipl._header import _lines
from culturedipl._match import PhraseMatcher, key, keys
from culturedipl._segment import (
    _SPACED_TOKEN,
    _TOKEN,
    Sentence,
    Token,
    _ends_with_abbreviation,
    sentences,
    split_tokens,
    tokens,
)

EXAMPLES = max(300, settings().max_examples)

# Characters that make the segmenter and tokenizer decide: stops, quotes,
# brackets, every kind of line break and space, apostrophes, underscores.
PIECES = st.sampled_from(
    [
        "a",
        "Bo",
        "the",
        "Dec",
        "Mr",
        "e.g",
        "i",
        "7",
        "Ö",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\x0b",
        "\u2028",
        "\xa0",
        ".",
        "!",
        "?",
        "…",
        '"',
        "“",
        "”",
        "'",
        "’",
        "(",
        ")",
        "[",
        "-",
        "&",
        "_",
        ",",
    ]
)
TEXT = st.one_of(
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=200),
)


# ---------------------------------------------------------------------------
# Oracles: the plain algorithms.

_BOUNDARY_IN_LINE = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[^\W_a-z])")


def plain_sentences(body: str) -> list[Sentence]:
    """Line by line, each line split at its own boundaries."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\r\n]+", body):
        begin = line.start()
        pieces = []
        for match in _BOUNDARY_IN_LINE.finditer(body, line.start(), line.end()):
            stop = match.start()
            if body[stop] == "." and _ends_with_abbreviation(body, stop):
                continue
            close = match.end()
            while close > match.start() and body[close - 1].isspace():
                close -= 1
            if close > begin:
                pieces.append((begin, close))
            begin = match.end()
        if begin < line.end():
            pieces.append((begin, line.end()))
        for start, end in pieces:
            first, last = start, end
            while first < last and body[first].isspace():
                first += 1
            while last > first and body[last - 1].isspace():
                last -= 1
            if first < last:
                out.append(Sentence(first, last, body[first:last]))
    return out


# The tokenizer's patterns as first written, with backtracking quantifiers.
_BACKTRACKING_TOKEN = (
    r"[A-Z](?:\.[A-Z])*[a-z]?(?=\.[A-Z][a-z])|[^\W_]+(?:[-'’.&][^\W_]+)*|[^\w\s]|_"
)
_BACKTRACKING_SPACED_TOKEN = r"\s*(?:" + _BACKTRACKING_TOKEN + ")"


def plain_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == match.end():
            break
        out.append((match.start(), match.start() + len(match.group().rstrip("\r\n"))))
    return out


def plain_match(phrases: dict[str, str], words: Sequence[str], at: int) -> tuple[int, str] | None:
    """Try every phrase, longest first (the first listed among equals)."""
    best: tuple[int, str] | None = None
    for phrase, value in phrases.items():
        phrase_keys = [key(token.text) for token in tokens(phrase)]
        fits = bool(phrase_keys) and list(words[at : at + len(phrase_keys)]) == phrase_keys
        if fits and (best is None or len(phrase_keys) > best[0]):
            best = (len(phrase_keys), value)
    return best


# ---------------------------------------------------------------------------
# Properties.


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("Mr. Bo said. “Yes.” He left!\r\nDec. 7 (a) i. B")
@example("a.\u2028B. C")
def test_sentences_match_the_line_by_line_split(text: str) -> None:
    assert sentences(text) == plain_sentences(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("News.Az reported_x O’Neil's 1,000 -- Bo&Co.")
def test_one_pass_tokens_match_tokens_of_each_sentence(text: str) -> None:
    found = sentences(text)
    words, starts, ends, firsts, stops = split_tokens(text, [(s.start, s.end) for s in found])
    one_pass = [Token(*columns) for columns in zip(words, starts, ends, strict=True)]
    expected: list[Token] = []
    for index, sentence in enumerate(found):
        assert firsts[index] == len(expected)
        expected.extend(tokens(sentence.text, sentence.start))
        assert stops[index] == len(expected)
    assert one_pass == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("al-Maliki's H.E. O’Neil-- AT&T Bo&&Co. x_1 -a- '")
def test_possessive_token_patterns_match_the_backtracking_ones(text: str) -> None:
    """Possessive quantifiers in the tokenizer change its speed, never its tokens."""
    assert _TOKEN.findall(text) == re.findall(_BACKTRACKING_TOKEN, text)
    assert _SPACED_TOKEN.findall(text) == re.findall(_BACKTRACKING_SPACED_TOKEN, text)


NAME_WORDS = st.sampled_from(
    "The the United united States Ministry ministry of Culture culture National Museum"
    " UNESCO unesco Italy italy Bo".split()
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(NAME_WORDS, max_size=30).map(" ".join))
@example("The Ministry of Culture of the United States")
def test_names_of_both_lexicons_match_a_scan_of_each(body: str) -> None:
    """The one pass for places and organisations finds what a scan per lexicon finds."""
    doc = Document(body, None)
    for found, matcher in (
        (doc.places, doc.lex.places),
        (doc.organizations, doc.lex.organizations),
    ):
        expected = {}
        for at, word in enumerate(doc.words):
            match = matcher.match(doc.keys, at)
            if word[:1].isupper() and match is not None:
                expected[at] = match
        assert found == expected


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("")
@example("a\rb\r\nc\n\nd\n")
def test_lines_match_the_line_scan(text: str) -> None:
    assert _lines(text) == plain_lines(text)


WORDS = st.sampled_from(["the", "national", "museum", "of", "art", "x", "The", "Museum's"])


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.dictionaries(
        st.lists(WORDS, min_size=1, max_size=4).map(" ".join),
        st.sampled_from(["A", "B", "C"]),
        max_size=8,
    ),
    st.lists(WORDS, max_size=12),
)
def test_phrase_matcher_finds_the_longest_phrase(phrases: dict[str, str], text: list[str]) -> None:
    matcher = PhraseMatcher(phrases)
    word_keys = keys(text)
    for at in range(len(word_keys)):
        assert matcher.match(word_keys, at) == plain_match(phrases, word_keys, at)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "cultural",
                "heritage",
                "site",
                "creative",
                "industry",
                "list",
                "film",
                "festival",
                "museum",
                "and",
                "the",
                "Cinema",
                ".",
            ]
        ),
        max_size=30,
    ).map(" ".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
@example("creative industry", 0, 2)  # "industry" is inside the keyword taken first
def test_topics_of_a_span_match_a_scan_of_it(body: str, first: int, size: int) -> None:
    doc = Document(body, None)
    first = min(first, len(doc.keys))
    last = min(first + size, len(doc.keys)) - 1
    labels: list[str] = []
    i = first
    while i <= last:
        found = doc.lex.topics.match(doc.keys, i)
        if found is not None and i + found[0] - 1 <= last:
            labels.append(found[1])
            i += found[0]
        else:
            i += 1
    assert doc.topics(first, last) == tuple(sorted(set(labels)))


DATE_PIECES = st.sampled_from(
    ["on ", "last ", "Monday", "DAY", "today", "Yesterday", "May ", "Dec. ", "7", "٣", "th", " "]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(st.lists(DATE_PIECES, max_size=8).map("".join), st.text(max_size=60)))
@example("on ٣ May")  # any decimal digit counts, as it does for the date patterns
@example("MONDAY")
def test_date_cue_is_in_every_date(text: str) -> None:
    if not may_hold_date(text):
        assert _ABSOLUTE.search(text) is None
        assert _RELATIVE.search(text) is None
