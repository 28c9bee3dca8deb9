"""The header reader's fast paths against the plain rules they stand for.

Each fast path decides from a cheap, partial view of a line what the plain
rule decides from all of it. The plain rules are kept here as oracles: on any
text the two must agree, so a speed-up can never change what is read.
"""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._header import _WORD, _is_prose_by_words, _surely_prose, _words

EXAMPLES = max(300, settings().max_examples)

# Tokens of words in either case, with the punctuation, digits, apostrophes
# and hyphens that split or join them; the white space (not only " ")
# between them; and what may close the line.
TOKENS = st.sampled_from(
    [
        "the",
        "met",
        "a",
        "Minister",
        "Baku",
        "ÉCOLE",
        "élan",
        "News.Az",
        "Azerbaijan’s",
        "co-operation",
        "O'Neil",
        "2021",
        "22,",
        "visit,",
        "(DG)",
        "x_y",
        "said.",
        "–",
        "…",
    ]
)
BLANKS = st.sampled_from([" ", " ", " ", "  ", "\t", "\xa0", "\u2028"])
ENDS = st.sampled_from(["", ".", " .", "!", "?", "…", '"', "”", "’", "»", ",", ":", ". ", " "])
LINES = st.one_of(
    st.builds(
        lambda pairs, end: "".join(token + blank for token, blank in pairs).rstrip(" ") + end,
        st.lists(st.tuples(TOKENS, BLANKS), max_size=45),
        ENDS,
    ),
    st.text(max_size=200),
)


def plain_is_prose(text: str) -> bool:
    """A line of running text: 25 words, or a sentence of six with two in lower case."""
    words = _WORD.findall(text)
    if len(words) >= 25:
        return True
    ends_sentence = any(text.rstrip().endswith(mark) for mark in '.!?…"”’»')
    if len(words) < 6 or not ends_sentence:
        return False
    return len([word for word in words if word[0].islower()]) >= 2


@settings(max_examples=EXAMPLES, deadline=None)
@given(LINES)
@example("The minister met the envoy in Baku on Monday, 22 May.")
@example("Minister Met Envoy In Baku Today a b.")
@example(" ".join(["word"] * 24) + " 2021,")
@example("a b c d e .")
@example("A B C D E f .")
@example("2021 2022 2023 2024 2025 a b .")
def test_surely_prose_says_true_only_for_prose(text: str) -> None:
    """_surely_prose never says True where the plain rule says False."""
    if _surely_prose(text):
        assert plain_is_prose(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(LINES)
@example("Azerbaijan’s co-operation with 22, countries, the minister said.")
@example("5ad6bd4ca3105cdce0a362a8.jpeg")
def test_prose_test_matches_the_plain_rule(text: str) -> None:
    """The quick test, then the words, decide as the plain rule does."""
    assert (_surely_prose(text) or _is_prose_by_words(text, _words(text))) == plain_is_prose(text)
