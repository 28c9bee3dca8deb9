"""The fast paths of the header reader and the date reader against the plain rules.

Each fast path decides from a cheap, partial view of a line or sentence, or
starts a search where a match can first stand, what the plain rule decides
from all of it. The plain rules are kept here as oracles: on any text the two
must agree, so a speed-up can never change what is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._dates import (
    _ABSOLUTE,
    _DIGIT,
    _RELATIVE,
    DATELINE,
    _date_of_first,
    _first_absolute,
    _first_relative,
    date_in,
)
from culturedipl._header import (
    _CREDIT_PATTERNS,
    _NOISE,
    _TRAILER_START,
    _WORD,
    _groups_in_lines,
    _is_prose_by_words,
    _lines_holding,
    _surely_prose,
    _words,
)

EXAMPLES = max(300, settings().max_examples)


def pieces_or_any_text(
    pieces: st.SearchStrategy[str], blanks: st.SearchStrategy[str], *, max_pieces: int
) -> st.SearchStrategy[str]:
    """Texts of *pieces*, each followed by one of *blanks*, or any text at all."""
    return st.one_of(
        st.lists(st.tuples(pieces, blanks), max_size=max_pieces).map(
            lambda pairs: "".join(piece + blank for piece, blank in pairs)
        ),
        st.text(max_size=120),
    )


# Tokens of words in either case, with the punctuation, digits, apostrophes
# and hyphens that split or join them; the white space (not only " ")
# between them; and what may close the line.
TOKENS = st.sampled_from(
    [
        "the",
        "met",
        "a",
        "Minister",
        "Baku",
        "ÉCOLE",
        "élan",
        "News.Az",
        "Azerbaijan’s",
        "co-operation",
        "O'Neil",
        "2021",
        "22,",
        "visit,",
        "(DG)",
        "x_y",
        "said.",
        "–",
        "…",
    ]
)
BLANKS = st.sampled_from([" ", " ", " ", "  ", "\t", "\xa0", "\u2028"])
ENDS = st.sampled_from(["", ".", " .", "!", "?", "…", '"', "”", "’", "»", ",", ":", ". ", " "])
LINES = st.one_of(
    st.builds(
        lambda pairs, end: "".join(token + blank for token, blank in pairs).rstrip(" ") + end,
        st.lists(st.tuples(TOKENS, BLANKS), max_size=45),
        ENDS,
    ),
    st.text(max_size=200),
)


def plain_is_prose(text: str) -> bool:
    """A line of running text: 25 words, or a sentence of six with two in lower case."""
    words = _WORD.findall(text)
    if len(words) >= 25:
        return True
    ends_sentence = any(text.rstrip().endswith(mark) for mark in '.!?…"”’»')
    if len(words) < 6 or not ends_sentence:
        return False
    return len([word for word in words if word[0].islower()]) >= 2


@settings(max_examples=EXAMPLES, deadline=None)
@given(LINES)
@example("The minister met the envoy in Baku on Monday, 22 May.")
@example("Minister Met Envoy In Baku Today a b.")
@example(" ".join(["word"] * 24) + " 2021,")
@example("a b c d e .")
@example("A B C D E f .")
@example("2021 2022 2023 2024 2025 a b .")
def test_surely_prose_says_true_only_for_prose(text: str) -> None:
    """_surely_prose never says True where the plain rule says False."""
    if _surely_prose(text):
        assert plain_is_prose(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(LINES)
@example("Azerbaijan’s co-operation with 22, countries, the minister said.")
@example("5ad6bd4ca3105cdce0a362a8.jpeg")
def test_prose_test_matches_the_plain_rule(text: str) -> None:
    """The quick test, then the words, decide as the plain rule does."""
    assert (_surely_prose(text) or _is_prose_by_words(text, _words(text))) == plain_is_prose(text)


# ---------------------------------------------------------------------------
# Dates in a sentence: each search started where its pattern can first match.

DATE_PIECES = st.sampled_from(
    [
        "on",
        "On",
        "last",
        "LAST",
        "this",
        "of",
        "Monday",
        "monday",
        "FRIDAY",
        "frıday",
        "FRİDAY",
        "Tueſday",
        "today",
        "Yesterday",
        "holiday",
        "days",
        "May",
        "may",
        "Dec.",
        "September",
        "ſept",
        "aug",
        "decided",
        "5",
        "18",
        "2022",
        "5th",
        "２１",
        "the",
        "met",
        "(",
        ",",
        "’",
        "\u0345",
        "K",
    ]
)
DATE_BLANKS = st.sampled_from([" ", " ", " ", "  ", "\t", "\n", "\xa0", "\u2028", "\x85", ""])
SENTENCES = pieces_or_any_text(DATE_PIECES, DATE_BLANKS, max_pieces=30)


def same_match(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return (found.span(), found.groupdict()) == (expected.span(), expected.groupdict())


@settings(max_examples=EXAMPLES, deadline=None)
@given(SENTENCES)
@example("The ministers met on May 5, 2022 and on 12th of June")
@example("In 2019 they met; then, on\t\tSeptember  18th, 2021")
@example("(on 5 May")
@example("on May 5")
@example("They met on Dec. 7")
@example("He said last   Monday and this FRIDAY")
@example("It was held on Tueſday, or frıday, FRİDAY")
@example("Yesterday\u0345 and today")
def test_date_searches_find_the_first_match(text: str) -> None:
    """The searches started late find what a search of the whole sentence finds."""
    assert same_match(_first_absolute(text, _DIGIT.search(text)), _ABSOLUTE.search(text))
    assert same_match(_first_relative(text, text.lower()), _RELATIVE.search(text))


def plain_date_in(text: str, published: dt.date | None) -> dt.date | None:
    """date_in, searching the whole sentence (after a dateline first) with both patterns."""
    dateline = DATELINE.match(text)
    if dateline is not None:
        found = plain_date_in(text[dateline.end() :], published)
        if found is not None:
            return found
    return _date_of_first(_ABSOLUTE.search(text), _RELATIVE.search(text), published)


@settings(max_examples=EXAMPLES, deadline=None)
@given(SENTENCES, st.sampled_from([None, dt.date(2021, 3, 1), dt.date(2022, 12, 31)]))
@example("Yesterday, on May 5", dt.date(2021, 3, 1))
@example("on frıday", dt.date(2021, 3, 1))
def test_date_in_matches_the_plain_reading(text: str, published: dt.date | None) -> None:
    """date_in reads the date that searching the whole sentence reads (or fails alike)."""
    assert outcome(date_in, text, published) == outcome(plain_date_in, text, published)


def outcome(
    read: Callable[[str, dt.date | None], dt.date | None], text: str, published: dt.date | None
) -> tuple[dt.date | None, str]:
    """What *read* gives, or the name of the ValueError it raises (it should raise none)."""
    try:
        return read(text, published), ""
    except ValueError as error:
        return None, type(error).__name__


# ---------------------------------------------------------------------------
# Line tests whose case-insensitive alternations are grouped by first letter.

PLAIN_NOISE = re.compile(
    r"^\s*(?:\+\s*↺|[•·]|home\b|share\b|print\b|search\b|subscribe\b|stay up to date|"
    r"suggest to a friend|disclaimer:|your opinion|user feedback|overall, how satisfied|"
    r"extremely dissatisfied|story code|go to the main site|read more|related|"
    r"latest news|most read|currency rates|photo:|video:|follow us|tags?:|"
    r"[\d\s$€₽£¥%–—.,:+\-/()\[\]]*$|[A-Z]{2,5}\s*[–—-]\s*-?[\d.]+%)",
    re.IGNORECASE,
)
PLAIN_TRAILER_START = re.compile(
    r"^\s*(?:latest news|most read|related news|related articles|related\s*$|read also|see also|"
    r"stay up to date|subscribe|suggest to a friend|share this|tags?:|"
    r"[A-Z0-9.\-]{4,}\.[A-Z]{2,4}\s*:)",
    re.IGNORECASE,
)
LINE_OPENINGS = st.sampled_from(
    [
        "Home",
        "SHARE",
        "share this",
        "Shares",
        "Related",
        "related news",
        "Read more",
        "read also",
        "Tags:",
        "Tag:",
        "Most read",
        "Latest News",
        "Stay up to date",
        "Subscribe",
        "Suggest to a friend",
        "ſee also",
        "Photo:",
        "USD – 1.7%",
        "NEWS.AZ:",
        "12.05",
        "Home page",
        "The minister",
        "+ ↺",
        "•",
        " ",
        "\t",
        "K",
    ]
)
HEADER_LINES = st.one_of(
    st.lists(LINE_OPENINGS, max_size=4).map(" ".join),
    st.text(max_size=40),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(HEADER_LINES)
@example("Related articles")
@example("  tags: culture")
def test_grouped_line_tests_match_the_plain_alternations(line: str) -> None:
    """_NOISE and _TRAILER_START match as their ungrouped alternations do."""
    assert same_match(_NOISE.match(line), PLAIN_NOISE.match(line))
    assert same_match(_TRAILER_START.match(line), PLAIN_TRAILER_START.match(line))


# ---------------------------------------------------------------------------
# Credits that hold a cue ("Trend reports"): searched from a few chunks before it.

CREDIT_PIECES = st.sampled_from(
    [
        "Trend",
        "News.Az",
        "Saudi",
        "Press",
        "Agency",
        "the",
        "has",
        "ministry",
        "report",
        "reports",
        "reported",
        "reporter",
        "Newsreports",
        "x.Trend",
        "(Trend",
        "A",
        ",",
        ".",
        ";",
        "said",
    ]
)
CREDIT_BLANKS = st.sampled_from([" ", " ", " ", "  ", "\t", "\n", "\xa0", "\r", "\u2028", ""])
BODIES = pieces_or_any_text(CREDIT_PIECES, CREDIT_BLANKS, max_pieces=40)


def plain_groups_in_lines_holding(pattern: re.Pattern[str], text: str, cue: str) -> list[str]:
    """Group 1 of each match of *pattern* in each whole line holding *cue*."""
    found: list[str] = []
    start = 0
    for line in text.split("\n"):
        if cue in line:
            found.extend(
                match.group(1) for match in pattern.finditer(text, start, start + len(line))
            )
        start += len(line) + 1
    return found


@settings(max_examples=EXAMPLES, deadline=None)
@given(BODIES)
@example("In Baku, on Monday, the Saudi Press Agency reports; Trend reports.")
@example("the ministry has reported\nA B C D Trend reports")
@example("Saudi Press Agency Newsreports reports")
def test_holds_patterns_find_what_whole_lines_give(body: str) -> None:
    """A "holds" pattern finds, from a few chunks before its cue, what whole lines give."""
    for how, cues, pattern in _CREDIT_PATTERNS:
        if how == "holds":
            (cue,) = cues
            found = list(_groups_in_lines(pattern, body, _lines_holding(body, cues)))
            assert found == plain_groups_in_lines_holding(pattern, body, cue)
