"""Scans started only where a cue stands, against the plain scans they replace.

Each fast path below runs the regex engine (or a per-token step) only at the
places a literal cue, found by ``str.find``, marks. The plain scans are kept
here as oracles: on any text the two must agree exactly.
"""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._document import Document
from culturedipl._header import _INSTITUTION_REPORTS, _institution, _institution_reports
from culturedipl._initiatives import (
    _INTRODUCED_NAME,
    _INTRODUCING_CUES,
    _YEAR_NUMBER,
    _compound_heads,
    _compound_starts,
    _found_at,
    _matches_at,
    _notable_tokens,
    _year_tokens,
)

EXAMPLES = max(300, settings().max_examples)

# The words and marks the initiative scans decide on: introducing words (and
# words that hold one), years and numbers near them, the heads of several words.
PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\t",
        ",",
        ".",
        "-",
        "'",
        "a",
        "the",
        "festival",
        "projects",
        "such",
        "as",
        "like",
        "likely",
        "unlike",
        "including",
        "called",
        "named",
        "renamed",
        "titled",
        "entitled",
        "dubbed",
        "Open",
        "Shelves",
        "Agenda",
        "Riga",
        "and",
        "of",
        "1",
        "19",
        "20",
        "2014",
        "2063",
        "1999",
        "20190",
        "٢٠",
        "Cross",
        "Year",
        "Consultative",
        "Meeting",
        "Round",
        "Table",
        "Culture",
        "Days",
        "Day",
        "City",
        "'s",
        "Heads",
        "State",
    ]
)
TEXT = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("festivals such as Open Shelves and projects entitled Riga, a fund named  Agenda")
def test_introduced_names_found_from_cues_match_finditer(body: str) -> None:
    cued = [at for cue in _INTRODUCING_CUES for at in _found_at(body, cue, -1) if at >= 0]
    found = [match.span() for match in _matches_at(_INTRODUCED_NAME, body, cued)]
    assert found == [match.span() for match in _INTRODUCED_NAME.finditer(body)]


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("the Cross Year, the Consultative Meeting of the Heads of State, a Round  Table")
@example("Culture Days, the Culture City's year, Culture Day-long, a Film Day")
def test_compound_heads_found_from_last_words_match_finditer(body: str) -> None:
    doc = Document(body, None)
    pattern, _ = _compound_heads()
    assert pattern is not None
    ends = _notable_tokens(doc)[-1]
    found = [match.span() for match in _matches_at(pattern, body, _compound_starts(doc, ends))]
    # the plain scan's matches made of whole tokens (the last one less its possessive):
    # not "Culture Day" in "Culture Day-long"
    starts = set(doc.starts)
    ends_at = set(doc.ends) | {
        end - 2 for end, word in zip(doc.ends, doc.words, strict=True) if word.endswith("'s")
    }
    assert found == [
        match.span()
        for match in pattern.finditer(body)
        if match.start() in starts and match.end() in ends_at
    ]


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
@example("Riga 2014 and Agenda 2063, 20190 people, 1999-2014, 2014.")
def test_year_tokens_match_a_scan_of_every_token(body: str) -> None:
    doc = Document(body, None)
    plain = [
        k
        for k, word in enumerate(doc.words)
        if word.isdigit() and _YEAR_NUMBER.fullmatch(word) is not None
    ]
    assert list(_year_tokens(doc)) == plain


# Pieces of a closing credit: an institution's name, a reporting verb, stops, lines.
CREDIT_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        "\n",
        ",",
        ".",
        "!",
        ";",
        "the ",
        "The ",
        "Embassy",
        "of",
        "Ministry",
        "Culture",
        "Press",
        "Office",
        "to",
        "Romania",
        "reports",
        "reported",
        "informs",
        "informed",
        "report",
        "inform",
        "said",
        "x",
        "Trend",
    ]
)


def _institution_reports_plain(body: str) -> str | None:
    """_institution_reports as one finditer over the whole body."""
    if "report" not in body and "inform" not in body:
        return None
    for found in _INSTITUTION_REPORTS.finditer(body):
        credited = _institution(found.group(1))
        if credited is not None:
            return credited
    return None


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(CREDIT_PIECES, max_size=40).map("".join))
@example("It opened.\nThe festival ends, the Embassy of X to Romania reports .\nMore.")
@example("Press Office informs. the Ministry of Culture reported!")
def test_institution_reports_scanned_by_line_match_a_scan_of_the_body(body: str) -> None:
    assert _institution_reports(body) == _institution_reports_plain(body)
