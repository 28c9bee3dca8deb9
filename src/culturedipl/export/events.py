"""Event records in the vocabularies political scientists use: CAMEO and PLOVER.

Each meeting and statement becomes one record per source actor and target
actor, coded through a mapping kept as package data (``data/cameo.tsv``,
``data/plover.tsv``; see their headers). Actors are ISO 3166-1 alpha-3
country codes with a sector (``GOV`` for a state's officials, ``IGO`` for an
international body's), plus our own diplomatic role, so the records sit
beside GDELT and POLECAT data. Records that the vocabulary has no code for
are counted in :attr:`Events.unmapped`, never given an invented code.

>>> from culturedipl import parse_text
>>> article = parse_text(
...     "Culture Minister Ilze Kalnina received Chilean Ambassador to Latvia Tomas Reyes. "
...     "Kalnina invited Reyes to the song festival."
... )
>>> coded = events([article], "cameo")
>>> [(r.code, r.source_country, r.target_country) for r in coded.records]
[('043', 'LVA', 'CHL'), ('042', 'CHL', 'LVA'), ('036', 'LVA', 'CHL')]
>>> [(r.code, r.source_name) for r in events([article], "plover").records][:1]
[('CONSULT', 'Ilze Kalnina')]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Final, Literal

import attrs
import pycountry

from culturedipl.errors import LexiconError
from culturedipl.lexicon import read_table
from culturedipl.model import Act, Article, Meeting, Official, Statement

__all__ = ["EventRecord", "Events", "Mapping", "events", "mapping"]

Vocabulary = Literal["cameo", "plover"]
_FILES: Final = {"cameo": "cameo.tsv", "plover": "plover.tsv"}
_PARTS: Final = frozenset({"*", "host", "guest"})


@attrs.frozen
class Rule:
    """One line of a mapping file."""

    record: str
    act: str
    verb: str
    code: str
    label: str


@cache
def mapping(vocabulary: Vocabulary) -> tuple[Rule, ...]:
    """The rules of *vocabulary*'s mapping file, checked as they are read."""
    name = _FILES[vocabulary]
    rules = []
    seen: set[tuple[str, str, str]] = set()
    acts = {act.value for act in Act}
    for number, columns in read_table(name):
        if len(columns) != 5 or not all(columns):
            msg = f"{name}:{number}: expected 5 columns, got {columns!r}"
            raise LexiconError(msg)
        rule = Rule(*columns)
        if rule.record not in {"meeting", "statement"}:
            msg = f"{name}:{number}: record must be meeting or statement, got {rule.record!r}"
            raise LexiconError(msg)
        if (rule.record == "meeting" and rule.act not in _PARTS) or (
            rule.record == "statement" and rule.act not in acts
        ):
            msg = f"{name}:{number}: unknown act or part {rule.act!r}"
            raise LexiconError(msg)
        key = (rule.record, rule.act, rule.verb)
        if key in seen:
            msg = f"{name}:{number}: {key!r} is listed twice"
            raise LexiconError(msg)
        seen.add(key)
        rules.append(rule)
    return tuple(rules)


@attrs.frozen
class EventRecord:
    """One coded event: a source actor doing something to a target actor."""

    vocabulary: str
    code: str
    label: str
    date: dt.date | None
    source_name: str
    source_country: str | None
    source_sector: str
    source_role: str
    target_name: str | None
    target_country: str | None
    target_sector: str | None
    target_role: str | None
    #: ``meeting`` or ``statement``, and its id in the article.
    record: str
    record_id: str
    act: str | None
    verb: str | None
    article_id: str
    span_start: int
    span_end: int

    def row(self) -> dict[str, object]:
        """The record as a flat dict, the date as ISO text."""
        row = attrs.asdict(self)
        row["date"] = None if self.date is None else self.date.isoformat()
        return row


@attrs.frozen
class Events:
    """The coded records, and how many meetings or statements had no code, by act."""

    records: tuple[EventRecord, ...]
    unmapped: Mapping[str, int]


def _alpha3(code: str | None) -> str | None:
    if code is None:
        return None
    if code == "XK":
        return "XKX"
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else str(country.alpha_3)


def _actor(official: Official) -> tuple[str, str | None, str, str]:
    sector = "IGO" if official.organization and not official.country else "GOV"
    return official.name, _alpha3(official.country), sector, official.role.value


def _statement_rule(rules: tuple[Rule, ...], statement: Statement) -> Rule | None:
    verb = " ".join((statement.verb or "").casefold().split())
    best: Rule | None = None
    for rule in rules:
        if rule.record != "statement" or rule.act != statement.act.value:
            continue
        if rule.verb == "*":
            if best is None:
                best = rule
        elif (verb == rule.verb or verb.startswith(rule.verb + " ")) and (
            best is None or best.verb == "*" or len(rule.verb) > len(best.verb)
        ):
            best = rule
    return best


def _meeting_pairs(
    rules: tuple[Rule, ...], article: Article, meeting: Meeting
) -> Iterator[tuple[Rule, Official, Official]]:
    by_part = {rule.act: rule for rule in rules if rule.record == "meeting"}
    participants = article.participants(meeting)
    if meeting.host is not None and ("host" in by_part or "guest" in by_part):
        host = article.official(meeting.host)
        for guest in participants:
            if guest.id == host.id:
                continue
            if "host" in by_part:
                yield by_part["host"], host, guest
            if "guest" in by_part:
                yield by_part["guest"], guest, host
    elif "*" in by_part:
        for source in participants:
            for target in participants:
                if source.id != target.id:
                    yield by_part["*"], source, target


def events(articles: Iterable[Article], vocabulary: Vocabulary = "cameo") -> Events:
    """Code the meetings and statements of *articles* in *vocabulary* (``cameo`` or ``plover``)."""
    if vocabulary not in _FILES:
        msg = f"unknown vocabulary {vocabulary!r} (expected cameo or plover)"
        raise ValueError(msg)
    rules = mapping(vocabulary)
    records: list[EventRecord] = []
    unmapped: Counter[str] = Counter()
    for article in articles:
        for meeting in article.meetings:
            pairs = list(_meeting_pairs(rules, article, meeting))
            if not pairs:
                unmapped["meeting"] += 1
            date = meeting.date or article.published
            records.extend(
                _record(rule, date, (source, target), article, meeting, vocabulary=vocabulary)
                for rule, source, target in pairs
            )
        for statement in article.statements:
            statement_rule = _statement_rule(rules, statement)
            if statement_rule is None or not statement.speakers:
                unmapped[statement.act.value] += 1
                continue
            meeting_date = article.meeting(statement.meeting).date if statement.meeting else None
            said = meeting_date or article.published
            targets: list[Official | None] = [*map(article.official, statement.addressees)]
            records.extend(
                _record(
                    statement_rule,
                    said,
                    (speaker, addressee),
                    article,
                    statement,
                    vocabulary=vocabulary,
                )
                for speaker in article.speakers(statement)
                for addressee in targets or [None]
            )
    return Events(tuple(records), dict(sorted(unmapped.items())))


def _record(
    rule: Rule,
    date: dt.date | None,
    actors: tuple[Official, Official | None],
    article: Article,
    where: Meeting | Statement,
    *,
    vocabulary: str,
) -> EventRecord:
    source, target = actors
    name, country, sector, role = _actor(source)
    target_actor = _actor(target) if target is not None else (None, None, None, None)
    statement = where if isinstance(where, Statement) else None
    return EventRecord(
        vocabulary=vocabulary,
        code=rule.code,
        label=rule.label,
        date=date,
        source_name=name,
        source_country=country,
        source_sector=sector,
        source_role=role,
        target_name=target_actor[0],
        target_country=target_actor[1],
        target_sector=target_actor[2],
        target_role=target_actor[3],
        record="statement" if statement is not None else "meeting",
        record_id=where.id,
        act=statement.act.value if statement is not None else None,
        verb=statement.verb if statement is not None else None,
        article_id=article.id,
        span_start=where.span.start,
        span_end=where.span.end,
    )
