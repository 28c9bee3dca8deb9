"""Lexicons: the word lists the reader uses, kept as package data files.

Each lexicon is a UTF-8 tab-separated file under ``culturedipl/data/``:
one entry a line, ``#`` starts a comment, blank lines are skipped. A linguist
extends the reader by adding lines; no Python changes are needed. Files are
read once, on first use, and checked as they are read: a bad line raises
:class:`~culturedipl.LexiconError` naming the file and line.

=====================  ===========================================  =========================
file                   columns                                      example
=====================  ===========================================  =========================
``titles.tsv``         title phrase, role                           ``culture minister	minister``
``speech_verbs.tsv``   verb form(s) as written, act                 ``stressed	stress``
``report_participles`` participle after a greeting, act             ``noting	stress``
``extended_objects``   noun "extended"/"renewed" offers, act        ``invitation	invite``
``places.tsv``         demonym / country / capital, ISO code        ``Czech	CZ``
``organizations.tsv``  name or abbreviation, short name             ``UNESCO	UNESCO``
``outlets.tsv``        name as printed, outlet name                 ``AzerNews	Azernews``
``outlet_countries``   outlet name, ISO code of its state           ``Bernama	MY``
``initiatives.tsv``    head word, initiative kind                   ``campaign	campaign``
``topics.tsv``         keyword, topic label                         ``heritage	cultural heritage``
``words.tsv``          capitalised non-name word, class             ``sheikh	honorific``
``meeting_triggers``   trigger pattern, kind                        ``called on	visit``
``portfolios.tsv``     title word or phrase, portfolio label        ``tourism	tourism``
``role_nouns.tsv``     role noun, the roles it may mean             ``counterpart	minister``
``en/NAME.tsv``        one word or phrase (a list a rule names)     ``sides``
=====================  ===========================================  =========================

The files under ``en/`` are the small English word lists that particular rules
name (group nouns, month names, name particles, ...): each is read by
:func:`word_list` and its header says which rule uses it.

Matching folds case; phrases may hold several words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import TypeVar

from culturedipl.countries import is_country_code
from culturedipl.errors import LexiconError
from culturedipl.model import Act, InitiativeKind, Role

__all__ = [
    "LEXICON_FILES",
    "extended_objects",
    "initiative_kinds",
    "meeting_triggers",
    "organizations",
    "outlet_countries",
    "outlets",
    "places",
    "portfolios",
    "read_table",
    "report_participles",
    "speech_verbs",
    "titles",
    "topics",
    "word_list",
    "words",
]

LEXICON_FILES = (
    "titles.tsv",
    "speech_verbs.tsv",
    "report_participles.tsv",
    "extended_objects.tsv",
    "places.tsv",
    "organizations.tsv",
    "outlets.tsv",
    "outlet_countries.tsv",
    "initiatives.tsv",
    "topics.tsv",
    "words.tsv",
    "meeting_triggers.tsv",
    "portfolios.tsv",
)

#: The kinds of ``meeting_triggers.tsv`` (the file's header says what each means).
MEETING_TRIGGER_KINDS = (
    *("recvby", "recv", "visit", "between", "met", "noun", "held", "at", "attended"),
)

#: The classes of ``words.tsv``: words that are never part of a person's name.
WORD_CLASSES = frozenset({"honorific", "orgword", "portfolio", "stop"})

T = TypeVar("T")


def read_table(name: str) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, columns)`` for each entry of data file *name* (``en/x.tsv``
    names a file in a subfolder)."""
    try:
        path = resources.files("culturedipl.data").joinpath(*name.split("/"))
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError) as error:
        msg = f"{name}: cannot read lexicon: {error}"
        raise LexiconError(msg) from error
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        yield number, [column.strip() for column in line.split("\t")]


def _mapping(name: str, value: Callable[[str], T], what: str) -> Mapping[str, T]:
    """Read a two-column table into a case-folded ``phrase -> value`` mapping."""
    table: dict[str, T] = {}
    for number, columns in read_table(name):
        if len(columns) != 2 or not all(columns):
            msg = f"{name}:{number}: expected 'phrase<TAB>{what}', got {columns!r}"
            raise LexiconError(msg)
        phrase, raw = columns
        try:
            parsed = value(raw)
        except ValueError as error:
            msg = f"{name}:{number}: invalid {what} {raw!r}"
            raise LexiconError(msg) from error
        key = " ".join(phrase.casefold().split())
        if key in table and table[key] != parsed:
            msg = f"{name}:{number}: {phrase!r} is listed twice with different values"
            raise LexiconError(msg)
        table[key] = parsed
    return MappingProxyType(table)


def _country(raw: str) -> str:
    if not is_country_code(raw):
        raise ValueError(raw)
    return raw


def _text(raw: str) -> str:
    return raw


@cache
def titles() -> Mapping[str, Role]:
    """Title phrases (``culture minister``, ``chargé d'affaires``) and their role."""
    return _mapping("titles.tsv", Role, "role")


@cache
def speech_verbs() -> Mapping[str, Act]:
    """Reporting verbs as written (``stressed``, ``expressed gratitude``) and their act."""
    return _mapping("speech_verbs.tsv", Act, "act")


@cache
def report_participles() -> Mapping[str, Act]:
    """Participles that go on from a greeting ("welcomed X, noting ...") and their act."""
    return _mapping("report_participles.tsv", Act, "act")


@cache
def extended_objects() -> Mapping[str, Act]:
    """Nouns that make "extended" or "renewed" a report ("renewed thanks") and their act."""
    return _mapping("extended_objects.tsv", Act, "act")


@cache
def places() -> Mapping[str, str]:
    """Demonyms, country names and capitals, and the ISO code they stand for."""
    return _mapping("places.tsv", _country, "ISO 3166-1 alpha-2 code")


@cache
def organizations() -> Mapping[str, str]:
    """Names and abbreviations of international and non-state bodies, to short names."""
    return _mapping("organizations.tsv", _text, "short name")


@cache
def outlets() -> Mapping[str, str]:
    """News outlets as printed in by-lines and credits, to their usual name."""
    return _mapping("outlets.tsv", _text, "outlet name")


@cache
def outlet_countries() -> Mapping[str, str]:
    """National outlets, by the name :func:`outlets` reports, and their state's ISO code."""
    return _mapping("outlet_countries.tsv", _country, "ISO 3166-1 alpha-2 code")


@cache
def initiative_kinds() -> Mapping[str, InitiativeKind]:
    """Head words of named initiatives (``campaign``, ``year``) and their kind."""
    return _mapping("initiatives.tsv", InitiativeKind, "initiative kind")


@cache
def topics() -> Mapping[str, str]:
    """Keywords (``restoration``, ``cinema``) and the topic label they signal."""
    return _mapping("topics.tsv", _text, "topic label")


def _word_class(raw: str) -> str:
    if raw not in WORD_CLASSES:
        raise ValueError(raw)
    return raw


@cache
def words() -> Mapping[str, str]:
    """Capitalised words that are never part of a name, and their class."""
    return _mapping("words.tsv", _word_class, "word class")


def _trigger_kind(raw: str) -> str:
    if raw not in MEETING_TRIGGER_KINDS:
        raise ValueError(raw)
    return raw


@cache
def meeting_triggers() -> Mapping[str, str]:
    """Meeting trigger patterns (``called on``, ``paid [a|an] (call|visit) (on|to)``) and
    their kind, in file order; the reader compiles the patterns (``_triggers``)."""
    return _mapping("meeting_triggers.tsv", _trigger_kind, "trigger kind")


@cache
def portfolios() -> Mapping[str, str]:
    """Title words and phrases (``culture``, ``foreign affairs``) and the portfolio they name."""
    return _mapping("portfolios.tsv", _text, "portfolio label")


@cache
def word_list(name: str) -> frozenset[str]:
    """The words or phrases of ``data/en/NAME.tsv``, one a line, case-folded.

    A line with more than one column is an error: a list whose entries carry a value
    belongs in a two-column lexicon.
    """
    file = f"en/{name}.tsv"
    entries: set[str] = set()
    for number, columns in read_table(file):
        if len(columns) != 1:
            msg = f"{file}:{number}: expected one word or phrase, got {columns!r}"
            raise LexiconError(msg)
        entries.add(" ".join(columns[0].casefold().split()))
    return frozenset(entries)
