"""The ``culturedipl`` command.

    culturedipl parse FILE... [--format json|jsonl] [--jobs N] [--strict]
                              [--max-chars N] [-o OUT]

``-`` reads standard input. Results come out in the order of the arguments.

**Failures.** A file that cannot be read is reported on standard error, one
line with its name and the reason, and the run goes on with the others; the
exit status is then 1. ``--strict`` stops at the first failure instead:
standard output keeps the results before it (a JSON array is closed), while
a file named with ``-o`` is left as it was. Control characters in a file's
name (or anywhere in a message) are printed as escapes such as ``\\x1b``,
never raw to the terminal.

**Inputs.** Every input is read with a bound: no text over ``--max-chars``
characters (default :data:`~culturedipl.text.DEFAULT_MAX_CHARS`) is parsed,
so a regular file over :func:`~culturedipl.text.byte_limit` bytes (four a
character, and four for a byte-order mark) is refused unread, and any
other stream (standard input, a pipe such as ``<(...)``, a character device
such as ``/dev/zero``) is read one byte past that limit at most, then
refused. Directories, sockets and block devices are refused, one line each.
Opening a named pipe (FIFO) waits for a writer, as with every Unix tool: a
FIFO that nobody writes blocks the run. A closed standard input (``<&-``)
read as ``-`` is reported as a failure of ``-``.

**Output.** ``-o OUT`` writes a regular file (or a new one) atomically: a
temporary file beside it, synced, with the mode and owner OUT has (or the
mode a new file would get), renamed into place at the end, so an interrupted
run never leaves a truncated file. A symbolic link OUT is followed: its
target is replaced, the link stays. A target that is not a regular file
(``/dev/stdout``, ``/dev/null``, a named pipe) is written straight, without
a temporary file. A file that cannot be written, or a closed standard output
(``>&-``), is reported in one line, with exit status 1.

**Signals.** SIGINT, SIGTERM and SIGHUP stop the run: the worker processes
are stopped, the temporary file is removed, and the exit status is 128 plus
the signal's number (130, 143, 129).

**Processes.** ``--jobs N`` parses with N processes, at most one per input
file and one per available core.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import json
import os
import signal
import stat
import sys
import tempfile
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import FrameType
from typing import BinaryIO, NamedTuple, TextIO

import attrs

from culturedipl import __version__, query
from culturedipl.codec import dumps
from culturedipl.corpus import Corpus
from culturedipl.errors import CulturediplError, MissingExtraError, TextParseError
from culturedipl.explain import (
    SentenceExplanation,
    explain_file,
    explain_text,
    format_explanation,
)
from culturedipl.text import DEFAULT_MAX_CHARS, byte_limit, decode_bytes, parse_text

__all__ = ["main"]


class _Result(NamedTuple):
    """What reading one file gave: its JSON or why it failed, and any warnings."""

    source: str
    json: str | None
    error: str | None
    warnings: tuple[str, ...] = ()


class _InputError(Exception):
    """An input refused before parsing: its reason, as one line."""


#: Why a folder is refused: parse and explain read one article a file; the others read folders.
_FOLDER_REASON = (
    "Is a directory (this command reads files: name them, or a glob such as 'DIR/*.txt'; "
    "query, export and report read folders)"
)

_REFUSED_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, _FOLDER_REASON),
    (stat.S_ISSOCK, "Is a socket"),
    (stat.S_ISBLK, "Is a block device"),
)


#: The advice the library gives with a text over its limit, meant for Python callers.
_PYTHON_ADVICE = " (pass max_chars=None to lift it)"


def _shell_reason(reason: str, *, option: bool) -> str:
    """*reason* with the library's Python advice made a shell user's: ``--max-chars N`` where
    the command has that option (*option*), else nothing, since no option lifts the limit."""
    return reason.replace(_PYTHON_ADVICE, " (--max-chars N raises it)" if option else "")


def _read_bounded(stream: BinaryIO, limit: int) -> bytes:
    """At most *limit* bytes of *stream*; _InputError if there are more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        msg = f"more than {limit:,} bytes (stopped reading there){_PYTHON_ADVICE}"
        raise _InputError(msg)
    return data


def _read_input(source: str, limit: int) -> bytes:
    """The bytes of *source* (``-`` is standard input), read with the bound *limit*."""
    if source == "-":
        if sys.stdin is None:  # started with standard input closed
            msg = "standard input is closed"
            raise _InputError(msg)
        return _read_bounded(sys.stdin.buffer, limit)
    try:
        status = Path(source).stat()
    except ValueError as error:  # "embedded null byte": no file has such a name
        msg = f"not a file name: {error}"
        raise _InputError(msg) from None
    for is_kind, reason in _REFUSED_KINDS:
        if is_kind(status.st_mode):
            raise _InputError(reason)
    if stat.S_ISREG(status.st_mode):
        size = status.st_size
        if size > limit:
            msg = f"file is {size:,} bytes, over the limit of {limit:,} (not read){_PYTHON_ADVICE}"
            raise _InputError(msg)
    with Path(source).open("rb") as stream:  # a FIFO waits here for a writer
        return _read_bounded(stream, limit)


def _read_one(source: str, indent: int | None, max_chars: int | None) -> _Result:
    """Parse one file (or ``-``) into JSON text, or say why it failed.

    Warnings travel back with the result, so that the parent prints them in
    order: worker processes never write to standard error themselves.
    *max_chars* None means the library's default.
    """
    chars = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            data = _read_input(source, byte_limit(chars))
            text = decode_bytes(data, source=_printable(source))
            article = parse_text(text) if max_chars is None else parse_text(text, max_chars=chars)
            result = _Result(source, dumps(article, indent=indent), None)
        except _InputError as error:
            result = _Result(source, None, _shell_reason(str(error), option=True))
        except OSError as error:
            result = _Result(source, None, error.strerror or str(error))
        except TextParseError as error:
            # the file's name starts every line already
            reason = str(TextParseError(error.reason, position=error.position))
            result = _Result(source, None, _shell_reason(reason, option=True))
        except CulturediplError as error:
            result = _Result(source, None, str(error))
        except Exception as error:  # one bad file must not sink a batch
            result = _Result(source, None, f"internal error: {type(error).__name__}: {error}")
    return result._replace(warnings=tuple(str(warning.message) for warning in caught))


def _worker_start() -> None:
    """In each worker process: leave stopping to the parent, which terminates the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in _STOP_SIGNALS:
        signal.signal(signum, signal.SIG_DFL)


def _cores() -> int:
    """How many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def _workers(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """A pool of *jobs* processes (None for one), stopped at once if the run is interrupted."""
    if jobs <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start)
    try:
        yield pool
    except (KeyboardInterrupt, _SignalledError):
        # a worker in the middle of a long file would outlive the run: stop it now
        processes = list((pool._processes or {}).values())  # no public way in 3.11
        for process in processes:
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        # also a --strict stop: drop the files not yet started, finish the others
        pool.shutdown(wait=True, cancel_futures=True)


def _results(
    pool: ProcessPoolExecutor | None,
    jobs: int,
    files: Sequence[str],
    worker: Callable[[str], _Result],
) -> Iterator[_Result]:
    if pool is None:
        return map(worker, files)
    chunk = max(1, min(64, len(files) // (jobs * 8) or 1))
    return pool.map(worker, files, chunksize=chunk)


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Standard output, a non-regular file written straight, or a file written atomically."""
    if path is None or path == "-":
        if sys.stdout is None:  # started with standard output closed
            raise OSError(0, "standard output is closed")
        yield sys.stdout
        return
    try:
        existing: os.stat_result | None = Path(path).stat()
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        # a device, a named pipe: no rename can replace it, and none should
        with Path(path).open("w", encoding="utf-8", newline="\n") as stream:
            yield stream
        return
    # a symbolic link (even one to a file not there yet): replace its target, not the link
    target = Path(os.path.realpath(path))
    # a short name: any legal name for OUT leaves room for it
    handle, temporary = tempfile.mkstemp(prefix=".culturedipl-", suffix=".tmp", dir=target.parent)
    try:
        if existing is not None:
            with contextlib.suppress(PermissionError):  # only root gives files away
                os.chown(handle, existing.st_uid, existing.st_gid)
        # mkstemp makes the file private (0600); give it the mode the target has or would have
        os.chmod(handle, _file_mode(existing))  # noqa: PTH101 - of the open file, not a path
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(existing: os.stat_result | None) -> int:
    """The permission bits for the output: the existing file's, else what the umask allows."""
    if existing is not None:
        return stat.S_IMODE(existing.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class _StrictStop(Exception):  # noqa: N818 - a signal, not an error
    """``--strict`` met a failure: abandon the output file."""


class _SignalledError(BaseException):
    """SIGTERM or SIGHUP arrived: stop as Ctrl-C (SIGINT) does."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise _SignalledError(signum)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into _SignalledError while the run lasts."""
    previous: dict[signal.Signals, object] = {}
    try:
        for signum in _STOP_SIGNALS:
            previous[signum] = signal.signal(signum, _stop)
    except ValueError:  # not the main thread: signals are not ours to handle
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)  # type: ignore[arg-type]


_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(character: str) -> str:
    """*character* itself if a terminal shows it as it is, else an escape."""
    if character == " " or unicodedata.category(character)[0] not in "CZ":
        return character
    if character in _ESCAPES:
        return _ESCAPES[character]
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _printable(text: str) -> str:
    """*text* with control, format and odd space characters escaped (``\\x1b``, ``\\u202e``).

    An escape sequence in a file's name must not reach the terminal raw.
    """
    if text.isprintable():
        return text
    return "".join(map(_escape, text))


def _say(message: str) -> None:
    """Print *message* on standard error as one line (its lines joined), escaped."""
    if sys.stderr is not None:
        print(_printable(" ".join(message.splitlines())), file=sys.stderr)


def _parse_command(args: argparse.Namespace) -> int:
    try:
        failed = _write_results(args)
    except _StrictStop:
        return 1
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        # the output file: a missing directory, no permission, a full disk; or
        # a closed standard output
        reason = error.strerror or str(error)
        _say(f"culturedipl: {args.output or '<stdout>'}: {reason}")
        if args.output in (None, "-"):
            _quiet_stdout()
        return 1
    return 1 if failed else 0


def _write_results(args: argparse.Namespace) -> int:
    """Write the results in argument order; returns how many files failed."""
    files: list[str] = args.files
    fmt: str = args.format
    single = len(files) == 1 and fmt == "json"
    failed = 0
    written = 0
    jobs = 1 if "-" in files else min(args.jobs, len(files), _cores())
    worker = functools.partial(
        _read_one, indent=2 if fmt == "json" else None, max_chars=args.max_chars
    )
    with _output(args.output) as out, _workers(jobs) as pool:
        results = _results(pool, jobs, files, worker)
        if fmt == "json" and not single:
            out.write("[")
        for source, text, error, notes in results:
            for note in notes:
                _say(f"culturedipl: warning: {note}")
            if error is not None or text is None:
                failed += 1
                # one line per failure, whatever the file's name or the error's text holds
                _say(f"culturedipl: {_printable(source)}: {error}")
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
        if out is sys.stdout:
            out.flush()  # a closed or full standard output fails here, not at exit
    return failed


def _quiet_stdout() -> None:
    """Point standard output at the null device: nothing more is written or flushed there."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


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
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse with up to N processes (at most one per file and per core)",
    )
    parse.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    parse.add_argument(
        "--max-chars",
        type=int,
        default=None,
        metavar="N",
        help=f"refuse texts over N characters (default {DEFAULT_MAX_CHARS:,}); "
        "files over 4(N+1) bytes are not read",
    )
    parse.add_argument(
        "--output", "-o", metavar="OUT", help="write to OUT atomically instead of stdout"
    )
    parse.set_defaults(handler=_parse_command)
    explain = commands.add_parser(
        "explain", help="print an article sentence by sentence with the records and rules of each"
    )
    explain.add_argument(
        "files", nargs="+", metavar="FILE", help="article text files; '-' reads standard input"
    )
    explain.add_argument(
        "--only-records",
        action="store_true",
        help="leave out the sentences that gave no meeting or statement",
    )
    explain.set_defaults(handler=_explain_command)
    _add_query_commands(commands)
    _add_export_commands(commands)
    _add_report_command(commands)
    return parser


def _explain_command(args: argparse.Namespace) -> int:
    """culturedipl explain FILE...: each file's sentences with their records and rules."""
    status = 0
    for index, name in enumerate(args.files):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lines, problem = _explained(name)
        for warning in caught:
            _say(f"culturedipl: warning: {warning.message}")
        if problem is not None:
            _say(f"culturedipl: {_printable(name)}: {problem}")
            status = 1
            continue
        if len(args.files) > 1:
            sys.stdout.write(("\n" if index else "") + f"== {_printable(name)}\n")
        sys.stdout.write(format_explanation(lines, all_sentences=not args.only_records) + "\n")
    return status


def _explained(name: str) -> tuple[tuple[SentenceExplanation, ...], str | None]:
    """The explanation of the file *name* (``-`` is standard input, read as ``parse`` reads
    it), or why it cannot be read (without the name)."""
    try:
        if name == "-":
            data = _read_input(name, byte_limit(DEFAULT_MAX_CHARS))
            return explain_text(decode_bytes(data, source=name)), None
        return explain_file(name), None
    except _InputError as error:
        return (), _shell_reason(str(error), option=False)
    except IsADirectoryError:
        return (), _FOLDER_REASON
    except OSError as error:
        return (), error.strerror or str(error)
    except TextParseError as error:  # its message starts with the name: the line has it already
        reason = str(TextParseError(error.reason, position=error.position))
        return (), _shell_reason(reason, option=False)
    except CulturediplError as error:
        return (), str(error)


# ---------------------------------------------------------------------------
# culturedipl query KIND [filters] PATH... (issue 12)


#: What each query lists, for ``culturedipl query --help``.
_QUERY_HELP = {
    "meetings": "list meetings, one row each",
    "statements": "list statements, one row each",
    "officials": "list officials, one row per person and article",
    "initiatives": "list named initiatives, one row each",
    "partners": "count the meetings of COUNTRY's officials with each other country",
    "timeline": "list the meetings of a person or a country, oldest first",
    "invitations": "list invitations: inviter, invitee and initiative",
}

#: What each filter of ``culturedipl query KIND`` matches (docs/cli.md says more).
_FILTER_HELP = {
    "person": "a person's name or alias",
    "speaker": "a speaker's name or alias",
    "addressee": "an addressee's name or alias",
    "country": "an ISO 3166-1 alpha-2 code, upper case (AZ)",
    "host_country": "the host's country, an ISO 3166-1 alpha-2 code",
    "role": "a role: minister, ambassador, ...",
    "portfolio": "a portfolio label: culture, tourism, ...",
    "topic": "a topic label",
    "act": "a speech act: say, stress, express, thank, invite, ...",
    "initiative": "the name or an alias of an initiative",
    "words": "words that must all occur in the sentence",
    "kind": "an initiative kind: campaign, programme, year, ...",
    "name": "text that the initiative's name or an alias contains",
    "since": "from this date on: YYYY, YYYY-MM or YYYY-MM-DD",
    "until": "up to this date, included: YYYY, YYYY-MM or YYYY-MM-DD",
}

_JOBS_HELP = "read the files with up to N processes (default 1)"


def _add_query_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "query", help="ask many articles (text files, folders, .json/.jsonl of parsed ones)"
    )
    kinds = parser.add_subparsers(dest="kind", required=True)
    for kind, filters in query.KINDS.items():
        sub = kinds.add_parser(kind, help=_QUERY_HELP[kind])
        if kind == "partners":
            sub.add_argument("country", metavar="COUNTRY", help="ISO 3166-1 alpha-2 code")
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
        for name in filters:
            if not (kind == "partners" and name == "country"):
                flag = "--" + name.replace("_", "-")
                sub.add_argument(
                    flag, dest=f"filter_{name}", metavar=name.upper(), help=_FILTER_HELP[name]
                )
        sub.add_argument(
            "--format",
            choices=("table", "json", "jsonl", "csv"),
            help="default: a table on a terminal, JSON Lines otherwise",
        )
        sub.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help=_JOBS_HELP)
        sub.set_defaults(handler=_query_command)


def _cell(value: object, width: int = 60) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_table(rows: list[dict[str, object]], out: TextIO) -> None:
    """A plain-text table: one line per row, columns padded, long cells cut."""
    if not rows:
        out.write("(no results)\n")
        return
    columns = [column for column in rows[0] if column not in {"span", "source"}]
    cells = [[_cell(row[column]) for column in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    for line in [columns, ["-" * w for w in widths], *cells]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        out.write("\n")


#: How many files a missing extra's message names before it counts the rest.
_NAMED_FILES = 3


def _read_corpus(paths: Sequence[str], jobs: int) -> Corpus:
    """The articles of *paths* for query, export and report, with every problem on standard error.

    Each failure is one line with its source (a bad line of a ``.jsonl`` file
    names its line); warnings are one line each, as ``parse`` prints them;
    files that need a missing extra (web pages without trafilatura) are
    counted in one line that names the extra to install, and the other files
    are read.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = Corpus.from_paths(paths, jobs=jobs, missing_extra="fail")
    for warning in caught:
        _say(f"culturedipl: warning: {warning.message}")
    missing: dict[str, list[str]] = {}
    for failure in corpus.failures:
        if failure.extra is None:
            reason = _shell_reason(failure.reason, option=False)
            _say(f"culturedipl: {_printable(failure.source)}: {reason}")
        else:
            missing.setdefault(failure.reason, []).append(_printable(failure.source))
    for reason, sources in missing.items():
        named = ", ".join(sources[:_NAMED_FILES])
        more = len(sources) - _NAMED_FILES
        rest = f" and {more} more" if more > 0 else ""
        files = "file" if len(sources) == 1 else "files"
        _say(f"culturedipl: {reason} ({len(sources)} {files} not read: {named}{rest})")
    return corpus


def _query_command(args: argparse.Namespace) -> int:
    corpus = _read_corpus(args.paths, args.jobs)
    filters = {
        key.removeprefix("filter_"): value
        for key, value in vars(args).items()
        if key.startswith("filter_")
    }
    if args.kind == "partners":
        filters["country"] = args.country
    try:
        rows = query.rows(args.kind, corpus, **filters)
    except ValueError as error:  # a bad date, role, act or kind
        _say(f"culturedipl: {error}")
        return 2
    terminal = sys.stdout is not None and sys.stdout.isatty()
    fmt = args.format or ("table" if terminal else "jsonl")

    def write(out: TextIO) -> None:
        if fmt == "table":
            _write_table(rows, out)
        elif fmt == "json":
            out.write(json.dumps(rows, indent=2) + "\n")
        elif fmt == "jsonl":
            out.writelines(json.dumps(row) + "\n" for row in rows)
        elif rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    if not _write_out(None, write):
        return 1
    return 1 if corpus.failures else 0


def _write_out(path: str | None, write: Callable[[TextIO], None]) -> bool:
    """Run *write* on *path* (None or ``-``: standard output), as :func:`_output` opens it.

    False, after one line naming the output and the reason, if it could not be
    written (a missing folder, a full disk, a closed standard output).
    """
    stdout = path is None or path == "-"
    try:
        with _output(path) as out:
            write(out)
            if out is sys.stdout:
                out.flush()  # a closed or full standard output fails here, not at exit
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        name = "<stdout>" if path is None or path == "-" else _printable(path)
        _say(f"culturedipl: {name}: {error.strerror or error}")
        if stdout:
            _quiet_stdout()
        return False
    return True


# ---------------------------------------------------------------------------
# culturedipl export parquet|cameo|plover PATH... (issue 12)


def _add_export_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="write many articles as Parquet tables or events")
    kinds = parser.add_subparsers(dest="kind", required=True)
    parquet = kinds.add_parser("parquet", help="the five tables as Parquet files in a folder")
    parquet.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
    parquet.add_argument(
        "--output", "-o", metavar="DIR", required=True, help="the folder of the tables"
    )
    parquet.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help=_JOBS_HELP)
    parquet.set_defaults(handler=_export_command)
    for vocabulary in ("cameo", "plover"):
        sub = kinds.add_parser(vocabulary, help=f"{vocabulary.upper()} event records")
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
        sub.add_argument(
            "--format",
            choices=("csv", "jsonl"),
            default="csv",
            help="csv (the default) or JSON Lines",
        )
        sub.add_argument("--output", "-o", metavar="FILE", help="write to FILE atomically")
        sub.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help=_JOBS_HELP)
        sub.set_defaults(handler=_export_command)


def _export_command(args: argparse.Namespace) -> int:
    from culturedipl import export  # noqa: PLC0415 - only this command needs it

    corpus = _read_corpus(args.paths, args.jobs)
    try:
        if args.kind == "parquet":
            for path in export.write_parquet(corpus, args.output).values():
                print(f"culturedipl: wrote {path}", file=sys.stderr)
            return 1 if corpus.failures else 0
        coded = export.events(corpus, args.kind)
    except (ImportError, OSError) as error:
        _say(f"culturedipl: {error}")
        return 1
    rows = [record.row() for record in coded.records]

    def write(out: TextIO) -> None:
        if args.format == "jsonl":
            out.writelines(json.dumps(row) + "\n" for row in rows)
        else:
            fields = [field.name for field in attrs.fields(export.EventRecord)]
            writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    if not _write_out(args.output, write):
        return 1
    if coded.unmapped:
        counts = ", ".join(f"{act} {count}" for act, count in coded.unmapped.items())
        total = sum(coded.unmapped.values())
        records = "1 record has" if total == 1 else f"{total:,} records have"
        print(
            f"culturedipl: {records} no {args.kind.upper()} code ({counts})",
            file=sys.stderr,
        )
    return 1 if corpus.failures else 0


# ---------------------------------------------------------------------------
# culturedipl report PATH... -o report.html (issue 15)


def _add_report_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("report", help="write the analyst's HTML page of many articles")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or globs")
    parser.add_argument("--output", "-o", metavar="FILE", required=True, help="the HTML page")
    parser.add_argument("--title", help="the page's title")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help=_JOBS_HELP)
    parser.set_defaults(handler=_report_command)


def _report_command(args: argparse.Namespace) -> int:
    from culturedipl import report  # noqa: PLC0415 - only this command needs it

    corpus = _read_corpus(args.paths, args.jobs)
    if not corpus:
        # a page of nothing (megabytes of scripts and styles) would hide the failure
        _say(f"culturedipl: no article could be read; {_printable(args.output)} not written")
        return 1
    try:
        html = report.render_report(corpus, title=args.title)
    except ImportError as error:  # MissingExtraError: culturedipl[report]
        _say(f"culturedipl: {error}")
        return 1
    try:
        with _output(args.output) as out:
            out.write(html)
    except OSError as error:
        _say(f"culturedipl: {_printable(args.output)}: {error.strerror or error}")
        return 1
    _say(f"culturedipl: wrote {args.output} ({len(corpus)} articles, {len(html):,} characters)")
    return 1 if corpus.failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        _say("culturedipl: --jobs must be at least 1")
        return 2
    if getattr(args, "max_chars", None) is not None and args.max_chars < 0:
        _say("culturedipl: --max-chars must be at least 0")
        return 2
    if getattr(args, "output", None) == "":
        _say("culturedipl: --output needs a file name ('-' for standard output)")
        return 2
    try:
        with _stop_on_signals():
            status: int = args.handler(args)
    except BrokenPipeError:
        # the reader of our output went away (``| head``): not an error of ours
        _quiet_stdout()
        return 0
    except MissingExtraError as error:  # an optional dependency no command caught itself
        _say(f"culturedipl: {error}")
        return 1
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    except _SignalledError as stop:
        return 128 + stop.signum
    return status


if __name__ == "__main__":
    raise SystemExit(main())
