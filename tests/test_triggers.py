"""Meeting triggers as data: the pattern syntax, and every row of meeting_triggers.tsv at work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import culturedipl
from culturedipl import LexiconError
from culturedipl._meeting_rules import _TRIGGER_NO_AT_FIND, _trigger_starts
from culturedipl._triggers import (
    Element,
    TriggerRow,
    compile_row,
    parse_pattern,
    rows_from,
    trigger_rows,
    triggers,
)

SUBJECT = "Minister of Culture Anna Berg"
OBJECT = "Ambassador of China Wei Lin"
THIRD = "Deputy Minister of Culture Luis Soto"


def expansion(row: TriggerRow) -> str:
    """The row's first wording: the first alternative of every choice, no wildcard."""
    words: list[str] = []
    for element in row.elements:
        if element.kind in {"required", "optional"}:
            words.extend(element.alternatives[0])
    return " ".join(words)


def sentence_for(row: TriggerRow) -> tuple[str, list[str]]:
    """A sentence of the row's kind built around its wording, and who must have met."""
    phrase = expansion(row)
    pair = ["Anna Berg", "Wei Lin"]
    if row.kind == "recvby":
        return f"{OBJECT} {phrase} {SUBJECT}.", pair
    if row.kind == "between":
        return f"{phrase.capitalize()} {SUBJECT} and {OBJECT}.", pair
    if row.kind == "held":
        return f"{SUBJECT} {phrase} with {OBJECT}.", pair
    if row.kind == "noun" and phrase.startswith("their "):
        return f"{SUBJECT} and {OBJECT} agreed on it during {phrase}.", pair
    if row.kind == "noun":
        return f"After {phrase} {OBJECT}, {SUBJECT} stressed the ties.", pair
    if row.kind == "recv" and phrase.endswith("ing"):
        return f"{SUBJECT} said so while {phrase} {OBJECT}.", pair
    if row.kind == "visit" and " him " in f" {phrase} ":
        return f"{OBJECT} said the ties were strong. {SUBJECT} {phrase}.", pair
    if row.kind == "met" and phrase.startswith(("while ", "when ")):
        return f"{SUBJECT} said so {phrase} {OBJECT}.", pair
    if row.kind == "at":
        return f"{phrase.capitalize()} {OBJECT}, {SUBJECT} stressed the ties.", pair
    if row.kind == "attended":
        first = f"{SUBJECT} met {OBJECT}. "
        if phrase.endswith(" with"):
            return f"{SUBJECT} met {OBJECT} {phrase} {THIRD}.", [*pair, "Luis Soto"]
        if phrase.endswith((" by", " of")):
            return f"{first}The meeting {phrase} {THIRD}.", [*pair, "Luis Soto"]
        return f"{first}{THIRD} {phrase}.", [*pair, "Luis Soto"]
    return f"{SUBJECT} {phrase} {OBJECT}.", pair


ROWS = trigger_rows()


@pytest.mark.parametrize("row", ROWS, ids=[row.pattern for row in ROWS])
def test_every_trigger_row_finds_a_meeting(row: TriggerRow) -> None:
    """A sentence built from the row's kind and wording reports the meeting it should."""
    text, names = sentence_for(row)
    article = culturedipl.parse_text(text)
    found = [sorted(o.name for o in article.participants(m)) for m in article.meetings]
    assert sorted(names) in found, (text, found)


@pytest.mark.parametrize("row", ROWS, ids=[row.pattern for row in ROWS])
def test_every_trigger_row_is_the_one_that_matches(row: TriggerRow) -> None:
    """The compiled pattern matches the row's own wording under the row's kind: no row
    is hidden behind another."""
    phrase = expansion(row)
    match = triggers().pattern.search(phrase)
    assert match is not None
    assert match.group() == phrase
    assert match.lastgroup == row.kind


def test_every_start_and_key_comes_from_a_row() -> None:
    """The quick look-ups hold the rows' first and key words, and nothing else."""
    compiled = triggers()
    words = {w for row in ROWS for e in row.elements for a in e.alternatives for w in a}
    assert {w for start in compiled.no_at_starts for w in start.split()} <= words
    assert compiled.keys <= words
    # an "at" row ends with the words that link its noun to the people ("with",
    # "between"; "by" in "a courtesy call by Y")
    links = {a[0] for row in ROWS if row.kind == "at" for a in row.elements[-1].alternatives}
    assert {"with", "between"} <= links
    assert links == compiled.at_links


@pytest.mark.parametrize(
    ("pattern", "regex"),
    [
        ("met", "(?:met)"),
        ("has met", "(?:has) (?:met)"),
        ("(spoke|talked) with", "(?:spoke|talked) (?:with)"),
        ("paid [a|an] visit", "(?:paid) (?:(?:a|an) )?(?:visit)"),
        ("held [*-] [*] talks", r"(?:held) (?:\w+[- ])?(?:\w+ )?(?:talks)"),
        ("[at] [*'s] meeting", r"(?:(?:at) )?(?:\w+[’']s )?(?:meeting)"),
        ("held {aside} talks", r"(?:held)(?:(?:,[^,.;]{1,30}){1,3},)?\s+(?:talks)"),
        ("was {words:3} by", r"(?:was)(?: [\w,’'\-]+){0,3}? (?:by)"),
        ("(phone call|video call) with", r"(?:phone call|video call) (?:with)"),
    ],
)
def test_patterns_compile_word_by_word(pattern: str, regex: str) -> None:
    """Each element of the syntax becomes its piece of regular expression."""
    assert compile_row(parse_pattern(pattern)) == regex


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "an empty pattern"),
        ("[*] met", "may not start with a wildcard"),
        ("{aside} met", "may not start with a wildcard"),
        ("met [with]", "must end with a word or a required choice"),
        ("met (with|)", "an empty alternative"),
        ("met {someone}", "unknown slot"),
        ("met (with", "cannot read"),
    ],
)
def test_bad_patterns_say_what_is_wrong(pattern: str, message: str) -> None:
    """A pattern the syntax cannot read is refused with a reason."""
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_pattern(pattern)


def test_a_bad_row_names_the_file_and_line() -> None:
    """A bad row in the data file raises LexiconError with the file and line number."""
    rows = [(3, ["met", "met"]), (7, ["met with", "gathering"])]
    with pytest.raises(LexiconError, match=r"meeting_triggers\.tsv:7: unknown kind"):
        rows_from(rows)


def test_a_row_with_only_common_words_is_refused() -> None:
    """A row every sentence could hold gives no cheap test: it is refused."""
    with pytest.raises(LexiconError, match="uncommon word"):
        rows_from([(2, ["had (a|the)", "met"])])


def test_a_row_needs_a_pattern_and_a_kind() -> None:
    """A row with one column is refused with what was expected."""
    with pytest.raises(LexiconError, match=r"meeting_triggers\.tsv:4: expected 'pattern<TAB>kind'"):
        rows_from([(4, ["met"])])


def test_elements_are_read_as_written() -> None:
    """Words fold case; choices keep their multi-word alternatives."""
    assert parse_pattern("Paid (Courtesy Call|visit)") == (
        Element("required", (("paid",),)),
        Element("required", (("courtesy", "call"), ("visit",))),
    )


@pytest.mark.parametrize("row", ROWS, ids=[row.pattern for row in ROWS])
def test_the_pattern_of_a_first_letter_finds_what_the_whole_one_finds(row: TriggerRow) -> None:
    """Cut down to the rows that can start with a match's first letter, either case,
    a trigger pattern matches as the whole one does, with the same kind."""
    compiled = triggers()
    phrase = expansion(row)
    capitalised = phrase[0].upper() + phrase[1:]
    for text in (phrase, capitalised, phrase.upper(), f"x {phrase}", f"9 {phrase}"):
        start = len(text) - len(phrase)
        for patterns in (compiled.by_letter, compiled.by_letter_no_at):
            whole = patterns.whole.match(text, start)
            cut = patterns.at(text, start)
            found = cut.match(text, start) if cut is not None else None
            assert (found and (found.group(), found.lastgroup)) == (
                whole and (whole.group(), whole.lastgroup)
            )


def test_the_patterns_of_first_letters_find_what_the_whole_ones_find_in_articles() -> None:
    """At every word start of the annotated articles, the cut-down patterns find what
    the whole ones find (the same trigger, kind and span, or none)."""
    compiled = triggers()
    for path in sorted((Path(__file__).parent / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start in (m.start() for m in re.finditer(r"\b\w", text)):
            for patterns in (compiled.by_letter, compiled.by_letter_no_at):
                whole = patterns.whole.match(text, start)
                cut = patterns.at(text, start)
                found = cut.match(text, start) if cut is not None else None
                assert (found and (found.span(), found.lastgroup)) == (
                    whole and (whole.span(), whole.lastgroup)
                ), (path.name, start)


@pytest.mark.parametrize(
    "text",
    [
        "met the minister",
        "the ministers met",
        "x_met, (met) “met” —met",
        "café met, naïve visit; 9met 2 met",
        "",
        "m",
    ],
)
def test_trigger_starts_are_where_the_whole_pattern_starts(text: str) -> None:
    """The starts found from the character before each are the starts of the
    pattern with its leading "\\b", in ASCII and other text alike."""
    expected = [match.start() for match in _TRIGGER_NO_AT_FIND.finditer(text)]
    assert _trigger_starts(text) == expected


def test_trigger_starts_are_where_the_whole_pattern_starts_in_articles() -> None:
    """In every lower-cased line of the annotated articles, the trigger starts are
    those of the pattern with its leading "\\b"."""
    for path in sorted((Path(__file__).parent / "articles").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").lower().splitlines():
            expected = [match.start() for match in _TRIGGER_NO_AT_FIND.finditer(line)]
            assert _trigger_starts(line) == expected, (path.name, line)
