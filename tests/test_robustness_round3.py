"""Hostile input, round 3: the query layer (identity, exports, corpus reading, the commands).

- an official that :func:`~culturedipl.identify` leaves out (no name) is a
  person of its own in the graph and the tables, never a ``KeyError``; the
  exports and queries never raise on the strategies' corpora;
- a missing optional extra is one line naming the extra, status 1, and the
  other inputs are still read, in every command;
- identity: a surname alone joins two spellings already joined; an initial
  matches a given name that starts with a rewritten digraph ("K." "Khurshid");
- corpus reading: a bad JSON Lines line or array item is a failure of its
  own and the good ones around it are read; an empty folder and a pattern
  that matches nothing are failures; warnings and failures are one line each;
  a query filter that cannot match (month 13, a lower-case country code) says
  which filter and why.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

from culturedipl import (
    Article,
    Corpus,
    Failure,
    Meeting,
    MissingExtraError,
    Official,
    Role,
    Span,
    dumps,
    identify,
    parse_text,
    query,
)
from culturedipl import cli as cli_module
from culturedipl import corpus as corpus_module
from culturedipl.cli import main
from culturedipl.export import events, tables, to_graph
from culturedipl.testing import SharedPeople, articles, corpora, corpora_with_people

PATIENT = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Our own sentences, in the style of the news the reader reads.
VILNIUS = (
    "Culture Minister Rasa Petraitiene met with Georgian Ambassador to Lithuania "
    "Levan Beridze in Vilnius on Tuesday."
)
TALLINN = (
    "Estonian Culture Minister Piret Tamm received Moldovan Ambassador to Estonia "
    "Ion Rusu in Tallinn on Monday."
)
PAGE = (
    "<html><head><title>Choirs</title></head><body><article><p>"
    f"{VILNIUS}</p></article></body></html>"
)


def officials(*names: str, role: Role = Role.MINISTER, country: str | None = None) -> Article:
    """An article naming *names*, all of *role* (and *country*), who met."""
    body = " met ".join(names) + "."
    records = tuple(
        Official(id=f"o{index}", name=name, role=role, country=country)
        for index, name in enumerate(names, start=1)
    )
    meetings = (
        (Meeting(id="m1", participants=tuple(o.id for o in records), span=Span(0, len(body))),)
        if len(records) > 1
        else ()
    )
    return Article(id=f"a-{'-'.join(names)}", body=body, officials=records, meetings=meetings)


# ---------------------------------------------------------------------------
# 1. An official without a name, in the exports; nothing raises on drawn corpora.


def nameless_meeting() -> Article:
    """A minister meets an official whose name is blank (as decoded JSON may hold)."""
    return officials("Rasa Petraitiene", " ")


def test_graph_gives_an_official_without_a_name_a_node_of_its_own() -> None:
    """to_graph by person: the nameless official is a node keyed by article and official id."""
    article = nameless_meeting()
    graph = to_graph([article])
    assert sorted(graph.nodes) == sorted([f"{article.id}#o2", "rasa-petraitiene"])
    assert graph.nodes[f"{article.id}#o2"]["name"] == " "
    assert graph.edges["rasa-petraitiene", f"{article.id}#o2"]["meetings"] == 1


def test_tables_give_an_official_without_a_name_a_person_of_its_own() -> None:
    """tables: the nameless official's person is its own key, in officials and meetings alike."""
    article = nameless_meeting()
    result = tables([article])
    assert [row["person"] for row in result["officials"]] == [
        "rasa-petraitiene",
        f"{article.id}#o2",
    ]
    assert [row["person"] for row in result["meetings"]] == [
        "rasa-petraitiene",
        f"{article.id}#o2",
    ]


def test_identities_key_alone_only_for_officials_left_out() -> None:
    """key(): KeyError for an official left out, unless alone=True; a named one keeps its key."""
    article = nameless_meeting()
    people = identify([article])
    with pytest.raises(KeyError):
        people.key(article, "o2")
    assert people.key(article, "o2", alone=True) == f"{article.id}#o2"
    assert people.key(article, "o1", alone=True) == people.key(article, "o1")
    assert all("#" not in person.key for person in people)


def every_query(corpus: list[Article]) -> None:
    """Run every export and query over *corpus*, checking what each promises."""
    graph = to_graph(corpus)
    people = identify(corpus)
    for article in corpus:
        for meeting in article.meetings:
            for official in article.participants(meeting):
                assert people.key(article, official, alone=True) in graph
    countries = to_graph(corpus, by="country")
    found = {o.country for a in corpus for m in a.meetings for o in a.participants(m) if o.country}
    assert set(countries.nodes) == found
    flat = tables(corpus)
    assert len(flat["officials"]) == sum(len(a.officials) for a in corpus)
    assert all(isinstance(row["person"], str) for row in flat["officials"])
    for vocabulary in ("cameo", "plover"):
        events(corpus, vocabulary)
    for kind in query.KINDS:
        if kind != "partners":
            query.rows(kind, corpus)
    for country in sorted(found):
        query.rows("partners", corpus, country=country)
        list(query.timeline(corpus, country=country))
    for person in people:
        assert {
            (result.article.id, result.official.id)
            for result in query.officials(corpus, person=person)
        } == set(person.officials)


@settings(PATIENT, max_examples=60)
@given(st.lists(articles(), max_size=3))
def test_exports_and_queries_never_raise_on_drawn_articles(corpus: list[Article]) -> None:
    """Graph, tables, events and every query run on any valid articles (blank names included)."""
    every_query(corpus)


@settings(PATIENT, max_examples=30)
@given(corpora())
def test_exports_and_queries_never_raise_on_drawn_corpora(corpus: Corpus) -> None:
    """The same on corpora whose articles share people."""
    every_query(list(corpus))


@settings(PATIENT, max_examples=30)
@given(corpora_with_people())
def test_graph_has_one_node_per_drawn_person(shared: SharedPeople) -> None:
    """Each drawn person who takes part in a meeting is one node of the graph, whatever the
    spelling of each mention."""
    corpus = list(shared.corpus)
    graph = to_graph(corpus)
    people = identify(corpus)
    met = {
        (article.id, official)
        for article in corpus
        for meeting in article.meetings
        for official in meeting.participants
    }
    for records in shared.people:
        nodes = {people.key(*record) for record in records if record in met}
        assert len(nodes) <= 1
        assert nodes <= set(graph.nodes)


# ---------------------------------------------------------------------------
# 2. A missing optional extra: one line naming it, status 1, the other inputs read.


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    """A text file and a web page."""
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    page = tmp_path / "vilnius.html"
    page.write_text(PAGE, encoding="utf-8")
    return text, page


def without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make *modules* fail to import, as when their extra is not installed."""
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def one_extra_line(err: str, extra: str, files: int) -> None:
    """*err* names *extra* in exactly one line, with how many files it left unread."""
    lines = [line for line in err.splitlines() if f"culturedipl[{extra}]" in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("culturedipl: ")
    noun = "file" if files == 1 else "files"
    assert f"({files} {noun} not read: " in lines[0]
    assert "Traceback" not in err


def test_query_without_trafilatura_reads_the_text_and_names_the_extra(
    inputs: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """query: the page is one line naming the html extra; the text file's rows still come out."""
    text, page = inputs
    without(monkeypatch, "trafilatura")
    status = main(["query", "officials", "--format", "jsonl", str(page), str(text), str(page)])
    captured = capsys.readouterr()
    assert status == 1
    assert [json.loads(line)["name"] for line in captured.out.splitlines()] == [
        "Rasa Petraitiene",
        "Levan Beridze",
    ]
    one_extra_line(captured.err, "html", 2)
    assert captured.err.count("\n") == 1


def test_export_without_trafilatura_writes_the_events_of_the_text(
    inputs: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """export cameo: the text file's events are written, the page named in one line, status 1."""
    text, page = inputs
    without(monkeypatch, "trafilatura")
    assert main(["export", "cameo", "--format", "jsonl", str(text), str(page)]) == 1
    captured = capsys.readouterr()
    assert {json.loads(line)["source_name"] for line in captured.out.splitlines()} == {
        "Rasa Petraitiene",
        "Levan Beridze",
    }
    one_extra_line(captured.err, "html", 1)


def test_export_parquet_without_pyarrow_is_one_line(
    inputs: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """export parquet without pyarrow: one line naming the parquet extra, status 1."""
    text, _page = inputs
    without(monkeypatch, "pyarrow", "pyarrow.parquet")
    assert main(["export", "parquet", str(text), "-o", str(tmp_path / "tables")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "culturedipl[parquet]" in err


def test_report_without_trafilatura_reports_the_text(
    inputs: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """report: the page is written with the text file's article; the page named in one line."""
    pytest.importorskip("jinja2")
    text, page = inputs
    without(monkeypatch, "trafilatura")
    out = tmp_path / "report.html"
    assert main(["report", str(page), str(text), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    one_extra_line(err, "html", 1)
    assert "(1 articles," in err
    assert out.exists()


def test_report_without_jinja2_is_one_line(
    inputs: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """report without jinja2: one line naming the report extra, status 1, no file."""
    text, _page = inputs
    without(monkeypatch, "jinja2")
    out = tmp_path / "report.html"
    assert main(["report", str(text), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "culturedipl[report]" in err
    assert not out.exists()


@pytest.mark.parametrize("command", ["parse", "explain"])
def test_parse_and_explain_need_no_extra_for_a_page(
    command: str,
    inputs: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """parse and explain read every file as text: a page without trafilatura is read, status 0."""
    text, page = inputs
    without(monkeypatch, "trafilatura")
    assert main([command, str(text), str(page)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("command", ["parse", "explain", "query", "export", "report"])
def test_a_missing_extra_anywhere_is_one_line_and_status_1(
    command: str,
    inputs: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A MissingExtraError no command catches itself is still one line and status 1."""
    text, _page = inputs

    def missing(*_args: object, **_kwargs: object) -> Any:
        msg = "a feature needs nothing: pip install 'culturedipl[nothing]'"
        raise MissingExtraError(msg)

    if command in {"parse", "explain"}:
        monkeypatch.setattr(
            cli_module, "parse_text" if command == "parse" else "explain_file", missing
        )
    else:
        monkeypatch.setattr(query, "rows", missing)
        monkeypatch.setattr("culturedipl.export.events", missing)
        monkeypatch.setattr("culturedipl.report.render_report", missing)
    argv = {
        "parse": ["parse", "--strict", str(text)],
        "explain": ["explain", str(text)],
        "query": ["query", "officials", str(text)],
        "export": ["export", "cameo", str(text)],
        "report": ["report", str(text), "-o", str(tmp_path / "r.html")],
    }[command]
    status = main(argv)
    err = capsys.readouterr().err
    assert status == 1
    assert "culturedipl[nothing]" in err
    assert err.count("\n") == 1


def test_workers_without_trafilatura_report_the_page_too(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    """With --jobs 2 (worker processes) the page is still one line and the text is read."""
    text, page = inputs
    script = textwrap.dedent(
        """
        import sys
        sys.modules["trafilatura"] = None
        from culturedipl.cli import main
        raise SystemExit(main(sys.argv[1:]))
        """
    )
    argv = ["query", "officials", "--format", "jsonl", "-j", "2", str(page), str(text)]
    done = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert len(done.stdout.splitlines()) == 2
    one_extra_line(done.stderr, "html", 1)


def test_corpus_keeps_raising_by_default_and_fails_on_request(inputs: tuple[Path, Path]) -> None:
    """Corpus.from_paths raises MissingExtraError by default; missing_extra="fail" makes the
    page a failure that names the extra, and reads the rest."""
    text, page = inputs
    with pytest.MonkeyPatch.context() as patch:
        without(patch, "trafilatura")
        with pytest.raises(MissingExtraError):
            Corpus.from_paths([text, page])
        corpus = Corpus.from_paths([text, page], missing_extra="fail")
    assert [a.source for a in corpus] == [str(text)]
    (failure,) = corpus.failures
    assert failure.source == str(page)
    assert failure.extra == "html"
    assert "pip install 'culturedipl[html]'" in failure.reason


# ---------------------------------------------------------------------------
# 3. Identity: a surname alone beside two joined spellings; initials of digraphs.

#: Mentions that are one person, each a separate article.
JOINED = [
    ("T. Berikov", "Timur Berikov", "Berikov"),
    ("Berikov", "Timur Berikov", "T. Berikov"),
    ("Berikov", "T. Berikov", "Timur Berikov"),
    ("Sultanova", "Aidana Sultanova", "A. Sultanova", "Aidana K. Sultanova"),
    ("K. Osmanov", "Khurshid Osmanov"),
    ("Kh. Osmanov", "Khurshid Osmanov"),
    ("H. Osmanov", "Khurshid Osmanov"),
    ("Z. Ergasheva", "Zhanar Ergasheva"),
    ("Zh. Ergasheva", "Zhanar Ergasheva"),
    ("J. Ergasheva", "Zhanar Ergasheva"),
    ("D. Nurova", "Dzhamilya Nurova"),
    ("Osmanov", "K. Osmanov", "Khurshid Osmanov", "Hurshid Osmanov"),
    ("S. Z. Ergashev", "Sardor Zhakhongir Ergashev"),
]

#: Mentions that are not all one person: the groups identify must give, by index.
APART = [
    # the surname fits two people, the initial too
    (("Berikov", "T. Berikov", "Timur Berikov", "Talgat Berikov"), [[0], [1], [2], [3]]),
    (("Osmanov", "Khurshid Osmanov", "Kamol Osmanov"), [[0], [1], [2]]),
    (("K. Osmanov", "Khurshid Osmanov", "Kamol Osmanov"), [[0], [1], [2]]),
    # an initial that stands for neither spelling of the given name
    (("Z. Ergasheva", "Jamila Ergasheva"), [[0], [1]]),
    (("K. Osmanov", "Hurshid Osmanov"), [[0], [1]]),
    # two spellings already joined, and a second person: the surname is ambiguous
    (("Nurova", "D. Nurova", "Dzhamilya Nurova", "Leyla Nurova"), [[0], [1, 2], [3]]),
]


def groups(
    names: tuple[str, ...], countries: tuple[str | None, ...] | None = None
) -> list[list[int]]:
    """The indexes of *names* (one article each) grouped by identify's key."""
    given = countries or (None,) * len(names)
    records = [officials(name, country=country) for name, country in zip(names, given, strict=True)]
    people = identify(records)
    keys: dict[str, list[int]] = {}
    for index, article in enumerate(records):
        keys.setdefault(people.key(article, "o1"), []).append(index)
    return sorted(keys.values())


@pytest.mark.parametrize("names", JOINED, ids=" / ".join)
def test_short_forms_join_one_person(names: tuple[str, ...]) -> None:
    """Every mention is one person: a surname beside joined spellings, an initial of a digraph."""
    assert groups(names) == [list(range(len(names)))]


@pytest.mark.parametrize(("names", "expected"), APART, ids=[" / ".join(n) for n, _ in APART])
def test_short_forms_that_fit_two_people_join_neither(
    names: tuple[str, ...], expected: list[list[int]]
) -> None:
    """A short form that fits two different people stays alone; nothing else changes."""
    assert groups(names) == expected


def test_a_surname_alone_does_not_join_across_countries() -> None:
    """ "Berikov" fits "T. Berikov" and "Timur Berikov", who are two people of two countries."""
    names = ("Berikov", "T. Berikov", "Timur Berikov")
    assert groups(names, (None, "KZ", "KG")) == [[0], [1], [2]]
    assert groups(names, (None, "KZ", "KZ")) == [[0, 1, 2]]


def test_the_strategy_draws_the_cases_identity_now_joins() -> None:
    """corpora_with_people draws a person as a surname alone beside initials and a full name,
    and an initial of a name that starts with "Kh" or "Zh"."""

    def names(shared: SharedPeople) -> list[list[str]]:
        return [
            [shared.corpus.article(a).official(o).name for a, o in person]
            for person in shared.people
        ]

    def surname_initial_and_full(shared: SharedPeople) -> bool:
        return any(
            any(" " not in n for n in person)
            and any(n[1] == "." for n in person)
            and any(" " in n and "." not in n for n in person)
            for person in names(shared)
        )

    def digraph_initial(shared: SharedPeople) -> bool:
        return any(
            any(n.startswith(("K. ", "Z. ")) for n in person)
            and any(n.startswith(("Khalid", "Zhan")) for n in person)
            for person in names(shared)
        )

    # the first example found will do: no shrinking, which would take a minute
    search = settings(PATIENT, max_examples=2000, database=None, phases=[Phase.generate])
    for condition in (surname_initial_and_full, digraph_initial):
        strategy = corpora_with_people(min_articles=3, max_articles=4, max_people=2)
        shared = find(strategy, condition, settings=search)
        people = identify(shared.corpus)
        for records in shared.people:
            assert len({people.key(*record) for record in records}) == 1


# ---------------------------------------------------------------------------
# 4. Reading a corpus as a hostile user would.


def test_a_bad_jsonl_line_is_named_and_the_lines_around_it_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines 1 and 4 are read; lines 2 and 3 are failures with the file and their numbers."""
    path = tmp_path / "parsed.jsonl"
    lines = [dumps(parse_text(VILNIUS)), '{"body": 5}', "not json", dumps(parse_text(TALLINN))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.from_paths([path])
    assert [a.officials[0].name for a in corpus] == ["Rasa Petraitiene", "Piret Tamm"]
    assert corpus.failures == (
        Failure(str(path), "line 2: $.body: expected a string, got 5"),
        Failure(str(path), "line 3: $: invalid JSON: Expecting value at line 1 column 1"),
    )
    assert main(["query", "officials", "--format", "jsonl", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 4
    assert captured.err.splitlines() == [
        f"culturedipl: {path}: line 2: $.body: expected a string, got 5",
        f"culturedipl: {path}: line 3: $: invalid JSON: Expecting value at line 1 column 1",
    ]


def test_a_jsonl_line_not_utf8_is_named_and_the_others_read(tmp_path: Path) -> None:
    """A line in cp1252 is a failure with its number; the UTF-8 lines are read."""
    path = tmp_path / "mixed.jsonl"
    good = dumps(parse_text(VILNIUS)).encode()
    path.write_bytes(good + b"\n" + b'{"body": "Minist\xe8re"}' + b"\n" + good + b"\n")
    corpus = Corpus.from_paths([path])
    assert len(corpus) == 2
    (failure,) = corpus.failures
    assert failure.reason.startswith("line 2: $: invalid JSON: not utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"foo": 1}', "$: unknown key 'foo'"),
        ("42", "$: expected an object, got 42"),
        ("null", "$: expected an object, got null"),
        ("", "$: invalid JSON: Expecting value at line 1 column 1"),
    ],
    ids=["object", "number", "null", "empty"],
)
def test_a_json_that_is_not_an_article_is_a_failure(
    tmp_path: Path, content: str, reason: str
) -> None:
    """A .json holding something else is one failure with the reason; the next file is read."""
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    corpus = Corpus.from_paths([path, text])
    assert corpus.failures == (Failure(str(path), reason),)
    assert [a.source for a in corpus] == [str(text)]


def test_a_bad_item_of_a_json_array_is_named_and_the_others_read(tmp_path: Path) -> None:
    """Items 0 and 2 are read; item 1 is a failure named by its index."""
    path = tmp_path / "many.json"
    riga, tallinn = dumps(parse_text(VILNIUS)), dumps(parse_text(TALLINN))
    path.write_text(f"[{riga}, 5, {tallinn}]", encoding="utf-8")
    corpus = Corpus.from_paths([path])
    assert [a.officials[0].name for a in corpus] == ["Rasa Petraitiene", "Piret Tamm"]
    assert corpus.failures == (Failure(str(path), "[1]: expected an object, got 5"),)


def test_a_folder_without_articles_and_a_pattern_without_files_are_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each is a failure in its place, one line, status 1: never a silent empty answer."""
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.md").write_text("not news", encoding="utf-8")
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    pattern = str(tmp_path / "*.txtt")
    corpus = Corpus.from_paths([empty, text, pattern])
    assert corpus.failures == (
        Failure(str(empty), "no .txt, .html, .htm, .json, .jsonl file in this folder"),
        Failure(pattern, "no file matches this pattern"),
    )
    assert len(corpus) == 1
    assert main(["query", "meetings", "--format", "jsonl", str(empty)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1


def test_warnings_are_one_line_in_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file read as cp1252 is one 'culturedipl: warning:' line, as parse prints it."""
    path = tmp_path / "latin.txt"
    path.write_bytes(VILNIUS.replace("Petraitiene", "Petraitienè").encode("cp1252"))
    assert main(["query", "officials", "--format", "jsonl", str(path)]) == 0
    err = capsys.readouterr().err
    byte = VILNIUS.index("Petraitiene") + 10
    assert err.splitlines() == [
        f"culturedipl: warning: {path}: not UTF-8 (byte {byte}); read as cp1252"
    ]


def test_a_failure_name_with_control_characters_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """query prints a file name's escape sequence as \\x1b, never raw to the terminal."""
    path = tmp_path / "bad\x1b[31m.json"
    path.write_text("{", encoding="utf-8")
    assert main(["query", "officials", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "bad\\x1b[31m.json" in err


def test_a_huge_jsonl_line_is_read_with_its_neighbours(tmp_path: Path) -> None:
    """A line of several megabytes is one article like the others."""
    huge = parse_text(VILNIUS + " The sides discussed music." * 200_000)
    path = tmp_path / "huge.jsonl"
    lines = [dumps(parse_text(TALLINN)), dumps(huge), dumps(parse_text(TALLINN))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Corpus.from_paths([path])
    assert len(corpus) == 3
    assert not corpus.failures
    assert len(corpus[1].body) > 5_000_000


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--since", "2021-13"], "since: not a valid date: '2021-13' (month must be in 1..12)"),
        (["--until", "2021-02-30"], "until: not a valid date: '2021-02-30' (day is out of range"),
        (["--until", "0000"], "until: not a valid date: '0000' (year 0 is out of range)"),
        (["--country", "lt"], "country: not an ISO 3166-1 alpha-2 code: 'lt'"),
        (["--host-country", "Lithuania"], "host_country: not an ISO 3166-1 alpha-2 code"),
        (["--role", "minster"], "role: 'minster' is not a valid Role (one of: head_of_state"),
    ],
)
def test_bad_filters_say_which_and_why(
    tmp_path: Path, flags: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A filter value that cannot match is one line naming the filter, status 2."""
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    assert main(["query", "meetings", *flags, str(text)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"culturedipl: {message}")
    assert err.count("\n") == 1


def test_query_functions_refuse_a_country_that_is_no_code() -> None:
    """From Python too: a lower-case code raises ValueError instead of matching nothing."""
    article = parse_text(VILNIUS)
    assert [r.date for r in query.meetings([article], country="GE")]
    with pytest.raises(ValueError, match="country: not an ISO 3166-1 alpha-2 code: 'ge'"):
        list(query.meetings([article], country="ge"))
    with pytest.raises(ValueError, match="not an ISO 3166-1 alpha-2 code: 'ge'"):
        query.partners([article], "ge")


@pytest.mark.parametrize("command", ["query", "export"])
def test_an_output_that_cannot_be_written_is_one_line(command: str, tmp_path: Path) -> None:
    """A full disk or a closed standard output: one line, status 1, no traceback."""
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    argv = ["query", "officials"] if command == "query" else ["export", "cameo"]
    command_line = [sys.executable, "-m", "culturedipl", *argv, str(text)]
    with Path("/dev/full").open("w", encoding="utf-8") as device:
        full = subprocess.run(
            command_line,
            stdout=device,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    assert full.returncode == 1
    assert full.stderr == "culturedipl: <stdout>: No space left on device\n"
    closed = subprocess.run(
        command_line,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=120,
        preexec_fn=lambda: __import__("os").close(1),
    )
    assert closed.returncode == 1
    assert closed.stderr == "culturedipl: <stdout>: standard output is closed\n"


def test_export_names_the_output_not_its_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o into a missing folder: the line names OUT and the reason, as parse's does."""
    text = tmp_path / "vilnius.txt"
    text.write_text(VILNIUS, encoding="utf-8")
    out = tmp_path / "missing" / "events.csv"
    assert main(["export", "cameo", str(text), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"culturedipl: {out}: No such file or directory\n"


def test_jobs_are_bounded_by_the_files_and_the_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """jobs=1000 starts no more processes than there are files and cores."""
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(VILNIUS, encoding="utf-8")
    started: list[int] = []
    pool = ProcessPoolExecutor

    def recording(max_workers: int) -> Any:
        started.append(max_workers)
        return pool(max_workers=max_workers)

    monkeypatch.setattr(corpus_module, "ProcessPoolExecutor", recording)
    monkeypatch.setattr(corpus_module, "_cores", lambda: 2)
    corpus = Corpus.from_paths([tmp_path], jobs=1000)
    assert len(corpus) == 3
    assert started == [2]


def test_explain_prints_warnings_and_failures_in_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """explain: a cp1252 file warns in one line; a folder and a binary file are one line each,
    with the reason alone (no errno, no name twice)."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes(VILNIUS.replace("Petraitiene", "Petraitienè").encode("cp1252"))
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02\x03abc\x00\x00\x00")
    assert main(["explain", str(latin), str(tmp_path), str(binary)]) == 1
    captured = capsys.readouterr()
    assert "Petraitien" in captured.out
    byte = VILNIUS.index("Petraitiene") + 10
    share = "70% of the first 10 bytes are control characters"
    assert captured.err.splitlines() == [
        f"culturedipl: warning: {latin}: not UTF-8 (byte {byte}); read as cp1252",
        (
            f"culturedipl: {tmp_path}: Is a directory"
            " (this command reads files: name them, or a glob such as 'DIR/*.txt';"
            " query, export and report read folders)"
        ),
        f"culturedipl: {binary}: binary data, not text ({share})",
    ]


def test_a_binary_file_is_named_once_in_a_corpus_failure(tmp_path: Path) -> None:
    """The failure's reason does not repeat the source it belongs to."""
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02\x03abc\x00\x00\x00")
    (failure,) = Corpus.from_paths([binary]).failures
    assert failure == Failure(
        str(binary), "binary data, not text (70% of the first 10 bytes are control characters)"
    )
