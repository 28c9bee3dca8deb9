"""The body, split once into sentences and tokens, shared by every stage."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from itertools import compress

from culturedipl._dates import Dateline, read_dateline
from culturedipl._match import Matchers, keys, matchers
from culturedipl._segment import Sentence, sentences, split_tokens
from culturedipl.lexicon import word_list

__all__ = ["ASIDE", "Document", "Topics", "fold"]

#: A link to another story inside an article ("READ ALSO: ...", "Also Read | ..."):
#: noise, not text (ANNOTATION.md), which no stage reads records from
ASIDE = re.compile(
    rf"^\W*(?:{'|'.join(map(re.escape, sorted(word_list('link_openers'))))})\b", re.IGNORECASE
)


def fold(text: str) -> str:
    """*text* lower-cased character for character, to find by ``str.find`` where an
    IGNORECASE pattern's (ASCII, lower-case) words may match.

    Besides upper-case letters, IGNORECASE matches "ſ" to "s" and "İ", "ı" to "i"
    (the Kelvin sign lowers to "k"); "İ", the one character that lowers to two, is
    replaced first, so every offset is kept.
    """
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


# The openers lower-cased: a body whose folded text holds none has no aside (most
# bodies), and its sentences are not matched one by one.
_LINK_OPENERS = tuple(fold(opener) for opener in sorted(word_list("link_openers")))


class Document:
    """A body with its sentences, a flat token list and each token's match key.

    Read once, and not changed after: every stage reads the same document. What
    a stage works out about it (the home country, the officials' names) is that
    stage's; *not_places* are tokens a later reading shows are no places (a
    surname that is also a city's name: ``without_places``).
    """

    __slots__ = (
        "asides",
        "body",
        "dateline",
        "ends",
        "folded",
        "keys",
        "lex",
        "not_places",
        "organizations",
        "places",
        "published",
        "sentence_starts",
        "sentence_stops",
        "sentences",
        "starts",
        "words",
    )

    def __init__(
        self, body: str, published: dt.date | None, not_places: Collection[int] = ()
    ) -> None:
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
        #: the body lower-cased (``fold``): a word absent from it is absent from every sentence
        self.folded = fold(body)
        #: the sentences that are links to other stories (``ASIDE``)
        self.asides: frozenset[int] = (
            frozenset(
                index for index, sentence in enumerate(self.sentences) if ASIDE.match(sentence.text)
            )
            if any(opener in self.folded for opener in _LINK_OPENERS)
            else frozenset()
        )
        #: tokens where the lexicon's places are not counted (``without_places``)
        self.not_places = frozenset(not_places)
        # where each lexicon's phrases start: token index -> (length, value)
        self.places: Mapping[int, tuple[int, str]]
        self.organizations: Mapping[int, tuple[int, str]]
        self.places, self.organizations = self._find_names(self.not_places)
        #: the dateline the body opens with, read once (``_dates.read_dateline``)
        self.dateline: Dateline | None = (
            read_dateline(body, self.words, self.ends, self.places.get(0), published)
            if self.words
            else None
        )

    def without_places(self, tokens: Collection[int]) -> Document:
        """The same body read again, with no place starting at *tokens* (words read as names)."""
        return Document(self.body, self.published, self.not_places | frozenset(tokens))

    def _find_names(
        self, not_places: frozenset[int]
    ) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]]]:
        """The capitalised places and organisations in the body, by their first token."""
        found_places: dict[int, tuple[int, str]] = {}
        found_organizations: dict[int, tuple[int, str]] = {}
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
                    if match is not None and i not in not_places:
                        found_places[i] = match
                if first in organization_firsts:
                    match = organizations.match(keys, i)
                    if match is not None:
                        found_organizations[i] = match
        return found_places, found_organizations

    def topics(self, first: int, last: int) -> tuple[str, ...]:
        """The topic labels whose keywords stand wholly between tokens *first* and *last*.

        As :meth:`Topics.between`; a reader asking for many spans builds :class:`Topics` once.
        """
        return Topics(self).between(first, last)

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


class Topics:
    """The topic keywords of a document, in any case, found once for all the spans asked.

    Only spans inside the sentences given (all by default) may be asked.
    """

    __slots__ = ("matches", "starts")

    def __init__(self, doc: Document, sentences: Iterable[int] | None = None) -> None:
        """Find the keywords of *doc*, or only those starting in *sentences* (by index):
        a reader that asks for the spans of a few sentences scans only those."""
        matcher, keys = doc.lex.topics, doc.keys
        is_first = matcher.first_words().__contains__
        ranges = (
            [range(len(keys))]
            if sentences is None
            else [doc.sentence_tokens(index) for index in sorted(sentences)]
        )
        # each keyword's (length, label) by its first token (matched in the whole
        # body, as when every token is scanned); the candidate positions are picked
        # out at C speed: few words start a keyword
        self.matches: dict[int, tuple[int, str]] = {}
        for tokens in ranges:
            for i in compress(tokens, map(is_first, keys[tokens.start : tokens.stop])):
                match = matcher.match(keys, i)
                if match is not None:
                    self.matches[i] = match
        self.starts = sorted(self.matches)

    def between(self, first: int, last: int) -> tuple[str, ...]:
        """The labels whose keywords stand wholly between tokens *first* and *last*.

        Read left to right, longest keyword first, as if the span were scanned alone.
        """
        starts = self.starts
        labels: list[str] = []
        resume = first
        for at in starts[bisect_left(starts, first) : bisect_right(starts, last)]:
            if at < resume:
                continue  # inside the keyword just taken
            length, label = self.matches[at]
            if at + length - 1 <= last:
                if label not in labels:
                    labels.append(label)
                resume = at + length
        return tuple(sorted(labels))
