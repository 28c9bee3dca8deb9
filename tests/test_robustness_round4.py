"""Hostile input, round 4: input that holds no text.

An empty or blank file still becomes an article (nothing in a batch is
dropped), but it is named in a one-line :class:`~culturedipl.EmptyTextWarning`
by the library and by every command, so that a batch says which of its
articles are empty.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from culturedipl import Corpus, EmptyTextWarning, decode_bytes, parse_file
from culturedipl.cli import main

ARTICLE = (
    "Culture Minister Lena Varga received Ambassador Tomas Riedl in Budapest on Monday. "
    "Varga said the two museums would exchange exhibitions.\n"
)
NO_TEXT = {"empty": b"", "blank": b" \n\t\r\n  \n", "bom only": b"\xef\xbb\xbf"}


@pytest.mark.parametrize("data", list(NO_TEXT.values()), ids=list(NO_TEXT))
def test_decode_bytes_names_a_source_with_no_text(data: bytes) -> None:
    with pytest.warns(EmptyTextWarning, match=r"^a\.txt: no text \((empty|blank)"):
        text = decode_bytes(data, source="a.txt")
    assert not text.strip()


def test_text_is_decoded_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode_bytes(ARTICLE.encode()) == ARTICLE


def test_parse_file_of_an_empty_file_is_an_empty_article_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.warns(EmptyTextWarning, match="empty.txt: no text"):
        article = parse_file(path)
    assert article.body == ""
    assert (article.officials, article.meetings, article.statements) == ((), (), ())


def test_parse_warns_in_one_line_and_keeps_every_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(NO_TEXT["blank"])
    assert main(["parse", "--format", "jsonl", str(blank), str(good)]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [record["body"].strip() for record in records] == ["", ARTICLE.strip()]
    assert records[1]["meetings"], "the good article is read as ever"
    warning = f"{blank}: no text (blank: white space only); its article has no records"
    assert captured.err.splitlines() == [f"culturedipl: warning: {warning}"]


def test_a_corpus_keeps_an_empty_file_as_an_article_and_warns(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.warns(EmptyTextWarning, match="b.txt: no text"):
        corpus = Corpus.from_paths(tmp_path)
    assert len(corpus) == 2
    assert not corpus.failures
