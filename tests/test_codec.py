"""The JSON codec: exact shape, round trips, JSON Lines and every decode error."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from typing import Any

import pytest

import culturedipl
from culturedipl import (
    Act,
    Article,
    CulturediplError,
    DecodeError,
    Initiative,
    InitiativeKind,
    InvalidArticleError,
    Meeting,
    Official,
    Role,
    Span,
    Statement,
    article_id,
    dump_jsonl,
    dumps,
    from_dict,
    iter_jsonl,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.codec import _consistency_problems

BODY = 'Envoy Ana Ruiz met Minister Ola Berg. "We share a stage," Berg said.'
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123456789


def sample() -> Article:
    """A small article with one of every record."""
    return Article(
        id="a1",
        url="https://news.example/ruiz-berg",
        outlet="News Example",
        title=None,
        published=dt.date(2022, 11, 3),
        authors=("Jo Park",),
        body=BODY,
        officials=(
            Official(
                id="o1",
                name="Ana Ruiz",
                role=Role.AMBASSADOR,
                title="Envoy",
                country="ES",
                posted_to="NO",
                mentions=(Span(6, 14),),
            ),
            Official(
                id="o2",
                name="Ola Berg",
                aliases=("Berg",),
                role=Role.MINISTER,
                title="Minister",
                country="NO",
                mentions=(Span(28, 36), Span(58, 62)),
            ),
        ),
        meetings=(
            Meeting(
                id="m1",
                participants=("o1", "o2"),
                host="o2",
                date=dt.date(2022, 11, 2),
                location="Oslo",
                topics=("music",),
                span=Span(0, 37),
            ),
        ),
        statements=(
            Statement(
                id="s1",
                speakers=("o2",),
                act=Act.SAY,
                verb="said",
                text='"We share a stage," Berg said.',
                content="We share a stage,",
                addressees=("o1",),
                meeting="m1",
                span=Span(38, 68),
            ),
        ),
        initiatives=(
            Initiative(id="i1", name="Shared Stage", kind=InitiativeKind.PROJECT, initiator="Berg"),
        ),
    )


SAMPLE_DICT: dict[str, Any] = {
    "id": "a1",
    "url": "https://news.example/ruiz-berg",
    "outlet": "News Example",
    "title": None,
    "published": "2022-11-03",
    "authors": ["Jo Park"],
    "body": BODY,
    "officials": [
        {
            "id": "o1",
            "name": "Ana Ruiz",
            "aliases": [],
            "role": "ambassador",
            "title": "Envoy",
            "portfolio": [],
            "country": "ES",
            "organization": None,
            "posted_to": "NO",
            "mentions": [[6, 14]],
        },
        {
            "id": "o2",
            "name": "Ola Berg",
            "aliases": ["Berg"],
            "role": "minister",
            "title": "Minister",
            "portfolio": [],
            "country": "NO",
            "organization": None,
            "posted_to": None,
            "mentions": [[28, 36], [58, 62]],
        },
    ],
    "meetings": [
        {
            "id": "m1",
            "participants": ["o1", "o2"],
            "host": "o2",
            "date": "2022-11-02",
            "location": "Oslo",
            "topics": ["music"],
            "span": [0, 37],
        }
    ],
    "statements": [
        {
            "id": "s1",
            "speakers": ["o2"],
            "act": "say",
            "verb": "said",
            "text": '"We share a stage," Berg said.',
            "content": "We share a stage,",
            "addressees": ["o1"],
            "meeting": "m1",
            "initiatives": [],
            "topics": [],
            "span": [38, 68],
        }
    ],
    "initiatives": [
        {
            "id": "i1",
            "name": "Shared Stage",
            "aliases": [],
            "kind": "project",
            "initiator": "Berg",
            "mentions": [],
        }
    ],
    "source": None,
}


def sample_dict() -> dict[str, Any]:
    """A fresh deep copy of SAMPLE_DICT to modify."""
    copy: dict[str, Any] = json.loads(json.dumps(SAMPLE_DICT))
    return copy


def problems(document: object) -> tuple[str, ...]:
    """The problems from_dict reports for *document*."""
    with pytest.raises(DecodeError) as info:
        from_dict(document)
    return info.value.problems


def text_problems(text: str | bytes) -> tuple[str, ...]:
    """The problems loads reports for *text*."""
    with pytest.raises(DecodeError) as info:
        loads(text)
    return info.value.problems


# --- shape -------------------------------------------------------------------------


def test_sample_body_offsets() -> None:
    """The sample's spans cover the words they claim to (a check on the test data)."""
    article = sample()
    assert article.text_of(article.officials[0].mentions[0]) == "Ana Ruiz"
    assert [article.text_of(span) for span in article.officials[1].mentions] == ["Ola Berg", "Berg"]
    assert article.text_of(article.meetings[0].span) == "Envoy Ana Ruiz met Minister Ola Berg."


def test_to_dict_has_the_exact_shape() -> None:
    """to_dict writes every key by attribute name: ISO dates, enum values, [start, end] spans."""
    assert to_dict(sample()) == SAMPLE_DICT


def test_to_dict_keys_follow_attribute_order() -> None:
    """Keys appear in the order the model declares its attributes."""
    data = to_dict(sample())
    assert list(data) == [
        "id",
        "url",
        "outlet",
        "title",
        "published",
        "authors",
        "body",
        "officials",
        "meetings",
        "statements",
        "initiatives",
        "source",
    ]
    assert list(data["statements"][0]) == [
        "id",
        "speakers",
        "act",
        "verb",
        "text",
        "content",
        "addressees",
        "meeting",
        "initiatives",
        "topics",
        "span",
    ]


def test_to_dict_holds_only_json_types() -> None:
    """Enums become plain strings and collections plain lists."""
    data = to_dict(sample())
    role = data["officials"][0]["role"]
    assert type(role) is str
    assert type(data["statements"][0]["act"]) is str
    assert type(data["initiatives"][0]["kind"]) is str
    assert type(data["authors"]) is list
    assert type(data["officials"][0]["mentions"][0]) is list


def test_dumps_is_compact_json_of_to_dict() -> None:
    """dumps writes compact JSON equal to to_dict."""
    text = dumps(sample())
    assert json.loads(text) == to_dict(sample())
    assert "\n" not in text
    assert text.startswith('{"id":"a1","url":"https://news.example/ruiz-berg","outlet":')


def test_dumps_of_empty_article_is_exact() -> None:
    """An empty article's JSON writes every key, nulls and empty arrays included."""
    assert dumps(Article(id="x")) == (
        '{"id":"x","url":null,"outlet":null,"title":null,"published":null,"authors":[],'
        '"body":"","officials":[],"meetings":[],"statements":[],"initiatives":[],"source":null}'
    )


def test_dumps_indent_is_pretty() -> None:
    """dumps with indent writes one key per line, indented."""
    text = dumps(Article(id="x"), indent=2)
    assert text.splitlines()[:3] == ["{", '  "id": "x",', '  "url": null,']
    assert loads(text) == Article(id="x")


def test_dumps_escapes_non_ascii() -> None:
    """Non-ASCII text is written as \\u escapes, so the JSON is ASCII."""
    article = Article(id="x", body="Pécs 😀 \u2028 end")
    text = dumps(article)
    assert text.isascii()
    assert '"body":"P\\u00e9cs \\ud83d\\ude00 \\u2028 end"' in text
    assert loads(text) == article


# --- round trips and defaults -----------------------------------------------------------


def test_loads_inverts_dumps() -> None:
    """loads(dumps(a)) == a, from text and from UTF-8 bytes."""
    article = sample()
    assert loads(dumps(article)) == article
    assert loads(dumps(article).encode()) == article
    assert loads(dumps(article, indent=4)) == article


def test_from_dict_inverts_to_dict() -> None:
    """from_dict(to_dict(a)) == a."""
    assert from_dict(to_dict(sample())) == sample()


def test_decoded_collections_are_tuples() -> None:
    """Decoded collections are tuples, so decoded articles hash."""
    article = from_dict(SAMPLE_DICT)
    assert isinstance(article.authors, tuple)
    assert isinstance(article.officials[1].mentions, tuple)
    assert hash(article) == hash(sample())


def test_decoded_enums_are_members() -> None:
    """Enum values decode to enum members, not plain strings."""
    article = from_dict(SAMPLE_DICT)
    assert article.officials[0].role is Role.AMBASSADOR
    assert article.statements[0].act is Act.SAY
    assert article.initiatives[0].kind is InitiativeKind.PROJECT


def test_missing_optional_keys_take_defaults() -> None:
    """A document may leave out every optional key; each takes its default."""
    document = {
        "body": "Ola Berg spoke.",
        "officials": [{"id": "o1", "name": "Ola Berg"}],
        "meetings": [{"id": "m1", "participants": ["o1"], "span": [0, 15]}],
        "statements": [
            {
                "id": "s1",
                "speakers": ["o1"],
                "act": "say",
                "text": "Ola Berg spoke.",
                "span": [0, 15],
            }
        ],
        "initiatives": [{"id": "i1", "name": "Open Doors"}],
    }
    article = from_dict(document)
    assert article == Article(
        body="Ola Berg spoke.",
        officials=(Official(id="o1", name="Ola Berg"),),
        meetings=(Meeting(id="m1", participants=("o1",), span=Span(0, 15)),),
        statements=(
            Statement(
                id="s1", speakers=("o1",), act=Act.SAY, text="Ola Berg spoke.", span=Span(0, 15)
            ),
        ),
        initiatives=(Initiative(id="i1", name="Open Doors"),),
    )
    assert article.id == article_id("Ola Berg spoke.")


def test_empty_object_is_an_empty_article() -> None:
    """'{}' decodes to the empty article."""
    assert loads("{}") == Article()


def test_empty_id_is_derived() -> None:
    """An empty id is replaced by the article_id of the URL and body."""
    assert loads('{"id": "", "url": "u", "body": "b"}').id == article_id("b", "u")


# --- decode errors ---------------------------------------------------------------------------


def changed(path: str, value: object) -> dict[str, Any]:
    """sample_dict() with the value at dotted *path* (``meetings.0.date``) set (DELETE: removed)."""
    document = sample_dict()
    *parents, last = path.split(".")
    target: Any = document
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if last.isdigit() else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return document


DELETE = object()
ROLES = (
    "head_of_state, head_of_government, minister, deputy_minister, ambassador, charge_d_affaires, "
    "consul, secretary_general, head_of_organization, parliamentarian, official"
)
ACTS = "say, stress, express, thank, invite, inform, propose, discuss, agree"
KINDS = "campaign, platform, programme, project, year, forum, festival, process, other"

DECODE_ERRORS: list[tuple[str, object, str]] = [
    # unknown keys
    ("colour", "red", "$: unknown key 'colour'"),
    ("officials.0.rank", 3, "$.officials[0]: unknown key 'rank'"),
    ("meetings.0.venue", "Oslo", "$.meetings[0]: unknown key 'venue'"),
    # missing required keys
    ("officials.1.name", DELETE, "$.officials[1]: missing required key 'name'"),
    ("meetings.0.span", DELETE, "$.meetings[0]: missing required key 'span'"),
    ("statements.0.act", DELETE, "$.statements[0]: missing required key 'act'"),
    ("initiatives.0.id", DELETE, "$.initiatives[0]: missing required key 'id'"),
    # wrong types: strings
    ("body", 5, "$.body: expected a string, got 5"),
    ("id", None, "$.id: expected a string, got null"),
    ("officials.0.name", ["Ana"], "$.officials[0].name: expected a string, got an array of 1 item"),
    ("statements.0.text", {}, "$.statements[0].text: expected a string, got an object"),
    ("url", 5, "$.url: expected a string or null, got 5"),
    ("title", True, "$.title: expected a string or null, got true"),
    ("meetings.0.host", 2.5, "$.meetings[0].host: expected a string or null, got 2.5"),
    # wrong types: arrays
    ("authors", "Jo Park", "$.authors: expected an array, got 'Jo Park'"),
    (
        "authors",
        ["Jo", 7, None],
        "$.authors[1]: expected a string, got 7\n$.authors[2]: expected a string, got null",
    ),
    ("officials", {}, "$.officials: expected an array, got an object"),
    ("officials.0", "o1", "$.officials[0]: expected an object, got 'o1'"),
    ("meetings.0.participants", "o1", "$.meetings[0].participants: expected an array, got 'o1'"),
    (
        "officials.0.mentions",
        [6, 14],
        (
            "$.officials[0].mentions[0]: expected a span [start, end], got 6\n"
            "$.officials[0].mentions[1]: expected a span [start, end], got 14"
        ),
    ),
    # spans
    ("meetings.0.span", "0-37", "$.meetings[0].span: expected a span [start, end], got '0-37'"),
    (
        "meetings.0.span",
        [0],
        "$.meetings[0].span: expected a span [start, end], got an array of 1 item",
    ),
    ("meetings.0.span", [], "$.meetings[0].span: expected a span [start, end], got an empty array"),
    (
        "meetings.0.span",
        [0, 1, 2],
        "$.meetings[0].span: expected a span [start, end], got an array of 3 items",
    ),
    (
        "meetings.0.span",
        [0, "37"],
        "$.meetings[0].span[1]: expected a non-negative integer, got '37'",
    ),
    (
        "meetings.0.span",
        [0, 37.0],
        "$.meetings[0].span[1]: expected a non-negative integer, got 37.0",
    ),
    (
        "meetings.0.span",
        [False, 37],
        "$.meetings[0].span[0]: expected a non-negative integer, got false",
    ),
    ("meetings.0.span", [-1, 37], "$.meetings[0].span[0]: expected a non-negative integer, got -1"),
    ("meetings.0.span", [37, 0], "$.meetings[0].span: invalid span [37, 0]: start is after end"),
    (
        "officials.1.mentions",
        [[28, 36], [62, 58]],
        "$.officials[1].mentions[1]: invalid span [62, 58]: start is after end",
    ),
    # dates
    ("meetings.0.date", "yesterday", "$.meetings[0].date: invalid date 'yesterday'"),
    ("published", "2022-02-30", "$.published: invalid date '2022-02-30'"),
    ("published", "2022-2-3", "$.published: invalid date '2022-2-3'"),
    ("published", "20221103", "$.published: invalid date '20221103'"),
    ("published", "2022-11-03T10:00:00", "$.published: invalid date '2022-11-03T10:00:00'"),
    ("published", 2022, "$.published: expected a date 'YYYY-MM-DD' or null, got 2022"),
    # enums
    (
        "officials.0.role",
        "envoy",
        f"$.officials[0].role: invalid role 'envoy' (expected one of: {ROLES})",
    ),
    (
        "officials.0.role",
        "Minister",
        f"$.officials[0].role: invalid role 'Minister' (expected one of: {ROLES})",
    ),
    ("officials.0.role", 3, f"$.officials[0].role: invalid role 3 (expected one of: {ROLES})"),
    (
        "officials.0.role",
        ["minister"],
        f"$.officials[0].role: invalid role an array of 1 item (expected one of: {ROLES})",
    ),
    (
        "statements.0.act",
        "sing",
        f"$.statements[0].act: invalid act 'sing' (expected one of: {ACTS})",
    ),
    ("statements.0.act", None, f"$.statements[0].act: invalid act null (expected one of: {ACTS})"),
    (
        "initiatives.0.kind",
        "gala",
        f"$.initiatives[0].kind: invalid initiative kind 'gala' (expected one of: {KINDS})",
    ),
    # country codes
    (
        "officials.0.country",
        "XX",
        "$.officials[0].country: invalid country code 'XX' (expected ISO 3166-1 alpha-2)",
    ),
    (
        "officials.0.country",
        "es",
        "$.officials[0].country: invalid country code 'es' (expected ISO 3166-1 alpha-2)",
    ),
    (
        "officials.0.posted_to",
        "NOR",
        "$.officials[0].posted_to: invalid country code 'NOR' (expected ISO 3166-1 alpha-2)",
    ),
    ("officials.0.posted_to", 47, "$.officials[0].posted_to: expected a string or null, got 47"),
]
CONSISTENCY_ERRORS: list[tuple[str, object, str]] = [
    # references, ids, spans in the body, statement text
    (
        "meetings.0.participants",
        ["o1", "o2", "o3"],
        "$.meetings[0].participants[2]: unknown official id 'o3'",
    ),
    ("meetings.0.host", "o3", "$.meetings[0].host: 'o3' is not a participant"),
    ("statements.0.speakers", ["o9"], "$.statements[0].speakers[0]: unknown official id 'o9'"),
    (
        "statements.0.addressees",
        ["o1", "o2", "x"],
        "$.statements[0].addressees[2]: unknown official id 'x'",
    ),
    ("statements.0.meeting", "m2", "$.statements[0].meeting: unknown meeting id 'm2'"),
    ("statements.0.id", "o2", "$.statements[0].id: duplicate id 'o2' (also officials[1])"),
    ("initiatives.0.id", "m1", "$.meetings[0].id: duplicate id 'm1' (also initiatives[0])"),
    (
        "meetings.0.span",
        [0, 70],
        "$.meetings[0].span: span [0, 70] lies outside the body (68 characters)",
    ),
    (
        "officials.0.mentions",
        [[6, 14], [60, 69]],
        "$.officials[0].mentions[1]: span [60, 69] lies outside the body (68 characters)",
    ),
    (
        "statements.0.span",
        [38, 69],
        "$.statements[0].span: span [38, 69] lies outside the body (68 characters)",
    ),
    (
        "statements.0.text",
        '"We share a stage", Berg said.',
        "$.statements[0].text: does not match the body at [38, 68]",
    ),
    ("statements.0.span", [37, 67], "$.statements[0].text: does not match the body at [37, 67]"),
]


@pytest.mark.parametrize(("path", "value", "expected"), DECODE_ERRORS + CONSISTENCY_ERRORS)
def test_decode_error(path: str, value: object, expected: str) -> None:
    """Each bad value is reported on its own line, with its JSON path and our wording."""
    assert "\n".join(problems(changed(path, value))) == expected


def test_long_strings_are_shortened_in_messages() -> None:
    """A long bad string is shown by its first 40 characters."""
    assert problems(changed("published", "x" * 50)) == (
        f"$.published: invalid date {'x' * 40!r}...",
    )


def test_bad_enum_value_is_rejected_not_passed_through() -> None:
    """An unknown enum value is an error, never kept as a plain string (the str-hook pitfall)."""
    for path in ("officials.0.role", "statements.0.act", "initiatives.0.kind"):
        with pytest.raises(DecodeError):
            from_dict(changed(path, "not-a-member"))


def test_wrong_types_are_never_coerced() -> None:
    """Numbers are not turned into strings, nor strings into arrays."""
    with pytest.raises(DecodeError):
        from_dict({"body": 12})
    with pytest.raises(DecodeError):
        from_dict({"authors": "ab"})


def test_python_objects_are_named_by_type() -> None:
    """from_dict given Python objects that JSON cannot hold names their type."""
    assert problems({"body": b"x", "authors": ("a",)}) == (
        "$.authors: expected an array, got a Python tuple",
        "$.body: expected a string, got a Python bytes",
    )


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ([], "$: expected an object, got an empty array"),
        ("{}", "$: expected an object, got '{}'"),
        (None, "$: expected an object, got null"),
    ],
)
def test_root_must_be_an_object(document: object, expected: str) -> None:
    """A document that is not a JSON object is reported at $."""
    assert problems(document) == (expected,)


def test_several_problems_are_reported_together() -> None:
    """Type errors, bad values, unknown keys and dangling references come in one DecodeError."""
    document = sample_dict()
    document["published"] = "soon"
    document["authors"] = [1]
    document["officials"][0]["role"] = "envoy"
    document["officials"][0]["colour"] = "red"
    document["officials"][1]["id"] = "o7"
    document["meetings"][0]["date"] = "yesterday"
    document["statements"][0]["span"] = [38, 99]
    assert problems(document) == (
        "$.published: invalid date 'soon'",
        "$.authors[0]: expected a string, got 1",
        f"$.officials[0].role: invalid role 'envoy' (expected one of: {ROLES})",
        "$.officials[0]: unknown key 'colour'",
        "$.meetings[0].date: invalid date 'yesterday'",
        "$.meetings[0].participants[1]: unknown official id 'o2'",
        "$.statements[0].speakers[0]: unknown official id 'o2'",
        "$.statements[0].span: span [38, 99] lies outside the body (68 characters)",
    )


def test_references_are_checked_despite_broken_records() -> None:
    """Records that fail to decode still contribute their ids; their bad parts are skipped."""
    document = sample_dict()
    document["officials"][0]["name"] = None  # o1 cannot be built, but its id stands
    document["officials"][1]["role"] = "envoy"  # nor can o2
    document["meetings"][0]["participants"] = ["o1", "o5", 5]
    document["statements"][0] = {"id": "s1", "speakers": "o1", "span": "x", "text": 3, "act": "say"}
    assert problems(document) == (
        "$.officials[0].name: expected a string, got null",
        f"$.officials[1].role: invalid role 'envoy' (expected one of: {ROLES})",
        "$.meetings[0].participants[2]: expected a string, got 5",
        "$.statements[0].speakers: expected an array, got 'o1'",
        "$.statements[0].text: expected a string, got 3",
        "$.statements[0].span: expected a span [start, end], got 'x'",
        "$.meetings[0].participants[1]: unknown official id 'o5'",
        "$.meetings[0].host: 'o2' is not a participant",
    )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("officials.1", "o2", "$.officials[1]: expected an object, got 'o2'"),
        ("officials.1.id", 2, "$.officials[1].id: expected a string, got 2"),
        ("officials", None, "$.officials: expected an array, got null"),
        ("meetings.0", [], "$.meetings[0]: expected an object, got an empty array"),
    ],
)
def test_unreadable_ids_suspend_reference_checks(path: str, value: object, expected: str) -> None:
    """When some record's id cannot be read, references to its kind are not called dangling."""
    assert problems(changed(path, value)) == (expected,)


def test_spans_are_not_checked_against_a_bad_body() -> None:
    """With a body that is not a string, only the body is reported, not every span."""
    assert problems(changed("body", None)) == ("$.body: expected a string, got null",)


@pytest.mark.parametrize(
    ("path", "value"), [(path, value) for path, value, _ in CONSISTENCY_ERRORS]
)
def test_raw_checks_agree_with_the_model(path: str, value: object) -> None:
    """On a well-typed document, the raw-document checks report exactly what Article does."""
    document = changed(path, value)
    try:
        from_dict(document)
    except DecodeError as error:
        via_model = error.problems
    else:  # pragma: no cover - every case is invalid
        pytest.fail("document decoded")
    assert tuple(_consistency_problems(document)) == via_model


def test_decode_error_is_a_value_error() -> None:
    """DecodeError is a CulturediplError and a ValueError, and not an InvalidArticleError."""
    with pytest.raises(ValueError, match="invalid culturedipl JSON") as info:
        loads('{"body": 1}')
    assert isinstance(info.value, CulturediplError)
    assert not isinstance(info.value, InvalidArticleError)
    assert str(info.value) == "invalid culturedipl JSON:\n  $.body: expected a string, got 1"


# --- invalid JSON text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "$: invalid JSON: Expecting value at line 1 column 1"),
        (
            "{",
            "$: invalid JSON: Expecting property name enclosed in double quotes at line 1 column 2",
        ),
        ('{"body": "x"} {}', "$: invalid JSON: Extra data at line 1 column 15"),
        (
            "{'body': 'x'}",
            "$: invalid JSON: Expecting property name enclosed in double quotes at line 1 column 2",
        ),
        (b'{"body": "\xff"}', "$: invalid JSON: not utf-8 at byte 10 (invalid start byte)"),
        ("NaN", "$: expected an object, got nan"),
    ],
)
def test_invalid_json(text: str | bytes, expected: str) -> None:
    """Text that is not JSON is one problem at $, with the line and column."""
    assert text_problems(text) == (expected,)


def test_overlong_integer() -> None:
    """An integer literal longer than Python converts is a DecodeError, not a bare ValueError."""
    limit = sys.get_int_max_str_digits()
    assert text_problems('{"body": ' + "1" * (limit + 1) + "}") == (
        f"$: invalid JSON: an integer has more than {limit} digits",
    )


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"authors": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "[" * 100_000,
    ],
)
def test_deep_nesting_is_a_decode_error(text: str) -> None:
    """100,000 nested arrays or objects raise DecodeError, never RecursionError."""
    assert text_problems(text) == ("$: invalid JSON: nested too deeply",)


def test_moderate_nesting_in_a_field_is_a_type_error() -> None:
    """Nesting json accepts is reported as the wrong type, without descending into it."""
    assert text_problems('{"authors": [' + "[" * 500 + "]" * 500 + "]}") == (
        "$.authors[0]: expected a string, got an array of 1 item",
    )


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_round_trip() -> None:
    """dump_jsonl writes one line per article and iter_jsonl reads them back in order."""
    articles = [sample(), Article(id="x"), Article(body="Zoë 😀\u2028\x85 end")]
    stream = io.StringIO()
    assert dump_jsonl(articles, stream) == 3
    text = stream.getvalue()
    assert text.count("\n") == 3
    assert len(text.splitlines()) == 3  # no line separators inside a line
    assert list(iter_jsonl(io.StringIO(text))) == articles
    assert load_jsonl(io.StringIO(text)) == articles


def test_jsonl_lines_are_compact_dumps() -> None:
    """Each JSON Lines line is exactly dumps(article)."""
    stream = io.StringIO()
    dump_jsonl([sample()], stream)
    assert stream.getvalue() == dumps(sample()) + "\n"


def test_jsonl_reads_bytes_and_skips_blank_lines() -> None:
    """iter_jsonl reads binary streams too and skips blank lines."""
    data = b"\n" + dumps(sample()).encode() + b"\n   \n" + b'{"id": "x"}\n'
    assert load_jsonl(io.BytesIO(data)) == [sample(), Article(id="x")]


def test_jsonl_empty_stream() -> None:
    """An empty stream holds no articles; writing none writes nothing."""
    stream = io.StringIO()
    assert dump_jsonl([], stream) == 0
    assert stream.getvalue() == ""
    assert load_jsonl(io.StringIO("")) == []


def test_jsonl_error_names_the_line() -> None:
    """A bad line raises DecodeError whose problems start with the line number."""
    lines = ['{"id": "x"}\n', "\n", '{"published": "soon", "id": 1}\n', "{\n"]
    with pytest.raises(DecodeError) as info:
        load_jsonl(lines)
    assert info.value.problems == (
        "line 3: $.id: expected a string, got 1",
        "line 3: $.published: invalid date 'soon'",
    )


def test_iter_jsonl_is_lazy() -> None:
    """iter_jsonl yields the good articles before it reaches a bad line."""
    reader = iter_jsonl(['{"id": "x"}', "not json"])
    assert next(reader) == Article(id="x")
    with pytest.raises(DecodeError) as info:
        next(reader)
    assert info.value.problems == ("line 2: $: invalid JSON: Expecting value at line 1 column 1",)


def test_codec_names_are_exported() -> None:
    """The codec's functions are importable from culturedipl itself."""
    for name in (
        "dumps",
        "loads",
        "to_dict",
        "from_dict",
        "json_schema",
        "dump_jsonl",
        "iter_jsonl",
        "load_jsonl",
    ):
        assert name in culturedipl.__all__
        assert getattr(culturedipl, name) is getattr(culturedipl.codec, name)
