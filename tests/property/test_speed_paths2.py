"""Patterns rewritten for speed (second round), against the patterns as first written.

A rewrite may change how the regex engine searches, never what it finds: on
any text the two must give the same matches, spans and groups.
"""

from __future__ import annotations

import re

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._initiatives import _QUOTED

EXAMPLES = max(300, settings().max_examples)

# The quoted-name pattern as first written: two alternatives, the second opening
# with a look-behind, so that the engine tried it at every character.
_QUOTED_AS_WRITTEN = re.compile(
    r"[\"“«„]([^\"“”«»\n]{3,80}?)[\"”»“]"
    r"|(?<!\w)['‘](?=\S)([^'‘’\n]{3,80}?)(?<=\S)['’](?!\w)"
)

# Every quotation mark and apostrophe either branch reads, with words, digits,
# "_" (a word character), blanks and line breaks around them.
QUOTE_TEXT = st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "«",
            "»",
            "„",
            "'",
            "‘",
            "’",
            "Year of Culture",
            "Ana",
            "s",
            "x_",
            "7",
            " ",
            "  ",
            "\n",
            ",",
        ]
    ),
    max_size=30,
).map("".join)


def _found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


@settings(max_examples=EXAMPLES, deadline=None)
@given(QUOTE_TEXT)
@example("the ‘Year of Culture’ and 'Ana's' x_'Ana' “Year”")
@example("'Year of Culture'")  # a single quote at the very start: nothing before it
def test_quoted_name_pattern_finds_what_it_first_found(text: str) -> None:
    """The quoted-name pattern, opening with the marks' class, finds the same names."""
    assert _found(_QUOTED, text) == _found(_QUOTED_AS_WRITTEN, text)
