"""Mentions: which tokens name which official, and which stand inside a quotation.

Worked out once per document, before the pass over the sentences, and only read
after: every token of a name and of the title beside it is marked with its
official (``owner``); the names' first tokens are kept in order (``name_order``)
so that "who is named between two tokens" is a bisection; a quotation map says of
every token whether it is quoted; and the tokens where a reporting verb can start
are picked out once (``verb_cues``).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TypeVar

from culturedipl._document import Document
from culturedipl._match import Matchers
from culturedipl._officials import OfficialDraft
from culturedipl.lexicon import word_list

__all__ = ["Mentions", "index_of"]

T = TypeVar("T")

# the lower-case words a quoted name may hold ("Peace for Culture" is a name)
_NAME_JOINERS = word_list("quoted_name_joiners")
# the lower-case words that continue a name ("bin", "al") and a full stop ("Mr.")
_NAME_CONTINUATIONS = word_list("name_continuations") | {"."}
_QUOTE_OPEN = "“«„"
_QUOTE_CLOSE = "”»"
# Every mark the quotation tests of ``_quote_map`` act on: each is a token of its own
# (not a letter, digit or joiner of a word), the only token of that text.
_QUOTE_MARKS = (*_QUOTE_OPEN, *_QUOTE_CLOSE, '"')
_PARAGRAPH_BREAK = re.compile(r"\n\r*\n")


def index_of(items: Sequence[T], value: T, start: int, stop: int) -> int:
    """The first index from *start* where *items* holds *value*, or *stop* if none."""
    try:
        return items.index(value, start, stop)
    except ValueError:
        return stop


def index_back(items: Sequence[T], value: T, start: int, floor: int) -> int:
    """The last index before *start*, not below *floor*, where *items* holds *value*,
    or *floor* if none."""
    for k in range(start - 1, floor - 1, -1):
        if items[k] == value:
            return k
    return floor


def _quote_mark_tokens(body: str, token_starts: Sequence[int]) -> list[int]:
    """The tokens that are quotation marks, in order, by the *token_starts* of *body*.

    A mark is a token of its own (no word holds one), so each found in the body by
    ``str.find`` is the token that starts where it stands: a bisection for each of a
    few marks, not a look at every token.
    """
    found: list[int] = []
    for mark in _QUOTE_MARKS:
        at = body.find(mark)
        while at >= 0:
            found.append(bisect_left(token_starts, at))
            at = body.find(mark, at + 1)
    found.sort()
    return found


# asked of every word next to a name (four lexicon look-ups): kept
@functools.lru_cache(maxsize=1 << 14)
def _title_word(lex: Matchers, token_key: str) -> bool | None:
    """Whether a word can stand in a title, by its key; None if its casing tells."""
    if token_key in {"of", "the", "to", "for", "and", "(", ")", "-", ".", "’s", "'s"}:
        return True
    if token_key in lex.title_words or token_key in lex.words:
        return lex.words.get(token_key) != "stop" or token_key in {"of", "the"}
    if token_key in lex.places or token_key in lex.organizations:
        return True
    return None


@functools.cache
def _title_tokens(lex: Matchers) -> dict[str, bool]:
    """Whether a word can stand in a title, by its text: filled by ``Mentions._title_token``."""
    return {}


def _portfolio_list_end(
    words: Sequence[str], keys: Sequence[str], comma: int, stop: int, name_start: dict[int, int]
) -> int:
    """Where a title's list of portfolios ends: "Minister of Culture, Gender, Entertainment
    and Sport," goes on past the comma at *comma* over capitalised words up to the part
    with "and"; a title with no such list ends at *comma*."""
    k = comma
    while k < stop and keys[k] == ",":
        part = k + 1
        while part < stop and keys[part] != "," and part - k <= 6 and part not in name_start:
            if not (words[part][:1].isupper() or keys[part] in {"and", "&", "of"}):
                return comma
            part += 1
        if part >= stop or keys[part] != "," or part == k + 1:
            return comma
        if "and" in keys[k + 1 : part] or "&" in keys[k + 1 : part]:
            return part
        k = part
    return comma


@functools.cache
def _with_according(verb_starts: frozenset[str]) -> frozenset[str]:
    """The first words of the reporting verbs, and "according" ("according to")."""
    return verb_starts | {"according"}


class Mentions:
    """The name marks and the quotation map of a document, computed once."""

    def __init__(self, doc: Document, people: list[OfficialDraft]) -> None:
        self.doc = doc
        self.people = people
        # token index -> official, for every token of a name or its title
        self.owner: dict[int, int] = {}
        self.name_start: dict[int, int] = {}
        for index, person in enumerate(people):
            for at in person.named_at:
                self.name_start[at] = index
        # where names start, in order
        self.name_order = sorted(self.name_start)
        self._cover_names()
        self.inside_quote = self._quote_map()
        # the quoted words, in order: whether a sentence quotes anyone is a bisection
        self.quoted_words = (
            [
                j
                for j in itertools.compress(range(len(doc.words)), self.inside_quote)
                if doc.words[j].isalpha()
            ]
            if True in self.inside_quote
            else []  # (most articles quote no one)
        )
        # owned tokens in order, for "who was named before token i" by bisection
        self.owned = sorted(self.owner)
        # every sentence looks for its reporting verb: the words a verb can start
        # with, and where they stand, are worked out once here
        self.verb_starts = doc.lex.verbs.first_words()
        self.verb_cues = self._find_verb_cues()
        # where the first paragraph break ends ("\n\n", perhaps with "\r" between): a
        # sentence that starts at or after it has a paragraph before it
        first_break = _PARAGRAPH_BREAK.search(doc.body)
        self.first_break = first_break.end() if first_break else len(doc.body) + 1

    def _find_verb_cues(self) -> list[int]:
        """Where a reporting verb's first word or "according" stands, in order: picked
        out once for the document at C speed, each sentence takes its share by bisection."""
        keys = self.doc.keys
        cues = _with_according(self.verb_starts)
        return list(itertools.compress(range(len(keys)), map(cues.__contains__, keys)))

    def _cover_names(self) -> None:
        """Mark the tokens of each mention (name plus adjoining title) with its official."""
        doc = self.doc
        # local names: this runs over every token of every name and title
        words, keys, owner, name_start = doc.words, doc.keys, self.owner, self.name_start
        title_token = self._title_token
        # what ``_title_token`` found for each word so far: read here without a call
        known = _title_tokens(doc.lex)
        sentence_starts, sentence_stops = doc.sentence_starts, doc.sentence_stops
        for at in self.name_order:
            person = name_start[at]
            # the name's sentence (``doc.sentence_of``, ``doc.sentence_tokens``)
            sentence = bisect_right(sentence_starts, at) - 1
            first, stop = sentence_starts[sentence], sentence_stops[sentence]
            j = at
            # the name itself
            while (
                j < stop
                and (
                    words[j][:1].isupper()
                    or keys[j] in _NAME_CONTINUATIONS
                    or keys[j].startswith("al-")
                    # a lower-case particle joined to a capitalised part: "el-Kilani", "ad-Din"
                    or words[j].rpartition("-")[2][:1].isupper()
                )
            ):
                owner[j] = person
                j += 1
                if j in name_start:
                    break
            # an appositive title after it ("X, acting Minister of Culture,")
            if j < stop and keys[j] == ",":
                k = j + 1
                while (
                    k < stop
                    and k not in name_start
                    and (known.get(words[k]) or title_token(k) or words[k][:1].isupper())
                    and keys[k] != ","
                ):
                    k += 1
                if k > j + 1 and not doc.lex.title_words.isdisjoint(keys[j + 1 : k]):
                    k = _portfolio_list_end(words, keys, k, stop, name_start)
                    for m in range(j, k):
                        owner[m] = person
            # a title right before it ("Culture Minister", "Czech ambassador to Azerbaijan")
            k = at - 1
            while k >= first and k not in owner:
                if words[k] == ")" and k - 2 >= first and words[k - 2] == "(":
                    # an acronym in brackets ends the title: "Agency (TIKA) Serkan Kayalar"
                    owner[k] = owner[k - 1] = owner[k - 2] = person
                    k -= 3
                    continue
                found = known.get(words[k])
                if not (title_token(k) if found is None else found):
                    break
                owner[k] = person
                k -= 1

    def _title_token(self, k: int) -> bool:
        """Whether token *k* can stand in a title (kept by its text in ``_title_tokens``)."""
        doc = self.doc
        word = doc.words[k]
        known = _title_tokens(doc.lex)
        found = known.get(word)
        if found is None:
            by_key = _title_word(doc.lex, doc.keys[k])
            found = by_key if by_key is not None else word.isupper() and len(word) > 1
            if len(known) < 1 << 16:  # bounded: the vocabulary of news repeats
                known[word] = found
        return found

    def _quote_map(self) -> list[bool]:
        """For each token: whether it stands inside a quotation."""
        doc = self.doc
        inside = [False] * len(doc.words)
        # between two quotation marks the state holds, so the other tokens are
        # filled in by slices
        marks = _quote_mark_tokens(doc.body, doc.starts)
        if not marks:
            return inside
        state = False
        starts, stops = doc.sentence_starts, doc.sentence_stops
        s = -1
        while s + 1 < len(doc.sentences):
            s += 1
            if not state:
                # outside quotations, the sentences before the next mark have nothing to do
                k = bisect_left(marks, starts[s])
                if k == len(marks):
                    break
                s = max(s, bisect_right(starts, marks[k]) - 1)
            sentence = doc.sentences[s]
            indexes = range(starts[s], stops[s])
            here = marks[bisect_left(marks, indexes.start) : bisect_left(marks, indexes.stop)]
            if not state and not here:
                continue  # outside quotations, with no mark: nothing to do
            # quotations do not run across paragraphs unless the paragraph opens with one
            # (a line break since the previous sentence began: its line starts elsewhere)
            previous = doc.sentences[s - 1].start if s > 0 else 0
            if state and doc.body.find("\n", previous, sentence.start) >= 0:
                state = False
            filled = indexes.start  # tokens before this one have their value
            for index in here:
                if state:
                    inside[filled:index] = [True] * (index - filled)
                filled = index + 1
                text = doc.words[index]
                if text in _QUOTE_OPEN:
                    state = True
                    inside[index] = True
                    continue
                if text in _QUOTE_CLOSE:
                    inside[index] = True
                    state = False
                    continue
                if text == '"':
                    inside[index] = True
                    offset = doc.starts[index]
                    before = doc.body[offset - 1] if offset > 0 else " "
                    after = doc.body[offset + 1] if offset + 1 < len(doc.body) else " "
                    if before.isspace() and not after.isspace():
                        state = True
                    elif after.isspace() or after in ",.;:!?" or not before.isspace():
                        state = not state if not (before in ",.!?…" or before.isalnum()) else False
                    continue
                inside[index] = state  # no mark after all
            if state and filled < indexes.stop:
                inside[filled : indexes.stop] = [True] * (indexes.stop - filled)
        self._unquote_names(inside)
        return inside

    def _unquote_names(self, inside: list[bool]) -> None:
        """ "ICESCO Digital Home", "Peace for Culture": a quoted name is no quotation."""
        doc = self.doc
        if True not in inside:
            return
        n = len(inside)
        # each run of quoted tokens, found by list.index (C speed) rather than a step per token
        i = index_of(inside, True, 0, n)
        while i < n:
            j = index_of(inside, False, i, n)
            texts = doc.words[i:j]
            # six words tell: a name has five at most (a quotation can be long)
            words = list(itertools.islice((w for w in texts if w[:1].isalnum()), 6))
            if len(words) <= 5 and all(
                w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words
            ):
                for k in range(i, j):
                    inside[k] = False
            i = index_of(inside, True, j, n)

    def people_in(self, first: int, last: int) -> list[int]:
        """Officials named (or titled) between tokens *first* and *last*."""
        found: list[int] = []
        # the names that start in the stretch, by bisection rather than a look at each token
        for j in self.name_order[
            bisect_left(self.name_order, first) : bisect_right(self.name_order, last)
        ]:
            person = self.name_start[j]
            if person not in found:
                found.append(person)
        return found

    def named_soon(self, j: int, stop: int) -> bool:
        k = bisect_right(self.name_order, j)
        return k < len(self.name_order) and self.name_order[k] < min(stop, j + 12)

    def token_at(self, offset: int, indexes: range) -> int:
        """The first token of *indexes* that ends after *offset* (by bisection)."""
        j = bisect_right(self.doc.ends, offset, indexes.start, indexes.stop)
        return min(j, indexes.stop - 1)

    def in_quote_at(self, s: int, offset: int) -> bool:
        """Whether the character at *offset* of sentence *s* stands inside a quotation."""
        indexes = self.doc.sentence_tokens(s)
        j = bisect_right(self.doc.ends, offset, indexes.start, indexes.stop)
        return j < indexes.stop and self.inside_quote[j]

    def paragraph_before(self, s: int) -> bool:
        """Whether a paragraph break stands before sentence *s*."""
        return self.first_break <= self.doc.sentences[s].start
