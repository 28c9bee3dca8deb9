"""Issue 13's indexes against the scans over every official they replace.

Officials of one role or surname were each weighed against all the others; the
indexes look up the few that can match. The plain scans are kept here as
oracles, with names drawn from a small stock so that surnames are shared and
given names lie one letter apart.
"""

from __future__ import annotations

from bisect import bisect_left, insort

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._mentions import _PARAGRAPH_BREAK
from culturedipl._officials import (
    _PARTICLES,
    OfficialDraft,
    _NameIndex,
    _Nearest,
    _one_edit,
    _similar,
)
from culturedipl._roles import _Pool

EXAMPLES = max(300, settings().max_examples)

# given names one letter apart ("jan"/"jana"/"ian"), particles, shared surnames
WORDS = st.sampled_from(
    ["jan", "jana", "joan", "ian", "anna", "ana", "van", "der", "al-malik", "malik", "berg", "zed"]
)
NAMES = st.lists(WORDS, min_size=1, max_size=4).map(tuple)


def _similar_by_scan(
    people: list[OfficialDraft], names: _NameIndex, words: tuple[str, ...]
) -> int | None:
    """``_similar`` as it was: every official of the surname, in the order entered."""
    if len(words) < 2:
        return None
    for index in names.by_last.get(words[-1], ()):
        other = people[index].words
        if len(other) == len(words) == 2 and other[0] != words[0] and _one_edit(other[0], words[0]):
            return index
    for index in names.by_last.get(words[-1], ()):
        other = people[index].words
        if len(other) > len(words) and other[-len(words) :] == words:
            return index
    for index in names.by_pair.get((words[0], words[1]), ()):
        other = people[index].words
        if len(other) == len(words) and other[:-1] == words[:-1] and len(words) >= 3:
            a, b = other[-1], words[-1]
            if a.startswith(b) or b.startswith(a):
                return index
        if len(words) > len(other) >= 2 and words[: len(other)] == other:
            return index
        if len(other) > len(words) >= 2 and other[: len(words)] == words:
            return index
    size = len(words)
    for index, person in enumerate(people):
        # the middle of a longer name ("Mba Oyono" of "Tomas Mba Oyono Edu")
        other = person.words
        if len(other) > size and any(
            other[k : k + size] == words for k in range(1, len(other) - size)
        ):
            return index
    return None


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.tuples(NAMES, st.lists(WORDS, max_size=2).map(tuple)), max_size=12),
    st.lists(NAMES, min_size=1, max_size=6),
)
# "Jan Berg" grows into "Jan Berg Berg" after "Ana Berg Berg" was entered: its first
# entry, not the later one, is the one a scan meets first
@example([(("jan", "berg"), ("berg",)), (("ana", "berg", "berg"), ())], [("berg", "berg")])
def test_similar_agrees_with_a_scan(
    entered: list[tuple[tuple[str, ...], tuple[str, ...]]], asked: list[tuple[str, ...]]
) -> None:
    """The one-letter variants and the longer names' places find what the scan finds,
    also after an official's name has grown ("Anna Berg", then "Anna Berg Zed")."""
    people: list[OfficialDraft] = []
    names = _NameIndex()
    for words, _ in entered:
        person = OfficialDraft(name=" ".join(words), words=words)
        names.add(len(people), person)
        people.append(person)
    for index, (words, more) in enumerate(entered):
        if more:
            people[index].words = words + more  # a longer name, entered again
            names.add(index, people[index])
    for words in asked:
        assert _similar(people, names, words) == _similar_by_scan(people, names, words)


def _nearest_by_scan(
    people: list[OfficialDraft], names: _NameIndex, word: str, at: int
) -> int | None:
    """``_mentioned`` for a name of one word as it was: every official who bears it."""
    best: int | None = None
    best_rank: tuple[int, int] | None = None
    for index in dict.fromkeys(names.by_word.get(word, ())):
        person = people[index]
        given_names = [
            w for w in person.words if w not in _PARTICLES and not w.startswith(("al-", "el-"))
        ]
        if not given_names:
            continue
        middle = 0
        if word in {person.words[-1], given_names[0], given_names[-1]}:
            pass
        elif word in given_names:
            middle = 1
        elif not any(
            w != word and w.startswith(("al-", "al", "el-")) and w.endswith(word) and len(word) >= 5
            for w in person.words
        ):
            continue
        positions = person.named_at
        k = bisect_left(positions, at)
        distances = [abs(p - at) for p in positions[max(0, k - 1) : k + 1]]
        rank = (middle, min(distances, default=10**9))
        if best_rank is None or rank < best_rank:
            best, best_rank = index, rank
    return best


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(
        st.tuples(NAMES, st.lists(st.integers(0, 60), max_size=3, unique=True)),
        min_size=1,
        max_size=10,
    ),
    st.lists(
        st.tuples(WORDS, st.integers(0, 60), st.integers(0, 9), st.booleans()),
        min_size=1,
        max_size=12,
    ),
)
# as near on either side: the official entered first
@example([(("jan", "zed"), [10]), (("ana", "zed"), [20])], [("zed", 15, 0, False)])
@example([(("ana", "zed"), [20]), (("jan", "zed"), [10])], [("zed", 15, 0, False)])
def test_nearest_agrees_with_a_scan(
    entered: list[tuple[tuple[str, ...], list[int]]], asked: list[tuple[str, int, int, bool]]
) -> None:
    """The nearest official of a name, from merged mentions, is the scan's, while
    mentions are added and new officials are named between the questions."""
    people: list[OfficialDraft] = []
    names = _NameIndex()
    taken: set[int] = set()  # one official per token, as in a text

    def enter(words: tuple[str, ...], named_at: list[int]) -> None:
        free = sorted(at for at in named_at if at not in taken)
        taken.update(free)
        person = OfficialDraft(name=" ".join(words), words=words, named_at=free)
        names.add(len(people), person)
        people.append(person)

    for words, named_at in entered:
        enter(words, named_at)
    nearest = _Nearest(people, names, {})
    for word, at, pick, new in asked:
        assert nearest.official(word, at) == _nearest_by_scan(people, names, word, at)
        if at in taken:
            continue
        if new:
            enter((word, "zed"), [at])
        else:
            index = pick % len(people)
            taken.add(at)
            insort(people[index].named_at, at)
            nearest.noted(index, at)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 40), max_size=4, unique=True), min_size=1, max_size=8),
    st.integers(0, 45),
    st.sets(st.integers(0, 7), max_size=4),
)
def test_pool_latest_agrees_with_max(mentions: list[list[int]], at: int, skip: set[int]) -> None:
    """Whoever of a role's candidates (less the excluded ones) was named last before a
    token: the bisection in the merged mentions, stepping over the excluded, picks
    what ``max`` over the candidates picks, ties included."""
    people = [
        OfficialDraft(name=f"P{i}", words=(f"p{i}",), named_at=sorted(named))
        for i, named in enumerate(mentions)
    ]

    def last_named(person: int) -> int:
        named = people[person].named_at
        k = bisect_left(named, at) - 1
        return named[k] if k >= 0 else -1

    members = list(range(len(people)))
    left = [member for member in members if member not in skip]
    if left:
        assert _Pool(members, people).latest(at, frozenset(skip)) == max(left, key=last_named)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet="\n\ra", max_size=30))
def test_first_paragraph_break_agrees_with_a_copy(body: str) -> None:
    """Whether a paragraph break comes before an offset: where the first one ends,
    found once, says what a search of the text up to that offset (without "\\r") says."""
    found = _PARAGRAPH_BREAK.search(body)
    first_break = found.end() if found else len(body) + 1
    for start in range(len(body) + 1):
        assert (first_break <= start) == ("\n\n" in body[:start].replace("\r", ""))
