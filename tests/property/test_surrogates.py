"""Property test (issue 13): every article parse_text returns survives dumps and loads.

JSON writes a character outside the Basic Multilingual Plane as two ``\\u``
escapes, a surrogate pair, and every JSON reader joins such a pair into one
character. So the reader joins pairs in its input too, and replaces lone
surrogates, before it counts a single offset.
"""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from culturedipl import Article, dumps, loads
from culturedipl.text import parse_text

#: At least 300 examples; more under a profile that asks for more (``thorough``).
EXAMPLES = max(300, settings().max_examples)
READER = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HIGH = st.integers(0xD800, 0xDBFF).map(chr)
LOW = st.integers(0xDC00, 0xDFFF).map(chr)
#: A surrogate pair, a lone high or low surrogate, or a pair the wrong way round.
SURROGATES = st.one_of(
    st.tuples(HIGH, LOW).map("".join),
    HIGH,
    LOW,
    st.tuples(LOW, HIGH).map("".join),
)
PIECES = st.sampled_from(
    (
        "Culture Minister Lale Rzayeva",
        "met",
        "Polish Ambassador to Azerbaijan Tomasz Nowicki",
        "in Baku on Monday.",
        "The minister",
        "stressed the role of museums.",
        "Rzayeva said:",
        '"Culture unites us."',
        "Secretary-General Ana Ruiz",
        "launched the Year of Crafts.",
        "The ambassador",
        "thanked",
        "\n",
        "😀",
    )
)
#: News-like text with surrogates between and inside its words.
TEXT_WITH_SURROGATES = st.lists(
    st.one_of(PIECES, SURROGATES, st.tuples(PIECES, SURROGATES, PIECES).map("".join)),
    min_size=1,
    max_size=25,
).map(" ".join)


@READER
@given(TEXT_WITH_SURROGATES)
@pytest.mark.filterwarnings("ignore::culturedipl.text.DecodingWarning")
def test_every_article_survives_dumps_and_loads(text: str) -> None:
    """loads(dumps(a)) == a, spans after the repaired characters included."""
    article = parse_text(text)
    assert isinstance(article, Article)
    assert loads(dumps(article)) == article
    assert loads(dumps(article, indent=2)) == article
    assert not any(0xD800 <= ord(character) <= 0xDFFF for character in article.body)
