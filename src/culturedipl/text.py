"""The reader: raw news text in, a checked :class:`~culturedipl.Article` out.

``parse_text`` runs the stages in order, each in its own module:

1. ``_header``      metadata, and where the article's own text begins and ends
2. ``_segment``     sentences and tokens with spans into the body
3. ``_officials``   titled names, their roles, countries and bodies
4. ``_events``      meetings and statements, with coreference
5. ``_initiatives`` named campaigns, years, forums and processes

The reader is deterministic and pure: the same text always gives the same
article, and it never raises on text it does not understand.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import warnings
from itertools import starmap
from pathlib import Path
from typing import NamedTuple

from culturedipl._document import Document
from culturedipl._events import MeetingDraft, StatementDraft, read_events
from culturedipl._header import read_header
from culturedipl._initiatives import InitiativeDraft, find_initiatives
from culturedipl._officials import ENVOYS, Person, find_people
from culturedipl.errors import TextParseError
from culturedipl.model import Article, Initiative, Meeting, Official, Role, Span, Statement

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FALLBACK_ENCODING",
    "DecodingWarning",
    "decode_bytes",
    "parse_file",
    "parse_text",
]

#: Texts longer than this many characters are refused (``max_chars=None`` lifts it).
DEFAULT_MAX_CHARS = 20_000_000
#: The single-byte encoding ``parse_file`` falls back to for bytes that are not UTF-8/16.
FALLBACK_ENCODING = "cp1252"

_ORG_ROLES = frozenset({Role.SECRETARY_GENERAL, Role.HEAD_OF_ORGANIZATION})


class DecodingWarning(UserWarning):
    """``parse_file`` read bytes that were not UTF-8 or UTF-16 with a BOM."""


def parse_text(
    text: str,
    *,
    url: str | None = None,
    published: dt.date | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Article:
    """Read one news article from *text*.

    *published* overrides the date read from the text. Raises
    :class:`~culturedipl.TextParseError` only for text over *max_chars*
    characters; any other text gives an article, possibly an empty one.

    >>> article = parse_text(
    ...     "Culture Minister Lale Rzayeva met with Polish Ambassador to Azerbaijan"
    ...     " Tomasz Nowicki. The minister stressed the role of museums."
    ... )
    >>> [official.name for official in article.officials]
    ['Lale Rzayeva', 'Tomasz Nowicki']
    >>> article.statements[0].act
    <Act.STRESS: 'stress'>
    """
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
    header = read_header(text)
    body = text[header.body_start : header.body_end]
    date = published if published is not None else header.published
    doc = Document(body, date)
    people = find_people(doc)
    doc.home = _home_country(doc, people)
    _complete_people(doc, people)
    meetings, statements = read_events(doc, people)
    claimed = {token for person in people for token in person.tokens}
    initiatives = find_initiatives(doc, claimed)
    metadata = _Metadata(url=url, outlet=header.outlet, title=header.title, authors=header.authors)
    return _assemble(
        doc,
        metadata,
        people=people,
        meetings=meetings,
        statements=statements,
        initiatives=initiatives,
    )


def parse_file(
    path: str | os.PathLike[str], *, max_chars: int | None = DEFAULT_MAX_CHARS
) -> Article:
    """Read one article from a file of bytes.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; other
    bytes are decoded as :data:`FALLBACK_ENCODING` with a :class:`DecodingWarning`.
    """
    data = Path(path).read_bytes()
    return parse_text(decode_bytes(data, source=str(path)), max_chars=max_chars)


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode article bytes: UTF-8, UTF-8/16 with BOM, else the fallback encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        warnings.warn(
            f"{source}: not UTF-8 (byte {error.start}); read as {FALLBACK_ENCODING}",
            DecodingWarning,
            stacklevel=3,
        )
        return data.decode(FALLBACK_ENCODING, errors="replace")


def _home_country(doc: Document, people: list[Person]) -> str | None:
    """The country the story happens in: dateline, envoys' posts, or most named."""
    dateline = doc.dateline_country()
    if dateline is not None:
        # a dateline: "BAKU, Azerbaijan, June 20.", "Skopje, 21 June 2018 (MIA) –"
        return dateline
    # counts kept in plain dicts, in the order first seen: max() then gives the
    # most frequent, the first seen among equals
    posts: dict[str, int] = {}
    for person in people:
        if person.posted_to:
            posts[person.posted_to] = posts.get(person.posted_to, 0) + 1
    if posts:
        return max(posts, key=posts.__getitem__)
    # envoys are foreigners: their own countries are not the home one
    foreign = {p.country for p in people if p.role in ENVOYS and p.country}
    counts: dict[str, int] = {}
    resume = 0
    for at in sorted(doc.places):
        if at < resume:
            continue  # inside the place name just counted
        length, code = doc.places[at]
        counts[code] = counts.get(code, 0) + 1
        resume = at + length
    candidates = [code for code in counts if code not in foreign] or list(counts)
    if not candidates:
        return None
    return max(candidates, key=counts.__getitem__)


_BODY_OFFICES = frozenset(
    {"secretary", "director", "director-general", "commissioner", "assistant"}
)


def _body_in_sentence(doc: Document, person: Person) -> str | None:
    """The body named nearest before the person in the sentence that first names them.

    "The joint delegations of the Turkic Council headed by Secretary General X":
    X serves the Turkic Council.
    """
    if not person.named_at:
        return None
    at = person.named_at[0]
    indexes = doc.sentence_tokens(doc.sentence_of(at))
    found = None
    for j in range(indexes.start, at):
        if j in doc.organizations:
            found = doc.organizations[j][1]
    return found


def _complete_people(doc: Document, people: list[Person]) -> None:
    """Fill in what titles leave implicit: a minister's country is the home one."""
    home = doc.home
    for person in people:
        if person.organization is None and person.country is None:
            # the title's words, only when they can matter
            title_words = set((person.title or "").casefold().replace("-", " ").split())
            if title_words & _BODY_OFFICES and "minister" not in title_words:
                person.organization = _body_in_sentence(doc, person)
        if person.role in ENVOYS:
            thematic = bool(person.title and " for " in f" {person.title.casefold()} ")
            if (
                person.posted_to is None
                and not thematic
                and not person.posted_to_body
                and (person.posted_home or (home is not None and person.country != home))
            ):
                person.posted_to = home
            if person.country is None and home is not None and person.posted_to != home:
                person.country = home
        else:
            if person.posted_to is not None:
                # only envoys are posted: "Vice-Rector of Comenius University in
                # Bratislava" says where the office is, which is the country
                if person.country is None and person.organization is None:
                    person.country = person.posted_to
                person.posted_to = None
            if (
                person.country is None
                and person.organization is None
                and person.role not in _ORG_ROLES
            ):
                person.country = home
        if person.posted_to == person.country and person.role in ENVOYS:
            person.posted_to = None


class _Metadata(NamedTuple):
    url: str | None
    outlet: str | None
    title: str | None
    authors: tuple[str, ...]


def _assemble(
    doc: Document,
    metadata: _Metadata,
    *,
    people: list[Person],
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
    for index in {*[meeting.sentence for meeting in meetings], *[s.sentence for s in statements]}:
        sentence = sentences[index]
        span_and_topics[index] = (
            Span(sentence.start, sentence.end),
            doc.topics(doc.sentence_starts[index], doc.sentence_stops[index] - 1),
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
    statement_records = []
    for n, statement in enumerate(statements, start=1):
        span, topics = span_and_topics[statement.sentence]
        statement_records.append(
            Statement(
                id=f"s{n}",
                speakers=tuple(map(id_of, statement.speakers)),
                act=statement.act,
                verb=statement.verb or None,
                text=sentences[statement.sentence].text,
                content=statement.content,
                addressees=tuple(map(id_of, statement.addressees)) if statement.addressees else (),
                meeting=f"m{statement.meeting + 1}" if statement.meeting is not None else None,
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
    )
