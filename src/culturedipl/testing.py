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

>>> from hypothesis import HealthCheck, given, settings
>>> # whole articles take a while to draw: allow it, on a busy machine or under coverage
>>> patient = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
>>> @settings(patient, max_examples=20)
... @given(articles())
... def test_ids_are_unique(article):
...     ids = [official.id for official in article.officials]
...     assert len(ids) == len(set(ids))
>>> test_ids_are_unique()

Two strategies draw realistic news rather than arbitrary records.
:func:`article_texts` draws texts to feed :func:`~culturedipl.parse_text`:
header lines, a dateline, a meeting of two titled officials, reporting verbs,
an initiative in quotes. Its titles, reporting verbs, meeting triggers,
places, outlets and initiative head words come from the lexicons
(:mod:`culturedipl.lexicon`), so the texts follow them as they grow.
:func:`corpora_with_people` draws a :class:`~culturedipl.Corpus` whose
articles share people, each spelled differently from one article to the next
("Yusuf Khalilov", "Iusuf Xalilov", "Mr Khalilov", "Y. Halilov"), together
with who is who (:class:`SharedPeople`): the truth to test code that groups
people across articles against. :func:`corpora` draws the corpus alone.

>>> from culturedipl import identify, parse_text
>>> from culturedipl.testing import article_texts, corpora_with_people
>>> @settings(patient, max_examples=10)
... @given(article_texts())
... def test_reader_finds_an_official(text):
...     assert parse_text(text).officials
>>> test_reader_finds_an_official()
>>> @settings(patient, max_examples=10)
... @given(corpora_with_people())
... def test_one_key_per_person(shared):
...     people = identify(shared.corpus)
...     for records in shared.people:
...         assert len({people.key(article, official) for article, official in records}) == 1
>>> test_one_key_per_person()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Final, NamedTuple

import attrs
import hypothesis.strategies as st
import pycountry

from culturedipl import lexicon
from culturedipl.corpus import Corpus
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
    article_id,
)

__all__ = [
    "SharedPeople",
    "article_texts",
    "articles",
    "corpora",
    "corpora_with_people",
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


# -- realistic news: article texts and corpora that share people ----------------------------

#: Invented given names, each with spellings that :func:`culturedipl.identify` takes for one
#: (transliterations, accents). The spellings of a name share its first letter as written,
#: so that its initial stands for every spelling; "Khalid" and "Zhanna" start with a digraph
#: that the identity layer rewrites ("Kh" -> "H", "Zh" -> "J") while "K." and "Z." stay.
_GIVEN_NAMES: Final = (
    ("Jeyran", "Ceyran"),
    ("Yusuf", "Iusuf", "Yousuf"),
    ("Aygerim", "Aigerim"),
    ("Ercan", "Erkan"),
    ("Leyla", "Leila"),
    ("Mikhail", "Mihail"),
    ("José", "Jose"),
    ("Zoë", "Zoe"),
    ("Nurlan",),
    ("Farida",),
    ("Tomasz",),
    ("Ines", "Inês"),
    ("Kwame",),
    ("Amara",),
    ("Sipho",),
    ("Haruto",),
    ("Elif",),
    ("Mateo",),
    ("Anouk",),
    ("Rustam",),
    ("Vusala", "Vusalə"),
    ("Oskar",),
    ("Nadia", "Nadiya"),
    ("Tariq", "Tarik"),
    ("Dilnoza",),
    ("Selin",),
    ("Khalid",),
    ("Zhanna", "Zhana"),
)
#: Invented surnames, each with spellings that :func:`culturedipl.identify` takes for one:
#: transliterations ("Kh"/"H"/"X", "-yeva"/"-eva"), doubled letters, accents, and a dropped,
#: joined or glued particle ("Al-", "El ", "van der"). No two rows are one surname.
_SURNAMES: Final = (
    ("Khalilov", "Halilov", "Xalilov"),
    ("Mammadova", "Mamadova", "Məmmədova"),
    ("Zhumabekov", "Jumabekov", "Dzhumabekov"),
    ("Qasimov", "Kasimov", "Qassimov"),
    ("Çelik", "Celik", "Chelik"),
    ("Öztürk", "Ozturk"),
    ("Şahin", "Sahin", "Shahin"),
    ("Al-Mansouri", "Al Mansouri", "AlMansouri", "Al-Mansuri", "Mansouri"),
    ("El-Amrani", "El Amrani", "Amrani"),
    ("Nguyễn", "Nguyen"),
    ("Dvořák", "Dvorak"),
    ("Müller", "Muller"),
    ("Nazarbayeva", "Nazarbaeva", "Nazarbaieva"),
    ("Kuznetsova", "Kuznetzova"),
    ("van der Linde", "Van der Linde", "Linde"),
    ("Okonkwo", "Okonkvo"),
    ("Haddad",),
    ("Rahimi", "Rahimy"),
    ("Tanaka",),
    ("Kowalczyk",),
    ("Mendoza",),
    ("Abenov", "Abenow"),
)
_COURTESY: Final = ("Mr", "Mr.", "Ms", "Ms.", "Mrs")
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: Final = tuple(dt.date(2000, month, 1).strftime("%B") for month in range(1, 13))
_DASHES: Final = (" – ", " - ", " — ", " -- ", ": ")
_QUOTES: Final = (('"', '"'), ("“", "”"))
#: Words of invented initiative names, beside the topic labels of the topics lexicon.
_INITIATIVE_WORDS: Final = (
    "Silk Road",
    "Bridges",
    "Voices",
    "Horizons",
    "Dialogue",
    "Friendship",
    "Heritage",
    "Youth",
    "Crossroads",
    "Open Doors",
)
#: Sentence frames of our own; the words in braces come from the lexicons and the pools.
_CLAUSES: Final = (
    "cooperation in {topic} between the two countries is developing successfully",
    "the two sides could do more together in {topic} and {other}",
    "{country} attaches great importance to its ties in {topic}",
    "a new agreement on {topic} would be signed next year",
)
_QUOTATIONS: Final = (
    "Our peoples share a long history of {topic}",
    "We are ready to open new chapters in {topic} and {other}",
    "{topic} brings our nations closer",
)
_DEMONYM_ENDINGS: Final = ("an", "i", "ese", "ish")
_SMALL_WORDS: Final = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "la", "der"})


def _capitalised(phrase: str) -> str:
    """*phrase* as a title is printed: "minister of culture" -> "Minister of Culture"."""
    words = []
    for i, word in enumerate(phrase.split(" ")):
        if i and word in _SMALL_WORDS:
            words.append(word)
            continue
        head, apostrophe, tail = word.partition("'")
        if apostrophe and len(head) == 1:  # d'affaires
            words.append(f"{head}'{tail[:1].upper()}{tail[1:]}")
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def _plain(phrase: str) -> bool:
    """Whether *phrase* is plain words, not a pattern nor an abbreviation."""
    return len(phrase) > 3 and all(c.isalpha() or c in " -'" for c in phrase)


class _Vocabulary(NamedTuple):
    """What the realistic texts are made of, read from the lexicons once and sorted."""

    #: ``(title as printed, role)``: the singular title phrases of ``titles.tsv``.
    titles: tuple[tuple[str, Role], ...]
    #: Reporting verbs of saying and stressing, in the past tense, that take "that ...".
    that_verbs: tuple[str, ...]
    #: One-word reporting verbs of the other acts, in the past tense, that take an object.
    object_verbs: tuple[str, ...]
    #: Meeting triggers of ``meeting_triggers.tsv`` that are plain words: "X met Y".
    triggers: tuple[str, ...]
    #: ``(country name, demonym or None, city or None)`` for each country of ``places.tsv``.
    countries: tuple[tuple[str, str | None, str | None], ...]
    #: Head words of initiatives (``campaign``, ``festival``), singular.
    initiative_heads: tuple[str, ...]
    outlets: tuple[str, ...]
    topics: tuple[str, ...]


def _singular(phrase: str, table: Mapping[str, object]) -> bool:
    """Whether *phrase* is not the plural of another phrase of *table*."""
    return not (phrase.endswith("s") and phrase[:-1] in table)


def _countries() -> tuple[tuple[str, str | None, str | None], ...]:
    """Each country of the places lexicon: its name, a demonym and a city where it has them.

    The lexicon does not say which entry is which; here a country's name is pycountry's,
    a demonym is one word that begins as the name does, and a city is one word that
    neither begins so nor ends as a demonym does ("-an", "-i", "-ese", "-ish").
    """
    entries: dict[str, list[str]] = {}
    for _number, columns in lexicon.read_table("places.tsv"):
        if len(columns) == 2 and _plain(columns[0]) and columns[0][:1].isupper():
            entries.setdefault(columns[1], []).append(columns[0])
    countries = []
    for code, names in sorted(entries.items()):
        country = pycountry.countries.get(alpha_2=code)
        name = getattr(country, "common_name", None) or getattr(country, "name", None)
        if name is None or name not in names:
            continue
        demonyms = [n for n in names if " " not in n and n != name and n[:4] == name[:4]]
        cities = [
            n
            for n in names
            if n[:3] != name[:3] and " " not in n and not n.endswith(_DEMONYM_ENDINGS)
        ]
        countries.append((name, next(iter(demonyms), None), next(iter(cities), None)))
    return tuple(countries)


@cache
def _vocabulary() -> _Vocabulary:
    titles = lexicon.titles()
    verbs = lexicon.speech_verbs()
    past = [verb for verb in verbs if _plain(verb) and (verb == "said" or verb.endswith("ed"))]
    return _Vocabulary(
        titles=tuple(
            sorted(
                (_capitalised(phrase), role)
                for phrase, role in titles.items()
                if _plain(phrase) and _singular(phrase, titles) and "counterpart" not in phrase
            )
        ),
        that_verbs=tuple(
            sorted(v for v in past if verbs[v] in {Act.SAY, Act.STRESS} and " " not in v)
        ),
        object_verbs=tuple(
            sorted(
                v
                for v in past
                if verbs[v] in {Act.THANK, Act.INVITE, Act.DISCUSS, Act.EXPRESS} and " " not in v
            )
        ),
        triggers=tuple(
            sorted(
                trigger
                for trigger, kind in lexicon.meeting_triggers().items()
                if kind in {"recv", "visit", "met"}
                and _plain(trigger)
                and trigger[-1] != "s"
                and not trigger.startswith("have ")
            )
        ),
        countries=_countries(),
        initiative_heads=tuple(
            sorted(
                head
                for head in lexicon.initiative_kinds()
                if _plain(head) and " " not in head and _singular(head, lexicon.initiative_kinds())
            )
        ),
        outlets=tuple(sorted(set(lexicon.outlets().values()))),
        topics=tuple(sorted(set(lexicon.topics().values()))),
    )


class _Name(NamedTuple):
    """A name as one mention writes it, and the title before it (or None)."""

    title: str | None
    name: str


@attrs.frozen
class _Person:
    given: tuple[tuple[str, ...], ...]  # the spellings of each given name
    surname: tuple[str, ...]  # the spellings of the surname
    title: str
    role: Role
    country: str | None
    #: How the person's shorter mentions write the name: "surname", "initial", "first",
    #: one form or several ("Halilov" beside "Y. Halilov" and "Yusuf Halilov").
    short: tuple[str, ...]


def _spelling(draw: st.DrawFn, spellings: tuple[str, ...]) -> str:
    return spellings[draw(st.integers(min_value=0, max_value=len(spellings) - 1))]


def _draw_name(draw: st.DrawFn, person: _Person, *, full: bool) -> _Name:
    """One mention of *person*: the full name in any spelling, or the person's short form."""
    surname = _spelling(draw, person.surname)
    given = [_spelling(draw, spellings) for spellings in person.given]
    if full:
        return _Name(person.title, " ".join((*given, surname)))
    short = draw(st.sampled_from(person.short))
    if short == "surname":
        return _Name(draw(st.sampled_from((None, *_COURTESY))), surname)
    if short == "first":
        return _Name(person.title, f"{given[0]} {surname}")
    initials = [f"{name[0]}." for name in given]
    return _Name(person.title, " ".join((*initials, surname)))


def _draw_person(draw: st.DrawFn, surname: tuple[str, ...]) -> _Person:
    vocabulary = _vocabulary()
    given = draw(
        st.lists(st.sampled_from(_GIVEN_NAMES), min_size=1, max_size=2, unique=True).map(tuple)
    )
    title, role = draw(st.sampled_from(vocabulary.titles))
    shapes = ("surname", "initial", "first") if len(given) > 1 else ("surname", "initial")
    return _Person(
        given=given,
        surname=surname,
        title=title,
        role=role,
        country=draw(st.none() | country_codes()),
        short=draw(st.lists(st.sampled_from(shapes), min_size=1, unique=True).map(tuple)),
    )


@st.composite
def article_texts(draw: st.DrawFn, *, max_paragraphs: int = 6) -> str:
    """News texts as :func:`~culturedipl.parse_text` reads them, built from the lexicons.

    A text has header lines (a breadcrumb, a headline, a by-line, each there or not), a
    dateline with a place, a date and an outlet, then paragraphs: a meeting sentence
    (a titled name, a meeting trigger, another titled name), reporting-verb sentences
    with "that" or a quotation, an initiative named in quotes, a list of attendees.
    Titles, reporting verbs, meeting triggers, places, outlets, initiative head words
    and topics are drawn from :mod:`culturedipl.lexicon`, so the texts follow the
    lexicons as they grow; names are invented.
    """
    vocabulary = _vocabulary()
    surnames = draw(st.lists(st.sampled_from(_SURNAMES), min_size=3, max_size=3, unique=True))
    people = [_draw_person(draw, surname) for surname in surnames]
    names = [_draw_name(draw, person, full=True) for person in people]
    (country, demonym, city), (other_country, other_demonym, _city) = draw(
        st.lists(st.sampled_from(vocabulary.countries), min_size=2, max_size=2, unique=True)
    )
    place = city or country
    topic, other = draw(
        st.lists(st.sampled_from(vocabulary.topics), min_size=2, max_size=2, unique=True)
    )
    opening, closing = draw(st.sampled_from(_QUOTES))

    def titled(index: int, adjective: str | None) -> str:
        name = names[index]
        before = f"{adjective} " if adjective and draw(st.booleans()) else ""
        return f"{before}{name.title} {name.name}" if name.title else f"{before}{name.name}"

    def surname(index: int) -> str:
        courtesy = draw(st.sampled_from(("", *_COURTESY)))
        last = _spelling(draw, people[index].surname)
        return f"{courtesy} {last}" if courtesy else last

    def fill(frame: str) -> str:
        return frame.format(topic=topic, other=other, country=country)

    trigger = draw(st.sampled_from(vocabulary.triggers))
    meeting = (
        f"{titled(0, demonym)} {trigger} {titled(1, other_demonym)}"
        f" in {place} on {draw(st.sampled_from(_WEEKDAYS))}."
    )
    says = (
        f"{surname(0)} {draw(st.sampled_from(vocabulary.that_verbs))}"
        f" that {fill(draw(st.sampled_from(_CLAUSES)))}."
    )
    quote = (
        f"{opening}{fill(draw(st.sampled_from(_QUOTATIONS)))},{closing}"
        f" {surname(1)} {draw(st.sampled_from(vocabulary.that_verbs))}."
    )
    words = draw(st.lists(st.sampled_from(_INITIATIVE_WORDS), min_size=1, max_size=2, unique=True))
    initiative = (
        f"{surname(draw(st.sampled_from((0, 1))))}"
        f" {draw(st.sampled_from(vocabulary.object_verbs))} the"
        f" {opening}{' of '.join(words)}{closing}"
        f" {draw(st.sampled_from(vocabulary.initiative_heads))},"
        f" which opens in {place} in {draw(st.sampled_from(_MONTHS))}."
    )
    attendees = f"The meeting was also attended by {titled(2, None)}."
    topics = f"The sides discussed cooperation in {topic} and {other}."
    sentences = [says, quote, initiative, attendees, topics]
    body = draw(st.permutations(sentences))[: draw(st.integers(0, len(sentences)))]
    paragraphs = [meeting, *body][: max(1, max_paragraphs)]
    day = draw(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
    date = draw(
        st.sampled_from(
            (
                f"{day.day} {day:%B} {day.year}",
                f"{day:%B} {day.day}",
                f"{day:%b}. {day.day}",
                f"{day:%B} {day.day}, {day.year}",
            )
        )
    )
    credit = f" ({draw(st.sampled_from(vocabulary.outlets))})" if draw(st.booleans()) else ""
    town = place.upper() if draw(st.booleans()) else place
    dateline = f"{town}, {date}{credit}{draw(st.sampled_from(_DASHES))}"
    header = []
    if draw(st.booleans()):
        header.append(f"Home > News > {_capitalised(topic)}")
    if draw(st.booleans()):
        header.append(
            f"{demonym or country} {people[0].title.split()[-1]} meets {other_country} envoy"
        )
    if draw(st.booleans()):
        by = _draw_person(draw, draw(st.sampled_from([s for s in _SURNAMES if s not in surnames])))
        header.append(f"By {_draw_name(draw, by, full=True).name}")
    separator = draw(st.sampled_from(("\n\n", "\n")))
    return separator.join([*header, dateline + paragraphs[0], *paragraphs[1:]]) + "\n"


@attrs.frozen
class SharedPeople:
    """A corpus drawn by :func:`corpora_with_people`, and who is who in it."""

    corpus: Corpus
    #: Each person: the ``(article id, official id)`` of every record of them, in corpus
    #: order, as :attr:`culturedipl.Person.officials` lists them.
    people: tuple[tuple[tuple[str, str], ...], ...]


@st.composite
def corpora_with_people(
    draw: st.DrawFn, *, min_articles: int = 2, max_articles: int = 5, max_people: int = 4
) -> SharedPeople:
    """Corpora whose articles share people, with the truth about who is who.

    Each person is an official with a title, a role and a country (or none), who
    appears in at least two articles (when there are two) under spellings that
    :func:`culturedipl.identify` joins: the full name in other transliterations or
    accents, with a particle ("Al-", "van der") joined, glued or dropped; and, once
    the full name has appeared, a shorter form: the surname alone (after "Mr", "Ms"
    or nothing), initials and the surname, or the first given name and the surname.
    An article may leave the country out. Different people have different surnames.
    Each article's body names its officials, each name's span is the official's
    mention, and a meeting joins them when there are two or more.
    """
    vocabulary = _vocabulary()
    count = draw(st.integers(min_value=max(1, min_articles), max_value=max(1, max_articles)))
    surnames = draw(
        st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=max_people, unique=True)
    )
    people = [_draw_person(draw, surname) for surname in surnames]
    present: list[list[int]] = [[] for _ in range(count)]  # the people in each article
    for index in range(len(people)):
        chosen = draw(
            st.lists(
                st.integers(min_value=0, max_value=count - 1),
                min_size=min(2, count),
                max_size=count,
                unique=True,
            )
        )
        for article in chosen:
            present[article].append(index)
    records: list[list[tuple[int, str]]] = [[] for _ in people]
    seen_full: set[int] = set()
    articles = []
    for number, indexes in enumerate(present, start=1):
        body = ""
        officials = []
        for position, index in enumerate(sorted(indexes)):
            person = people[index]
            mention = _draw_name(draw, person, full=index not in seen_full or draw(st.booleans()))
            seen_full.add(index)
            official_id = f"o{position + 1}"
            titled = f"{mention.title} " if mention.title else ""
            if position == 0:
                body += titled
            elif position == 1:
                body += f" {draw(st.sampled_from(vocabulary.triggers))} {titled}"
            else:
                body += f" The meeting was also attended by {titled}"
            span = Span(start=len(body), end=len(body) + len(mention.name))
            body += mention.name + ("." if position else "")
            officials.append(
                Official(
                    id=official_id,
                    name=mention.name,
                    role=person.role,
                    title=mention.title if mention.title not in _COURTESY else None,
                    country=person.country if draw(st.booleans()) else None,
                    mentions=(span,),
                )
            )
            records[index].append((number, official_id))
        meetings: tuple[Meeting, ...] = ()
        if len(officials) == 1:
            verb = draw(st.sampled_from(vocabulary.that_verbs))
            topic = draw(st.sampled_from(vocabulary.topics))
            body += f" {verb} that cooperation in {topic} is developing."
        elif officials:  # the first two met in the first sentence
            end = officials[1].mentions[0].end + 1
            participants = tuple(official.id for official in officials)
            meetings = (Meeting(id="m1", participants=participants, span=Span(start=0, end=end)),)
        url = f"https://news.example/{number}"
        articles.append(
            Article(
                id=article_id(body, url),
                url=url,
                outlet=draw(st.none() | st.sampled_from(vocabulary.outlets)),
                published=draw(_OPTIONAL_DATE),
                body=body,
                officials=tuple(officials),
                meetings=meetings,
            )
        )
    return SharedPeople(
        corpus=Corpus(tuple(articles)),
        people=tuple(
            tuple((articles[number - 1].id, official) for number, official in person)
            for person in records
        ),
    )


def corpora(
    *, min_articles: int = 2, max_articles: int = 5, max_people: int = 4
) -> st.SearchStrategy[Corpus]:
    """Corpora whose articles share people (the corpus of :func:`corpora_with_people`)."""
    return corpora_with_people(
        min_articles=min_articles, max_articles=max_articles, max_people=max_people
    ).map(lambda shared: shared.corpus)
