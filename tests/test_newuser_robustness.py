"""What a new user's first runs met: bad inputs give one short line that says where and why."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from culturedipl import Corpus, TextParseError, decode_bytes
from culturedipl.cli import main
from culturedipl.text import byte_limit

ARTICLES = Path(__file__).parent / "articles"
SAMPLE = "Minister of Culture Anna Berg met Ambassador of China Wei Lin in Beijing on Monday."


# ---------------------------------------------------------------------------
# 1. JSON of another shape (the *.gold.json annotations beside the articles)


@pytest.mark.parametrize("command", [["query", "meetings"], ["export", "cameo"]])
def test_a_folder_leaves_its_annotation_files_out_in_one_line(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder's *.gold.json are not read, one warning counts them; the .txt are read."""
    assert main([*command, str(ARTICLES)]) == 0
    captured = capsys.readouterr()
    golds = len(list(ARTICLES.glob("*.gold.json")))
    assert captured.err.splitlines()[0] == (
        f"culturedipl: warning: {ARTICLES}: {golds} .gold.json annotation files not read "
        "(not articles; name one to read it)"
    )
    assert ".gold.json:" not in captured.err
    assert captured.out  # the records of the text files


def test_a_folder_gives_the_articles_of_its_text_files() -> None:
    """The folder gives the same articles as its *.txt, and no failure (one empty annotation
    decoded as an article with no body before)."""
    with pytest.warns(UserWarning, match=r"annotation files not read"):
        folder = Corpus.from_paths([ARTICLES])
    texts = Corpus.from_paths([str(ARTICLES / "*.txt")])
    assert folder == texts


@pytest.mark.parametrize("command", [["query", "meetings"], ["export", "cameo"]])
def test_annotation_files_named_give_short_lines(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Each *.gold.json named is one short line: what it is not, a few problems, how many more."""
    paths = [str(path) for path in sorted(ARTICLES.glob("*.gold.json"))]
    main([*command, *paths])
    failures = capsys.readouterr().err.splitlines()
    assert len(failures) >= len(paths) - 1  # an annotation with no records decodes
    for line in failures:
        assert len(line) < 400
        assert re.search(
            r"\.gold\.json: not an article as culturedipl writes it: \$\.[^;]+; [^;]+; [^;]+; "
            r"and \d+ more$",
            line,
        )


def test_a_few_problems_are_named_in_full(tmp_path: Path) -> None:
    """Three problems or fewer are all named, as before; no count is added."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"body": "One.", "published": "soon"}), encoding="utf-8")
    (failure,) = Corpus.from_paths([path]).failures
    assert failure.reason == "$.published: invalid date 'soon'"


def test_a_bad_jsonl_line_with_many_problems_is_short(tmp_path: Path) -> None:
    """A .jsonl line of another shape is one short failure naming its line; good lines are read."""
    gold = (ARTICLES / "brasiliapost-2011-08-17-india-festival.gold.json").read_text("utf-8")
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"body": "One."})
    path.write_text(good + "\n" + json.dumps(json.loads(gold)) + "\n", encoding="utf-8")
    corpus = Corpus.from_paths([path])
    assert len(corpus) == 1
    (failure,) = corpus.failures
    assert failure.reason.startswith("line 2: not an article as culturedipl writes it: $.")
    assert re.search(r"; and \d+ more$", failure.reason)
    assert len(failure.reason) < 300


# ---------------------------------------------------------------------------
# 2. parse and explain of a folder


@pytest.mark.parametrize("command", ["parse", "explain"])
def test_a_folder_given_to_parse_says_what_to_do(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder is refused with a hint: a glob of its files, or the commands that read folders."""
    assert main([command, str(ARTICLES)]) == 1
    assert capsys.readouterr().err == (
        f"culturedipl: {ARTICLES}: Is a directory (this command reads files: name them, or a "
        "glob such as 'DIR/*.txt'; query, export and report read folders)\n"
    )


# ---------------------------------------------------------------------------
# 3. report with no article


def test_report_with_no_article_writes_no_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No article read: no page is written, and one line says why; the status is 1."""
    out = tmp_path / "r.html"
    assert main(["report", str(tmp_path / "nonexist"), "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"culturedipl: no article could be read; {out} not written"


def test_report_with_no_article_leaves_an_old_page(tmp_path: Path) -> None:
    """An existing page is left as it was."""
    out = tmp_path / "r.html"
    out.write_text("old", encoding="utf-8")
    assert main(["report", str(tmp_path / "nonexist"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "old"


# ---------------------------------------------------------------------------
# 4. a lone NUL is not UTF-16


def test_a_lone_nul_in_a_short_input_is_not_utf16() -> None:
    """'a\\x00b' is not UTF-16 of 'a' and half a character: refused as binary, nothing lost."""
    with pytest.raises(TextParseError, match=r"^-: binary data, not text"):
        decode_bytes(b"a\x00b", source="-")


def test_cli_parse_of_a_lone_nul_loses_no_byte(capsys: pytest.CaptureFixture[str]) -> None:
    """`printf 'a\\x00b' | culturedipl parse -` gives no article with the 'b' dropped."""
    stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(b"a\x00b"))
    try:
        assert main(["parse", "-"]) == 1
    finally:
        sys.stdin = stdin
    captured = capsys.readouterr()
    assert "UTF-16" not in captured.err
    assert captured.err.startswith("culturedipl: -: binary data, not text")


@given(
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=40),
    st.integers(min_value=0),
)
def test_one_nul_is_never_read_as_utf16(text: str, where: int) -> None:
    """ASCII with one NUL anywhere decodes to itself, NUL and all, or is refused: never lossy."""
    at = where % (len(text) + 1)
    data = (text[:at] + "\x00" + text[at:]).encode("ascii")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            decoded: str | None = decode_bytes(data)
        except TextParseError as error:
            decoded, reason = None, str(error)
        if decoded is None:
            assert "binary data" in reason
        else:
            assert decoded == data.decode("ascii")


@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=2, max_size=40))
def test_ascii_utf16_without_bom_of_two_characters_or_more_is_read(text: str) -> None:
    """Real UTF-16 without a BOM (two characters or more) is still recognised, LE and BE."""
    for encoding in ("utf-16-le", "utf-16-be"):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            assert decode_bytes(text.encode(encoding)) == text


# ---------------------------------------------------------------------------
# 5. the byte bound named for the shell


@pytest.fixture(scope="module")
def too_big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sparse text file of one byte over the default byte bound."""
    path = tmp_path_factory.mktemp("big") / "big.txt"
    with path.open("wb") as stream:
        stream.truncate(byte_limit(20_000_000) + 1)
    return path


def test_query_of_a_file_over_the_byte_bound_names_no_python_parameter(
    too_big: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From the command line the bound reads as a limit of characters, not 'max_chars=N'."""
    assert main(["query", "meetings", "--format", "json", str(too_big)]) == 1
    err = capsys.readouterr().err
    assert "max_chars" not in err
    assert err == (
        f"culturedipl: {too_big}: more than 80,000,004 bytes, more than any text of the "
        "limit of 20,000,000 characters takes\n"
    )


def test_parse_of_a_file_over_the_byte_bound_names_its_option(
    too_big: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`parse` says that --max-chars raises the bound."""
    assert main(["parse", str(too_big)]) == 1
    size = os.stat(too_big).st_size  # noqa: PTH116 - the size of the sparse file
    assert capsys.readouterr().err == (
        f"culturedipl: {too_big}: file is {size:,} bytes, over the limit of 80,000,004 "
        "(not read) (--max-chars N raises it)\n"
    )
