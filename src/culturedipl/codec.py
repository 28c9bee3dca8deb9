"""The JSON form of an :class:`~culturedipl.Article`, JSON Lines, and its JSON Schema.

One configured cattrs converter owns every hook. The format:

- an article is a JSON object whose keys are exactly the attribute names of
  :class:`~culturedipl.Article`; officials, meetings, statements and
  initiatives are nested objects keyed the same way;
- dates are ISO 8601 strings (``"2021-03-05"``), enums are their values
  (``"minister"``), spans are ``[start, end]`` arrays of code-point offsets
  into ``body``, and every collection is an array;
- :func:`dumps` writes every key, nulls and empty arrays included, as ASCII
  JSON (other characters are ``\\u`` escapes, so a compact line never breaks
  apart however a reader splits lines);
- :func:`loads` fills in keys a document leaves out with their defaults and
  rejects keys it does not know.

Anything wrong with a document raises one :class:`~culturedipl.DecodeError`
listing every problem with its JSON path:

>>> loads('{"published": "yesterday", "colour": "red"}')
Traceback (most recent call last):
...
culturedipl.errors.DecodeError: invalid culturedipl JSON:
  $.published: invalid date 'yesterday'
  $: unknown key 'colour'

>>> from culturedipl import Article
>>> dumps(Article(id="a1", body="Hi."))
'{"id":"a1","url":null,"outlet":null,"title":null,"published":null,"authors":[],"body":"Hi.",...}'
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import math
import re
import sys
import typing
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from typing import Any, Final, Protocol, TypeVar

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter, make_converter

from culturedipl.countries import is_country_code
from culturedipl.errors import DecodeError, InvalidArticleError
from culturedipl.model import (
    Act,
    Article,
    Initiative,
    InitiativeKind,
    Meeting,
    Official,
    Role,
    Span,
    Statement,
)

__all__ = [
    "FORMAT_VERSION",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "iter_jsonl",
    "json_schema",
    "load_jsonl",
    "loads",
    "to_dict",
]

T = TypeVar("T")


class _SupportsWrite(Protocol):
    def write(self, text: str, /) -> object: ...


# ---------------------------------------------------------------------------
# Problems. Hooks raise _BadValueError with our own wording; _walk turns cattrs'
# exception groups into ``path: message`` lines, as cattrs.transform_error does.


class _BadValueError(ValueError):
    """A bad JSON value: ``(path suffix, message)`` pairs relative to the value."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def _invalid(message: str) -> _BadValueError:
    return _BadValueError([("", message)])


_STRUCTURE_ERRORS: Final = (_BadValueError, ClassValidationError, IterableValidationError)


_SHOWN_INT_MAX: Final = 10**30
_SHOWN_INT_MIN: Final = -_SHOWN_INT_MAX


def _show(value: object) -> str:
    """*value* as a problem line names it: short JSON scalars literally."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else f"{value[:40]!r}..."
    if isinstance(value, int) and not _SHOWN_INT_MIN < value < _SHOWN_INT_MAX:
        # repr() refuses integers over sys.get_int_max_str_digits() digits
        digits = math.floor(abs(value).bit_length() * math.log10(2)) + 1
        return f"an integer of about {digits:,} digits"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        count = len(value)
        if count == 0:
            return "an empty array"
        return f"an array of {count} item{'' if count == 1 else 's'}"
    if isinstance(value, dict):
        return "an object"
    return f"a Python {type(value).__name__}"


def _walk(exc: BaseException, path: str, found: list[str], article: list[str]) -> None:
    """Append the problem lines in *exc* (found at *path*) to *found*.

    The model's own consistency problems go to *article* instead.
    """
    if isinstance(exc, _BadValueError):
        found.extend(f"{path}{suffix}: {message}" for suffix, message in exc.problems)
    elif isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(sub, KeyError):
                found.append(f"{path}: missing required key {note.name!r}")
            else:
                _walk(sub, f"{path}.{note.name}", found, article)
        for sub in without:
            _walk(sub, path, found, article)
    elif isinstance(exc, IterableValidationError):
        with_index, without = exc.group_exceptions()
        for sub, index_note in with_index:
            _walk(sub, f"{path}[{index_note.index}]", found, article)
        for sub in without:  # pragma: no cover - our tuple hooks note every element
            _walk(sub, path, found, article)
    elif isinstance(exc, ForbiddenExtraKeysError):
        found.extend(f"{path}: unknown key {key!r}" for key in sorted(exc.extra_fields, key=str))
    elif isinstance(exc, InvalidArticleError):
        article.extend(f"$.{problem}" for problem in exc.problems)
    else:  # pragma: no cover - every hook raises one of the above
        found.append(f"{path}: {type(exc).__name__}: {exc}")


# ---------------------------------------------------------------------------
# Structure hooks: strict about JSON types (no "5" for 5, no string for an
# array), fast on the common path.


def _structure_str(value: object, _: object) -> str:
    if type(value) is str:
        return value
    raise _invalid(f"expected a string, got {_show(value)}")


def _structure_optional_str(value: object, _: object) -> str | None:
    if value is None or type(value) is str:
        return value
    raise _invalid(f"expected a string or null, got {_show(value)}")


def _structure_country(value: object, _: object) -> str | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _invalid(f"expected a string or null, got {_show(value)}")
    if not is_country_code(value):
        raise _invalid(f"invalid country code {_show(value)} (expected ISO 3166-1 alpha-2)")
    return value


_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: object, _: object) -> dt.date | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _invalid(f"expected a date 'YYYY-MM-DD' or null, got {_show(value)}")
    if _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _invalid(f"invalid date {_show(value)}")


def _enum_hook(enum: type[T], label: str) -> Callable[[object, object], T]:
    members: dict[object, T] = {member.value: member for member in enum}  # type: ignore[attr-defined]
    expected = ", ".join(map(str, members))

    def structure(value: object, _: object) -> T:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an array or object is unhashable
            pass
        raise _invalid(f"invalid {label} {_show(value)} (expected one of: {expected})")

    return structure


#: No body holds more characters than this, so no span offset can be larger.
_MAX_OFFSET: Final = sys.maxsize


def _structure_span(value: object, _: object) -> Span:
    if type(value) is list and len(value) == 2:
        start, end = value
        if type(start) is int and type(end) is int and 0 <= start <= end <= _MAX_OFFSET:
            return Span(start=start, end=end)
    raise _span_problem(value)


def _span_problem(value: object) -> _BadValueError:
    if type(value) is not list or len(value) != 2:
        return _invalid(f"expected a span [start, end], got {_show(value)}")
    bad = [
        (f"[{index}]", f"expected a non-negative integer, got {_show(item)}")
        for index, item in enumerate(value)
        if type(item) is not int or item < 0
    ]
    bad += [
        (f"[{index}]", f"{_show(item)} is larger than any body (at most {_MAX_OFFSET:,})")
        for index, item in enumerate(value)
        if type(item) is int and item > _MAX_OFFSET
    ]
    if bad:
        return _BadValueError(bad)
    return _invalid(f"invalid span [{value[0]}, {value[1]}]: start is after end")


_ONLY_STR: Final = frozenset({str})


def _structure_strings(value: object, _: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise _invalid(f"expected an array, got {_show(value)}")
    if not value:
        return ()
    if _ONLY_STR.issuperset(map(type, value)):
        return tuple(value)
    raise _BadValueError(
        [
            (f"[{index}]", f"expected a string, got {_show(item)}")
            for index, item in enumerate(value)
            if type(item) is not str
        ]
    )


def _tuple_of(
    item: Callable[[Any, Any], T], item_type: type[T]
) -> Callable[[object, object], tuple[T, ...]]:
    """A hook for ``tuple[item_type, ...]`` that reports every bad element."""
    name = item_type.__name__

    def structure(value: object, _: object) -> tuple[T, ...]:
        if type(value) is not list:
            raise _invalid(f"expected an array, got {_show(value)}")
        try:
            return tuple([item(element, item_type) for element in value])
        except _STRUCTURE_ERRORS:
            errors: list[Exception] = []
            for index, element in enumerate(value):
                try:
                    item(element, item_type)
                except _STRUCTURE_ERRORS as exc:
                    exc.add_note(
                        IterableValidationNote(
                            f"Structuring {name} @ index {index}", index, item_type
                        )
                    )
                    errors.append(exc)
            raise IterableValidationError(
                f"While structuring a tuple of {name}", errors, tuple
            ) from None

    return structure


def _record(cls: type[T], structure_fn: Callable[[Any, Any], T]) -> Callable[[object, object], T]:
    """Wrap cattrs' generated *structure_fn* for *cls* with a check that the value is an object."""

    def structure(value: object, _: object) -> T:
        if type(value) is dict:
            return structure_fn(value, cls)
        raise _invalid(f"expected an object, got {_show(value)}")

    return structure


def _is(expected: object) -> Callable[[Any], bool]:
    """A dispatch predicate for exactly the type *expected* (never a subclass)."""
    return lambda candidate: bool(candidate == expected)


def _list_of(
    unstructure_one: Callable[[Any], dict[str, Any]],
) -> Callable[[Iterable[Any]], list[Any]]:
    """An unstructure hook for a tuple of records that unstructures each with *unstructure_one*."""

    def unstructure(items: Iterable[Any]) -> list[Any]:
        return [unstructure_one(item) for item in items]

    return unstructure


def _span_list(span: Span) -> list[int]:
    return [span.start, span.end]


def _date_text(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


_COUNTRY_FIELDS: Final = frozenset({(Official, "country"), (Official, "posted_to")})


def _overrides(cls: type) -> dict[str, Any]:
    """Per-field structure hooks of *cls*, as cattrs overrides: plain ``str``s, country codes."""
    hints = typing.get_type_hints(cls)
    result: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if (cls, field.name) in _COUNTRY_FIELDS:
            result[field.name] = override(struct_hook=_structure_country)
        elif hints[field.name] is str:
            result[field.name] = override(struct_hook=_structure_str)
    return result


def _make_converter() -> JsonConverter:
    converter = make_converter(forbid_extra_keys=True, detailed_validation=True)

    # Scalars. cattrs dispatches classes (``str`` among them) before any
    # predicate, and a hook registered for the class ``str`` would also catch
    # the StrEnums; so plain ``str`` fields get _structure_str as a per-field
    # override (see _overrides), and everything else is registered exactly.
    converter.register_structure_hook_func(_is(str | None), _structure_optional_str)
    converter.register_unstructure_hook_func(_is(str | None), identity)
    converter.register_structure_hook_func(_is(dt.date | None), _structure_date)
    converter.register_unstructure_hook_func(_is(dt.date | None), _date_text)
    for enum, label in ((Role, "role"), (Act, "act"), (InitiativeKind, "initiative kind")):
        converter.register_structure_hook(enum, _enum_hook(enum, label))
        converter.register_unstructure_hook(enum, attrgetter("value"))

    # Spans and arrays of strings or spans.
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(Span, _span_list)
    converter.register_structure_hook_func(_is(tuple[str, ...]), _structure_strings)
    converter.register_unstructure_hook_func(_is(tuple[str, ...]), list)
    converter.register_structure_hook_func(_is(tuple[Span, ...]), _tuple_of(_structure_span, Span))
    converter.register_unstructure_hook_func(
        _is(tuple[Span, ...]), lambda spans: [[span.start, span.end] for span in spans]
    )

    # Records, then the arrays of records, then the article that holds them.
    records: tuple[tuple[type, object], ...] = (
        (Official, tuple[Official, ...]),
        (Meeting, tuple[Meeting, ...]),
        (Statement, tuple[Statement, ...]),
        (Initiative, tuple[Initiative, ...]),
    )
    for cls, tuple_type in records:
        structure_one: Callable[[object, object], Any]
        structure_one = _record(cls, make_dict_structure_fn(cls, converter, **_overrides(cls)))
        unstructure_one: Callable[[Any], dict[str, Any]]
        unstructure_one = make_dict_unstructure_fn(cls, converter)
        converter.register_structure_hook(cls, structure_one)
        converter.register_unstructure_hook(cls, unstructure_one)
        converter.register_structure_hook_func(_is(tuple_type), _tuple_of(structure_one, cls))
        converter.register_unstructure_hook_func(_is(tuple_type), _list_of(unstructure_one))
    converter.register_structure_hook(
        Article, _record(Article, make_dict_structure_fn(Article, converter, **_overrides(Article)))
    )
    converter.register_unstructure_hook(Article, make_dict_unstructure_fn(Article, converter))
    return converter


#: The one converter for culturedipl's JSON.
_converter: Final = _make_converter()
_structure_article: Final[Callable[[object, type[Article]], Article]] = (
    _converter.get_structure_hook(Article)
)
_unstructure_article: Final[Callable[[Article], dict[str, Any]]] = _converter.get_unstructure_hook(
    Article
)


# ---------------------------------------------------------------------------
# The model's consistency checks, on a raw document whose typed form cannot be
# built (so that dangling references are reported together with type errors).


def _span_pair(value: object) -> tuple[int, int] | None:
    if type(value) is list and len(value) == 2:
        start, end = value
        if type(start) is int and type(end) is int and 0 <= start <= end <= _MAX_OFFSET:
            return start, end
    return None


def _ids_of(doc: dict[str, Any], key: str) -> set[str] | None:
    """The ids of the records under *key*; None if any of them has no readable id.

    References are checked only against a complete set of ids: one unreadable
    record would otherwise make every reference to it look dangling.
    """
    records = doc.get(key, [])
    if type(records) is not list:
        return None
    ids: set[str] = set()
    for record in records:
        record_id = record.get("id") if type(record) is dict else None
        if type(record_id) is not str:
            return None
        ids.add(record_id)
    return ids


def _consistency_problems(doc: dict[str, Any]) -> list[str]:
    """What :class:`~culturedipl.Article` would say about *doc*'s references and spans.

    Mirrors ``culturedipl.model._article_problems`` line for line, with ``$.``
    paths; values of the wrong type are skipped, as they are reported already.
    """
    problems: list[str] = []
    body = doc.get("body", "")
    length = len(body) if type(body) is str else None
    seen: dict[str, str] = {}

    def records(key: str) -> list[tuple[str, dict[str, Any]]]:
        """The records under *key* that are objects, with their paths."""
        value = doc.get(key, [])
        if type(value) is not list:
            return []
        return [(f"{key}[{i}]", record) for i, record in enumerate(value) if type(record) is dict]

    def check_id(path: str, record: dict[str, Any]) -> None:
        record_id = record.get("id")
        if type(record_id) is not str:
            return
        if record_id in seen:
            problems.append(f"$.{path}.id: duplicate id {record_id!r} (also {seen[record_id]})")
        else:
            seen[record_id] = path

    def check_span(path: str, value: object) -> tuple[int, int] | None:
        span = _span_pair(value)
        if span is None or length is None:
            return None
        if span[1] > length:
            problems.append(
                f"$.{path}: span [{span[0]}, {span[1]}] lies outside the body ({length} characters)"
            )
            return None
        return span

    def check_mentions(path: str, record: dict[str, Any]) -> None:
        mentions = record.get("mentions", [])
        if type(mentions) is list:
            for j, span in enumerate(mentions):
                check_span(f"{path}.mentions[{j}]", span)

    for path, record in records("officials") + records("initiatives"):
        check_id(path, record)
        check_mentions(path, record)
    official_ids = _ids_of(doc, "officials")

    def check_refs(path: str, refs: object) -> None:
        if type(refs) is list and official_ids is not None:
            for j, ref in enumerate(refs):
                if type(ref) is str and ref not in official_ids:
                    problems.append(f"$.{path}[{j}]: unknown official id {ref!r}")

    for path, meeting in records("meetings"):
        check_id(path, meeting)
        participants = meeting.get("participants")
        check_refs(f"{path}.participants", participants)
        host = meeting.get("host")
        if type(host) is str and type(participants) is list and host not in participants:
            problems.append(f"$.{path}.host: {host!r} is not a participant")
        check_span(f"{path}.span", meeting.get("span"))
    meeting_ids = _ids_of(doc, "meetings")
    initiative_ids = _ids_of(doc, "initiatives")
    for path, statement in records("statements"):
        check_id(path, statement)
        check_refs(f"{path}.speakers", statement.get("speakers"))
        check_refs(f"{path}.addressees", statement.get("addressees", []))
        meeting_id = statement.get("meeting")
        if type(meeting_id) is str and meeting_ids is not None and meeting_id not in meeting_ids:
            problems.append(f"$.{path}.meeting: unknown meeting id {meeting_id!r}")
        initiatives = statement.get("initiatives", [])
        if type(initiatives) is list and initiative_ids is not None:
            for j, ref in enumerate(initiatives):
                if type(ref) is str and ref not in initiative_ids:
                    problems.append(f"$.{path}.initiatives[{j}]: unknown initiative id {ref!r}")
        span = check_span(f"{path}.span", statement.get("span"))
        text = statement.get("text")
        if span is not None and type(text) is str and body[span[0] : span[1]] != text:
            problems.append(f"$.{path}.text: does not match the body at [{span[0]}, {span[1]}]")
    return problems


# ---------------------------------------------------------------------------
# Public API.


def to_dict(article: Article) -> dict[str, Any]:
    """*article* as JSON data: dicts, lists, strings, integers and ``None``.

    ``to_dict(article) == json.loads(dumps(article))`` always holds.
    """
    return _unstructure_article(article)


def from_dict(obj: object) -> Article:
    """The article that the JSON data *obj* (as :func:`json.loads` returns it) describes.

    Raises :class:`~culturedipl.DecodeError` listing every problem in *obj*.
    """
    try:
        return _structure_article(obj, Article)
    except _STRUCTURE_ERRORS as exc:
        raise DecodeError(_problems(exc, obj)) from None


def _problems(exc: Exception, obj: object) -> list[str]:
    found: list[str] = []
    article: list[str] = []
    _walk(exc, "$", found, article)
    if not article and isinstance(obj, dict):
        article = _consistency_problems(obj)
    return found + article


def dumps(article: Article, *, indent: int | None = None) -> str:
    """*article* as JSON text: one compact line, or pretty with *indent* spaces."""
    if indent is None:
        return json.dumps(_unstructure_article(article), separators=(",", ":"))
    return json.dumps(_unstructure_article(article), indent=indent)


class _DuplicateKeys(dict[str, Any]):
    """A JSON object that repeated some keys: the parser keeps the last value of each."""

    repeated: tuple[str, ...] = ()


def _marked(obj: dict[str, Any], pairs: list[tuple[str, Any]]) -> _DuplicateKeys:
    """*obj* marked with the keys that *pairs* repeat."""
    seen: set[str] = set()
    repeated: list[str] = []
    for key, _ in pairs:
        if key in seen:
            repeated.append(key)
        seen.add(key)
    marked = _DuplicateKeys(obj)
    marked.repeated = tuple(dict.fromkeys(repeated))
    return marked


def _duplicate_problems(value: object, path: str, found: list[str]) -> None:
    """One line per repeated key, at the path of the object that repeats it."""
    stack: list[tuple[object, str]] = [(value, path)]
    while stack:  # iterative: documents may nest deeply
        item, where = stack.pop()
        if isinstance(item, dict):
            if isinstance(item, _DuplicateKeys):
                found.extend(f"{where}: duplicate key {key!r}" for key in item.repeated)
            stack.extend((child, f"{where}.{key}") for key, child in item.items())
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{i}]") for i, child in enumerate(item))


def _parse(text: str | bytes | bytearray) -> object:
    repeats: list[bool] = []

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # json keeps the last of repeated keys silently; note them instead
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        repeats.append(True)
        return _marked(obj, pairs)

    try:
        parsed: object = json.loads(text, object_pairs_hook=pairs_to_dict)
    except json.JSONDecodeError as exc:
        problem = f"$: invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    except UnicodeDecodeError as exc:
        problem = f"$: invalid JSON: not {exc.encoding} at byte {exc.start} ({exc.reason})"
    except RecursionError:
        problem = "$: invalid JSON: nested too deeply"
    except ValueError:  # the only other one: an integer longer than Python converts
        problem = f"$: invalid JSON: an integer has more than {sys.get_int_max_str_digits()} digits"
    else:
        if not repeats:
            return parsed
        duplicates: list[str] = []
        _duplicate_problems(parsed, "$", duplicates)
        raise DecodeError(sorted(duplicates))
    raise DecodeError([problem])


def loads(text: str | bytes | bytearray) -> Article:
    """The article that the JSON *text* describes (bytes are decoded as UTF-8, -16 or -32).

    Raises :class:`~culturedipl.DecodeError` listing every problem in *text*.
    """
    return from_dict(_parse(text))


def dump_jsonl(articles: Iterable[Article], stream: _SupportsWrite) -> int:
    """Write *articles* to the text *stream* as JSON Lines, one compact line each.

    Returns how many articles were written.
    """
    count = 0
    for article in articles:
        stream.write(dumps(article) + "\n")
        count += 1
    return count


def iter_jsonl(lines: Iterable[str | bytes] | str | bytes | bytearray) -> Iterator[Article]:
    """The articles in JSON Lines *lines* (an open file, say), read lazily; blank lines are skipped.

    *lines* may also be a whole JSON Lines document as one ``str`` or
    ``bytes``: it is split at line feeds. A byte-order mark at the start of
    a line is skipped. A bad line raises :class:`~culturedipl.DecodeError`
    whose problems start with its line number, for example
    ``line 3: $.published: invalid date 'soon'``.

    >>> [article.body for article in iter_jsonl(b'{"body": "One."}\\n\\n{"body": "Two."}\\n')]
    ['One.', 'Two.']
    """
    items: Iterable[str | bytes | bytearray]
    if isinstance(lines, str):
        items = lines.split("\n")
    elif isinstance(lines, bytes | bytearray):
        items = bytes(lines).split(b"\n")
    else:
        items = lines
    for number, line in enumerate(items, start=1):
        if not line.strip():
            continue
        try:
            article = loads(_without_bom(line))
        except DecodeError as exc:
            raise DecodeError([f"line {number}: {problem}" for problem in exc.problems]) from None
        yield article


def _without_bom(line: str | bytes | bytearray) -> str | bytes | bytearray:
    """*line* without a leading byte-order mark (``json`` refuses one in a ``str``)."""
    if isinstance(line, str):
        return line.removeprefix("\ufeff")
    return line


def load_jsonl(lines: Iterable[str | bytes] | str | bytes | bytearray) -> list[Article]:
    """Every article in JSON Lines *lines*, as a list (see :func:`iter_jsonl`)."""
    return list(iter_jsonl(lines))


# ---------------------------------------------------------------------------
# JSON Schema, derived from the model and the hooks above.

#: The version of the JSON format that :func:`~culturedipl.dumps` writes and
#: :func:`~culturedipl.json_schema` describes, ``"MAJOR.MINOR"``; also importable as
#: ``culturedipl.FORMAT_VERSION``. A change that only adds (a key, an enumeration value)
#: raises the minor number, any other change the major one, and the changelog names
#: each change. The schema's ``$id`` ends in it; articles carry no version key.
FORMAT_VERSION: Final = "1.0"

_SCHEMA_DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
_SCHEMA_ID: Final = f"https://culturedipl.github.io/schema/article/{FORMAT_VERSION}"
_DEFS: Final = (Role, Act, InitiativeKind, Span, Official, Meeting, Statement, Initiative)
_LETTERS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# reST in the model's docstrings and field meanings, as Markdown for the schema
_TARGETED_ROLE: Final = re.compile(r":[a-z]+:`([^`<]*?)\s*<[^>]*>`")  # :attr:`text <target>`
_SHORTENED_ROLE: Final = re.compile(r":[a-z]+:`~[\w.]*?(\w+)`")  # :class:`~culturedipl.Role`
_ROLE: Final = re.compile(r":[a-z]+:`([^`]*)`")  # :func:`article_id`


def _markdown(text: str) -> str:
    """*text*, a docstring's or a field meaning's reST, as the schema's Markdown."""
    text = text.replace("``None``", "``null``")
    text = _TARGETED_ROLE.sub(r"\1", text)
    text = _SHORTENED_ROLE.sub(r"``\1``", text)
    text = _ROLE.sub(r"``\1``", text)
    return text.replace("``", "`")


def _summary(obj: type) -> str:
    """The first paragraph of *obj*'s docstring, as Markdown on one line."""
    paragraph = inspect.cleandoc(obj.__doc__ or "").split("\n\n")[0]
    return _markdown(" ".join(paragraph.split()))


def _country_codes() -> list[str]:
    """Every code that ``country`` and ``posted_to`` accept, in alphabetical order."""
    pairs = (first + second for first in _LETTERS for second in _LETTERS)
    return [code for code in pairs if is_country_code(code)]


def _type_schema(hint: object) -> dict[str, Any]:
    if hint is str:
        return {"type": "string"}
    if hint == str | None:
        return {"type": ["string", "null"]}
    if hint == dt.date | None:
        return {"type": ["string", "null"], "format": "date", "pattern": _DATE.pattern.join("^$")}
    if isinstance(hint, type) and hint in _DEFS:
        return {"$ref": f"#/$defs/{hint.__name__}"}
    (item, _ellipsis) = typing.get_args(hint)  # tuple[X, ...]
    return {"type": "array", "items": _type_schema(item)}


def _object_schema(cls: type) -> dict[str, Any]:
    """The schema of the JSON object that :func:`dumps` writes for a *cls*: every key, required."""
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        schema: dict[str, Any] = {"description": _markdown(field.metadata["doc"])}
        if (cls, field.name) in _COUNTRY_FIELDS:
            schema["anyOf"] = [{"$ref": "#/$defs/CountryCode"}, {"type": "null"}]
        else:
            schema.update(_type_schema(hints[field.name]))
        properties[field.name] = schema
    if cls is Article:  # an empty id is replaced by article_id()
        properties["id"]["minLength"] = 1
    return {
        "description": _summary(cls),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of exactly the JSON that :func:`dumps` writes.

    Every key that :func:`dumps` writes is required (``null`` where the value
    may be ``None``), no other key is allowed, enumerations and country codes
    are listed, and every property is described. ``$id`` ends in
    :data:`~culturedipl.codec.FORMAT_VERSION`. :func:`loads` is more lenient: it also accepts
    documents that leave out keys with a default. That references resolve, ids
    are unique and spans lie in the body is beyond JSON Schema and left to
    :func:`loads`. The same schema ships as ``culturedipl/data/article.schema.json``.
    """
    defs: dict[str, Any] = {}
    for enum in (Role, Act, InitiativeKind):
        defs[enum.__name__] = {
            "description": _markdown(inspect.cleandoc(enum.__doc__ or "")),
            "type": "string",
            "enum": [member.value for member in enum],
        }
    defs["CountryCode"] = {
        "description": "An ISO 3166-1 alpha-2 country code, or `XK` for Kosovo.",
        "type": "string",
        "enum": _country_codes(),
    }
    start, end = (
        {
            "description": _markdown(field.metadata["doc"]),
            "type": "integer",
            "minimum": 0,
        }
        for field in attrs.fields(Span)
    )
    defs["Span"] = {
        "description": _summary(Span) + " Offsets count Unicode code points, not UTF-16 units.",
        "type": "array",
        "prefixItems": [start, end],
        "items": False,
        "minItems": 2,
    }
    for cls in (Official, Meeting, Statement, Initiative):
        defs[cls.__name__] = _object_schema(cls)
    return {
        "$schema": _SCHEMA_DIALECT,
        "$id": _SCHEMA_ID,
        "title": "culturedipl article",
        **_object_schema(Article),
        "$defs": defs,
    }


def _schema_text() -> str:
    """The text of the shipped ``data/article.schema.json``."""
    return json.dumps(json_schema(), indent=2) + "\n"
