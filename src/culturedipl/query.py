"""Questions over many articles: typed filters that keep the way back to each article.

Every function takes articles (a :class:`~culturedipl.Corpus`, a list, any
iterable) and keyword filters, all optional and all combined with *and*; each
result holds its record, its article, and the span of text it comes from.
Country filters take ISO 3166-1 alpha-2 codes. Dates accept
:class:`datetime.date` objects and ISO strings, partial ones included: a
partial date means the period's start for ``since`` and its end for ``until``
(``until="2021"`` is the end of 2021). An undated meeting or statement takes
its article's publication date.

>>> from culturedipl.query import invitations, meetings, officials, partners
>>> from culturedipl import parse_text
>>> article = parse_text(
...     "BAKU, Azerbaijan, May 3, 2022. Culture Minister Jeyran Mammadli met with "
...     "Italian Ambassador to Azerbaijan Marco Vitale. Mammadli invited Vitale to the "
...     '"Silk Road Voices" festival.'
... )
>>> [m.date.isoformat() for m in meetings([article], country="IT", since="2022")]
['2022-05-03']
>>> [o.name for o in officials([article], portfolio="culture")]
['Jeyran Mammadli']
>>> [(i.inviter, i.invitee, i.initiative) for i in invitations([article])]
[('Jeyran Mammadli', 'Marco Vitale', 'Silk Road Voices')]
>>> partners([article], "AZ")
[('IT', 1)]
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs

from culturedipl.countries import is_country_code
from culturedipl.identity import Person
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
    "KINDS",
    "InitiativeResult",
    "Invitation",
    "MeetingResult",
    "OfficialResult",
    "StatementResult",
    "TimelineEntry",
    "initiatives",
    "invitations",
    "meetings",
    "officials",
    "partners",
    "rows",
    "statements",
    "timeline",
]

DateLike = dt.date | str

_Choice = TypeVar("_Choice", Role, Act, InitiativeKind)

_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _bound(value: DateLike | None, *, end: bool) -> dt.date | None:
    """*value* as a date: a partial ISO date's first day, or its last with *end*.

    A bad value raises ``ValueError`` naming the filter (``since`` or ``until``).
    """
    if value is None or isinstance(value, dt.date):
        return value
    name = "until" if end else "since"
    match = _PARTIAL.fullmatch(value.strip())
    if match is None:
        msg = f"{name}: not an ISO date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        raise ValueError(msg)
    year = int(match[1])
    month = int(match[2]) if match[2] else (12 if end else 1)
    try:
        if match[3]:
            return dt.date(year, month, int(match[3]))
        day = calendar.monthrange(year, month)[1] if end else 1
        return dt.date(year, month, day)
    except ValueError as error:  # month 13, day 30 of February, year 0
        msg = f"{name}: not a valid date: {value!r} ({error})"
        raise ValueError(msg) from None


def _choice(kind: type[_Choice], value: _Choice | str | None, name: str) -> _Choice | None:
    """*value* as a member of the enum *kind*; ``ValueError`` listing the members if it is none."""
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        members = ", ".join(member.value for member in kind)
        msg = f"{name}: {value!r} is not a valid {kind.__name__} (one of: {members})"
        raise ValueError(msg) from None


def _country(value: str | None, name: str = "country") -> str | None:
    """*value*, checked as a country code: no record holds any other, so none would match."""
    if value is None or is_country_code(value):
        return value
    msg = f"{name}: not an ISO 3166-1 alpha-2 code: {value!r} (upper case, such as 'AZ')"
    raise ValueError(msg)


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


def _names(officials: Iterable[Official]) -> str:
    return "; ".join(official.name for official in officials)


def _in_range(date: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


@attrs.frozen
class MeetingResult:
    """A meeting, its article and its participants."""

    meeting: Meeting
    article: Article
    participants: tuple[Official, ...]
    #: The meeting's date, else the article's publication date.
    date: dt.date | None

    @property
    def span(self) -> Span:
        """The sentence that reports the meeting."""
        return self.meeting.span

    @property
    def countries(self) -> frozenset[str]:
        """The participants' countries."""
        return frozenset(o.country for o in self.participants if o.country)

    def row(self) -> dict[str, object]:
        """A flat record: text and numbers only, for tables, CSV and JSON Lines."""
        meeting, article = self.meeting, self.article
        return {
            "date": _iso(self.date),
            "participants": _names(self.participants),
            "countries": " ".join(sorted(self.countries)),
            "host": article.official(meeting.host).name if meeting.host else None,
            "location": meeting.location,
            "topics": "; ".join(meeting.topics),
            "text": article.text_of(meeting.span),
            "article": article.id,
            "meeting": meeting.id,
            "span": [meeting.span.start, meeting.span.end],
            "source": article.source,
        }


@attrs.frozen
class StatementResult:
    """A statement, its article, speakers and addressees."""

    statement: Statement
    article: Article
    speakers: tuple[Official, ...]
    addressees: tuple[Official, ...]
    date: dt.date | None

    @property
    def span(self) -> Span:
        """The sentence."""
        return self.statement.span

    def row(self) -> dict[str, object]:
        """A flat record: text and numbers only, for tables, CSV and JSON Lines."""
        statement, article = self.statement, self.article
        return {
            "date": _iso(self.date),
            "speakers": _names(self.speakers),
            "act": statement.act.value,
            "addressees": _names(self.addressees),
            "initiatives": "; ".join(i.name for i in article.initiatives_of(statement)),
            "text": statement.text,
            "article": article.id,
            "statement": statement.id,
            "span": [statement.span.start, statement.span.end],
            "source": article.source,
        }


@attrs.frozen
class OfficialResult:
    """An official and the article that names them."""

    official: Official
    article: Article

    @property
    def name(self) -> str:
        """The official's name."""
        return self.official.name

    @property
    def span(self) -> Span | None:
        """The first mention, if any."""
        return self.official.mentions[0] if self.official.mentions else None

    def row(self) -> dict[str, object]:
        """A flat record: text and numbers only, for tables, CSV and JSON Lines."""
        official = self.official
        return {
            "name": official.name,
            "role": official.role.value,
            "title": official.title,
            "portfolio": "; ".join(official.portfolio),
            "country": official.country,
            "organization": official.organization,
            "posted_to": official.posted_to,
            "article": self.article.id,
            "official": official.id,
            "source": self.article.source,
        }


@attrs.frozen
class InitiativeResult:
    """An initiative and the article that names it."""

    initiative: Initiative
    article: Article

    @property
    def span(self) -> Span | None:
        """The first mention, if any."""
        return self.initiative.mentions[0] if self.initiative.mentions else None

    def row(self) -> dict[str, object]:
        """A flat record: text and numbers only, for tables, CSV and JSON Lines."""
        initiative = self.initiative
        return {
            "name": initiative.name,
            "kind": initiative.kind.value,
            "initiator": initiative.initiator,
            "aliases": "; ".join(initiative.aliases),
            "article": self.article.id,
            "initiative": initiative.id,
            "source": self.article.source,
        }


@attrs.frozen
class Invitation:
    """Who invited whom, to which initiative (when the sentence names one)."""

    inviter: str
    invitee: str | None
    initiative: str | None
    statement: StatementResult

    def row(self) -> dict[str, object]:
        """A flat record: text and numbers only, for tables, CSV and JSON Lines."""
        return {
            "date": _iso(self.statement.date),
            "inviter": self.inviter,
            "invitee": self.invitee,
            "initiative": self.initiative,
            "text": self.statement.statement.text,
            "article": self.statement.article.id,
            "statement": self.statement.statement.id,
            "source": self.statement.article.source,
        }


@attrs.frozen
class TimelineEntry:
    """One dated meeting of a person or country."""

    date: dt.date | None
    meeting: MeetingResult

    def row(self) -> dict[str, object]:
        """The meeting's row."""
        return self.meeting.row()


def _matches_official(
    official: Official,
    *,
    article: Article,
    person: str | Person | None,
    country: str | None,
    role: Role | str | None,
    portfolio: str | None,
) -> bool:
    return (
        (
            person is None
            or (
                (article.id, official.id) in person.officials
                if isinstance(person, Person)
                else person in (official.name, *official.aliases)
            )
        )
        and (country is None or official.country == country)
        and (role is None or official.role == role)
        and (portfolio is None or portfolio in official.portfolio)
    )


def meetings(
    articles: Iterable[Article],
    *,
    person: str | Person | None = None,
    country: str | None = None,
    role: Role | str | None = None,
    portfolio: str | None = None,
    host_country: str | None = None,
    topic: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> Iterator[MeetingResult]:
    """Meetings with a participant who matches every participant filter given.

    *person* is a name or alias, or a :class:`~culturedipl.Person` of
    :func:`~culturedipl.identify` (every spelling of one person);
    *host_country* is the host's country.
    """
    role = _choice(Role, role, "role")
    country, host_country = _country(country), _country(host_country, "host_country")
    start, end = _bound(since, end=False), _bound(until, end=True)
    for article in articles:
        for meeting in article.meetings:
            participants = article.participants(meeting)
            date = meeting.date or article.published
            if not _in_range(date, start, end):
                continue
            if topic is not None and topic not in meeting.topics:
                continue
            if (person, country, role, portfolio) != (None, None, None, None) and not any(
                _matches_official(
                    o,
                    article=article,
                    person=person,
                    country=country,
                    role=role,
                    portfolio=portfolio,
                )
                for o in participants
            ):
                continue
            if host_country is not None and (
                meeting.host is None or article.official(meeting.host).country != host_country
            ):
                continue
            yield MeetingResult(meeting, article, participants, date)


def statements(
    articles: Iterable[Article],
    *,
    speaker: str | None = None,
    country: str | None = None,
    act: Act | str | None = None,
    topic: str | None = None,
    addressee: str | None = None,
    initiative: str | None = None,
    words: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> Iterator[StatementResult]:
    """Statements by *speaker* (a name) of *country*, of *act*, naming *initiative* ...

    *words* must all occur in the sentence (case folded); *initiative* is a name or alias.
    """
    act = _choice(Act, act, "act")
    country = _country(country)
    start, end = _bound(since, end=False), _bound(until, end=True)
    wanted = words.casefold().split() if words else []
    for article in articles:
        for statement in article.statements:
            meeting = article.meeting(statement.meeting) if statement.meeting else None
            date = (meeting.date if meeting else None) or article.published
            if not _in_range(date, start, end):
                continue
            if act is not None and statement.act != act:
                continue
            if topic is not None and topic not in statement.topics:
                continue
            speakers = article.speakers(statement)
            addressees = tuple(map(article.official, statement.addressees))
            if speaker is not None and not any(speaker in (o.name, *o.aliases) for o in speakers):
                continue
            if country is not None and not any(o.country == country for o in speakers):
                continue
            if addressee is not None and not any(
                addressee in (o.name, *o.aliases) for o in addressees
            ):
                continue
            if initiative is not None and not any(
                initiative in (i.name, *i.aliases) for i in article.initiatives_of(statement)
            ):
                continue
            text = statement.text.casefold()
            if not all(word in text for word in wanted):
                continue
            yield StatementResult(statement, article, speakers, addressees, date)


def officials(
    articles: Iterable[Article],
    *,
    person: str | Person | None = None,
    country: str | None = None,
    role: Role | str | None = None,
    portfolio: str | None = None,
) -> Iterator[OfficialResult]:
    """The officials (one result per article that names them) who match every filter."""
    role = _choice(Role, role, "role")
    country = _country(country)
    for article in articles:
        for official in article.officials:
            if _matches_official(
                official,
                article=article,
                person=person,
                country=country,
                role=role,
                portfolio=portfolio,
            ):
                yield OfficialResult(official, article)


def initiatives(
    articles: Iterable[Article],
    *,
    kind: InitiativeKind | str | None = None,
    name: str | None = None,
) -> Iterator[InitiativeResult]:
    """Initiatives of *kind* whose name or an alias contains *name* (case folded)."""
    kind = _choice(InitiativeKind, kind, "kind")
    wanted = name.casefold() if name else None
    for article in articles:
        for initiative in article.initiatives:
            if kind is not None and initiative.kind != kind:
                continue
            if wanted is not None and not any(
                wanted in text.casefold() for text in (initiative.name, *initiative.aliases)
            ):
                continue
            yield InitiativeResult(initiative, article)


def partners(
    articles: Iterable[Article],
    country: str,
    *,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> list[tuple[str, int]]:
    """The countries whose officials met *country*'s, by number of meetings, most first."""
    counts: Counter[str] = Counter()
    for result in meetings(articles, country=country, since=since, until=until):
        for other in result.countries - {country}:
            counts[other] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def timeline(
    articles: Iterable[Article],
    *,
    person: str | Person | None = None,
    country: str | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> list[TimelineEntry]:
    """The meetings of *person* (a name or a :class:`~culturedipl.Person`) or *country*.

    Oldest first, undated last.
    """
    found = meetings(articles, person=person, country=country, since=since, until=until)
    entries = [TimelineEntry(result.date, result) for result in found]
    return sorted(entries, key=lambda e: (e.date is None, e.date or dt.date.min))


def invitations(
    articles: Iterable[Article],
    *,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> Iterator[Invitation]:
    """Every invitation: one per speaker, addressee and named initiative."""
    for result in statements(articles, act=Act.INVITE, since=since, until=until):
        named = result.article.initiatives_of(result.statement) or (None,)
        invitees = result.addressees or (None,)
        for speaker in result.speakers:
            for invitee in invitees:
                for initiative in named:
                    yield Invitation(
                        speaker.name,
                        invitee.name if invitee else None,
                        initiative.name if initiative else None,
                        result,
                    )


#: What :func:`rows` (and ``culturedipl query``) can list, and the filters each takes.
KINDS: dict[str, tuple[str, ...]] = {
    "meetings": (
        "person", "country", "role", "portfolio", "host_country", "topic", "since", "until",
    ),
    "statements": (
        "speaker", "country", "act", "topic", "addressee", "initiative", "words", "since", "until",
    ),
    "officials": ("person", "country", "role", "portfolio"),
    "initiatives": ("kind", "name"),
    "partners": ("country", "since", "until"),
    "timeline": ("person", "country", "since", "until"),
    "invitations": ("since", "until"),
}  # fmt: skip


def rows(
    query: str,
    articles: Iterable[Article],
    /,
    **filters: Any,  # noqa: ANN401 - each query its own
) -> list[dict[str, object]]:
    """The results of *query* (a key of :data:`KINDS`) as flat rows.

    ``partners`` gives ``{"country": ..., "meetings": ...}`` rows and needs ``country``.
    """
    if query not in KINDS:
        msg = f"unknown query {query!r} (expected one of: {', '.join(KINDS)})"
        raise ValueError(msg)
    given = {name: value for name, value in filters.items() if value is not None}
    unknown = set(given) - set(KINDS[query])
    if unknown:
        msg = f"{query} takes no filter {', '.join(sorted(unknown))}"
        raise ValueError(msg)
    if query == "partners":
        country = given.pop("country", None)
        if country is None:
            msg = "partners needs a country"
            raise ValueError(msg)
        return [
            {"country": other, "meetings": count}
            for other, count in partners(articles, country, **given)
        ]
    functions: dict[str, Any] = {
        "meetings": meetings,
        "statements": statements,
        "officials": officials,
        "initiatives": initiatives,
        "timeline": timeline,
        "invitations": invitations,
    }
    return [result.row() for result in functions[query](articles, **given)]
