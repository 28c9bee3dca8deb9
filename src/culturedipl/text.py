"""The reader: raw news text in, a checked :class:`~culturedipl.Article` out.

``parse_text`` runs the stages in order, each in its own module:

1. ``_header``      metadata, and where the article's own text begins and ends
2. ``_segment``     sentences and tokens with spans into the body
3. ``_officials``   titled names, their roles, countries and bodies; then
   ``_people``      the home country, and what titles leave implicit
4. ``_events``      meetings and statements, with coreference
5. ``_initiatives`` named campaigns, years, forums and processes

The reader is deterministic and pure: the same text always gives the same
article, and it never raises on text it does not understand.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import warnings
from bisect import bisect_left
from itertools import starmap
from pathlib import Path
from typing import NamedTuple

from culturedipl._document import Document, Topics
from culturedipl._events import MeetingDraft, StatementDraft, read_events
from culturedipl._header import read_header
from culturedipl._initiatives import InitiativeDraft, find_initiatives
from culturedipl._officials import OfficialDraft, read_people
from culturedipl._people import complete_people, home_country
from culturedipl._portfolio import portfolio_of
from culturedipl.errors import TextParseError
from culturedipl.model import Article, Initiative, Meeting, Official, Span, Statement

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FALLBACK_ENCODING",
    "DecodingWarning",
    "byte_limit",
    "decode_bytes",
    "parse_file",
    "parse_text",
]

#: Texts longer than this many characters are refused (``max_chars=None`` lifts it).
DEFAULT_MAX_CHARS = 20_000_000
#: The single-byte encoding ``parse_file`` falls back to for bytes that are not UTF-8/16.
FALLBACK_ENCODING = "cp1252"


class DecodingWarning(UserWarning):
    """The reader had to repair what it was given to read it.

    ``parse_file`` and ``decode_bytes`` read bytes in no encoding they could
    recognise as :data:`FALLBACK_ENCODING`; ``parse_text`` met surrogate code
    points, which are UTF-16 halves rather than characters.
    """


class EmptyTextWarning(UserWarning):
    """``decode_bytes`` (and so ``parse_file`` and the command line) was given no text.

    An empty or blank file still becomes an article, with no records; the
    warning names the file, so that a batch says which of its articles are
    empty rather than passing them over in silence.
    """


def _holds_surrogates(text: str) -> bool:
    """Whether *text* holds a surrogate code point (U+D800 to U+DFFF).

    They are the only code points that UTF-8 cannot encode: the strict encoder
    says so at C speed, many times faster than a regex scan of the text.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _whole_characters(text: str, what: str) -> str:
    """*text* with each surrogate pair joined into its character and lone surrogates replaced.

    A ``str`` holding ``"\\ud83d\\ude00"`` (as ``json.loads`` of some JSON,
    or UTF-16 read the wrong way, gives) is one character to every writer
    and reader of JSON, but two to Python: spans counted in it would be off
    by one after a round trip. A lone surrogate cannot be written as UTF-8 at
    all; it becomes U+FFFD REPLACEMENT CHARACTER.
    """
    if text.isascii() or not _holds_surrogates(text):
        return text
    whole = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    lone = whole.count("\ufffd") - text.count("\ufffd")
    joined = len(text) - len(whole)
    warnings.warn(
        f"{what} holds surrogate code points: {joined:,} pair(s) joined into their "
        f"characters, {lone:,} lone one(s) replaced with U+FFFD",
        DecodingWarning,
        stacklevel=3,
    )
    return whole


def parse_text(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    source: str | None = None,
) -> Article:
    """Read one news article from *text*.

    *published* overrides the date read from the text (a ``datetime`` is
    stored as its date; what is not a date raises ``TypeError``); *source*
    (where the text came from) becomes
    :attr:`Article.source <culturedipl.Article.source>`. Raises
    :class:`~culturedipl.TextParseError` only for text over *max_chars*
    characters; any other text gives an article, possibly an empty one.
    Surrogate code points in *text* or *url* are repaired with a
    :class:`DecodingWarning` (pairs joined into their character, lone ones
    replaced with U+FFFD), so that the article always survives
    :func:`~culturedipl.dumps` and :func:`~culturedipl.loads`.

    >>> article = parse_text(
    ...     "Culture Minister Lale Rzayeva met with Polish Ambassador to Azerbaijan"
    ...     " Tomasz Nowicki. The minister stressed the role of museums."
    ... )
    >>> [official.name for official in article.officials]
    ['Lale Rzayeva', 'Tomasz Nowicki']
    >>> article.statements[0].act
    <Act.STRESS: 'stress'>
    """
    return _read(text, url=url, published=published, max_chars=max_chars, source=source).article


class _Reading(NamedTuple):
    """What the reader made of one text: the article, and the drafts it was built
    from, which say which rule proposed each record (``culturedipl explain``)."""

    document: Document
    people: list[OfficialDraft]
    meetings: list[MeetingDraft]
    statements: list[StatementDraft]
    article: Article


def _read(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    source: str | None = None,
) -> _Reading:
    """:func:`parse_text`, keeping the stages' drafts beside the article."""
    given: object = text  # callers without type checking may pass bytes
    if not isinstance(given, str):
        msg = f"parse_text expects str, got {type(given).__name__}"
        raise TypeError(msg)
    if max_chars is not None and len(text) > max_chars:
        raise TextParseError(
            f"text is {len(text):,} characters, over the limit of {max_chars:,} "
            "(pass max_chars=None to lift it)",
            position=max_chars,
        )
    text = _whole_characters(text, "text")
    if url is not None:
        url = _whole_characters(url, "url")
    if published is not None and type(published) is not dt.date:
        given_date: object = published  # callers without type checking may pass a string
        if not isinstance(given_date, dt.date):
            msg = f"published must be a date, got {type(given_date).__name__}"
            raise TypeError(msg)
        # a datetime is a date too, but the JSON form holds dates only
        published = dt.date(published.year, published.month, published.day)
    header = read_header(text)
    body = text[header.body_start : header.body_end]
    date = published if published is not None else header.published
    doc = Document(body, date)
    doc, people = read_people(doc)
    home = home_country(doc, people)
    complete_people(doc, people, home, header.outlet)
    meetings, statements = read_events(doc, people, home)
    claimed = {token for person in people for token in person.tokens}
    initiatives = find_initiatives(doc, claimed)
    metadata = _Metadata(
        url=url, outlet=header.outlet, title=header.title, authors=header.authors, source=source
    )
    article = _assemble(
        doc,
        metadata,
        people=people,
        meetings=meetings,
        statements=statements,
        initiatives=initiatives,
    )
    return _Reading(doc, people, meetings, statements, article)


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    published: dt.date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    source: str | None = None,
) -> Article:
    """Read one article from a file of bytes, decoded by ``decode_bytes``.

    *url*, *published* and *source* are as for :func:`parse_text`: the result
    equals ``parse_text`` of the decoded text (:class:`~culturedipl.Corpus`
    records each file's path as its source).

    Raises :class:`~culturedipl.TextParseError` for binary data, for text over
    *max_chars* characters (a file is not read past
    :func:`~culturedipl.text.byte_limit` of
    *max_chars*, so ``/dev/zero`` is refused, not read until memory runs
    out) and for a path holding a NUL character. As every
    Python function that opens a file, it lets ``OSError`` out for a file
    it cannot read (``FileNotFoundError``, ``IsADirectoryError``,
    ``PermissionError`` ...) and ``TypeError`` for a *path* that is not a
    path.
    """
    return parse_text(
        _read_text_file(path, max_chars),
        url=url,
        published=published,
        max_chars=max_chars,
        source=source,
    )


def _read_text_file(path: str | os.PathLike[str], max_chars: int | None) -> str:
    """The text of the file at *path*, read no further than ``byte_limit(max_chars)``
    and decoded by ``decode_bytes`` (the errors are :func:`parse_file`'s)."""
    name = os.fsdecode(path)  # TypeError for what is not a path
    limit = None if max_chars is None else byte_limit(max_chars)
    try:
        with Path(path).open("rb") as stream:
            data = stream.read() if limit is None else stream.read(limit + 1)
    except ValueError as error:  # "embedded null byte": no file has such a name
        raise TextParseError(f"not a file name: {error}", source=repr(name)) from None
    if limit is not None and len(data) > limit:
        msg = (
            f"more than {limit:,} bytes, more than any text of the limit of {max_chars:,} "
            "characters takes (pass max_chars=None to lift it)"
        )
        raise TextParseError(msg, source=name)
    return decode_bytes(data, source=name)


def byte_limit(max_chars: int) -> int:
    """The most bytes a text of *max_chars* characters takes in any encoding read.

    Four for each character (UTF-32) and four for a byte-order mark:

    >>> from culturedipl.text import DEFAULT_MAX_CHARS, byte_limit
    >>> byte_limit(DEFAULT_MAX_CHARS)
    80000004
    """
    return 4 * (max_chars + 1)


#: How much of the start of the bytes decides their encoding and whether they are text.
SNIFF_BYTES = 8192
#: More NUL and other control bytes than this share of the first :data:`SNIFF_BYTES`: binary.
BINARY_SHARE = 0.10
#: C0 controls and DEL, less tab, line feed, form feed and carriage return (text has those).
_CONTROLS = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARACTERS = re.compile(f"[{re.escape(_CONTROLS.decode('ascii'))}]")
#: The BOMs decode_bytes knows, longest first (a UTF-32-LE BOM begins like UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode article bytes into text.

    In this order: UTF-32 or UTF-16 with a byte-order mark; UTF-32 or UTF-16
    without one, recognised by their NUL bytes (text that is mostly ASCII
    has a NUL in the same place of every 4 or 2 bytes; UTF-16 needs two
    NULs at least, so one NUL in a short input is not taken for it); UTF-16/32 that a BOM
    announces but that does not decode (or is cut short) is read with a
    :class:`DecodingWarning` and U+FFFD for the bad bytes; UTF-8
    with or without a BOM; else :data:`FALLBACK_ENCODING` with a
    :class:`DecodingWarning`.

    Bytes whose first :data:`~culturedipl.text.SNIFF_BYTES` are more than 10 % NUL or other
    control characters (tab, line feed, form feed and carriage return
    excepted) are binary data, not text: :class:`~culturedipl.TextParseError`
    naming *source*.

    >>> decode_bytes("Minister Ana Ruiz said.".encode("utf-32"))
    'Minister Ana Ruiz said.'
    >>> decode_bytes("Minister Ana Ruiz said.".encode("utf-16-le"))
    'Minister Ana Ruiz said.'
    >>> decode_bytes(bytes(range(256)), source="a.out")
    Traceback (most recent call last):
    ...
    culturedipl.errors.TextParseError: a.out: binary data, not text (11% of the first ...

    Bytes that hold no text but white space decode to it with an
    :class:`EmptyTextWarning` naming *source*.
    """
    text = _decode(data, source)
    if not text.strip():
        what = "empty" if not data else "blank: white space only"
        warnings.warn(
            f"{source}: no text ({what}); its article has no records",
            EmptyTextWarning,
            stacklevel=2,
        )
    return text


def _decode(data: bytes, source: str) -> str:
    """decode_bytes without the check for an empty text."""
    encoding, declared = _wide_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            if not declared and error.start < len(data) - 3:
                return _decode_narrow(data, source)  # NULs alone say little: not UTF-16/32
            # a BOM, or NULs up to a truncated end, say UTF-16/32: broken, not binary
            warnings.warn(
                f"{source}: not valid {encoding.upper()} (byte {error.start}); "
                "undecodable bytes replaced with U+FFFD",
                DecodingWarning,
                stacklevel=4,
            )
            text = data.decode(encoding, errors="replace")
        controls = len(_CONTROL_CHARACTERS.findall(text, 0, SNIFF_BYTES))
        _refuse_binary(controls, min(len(text), SNIFF_BYTES), "characters", source)
        return text
    return _decode_narrow(data, source)


def _decode_narrow(data: bytes, source: str) -> str:
    """Decode *data* as UTF-8, else as the fallback encoding, unless it is binary."""
    sample = data[:SNIFF_BYTES]
    _refuse_binary(
        len(sample) - len(sample.translate(None, _CONTROLS)), len(sample), "bytes", source
    )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        warnings.warn(
            f"{source}: not UTF-8 (byte {error.start}); read as {FALLBACK_ENCODING}",
            DecodingWarning,
            stacklevel=5,
        )
        return data.decode(FALLBACK_ENCODING, errors="replace")


def _wide_encoding(data: bytes) -> tuple[str | None, bool]:
    """UTF-32 or UTF-16 as the BOM or the NUL bytes of *data* say, and whether a BOM said so."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, True
    sample = data[:SNIFF_BYTES]
    # UTF-32: the top two bytes of a code point (U+10FFFF at most) are NUL;
    # UTF-16 of mostly Latin text: the high byte of most code units is; the lowest
    # byte hardly ever is (more than half and at most a tenth)
    quads = len(sample) // 4
    if quads and len(data) % 4 == 0:
        if _mostly_nul(sample, (2, 3), quads, 0, step=4):
            return "utf-32-le", False
        if _mostly_nul(sample, (0, 1), quads, 3, step=4):
            return "utf-32-be", False
    pairs = len(sample) // 2
    # one NUL says nothing: 'a\x00b' is not UTF-16 of 'a' and half a character
    if pairs and sample.count(0) >= _LEAST_UTF16_NULS:
        if _mostly_nul(sample, (1,), pairs, 0, step=2):
            return "utf-16-le", False
        if _mostly_nul(sample, (0,), pairs, 1, step=2):
            return "utf-16-be", False
    return None, False


#: UTF-16 without a BOM is recognised by at least this many NUL bytes (two characters).
_LEAST_UTF16_NULS = 2


def _mostly_nul(sample: bytes, high: tuple[int, ...], units: int, low: int, *, step: int) -> bool:
    """Whether the bytes at offsets *high* of each unit are mostly NUL, those at *low* hardly."""
    if sample[low : units * step : step].count(0) > units // 10:
        return False
    return all(sample[offset : units * step : step].count(0) > units // 2 for offset in high)


def _refuse_binary(controls: int, total: int, unit: str, source: str) -> None:
    """Raise TextParseError when *controls* of *total* is more than :data:`BINARY_SHARE`."""
    if total and controls > total * BINARY_SHARE:
        raise TextParseError(
            f"binary data, not text ({controls * 100 // total}% of the first "
            f"{total:,} {unit} are control characters)",
            source=source,
        )


class _Metadata(NamedTuple):
    url: str | None
    outlet: str | None
    title: str | None
    authors: tuple[str, ...]
    source: str | None = None


def _assemble(
    doc: Document,
    metadata: _Metadata,
    *,
    people: list[OfficialDraft],
    meetings: list[MeetingDraft],
    statements: list[StatementDraft],
    initiatives: list[InitiativeDraft],
) -> Article:
    """Build the frozen records once, with ids in text order (o1, m1, s1, i1 ...)."""
    official_ids = [f"o{n}" for n in range(1, len(people) + 1)]
    id_of = official_ids.__getitem__  # map(id_of, indexes): the ids, at C speed
    # list comprehensions inside tuple(): cheaper than generator expressions
    officials = tuple(
        [
            Official(
                id=official_id,
                name=person.name,
                aliases=tuple(person.aliases),
                role=person.role,
                title=person.title,
                portfolio=portfolio_of(person.title),
                country=person.country,
                organization=person.organization,
                posted_to=person.posted_to,
                mentions=tuple(starmap(Span, person.mentions)),
            )
            for official_id, person in zip(official_ids, people, strict=True)
        ]
    )
    # the span and topics of each sentence holding a meeting or statement, found
    # once for all of them (records are frozen: one Span serves them all)
    sentences = doc.sentences
    span_and_topics: dict[int, tuple[Span, tuple[str, ...]]] = {}
    indexes = {*[meeting.sentence for meeting in meetings], *[s.sentence for s in statements]}
    # found only in the sentences that hold records
    keywords = Topics(doc, indexes) if indexes else None
    for index in indexes:
        sentence = sentences[index]
        span_and_topics[index] = (
            Span(sentence.start, sentence.end),
            keywords.between(doc.sentence_starts[index], doc.sentence_stops[index] - 1)
            if keywords is not None
            else (),
        )
    meeting_records = []
    for n, meeting in enumerate(meetings, start=1):
        span, topics = span_and_topics[meeting.sentence]
        meeting_records.append(
            Meeting(
                id=f"m{n}",
                participants=tuple(map(id_of, meeting.participants)),
                host=official_ids[meeting.host] if meeting.host in meeting.participants else None,
                date=meeting.date,
                location=meeting.location,
                topics=topics,
                span=span,
            )
        )
    initiative_records = tuple(
        [
            Initiative(
                id=f"i{n}",
                name=draft.name,
                aliases=tuple(draft.aliases),
                kind=draft.kind,
                initiator=draft.initiator,
                mentions=tuple(starmap(Span, draft.mentions)),
            )
            for n, draft in enumerate(initiatives, start=1)
        ]
    )
    # where the initiatives are named, indexed only in an article that has some
    named = _InitiativeIndex(initiative_records) if initiative_records else None
    statement_records = []
    for n, statement in enumerate(statements, start=1):
        span, topics = span_and_topics[statement.sentence]
        text = sentences[statement.sentence].text
        statement_records.append(
            Statement(
                id=f"s{n}",
                speakers=tuple(map(id_of, statement.speakers)),
                act=statement.act,
                verb=statement.verb or None,
                text=text,
                content=statement.content,
                addressees=tuple(map(id_of, statement.addressees)) if statement.addressees else (),
                meeting=f"m{statement.meeting + 1}" if statement.meeting is not None else None,
                initiatives=named.named_in(span, text) if named is not None else (),
                topics=topics,
                span=span,
            )
        )
    return Article(
        url=metadata.url,
        outlet=metadata.outlet,
        title=metadata.title,
        published=doc.published,
        authors=metadata.authors,
        body=doc.body,
        officials=officials,
        meetings=tuple(meeting_records),
        statements=tuple(statement_records),
        initiatives=initiative_records,
        source=metadata.source,
    )


class _InitiativeIndex:
    """Where the initiatives are named, to find those a sentence names in time linear in it."""

    def __init__(self, initiatives: tuple[Initiative, ...]) -> None:
        self.order = {initiative.id: n for n, initiative in enumerate(initiatives)}
        mentions = sorted(
            (span.start, span.end, initiative.id)
            for initiative in initiatives
            for span in initiative.mentions
        )
        self.starts = [start for start, _end, _id in mentions]
        self.mentions = mentions
        # names and aliases, case folded, by their first word
        self.names: dict[str, list[tuple[str, str]]] = {}
        for initiative in initiatives:
            for name in {initiative.name.casefold(), *map(str.casefold, initiative.aliases)}:
                first = _WORD.search(name)
                if first is not None and first.start() == 0:
                    self.names.setdefault(first.group(), []).append((name, initiative.id))

    def named_in(self, span: Span, text: str) -> tuple[str, ...]:
        """The ids of the initiatives named in the sentence *text* at *span*, in id order."""
        found: set[str] = set()
        at = bisect_left(self.starts, span.start)
        while at < len(self.mentions) and self.mentions[at][0] < span.end:
            if self.mentions[at][1] <= span.end:
                found.add(self.mentions[at][2])
            at += 1
        if self.names:
            folded = text.casefold()
            # few initiatives, many sentences: each name is looked for by str.find (C
            # speed) where its first word stands at all, not word by word
            for first, entries in self.names.items():
                if first in folded:
                    found.update(i for name, i in entries if _names_word(folded, name))
        return tuple(sorted(found, key=self.order.__getitem__))


def _names_word(folded: str, name: str) -> bool:
    """Whether *name* stands in *folded* as whole words: a word starts where it starts,
    and no letter or digit follows it."""
    start = folded.find(name)
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _WORD_CHAR.match(folded, start - 1)) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return True
        start = folded.find(name, start + 1)
    return False


_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
