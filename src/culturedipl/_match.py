"""Lexicon phrase matching over token sequences.

A lexicon phrase is tokenised with the same tokenizer as the text and
indexed by its first word, so matching at a position costs one dictionary
lookup and a comparison per candidate phrase starting with that word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Generic, TypeVar

from culturedipl import lexicon
from culturedipl._segment import tokens

__all__ = ["PhraseMatcher", "key", "keys", "matchers"]

V = TypeVar("V")


_KEYS: dict[str, str] = {}


def key(word: str) -> str:
    """The form a word is matched by: case folded, curly apostrophes straight, no 's."""
    found = _KEYS.get(word)
    if found is None:
        folded = word.casefold().replace("’", "'")
        if folded.endswith("'s") and len(folded) > 2:
            folded = folded[:-2]
        found = folded
        if len(_KEYS) < 200_000:  # a bounded cache: news vocabulary repeats
            _KEYS[word] = found
    return found


def keys(words: Sequence[str]) -> tuple[str, ...]:
    """The match key of each word (cached words are looked up at C speed)."""
    found: tuple[str | None, ...] = tuple(map(_KEYS.get, words))
    # every key holds a character, so only a missing one is false: all() tests
    # truth at C speed, cheaper than comparing each key with None
    if not all(found):
        return tuple([k if k is not None else key(w) for k, w in zip(found, words, strict=True)])
    return found  # type: ignore[return-value]  # no None left


class PhraseMatcher(Generic[V]):
    """Longest-match lookup of multi-word phrases in a sequence of word keys.

    Phrases are kept in one dictionary by their word tuple, and each first
    word knows the phrase lengths it starts, longest first: a match costs a
    dictionary lookup per length, however many phrases share the first word
    ("the", "national", "ministry" start hundreds).
    """

    def __init__(self, phrases: Mapping[str, V]) -> None:
        by_words: dict[tuple[str, ...], V] = {}
        lengths: dict[str, set[int]] = {}
        for phrase, value in phrases.items():
            words = tuple(key(token.text) for token in tokens(phrase))
            if words:
                # of two phrases with the same words, the one listed first wins
                by_words.setdefault(words, value)
                lengths.setdefault(words[0], set()).add(len(words))
        # each phrase's match, (length, value), built once and shared by every match
        self._by_words = {words: (len(words), value) for words, value in by_words.items()}
        # one-word phrases' matches by their word: the commonest match needs no tuple
        self._single = {
            words[0]: (1, value) for words, value in by_words.items() if len(words) == 1
        }
        self._lengths = {word: sorted(found, reverse=True) for word, found in lengths.items()}
        # for each first word, the words that can follow it in a longer phrase, and
        # those phrases' lengths, longest first: most candidates fail on the second
        # word ("the" before anything but "ministry", "national" ...), no tuple built
        seconds: dict[str, set[str]] = {}
        for words in by_words:
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        self._seconds = {word: frozenset(found) for word, found in seconds.items()}
        self._long_lengths = {
            word: [length for length in self._lengths[word] if length > 1] for word in seconds
        }
        self.longest = max((len(words) for words in by_words), default=0)
        self._first_words = frozenset(lengths)

    def __contains__(self, word: str) -> bool:
        return word in self._lengths

    def match(self, keys: Sequence[str], at: int) -> tuple[int, V] | None:
        """The longest phrase starting at ``keys[at]``: ``(length, value)``."""
        first = keys[at]
        seconds = self._seconds.get(first)
        if seconds is not None and at + 1 < len(keys) and keys[at + 1] in seconds:
            available = len(keys) - at
            by_words = self._by_words
            for length in self._long_lengths[first]:
                if length <= available:
                    found = by_words.get(tuple(keys[at : at + length]))
                    if found is not None:
                        return found
        return self._single.get(first)

    def first_words(self) -> frozenset[str]:
        """Every word that starts some phrase."""
        return self._first_words


_NOT_ANCHORS = frozenset(
    {
        "state",
        "government",
        "parliament",
        "affairs",
        "council",
        "majlis",
        "plenipotentiary",
        "ministry",
    }
)


class Matchers:
    """The lexicons, compiled once for the reader."""

    def __init__(self) -> None:
        self.titles = PhraseMatcher(lexicon.titles())
        self.verbs = PhraseMatcher(lexicon.speech_verbs())
        self.places = PhraseMatcher(lexicon.places())
        self.organizations = PhraseMatcher(lexicon.organizations())
        self.initiatives = PhraseMatcher(lexicon.initiative_kinds())
        self.topics = PhraseMatcher(lexicon.topics())
        # the words that can start a place's or an organisation's name
        self.name_first_words = self.places.first_words() | self.organizations.first_words()
        self.words = {key(word): cls for word, cls in lexicon.words().items()}
        title_words: set[str] = set()
        for phrase in lexicon.titles():
            title_words.update(
                key(token.text)
                for token in tokens(phrase)
                if any(ch.isalpha() for ch in token.text)
            )
        self.title_words = frozenset(title_words - {"of", "the", "and", "to", "for"})
        # words that can carry a title on their own ("minister", "rector"), unlike
        # "state" in "head of state" or "acting" in "acting minister"
        anchors: set[str] = set()
        for phrase in lexicon.titles():
            words = [
                key(token.text)
                for token in tokens(phrase)
                if any(ch.isalpha() for ch in token.text)
            ]
            if words:
                anchors.add(words[-1])
        self.title_anchors = frozenset(anchors - _NOT_ANCHORS)


@cache
def matchers() -> Matchers:
    """The compiled lexicons, built on first use and shared."""
    return Matchers()
