"""Coverage-guided fuzzing of the reader and the codec with atheris (issue 5).

    python benchmarks/fuzz.py TARGET [CORPUS_DIR ...] [-libfuzzer_flag=value ...]
    nox -s fuzz -- TARGET [...]

Targets:

parse   ``parse_text`` on any text: it may raise nothing (``TextParseError``
        cannot happen below its limit); the body must be a piece of the input,
        statements must show their sentence and the JSON must round-trip.
spans   ``parse`` plus the span checks: every mention of an official holds a
        word of its name, every mention of an initiative holds its name.
loads   ``loads`` on any bytes and any text: it may raise only ``DecodeError``,
        whose problems each start with a JSON path; what it accepts must dump
        and load back to the same article.

A failed check or any other exception is a crash: libFuzzer stops and writes
the input to ``crash-<sha1>`` in the working directory. Without a corpus
directory, one is seeded in a fresh temporary directory (its path is printed)
from the test articles, so that runs start from real news text and real JSON.
Useful libFuzzer flags: ``-atheris_runs=N`` (stop after N inputs),
``-max_total_time=S``, ``-max_len=BYTES`` (default 4096), ``-timeout=S`` (an
input taking longer is a crash), ``-jobs=N``. The exit status is 0 when no
crash was found.
"""

from __future__ import annotations

import re
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["culturedipl"]):
    from culturedipl import Article, DecodeError, dumps, loads
    from culturedipl.text import decode_bytes, parse_text

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "articles"
_WORD = re.compile(r"[^\W\d_]+")


def _text(data: bytes) -> str:
    """The text an input stands for; its first byte picks how the rest is read.

    0: any code points, surrogates included; 1: bytes as ``parse_file`` decodes
    them; anything else: the whole input as UTF-8, so seeds stay readable.
    """
    if data[:1] == b"\x00":
        return atheris.FuzzedDataProvider(data[1:]).ConsumeUnicode(len(data))  # type: ignore[no-any-return]
    if data[:1] == b"\x01":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return decode_bytes(data[1:])
    return data.decode("utf-8", "surrogateescape")


def _check_article(text: str, article: Article) -> None:
    if text.find(article.body) < 0:
        msg = "the body is not a piece of the input"
        raise AssertionError(msg)
    for statement in article.statements:
        if statement.text != article.text_of(statement.span):
            msg = f"{statement.id}: text is not the body at its span"
            raise AssertionError(msg)
    encoded = dumps(article)
    if loads(encoded) != article or dumps(loads(encoded)) != encoded:
        msg = "the article's JSON does not round-trip"
        raise AssertionError(msg)


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


def _check_spans(article: Article) -> None:
    for official in article.officials:
        names = [_fold(name) for name in (official.name, *official.aliases)]
        for span in official.mentions:
            mention = article.text_of(span)
            words = [_fold(word) for word in _WORD.findall(mention)]
            if not any(word in name for word in words for name in names):
                msg = f"{official.id} {official.name!r}: mention {mention!r}"
                raise AssertionError(msg)
    for initiative in article.initiatives:
        spellings = (initiative.name, *initiative.aliases)
        for span in initiative.mentions:
            mention = article.text_of(span)
            if not any(spelling in mention for spelling in spellings):
                msg = f"{initiative.id} {initiative.name!r}: mention {mention!r}"
                raise AssertionError(msg)


def fuzz_parse(data: bytes) -> None:
    """``parse_text`` never raises and gives a whole, honest article."""
    text = _text(data)
    _check_article(text, parse_text(text))


def fuzz_spans(data: bytes) -> None:
    """``fuzz_parse``, and every mention's text is what its record names."""
    text = _text(data)
    article = parse_text(text)
    _check_article(text, article)
    _check_spans(article)


def fuzz_loads(data: bytes) -> None:
    """``loads`` raises only ``DecodeError`` with paths, and round-trips what it accepts."""
    document: str | bytes = data
    if data[:1] == b"\x00":
        document = atheris.FuzzedDataProvider(data[1:]).ConsumeUnicode(len(data))
    try:
        article = loads(document)
    except DecodeError as error:
        if not error.problems or not all(problem.startswith("$") for problem in error.problems):
            msg = f"a problem without a JSON path: {error.problems!r}"
            raise AssertionError(msg) from None
        return
    encoded = dumps(article)
    if loads(encoded) != article:
        msg = "an accepted document does not round-trip"
        raise AssertionError(msg)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "parse": fuzz_parse,
    "spans": fuzz_spans,
    "loads": fuzz_loads,
}


def _seed_corpus(target: str) -> str:
    """A fresh directory of seed inputs: the test articles, or their JSON for ``loads``."""
    directory = Path(tempfile.mkdtemp(prefix=f"culturedipl-fuzz-{target}-"))
    for path in sorted(ARTICLES.glob("*.txt")):
        data = path.read_bytes()
        if target == "loads":
            data = dumps(parse_text(data.decode("utf-8-sig"))).encode("ascii")
        (directory / path.stem).write_bytes(data)
    return str(directory)


def main(argv: list[str]) -> None:
    """Pick the target named first in *argv* and hand the rest to libFuzzer."""
    if len(argv) < 2 or argv[1] not in TARGETS:
        print(
            f"usage: {argv[0]} {{{','.join(TARGETS)}}} [CORPUS_DIR ...] [-flag=value ...]",
            file=sys.stderr,
        )
        raise SystemExit(2)
    target = argv[1]
    rest = argv[2:]
    if not any(not arg.startswith("-") for arg in rest) and ARTICLES.is_dir():
        corpus = _seed_corpus(target)
        print(f"fuzz.py: seed corpus in {corpus}", file=sys.stderr)
        rest.append(corpus)
    atheris.Setup([argv[0], *rest], TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
