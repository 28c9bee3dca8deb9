"""Hypothesis strategies for culturedipl's types, for property-testing code that uses them.

Install with ``pip install culturedipl[testing]``. Importing this module also
registers the strategies with :func:`hypothesis.strategies.register_type_strategy`,
so that ``st.from_type(Article)`` (and ``st.builds`` of anything that takes
one of our types) draws from them.

Every article that :func:`articles` draws is whole and valid: ids are unique,
every reference resolves, every span lies in the body and each statement's
``text`` is the body at its span. Text is drawn from all of Unicode except
surrogates, with characters outside the Basic Multilingual Plane mixed in
often, so that code which counts UTF-16 units instead of code points shows up.

>>> from hypothesis import given, settings
>>> @settings(max_examples=20)
... @given(articles())
... def test_ids_are_unique(article):
...     ids = [official.id for official in article.officials]
...     assert len(ids) == len(set(ids))
>>> test_ids_are_unique()
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import hypothesis.strategies as st
import pycountry

from culturedipl.countries import is_country_code
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
    "articles",
    "country_codes",
    "initiatives",
    "meetings",
    "officials",
    "spans",
    "statements",
    "texts",
]

#: Characters outside the BMP: two UTF-16 units each, one code point.
_ASTRAL: Final = "😀𝄞𐍈𓀀🇦𠀋𝔘"
_CHARACTERS: Final = st.one_of(
    st.characters(codec="utf-8"),  # every code point but the surrogates
    st.sampled_from(_ASTRAL),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
)
_TOPICS: Final = (
    "culture",
    "cultural heritage",
    "education",
    "tourism",
    "science",
    "sport",
    "media",
    "youth",
    "music",
    "cinema",
    "language",
    "interfaith dialogue",
)
_VERBS: Final = ("said", "stressed", "noted", "was informed", "expressed hope", "thanked")
_DEFAULT_END: Final = 200
_COUNTRY_CODES: Final = tuple(
    code
    for code in sorted({country.alpha_2 for country in pycountry.countries} | {"XK"})
    if is_country_code(code)
)


def texts(*, min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Surrogate-free strings of any Unicode characters, non-BMP ones frequent."""
    return st.text(_CHARACTERS, min_size=min_size, max_size=max_size)


def country_codes() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes that :class:`~culturedipl.Official` accepts."""
    return st.sampled_from(_COUNTRY_CODES)


def spans(*, max_end: int = _DEFAULT_END) -> st.SearchStrategy[Span]:
    """Spans ``[start, end]`` with ``0 <= start <= end <= max_end``."""
    ends = st.integers(min_value=0, max_value=max_end)
    return st.tuples(ends, ends).map(lambda pair: Span(start=min(pair), end=max(pair)))


def _unique_tuples(
    strategy: st.SearchStrategy[str], max_size: int = 3
) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(strategy, max_size=max_size, unique=True).map(tuple)


# Built once: constructing strategies on every draw is what makes generation slow.
_TEXT: Final = texts(min_size=1)
_OPTIONAL_TEXT: Final = st.none() | _TEXT
_IDS: Final = st.from_regex(r"[omsi][1-9][0-9]?", fullmatch=True) | texts(min_size=1, max_size=6)
_NAMES: Final = _unique_tuples(_TEXT, max_size=2)
_OPTIONAL_COUNTRY: Final = st.none() | country_codes()
_OPTIONAL_DATE: Final = st.none() | st.dates()
_TOPIC_TUPLES: Final = _unique_tuples(st.sampled_from(_TOPICS))
_PORTFOLIOS: Final = _unique_tuples(
    st.sampled_from(("culture", "foreign affairs", "tourism", "education", "youth", "sport")),
    max_size=2,
)
_ROLES: Final = st.sampled_from(Role)
_ACTS: Final = st.sampled_from(Act)
_KINDS: Final = st.sampled_from(InitiativeKind)
_OPTIONAL_VERB: Final = st.none() | st.sampled_from(_VERBS)
_SPANS: Final = spans()
_URLS: Final = st.none() | st.from_regex(r"https://news\.example/[a-z0-9-]{1,20}", fullmatch=True)
_SOURCES: Final = (
    st.none()
    | _URLS
    | st.from_regex(r"(corpus/)?[a-z0-9_-]{1,12}\.(txt|html|json|jsonl)", fullmatch=True)
)
_SEPARATORS: Final = st.sampled_from((" ", "\n", "\n\n", "  "))
_SENTENCES: Final = st.lists(texts(min_size=1, max_size=30), max_size=5)


def _references(ids: Sequence[str] | None, max_size: int = 3) -> st.SearchStrategy[tuple[str, ...]]:
    if ids is None:
        return _unique_tuples(_IDS, max_size)
    if not ids:
        return st.just(())
    return _unique_tuples(st.sampled_from(tuple(ids)), max_size)


def _mentions(max_end: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(_SPANS if max_end == _DEFAULT_END else spans(max_end=max_end), max_size=3).map(
        tuple
    )


# The _draw_* functions build one record from already-built strategies;
# articles() calls them directly, since building strategies per record is slow.


def _draw_official(
    draw: st.DrawFn, official_id: str, mentions: st.SearchStrategy[tuple[Span, ...]]
) -> Official:
    return Official(
        id=official_id,
        name=draw(_TEXT),
        aliases=draw(_NAMES),
        role=draw(_ROLES),
        title=draw(_OPTIONAL_TEXT),
        portfolio=draw(_PORTFOLIOS),
        country=draw(_OPTIONAL_COUNTRY),
        organization=draw(_OPTIONAL_TEXT),
        posted_to=draw(_OPTIONAL_COUNTRY),
        mentions=draw(mentions),
    )


def _draw_meeting(
    draw: st.DrawFn,
    meeting_id: str,
    participants: st.SearchStrategy[tuple[str, ...]],
    where: st.SearchStrategy[Span],
) -> Meeting:
    chosen = draw(participants)
    host: str | None = None
    has_host: bool = bool(chosen) and draw(st.booleans())
    if has_host:
        host = chosen[draw(st.integers(min_value=0, max_value=len(chosen) - 1))]
    return Meeting(
        id=meeting_id,
        participants=chosen,
        host=host,
        date=draw(_OPTIONAL_DATE),
        location=draw(_OPTIONAL_TEXT),
        topics=draw(_TOPIC_TUPLES),
        span=draw(where),
    )


def _draw_statement(  # noqa: PLR0917 - one strategy per reference, as the callers hold them
    draw: st.DrawFn,
    statement_id: str,
    text_and_span: tuple[str, Span],
    officials: st.SearchStrategy[tuple[str, ...]],
    meeting: st.SearchStrategy[str | None],
    initiatives: st.SearchStrategy[tuple[str, ...]],
) -> Statement:
    text, span = text_and_span
    return Statement(
        id=statement_id,
        speakers=draw(officials),
        act=draw(_ACTS),
        verb=draw(_OPTIONAL_VERB),
        text=text,
        content=draw(st.sampled_from((None, text[: len(text) // 2], text))),
        addressees=draw(officials),
        meeting=draw(meeting),
        initiatives=draw(initiatives),
        topics=draw(_TOPIC_TUPLES),
        span=span,
    )


def _draw_initiative(
    draw: st.DrawFn, initiative_id: str, mentions: st.SearchStrategy[tuple[Span, ...]]
) -> Initiative:
    return Initiative(
        id=initiative_id,
        name=draw(_TEXT),
        aliases=draw(_NAMES),
        kind=draw(_KINDS),
        initiator=draw(_OPTIONAL_TEXT),
        mentions=draw(mentions),
    )


@st.composite
def officials(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    max_end: int = _DEFAULT_END,
) -> Official:
    """Officials whose id is drawn from *ids* and whose mentions end by *max_end*."""
    return _draw_official(draw, draw(ids if ids is not None else _IDS), _mentions(max_end))


@st.composite
def meetings(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    official_ids: Sequence[str] | None = None,
    max_end: int = _DEFAULT_END,
) -> Meeting:
    """Meetings among *official_ids* (any ids if None), with a host among the participants."""
    return _draw_meeting(
        draw,
        draw(ids if ids is not None else _IDS),
        _references(official_ids, max_size=4),
        spans(max_end=max_end),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    body: str | None = None,
    official_ids: Sequence[str] | None = None,
    meeting_ids: Sequence[str] | None = None,
    initiative_ids: Sequence[str] | None = None,
) -> Statement:
    """Statements by *official_ids* at one of *meeting_ids*, naming *initiative_ids*.

    Any ids are drawn where one of these is None.

    With a *body*, the span lies in it and ``text`` is the body at the span;
    without one, ``text`` is drawn and the span is as long as it.
    """
    if body is None:
        text = draw(_TEXT)
        start = draw(st.integers(min_value=0, max_value=_DEFAULT_END))
        span = Span(start=start, end=start + len(text))
    else:
        span = draw(spans(max_end=len(body)))
        text = body[span.start : span.end]
    if meeting_ids is None:
        meeting: st.SearchStrategy[str | None] = st.none() | _IDS
    else:
        meeting = st.sampled_from((None, *meeting_ids))
    return _draw_statement(
        draw,
        draw(ids if ids is not None else _IDS),
        (text, span),
        _references(official_ids),
        meeting,
        _references(initiative_ids, max_size=2),
    )


@st.composite
def initiatives(
    draw: st.DrawFn,
    *,
    ids: st.SearchStrategy[str] | None = None,
    max_end: int = _DEFAULT_END,
) -> Initiative:
    """Initiatives whose id is drawn from *ids* and whose mentions end by *max_end*."""
    return _draw_initiative(draw, draw(ids if ids is not None else _IDS), _mentions(max_end))


def _body(draw: st.DrawFn) -> tuple[str, tuple[Span, ...]]:
    """A body made of sentences, and the span of each sentence."""
    body = ""
    sentence_spans = []
    for sentence in draw(_SENTENCES):
        if body:
            body += draw(_SEPARATORS)
        sentence_spans.append(Span(start=len(body), end=len(body) + len(sentence)))
        body += sentence
    return body, tuple(sentence_spans)


@st.composite
def articles(draw: st.DrawFn, *, max_records: int = 4) -> Article:
    """Whole, valid articles with up to *max_records* records of each kind."""
    body, sentence_spans = _body(draw)
    count = st.integers(min_value=0, max_value=max_records)
    counts = [draw(count) for _ in range(4)]
    ids = iter(draw(st.lists(_IDS, min_size=sum(counts), max_size=sum(counts), unique=True)))
    official_ids, meeting_ids, statement_ids, initiative_ids = (
        tuple(next(ids) for _ in range(number)) for number in counts
    )
    # Strategies shared by every record of this article. Records often cover
    # whole sentences, as the reader's do.
    in_body = spans(max_end=len(body))
    where = in_body | st.sampled_from(sentence_spans) if sentence_spans else in_body
    mentions = st.lists(in_body, max_size=3).map(tuple)
    participants = _references(official_ids, max_size=4)
    speakers = _references(official_ids, max_size=2)
    meeting = st.sampled_from((None, *meeting_ids))
    named = _references(initiative_ids, max_size=2)
    statement_spans = [draw(where) for _ in statement_ids]
    return Article(
        id=draw(st.sampled_from(("", "a1")) | _IDS),
        url=draw(_URLS),
        outlet=draw(_OPTIONAL_TEXT),
        title=draw(_OPTIONAL_TEXT),
        published=draw(_OPTIONAL_DATE),
        authors=draw(_NAMES),
        body=body,
        officials=tuple(_draw_official(draw, i, mentions) for i in official_ids),
        meetings=tuple(_draw_meeting(draw, i, participants, where) for i in meeting_ids),
        statements=tuple(
            _draw_statement(draw, i, (body[span.start : span.end], span), speakers, meeting, named)
            for i, span in zip(statement_ids, statement_spans, strict=True)
        ),
        initiatives=tuple(_draw_initiative(draw, i, mentions) for i in initiative_ids),
        source=draw(_SOURCES),
    )


for _type, _strategy in (
    (Span, spans()),
    (Official, officials()),
    (Meeting, meetings()),
    (Statement, statements()),
    (Initiative, initiatives()),
    (Article, articles()),
):
    st.register_type_strategy(_type, _strategy)
