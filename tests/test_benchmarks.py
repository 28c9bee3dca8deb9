"""The benchmark tools in benchmarks/ that a maintainer runs on demand."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTICLE = sorted((REPO / "tests" / "articles").glob("*.txt"))[0]


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_count_of_a_tree(tmp_path: Path) -> None:
    """instructions.py counts a parse of one article: hundreds of thousands of instructions."""
    shutil.copy(ARTICLE, tmp_path / ARTICLE.name)
    source = str(REPO / "src")
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "instructions.py"),
            source,
            "--rounds",
            "1",
            "--corpus",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = re.findall(r"([\d,.]+) k instructions/article\s+([\d.]+)", run.stdout)
    assert len(rows) == 1, run.stdout
    assert 100 < float(rows[0][0].replace(",", "")) < 100_000, run.stdout
    assert rows[0][1] == "1.000"
    assert source in run.stdout
