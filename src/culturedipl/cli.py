"""The ``culturedipl`` command.

    culturedipl parse FILE... [--format json|jsonl] [--jobs N] [--strict] [-o OUT]

``-`` reads standard input. Results come out in the order of the arguments.
A file that cannot be read is reported on standard error, one line with its
name and the reason, and the run goes on with the others; the exit status is
then 1. ``--strict`` stops at the first failure instead: standard output keeps
the results before it (a JSON array is closed), while a file named with ``-o``
is left as it was. Output written with ``-o`` goes to a temporary file first
(synced, with the mode the target has or would get) and is renamed into place
at the end, so an interrupted run never leaves a truncated file; a file that
cannot be written is reported in one line, with exit status 1.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import tempfile
import warnings
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple, TextIO

from culturedipl import __version__
from culturedipl.codec import dumps
from culturedipl.errors import CulturediplError
from culturedipl.text import decode_bytes, parse_text

__all__ = ["main"]


class _Result(NamedTuple):
    """What reading one file gave: its JSON or why it failed, and any warnings."""

    source: str
    json: str | None
    error: str | None
    warnings: tuple[str, ...] = ()


def _read_one(source: str, indent: int | None) -> _Result:
    """Parse one file (or ``-``) into JSON text, or say why it failed.

    Warnings travel back with the result, so that the parent prints them in
    order: worker processes never write to standard error themselves.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
            text = dumps(parse_text(decode_bytes(data, source=source)), indent=indent)
            result = _Result(source, text, None)
        except OSError as error:
            result = _Result(source, None, error.strerror or str(error))
        except CulturediplError as error:
            result = _Result(source, None, str(error))
        except Exception as error:  # one bad file must not sink a batch
            result = _Result(source, None, f"internal error: {type(error).__name__}: {error}")
    return result._replace(warnings=tuple(str(warning.message) for warning in caught))


def _read_compact(source: str) -> _Result:
    return _read_one(source, None)


def _read_pretty(source: str) -> _Result:
    return _read_one(source, 2)


def _results(files: Sequence[str], jobs: int, pretty: bool) -> Generator[_Result, None, None]:
    worker = _read_pretty if pretty else _read_compact
    if jobs <= 1 or len(files) < 2 or "-" in files:
        yield from map(worker, files)
        return
    chunk = max(1, min(64, len(files) // (jobs * 8) or 1))
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        yield from pool.map(worker, files, chunksize=chunk)
    finally:
        # a --strict stop closes this generator: drop the files not yet started
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file written atomically (temporary file, then rename)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode the target would have
        Path(temporary).chmod(_file_mode(target))
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(target: Path) -> int:
    """The permission bits for *target*: its own if it exists, else what the umask allows."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _StrictStop(Exception):  # noqa: N818 - a signal, not an error
    """``--strict`` met a failure: abandon the output file."""


def _parse_command(args: argparse.Namespace) -> int:
    try:
        failed = _write_results(args)
    except _StrictStop:
        return 1
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        # the output file: a missing directory, no permission, a full disk
        reason = error.strerror or str(error)
        print(f"culturedipl: {args.output or '<stdout>'}: {reason}", file=sys.stderr)
        return 1
    return 1 if failed else 0


def _write_results(args: argparse.Namespace) -> int:
    """Write the results in argument order; returns how many files failed."""
    files: list[str] = args.files
    fmt: str = args.format
    single = len(files) == 1 and fmt == "json"
    failed = 0
    written = 0
    results = _results(files, args.jobs, pretty=fmt == "json")
    with _output(args.output) as out, contextlib.closing(results):
        if fmt == "json" and not single:
            out.write("[")
        for source, text, error, notes in results:
            for note in notes:
                print(" ".join(f"culturedipl: warning: {note}".splitlines()), file=sys.stderr)
            if error is not None or text is None:
                failed += 1
                # one line per failure, whatever the file's name or the error's text holds
                print(" ".join(f"culturedipl: {source}: {error}".splitlines()), file=sys.stderr)
                if args.strict:
                    if out is sys.stdout and fmt == "json" and not single:
                        # what went out already stays well-formed JSON
                        out.write("\n]\n" if written else "]\n")
                    # an output file is left as it was (the temporary one is removed)
                    raise _StrictStop
                continue
            if fmt == "jsonl" or single:
                out.write(text)
                out.write("\n")
            else:
                out.write(",\n" if written else "\n")
                out.write(text)
            written += 1
        if fmt == "json" and not single:
            out.write("\n]\n" if written else "]\n")
    return failed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="culturedipl",
        description="Extract officials, meetings, statements and initiatives from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="read article text files and print their JSON")
    parse.add_argument(
        "files", nargs="+", metavar="FILE", help="text files; '-' reads standard input"
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: pretty JSON (an array for several files); jsonl: one compact line per article",
    )
    parse.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help="parse with N processes"
    )
    parse.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    parse.add_argument(
        "--output", "-o", metavar="OUT", help="write to OUT atomically instead of stdout"
    )
    parse.set_defaults(handler=_parse_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("culturedipl: --jobs must be at least 1", file=sys.stderr)
        return 2
    try:
        status: int = args.handler(args)
    except BrokenPipeError:
        # the reader of our output went away (``| head``): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    raise SystemExit(main())
