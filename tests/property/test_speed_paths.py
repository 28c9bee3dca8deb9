"""Shortcuts taken for speed, against what they stand in for.

Each shortcut decides from a cheap look at the whole body that a costlier step
would change nothing; on any text the two must agree exactly.
"""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._document import ASIDE, Document
from culturedipl._segment import (
    _NON_ASCII_WORD_CHARACTER,
    _SPACED_ASCII_TOKEN,
    _SPACED_ASCII_TOKEN_UNGLUED,
    _SPACED_TOKEN,
    _SPACED_TOKEN_UNGLUED,
)

EXAMPLES = max(300, settings().max_examples)

# ASCII words and marks, and the characters beyond ASCII that news text holds
# besides letters: curly quotes and apostrophes, dashes, bullets, odd spaces.
MOSTLY_ASCII = st.lists(
    st.sampled_from(
        [
            "Ana",
            "O",
            "x7",
            "People",
            "s",
            "H.E",
            "Dr.Bo",
            " ",
            "\n",
            ".",
            "-",
            "'",
            "&",
            "_",
            "’",
            "‘",
            "“",
            "”",
            "–",
            "—",
            "•",
            "…",
            "\xa0",
            "\u2028",
            "\u3000",
            "\u0301",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=EXAMPLES, deadline=None)
@given(MOSTLY_ASCII)
@example("People’s Ana–Bo “x7” O’Neil’ ’s H.E.Dr.Bo\xa0_’_")
def test_ascii_token_patterns_serve_text_whose_letters_are_ascii(text: str) -> None:
    """Where every letter and digit is ASCII, the ASCII patterns give the Unicode ones' tokens."""
    assert _NON_ASCII_WORD_CHARACTER.search(text) is None
    assert _SPACED_ASCII_TOKEN.findall(text) == _SPACED_TOKEN.findall(text)
    assert _SPACED_ASCII_TOKEN_UNGLUED.findall(text) == _SPACED_TOKEN_UNGLUED.findall(text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=100))
@example("Ö²_’x")
@example("café")
def test_non_ascii_word_character_is_a_letter_or_digit_beyond_ascii(text: str) -> None:
    found = _NON_ASCII_WORD_CHARACTER.search(text)
    expected = next((c for c in text if not c.isascii() and c.isalnum()), None)
    assert (found.group() if found else None) == expected


OPENER_CASES = st.sampled_from(
    ["Read also", "READ ALSO", "ALSO READ", "See alſo", "See Also", "READ MORE", "read  also"]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.one_of(
            OPENER_CASES,
            st.sampled_from(["The minister spoke.", "\n\n", ": ", "| ", ". ", "Ann said."]),
        ),
        max_size=12,
    ).map("".join)
)
@example("The minister spoke.\n\nREAD ALSO: Ann said.")
@example("Ann said.\n\nSee alſo: the minister spoke.")
def test_asides_are_the_sentences_that_open_with_a_link(body: str) -> None:
    """The one test of the whole body leaves out no sentence that ``ASIDE`` matches."""
    doc = Document(body, None)
    expected = frozenset(
        index for index, sentence in enumerate(doc.sentences) if ASIDE.match(sentence.text)
    )
    assert doc.asides == expected
