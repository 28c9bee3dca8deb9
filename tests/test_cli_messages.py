"""What the command line says about a text over its limit: advice a shell user can follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from culturedipl.cli import main
from culturedipl.text import DEFAULT_MAX_CHARS

SAMPLE = "Minister of Culture Anna Berg met Ambassador of China Wei Lin in Beijing on Monday."


@pytest.fixture(scope="module")
def too_long(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A text file one character over the default limit (and under its byte bound)."""
    path = tmp_path_factory.mktemp("long") / "long.txt"
    path.write_text("a" * (DEFAULT_MAX_CHARS + 1), encoding="ascii")
    return path


def test_parse_names_its_own_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --max-chars 50` over the limit says that --max-chars raises it, not max_chars=None."""
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert main(["parse", "--max-chars", "50", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"culturedipl: {path}: at character 50: text is {len(SAMPLE)} characters, over the "
        "limit of 50 (--max-chars N raises it)\n"
    )


@pytest.mark.parametrize(
    "command",
    [["explain"], ["query", "meetings"], ["export", "cameo"]],
    ids=["explain", "query", "export"],
)
def test_commands_without_the_option_give_no_python_advice(
    command: list[str], too_long: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Commands that have no --max-chars report the limit without Python's max_chars=None."""
    assert main([*command, str(too_long)]) == 1
    err = capsys.readouterr().err
    assert f"culturedipl: {too_long}: " in err
    assert f"over the limit of {DEFAULT_MAX_CHARS:,}" in err
    assert "max_chars=None" not in err
