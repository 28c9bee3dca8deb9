"""The body, split once into sentences and tokens, shared by every stage."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from culturedipl._match import Matchers, key, matchers
from culturedipl._segment import Sentence, Token, sentences

__all__ = ["Document"]


class Document:
    """A body with its sentences, a flat token list and each token's match key."""

    def __init__(self, body: str, published: dt.date | None) -> None:
        self.body = body
        self.published = published
        self.lex: Matchers = matchers()
        self.sentences: list[Sentence] = sentences(body)
        self.tokens: list[Token] = [
            token for sentence in self.sentences for token in sentence.tokens
        ]
        self.keys: list[str] = [key(token.text) for token in self.tokens]
        # index of the first token of each sentence, for token -> sentence lookups
        self.sentence_starts: list[int] = []
        count = 0
        for sentence in self.sentences:
            self.sentence_starts.append(count)
            count += len(sentence.tokens)
        self.home: str | None = None

    def sentence_of(self, token_index: int) -> int:
        """The index of the sentence holding token *token_index*."""
        return bisect_right(self.sentence_starts, token_index) - 1

    def sentence_tokens(self, index: int) -> range:
        """The token indexes of sentence *index*."""
        start = self.sentence_starts[index]
        return range(start, start + len(self.sentences[index].tokens))

    def text(self, first: int, last: int) -> str:
        """The body's text from token *first* to token *last* inclusive."""
        return self.body[self.tokens[first].start : self.tokens[last].end]

    def is_capitalised(self, index: int) -> bool:
        """Whether token *index* starts with an upper-case letter."""
        word = self.tokens[index].text
        return word[:1].isupper()
