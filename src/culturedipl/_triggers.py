"""Meeting triggers: the rows of ``meeting_triggers.tsv`` compiled into one pattern.

A row is a pattern in a small word-by-word syntax (the file's header gives it)
and a kind. This module turns the rows into the regular expressions and the
quick look-up sets the events stage uses, so that a trigger is one line of
data and its pattern and look-ups cannot disagree::

    element  := WORD | "(" alts ")" | "[" alts "]" | "[*]" | "[*-]" | "[*'s]"
              | "{aside}" | "{words:" N "}"
    alts     := phrase ("|" phrase)*

Kinds keep the order of their first row, and rows their order within a kind:
alternatives are tried in that order, as the file says.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from culturedipl.errors import LexiconError
from culturedipl.lexicon import MEETING_TRIGGER_KINDS, read_table

__all__ = [
    "MEETING_TRIGGER_KINDS",
    "ByFirstLetter",
    "Element",
    "TriggerRow",
    "Triggers",
    "compile_row",
    "parse_pattern",
    "rows_from",
    "trigger_rows",
    "triggers",
]

_FILE = "meeting_triggers.tsv"
# Words too common to tell a sentence that may hold a trigger from one that may not.
_COMMON = frozenset(
    """a an the was were being been is are has have had in of on to by at with and also
    this that his her their after during over""".split()
)
_ELEMENT = re.compile(
    r"\((?P<required>[^()\[\]]+)\)|\[(?P<optional>[^()\[\]]+)\]"
    r"|\{(?P<slot>[^{}]+)\}|(?P<word>[^\s()\[\]{}|]+)"
)
_WORDS_SLOT = re.compile(r"words:(?P<count>[1-9]\d?)")


@dataclass(frozen=True)
class Element:
    """One element of a pattern: its kind, and its alternatives (each a tuple of words)."""

    # "required", "optional", "any", "any_joined", "possessive", "aside" or "words"
    kind: str
    alternatives: tuple[tuple[str, ...], ...] = ()
    count: int = 0


@dataclass(frozen=True)
class TriggerRow:
    """A row of the file: its pattern as written, its elements and its kind."""

    pattern: str
    elements: tuple[Element, ...]
    kind: str
    line: int


def _alternatives(text: str) -> tuple[tuple[str, ...], ...]:
    found = tuple(tuple(phrase.casefold().split()) for phrase in text.split("|"))
    if not all(found):
        msg = f"an empty alternative in {text!r}"
        raise ValueError(msg)
    return found


def parse_pattern(pattern: str) -> tuple[Element, ...]:
    """The elements of *pattern*, checked: ``ValueError`` says what is wrong."""
    elements: list[Element] = []
    position = 0
    for match in _ELEMENT.finditer(pattern):
        if pattern[position : match.start()].strip():
            msg = f"cannot read {pattern[position : match.start()]!r}"
            raise ValueError(msg)
        position = match.end()
        if match.group("word") is not None:
            elements.append(Element("required", ((match.group("word").casefold(),),)))
        elif match.group("required") is not None:
            elements.append(Element("required", _alternatives(match.group("required"))))
        elif match.group("optional") is not None:
            inside = match.group("optional")
            if inside == "*":
                elements.append(Element("any"))
            elif inside == "*-":
                elements.append(Element("any_joined"))
            elif inside == "*'s":
                elements.append(Element("possessive"))
            else:
                elements.append(Element("optional", _alternatives(inside)))
        else:
            slot = match.group("slot")
            words = _WORDS_SLOT.fullmatch(slot)
            if slot == "aside":
                elements.append(Element("aside"))
            elif words is not None:
                elements.append(Element("words", count=int(words.group("count"))))
            else:
                msg = f"unknown slot {{{slot}}}"
                raise ValueError(msg)
    if pattern[position:].strip():
        msg = f"cannot read {pattern[position:]!r}"
        raise ValueError(msg)
    if not elements:
        msg = "an empty pattern"
        raise ValueError(msg)
    if elements[0].kind in {"any", "any_joined", "possessive", "aside", "words"}:
        msg = "a pattern may not start with a wildcard"
        raise ValueError(msg)
    if elements[-1].kind != "required":
        msg = "a pattern must end with a word or a required choice"
        raise ValueError(msg)
    return tuple(elements)


def _choice(alternatives: tuple[tuple[str, ...], ...]) -> str:
    return "|".join(" ".join(map(re.escape, words)) for words in alternatives)


def compile_row(elements: tuple[Element, ...]) -> str:
    """The regular expression of one row (without word boundaries or a group name)."""
    parts: list[str] = []
    for index, element in enumerate(elements):
        following = elements[index + 1].kind if index + 1 < len(elements) else None
        if element.kind == "required":
            parts.append(f"(?:{_choice(element.alternatives)})")
            # a space before the next element, unless it brings its own ({aside} its
            # whitespace, {words:N} a space before each word)
            if following in {"required", "optional", "any", "any_joined", "possessive"}:
                parts.append(" ")
        elif element.kind == "optional":
            parts.append(f"(?:(?:{_choice(element.alternatives)}) )?")
        elif element.kind == "any":
            parts.append(r"(?:\w+ )?")
        elif element.kind == "any_joined":
            parts.append(r"(?:\w+[- ])?")
        elif element.kind == "possessive":
            parts.append(r"(?:\w+[’']s )?")
        elif element.kind == "aside":
            parts.append(r"(?:(?:,[^,.;]{1,30}){1,3},)?\s+")
        else:  # words
            parts.append(rf"(?: [\w,’'\-]+){{0,{element.count}}}? ")
    return "".join(parts)


def _first_words(elements: tuple[Element, ...]) -> set[str]:
    """Every start a match of the row can begin with: the first words, and after a
    lone first word the lone words that must follow it ("in the presence of")."""
    found: set[str] = set()
    for index, element in enumerate(elements):
        if element.kind == "required" and len(element.alternatives) == 1:
            words = list(element.alternatives[0])
            for after in elements[index + 1 :]:
                if after.kind != "required" or len(after.alternatives) != 1:
                    break
                words.extend(after.alternatives[0])
            found.add(" ".join(words))
            break
        found.update(words[0] for words in element.alternatives)
        if element.kind == "required":
            break
    return found


def _key_words(elements: tuple[Element, ...]) -> set[str]:
    """Words of which every match of the row holds one (the rarest sort there is)."""
    for element in elements:
        if element.kind != "required":
            continue
        per_alternative = [set(words) - _COMMON for words in element.alternatives]
        if all(per_alternative):
            return set().union(*per_alternative)
    msg = "no required element holds an uncommon word in every alternative"
    raise ValueError(msg)


@cache
def trigger_rows() -> tuple[TriggerRow, ...]:
    """The rows of ``meeting_triggers.tsv``, parsed and checked."""
    return rows_from(read_table(_FILE))


def rows_from(table: Iterable[tuple[int, list[str]]]) -> tuple[TriggerRow, ...]:
    """Trigger rows from ``(line number, columns)`` pairs, each checked:
    :class:`~culturedipl.LexiconError` names the file and line of a bad one."""
    rows = []
    for number, columns in table:
        if len(columns) != 2 or not all(columns):
            msg = f"{_FILE}:{number}: expected 'pattern<TAB>kind', got {columns!r}"
            raise LexiconError(msg)
        pattern, kind = columns
        if kind not in MEETING_TRIGGER_KINDS:
            msg = f"{_FILE}:{number}: unknown kind {kind!r}"
            raise LexiconError(msg)
        try:
            elements = parse_pattern(pattern)
            _key_words(elements)
        except ValueError as error:
            msg = f"{_FILE}:{number}: {error}"
            raise LexiconError(msg) from error
        rows.append(TriggerRow(pattern, elements, kind, number))
    return tuple(rows)


@dataclass(frozen=True)
class Triggers:
    """What the events stage needs of the triggers, built once from the rows."""

    #: every trigger, one named group per kind
    pattern: re.Pattern[str]
    #: the same without the costly "at" kind, for sentences that cannot hold it
    pattern_no_at: re.Pattern[str]
    #: the two patterns, cut down by the letter a match starts with
    by_letter: ByFirstLetter
    by_letter_no_at: ByFirstLetter
    #: every word a match of ``pattern_no_at`` can begin with
    no_at_starts: tuple[str, ...]
    #: words of which every match holds one (a sentence without any holds no trigger)
    keys: frozenset[str]
    #: the last words of the "at" kind's meeting nouns, before "with" or "between"
    at_keys: frozenset[str]
    #: the first words of those nouns, with a space
    at_anchors: tuple[str, ...]
    #: the words after the nouns
    at_links: frozenset[str]


def _pattern(rows: Iterable[TriggerRow], *, at: bool) -> re.Pattern[str]:
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        if at or row.kind != "at":
            by_kind.setdefault(row.kind, []).append(compile_row(row.elements))
    branches = [rf"\b(?P<{kind}>{'|'.join(parts)})\b" for kind, parts in by_kind.items()]
    return re.compile("|".join(branches), re.IGNORECASE)


def _first_letters(elements: tuple[Element, ...]) -> frozenset[str] | None:
    """The lower-case ASCII letters a match of the row can start with (its optional
    words, then its first required one); ``None`` when it may start with another
    character (a wildcard after an optional word, a word that starts otherwise)."""
    found: set[str] = set()
    for element in elements:
        if element.kind not in {"required", "optional"}:
            return None
        for words in element.alternatives:
            if words[0][0] not in string.ascii_lowercase:
                return None
            found.add(words[0][0])
        if element.kind == "required":
            return frozenset(found)
    return None  # (parse_pattern refuses a pattern that ends with no required word)


class ByFirstLetter:
    """A trigger pattern cut down, for each ASCII letter, to the rows whose match can
    start with it, upper- or lower-case: tried at a start of the text, it finds what
    the whole pattern finds there, at a fraction of the cost (re tries each of the
    hundred rows' alternatives in turn; those of another first letter fail, so
    leaving them out changes neither which row matches first nor how far).

    An ASCII letter no row can start with has no pattern (no match can start there);
    any other character (a digit, a letter IGNORECASE folds, "K" to "k") is tried
    with the whole pattern. Each letter's pattern is compiled on first use.
    """

    def __init__(self, rows: tuple[TriggerRow, ...], *, at: bool) -> None:
        # (without the "at" kind's rows, a letter that starts only them has no pattern)
        self._rows = [row for row in rows if at or row.kind != "at"]
        self._at = at
        self._letters = [_first_letters(row.elements) for row in self._rows]
        self.whole = _pattern(rows, at=at)
        self._built: dict[str, re.Pattern[str] | None] = {}

    def at(self, text: str, start: int) -> re.Pattern[str] | None:
        """The pattern to try at offset *start* of *text* (``None``: no match starts there)."""
        char = text[start]
        if char in self._built:
            return self._built[char]
        if char not in string.ascii_letters:
            return self.whole
        letter = char.lower()
        kept = [
            row
            for row, letters in zip(self._rows, self._letters, strict=True)
            if letters is None or letter in letters
        ]
        pattern = _pattern(kept, at=self._at) if kept else None
        self._built[letter] = self._built[letter.upper()] = pattern
        return pattern


@cache
def triggers() -> Triggers:
    """The compiled triggers (built on first use)."""
    rows = trigger_rows()
    starts: dict[str, None] = {}
    keys: set[str] = set()
    at_keys: set[str] = set()
    at_anchors: dict[str, None] = {}
    at_links: set[str] = set()
    for row in rows:
        keys.update(_key_words(row.elements))
        if row.kind != "at":
            starts.update(dict.fromkeys(sorted(_first_words(row.elements))))
            continue
        nouns, links = row.elements[-2], row.elements[-1]
        at_keys.update(words[-1] for words in nouns.alternatives)
        at_anchors.update(dict.fromkeys(words[0] + " " for words in nouns.alternatives))
        at_links.update(words[0] for words in links.alternatives)
    by_letter = ByFirstLetter(rows, at=True)
    by_letter_no_at = ByFirstLetter(rows, at=False)
    return Triggers(
        pattern=by_letter.whole,
        pattern_no_at=by_letter_no_at.whole,
        by_letter=by_letter,
        by_letter_no_at=by_letter_no_at,
        no_at_starts=tuple(starts),
        keys=frozenset(keys),
        at_keys=frozenset(at_keys),
        at_anchors=tuple(at_anchors),
        at_links=frozenset(at_links),
    )
