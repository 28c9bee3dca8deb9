"""Sentences and tokens with character spans into the body.

Grammar, informally::

    body      := paragraph (NEWLINE+ paragraph)*
    paragraph := sentence+
    sentence  := ... ending at [.!?] (closing quotes) whitespace, before an
                 upper-case letter, digit or opening quote, unless the word
                 before the stop is an abbreviation or a lone initial

Every pattern here is linear: character classes and bounded alternations,
no nested quantifiers, so any input is split in one pass.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from operator import sub
from typing import NamedTuple

__all__ = ["Sentence", "Token", "sentences", "split_tokens", "tokens"]


class Token(NamedTuple):
    """A word or punctuation mark and where it stands in the body."""

    text: str
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence: its span in the body and its text."""

    start: int
    end: int
    text: str


# Words keep inner hyphens, apostrophes, periods and ampersands ("al-Maliki",
# "People's", "News.Az", "H.E"); everything else is one punctuation token.
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.&][^\W_]+)*|[^\w\s]|_", re.UNICODE)

# A token with the white space before it: the pieces tile the text, so their
# lengths give every span without a Python-level step per match.
_SPACED_TOKEN = re.compile(r"\s*(?:" + _TOKEN.pattern + ")", re.UNICODE)

_PARAGRAPH = re.compile(r"[^\r\n]+")
# A sentence end: stops and closing quotes (group 1), then white space within
# the line, before what can open a sentence. Never crosses a line break, so one
# scan of the body serves every line. The run of stops must start the match (no
# stop before it); that test follows the first stop, so that the pattern opens
# with a character class, which the regex engine skips to quickly.
_BOUNDARY = re.compile(
    r"([.!?…](?<![.!?…]{2})[.!?…]*[\"'”’»)\]]*)[^\S\r\n]+(?=[\"'“‘«(\[]?[^\W_a-z])"
)

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos jr sr gen col lt capt sgt maj adm gov sen rep rev fr mt ft
    vs etc eng h.e h.h hh jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g
    i.e approx dept est inc ltd co corp art para vol assoc asst smt hon""".split()
)
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokenise *text*; spans are shifted by *offset*."""
    return tuple(
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
    )


def split_tokens(
    body: str, spans: list[tuple[int, int]]
) -> tuple[list[str], list[int], list[int], list[int], list[int]]:
    """Tokenise all of *body* at once, and find where each span's tokens begin and end.

    Returns the tokens as columns (texts, starts, ends: no object per token,
    which would leave the garbage collector more to visit the longer the text)
    and, for each ``(start, end)`` in *spans* (in order,
    not overlapping, each starting and ending on a token boundary), the index
    of its first token and one past its last. The same tokens as
    :func:`tokens` gives for each span, built with C-level passes.
    """
    pieces = _SPACED_TOKEN.findall(body)
    ends = list(accumulate(map(len, pieces)))
    words = list(map(str.lstrip, pieces))
    starts = list(map(sub, ends, map(len, words)))
    firsts = [bisect_left(starts, start) for start, _ in spans]
    stops = [bisect_left(starts, end) for _, end in spans]
    return words, starts, ends, firsts, stops


def _ends_with_abbreviation(text: str, stop: int) -> bool:
    """Whether the period at *stop* closes an abbreviation or an initial."""
    start = stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:stop].casefold()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        # a lone initial ("Salim M. AlMalik"), but not a sentence-final pronoun
        return text[start].isupper() and word != "i"
    if word in _MONTH_ABBREVIATIONS:
        # "on Dec. 7" continues; "in Dec. The ..." is rare in news
        nxt = text[stop + 1 : stop + 3].strip()
        return nxt[:1].isdigit()
    return word in _ABBREVIATIONS


def sentences(body: str) -> list[Sentence]:
    """Split *body* into sentences; each line is at least one sentence."""
    cuts = [
        match
        for match in _BOUNDARY.finditer(body)
        if body[match.start()] != "." or not _ends_with_abbreviation(body, match.start())
    ]
    out: list[Sentence] = []
    next_cut = 0
    for line in _PARAGRAPH.finditer(body):
        begin, line_end = line.span()
        pieces: list[tuple[int, int]] = []
        # the cuts are in body order and each lies within one line
        while next_cut < len(cuts) and cuts[next_cut].start() < line_end:
            cut = cuts[next_cut]
            next_cut += 1
            if cut.end(1) > begin:
                pieces.append((begin, cut.end(1)))
            begin = cut.end()
        if begin < line_end:
            pieces.append((begin, line_end))
        for piece_start, piece_end in pieces:
            # trim surrounding white space so spans cover the sentence only
            start, end = piece_start, piece_end
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            if start < end:
                out.append(Sentence(start, end, body[start:end]))
    return out
