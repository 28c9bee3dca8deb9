"""Hostile input, round 2 (issue 13): the breaks a hostile tester found, each a test.

- round trips: surrogates in the input, a ``datetime`` as *published*, huge
  integers in JSON data, JSON Lines with a BOM or given as one ``bytes``;
- encodings: UTF-32 with a BOM, UTF-16 without one, binary data refused;
- ``parse_file``: which errors it raises for which paths;
- the command line: bounded reads, odd inputs and outputs, signals, closed
  standard streams, escaped file names, the number of workers.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import os
import resource
import signal
import socket
import stat
import subprocess
import sys
import time
import tracemalloc
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from culturedipl import (
    DecodeError,
    TextParseError,
    cli,
    dumps,
    from_dict,
    iter_jsonl,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.cli import main
from culturedipl.text import (
    DEFAULT_MAX_CHARS,
    DecodingWarning,
    byte_limit,
    decode_bytes,
    parse_file,
    parse_text,
)

SAMPLE = (
    "Culture Minister Lale Rzayeva met with Polish Ambassador to Azerbaijan Tomasz Nowicki"
    " in Baku on Monday. The minister stressed the role of museums."
)
#: Latin letters with accents, Cyrillic and an astral character: not ASCII.
WIDE = "Culture Minister Jürgen Müller met Ambassador René Aubert. Он сказал «да» 😀.\n"


# ---------------------------------------------------------------------------
# Round trips.


@pytest.mark.parametrize(
    ("text", "repaired", "pairs", "lone"),
    [
        ("Minister Ana Ruiz \ud83d\ude00 said hello.", "Minister Ana Ruiz 😀 said hello.", 1, 0),
        ("Minister Ana \ud83dRuiz said hello.", "Minister Ana \ufffdRuiz said hello.", 0, 1),
        ("\ude00\ud83d Minister Ana Ruiz said.", "\ufffd\ufffd Minister Ana Ruiz said.", 0, 2),
        ("\ud83d\ude00\udfff\ud800\udc00x", "😀\ufffd\U00010000x", 2, 1),
    ],
    ids=["pair", "lone high", "reversed pair", "mixed"],
)
def test_surrogates_are_joined_or_replaced_with_a_warning(
    text: str, repaired: str, pairs: int, lone: int
) -> None:
    """A surrogate pair becomes its character, a lone one U+FFFD, with a warning saying so."""
    message = f"text holds surrogate code points: {pairs} pair.s. joined .*, {lone} lone"
    with pytest.warns(DecodingWarning, match=message):
        article = parse_text(text)
    assert article.body == repaired.strip()
    assert loads(dumps(article)) == article


def test_surrogate_pair_before_a_statement_keeps_its_span() -> None:
    """The statement after an emoji written as a surrogate pair survives dumps and loads."""
    text = "Culture Minister Lale Rzayeva \ud83d\ude00 arrived. The minister said hello."
    with pytest.warns(DecodingWarning):
        article = parse_text(text)
    assert article.statements
    decoded = loads(dumps(article))
    assert decoded == article
    assert decoded.statements[0].text == "The minister said hello."


def test_surrogates_in_the_url_are_repaired() -> None:
    """The url is stored with whole characters too, so it survives the round trip."""
    with pytest.warns(DecodingWarning, match="url holds surrogate"):
        article = parse_text(SAMPLE, url="https://example.org/\ud83d\ude00")
    assert article.url == "https://example.org/😀"
    assert loads(dumps(article)) == article


def test_text_without_surrogates_gives_no_warning() -> None:
    """Ordinary text, astral characters included, is read without a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = parse_text(WIDE + SAMPLE)
    assert article.body == (WIDE + SAMPLE).strip()


@pytest.mark.parametrize(
    "published",
    [dt.datetime(2021, 3, 5, 23, 59, tzinfo=dt.UTC), dt.datetime(2021, 3, 5)],
    ids=["aware", "naive"],
)
def test_datetime_published_is_stored_as_its_date(published: dt.datetime) -> None:
    """parse_text(published=datetime) stores a plain date, which loads accepts."""
    article = parse_text(SAMPLE, published=published)
    assert type(article.published) is dt.date
    assert article.published == dt.date(2021, 3, 5)
    assert loads(dumps(article)) == article


def test_published_that_is_not_a_date_is_a_type_error() -> None:
    """A string as published raises TypeError, as a str for text does."""
    with pytest.raises(TypeError, match="published must be a date, got str"):
        parse_text(SAMPLE, published="2021-03-05")  # type: ignore[arg-type]


def _sample_dict() -> dict[str, Any]:
    article = parse_text(SAMPLE)
    assert article.statements
    assert article.officials[0].mentions
    return to_dict(article)


HUGE = 10**5000  # more digits than Python turns into text by default


def _set(path: str, value: object) -> dict[str, Any]:
    data = copy.deepcopy(_sample_dict())
    *parents, last = path.split("/")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (
            "statements/0/span/1",
            HUGE,
            "$.statements[0].span[1]: an integer of about 5,001 digits is larger than any body",
        ),
        (
            "statements/0/span/0",
            HUGE,
            "$.statements[0].span[0]: an integer of about 5,001 digits is larger than any body",
        ),
        (
            "officials/0/mentions/0",
            [0, HUGE],
            "$.officials[0].mentions[0][1]: an integer of about 5,001 digits is larger",
        ),
        (
            "officials/0/id",
            HUGE,
            "$.officials[0].id: expected a string, got an integer of about 5,001 digits",
        ),
        (
            "published",
            -HUGE,
            "$.published: expected a date 'YYYY-MM-DD' or null, got an integer of about 5,001",
        ),
        ("officials/0/role", HUGE, "$.officials[0].role: invalid role an integer of about 5,001"),
    ],
    ids=["span end", "span start", "mention end", "id", "published", "role"],
)
def test_huge_integers_give_a_decode_error_that_says_what_is_wrong(
    path: str, value: object, problem: str
) -> None:
    """An integer too long for repr() is described, never quoted as Python's own ValueError."""
    with pytest.raises(DecodeError) as info:
        from_dict(_set(path, value))
    assert any(line.startswith(problem) for line in info.value.problems), info.value.problems
    assert "Exceeds the limit" not in str(info.value)


def test_span_end_beyond_any_body_is_refused_without_digits_limit() -> None:
    """A span end above sys.maxsize but short enough to print is still refused as a span."""
    with pytest.raises(DecodeError, match=r"span\[1\]: 18446744073709551616 is larger"):
        from_dict(_set("statements/0/span/1", 2**64))


@pytest.mark.parametrize(
    "lines",
    [
        ["\ufeff" + dumps(parse_text(SAMPLE)) + "\n"],
        [codecs.BOM_UTF8 + dumps(parse_text(SAMPLE)).encode() + b"\n"],
        ["\n", "\ufeff" + dumps(parse_text(SAMPLE)) + "\r\n"],
    ],
    ids=["str", "bytes", "second line"],
)
def test_jsonl_line_starting_with_a_bom_is_read(lines: list[str | bytes]) -> None:
    """A byte-order mark at the start of a JSON Lines line is skipped."""
    assert load_jsonl(lines) == [parse_text(SAMPLE)]


@pytest.mark.parametrize("kind", [bytes, bytearray, str])
def test_iter_jsonl_reads_a_whole_document(kind: type) -> None:
    """One bytes, bytearray or str holding JSON Lines is split into its lines."""
    articles = [parse_text(SAMPLE), parse_text("Minister Ana Ruiz said hello.")]
    text = "\ufeff" + "\n".join(map(dumps, articles)) + "\n\n"
    document = text if kind is str else kind(text.encode("utf-8"))
    assert list(iter_jsonl(document)) == articles


def test_iter_jsonl_of_bytes_numbers_lines_as_a_file_does() -> None:
    """A bad line in a bytes document is reported with its line number."""
    document = b'{"body": "One."}\n\n{"body": 5}\n'
    with pytest.raises(DecodeError, match=r"line 3: \$\.body: expected a string, got 5"):
        load_jsonl(document)


# ---------------------------------------------------------------------------
# Encodings.


@pytest.mark.parametrize(
    "encoding",
    ["utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-16-le", "utf-16-be", "utf-8", "utf-8-sig"],
)
def test_decode_bytes_recognises_utf32_and_utf16_with_or_without_bom(encoding: str) -> None:
    """UTF-32 and UTF-16 with a BOM, or without one (by their NUL bytes), decode silently."""
    text = WIDE + SAMPLE
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert decode_bytes(text.encode(encoding)) == text
        assert decode_bytes((text * 200).encode(encoding)) == text * 200


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf32_is_not_read_as_utf16(tmp_path: Path, bom: bytes) -> None:
    """A UTF-32 file with its BOM gives the article of its text, not a body full of NULs."""
    encoding = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + SAMPLE.encode(encoding))
    article = parse_file(path)
    assert "\x00" not in article.body
    assert article == parse_text(SAMPLE)


def test_ascii_utf16_without_bom_is_not_read_as_utf8(tmp_path: Path) -> None:
    """ASCII text in UTF-16 without a BOM is recognised by the NUL in every other byte."""
    path = tmp_path / "le.txt"
    path.write_bytes(SAMPLE.encode("utf-16-le"))
    assert parse_file(path) == parse_text(SAMPLE)


@pytest.mark.parametrize(
    ("data", "encoding", "body"),
    [
        (codecs.BOM_UTF16_LE + b"M\x00i\x00n", "UTF-16", "Mi\ufffd"),
        (codecs.BOM_UTF16_BE + b"\xd8\x00\x00A", "UTF-16", "\ufffdA"),
        (b"M\x00i\x00n", "UTF-16-LE", "Mi\ufffd"),
    ],
    ids=["odd length", "lone surrogate", "no BOM, cut short"],
)
def test_broken_utf16_is_read_with_a_warning(data: bytes, encoding: str, body: str) -> None:
    """UTF-16 that does not decode is read with U+FFFD for the bad bytes, not refused as binary."""
    with pytest.warns(DecodingWarning, match=rf"bad\.txt: not valid {encoding} \(byte \d+\)"):
        text = decode_bytes(data, source="bad.txt")
    assert text == body


BINARY = {
    "NUL bytes": bytes(4096),
    "an executable": b"\x7fELF\x02\x01\x01\x00" + bytes(56) + b"\x01\x00\x00\x00" * 500,
    "all byte values": bytes(range(256)) * 40,
    "escape codes": b"\x1b[31m\x1b[0m\x07\x08" * 300 + b" some text",
    "eleven percent": b"\x00" * 11 + b"x" * 89,
}


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY.keys())
def test_binary_bytes_are_refused_naming_the_source(tmp_path: Path, data: bytes) -> None:
    """More than 10 % control bytes in the first 8 KiB: TextParseError naming the file."""
    with pytest.raises(TextParseError, match=r"^blob\.bin: binary data, not text \(\d+% of the"):
        decode_bytes(data, source="blob.bin")
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    with pytest.raises(TextParseError) as info:
        parse_file(path)
    assert info.value.source == str(path)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 10 + b"x" * 90,  # ten percent exactly
        b"\t\n\r\x0c" * 500 + SAMPLE.encode(),  # the controls text has
        b"x" * 8192 + bytes(9000),  # NULs after the first 8 KiB
        SAMPLE.encode() + b"\x1b[1m bold \x1b[0m" * 3,  # a few escape codes
    ],
    ids=["ten percent", "tab newline return formfeed", "after 8 KiB", "few controls"],
)
def test_text_with_few_controls_is_text(data: bytes) -> None:
    """Up to 10 % controls, or controls only text has, or controls late on: still text."""
    assert decode_bytes(data) == data.decode("utf-8")


def test_binary_utf16_is_refused() -> None:
    """Control characters count after decoding, when a BOM says UTF-16."""
    with pytest.raises(TextParseError, match="binary data, not text"):
        decode_bytes(codecs.BOM_UTF16_LE + "\x01\x02\x03\x04".encode("utf-16-le") * 100)


# ---------------------------------------------------------------------------
# parse_file's errors.


def test_parse_file_lets_missing_file_out_as_oserror(tmp_path: Path) -> None:
    """A file that is not there raises FileNotFoundError, as open() does."""
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "missing.txt")


def test_parse_file_lets_directory_out_as_oserror(tmp_path: Path) -> None:
    """A directory raises IsADirectoryError, an OSError."""
    with pytest.raises(IsADirectoryError):
        parse_file(tmp_path)


def test_parse_file_wraps_embedded_nul_in_text_parse_error() -> None:
    """A path with a NUL character raises TextParseError, not a bare ValueError."""
    with pytest.raises(TextParseError, match=r"^'a\\x00b\.txt': not a file name: embedded null"):
        parse_file("a\x00b.txt")


@pytest.mark.parametrize("path", [5, None, ["a.txt"]], ids=["int", "None", "list"])
def test_parse_file_raises_type_error_for_what_is_not_a_path(path: object) -> None:
    """Something that is not a path raises TypeError, as open() does."""
    with pytest.raises(TypeError):
        parse_file(path)  # type: ignore[arg-type]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_parse_file_reads_an_endless_device_with_a_bound() -> None:
    """/dev/zero is read one byte past byte_limit(max_chars) at most, then refused."""
    with pytest.raises(TextParseError, match=r"^/dev/zero: more than 4,004 bytes, more than any"):
        parse_file("/dev/zero", max_chars=1000)


def test_parse_file_bound_leaves_room_for_utf32(tmp_path: Path) -> None:
    """Text within max_chars is read however wide its encoding."""
    path = tmp_path / "wide.txt"
    path.write_bytes(SAMPLE.encode("utf-32"))
    assert len(path.read_bytes()) == byte_limit(len(SAMPLE))  # a BOM, then 4 bytes a character
    assert parse_file(path, max_chars=len(SAMPLE)) == parse_text(SAMPLE)


def test_documented_errors_are_the_ones_raised() -> None:
    """parse_file's docstring names each error the tests above expect."""
    doc = parse_file.__doc__ or ""
    for name in ("TextParseError", "OSError", "TypeError", "FileNotFoundError"):
        assert name in doc


# ---------------------------------------------------------------------------
# The command line.

GOOD = SAMPLE.encode("utf-8")
#: Address space for a CLI run fed endless or huge input: far below what reading it all takes.
MEMORY_LIMIT = 1 << 30


def _limit_memory() -> None:  # pragma: no cover - runs in the child process
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _cli(
    *args: str,
    stdin: int | bytes | None = None,
    close: tuple[int, ...] = (),
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``culturedipl parse ARGS`` in a process with a memory limit and a timeout."""

    def prepare() -> None:  # pragma: no cover - runs in the child process
        _limit_memory()
        for fd in close:
            os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "culturedipl", "parse", *args],
        input=stdin if isinstance(stdin, bytes) else None,
        stdin=stdin if isinstance(stdin, int) else None,
        capture_output=True,
        check=False,
        timeout=timeout,
        preexec_fn=prepare,
    )


def _lines(err: bytes) -> list[str]:
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text
    return text.splitlines()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_bytes(GOOD)
    return path


def _good_line() -> str:
    return dumps(parse_text(SAMPLE)) + "\n"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_cli_stops_reading_an_endless_device_at_the_limit(good: Path) -> None:
    """/dev/zero is read one byte past the default limit, refused in one line; the batch goes on."""
    limit = byte_limit(DEFAULT_MAX_CHARS)
    done = _cli("--format", "jsonl", "/dev/zero", str(good))
    assert done.returncode == 1
    assert done.stdout.decode() == _good_line()
    assert _lines(done.stderr) == [
        (
            f"culturedipl: /dev/zero: more than {limit:,} bytes (stopped reading there)"
            " (--max-chars N raises it)"
        )
    ]


def test_cli_stops_reading_an_endless_pipe_at_the_limit(tmp_path: Path, good: Path) -> None:
    """An endless FIFO and an endless standard input are each refused one byte past the limit."""
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    with (
        subprocess.Popen(["yes", "Minister Ana Ruiz said hello."], stdout=subprocess.PIPE) as yes,
        subprocess.Popen(
            ["sh", "-c", 'exec yes "The ambassador said hello." > "$0"', str(fifo)]
        ) as writer,
    ):
        assert yes.stdout is not None
        done = _cli(
            "--format", "jsonl", "--max-chars", "1000", "-", str(fifo), str(good),
            stdin=yes.stdout.fileno(),
        )  # fmt: skip
        yes.kill()
        writer.kill()
    assert done.returncode == 1
    assert done.stdout.decode() == _good_line()
    assert _lines(done.stderr) == [
        "culturedipl: -: more than 4,004 bytes (stopped reading there) (--max-chars N raises it)",
        (
            f"culturedipl: {fifo}: more than 4,004 bytes (stopped reading there)"
            " (--max-chars N raises it)"
        ),
    ]


def test_cli_refuses_a_huge_regular_file_unread(tmp_path: Path, good: Path) -> None:
    """A (sparse) file over the limit is refused by its size alone, at once, in one line."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024**3)  # 50 GiB of holes: reading it would never end
    done = _cli("--format", "jsonl", str(huge), str(good), timeout=30)
    assert done.returncode == 1
    assert done.stdout.decode() == _good_line()
    limit = byte_limit(DEFAULT_MAX_CHARS)
    assert _lines(done.stderr) == [
        (
            f"culturedipl: {huge}: file is {50 * 1024**3:,} bytes, over the limit of {limit:,}"
            " (not read) (--max-chars N raises it)"
        )
    ]


def test_cli_max_chars_bounds_files_and_text(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-chars N refuses files over 4(N+1) bytes unread and texts over N characters."""
    long_file = tmp_path / "long.txt"
    long_file.write_bytes(b"x" * 405)
    status = main(["parse", "--format", "jsonl", "--max-chars", "100", str(long_file), str(good)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == ""
    assert _lines(err.encode()) == [
        (
            f"culturedipl: {long_file}: file is 405 bytes, over the limit of 404 (not read)"
            " (--max-chars N raises it)"
        ),
        (
            f"culturedipl: {good}: at character 100: text is {len(SAMPLE)} characters, over the "
            "limit of 100 (--max-chars N raises it)"
        ),
    ]


def test_cli_refuses_directories_and_sockets(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory and a socket are refused with one line each; the batch goes on."""
    with socket.socket(socket.AF_UNIX) as server:
        sock = tmp_path / "sock"
        server.bind(str(sock))
        status = main(["parse", "--format", "jsonl", str(tmp_path), str(sock), str(good)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == _good_line()
    assert _lines(err.encode()) == [
        (
            f"culturedipl: {tmp_path}: Is a directory"
            " (this command reads files: name them, or a glob such as 'DIR/*.txt';"
            " query, export and report read folders)"
        ),
        f"culturedipl: {sock}: Is a socket",
    ]


def test_cli_refuses_a_block_device_unopened(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A block device (a node made under tmp_path, never opened) is refused in one line."""
    node = tmp_path / "disk"
    try:
        os.mknod(node, stat.S_IFBLK | 0o600, os.makedev(7, 0))
    except PermissionError:
        pytest.skip("making a device node needs root")
    status = main(["parse", "--format", "jsonl", str(node), str(good)])
    out, err = capsys.readouterr()
    assert status == 1
    assert out == _good_line()
    assert _lines(err.encode()) == [f"culturedipl: {node}: Is a block device"]


def test_cli_reads_a_fifo_that_is_written(tmp_path: Path) -> None:
    """A named pipe with a writer is read like a file (without one it blocks, as documented)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with subprocess.Popen(["sh", "-c", 'printf "%s" "$1" > "$0"', str(fifo), SAMPLE]) as writer:
        done = _cli("--format", "jsonl", str(fifo))
        writer.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == _good_line()
    assert "FIFO" in (cli.__doc__ or "")
    assert "blocks" in (cli.__doc__ or "")


def _children(pid: int) -> list[int]:
    """The processes whose parent is *pid*, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_signal_stops_workers_and_removes_the_temporary_file(
    tmp_path: Path, signum: int, jobs: str
) -> None:
    """SIGTERM, SIGHUP and SIGINT: exit 128+signal, OUT untouched, no temp file, no worker left."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "result.jsonl"
    target.write_text("old\n", encoding="utf-8")
    # inputs that nobody writes: each worker waits in open() until it is stopped
    fifos = [tmp_path / "first", tmp_path / "second"]
    for fifo in fifos:
        os.mkfifo(fifo)
    command = [sys.executable, "-m", "culturedipl", "parse", "-j", jobs, "-o", str(target)]
    processes = min(int(jobs), len(fifos), len(os.sched_getaffinity(0)))
    expected = 0 if processes == 1 else processes  # worker processes: none for one
    with subprocess.Popen(
        [*command, "--format", "jsonl", *map(str, fifos)],
        stderr=subprocess.PIPE,
        preexec_fn=_limit_memory,  # noqa: PLW1509 - no threads in the test process use it
    ) as run:
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            temporary = [path for path in out_dir.iterdir() if path != target]
            workers = _children(run.pid)
            if temporary and len(workers) >= expected:
                break
            time.sleep(0.05)
        assert temporary, "the run never started writing"
        assert len(workers) == expected
        time.sleep(0.3)  # let the workers reach open()
        run.send_signal(signum)
        _, err = run.communicate(timeout=30)
    assert run.returncode == 128 + signum
    assert "Traceback" not in err.decode()
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(out_dir.iterdir()) == [target]
    assert not [pid for pid in workers if _alive(pid)]


@pytest.mark.parametrize(("fd", "name"), [(0, "stdin"), (1, "stdout")])
def test_cli_closed_standard_stream_is_one_line(good: Path, fd: int, name: str) -> None:
    """Started with standard input or output closed: one clear line, status 1, no traceback."""
    args = ("-",) if name == "stdin" else (str(good),)
    done = _cli(*args, close=(fd,))
    assert done.returncode == 1
    expected = {
        "stdin": "culturedipl: -: standard input is closed",
        "stdout": "culturedipl: <stdout>: standard output is closed",
    }
    assert _lines(done.stderr) == [expected[name]]


def test_cli_output_through_a_symlink_replaces_its_target(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o LINK writes the file LINK points to, keeping its mode; the link stays a link."""
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real.name)
    assert main(["parse", "--format", "jsonl", "-o", str(link), str(good)]) == 0
    assert capsys.readouterr() == ("", "")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == _good_line()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "good.txt",
        "link.jsonl",
        "real.jsonl",
    ]


def test_cli_output_through_a_dangling_symlink_creates_its_target(
    tmp_path: Path, good: Path
) -> None:
    """-o LINK to a file not there yet creates that file and keeps the link."""
    link = tmp_path / "link.jsonl"
    link.symlink_to("new.jsonl")
    assert main(["parse", "--format", "jsonl", "-o", str(link), str(good)]) == 0
    assert link.is_symlink()
    assert (tmp_path / "new.jsonl").read_text(encoding="utf-8") == _good_line()


def test_cli_output_keeps_owner_and_mode(tmp_path: Path, good: Path) -> None:
    """-o onto an existing file keeps its owner, group and permission bits."""
    target = tmp_path / "owned.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o604)
    try:
        os.chown(target, 4321, 8765)
    except PermissionError:
        pytest.skip("giving a file away needs root")
    assert main(["parse", "--format", "jsonl", "-o", str(target), str(good)]) == 0
    status = target.stat()
    assert (status.st_uid, status.st_gid) == (4321, 8765)
    assert stat.S_IMODE(status.st_mode) == 0o604
    assert target.read_text(encoding="utf-8") == _good_line()


def test_cli_output_to_a_fifo_writes_into_it(tmp_path: Path, good: Path) -> None:
    """-o FIFO writes straight into the pipe (no temporary file); the FIFO stays a FIFO."""
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    with subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE) as reader:
        done = _cli("--format", "jsonl", "-o", str(fifo), str(good))
        received, _ = reader.communicate(timeout=30)
    assert done.returncode == 0, done.stderr
    assert received.decode() == _good_line()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(tmp_path.iterdir()) == [good, fifo]


def test_cli_output_to_a_character_device_writes_into_it(tmp_path: Path, good: Path) -> None:
    """-o onto a null device node (made under tmp_path) writes to it and leaves the node."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    done = _cli("--format", "jsonl", "-o", str(node), str(good))
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(node.lstat().st_mode)
    assert sorted(tmp_path.iterdir()) == [good, node]


@pytest.mark.skipif(not Path("/proc/self/fd/1").exists(), reason="needs /proc")
def test_cli_output_to_a_link_to_standard_output(tmp_path: Path, good: Path) -> None:
    """-o LINK where LINK leads to standard output (as /dev/stdout does) writes there."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    done = _cli("--format", "jsonl", "-o", str(link), str(good))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == _good_line()
    assert link.is_symlink()


def test_cli_output_with_a_long_legal_name(tmp_path: Path, good: Path) -> None:
    """A 250-character file name works: the temporary name is short."""
    target = tmp_path / ("x" * 244 + ".jsonl")
    assert len(target.name) == 250
    assert main(["parse", "--format", "jsonl", "-o", str(target), str(good)]) == 0
    assert target.read_text(encoding="utf-8") == _good_line()


def test_cli_empty_output_name_is_a_usage_error(
    good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o '' says that it needs a file name, with status 2."""
    assert main(["parse", "-o", "", str(good)]) == 2
    assert capsys.readouterr() == (
        "",
        "culturedipl: --output needs a file name ('-' for standard output)\n",
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("bad\x1b[31mred\x1b[0m.txt", "bad\\x1b[31mred\\x1b[0m.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("\u202etxt.exe", "\\u202etxt.exe"),
        ("bell\x07\x9b.txt", "bell\\x07\\x9b.txt"),
        ("café ünïcode.txt", "café ünïcode.txt"),
    ],
    ids=["escape sequence", "newline", "right-to-left override", "bell and CSI", "letters"],
)
def test_cli_prints_file_names_escaped(
    tmp_path: Path, name: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Control and format characters in a name reach standard error as escapes, one line."""
    missing = tmp_path / name
    assert main(["parse", "--format", "jsonl", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err == f"culturedipl: {tmp_path}/{shown}: No such file or directory\n"


def test_cli_caps_jobs_at_inputs_and_cores(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-j 200 with two files starts no more than two workers, and no more than the cores."""
    started: list[int] = []
    real_pool = ProcessPoolExecutor

    def pool(*, max_workers: int, **options: Any) -> Any:
        started.append(max_workers)
        return real_pool(max_workers=max_workers, **options)

    monkeypatch.setattr(cli, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(cli, "_cores", lambda: 8)
    other = tmp_path / "other.txt"
    other.write_bytes(GOOD)
    out = tmp_path / "out.jsonl"
    assert (
        main(["parse", "-j", "200", "--format", "jsonl", "-o", str(out), str(good), str(other)])
        == 0
    )
    monkeypatch.setattr(cli, "_cores", lambda: 1)
    assert (
        main(["parse", "-j", "200", "--format", "jsonl", "-o", str(out), str(good), str(other)])
        == 0
    )
    assert started == [2]  # one core: no pool at all
    assert out.read_text(encoding="utf-8") == _good_line() * 2


# ---------------------------------------------------------------------------
# Memory.

#: Peak bytes that parse_text allocates per input character on long prose, at most
#: (docs/performance.md: 41 on 5 MB; 49 before each word's text was shared).
PEAK_BYTES_PER_CHAR = 46


def _prose(size: int) -> str:
    """Our annotated articles' bodies joined as paragraphs, cut at *size* characters."""
    paths = sorted((Path(__file__).parent / "articles").glob("*.txt"))
    bodies = [parse_text(path.read_text(encoding="utf-8-sig")).body for path in paths]
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(bodies[len(parts) % len(bodies)])
        total += len(parts[-1]) + 2
    return "\n\n".join(parts)[:size]


def test_parse_text_peak_memory_per_character() -> None:
    """Long prose costs at most PEAK_BYTES_PER_CHAR bytes of Python objects per character."""
    text = _prose(300_000)
    parse_text(text[:1000])  # lexicons loaded before measuring
    tracemalloc.start()
    try:
        article = parse_text(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert article.statements
    assert peak / len(text) <= PEAK_BYTES_PER_CHAR, f"{peak / len(text):.1f} bytes per character"
