"""Instructions per article of the reader, counted by valgrind: steady where timings are not.

    python benchmarks/instructions.py [SRC ...] [--rounds N] [--corpus DIR] [--spacy]

Each SRC is a folder that holds the ``culturedipl`` package (``src`` of a
checkout, or an unpacked wheel); without one, the package this interpreter
imports is counted. For each, the articles ``bench.py`` reads (``../shared/corpus``
when it exists, otherwise our own) are parsed once to warm up, then *N* more
times, under ``valgrind --tool=cachegrind``; the difference of the two
instruction counts, divided by the articles parsed, leaves out start-up.

On a shared machine, timings of one change move by several per cent from run
to run, while instruction counts repeat exactly for the same code; across
edits they are steady to about 1% (memory layout and allocation move them),
so they show changes of a few per cent that timings blur. They are not time
(a cache miss costs more than an instruction), so a real speed-up is
confirmed by timing, in ``bench.py``. Needs valgrind (``apt install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench import corpus_paths  # the same articles the benchmark reads

# The child parses the corpus 1 + rounds times; paths come in argv.
_DRIVER = """
import sys
from pathlib import Path
from culturedipl import parse_text
texts = [Path(p).read_text(encoding="utf-8-sig") for p in sys.argv[2:]]
for _ in range(1 + int(sys.argv[1])):
    for text in texts:
        parse_text(text)
"""

# The same for spaCy's blank English pipeline with its sentencizer, the baseline of
# the speed target (bench.py times the same pair).
_SPACY_DRIVER = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
texts = [Path(p).read_text(encoding="utf-8-sig") for p in sys.argv[2:]]
for _ in range(1 + int(sys.argv[1])):
    for text in texts:
        nlp(text)
"""

_TOTAL = re.compile(r"I\s+refs:\s+([\d,]+)")


def count(source: str | None, rounds: int, paths: Sequence[Path], driver: Path) -> int:
    """Instructions of one run of the driver over *rounds* extra passes."""
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same dict layouts every run
    if source is not None:
        env["PYTHONPATH"] = source
    run = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            str(driver),
            str(rounds),
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    found = _TOTAL.search(run.stderr)
    if run.returncode != 0 or found is None:
        msg = f"valgrind run failed for {source or 'the installed package'}:\n{run.stderr[-2000:]}"
        raise SystemExit(msg)
    return int(found.group(1).replace(",", ""))


def per_article(source: str | None, rounds: int, paths: Sequence[Path], driver: Path) -> float:
    """Instructions per parsed article, start-up and warm-up left out."""
    base = count(source, 0, paths, driver)
    full = count(source, rounds, paths, driver)
    return (full - base) / (rounds * len(paths))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "sources", nargs="*", help="folders holding culturedipl (default: installed)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="counted passes over the corpus")
    parser.add_argument("--corpus", type=Path, help="folder of *.txt articles")
    parser.add_argument(
        "--spacy",
        action="store_true",
        help="also count spaCy's blank pipeline + sentencizer and print each source's "
        "rate against it (instructions are not time: confirm with bench.py)",
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions.py needs valgrind on PATH (apt install valgrind)", file=sys.stderr)
        return 2
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    paths, _ = corpus_paths(args.corpus)
    sources: list[str | None] = [str(Path(s).resolve()) for s in args.sources] or [None]
    with tempfile.TemporaryDirectory() as tmp:
        driver = Path(tmp) / "driver.py"
        driver.write_text(_DRIVER, encoding="utf-8")
        counts = [per_article(source, args.rounds, paths, driver) for source in sources]
        spacy_count = None
        if args.spacy:
            spacy_driver = Path(tmp) / "spacy_driver.py"
            spacy_driver.write_text(_SPACY_DRIVER, encoding="utf-8")
            spacy_count = per_article(None, args.rounds, paths, spacy_driver)
    print(f"{len(paths)} articles, {args.rounds} counted passes")
    for source, instructions in zip(sources, counts, strict=True):
        ratio = instructions / counts[0]
        label = source or "installed culturedipl"
        print(f"{instructions / 1000:10,.1f} k instructions/article  {ratio:5.3f}  {label}")
    if spacy_count is not None:
        print(f"{spacy_count / 1000:10,.1f} k instructions/article  spaCy blank + sentencizer")
        for source, instructions in zip(sources, counts, strict=True):
            label = source or "installed culturedipl"
            print(f"reader/spaCy rate by instructions: {spacy_count / instructions:5.2f}x  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
