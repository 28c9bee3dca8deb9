"""culturedipl.Corpus: reading files, folders and globs; failures; JSON Lines (issue 12)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from culturedipl import (
    Article,
    Corpus,
    DecodeError,
    Failure,
    MissingExtraError,
    article_id,
    dumps,
    parse_file,
    parse_text,
)
from culturedipl.corpus import iter_sources
from culturedipl.testing import articles

RIGA = (
    "Culture Minister Ilze Kalnina met with Chilean Ambassador to Latvia Tomas Reyes. "
    "Kalnina said the countries share a love of choirs."
)
TARTU = "Estonian Foreign Minister Mart Kask received Peruvian Ambassador Rosa Vera in Tartu."
HTML = """<!doctype html>
<html><head><title>Choirs bring Latvia and Chile together</title>
<meta property="og:url" content="https://news.example/choirs">
<meta name="date" content="2021-06-04">
<meta property="og:site_name" content="News Example">
</head><body>
<nav>Home | World | Culture</nav>
<article><h1>Choirs bring Latvia and Chile together</h1>
<p>Culture Minister Ilze Kalnina met with Chilean Ambassador to Latvia Tomas Reyes in Riga
on Thursday to talk about a joint season of choir concerts.</p>
<p>Kalnina said the two countries share a long love of choral music and
invited the ambassador to the song festival next summer.</p>
</article><footer>All rights reserved.</footer></body></html>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of news in every format: text, a web page, JSON and JSON Lines."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "riga.txt").write_text(RIGA, encoding="utf-8")
    (tmp_path / "news" / "sub").mkdir()
    (tmp_path / "news" / "sub" / "tartu.txt").write_text(TARTU, encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text("not news", encoding="utf-8")
    return tmp_path


def test_a_folder_gives_its_news_files_sorted_at_any_depth(folder: Path) -> None:
    """Folders are searched for the known suffixes only, sorted; sources are paths as given."""
    news = str(folder / "news")
    corpus = Corpus.from_paths([news])
    assert [article.source for article in corpus] == [f"{news}/riga.txt", f"{news}/sub/tartu.txt"]
    assert corpus.failures == ()
    assert corpus[0] == parse_file(f"{news}/riga.txt", source=f"{news}/riga.txt")
    assert corpus[0].officials[0].name == "Ilze Kalnina"


def test_globs_files_and_order(folder: Path) -> None:
    """Globs expand (sorted, ** at any depth); explicit files come in the order given."""
    news = folder / "news"
    assert list(iter_sources([str(news / "**" / "*.txt")])) == [
        str(news / "riga.txt"),
        str(news / "sub" / "tartu.txt"),
    ]
    corpus = Corpus.from_paths([news / "sub" / "tartu.txt", str(news / "*.txt")])
    assert [Path(a.source or "").name for a in corpus] == ["tartu.txt", "riga.txt"]
    assert Corpus.from_paths(news / "riga.txt")[0].source == str(news / "riga.txt")
    # a file named explicitly is read whatever its suffix
    assert len(Corpus.from_paths([news / "notes.md"])) == 1


def test_source_is_not_part_of_the_id_nor_the_url(folder: Path) -> None:
    """The same text from two places is the same article id; source never becomes url."""
    copy = folder / "copy.txt"
    copy.write_text(RIGA, encoding="utf-8")
    first, second = Corpus.from_paths([folder / "news" / "riga.txt", copy])
    assert first.source != second.source
    assert first.id == second.id == article_id(first.body)
    assert first.url is None
    assert attrs.evolve(first, source=None) == parse_text(RIGA)


def test_parse_file_takes_url_published_and_source(folder: Path) -> None:
    """parse_file passes url, published and source on as parse_text does."""
    path = folder / "news" / "riga.txt"
    assert parse_file(path).source is None
    article = parse_file(
        path, url="https://news.example/riga", published=dt.date(2021, 6, 4), source="riga"
    )
    assert article.url == "https://news.example/riga"
    assert article.published == dt.date(2021, 6, 4)
    assert article.source == "riga"
    assert article.id == article_id(article.body, "https://news.example/riga")


def test_json_holds_one_article_or_an_array(folder: Path) -> None:
    """A .json file holds one article or an array; each gets the file as source or keeps its own."""
    riga = parse_text(RIGA)
    tartu = attrs.evolve(parse_text(TARTU), source="https://news.example/tartu")
    (folder / "one.json").write_text(dumps(riga), encoding="utf-8")
    (folder / "many.json").write_text(f"[{dumps(riga)}, {dumps(tartu)}]", encoding="utf-8")
    corpus = Corpus.from_paths([folder / "one.json", folder / "many.json"])
    assert [a.source for a in corpus] == [
        str(folder / "one.json"),
        str(folder / "many.json"),
        "https://news.example/tartu",
    ]
    assert [attrs.evolve(a, source=None) for a in corpus[:2]] == [riga, riga]


def test_jsonl_is_decoded(folder: Path) -> None:
    """A .jsonl file gives its articles, as parse -o wrote them: parsed once, read many times."""
    path = folder / "parsed.jsonl"
    path.write_text(f"{dumps(parse_text(RIGA))}\n\n{dumps(parse_text(TARTU))}\n", encoding="utf-8")
    corpus = Corpus.from_paths([path])
    assert [a.officials[0].name for a in corpus] == ["Ilze Kalnina", "Mart Kask"]
    assert {a.source for a in corpus} == {str(path)}


def test_bad_files_are_failures_and_the_rest_go_on(folder: Path) -> None:
    """A missing file, bad JSON, a bad JSON Lines line: each a failure with its reason."""
    (folder / "bad.json").write_text('{"published": "soon"}', encoding="utf-8")
    (folder / "bad.jsonl").write_text(f"{dumps(parse_text(RIGA))}\n[1]\n", encoding="utf-8")
    (folder / "bad-array.json").write_text('[{"body": "x"}, {"id": 3}]', encoding="utf-8")
    corpus = Corpus.from_paths(
        [
            folder / "missing.txt",
            folder / "bad.json",
            folder / "news" / "riga.txt",
            folder / "bad.jsonl",
            folder / "bad-array.json",
        ]
    )
    # the good line before a bad one, and the good item of an array, are still read
    assert [a.source for a in corpus] == [
        str(folder / "news" / "riga.txt"),
        str(folder / "bad.jsonl"),
        str(folder / "bad-array.json"),
    ]
    assert corpus.failures == (
        Failure(str(folder / "missing.txt"), "No such file or directory"),
        Failure(str(folder / "bad.json"), "$.published: invalid date 'soon'"),
        Failure(str(folder / "bad.jsonl"), "line 2: $: expected an object, got an array of 1 item"),
        Failure(str(folder / "bad-array.json"), "[1].id: expected a string, got 3"),
    )


def test_undecodable_bytes_warn_and_are_read(folder: Path) -> None:
    """Bytes that are not UTF-8 are read as cp1252 with a DecodingWarning, as parse_file does."""
    path = folder / "latin.txt"
    path.write_bytes(RIGA.replace("Kalnina", "Kalni\xf1a").encode("cp1252"))
    with pytest.warns(UserWarning, match="not UTF-8"):
        corpus = Corpus.from_paths([path])
    assert corpus[0].officials[0].name == "Ilze Kalniña"


def test_html_pages_give_text_and_metadata(folder: Path) -> None:
    """A web page's text is read by the reader; title, URL, date and site come from the page."""
    path = folder / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = Corpus.from_paths([path])
    assert article.title == "Choirs bring Latvia and Chile together"
    assert article.url == "https://news.example/choirs"
    assert article.published == dt.date(2021, 6, 4)
    assert article.source == str(path)
    assert "<" not in article.body
    assert "rights reserved" not in article.body
    assert [o.name for o in article.officials] == ["Ilze Kalnina", "Tomas Reyes"]
    assert len(article.meetings) == 1


def test_html_without_trafilatura_names_the_extra(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading HTML without the html extra raises an ImportError that says what to install."""
    path = folder / "page.html"
    path.write_text(HTML, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'culturedipl\[html\]'"):
        Corpus.from_paths([path])


def test_jobs_give_the_same_corpus(folder: Path) -> None:
    """Reading with two processes gives the same articles and failures, in the same order."""
    paths = [folder / "news", folder / "missing.txt", folder / "news" / "riga.txt"]
    assert Corpus.from_paths(paths, jobs=2) == Corpus.from_paths(paths)
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        Corpus.from_paths(paths, jobs=0)


def test_progress_only_when_asked_or_on_a_terminal(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No bar when standard error is not a terminal; progress=True shows one (tqdm)."""
    Corpus.from_paths([folder / "news"])
    assert capsys.readouterr().err == ""
    Corpus.from_paths([folder / "news"], progress=True)
    assert "2/2" in capsys.readouterr().err


def test_save_and_load_stream_json_lines(folder: Path) -> None:
    """save writes one compact line per article (not the failures); load reads them back."""
    corpus = Corpus.from_paths([folder / "news", folder / "missing.txt"])
    path = folder / "corpus.jsonl"
    assert corpus.save(path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [a.source for a in corpus]
    assert Corpus.load(path) == corpus.without_failures()
    stream = io.StringIO()
    corpus.save(stream)
    assert stream.getvalue() == path.read_text(encoding="utf-8")
    path.write_text(lines[0] + "\n{}\n[]\n", encoding="utf-8")
    with pytest.raises(DecodeError, match="line 3"):
        Corpus.load(path)


def test_a_corpus_is_an_immutable_sequence(folder: Path) -> None:
    """len, indexing, slices and + as for a tuple; lookup by id; hashable by value."""
    corpus = Corpus.from_paths([folder / "news", folder / "missing.txt"])
    assert len(corpus) == 2
    assert isinstance(corpus[1:], Corpus)
    assert list(corpus[1:]) == [corpus[1]]
    both = corpus[:1] + corpus[1:]
    assert list(both) == list(corpus)
    assert (corpus + corpus).failures == corpus.failures * 2
    assert corpus.article(corpus[1].id) is corpus[1]
    with pytest.raises(KeyError):
        corpus.article("nope")
    assert hash(corpus) == hash(Corpus(corpus.articles, corpus.failures))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        corpus.articles = ()  # type: ignore[misc]
    assert corpus.filter(lambda a: "Tartu" in a.body).articles == (corpus[1],)
    assert "2 articles, 1 failures" in repr(corpus)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(articles(max_records=2))
def test_save_load_round_trip(tmp_path: Path, article: Article) -> None:
    """Any valid article survives save and load, source included."""
    path = tmp_path / "round.jsonl"
    Corpus((article, article)).save(path)
    assert Corpus.load(path) == Corpus((article, article))
