"""The typed, immutable records culturedipl extracts from an article.

Every record is a frozen, slotted attrs class with keyword-only fields;
collections are tuples, so records hash by value and can be shared freely.
An :class:`Article` checks on construction that its parts fit together:
ids are unique, every reference resolves and every span lies in the body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from enum import StrEnum
from typing import TypeVar

import attrs

from culturedipl.countries import is_country_code
from culturedipl.errors import CulturediplError, InvalidArticleError

__all__ = [
    "Act",
    "Article",
    "Initiative",
    "InitiativeKind",
    "Meeting",
    "Official",
    "Role",
    "Span",
    "Statement",
    "article_id",
]


class Role(StrEnum):
    """The office an official holds, coarsely; the extraction specification
    (docs/specification.md) says which titles give which role.

    - ``head_of_state``: a president, monarch or other head of a state.
    - ``head_of_government``: a prime minister, premier or chancellor.
    - ``minister``: a government minister, an acting one included.
    - ``deputy_minister``: a deputy or vice minister, a first deputy included.
    - ``ambassador``: an ambassador, resident or designate.
    - ``charge_d_affaires``: a chargé d'affaires, who heads an embassy without an ambassador.
    - ``consul``: a consul, a consul general or an honorary consul.
    - ``secretary_general``: the secretary-general of an international body.
    - ``head_of_organization``: the head of an international or non-state body
      under another title: a director-general, an executive director, a chairperson.
    - ``parliamentarian``: a member, speaker or deputy speaker of a parliament.
    - ``official``: any other office: a director, an adviser, a rector, a mayor.
    """

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    MINISTER = "minister"
    DEPUTY_MINISTER = "deputy_minister"
    AMBASSADOR = "ambassador"
    CHARGE_D_AFFAIRES = "charge_d_affaires"
    CONSUL = "consul"
    SECRETARY_GENERAL = "secretary_general"
    HEAD_OF_ORGANIZATION = "head_of_organization"
    PARLIAMENTARIAN = "parliamentarian"
    OFFICIAL = "official"


class Act(StrEnum):
    """The speech act of a statement's main reporting verb.

    - ``say``: a plain report or a quotation: said, added, stated.
    - ``stress``: stressed, emphasized, underlined, noted, pointed out, recalled.
    - ``express``: expressed hope, confidence or satisfaction; praised, wished, congratulated.
    - ``thank``: thanked, expressed gratitude.
    - ``invite``: invited.
    - ``inform``: informed, told, briefed, spoke about, presented.
    - ``propose``: proposed, suggested, offered.
    - ``discuss``: discussed, exchanged views.
    - ``agree``: agreed, signed, reached an agreement.
    """

    SAY = "say"
    STRESS = "stress"
    EXPRESS = "express"
    THANK = "thank"
    INVITE = "invite"
    INFORM = "inform"
    PROPOSE = "propose"
    DISCUSS = "discuss"
    AGREE = "agree"


class InitiativeKind(StrEnum):
    """What sort of undertaking a named initiative is.

    - ``campaign``: a named campaign.
    - ``platform``: a named platform for cooperation or exchange.
    - ``programme``: a named programme, a scholarship or exchange scheme among them.
    - ``project``: a named project.
    - ``year``: a commemorative or themed year ("Year of Folk Music").
    - ``forum``: a named forum, congress or recurring conference.
    - ``festival``: a named festival.
    - ``process``: a named diplomatic process, a series of meetings under one name.
    - ``other``: any other named undertaking, such as days of a country's culture.
    """

    CAMPAIGN = "campaign"
    PLATFORM = "platform"
    PROGRAMME = "programme"
    PROJECT = "project"
    YEAR = "year"
    FORUM = "forum"
    FESTIVAL = "festival"
    PROCESS = "process"
    OTHER = "other"


_Record = TypeVar("_Record", bound=attrs.AttrsInstance)


def _documented(cls: type[_Record]) -> type[_Record]:
    """Show each field's meaning, its ``metadata["doc"]``, in the API reference.

    The meanings are written once, beside the fields: :func:`~culturedipl.json_schema`
    makes them the schema's descriptions, and Sphinx's autodoc reads them as the
    docstrings of the class's slots, which Python lets a ``__slots__`` dict give. attrs
    writes ``__slots__`` as a tuple of names; this makes it the dict of the same names,
    in the same order, once the class exists (so nothing else changes).
    """
    meanings = {field.name: field.metadata["doc"] for field in attrs.fields(cls)}
    slots = {name: meanings.get(name) for name in vars(cls)["__slots__"]}
    type.__setattr__(cls, "__slots__", slots)
    return cls


@_documented
@attrs.frozen(order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Article.body``."""

    start: int = attrs.field(metadata={"doc": "Offset of the first character, from 0."})
    end: int = attrs.field(metadata={"doc": "Offset just past the last character."})

    def __attrs_post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            msg = f"invalid span [{self.start}, {self.end}]: need 0 <= start <= end"
            raise CulturediplError(msg)

    @property
    def length(self) -> int:
        """How many characters the span covers (an empty span is still a span, and true)."""
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False


def _country_code(
    _instance: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not is_country_code(value):
        msg = f"{attribute.name}: not an ISO 3166-1 alpha-2 code: {value!r}"
        raise CulturediplError(msg)


@_documented
@attrs.frozen(kw_only=True)
class Official:
    """A named person the article presents in an official capacity."""

    id: str = attrs.field(
        metadata={
            "doc": "Unique within the article; meetings and statements refer to the "
            "official by it (the reader writes ``o1``, ``o2``, ...)."
        }
    )
    name: str = attrs.field(
        metadata={"doc": "The fullest form of the name the text gives, without titles."}
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(),
        metadata={
            "doc": "Other full spellings of the same person's name in the same text; "
            "a surname alone or a pronoun is a mention, not an alias."
        },
    )
    role: Role = attrs.field(
        default=Role.OFFICIAL, metadata={"doc": "The office the person holds, coarsely."}
    )
    title: str | None = attrs.field(
        default=None,
        metadata={"doc": "The role as the text words it (``Japanese Ambassador to Portugal``)."},
    )
    portfolio: tuple[str, ...] = attrs.field(
        default=(),
        metadata={
            "doc": "The fields the office covers, read from the title through the portfolio "
            "lexicon: ``culture`` and ``tourism`` for a Minister of Culture and Tourism."
        },
    )
    country: str | None = attrs.field(
        default=None,
        validator=_country_code,
        metadata={
            "doc": "ISO 3166-1 alpha-2 code of the state the person represents; ``None`` "
            "for an official of an international body or when the text does not say."
        },
    )
    organization: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "Short name of the international or non-state body the person serves "
            "(``UNESCO``); ``None`` for an official of a state."
        },
    )
    posted_to: str | None = attrs.field(
        default=None,
        validator=_country_code,
        metadata={
            "doc": "For an envoy (ambassador, chargé d'affaires, consul): ISO 3166-1 "
            "alpha-2 code of the state they are accredited to, when the text says."
        },
    )
    mentions: tuple[Span, ...] = attrs.field(
        default=(),
        metadata={"doc": "Where the text names the person: full names, aliases and surnames."},
    )


@_documented
@attrs.frozen(kw_only=True)
class Meeting:
    """An encounter between officials that the article reports as held."""

    id: str = attrs.field(
        metadata={
            "doc": "Unique within the article; statements refer to the meeting by it "
            "(``m1``, ``m2``, ...)."
        }
    )
    participants: tuple[str, ...] = attrs.field(
        metadata={
            "doc": "Ids of the named officials present; a single one when the text "
            "leaves the counterpart unnamed."
        }
    )
    host: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "Id of the participant who received or hosted the others, when the "
            "text makes it clear; always one of the participants."
        },
    )
    date: dt.date | None = attrs.field(
        default=None,
        metadata={
            "doc": "When the meeting took place, when the text says, also relative to "
            "the publication date (``on Wednesday``)."
        },
    )
    location: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "Where, as the text words it: a known place or a body's premises "
            "after ``in`` or ``at``, else the dateline's place for a meeting in the first "
            "paragraph."
        },
    )
    topics: tuple[str, ...] = attrs.field(
        default=(),
        metadata={"doc": "Labels from the topic lexicon (``cultural heritage``, ``film``)."},
    )
    span: Span = attrs.field(metadata={"doc": "The sentence that reports the meeting."})


@_documented
@attrs.frozen(kw_only=True)
class Statement:
    """One reported speech act: a sentence and the officials speaking in it."""

    id: str = attrs.field(
        metadata={"doc": "Unique within the article (the reader writes ``s1``, ``s2``, ...)."}
    )
    speakers: tuple[str, ...] = attrs.field(metadata={"doc": "Ids of the officials who spoke."})
    act: Act = attrs.field(
        metadata={"doc": "The speech act of the sentence's main reporting verb."}
    )
    verb: str | None = attrs.field(
        default=None,
        metadata={"doc": "The reporting verb as written (``emphasized``, ``was informed``)."},
    )
    text: str = attrs.field(
        metadata={"doc": "The sentence exactly as the body has it at the span."}
    )
    content: str | None = attrs.field(
        default=None,
        metadata={"doc": "What was said: the verb's complement or the quotation."},
    )
    addressees: tuple[str, ...] = attrs.field(
        default=(), metadata={"doc": "Ids of the officials spoken to."}
    )
    meeting: str | None = attrs.field(
        default=None, metadata={"doc": "Id of the meeting the statement was made at, if any."}
    )
    initiatives: tuple[str, ...] = attrs.field(
        default=(),
        metadata={
            "doc": "Ids of the initiatives the sentence names: a mention lies in the span, "
            "or a name or an alias stands in the text."
        },
    )
    topics: tuple[str, ...] = attrs.field(
        default=(), metadata={"doc": "Labels from the topic lexicon, as for meetings."}
    )
    span: Span = attrs.field(metadata={"doc": "The sentence, as offsets into the body."})


@_documented
@attrs.frozen(kw_only=True)
class Initiative:
    """A named campaign, programme, commemorative year, forum, process ..."""

    id: str = attrs.field(
        metadata={
            "doc": "Unique within the article; statements refer to the initiative by it "
            "(``i1``, ``i2``, ...)."
        }
    )
    name: str = attrs.field(
        metadata={
            "doc": "The name as written, without quotes around it or an ordinal in front "
            "(``Year of Folk Music``)."
        }
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), metadata={"doc": "Other names the same text uses for it."}
    )
    kind: InitiativeKind = attrs.field(
        default=InitiativeKind.OTHER, metadata={"doc": "What sort of undertaking it is."}
    )
    initiator: str | None = attrs.field(
        default=None, metadata={"doc": "Who put it forward, as the text names them."}
    )
    mentions: tuple[Span, ...] = attrs.field(
        default=(), metadata={"doc": "Where the text names it."}
    )


def article_id(body: str, url: str | None = None) -> str:
    """The stable id of an article that has none: 16 hex digits of SHA-256.

    The same URL and body always give the same id, in any process.

    >>> article_id("Text.", "https://example.org/a")
    '56dbf0fc7a6a5139'
    """
    digest = hashlib.sha256()
    digest.update((url or "").encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


@_documented
@attrs.frozen(kw_only=True)
class Article:
    """A news article and everything extracted from it.

    Construction checks that ids are unique, that every official, meeting and
    statement reference resolves, that every span lies inside ``body`` and
    that each statement's ``text`` is the body's text at its span; otherwise
    it raises :class:`~culturedipl.InvalidArticleError` naming each problem.
    An empty ``id`` is replaced by :func:`article_id` of the URL and body.
    """

    id: str = attrs.field(
        default="",
        metadata={
            "doc": "Stable id of the article; an empty one is replaced by 16 hex digits "
            "of the SHA-256 of the URL and the body (:func:`article_id`)."
        },
    )
    url: str | None = attrs.field(
        default=None,
        metadata={"doc": "The address the text came from, when the caller knows it."},
    )
    outlet: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "The news organisation that published the article or is credited "
            "with it; ``None`` when the text does not say."
        },
    )
    title: str | None = attrs.field(
        default=None, metadata={"doc": "The headline, when the text has one."}
    )
    published: dt.date | None = attrs.field(
        default=None,
        metadata={
            "doc": "The publication date, from the text's own date line or dateline; "
            "``None`` when it gives none."
        },
    )
    authors: tuple[str, ...] = attrs.field(
        default=(),
        metadata={
            "doc": "The people the by-lines credit; a by-line that names the outlet "
            "credits the outlet, not an author."
        },
    )
    body: str = attrs.field(
        default="",
        metadata={
            "doc": "The article's own text, header lines left out; every span indexes into it."
        },
    )
    officials: tuple[Official, ...] = attrs.field(
        default=(), metadata={"doc": "The named people in an official capacity."}
    )
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), metadata={"doc": "The meetings the article reports as held."}
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(),
        metadata={"doc": "The reported speech acts: one for each sentence and set of speakers."},
    )
    initiatives: tuple[Initiative, ...] = attrs.field(
        default=(), metadata={"doc": "The named initiatives the article mentions."}
    )
    source: str | None = attrs.field(
        default=None,
        metadata={
            "doc": "Where the article was read from: the path as given, or the URL; "
            "not part of the id, and never copied into the URL."
        },
    )

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.body, self.url))
        if not _consistent(self):
            raise InvalidArticleError(list(_article_problems(self)))

    # Lookups. Articles are small, so linear scans beat keeping indexes alive
    # in every instance.

    def official(self, official_id: str) -> Official:
        """The official with id *official_id*; ``KeyError`` if there is none."""
        for official in self.officials:
            if official.id == official_id:
                return official
        raise KeyError(official_id)

    def official_named(self, name: str) -> Official | None:
        """The official whose name or an alias is *name*, if any."""
        for official in self.officials:
            if official.name == name or name in official.aliases:
                return official
        return None

    def meeting(self, meeting_id: str) -> Meeting:
        """The meeting with id *meeting_id*; ``KeyError`` if there is none."""
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        raise KeyError(meeting_id)

    def initiative(self, initiative_id: str) -> Initiative:
        """The initiative with id *initiative_id*; ``KeyError`` if there is none."""
        for initiative in self.initiatives:
            if initiative.id == initiative_id:
                return initiative
        raise KeyError(initiative_id)

    def statements_of(self, meeting_id: str) -> tuple[Statement, ...]:
        """The statements attached to meeting *meeting_id*, in text order."""
        return tuple(s for s in self.statements if s.meeting == meeting_id)

    def statements_by(self, official_id: str) -> tuple[Statement, ...]:
        """The statements in which official *official_id* is a speaker."""
        return tuple(s for s in self.statements if official_id in s.speakers)

    def meetings_with(self, official_id: str) -> tuple[Meeting, ...]:
        """The meetings in which official *official_id* took part."""
        return tuple(m for m in self.meetings if official_id in m.participants)

    def initiatives_of(self, statement: Statement) -> tuple[Initiative, ...]:
        """The initiatives that *statement* names."""
        return tuple(self.initiative(initiative_id) for initiative_id in statement.initiatives)

    def text_of(self, span: Span) -> str:
        """The body's text at *span*."""
        return self.body[span.start : span.end]

    def participants(self, meeting: Meeting) -> tuple[Official, ...]:
        """The officials who took part in *meeting*."""
        return tuple(self.official(official_id) for official_id in meeting.participants)

    def speakers(self, statement: Statement) -> tuple[Official, ...]:
        """The officials who spoke in *statement*."""
        return tuple(self.official(official_id) for official_id in statement.speakers)


def _consistent(article: Article) -> bool:
    """Whether *article* fits together: the fast check every construction runs.

    :func:`_article_problems` explains what is wrong when this says False.
    """
    length = len(article.body)
    body = article.body
    ids: set[str] = set()
    count = 0
    for official in article.officials:
        ids.add(official.id)
        count += 1
        for span in official.mentions:
            if span.end > length:
                return False
    for initiative in article.initiatives:
        ids.add(initiative.id)
        count += 1
        for span in initiative.mentions:
            if span.end > length:
                return False
    officials = {official.id for official in article.officials}
    initiatives = {initiative.id for initiative in article.initiatives}
    meetings = set()
    for meeting in article.meetings:
        ids.add(meeting.id)
        meetings.add(meeting.id)
        count += 1
        participants = meeting.participants
        if meeting.span.end > length or not officials.issuperset(participants):
            return False
        if meeting.host is not None and meeting.host not in participants:
            return False
    for statement in article.statements:
        ids.add(statement.id)
        count += 1
        span = statement.span
        if (
            not officials.issuperset(statement.speakers)
            or not officials.issuperset(statement.addressees)
            or (statement.meeting is not None and statement.meeting not in meetings)
            or not initiatives.issuperset(statement.initiatives)
            or span.end > length
            or body[span.start : span.end] != statement.text
        ):
            return False
    return len(ids) == count


def _article_problems(article: Article) -> Iterator[str]:
    """Every inconsistency in *article*, as ``path: problem`` lines."""
    length = len(article.body)
    seen: dict[str, str] = {}

    def check_id(path: str, record_id: str) -> Iterator[str]:
        if record_id in seen:
            yield f"{path}.id: duplicate id {record_id!r} (also {seen[record_id]})"
        else:
            seen[record_id] = path

    def check_span(path: str, span: Span) -> Iterator[str]:
        if span.end > length:
            yield (
                f"{path}: span [{span.start}, {span.end}] lies outside the body "
                f"({length} characters)"
            )

    for i, official in enumerate(article.officials):
        path = f"officials[{i}]"
        yield from check_id(path, official.id)
        for j, span in enumerate(official.mentions):
            yield from check_span(f"{path}.mentions[{j}]", span)
    for i, initiative in enumerate(article.initiatives):
        path = f"initiatives[{i}]"
        yield from check_id(path, initiative.id)
        for j, span in enumerate(initiative.mentions):
            yield from check_span(f"{path}.mentions[{j}]", span)
    official_ids = {official.id for official in article.officials}

    def check_refs(path: str, refs: tuple[str, ...]) -> Iterator[str]:
        for j, ref in enumerate(refs):
            if ref not in official_ids:
                yield f"{path}[{j}]: unknown official id {ref!r}"

    for i, meeting in enumerate(article.meetings):
        path = f"meetings[{i}]"
        yield from check_id(path, meeting.id)
        yield from check_refs(f"{path}.participants", meeting.participants)
        if meeting.host is not None and meeting.host not in meeting.participants:
            yield f"{path}.host: {meeting.host!r} is not a participant"
        yield from check_span(f"{path}.span", meeting.span)
    meeting_ids = {meeting.id for meeting in article.meetings}
    initiative_ids = {initiative.id for initiative in article.initiatives}
    for i, statement in enumerate(article.statements):
        path = f"statements[{i}]"
        yield from check_id(path, statement.id)
        yield from check_refs(f"{path}.speakers", statement.speakers)
        yield from check_refs(f"{path}.addressees", statement.addressees)
        if statement.meeting is not None and statement.meeting not in meeting_ids:
            yield f"{path}.meeting: unknown meeting id {statement.meeting!r}"
        for j, ref in enumerate(statement.initiatives):
            if ref not in initiative_ids:
                yield f"{path}.initiatives[{j}]: unknown initiative id {ref!r}"
        span = statement.span
        if span.end > length:
            yield from check_span(f"{path}.span", span)
        elif article.body[span.start : span.end] != statement.text:
            yield f"{path}.text: does not match the body at [{span.start}, {span.end}]"
