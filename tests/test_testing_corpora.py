"""culturedipl.testing's realistic strategies: article texts, and corpora that share people."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings

from culturedipl import Article, Corpus, Span, identify, lexicon, parse_text
from culturedipl.testing import (
    SharedPeople,
    article_texts,
    corpora,
    corpora_with_people,
)

# Drawing whole texts and corpora takes a while, the more on a busy machine or under coverage.
PATIENT = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(PATIENT, max_examples=60)


def spans_of(article: Article) -> list[tuple[str, Span]]:
    """Every span an article holds, with where it is."""
    found = [(f"officials[{o.id}]", span) for o in article.officials for span in o.mentions]
    found += [(f"meetings[{m.id}]", m.span) for m in article.meetings]
    found += [(f"statements[{s.id}]", s.span) for s in article.statements]
    found += [(f"initiatives[{i.id}]", span) for i in article.initiatives for span in i.mentions]
    return found


@SLOW
@given(article_texts())
def test_the_reader_reads_every_drawn_text_and_its_spans_index_into_the_body(text: str) -> None:
    """parse_text never fails on the texts, and every span it gives lies in the body."""
    article = parse_text(text)
    for where, span in spans_of(article):
        assert 0 <= span.start <= span.end <= len(article.body), where
    for statement in article.statements:
        assert article.body[statement.span.start : statement.span.end] == statement.text
    for official in article.officials:
        assert official.name.strip()


@SLOW
@given(article_texts())
def test_the_reader_finds_the_officials_of_the_meeting_sentence(text: str) -> None:
    """Each text opens on two titled officials meeting; the reader finds at least one."""
    assert parse_text(text).officials


@settings(PATIENT, max_examples=40)
@given(article_texts())
def test_texts_use_the_lexicons(text: str) -> None:
    """The meeting sentence is built on a meeting trigger of the lexicon, the dateline on a
    place of the lexicon."""
    triggers = [
        t for t, kind in lexicon.meeting_triggers().items() if kind in {"recv", "visit", "met"}
    ]
    assert any(f" {trigger} " in text for trigger in triggers)
    dateline = next(
        line for line in text.splitlines() if line and "," in line and "By " not in line
    )
    assert dateline.split(",", 1)[0].casefold() in lexicon.places()


@SLOW
@given(corpora_with_people())
def test_the_shared_people_are_joined_by_the_identity_layer(shared: SharedPeople) -> None:
    """Each drawn person's records get one key from identify(), and different people
    different keys: the strategy's promise."""
    people = identify(shared.corpus)
    keys = [{people.key(*record) for record in person} for person in shared.people]
    assert all(len(person_keys) == 1 for person_keys in keys), [
        [shared.corpus.article(a).official(o).name for a, o in person] for person in shared.people
    ]
    assert len({next(iter(person_keys)) for person_keys in keys}) == len(keys)
    recorded = {record for person in shared.people for record in person}
    assert recorded == {(a.id, o.id) for a in shared.corpus for o in a.officials}


@SLOW
@given(corpora_with_people(min_articles=2, max_articles=4))
def test_people_appear_in_two_articles_under_several_names(shared: SharedPeople) -> None:
    """Every person appears in at least two articles; names are spelled as mentioned."""
    assert 2 <= len(shared.corpus) <= 4
    for person in shared.people:
        assert len({article for article, _official in person}) >= 2
    for article in shared.corpus:
        for official in article.officials:
            (mention,) = official.mentions
            assert article.body[mention.start : mention.end] == official.name


def test_the_drawn_people_are_often_spelled_in_different_ways() -> None:
    """Most draws write some person under two different names: the variants are there."""
    spelled_apart = [
        any(
            len({shared.corpus.article(a).official(o).name for a, o in person}) > 1
            for person in shared.people
        )
        for shared in draws(corpora_with_people(), 100)
    ]
    assert sum(spelled_apart) > len(spelled_apart) // 2


@settings(PATIENT, max_examples=20)
@given(corpora(max_articles=3))
def test_corpora_are_corpora_of_valid_articles(corpus: Corpus) -> None:
    """corpora() draws the corpus alone: valid articles with unique ids, no failures."""
    assert isinstance(corpus, Corpus)
    assert not corpus.failures
    assert len({article.id for article in corpus}) == len(corpus)


def draws(strategy: st.SearchStrategy[Any], number: int = 8) -> list[Any]:
    """The first *number* values that *strategy* gives under a fixed seed."""
    values: list[Any] = []

    @seed(20261207)
    @settings(PATIENT, max_examples=number, database=None, phases=[Phase.generate])
    @given(strategy)
    def collect(value: Any) -> None:
        values.append(value)

    collect()
    return values


@pytest.mark.parametrize("strategy", [article_texts, corpora_with_people])
def test_draws_are_reproducible(strategy: Callable[[], st.SearchStrategy[Any]]) -> None:
    """The same seed draws the same texts and corpora."""
    assert draws(strategy()) == draws(strategy())


_PRINT_DRAWS = """
import sys
sys.path[:0] = [{tests!r}]
from test_testing_corpora import draws
from culturedipl.testing import article_texts, corpora_with_people
print(repr(draws(article_texts(), 4)))
print(repr([shared.people for shared in draws(corpora_with_people(), 4)]))
"""


def test_draws_do_not_depend_on_string_hashing() -> None:
    """Two processes with different hash seeds draw the same values, so that a failing
    example that hypothesis replays from its database is the same example."""
    script = _PRINT_DRAWS.format(tests=os.path.dirname(__file__))  # noqa: PTH120
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        ).stdout
        for hash_seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1]
    assert outputs[0].count("\n") == 2
