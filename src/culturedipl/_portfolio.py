"""An official's portfolio: the fields their office covers, read from the title.

"Minister of Culture, Sports and Tourism" covers culture, sport and tourism;
"Azerbaijani Foreign Minister" covers foreign affairs. The words come from
``portfolios.tsv``: whole words, case and hyphens folded, the longest phrase
first. Parenthesised parts of a title (an acronym, an agency's credit) are
not read.
"""

from __future__ import annotations

import functools
import re
from functools import cache
from typing import Final

from culturedipl.lexicon import portfolios

__all__ = ["portfolio_of"]

_PARENTHESES: Final = re.compile(r"\([^()]*\)?")
_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@cache
def _longest() -> int:
    """How many words the longest phrase of the lexicon has."""
    return max((len(phrase.split()) for phrase in portfolios()), default=0)


@cache
def _first_words() -> frozenset[str]:
    """The words the lexicon's phrases start with: no phrase starts at any other word."""
    return frozenset(phrase.split()[0] for phrase in portfolios())


@functools.lru_cache(maxsize=1 << 12)  # titles repeat: "Minister of Culture" in every story
def portfolio_of(title: str | None) -> tuple[str, ...]:
    """The portfolio labels *title* names, in the order it names them, each once."""
    if not title:
        return ()
    table = portfolios()
    words = _WORD.findall(_PARENTHESES.sub(" ", title).casefold().replace("-", " "))
    longest = _longest()
    firsts = _first_words()
    labels: list[str] = []
    at = 0
    while at < len(words):
        if words[at] not in firsts:
            at += 1
            continue
        found = 0
        for size in range(min(longest, len(words) - at), 0, -1):
            label = table.get(" ".join(words[at : at + size]))
            if label is not None:
                if label not in labels:
                    labels.append(label)
                found = size
                break
        at += found or 1
    return tuple(labels)
