"""The events stage's fast paths against the plain loops they replace.

Each fast path passes over work a plain loop does token by token; the plain
loops are kept here as oracles, and on any input the two must agree exactly.
"""

from __future__ import annotations

from collections.abc import Sequence

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._coref import _apposed_role, _conjoined
from culturedipl._document import Document
from culturedipl._meeting_rules import _PLANNED_CUE, _PLANNED_WORDS
from culturedipl._mentions import _QUOTE_MARKS, _quote_mark_tokens

EXAMPLES = max(300, settings().max_examples)


# ---------------------------------------------------------------------------
# Oracles: the plain loops.


def plain_conjoined(owner: dict[int, int], keys: list[str], i: int, floor: int) -> list[int]:
    """Back from the last named token, one token at a time, down to *floor* (over a role
    phrase in apposition, "A and the minister, B", as the rule does)."""
    people = [owner[i]]
    joined = False
    j = i
    while j >= floor:
        person = owner.get(j)
        token_key = keys[j]
        if person is None and token_key not in {",", "and"}:
            j = _apposed_role(keys, owner, j, floor)
            if j < 0:
                break
            continue
        joined = joined or token_key == "and"
        if person is not None and person not in people and joined:
            people.insert(0, person)
        j -= 1
    return people


def plain_quote_mark_tokens(words: Sequence[str]) -> list[int]:
    """Every token whose text is a quotation mark, looked at one by one."""
    return [j for j, word in enumerate(words) if word in _QUOTE_MARKS]


def run_start(owner: dict[int, int], i: int, floor: int) -> int:
    """Where ``subject_before`` finds the run of named tokens ending at *i* to begin."""
    first = i
    while first > floor and first in owner:
        first -= 1
    return first


# ---------------------------------------------------------------------------
# Properties.

SUBJECT_KEYS = st.lists(
    st.sampled_from([",", "and", "the", "minister", "x"]), min_size=1, max_size=14
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    SUBJECT_KEYS,
    st.dictionaries(st.integers(0, 13), st.integers(0, 3), max_size=14),
    st.integers(0, 13),
    st.integers(0, 13),
)
@example(["and", "x", "x"], {0: 1, 1: 2, 2: 2}, 2, 0)  # an owned "and" inside the run
@example(["x", "and", "x"], {0: 1, 2: 2}, 2, 0)
@example([",", "and", "the", "minister", ","], {0: 1, 4: 0}, 4, 0)  # a role in apposition
def test_conjoined_subject_matches_the_walk_from_the_last_name(
    keys: list[str], owner: dict[int, int], i: int, floor: int
) -> None:
    """Passing over the run of the last name finds the same officials as walking it."""
    i = min(i, len(keys) - 1)
    floor = min(floor, i)
    owner = {j: person for j, person in owner.items() if j < len(keys)}
    owner[i] = owner.get(i, 0)
    first = run_start(owner, i, floor)
    assert _conjoined(owner, keys, i, floor, first) == plain_conjoined(owner, keys, i, floor)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(["to", "wil", "l", "would", "shal", " ", "x"])).map("".join),
        st.text(max_size=40),
    )
)
@example("shall")
@example("wil l")
def test_planned_cue_is_a_look_for_each_planned_word(before: str) -> None:
    """One scan for any planned word finds one exactly when a look for each would."""
    found = _PLANNED_CUE.search(before) is not None
    assert found == any(word in before for word in _PLANNED_WORDS)


QUOTE_PIECES = st.sampled_from(
    ['"', "“", "”", "«", "»", "„", "'", "’", "a", "Bo", "x.y", "_", "-", " ", "  ", "\n", ".", ","]
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(st.lists(QUOTE_PIECES, max_size=40).map("".join), st.text(max_size=80)))
@example('He said: "Yes," and «no» „maybe“ ”')
@example('  " ')
def test_quote_marks_found_in_the_body_are_the_mark_tokens(body: str) -> None:
    """Marks found in the body by str.find are the tokens whose text is a mark."""
    doc = Document(body, None)
    assert _quote_mark_tokens(doc.body, doc.starts) == plain_quote_mark_tokens(doc.words)
