"""The JSON Schema: shipped file, validity, and agreement with real output."""

from __future__ import annotations

import datetime as dt
import json
import typing
from importlib import resources
from typing import Any

import attrs
import jsonschema
import pytest

from culturedipl import (
    Act,
    Article,
    Initiative,
    InitiativeKind,
    Meeting,
    Official,
    Role,
    Span,
    Statement,
    dumps,
    json_schema,
    to_dict,
)
from culturedipl.codec import _schema_text

BODY = "Consul Mia Holt opened a photo show in Tartu. Holt thanked the city."


def sample() -> Article:
    """An article that uses every field, with non-ASCII and non-BMP text."""
    return Article(
        id="b7",
        url="https://news.example/holt",
        outlet="Tähe News",
        title="Photos 📷 in Tartu",
        published=dt.date(2019, 5, 30),
        authors=("Kai Tamm", "Ülle Oja"),
        body=BODY,
        officials=(
            Official(
                id="o1",
                name="Mia Holt",
                aliases=("Holt",),
                role=Role.CONSUL,
                title="Consul",
                portfolio=("culture",),
                country="DK",
                organization=None,
                posted_to="EE",
                mentions=(Span(7, 15), Span(46, 50)),
            ),
        ),
        meetings=(),
        statements=(
            Statement(
                id="s1",
                speakers=("o1",),
                act=Act.THANK,
                verb="thanked",
                text="Holt thanked the city.",
                content="the city",
                initiatives=("i1",),
                span=Span(46, 68),
            ),
        ),
        initiatives=(
            Initiative(
                id="i1",
                name="photo show",
                kind=InitiativeKind.OTHER,
                initiator="Mia Holt",
                mentions=(Span(25, 35),),
            ),
        ),
        source="corpus/tartu.txt",
    )


def validator() -> jsonschema.Draft202012Validator:
    """A validator for json_schema() that also checks formats (dates)."""
    return jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(document: Any) -> list[str]:
    """The schema's complaints about *document*, as messages."""
    return sorted(error.message for error in validator().iter_errors(document))


def test_shipped_file_equals_json_schema() -> None:
    """data/article.schema.json is exactly what json_schema() generates."""
    shipped = (
        resources.files("culturedipl")
        .joinpath("data/article.schema.json")
        .read_text(encoding="utf-8")
    )
    assert shipped == _schema_text(), (
        "regenerate with: python -c 'import culturedipl.codec as c; "
        'open("src/culturedipl/data/article.schema.json", "w").write(c._schema_text())\''
    )
    assert json.loads(shipped) == json_schema()


def test_schema_is_valid_draft_2020_12() -> None:
    """json_schema() is itself a valid JSON Schema of draft 2020-12."""
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_real_output_validates() -> None:
    """What dumps writes for a full article validates against the schema."""
    assert errors(json.loads(dumps(sample()))) == []
    assert errors(json.loads(dumps(Article()))) == []


def test_schema_covers_every_attribute() -> None:
    """Each record's properties are its attributes, all required: dumps writes every one."""
    schema = json_schema()
    for cls in (Article, Official, Meeting, Statement, Initiative):
        entry = schema if cls is Article else schema["$defs"][cls.__name__]
        fields = attrs.fields(cls)
        assert list(entry["properties"]) == [field.name for field in fields]
        assert entry["required"] == [field.name for field in fields]
        assert entry["additionalProperties"] is False


def test_schema_enums_match_the_model() -> None:
    """The schema's enums list exactly the model's enum values."""
    defs = json_schema()["$defs"]
    for enum in (Role, Act, InitiativeKind):
        assert defs[enum.__name__]["enum"] == [member.value for member in enum]


def test_schema_describes_the_links_and_the_source() -> None:
    """The fields issue 12 added are described: portfolio labels, initiative ids, the source."""
    schema = json_schema()
    portfolio = schema["$defs"]["Official"]["properties"]["portfolio"]
    assert portfolio["type"] == "array"
    assert portfolio["items"] == {"type": "string"}
    assert "title" in portfolio["description"]
    named = schema["$defs"]["Statement"]["properties"]["initiatives"]
    assert named["items"] == {"type": "string"}
    assert "initiatives" in named["description"]
    source = schema["properties"]["source"]
    assert source["type"] == ["string", "null"]
    assert "not part of the id" in source["description"]
    assert "source" in schema["required"]


def test_schema_types_match_the_model() -> None:
    """Optional fields admit null; required text fields and arrays do not."""
    properties = json_schema()["$defs"]["Meeting"]["properties"]
    hints = typing.get_type_hints(Meeting)
    assert hints["host"] == str | None
    assert properties["host"]["type"] == ["string", "null"]
    assert properties["id"]["type"] == "string"
    assert properties["participants"]["type"] == "array"
    assert properties["participants"]["items"] == {"type": "string"}
    assert properties["span"]["$ref"] == "#/$defs/Span"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d.update(colour="red"),
            "Additional properties are not allowed ('colour' was unexpected)",
        ),
        (lambda d: d["officials"][0].update(role="envoy"), "'envoy' is not one of"),
        (lambda d: d["officials"][0].update(country="dk"), "'dk' is not valid under any"),
        (lambda d: d.update(published="30 May 2019"), "'30 May 2019' does not match"),
        (lambda d: d["statements"][0].update(span=[46]), "[46] is too short"),
        (
            lambda d: d["statements"][0].update(span=[46, 60, 68]),
            "Expected at most 2 items but found 1 extra: 68",
        ),
        (lambda d: d["statements"][0].update(span=[-1, 68]), "-1 is less than the minimum of 0"),
        (lambda d: d["statements"][0].pop("text"), "'text' is a required property"),
        (lambda d: d.update(authors="Kai Tamm"), "'Kai Tamm' is not of type 'array'"),
        (lambda d: d.update(source=["a.txt"]), "['a.txt'] is not of type 'string', 'null'"),
        (lambda d: d["officials"][0].update(portfolio="culture"), "'culture' is not of type"),
        (lambda d: d["statements"][0].update(initiatives=[1]), "1 is not of type 'string'"),
    ],
)
def test_schema_rejects_bad_documents(change: Any, message: str) -> None:
    """The schema rejects what loads rejects in shape: keys, enums, codes, dates and spans."""
    document = to_dict(sample())
    change(document)
    assert any(error.startswith(message) for error in errors(document)), errors(document)


def test_json_schema_returns_a_fresh_copy() -> None:
    """Changing the returned schema does not change the next one."""
    first = json_schema()
    first["properties"].clear()
    assert json_schema()["properties"]
