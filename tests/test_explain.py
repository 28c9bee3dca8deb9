"""culturedipl explain: every record of a sentence with the rule that read it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import culturedipl
from culturedipl.cli import main
from culturedipl.explain import explain_file, explain_text, format_explanation

ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            (
                "Plans for the festival were discussed by Minister of Culture of Latvia Inga "
                "Berzina and Minister of Culture of Estonia Kaarel Tamm."
            ),
            (
                "statement discuss: Inga Berzina, Kaarel Tamm (rule: passive with its agents; "
                "verb: 'were discussed')"
            ),
        ),
        (
            (
                "Minister of Culture Anna Berg met Ambassador of China Wei Lin.\n\n"
                '"Our museums will work together," said Berg.'
            ),
            "statement say: Anna Berg (rule: attribution after a quotation; verb: 'said')",
        ),
        (
            (
                "Minister of Culture Anna Berg held separate meetings with Ambassador of China "
                "Wei Lin and Ambassador of Peru Luis Soto."
            ),
            (
                "meeting: Anna Berg, Luis Soto (rule: held meetings with each; "
                "trigger: 'held separate meetings')"
            ),
        ),
        (
            "Ambassador of Peru Luis Soto paid a farewell visit to Minister of Culture Anna Berg.",
            "meeting: Luis Soto, Anna Berg (rule: visit; trigger: 'paid a farewell visit to')",
        ),
    ],
)
def test_a_record_names_its_rule(text: str, record: str) -> None:
    """The explanation of a construction names the rule that read it."""
    records = [r for line in explain_text(text) for r in line.records]
    assert record in records


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_explanation_covers_every_sentence_and_record(path: Path) -> None:
    """Each sentence of the body is explained at its own span, and there is a line for
    every meeting and statement the article holds, each with a rule."""
    article = culturedipl.parse_file(path)
    lines = explain_file(path)
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))
    for line in lines:
        assert article.text_of(line.span) == line.text
    records = [r for line in lines for r in line.records]
    assert all("(rule: " in r and "rule: )" not in r for r in records)
    assert sum(r.startswith("meeting:") for r in records) >= len(article.meetings)
    assert sum(r.startswith("statement ") for r in records) >= len(article.statements)


def test_only_records_leaves_out_the_sentences_without_any() -> None:
    """format_explanation(all_sentences=False) prints only sentences that gave records."""
    lines = explain_text(
        "Minister of Culture Anna Berg met Ambassador of China Wei Lin. It rained."
    )
    assert "It rained" in format_explanation(lines)
    assert "It rained" not in format_explanation(lines, all_sentences=False)


def test_the_command_explains_files_and_reports_a_missing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`culturedipl explain` prints each file's explanation; a missing file is one line
    on stderr and status 1, and the other files are still explained."""
    good = tmp_path / "good.txt"
    good.write_text("Minister of Culture Anna Berg met Ambassador of China Wei Lin.\n")
    status = main(["explain", str(good), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert status == 1
    assert f"== {good}" in out
    assert "meeting: Anna Berg, Wei Lin (rule: met; trigger: 'met')" in out
    assert "missing.txt" in err
    assert len(err.strip().splitlines()) == 1


def test_the_command_reads_standard_input_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`culturedipl explain -` reads standard input, as `culturedipl parse -` does, with the
    same decoding (cp1252 with a warning)."""
    text = "Minister of Culture Jos\xe9 Berg met Ambassador of China Wei Lin.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252"))))
    status = main(["explain", "-"])
    out, err = capsys.readouterr()
    assert status == 0
    assert "meeting: José Berg, Wei Lin (rule: met; trigger: 'met')" in out
    assert err == "culturedipl: warning: -: not UTF-8 (byte 23); read as cp1252\n"
