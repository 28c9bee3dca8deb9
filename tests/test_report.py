"""culturedipl.report: the page's embedded data gives the numbers of culturedipl.query."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from culturedipl import Article, Corpus, MissingExtraError, Span, identify, parse_text, query
from culturedipl.cli import main
from culturedipl.report import CONTEXT, render_report, report_data, unpack, write_report
from culturedipl.testing import articles as article_strategy

ARTICLES = Path(__file__).parent / "articles" / "*.txt"
_DATA = re.compile(r'<script id="report-data" [^>]*>(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Our own example articles."""
    return Corpus.from_paths([ARTICLES])


@pytest.fixture(scope="module")
def page(corpus: Corpus) -> str:
    """The report page of the example articles."""
    return render_report(corpus)


def embedded(html: str) -> dict[str, Any]:
    """The JSON data a report page carries."""
    match = _DATA.search(html)
    assert match is not None
    return unpack(match[1])


def _text_at(data: dict[str, Any], article: int, start: int, end: int) -> str | None:
    """What the page shows highlighted for a span: found in the article's kept segments."""
    for offset, text in data["articles"][article][7]:
        if offset <= start and end <= offset + len(text):
            return str(text[start - offset : end - offset])
    return None


def _partners(data: dict[str, Any], country: str) -> list[tuple[str, int]]:
    """The partners panel's ranking, computed as the page's script computes it."""
    counts: Counter[str] = Counter()
    for meeting in data["meetings"]:
        if country in meeting[3]:
            counts.update(c for c in meeting[3] if c != country)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _invitations(data: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    """The invitations table's rows, computed as the page's script computes them."""
    people, initiatives = data["people"], data["initiatives"]
    return [
        (
            people[speaker][0],
            None if invitee is None else people[invitee][0],
            None if initiative is None else initiatives[initiative][1],
        )
        for statement in data["statements"]
        if statement[2] == "invite"
        for speaker in statement[3]
        for invitee in statement[4] or [None]
        for initiative in statement[5] or [None]
    ]


def test_the_page_is_one_self_contained_file(page: str) -> None:
    """No script, style or image comes from elsewhere; a strict CSP forbids any request."""
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", page)
    assert "<link" not in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    assert "default-src 'none'" in policy[1]
    assert "connect-src 'none'" in policy[1]
    assert "plotly.js v" in page  # the library is inlined, its licence header kept


def test_summary_numbers_equal_the_queries(corpus: Corpus, page: str) -> None:
    """Counts of the embedded rows are those of the query functions."""
    data = embedded(page)
    assert [row[0] for row in data["articles"]] == [article.id for article in corpus]
    assert len(data["meetings"]) == len(list(query.meetings(corpus))) > 0
    assert len(data["statements"]) == len(list(query.statements(corpus))) > 0
    assert len(data["initiatives"]) == len(list(query.initiatives(corpus))) > 0
    assert sum(row[6] for row in data["articles"]) == len(list(query.officials(corpus)))
    assert data["people_total"] == len(identify(corpus))
    assert Counter(row[2] for row in data["statements"]) == Counter(
        result.statement.act.value for result in query.statements(corpus)
    )
    assert [row[1] for row in data["meetings"]] == [
        result.date.isoformat() if result.date else "" for result in query.meetings(corpus)
    ]


def test_country_panels_equal_the_queries(corpus: Corpus, page: str) -> None:
    """For every country: its meetings, partners, timeline and statements match the queries."""
    data = embedded(page)
    countries = sorted({code for row in data["meetings"] for code in row[3]})
    assert len(countries) > 5
    for country in countries:
        kept = [row for row in data["meetings"] if country in row[3]]
        assert len(kept) == len(list(query.meetings(corpus, country=country)))
        assert _partners(data, country) == query.partners(corpus, country)
        timeline = query.timeline(corpus, country=country)
        assert sorted(row[1] for row in kept if row[1]) == [
            entry.date.isoformat() for entry in timeline if entry.date
        ]
        said = [row for row in data["statements"] if country in row[9]]
        assert len(said) == len(list(query.statements(corpus, country=country)))
        assert data["countries"][country]


def test_person_nodes_count_the_meetings_of_each_person(corpus: Corpus, page: str) -> None:
    """A person's node size (meetings) is query.meetings(person=...) for that identity."""
    data = embedded(page)
    identities = identify(corpus)
    checked = 0
    for person in identities:
        index = next((i for i, row in enumerate(data["people"]) if row[0] == person.name), None)
        if index is None or sum(row[0] == person.name for row in data["people"]) > 1:
            continue
        in_page = sum(index in row[2] for row in data["meetings"])
        assert in_page == len(list(query.meetings(corpus, person=person)))
        checked += 1
    assert checked > 10


def test_invitations_equal_the_query(corpus: Corpus, page: str) -> None:
    """Who invited whom to what, as the page lists it, is query.invitations."""
    expected = [(i.inviter, i.invitee, i.initiative) for i in query.invitations(corpus)]
    assert _invitations(embedded(page)) == expected
    assert expected


def test_every_record_keeps_its_span_text(corpus: Corpus, page: str) -> None:
    """Each meeting's, statement's and first mention's span is in the kept text, exactly."""
    data = embedded(page)
    for row in data["meetings"]:
        article = corpus[row[0]]
        assert _text_at(data, row[0], row[5], row[6]) == article.text_of(Span(row[5], row[6]))
    for row in data["statements"]:
        article = corpus[row[0]]
        assert _text_at(data, row[0], row[6], row[7]) == article.text_of(Span(row[6], row[7]))
    for row in data["initiatives"]:
        if row[5] >= 0:
            assert _text_at(data, row[0], row[5], row[6]) == corpus[row[0]].text_of(
                Span(row[5], row[6])
            )


def test_the_data_stays_within_two_kilobytes_an_article(corpus: Corpus, page: str) -> None:
    """The embedded rows of our articles take at most about 2 KB per article."""
    match = _DATA.search(page)
    assert match is not None
    assert len(match[1]) / len(corpus) <= 2048


def test_text_cannot_break_out_of_the_page() -> None:
    """An article holding markup stays data: no tag of it reaches the page."""
    article = parse_text(
        "Culture Minister Ilze Kalnina met with Chilean Ambassador Tomas Reyes "
        "</script><script>alert(1)</script> in Riga."
    )
    html = render_report([article], title="<b>x</b>")
    assert "<script>alert(1)" not in html
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in html
    assert embedded(html)["articles"][0][7][0][1].endswith("in Riga.")


@settings(max_examples=25, deadline=None)
@given(article_strategy())
def test_any_article_keeps_the_text_of_its_records(article: Article) -> None:
    """For any valid article, every record span is recoverable from the kept segments."""
    data = report_data([article])
    for row in data["meetings"]:
        assert _text_at(data, 0, row[5], row[6]) == article.text_of(Span(row[5], row[6]))
    for row in data["statements"]:
        assert _text_at(data, 0, row[6], row[7]) == article.text_of(Span(row[6], row[7]))
    for offset, text in data["articles"][0][7]:
        assert article.body[offset : offset + len(text)] == text
        assert len(text) <= len(article.body)
    assert CONTEXT > 0


def test_corpus_report_writes_the_page(corpus: Corpus, page: str, tmp_path: Path) -> None:
    """Corpus.report(path) writes what render_report gives."""
    written = corpus.report(tmp_path / "report.html")
    assert written.read_text(encoding="utf-8") == page
    assert write_report(corpus[:2], tmp_path / "two.html").stat().st_size < len(page)


def test_without_the_extra_the_error_names_it(
    corpus: Corpus,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without Jinja2 the report raises MissingExtraError naming culturedipl[report]."""
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(MissingExtraError, match=r"culturedipl\[report\]"):
        render_report(corpus)
    out = tmp_path / "report.html"
    assert main(["report", str(ARTICLES), "-o", str(out)]) == 1
    assert "the report needs jinja2: pip install 'culturedipl[report]'" in capsys.readouterr().err
    assert not out.exists()


def test_cli_report_from_texts_and_jsonl(
    corpus: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`culturedipl report` reads texts, globs and JSON Lines as query does; writes the page."""
    out = tmp_path / "report.html"
    assert main(["report", str(ARTICLES), "-o", str(out), "--title", "Our articles"]) == 0
    from_texts = embedded(out.read_text(encoding="utf-8"))
    assert len(from_texts["articles"]) == len(corpus)
    assert "wrote" in capsys.readouterr().err
    corpus.save(tmp_path / "corpus.jsonl")
    again = tmp_path / "again.html"
    assert main(["report", str(tmp_path / "corpus.jsonl"), "--output", str(again)]) == 0
    from_jsonl = embedded(again.read_text(encoding="utf-8"))
    assert from_jsonl["meetings"] == from_texts["meetings"]
    assert from_jsonl["statements"] == from_texts["statements"]


def test_cli_report_says_where_and_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad input is named with its reason (status 1, the others reported); so is a bad output."""
    one = sorted(ARTICLES.parent.glob("*.txt"))[0]
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 3}\n', encoding="utf-8")
    out = tmp_path / "report.html"
    status = main(["report", str(one), str(tmp_path / "gone.txt"), str(broken), "-o", str(out)])
    assert status == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'gone.txt'}: No such file or directory" in err
    assert f"{broken}: " in err
    assert len(embedded(out.read_text(encoding="utf-8"))["articles"]) == 1
    nowhere = tmp_path / "no" / "such" / "dir" / "report.html"
    assert main(["report", str(one), "-o", str(nowhere)]) == 1
    assert f"{nowhere}: No such file or directory" in capsys.readouterr().err
    assert not nowhere.exists()
    with pytest.raises(SystemExit) as stop:
        main(["report", str(one)])  # -o is required
    assert stop.value.code == 2
