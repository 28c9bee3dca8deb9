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
import warnings
from pathlib import Path
from typing import Any

import pytest

from culturedipl import (
    DecodeError,
    TextParseError,
    dumps,
    from_dict,
    iter_jsonl,
    load_jsonl,
    loads,
    to_dict,
)
from culturedipl.text import DecodingWarning, decode_bytes, parse_file, parse_text

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


def test_documented_errors_are_the_ones_raised() -> None:
    """parse_file's docstring names each error the tests above expect."""
    doc = parse_file.__doc__ or ""
    for name in ("TextParseError", "OSError", "TypeError", "FileNotFoundError"):
        assert name in doc
