"""Digest the reader's JSON for every annotated article, to prove a refactor changes nothing.

Usage::

    python scripts/output_digest.py > before.txt      # on the old tree
    python scripts/output_digest.py > after.txt       # on the new tree
    diff before.txt after.txt                         # empty: byte-identical output

One line per article: its path relative to the folder it came from, and the
SHA-256 of ``culturedipl.dumps`` of the parsed article. Only digests are
printed, so the output may be kept or committed even for articles that are not
ours (``../shared/corpus``). Extra folders may be given as arguments; by default
the repository's ``tests/articles*`` and, when present, ``../shared/corpus/dev``
and ``dev2``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import culturedipl

ROOT = Path(__file__).resolve().parents[1]


def default_folders() -> list[Path]:
    """Our own annotated sets, then the shared corpus when it is beside the repository."""
    folders = sorted(p for p in (ROOT / "tests").glob("articles*") if p.is_dir())
    shared = ROOT.parent / "shared" / "corpus"
    folders += [shared / name for name in ("dev", "dev2") if (shared / name).is_dir()]
    return folders


def digests(folder: Path) -> list[str]:
    """``name sha256`` for each article of *folder*, in name order."""
    lines = []
    for path in sorted(folder.glob("*.txt")):
        article = culturedipl.parse_file(path)
        digest = hashlib.sha256(culturedipl.dumps(article).encode("utf-8")).hexdigest()
        lines.append(f"{folder.name}/{path.name} {digest}")
    return lines


def main(argv: list[str]) -> int:
    """Print the digest of every article of the folders given (or the default ones)."""
    folders = [Path(a) for a in argv] or default_folders()
    for folder in folders:
        sys.stdout.write("".join(line + "\n" for line in digests(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
