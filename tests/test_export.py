"""culturedipl.export: tables, DataFrames, Parquet, the who-met-whom graph, CAMEO and PLOVER."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from culturedipl import Act, Corpus, MissingExtraError, parse_text
from culturedipl.cli import main
from culturedipl.export import COLUMNS, events, tables, to_frames, to_graph, write_parquet
from culturedipl.export.events import mapping

TEXTS = [
    (
        "BAKU, Azerbaijan, May 3, 2022. Culture Minister Jeyran Mammadli met with Italian "
        "Ambassador to Azerbaijan Marco Vitale. Mammadli invited Vitale to the "
        '"Silk Road Voices" festival. Vitale thanked Mammadli for the invitation.'
    ),
    (
        "BAKU, Azerbaijan, June 9, 2023. Culture Minister Ceyran Mammadli received Peruvian "
        "Ambassador to Azerbaijan Rosa Vera. The sides discussed cooperation in museums."
    ),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Two articles written for these tests; the minister is spelled two ways."""
    return Corpus(tuple(parse_text(text) for text in TEXTS))


def test_tables_have_fixed_columns_and_one_row_per_participant(corpus: Corpus) -> None:
    """Every table has exactly its declared columns; meetings have a row per participant."""
    result = tables(corpus)
    assert set(result) == {"articles", "officials", "meetings", "statements", "initiatives"}
    for name, rows in result.items():
        assert rows
        assert all(list(row) == list(COLUMNS[name]) for row in rows)
    meetings = result["meetings"]
    assert [(r["name"], r["country"], r["host"]) for r in meetings] == [
        ("Jeyran Mammadli", "AZ", True),
        ("Marco Vitale", "IT", False),
        ("Ceyran Mammadli", "AZ", True),
        ("Rosa Vera", "PE", False),
    ]
    assert meetings[0]["person"] == meetings[2]["person"]  # one person, two spellings
    assert meetings[0]["date"] == dt.date(2022, 5, 3)
    assert result["statements"][0]["initiatives"] == ["Silk Road Voices"]
    assert result["officials"][0]["portfolio"] == ["culture"]


def test_to_frames_types_and_values(corpus: Corpus) -> None:
    """DataFrames with the same columns, dates as datetimes, counts as integers."""
    frames = to_frames(corpus)
    meetings = frames["meetings"]
    assert list(meetings.columns) == list(COLUMNS["meetings"])
    assert str(meetings["date"].dtype).startswith("datetime64")
    assert meetings["host"].dtype == bool
    assert meetings.groupby("country").size().to_dict() == {"AZ": 2, "IT": 1, "PE": 1}
    assert frames["articles"]["statements"].tolist() == [2, 1]
    culture = frames["officials"][frames["officials"]["portfolio"].map(lambda p: "culture" in p)]
    assert culture["person"].nunique() == 1


def test_parquet_reads_back_in_duckdb(corpus: Corpus, tmp_path: Path) -> None:
    """The Parquet files hold the same rows, typed, and DuckDB answers questions over them."""
    import duckdb

    paths = write_parquet(corpus, tmp_path / "tables")
    assert sorted(p.name for p in paths.values()) == [
        "articles.parquet",
        "initiatives.parquet",
        "meetings.parquet",
        "officials.parquet",
        "statements.parquet",
    ]
    database = duckdb.connect()
    meetings = str(paths["meetings"])
    partners = database.execute(
        "SELECT b.country, count(*) AS n FROM read_parquet(?) a JOIN read_parquet(?) b "
        "USING (article_id, meeting_id) WHERE a.country = 'AZ' AND b.country <> 'AZ' "
        "GROUP BY b.country ORDER BY b.country",
        [meetings, meetings],
    ).fetchall()
    assert partners == [("IT", 1), ("PE", 1)]
    query = "SELECT min(date) FROM read_parquet(?)"
    assert database.execute(query, [meetings]).fetchall() == [(dt.date(2022, 5, 3),)]
    query = "SELECT initiatives FROM read_parquet(?) ORDER BY statement_id LIMIT 1"
    found = database.execute(query, [str(paths["statements"])]).fetchall()
    assert found == [(["Silk Road Voices"],)]


def test_graph_by_person_and_by_country(corpus: Corpus) -> None:
    """Who met whom: person nodes merge spellings; edges count meetings and keep dates."""
    people = to_graph(corpus)
    assert people.number_of_nodes() == 3
    minister = next(n for n, data in people.nodes(data=True) if data["country"] == "AZ")
    assert people.degree(minister) == 2
    countries = to_graph(corpus, by="country")
    assert sorted(countries.edges) == [("AZ", "IT"), ("AZ", "PE")]
    edge = countries.edges["AZ", "PE"]
    assert edge["meetings"] == 1
    assert edge["dates"] == [dt.date(2023, 6, 9)]
    assert edge["articles"] == [corpus[1].id]


def test_cameo_records(corpus: Corpus) -> None:
    """Meetings host 043 / visit 042; invite 036; thank 051; discuss has no code and is counted."""
    coded = events(corpus, "cameo")
    assert [(r.code, r.source_name, r.target_name) for r in coded.records] == [
        ("043", "Jeyran Mammadli", "Marco Vitale"),
        ("042", "Marco Vitale", "Jeyran Mammadli"),
        ("036", "Jeyran Mammadli", "Marco Vitale"),
        ("051", "Marco Vitale", "Jeyran Mammadli"),
        ("043", "Ceyran Mammadli", "Rosa Vera"),
        ("042", "Rosa Vera", "Ceyran Mammadli"),
    ]
    first = coded.records[0]
    assert (first.source_country, first.source_sector, first.source_role) == (
        "AZE",
        "GOV",
        "minister",
    )
    assert (first.target_country, first.target_role) == ("ITA", "ambassador")
    assert corpus[0].body[first.span_start : first.span_end].startswith("Culture Minister")
    assert coded.unmapped == {"discuss": 1}


def test_plover_records(corpus: Corpus) -> None:
    """A meeting is CONSULT both ways; thank SUPPORT; invite AGREE."""
    coded = events(corpus, "plover")
    assert [r.code for r in coded.records] == [
        "CONSULT",
        "CONSULT",
        "AGREE",
        "SUPPORT",
        "CONSULT",
        "CONSULT",
    ]
    assert coded.unmapped == {"discuss": 1}
    with pytest.raises(ValueError, match="unknown vocabulary"):
        events(corpus, "gdelt")  # type: ignore[arg-type]


# The CAMEO codebook's labels for every code a mapping may use, and PLOVER's event types.
CAMEO_CODEBOOK = {
    "010": "Make statement, not specified below",
    "013": "Make optimistic comment",
    "020": "Make an appeal or request, not specified below",
    "030": "Express intent to cooperate, not specified below",
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "042": "Make a visit",
    "043": "Host a visit",
    "051": "Praise or endorse",
    "057": "Sign formal agreement",
}
PLOVER_EVENTS = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)


def test_cameo_mapping_integrity() -> None:
    """Every CAMEO row uses a real code with its codebook label; every meeting part is coded."""
    rules = mapping("cameo")
    for rule in rules:
        assert CAMEO_CODEBOOK.get(rule.code) == rule.label, rule
        assert rule.verb == "*" or rule.verb == rule.verb.casefold()
    assert {r.act for r in rules if r.record == "meeting"} == {"*", "host", "guest"}
    mapped = {r.act for r in rules if r.record == "statement" and r.verb == "*"}
    assert mapped == {"say", "stress", "inform", "thank", "invite", "propose", "agree"}
    assert Act.DISCUSS.value not in {r.act for r in rules}


def test_plover_mapping_integrity() -> None:
    """Every PLOVER row uses one of PLOVER's event types; the acts map as the design says."""
    rules = mapping("plover")
    assert {r.code for r in rules} <= PLOVER_EVENTS
    by_act = {r.act: r.code for r in rules if r.record == "statement"}
    assert by_act == {"thank": "SUPPORT", "invite": "AGREE", "agree": "AGREE", "propose": "REQUEST"}
    assert [r.code for r in rules if r.record == "meeting"] == ["CONSULT"]


def test_optional_libraries_are_named_when_missing(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without pandas, pyarrow or networkx the error says which extra to install."""
    calls: list[tuple[str, str, Callable[[], object]]] = [
        ("pandas", "pandas", lambda: to_frames(corpus)),
        ("pyarrow", "parquet", lambda: write_parquet(corpus, tmp_path)),
        ("networkx", "graph", lambda: to_graph(corpus)),
    ]
    for module, extra, call in calls:
        with monkeypatch.context() as patch:
            patch.setitem(sys.modules, module, None)
            with pytest.raises(MissingExtraError, match=rf"pip install 'culturedipl\[{extra}\]'"):
                call()


def test_cli_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """culturedipl export cameo|plover writes CSV or JSON Lines and counts the unmapped."""
    for n, text in enumerate(TEXTS):
        (tmp_path / f"a{n}.txt").write_text(text, encoding="utf-8")
    assert main(["export", "cameo", str(tmp_path), "-o", str(tmp_path / "cameo.csv")]) == 0
    err = capsys.readouterr().err
    assert err == "culturedipl: 1 record has no CAMEO code (discuss 1)\n"
    rows = list(csv.DictReader(io.StringIO((tmp_path / "cameo.csv").read_text(encoding="utf-8"))))
    assert [r["code"] for r in rows] == ["043", "042", "036", "051", "043", "042"]
    assert main(["export", "plover", str(tmp_path / "a0.txt"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["code"] for line in lines] == [
        "CONSULT",
        "CONSULT",
        "AGREE",
        "SUPPORT",
    ]
    assert main(["export", "parquet", str(tmp_path), "-o", str(tmp_path / "pq")]) == 0
    assert (tmp_path / "pq" / "meetings.parquet").exists()
