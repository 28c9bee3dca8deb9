"""The JSON Schema is exact, and types generated from it by a standard generator hold.

Exact means: every key that :func:`~culturedipl.dumps` writes is required (nullable
where it may be null), no other key is allowed, every property is described, and
enumerations and country codes are listed. A consumer in another language generates
types from the schema; here datamodel-code-generator generates pydantic v2 models
from the shipped file, and they must accept every article of our own sets, refuse
each of them with any one key left out, and refuse ``{}`` and an unknown country.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings

import culturedipl
from culturedipl import (
    FORMAT_VERSION,
    Article,
    Initiative,
    Meeting,
    Official,
    Statement,
    dumps,
    json_schema,
    parse_text,
    to_dict,
)
from culturedipl.countries import is_country_code
from culturedipl.testing import articles

TESTS = Path(__file__).parent
ARTICLES = sorted(TESTS.glob("articles*/*.txt"))
RECORDS: dict[str, type] = {
    "officials": Official,
    "meetings": Meeting,
    "statements": Statement,
    "initiatives": Initiative,
}
VALIDATOR = jsonschema.Draft202012Validator(
    json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def documents() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every article of tests/articles*/, parsed with parse_text, as the JSON dumps writes."""
    for path in ARTICLES:
        article = parse_text(path.read_text(encoding="utf-8"))
        yield f"{path.parent.name}/{path.name}", json.loads(dumps(article))


def key_paths(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """The path of every key of every object in *value*, outermost first."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key)
            yield from key_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from key_paths(child, (*path, index))


def each_without_one_key(
    document: dict[str, Any],
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """*document* with each of its keys left out in turn (changed in place, then restored)."""
    for path in list(key_paths(document)):
        parent: Any = document
        for step in path[:-1]:
            parent = parent[step]
        items = list(parent.items())
        del parent[path[-1]]
        yield path, document
        parent.clear()
        parent.update(items)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[type[pydantic.BaseModel]]:
    """The article model that datamodel-code-generator writes from the shipped schema."""
    folder = tmp_path_factory.mktemp("generated")
    schema = resources.files("culturedipl").joinpath("data/article.schema.json")
    (folder / "article.schema.json").write_text(schema.read_text(encoding="utf-8"), "utf-8")
    output = folder / "culturedipl_models.py"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(folder / "article.schema.json"),
            "--input-file-type",
            "jsonschema",
            "--output",
            str(output),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--class-name",
            "Article",
            "--target-python-version",
            "3.11",
            "--disable-timestamp",
            "--formatters",
            "builtin",
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    name = "culturedipl_generated_models"
    spec = importlib.util.spec_from_file_location(name, output)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves the models' annotations there
    try:
        spec.loader.exec_module(module)
        model = module.Article
        assert issubclass(model, pydantic.BaseModel)
        yield model
    finally:
        del sys.modules[name]


def test_generated_models_accept_every_article(generated: type[pydantic.BaseModel]) -> None:
    """The generated models validate every article of tests/articles*, and give it back."""
    count = 0
    for name, document in documents():
        try:
            model = generated.model_validate(document)
        except pydantic.ValidationError as error:  # pragma: no cover - the failure's message
            pytest.fail(f"{name}: {error}")
        assert model.model_dump(mode="json") == document, name
        assert list(VALIDATOR.iter_errors(document)) == [], name
        count += 1
    assert count == len(ARTICLES) >= 60


def sample() -> list[tuple[str, dict[str, Any]]]:
    """A few articles that between them hold every kind of record: the richest of each set."""
    chosen: dict[str, tuple[str, dict[str, Any]]] = {}

    def richness(document: dict[str, Any]) -> tuple[int, int]:
        kinds = sum(len(document[key]) > 0 for key in RECORDS)
        return kinds, -len(document["body"])  # every kind of record, in a short body

    for name, document in documents():
        folder = name.partition("/")[0]
        if folder not in chosen or richness(document) > richness(chosen[folder][1]):
            chosen[folder] = (name, document)
    return list(chosen.values())


def test_every_written_key_is_required(generated: type[pydantic.BaseModel]) -> None:
    """Leaving out any one key of a sample of dumped articles makes both validations fail."""
    covered: set[tuple[str, str]] = set()
    for name, document in sample():
        for path, damaged in each_without_one_key(document):
            with pytest.raises(pydantic.ValidationError, match="Field required"):
                generated.model_validate(damaged)
            assert not VALIDATOR.is_valid(damaged), (name, path)
            record = str(path[0]) if len(path) > 1 else "article"
            covered.add((record, str(path[-1])))
        assert generated.model_validate(document).model_dump(mode="json") == document
    # the sample reached every key of every kind of record
    expected = {("article", field.name) for field in attrs.fields(Article)}
    for key, cls in RECORDS.items():
        expected |= {(key, field.name) for field in attrs.fields(cls)}
    assert covered == expected


def test_empty_document_and_unknown_countries_fail(generated: type[pydantic.BaseModel]) -> None:
    """``{}``, a country ``ZZ``, a lower-case code and an unknown key fail; ``XK`` passes."""
    with pytest.raises(pydantic.ValidationError):
        generated.model_validate({})
    assert not VALIDATOR.is_valid({})
    name, document = next(
        (name, document) for name, document in documents() if document["officials"]
    )
    accepted = copy.deepcopy(document)
    accepted["officials"][0]["posted_to"] = "XK"
    generated.model_validate(accepted)
    assert VALIDATOR.is_valid(accepted), name
    for key, bad in (("country", "ZZ"), ("posted_to", "ZZ"), ("country", "az"), ("colour", "AZ")):
        damaged = copy.deepcopy(document)
        damaged["officials"][0][key] = bad
        with pytest.raises(pydantic.ValidationError):
            generated.model_validate(damaged)
        assert not VALIDATOR.is_valid(damaged), (key, bad)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles_validate(article: Article) -> None:
    """What dumps writes for any article the testing strategies draw is valid under the schema."""
    document = json.loads(dumps(article))
    assert list(VALIDATOR.iter_errors(document)) == []


def test_generated_models_accept_drawn_articles(generated: type[pydantic.BaseModel]) -> None:
    """The generated models accept what dumps writes for articles the strategies draw."""

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(articles())
    def check(article: Article) -> None:
        document = json.loads(dumps(article))
        assert generated.model_validate(document).model_dump(mode="json") == document

    check()


def test_schema_describes_exactly_the_written_keys() -> None:
    """Each object's properties are the keys dumps writes, all required, each described."""
    schema = json_schema()
    document = to_dict(Article(body="x"))
    assert list(schema["properties"]) == list(document)
    for cls in (Article, *RECORDS.values()):
        entry = schema if cls is Article else schema["$defs"][cls.__name__]
        names = [field.name for field in attrs.fields(cls)]
        assert list(entry["properties"]) == names
        assert entry["required"] == names
        assert entry["additionalProperties"] is False
        assert entry["description"]
        for name, prop in entry["properties"].items():
            assert prop["description"], (cls.__name__, name)
            assert "``" not in prop["description"], (cls.__name__, name)


def test_nullable_exactly_where_the_model_allows_none() -> None:
    """A property admits null exactly where its field may be None."""
    schema = json_schema()
    for cls in (Article, *RECORDS.values()):
        entry = schema if cls is Article else schema["$defs"][cls.__name__]
        for field in attrs.fields(cls):
            prop = entry["properties"][field.name]
            nullable = "null" in prop.get("type", []) or {"type": "null"} in prop.get("anyOf", [])
            assert nullable == ("None" in str(field.type)), (cls.__name__, field.name)


def test_country_codes_are_the_accepted_ones() -> None:
    """The schema lists exactly the codes loads accepts: XK among them, ZZ not."""
    codes = json_schema()["$defs"]["CountryCode"]["enum"]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert codes == [a + b for a in letters for b in letters if is_country_code(a + b)]
    assert "XK" in codes
    assert "AZ" in codes
    assert "ZZ" not in codes
    assert len(codes) > 240


def test_format_version_ends_the_schema_id() -> None:
    """FORMAT_VERSION is public, MAJOR.MINOR, and the schema's $id ends in it."""
    assert "FORMAT_VERSION" in culturedipl.__all__
    assert culturedipl.FORMAT_VERSION is FORMAT_VERSION
    assert re.fullmatch(r"[0-9]+\.[0-9]+", FORMAT_VERSION)
    schema = json_schema()
    assert schema["$id"].startswith("https://")
    assert schema["$id"].endswith(f"/{FORMAT_VERSION}")
    assert "version" not in schema["properties"]


def test_every_field_has_a_meaning_in_the_api_reference() -> None:
    """Each field's meaning is the docstring of its slot, which autodoc renders."""
    for cls in (Article, *RECORDS.values(), culturedipl.Span):
        slots = vars(cls)["__slots__"]
        assert isinstance(slots, dict)
        for field in attrs.fields(cls):
            meaning = field.metadata["doc"]
            assert meaning.endswith("."), (cls.__name__, field.name)
            assert slots[field.name] == meaning
        assert [name for name in slots if not name.startswith("__")] == [
            field.name for field in attrs.fields(cls)
        ]


def test_json_format_page_tables_match_the_meanings() -> None:
    """The field tables of docs/json-format.md give each field's meaning as the schema does."""
    page = (TESTS.parent / "docs" / "json-format.md").read_text(encoding="utf-8")
    schema = json_schema()
    for cls in (Article, *RECORDS.values()):
        entry = schema if cls is Article else schema["$defs"][cls.__name__]
        section = page.split(f"\n## {cls.__name__}\n", 1)[1].split("\n## ", 1)[0]
        rows = {
            match[1]: match[2]
            for match in re.finditer(r"^\| `(\w+)` +\|.*\| (.*?) *\|$", section, re.MULTILINE)
        }
        expected = {name: prop["description"] for name, prop in entry["properties"].items()}
        assert rows == expected, cls.__name__
