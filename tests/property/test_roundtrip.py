"""Property tests: generated articles are valid and survive every round trip."""

from __future__ import annotations

import io
import json
from typing import Any

import hypothesis.strategies as st
import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

from culturedipl import (
    Article,
    DecodeError,
    Initiative,
    Meeting,
    Official,
    Span,
    Statement,
    dump_jsonl,
    dumps,
    from_dict,
    json_schema,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.countries import is_country_code
from culturedipl.testing import articles, initiatives, meetings, officials, spans, statements

#: At least 500 examples; more under a profile that asks for more (``thorough``).
EXAMPLES = max(500, settings().max_examples)
ROUND_TRIP = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
CHECKS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: For find(): the first example that qualifies, unshrunk, from at most 1,000.
FIRST_FOUND = settings(max_examples=1_000, phases=[Phase.generate], database=None, deadline=None)
VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@ROUND_TRIP
@given(articles())
def test_loads_inverts_dumps(article: Article) -> None:
    """loads(dumps(a)) == a for every generated article, compact and pretty."""
    assert loads(dumps(article)) == article
    assert loads(dumps(article, indent=2)) == article


@ROUND_TRIP
@given(articles())
def test_from_dict_inverts_to_dict(article: Article) -> None:
    """from_dict(to_dict(a)) == a, and the result hashes like the original."""
    decoded = from_dict(to_dict(article))
    assert decoded == article
    assert hash(decoded) == hash(article)


@CHECKS
@given(articles())
def test_to_dict_is_the_json_of_dumps(article: Article) -> None:
    """to_dict(a) is exactly what json.loads makes of dumps(a)."""
    assert json.loads(dumps(article)) == to_dict(article)


@CHECKS
@given(articles())
def test_generated_output_validates_against_the_schema(article: Article) -> None:
    """What dumps writes for any generated article satisfies the JSON Schema."""
    errors = [error.message for error in VALIDATOR.iter_errors(json.loads(dumps(article)))]
    assert errors == []


def _valid(article: Article) -> None:
    """Assert every invariant of a whole article, independently of Article's own checks."""
    body = article.body
    ids = [
        record.id
        for group in (article.officials, article.initiatives, article.meetings, article.statements)
        for record in group
    ]
    assert len(ids) == len(set(ids))
    official_ids = {official.id for official in article.officials}
    meeting_ids = {meeting.id for meeting in article.meetings}
    spans_: list[Span] = []
    for official in article.officials:
        spans_.extend(official.mentions)
        assert official.country is None or is_country_code(official.country)
        assert official.posted_to is None or is_country_code(official.posted_to)
    for initiative in article.initiatives:
        spans_.extend(initiative.mentions)
    for meeting in article.meetings:
        assert set(meeting.participants) <= official_ids
        assert meeting.host is None or meeting.host in meeting.participants
        spans_.append(meeting.span)
    for statement in article.statements:
        assert set(statement.speakers) <= official_ids
        assert set(statement.addressees) <= official_ids
        assert statement.meeting is None or statement.meeting in meeting_ids
        assert body[statement.span.start : statement.span.end] == statement.text
        spans_.append(statement.span)
    assert all(0 <= span.start <= span.end <= len(body) for span in spans_)
    for text in (body, *ids, *(statement.text for statement in article.statements)):
        text.encode("utf-8")  # no lone surrogates


@CHECKS
@given(articles())
def test_articles_are_always_valid(article: Article) -> None:
    """articles() draws only whole, valid, cross-referenced articles."""
    _valid(article)


@CHECKS
@given(st.from_type(Article))
def test_from_type_draws_valid_articles(article: Article) -> None:
    """st.from_type(Article) uses the registered strategy and so draws valid articles."""
    _valid(article)


@CHECKS
@given(
    st.from_type(Span),
    st.from_type(Official),
    st.from_type(Meeting),
    st.from_type(Statement),
    st.from_type(Initiative),
)
def test_every_type_has_a_strategy(
    span: Span, official: Official, meeting: Meeting, statement: Statement, initiative: Initiative
) -> None:
    """Every record type can be drawn through st.from_type, and its host is a participant."""
    assert 0 <= span.start <= span.end
    assert isinstance(official, Official)
    assert meeting.host is None or meeting.host in meeting.participants
    assert len(statement.text) == statement.span.length
    assert isinstance(initiative, Initiative)


@CHECKS
@given(st.data())
def test_record_strategies_respect_their_arguments(data: st.DataObject) -> None:
    """Record strategies keep ids, references and spans within what they are given."""
    body = data.draw(st.text(max_size=20))
    official = data.draw(officials(ids=st.just("o1"), max_end=len(body)))
    assert official.id == "o1"
    assert all(span.end <= len(body) for span in official.mentions)
    meeting = data.draw(meetings(official_ids=["o1", "o2"], max_end=len(body)))
    assert set(meeting.participants) <= {"o1", "o2"}
    assert meeting.span.end <= len(body)
    statement = data.draw(statements(body=body, official_ids=["o1"], meeting_ids=[]))
    assert statement.text == body[statement.span.start : statement.span.end]
    assert set(statement.speakers) <= {"o1"}
    assert statement.meeting is None
    initiative = data.draw(initiatives(max_end=3))
    assert all(span.end <= 3 for span in initiative.mentions)
    assert data.draw(spans(max_end=0)) == Span(0, 0)


def _has_astral(article: Article) -> bool:
    return any(ord(character) > 0xFFFF for character in article.body)


def test_articles_include_non_bmp_text() -> None:
    """articles() draws bodies with characters beyond the BMP, in non-empty records."""
    found = find(
        articles(),
        lambda a: _has_astral(a) and bool(a.statements) and bool(a.officials),
        settings=FIRST_FOUND,
    )
    assert _has_astral(found)


def test_articles_include_full_records() -> None:
    """articles() draws articles with every kind of record and with shared sentence spans."""
    found = find(
        articles(),
        lambda a: (
            all((a.officials, a.meetings, a.statements, a.initiatives))
            and any(s.meeting for s in a.statements)
            and any(m.host for m in a.meetings)
        ),
        settings=FIRST_FOUND,
    )
    assert found.statements


@CHECKS
@given(st.lists(articles(max_records=2), max_size=4))
def test_jsonl_round_trip(batch: list[Article]) -> None:
    """load_jsonl(dump_jsonl(articles)) gives the same articles back, one line each."""
    stream = io.StringIO()
    assert dump_jsonl(batch, stream) == len(batch)
    text = stream.getvalue()
    assert len(text.splitlines()) == len(batch)
    assert load_jsonl(io.StringIO(text)) == batch


@CHECKS
@given(
    articles(), st.sampled_from(["id", "body", "authors", "officials", "statements"]), st.integers()
)
def test_a_wrong_type_is_one_problem(article: Article, key: str, value: int) -> None:
    """Replacing a string or array with a number gives exactly one problem, at its key."""
    document: dict[str, Any] = to_dict(article)
    document[key] = value
    with pytest.raises(DecodeError) as info:
        from_dict(document)
    expected = "a string" if key in {"id", "body"} else "an array"
    # integers of 31 digits and more are described by their size, not printed
    shown = str(value) if abs(value) < 10**30 else "an integer of about "
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith(f"$.{key}: expected {expected}, got {shown}")
