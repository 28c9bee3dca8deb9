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
from typing import NamedTuple

from culturedipl._dates import MONTH_ABBREVIATIONS
from culturedipl.lexicon import word_list

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
# "People's", "News.Az", "H.E"); everything else is one punctuation token. But
# initials or a short abbreviation glued by a period to a capitalised word
# ("S.Karimov", "Ch.Nomin", "H.E.Ali", "Dr.Rahimova") are split off, as if
# spaced: the name then reads like "S. Karimov".
# Possessive quantifiers (no backtracking into a run) leave the matches as they
# are, since what follows a run can never start another, and save the engine
# its bookkeeping.
_TOKEN = re.compile(
    r"[A-Z](?:\.[A-Z])*[a-z]?(?=\.[A-Z][a-z])|[^\W_]++(?:[-'’.&][^\W_]++)*+|[^\w\s]|_",
    re.UNICODE,
)

# A token with the white space before it: the pieces tile the text, so their
# lengths give every span without a Python-level step per match.
_SPACED_TOKEN = re.compile(r"\s*+(?:" + _TOKEN.pattern + ")", re.UNICODE)

# The same pattern for text whose letters and digits are all ASCII, with the
# classes written out: there [^\W_] is [A-Za-z0-9] and \w is [A-Za-z0-9_], and the
# regex engine tests a listed character in a table where a Unicode class costs a
# look-up in the character database for each one. Other characters (curly quotes,
# dashes, bullets, no-break spaces) are white space or punctuation to both
# patterns alike, the curly apostrophe joining words as in the pattern above.
_SPACED_ASCII_TOKEN = re.compile(
    r"\s*+(?:[A-Z](?:\.[A-Z])*[a-z]?(?=\.[A-Z][a-z])|[A-Za-z0-9]++(?:[-'’.&][A-Za-z0-9]++)*+"
    r"|[^A-Za-z0-9_\s]|_)"
)
# A letter or digit beyond ASCII (a word character of neither range nor "_"): most
# bodies with characters beyond ASCII have none ("’", "–" and "“" are the usual
# ones), and then the pattern above serves. The range is tested first, in a table,
# so the scan looks up only the characters beyond ASCII in the character database.
_NON_ASCII_WORD_CHARACTER = re.compile(r"[^\x00-\x7f\W]")

# The first alternative above (initials glued to a name) can match only where a
# period stands right before a capital and a small letter; most bodies have no
# such place ("S.Karimov" is rare), found by one scan for the period at C speed
# (the regex engine skips to a literal first character). Without it the other
# alternatives take the same tokens, with no look-ahead tried at each capital.
_GLUED_INITIAL = re.compile(r"\.[A-Z][a-z]")
_UNGLUED_PREFIX = "[A-Z](?:\\.[A-Z])*[a-z]?(?=\\.[A-Z][a-z])|"
_SPACED_TOKEN_UNGLUED = re.compile(_SPACED_TOKEN.pattern.replace(_UNGLUED_PREFIX, "", 1))
_SPACED_ASCII_TOKEN_UNGLUED = re.compile(
    _SPACED_ASCII_TOKEN.pattern.replace(_UNGLUED_PREFIX, "", 1)
)


def _splitting(spaced: re.Pattern[str]) -> re.Pattern[str]:
    """The tokens of *spaced* without the white space before them, as one group: ``split``
    by it gives white space and tokens in turn, whose lengths add up to every offset."""
    return re.compile("(" + spaced.pattern.removeprefix(r"\s*+") + ")")


# Each spaced pattern's splitting form (``split_tokens``): a run of white space before
# each token, then the token, at C speed, with no character stripped after.
_SPLIT_BY = {
    spaced: _splitting(spaced)
    for spaced in (
        _SPACED_TOKEN,
        _SPACED_ASCII_TOKEN,
        _SPACED_TOKEN_UNGLUED,
        _SPACED_ASCII_TOKEN_UNGLUED,
    )
}

# Where sentences are cut, in one scan of the body: either a run of line breaks,
# or a sentence end: stops and closing quotes, an empty group 1 where they end,
# then white space within the line, before what can open a sentence (group 1 is
# unmatched at a line break). The run of stops must start the match (no stop
# before it); that test follows the first character, so that the pattern opens
# with one character class, which the regex engine skips to quickly.
_CUT = re.compile(
    r"[.!?…\r\n](?:(?<=[\r\n])[\r\n]*|(?<![.!?…]{2})[.!?…]*[\"'”’»)\]]*()[^\S\r\n]+"
    r"(?=[\"'“‘«(\[]?[^\W_a-z]))"
)

# Bodies longer than this many characters keep each distinct word's text once.
_INTERN_FROM = 100_000
# Words after which a period does not end a sentence.
_ABBREVIATIONS = (
    frozenset(
        """mr mrs ms dr prof st no nos jr sr gen col lt capt sgt maj adm gov sen rep rev fr mt ft
    vs etc eng h.e h.h hh u.s u.k u.n e.g amb
    i.e approx dept est inc ltd co corp art para vol assoc asst smt hon md atty""".split()
    )
    | MONTH_ABBREVIATIONS
    | word_list("digraph_initials")
)
_MONTH_ABBREVIATIONS = MONTH_ABBREVIATIONS
# honorifics' short forms, whose period ends no sentence when capitalised ("Engr. A B")
_HONORIFIC_ABBREVIATIONS = word_list("abbreviated_honorifics")


def tokens(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Tokenise *text*; spans are shifted by *offset*."""
    return tuple(
        Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)
    )


def split_tokens(
    body: str, spans: list[tuple[int, int]]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], list[int], list[int]]:
    """Tokenise all of *body* at once, and find where each span's tokens begin and end.

    Returns the tokens as columns (texts, starts, ends: no object per token,
    which would leave the garbage collector more to visit the longer the text)
    and, for each ``(start, end)`` in *spans* (in order,
    not overlapping, each starting and ending on a token boundary), the index
    of its first token and one past its last. The same tokens as
    :func:`tokens` gives for each span, built with C-level passes.
    """
    ascii_words = body.isascii() or _NON_ASCII_WORD_CHARACTER.search(body) is None
    if _GLUED_INITIAL.search(body) is None:
        pattern = _SPACED_ASCII_TOKEN_UNGLUED if ascii_words else _SPACED_TOKEN_UNGLUED
    else:
        pattern = _SPACED_ASCII_TOKEN if ascii_words else _SPACED_TOKEN
    # white space and tokens in turn (the white space before the first token, perhaps
    # empty, first; after the last, last): the running sum of their lengths gives each
    # token's start and end, with no subtraction or stripping per token
    parts = _SPLIT_BY[pattern].split(body)
    offsets = tuple(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    del offsets
    if len(body) > _INTERN_FROM:
        # one string per distinct word, shared by its every occurrence: a long text
        # says "the" thousands of times, and each string costs 50 bytes or more
        # (an article is too short for the saving to pay for the look-ups)
        distinct: dict[str, str] = {}
        words = tuple(map(distinct.setdefault, parts[1::2], parts[1::2]))
        del distinct
    else:
        words = tuple(parts[1::2])
    del parts  # the white space is not held beside the words
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
    if "." in word and len(word) == 2 * word.count(".") + 1:
        # initials written together: "D.K.R. Perera"
        return True
    if word in _MONTH_ABBREVIATIONS:
        # "on Dec. 7" continues; "in Dec. The ..." is rare in news
        nxt = text[stop + 1 : stop + 3].strip()
        return nxt[:1].isdigit()
    return word in _ABBREVIATIONS or (word in _HONORIFIC_ABBREVIATIONS and text[start].isupper())


def sentences(body: str) -> list[Sentence]:
    """Split *body* into sentences; each line is at least one sentence."""
    out: list[Sentence] = []
    append = out.append
    begin = 0
    # one scan finds both kinds of cut: sentence ends and line breaks
    for cut in _CUT.finditer(body):
        end = cut.end(1)
        if end < 0:  # a line break
            end = cut.start()
        elif body[cut.start()] == "." and _ends_with_abbreviation(body, cut.start()):
            continue
        # the text between two cuts, trimmed of white space, unless it is blank (inline:
        # a call per sentence costs more than the trimming)
        trimmed = body[begin:end].lstrip()
        if trimmed:
            text = trimmed.rstrip()
            start = end - len(trimmed)
            append(Sentence(start, start + len(text), text))
        begin = cut.end()
    trimmed = body[begin:].lstrip()
    if trimmed:
        text = trimmed.rstrip()
        start = len(body) - len(trimmed)
        append(Sentence(start, start + len(text), text))
    return out
