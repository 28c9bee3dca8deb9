"""The body, split once into sentences and tokens, shared by every stage."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from itertools import compress

from culturedipl._dates import Dateline, read_dateline
from culturedipl._match import Matchers, PhraseMatcher, keys, matchers
from culturedipl._segment import Sentence, sentences, split_tokens
from culturedipl.lexicon import word_list

__all__ = ["ASIDE", "Document"]

#: A link to another story inside an article ("READ ALSO: ...", "Also Read | ..."):
#: noise, not text (ANNOTATION.md), which no stage reads records from
ASIDE = re.compile(
    rf"^\W*(?:{'|'.join(map(re.escape, sorted(word_list('link_openers'))))})\b", re.IGNORECASE
)


class Document:
    """A body with its sentences, a flat token list and each token's match key."""

    def __init__(self, body: str, published: dt.date | None) -> None:
        self.body = body
        self.published = published
        self.lex: Matchers = matchers()
        self.sentences: list[Sentence] = sentences(body)
        # the tokens as columns: each one's text, start and end in the body; and
        # the first token of each sentence and one past its last
        self.words: tuple[str, ...]
        self.starts: tuple[int, ...]
        self.ends: tuple[int, ...]
        self.sentence_starts: list[int]
        self.sentence_stops: list[int]
        (self.words, self.starts, self.ends, self.sentence_starts, self.sentence_stops) = (
            split_tokens(body, [(sentence.start, sentence.end) for sentence in self.sentences])
        )
        self.keys: tuple[str, ...] = keys(self.words)
        #: the sentences that are links to other stories (``ASIDE``)
        self.asides: frozenset[int] = frozenset(
            index for index, sentence in enumerate(self.sentences) if ASIDE.match(sentence.text)
        )
        self.home: str | None = None
        # where each lexicon's phrases start: token index -> (length, value)
        self.places: dict[int, tuple[int, str]] = {}
        self.organizations: dict[int, tuple[int, str]] = {}
        self._find_names()
        #: the dateline the body opens with, read once (``_dates.read_dateline``)
        self.dateline: Dateline | None = (
            read_dateline(body, self.words, self.ends, self.places.get(0), published)
            if self.words
            else None
        )
        # topic keywords, in any case; found on first use
        self._topic_starts: list[int] | None = None
        self._topic_matches: dict[int, tuple[int, str]] = {}

    def _find_names(self) -> None:
        """The capitalised places and organisations in the body, by their first token."""
        keys, words = self.keys, self.words
        places, organizations = self.lex.places, self.lex.organizations
        # one pass for both lexicons; the candidate positions are picked out at C
        # speed, since few words start a name
        starts = compress(range(len(keys)), map(self.lex.name_first_words.__contains__, keys))
        # a lexicon matches only where its own first words stand: most words start
        # names of one lexicon, and the other's matcher is not called for them
        place_firsts, organization_firsts = places.first_words(), organizations.first_words()
        for i in starts:
            if words[i][:1].isupper():
                first = keys[i]
                if first in place_firsts:
                    match = places.match(keys, i)
                    if match is not None:
                        self.places[i] = match
                if first in organization_firsts:
                    match = organizations.match(keys, i)
                    if match is not None:
                        self.organizations[i] = match

    def _phrases(self, matcher: PhraseMatcher[str]) -> dict[int, tuple[int, str]]:
        """Every phrase of *matcher* in the body, in any case, by its first token."""
        found: dict[int, tuple[int, str]] = {}
        keys = self.keys
        # the candidate positions, picked out at C speed: few words start a phrase
        starts = compress(range(len(keys)), map(matcher.first_words().__contains__, keys))
        for i in starts:
            match = matcher.match(keys, i)
            if match is not None:
                found[i] = match
        return found

    def topics(self, first: int, last: int) -> tuple[str, ...]:
        """The topic labels whose keywords stand wholly between tokens *first* and *last*.

        Read left to right, longest keyword first, as if the span were scanned alone.
        """
        if self._topic_starts is None:
            self._topic_matches = self._phrases(self.lex.topics)
            self._topic_starts = sorted(self._topic_matches)
        starts = self._topic_starts
        labels: list[str] = []
        resume = first
        for at in starts[bisect_left(starts, first) : bisect_right(starts, last)]:
            if at < resume:
                continue  # inside the keyword just taken
            length, label = self._topic_matches[at]
            if at + length - 1 <= last:
                if label not in labels:
                    labels.append(label)
                resume = at + length
        return tuple(sorted(labels))

    def dateline_country(self) -> str | None:
        """The country of the place the body opens with as a dateline, if known.

        "SEOUL, Oct 7", "Amman, June 8 (Petra)", "Hanoi (VNA) –"; not "Egypt's Minister".
        """
        return None if self.dateline is None else self.dateline.country

    def sentence_of(self, token_index: int) -> int:
        """The index of the sentence holding token *token_index*."""
        return bisect_right(self.sentence_starts, token_index) - 1

    def sentence_tokens(self, index: int) -> range:
        """The token indexes of sentence *index*."""
        return range(self.sentence_starts[index], self.sentence_stops[index])

    def text(self, first: int, last: int) -> str:
        """The body's text from token *first* to token *last* inclusive."""
        return self.body[self.starts[first] : self.ends[last]]
