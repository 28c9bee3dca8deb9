"""Property tests of the reader (issue 5): any text in, a whole and honest article out.

Two sources of text: all of Unicode (lone surrogates and control characters
included), and a grammar of news-like fragments (titles, names, reporting
verbs, quotation marks, line breaks, by-lines and header lines) that reaches
the reader's deeper rules far more often than random characters do.
"""

from __future__ import annotations

import re

import attrs
import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, example, given, settings

from culturedipl import Article, Span, dumps, loads
from culturedipl.text import parse_text

#: Surrogates in the input are repaired with a warning (tests/test_robustness_round2.py).
pytestmark = pytest.mark.filterwarnings("ignore::culturedipl.text.DecodingWarning")

#: At least 200 examples; more under a profile that asks for more (``thorough``).
EXAMPLES = max(200, settings().max_examples)
READER = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------------------
# Text.

#: Every code point, surrogates included (st.characters leaves them out unless asked).
ANY_CHARACTER = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs"]),
    st.sampled_from("\x00\x0b\x0c\x1b\x7f\x85\u200b\u200e\u200f\u202e\u2028\u2029\ufeff"),
)
ANY_TEXT = st.text(ANY_CHARACTER, max_size=300)

TITLES = (
    "Culture Minister",
    "Minister of Culture and Tourism",
    "Foreign Minister",
    "Deputy Minister",
    "Ambassador",
    "Polish Ambassador to Azerbaijan",
    "Azerbaijani Ambassador",
    "ambassador",
    "Secretary-General",
    "UNESCO Director-General",
    "President",
    "Prime Minister",
    "Charge d'Affaires",
    "Consul General",
    "H.E.",
    "Mr.",
    "Ms.",
    "Sheikh",
)
NAMES = (
    "Lale Rzayeva",
    "Tomasz Nowicki",
    "Salim M. AlMalik",
    "Ali al-Ghariri",
    "Ghariri",
    "Ana Ruiz",
    "Ola Berg",
    "Cai Wu",
    "Nouri Shahroudi",
    "Nahyan bin Mubarak",
    "Rzayeva",
    "Berg",
)
VERBS = (
    "said",
    "says",
    "stressed",
    "noted",
    "met",
    "met with",
    "received",
    "was received by",
    "thanked",
    "invited",
    "told",
    "informed",
    "discussed",
    "agreed",
    "emphasised",
    "expressed",
    "held talks with",
    "paid a visit to",
    "called on",
    "according to",
)
WORDS = (
    "culture",
    "museums",
    "heritage",
    "the Year of Nizami",
    "the “Peace for Culture” campaign",
    'the " Peace Festival " programme',
    "Peace4Culture",
    "Baku Process",
    "World Forum on Intercultural Dialogue",
    "on Monday",
    "on 5 May 2021",
    "May 5, 2021",
    "in Baku",
    "Azerbaijan",
    "Poland",
    "UNESCO",
    "he",
    "she",
    "they",
    "the sides",
    "the minister",
    "the ambassador",
    "his counterpart",
    "that",
    "and",
    "the",
    "of",
    "meeting",
    "at the meeting with",
)
PUNCTUATION = (".", ",", ":", ";", "(", ")", "!", "?", "…", "-", "—", "'")
QUOTES = ('"', "“", "”", "«", "»", "‘", "’", "„")
HEADERS = (
    "By John Smith\n",
    "By Azernews\n",
    "date 2021-10-15 By Azernews\n",
    "BAKU, Azerbaijan, June 20. ",
    "TEHRAN (Tasnim) - ",
    "16:45 12.05.2021\n",
    "+ ↺ − 16 px\n",
    "Read more\n",
    "Latest news\n",
    "Trend reports",
    "Source: UzA\n",
)
SEPARATORS = (" ", " ", " ", "", "\n", "\n\n", "\r\n", " \u00a0")

SENTENCE = st.builds(
    lambda title, name, verb, rest, stop: f"{title} {name} {verb} {' '.join(rest)}{stop}",
    st.sampled_from(TITLES),
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    st.lists(st.sampled_from(WORDS + NAMES + TITLES + QUOTES + PUNCTUATION), max_size=12),
    st.sampled_from((".", ".", "!", '."', ".”", "")),
)
FRAGMENT = st.one_of(
    SENTENCE,
    st.sampled_from(TITLES + NAMES + VERBS + WORDS + PUNCTUATION + QUOTES + HEADERS),
    st.text(ANY_CHARACTER, max_size=4),
)
NEWS_TEXT = st.lists(st.tuples(FRAGMENT, st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(fragment + separator for fragment, separator in parts)
)
TEXT = st.one_of(NEWS_TEXT, ANY_TEXT)

# ---------------------------------------------------------------------------
# Checks.

_WORD = re.compile(r"[^\W\d_]+")


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def _spans(article: Article) -> list[tuple[str, Span]]:
    """Every span of *article*, each with the record it belongs to."""
    found: list[tuple[str, Span]] = []
    for official in article.officials:
        found.extend((official.id, span) for span in official.mentions)
    for initiative in article.initiatives:
        found.extend((initiative.id, span) for span in initiative.mentions)
    found.extend((meeting.id, meeting.span) for meeting in article.meetings)
    found.extend((statement.id, statement.span) for statement in article.statements)
    return found


# ---------------------------------------------------------------------------
# Properties.


@READER
@given(ANY_TEXT)
def test_parse_text_never_raises_on_any_text(text: str) -> None:
    """Any string at all, surrogates and control characters included, gives an article."""
    assert isinstance(parse_text(text), Article)


@READER
@given(NEWS_TEXT)
def test_parse_text_never_raises_on_news_like_text(text: str) -> None:
    """News-like fragments in any order give an article."""
    assert isinstance(parse_text(text), Article)


@READER
@given(TEXT)
def test_body_is_the_input_text(text: str) -> None:
    """The body is a piece of the input, exactly as it stands there."""
    article = parse_text(text)
    # surrogate pairs joined, lone surrogates replaced: the text the reader read
    whole = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    assert whole.find(article.body) >= 0


@READER
@given(TEXT)
def test_every_span_lies_in_the_body(text: str) -> None:
    """Every span of every record is a non-empty stretch inside the body."""
    article = parse_text(text)
    for owner, span in _spans(article):
        assert 0 <= span.start < span.end <= len(article.body), (owner, span)


@READER
@given(TEXT)
def test_statement_text_is_the_body_at_its_span(text: str) -> None:
    """A statement's text is body[span], trimmed, and its content lies inside it."""
    article = parse_text(text)
    for statement in article.statements:
        assert statement.text == article.text_of(statement.span)
        assert statement.text == statement.text.strip()
        if statement.content is not None:
            assert statement.content in statement.text


@READER
@given(TEXT)
def test_official_mentions_name_the_official(text: str) -> None:
    """Each mention of an official holds its name, an alias or a word of one."""
    article = parse_text(text)
    for official in article.officials:
        names = [_fold(name) for name in (official.name, *official.aliases)]
        for span in official.mentions:
            mention = article.text_of(span)
            assert mention == mention.strip()
            words = [_fold(word) for word in _WORD.findall(mention)]
            assert any(word in name for word in words for name in names), (official, mention)


@READER
@given(TEXT)
@example("The ministry launched the “ Peace for Culture ” campaign in May.")
def test_initiative_mentions_hold_the_name(text: str) -> None:
    """Each mention of an initiative holds its name or an alias."""
    article = parse_text(text)
    for initiative in article.initiatives:
        names = (initiative.name, *initiative.aliases)
        for span in initiative.mentions:
            mention = article.text_of(span)
            assert any(name in mention for name in names), (initiative, mention)


@READER
@given(TEXT)
def test_every_reference_resolves(text: str) -> None:
    """The article passes its own consistency checks again when rebuilt from its parts."""
    article = parse_text(text)
    assert attrs.evolve(article) == article
    official_ids = {official.id for official in article.officials}
    meeting_ids = {meeting.id for meeting in article.meetings}
    for meeting in article.meetings:
        assert set(meeting.participants) <= official_ids
        assert meeting.host is None or meeting.host in meeting.participants
    for statement in article.statements:
        assert set(statement.speakers) | set(statement.addressees) <= official_ids
        assert statement.meeting is None or statement.meeting in meeting_ids


@READER
@given(TEXT)
def test_json_round_trips(text: str) -> None:
    """loads(dumps(article)) is the article, and dumping it again gives the same bytes."""
    article = parse_text(text)
    encoded = dumps(article)
    assert loads(encoded) == article
    assert dumps(loads(encoded)) == encoded


@READER
@given(TEXT)
def test_parse_text_is_deterministic(text: str) -> None:
    """The same text gives the same article and the same JSON."""
    assert dumps(parse_text(text)) == dumps(parse_text(text))
