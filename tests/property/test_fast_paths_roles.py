"""Role phrases ("the ambassador", "his counterpart") against the scan they replace.

``RolePhrases.resolve_role`` works out the candidates of a phrase once, with no one
excluded, and leaves the excluded out at the end; the scan of every official it
replaces is kept here as the oracle, over texts of officials who share roles,
countries and a body, with random exclusions and last subjects.
"""

from __future__ import annotations

import itertools

import hypothesis.strategies as st
from hypothesis import example, given, settings

from culturedipl._discourse import Discourse
from culturedipl._document import Document
from culturedipl._officials import find_people
from culturedipl._roles import (
    _EXACT_ROLES,
    _GUEST_NOUNS,
    _HOST_NOUNS,
    _NOT_TITLE_WORDS,
    _TWO_WORD_FIRSTS,
    _TWO_WORD_ROLES,
    ROLE_NOUNS,
    RolePhrases,
    place_code_of,
)
from culturedipl.model import Role

EXAMPLES = max(200, settings().max_examples)


def resolve_role_by_scan(
    self: RolePhrases, words: list[str], at: int, exclude: frozenset[int] = frozenset()
) -> list[int] | None:
    """``RolePhrases.resolve_role`` as it was: a scan of every official for each phrase."""
    noun = None
    if not _TWO_WORD_FIRSTS.isdisjoint(words):  # (most phrases hold none)
        for a, b in itertools.pairwise(words):
            if (a, b) in _TWO_WORD_ROLES:
                noun = _TWO_WORD_ROLES[(a, b)]
    last = words[-1] if words else ""
    if noun is None:
        noun = "secretary-general" if last == "secretary" else last
    joined = " ".join(words)
    if "head of state" in joined:
        noun = "head-of-state"
    elif "head of government" in joined:
        noun = "premier"
    elif noun not in ROLE_NOUNS and "of" in words:
        # the head of "the head of the ... department" comes before "of"
        head = words[words.index("of") - 1] if words.index("of") > 0 else ""
        if head in ROLE_NOUNS:
            noun = head
    if noun in _GUEST_NOUNS or noun in _HOST_NOUNS:
        if self.state.meeting is None:
            return None
        meeting = self.meetings[self.state.meeting]
        host = meeting.host if meeting.host is not None else self.state.series_host
        if noun in _HOST_NOUNS:
            return [host] if host is not None else None
        guests = [p for p in meeting.participants if p != host]
        return guests[:1] if guests else None
    if noun in {"prince", "sheikh", "highness", "princess", "sheikha"}:
        titled = [
            i
            for i, person in enumerate(self.people)
            if noun in person.honorifics and i not in exclude
        ]
        if noun == "highness":
            titled = [
                i for i, person in enumerate(self.people) if "highness" in person.honorifics
            ] or titled
        if titled:
            return [max(titled, key=lambda c: self._last_named(c, at))]
    roles = ROLE_NOUNS.get(noun)
    if roles is None:
        return None
    # "The TURKSOY head", "the UNESCO official": the body decides, whatever the office
    organizations = self.organization_keys
    by_body = [
        index
        for index, organization in enumerate(organizations)
        if organization and organization in words and index not in exclude
    ]
    if by_body:
        # "the UNESCO Director General": of the body's officials, those of the office
        fitting = [c for c in by_body if self.people[c].role in roles]
        return [max(fitting or by_body, key=lambda c: self._last_named(c, at))]
    country = None
    organization_words = set(words)
    places = self.doc.lex.places
    for w in words:
        code = place_code_of(places, w)  # ``_place_code``, without a call of its own
        if code is not None:
            country = code
    candidates = [
        index
        for index, person in enumerate(self.people)
        if person.role in roles and index not in exclude
    ]
    if not candidates:
        # no one of the noun's roles: "the Assistant Director-General" is whoever
        # that title names, of whatever role
        wanted = {part for w in words if w not in _NOT_TITLE_WORDS for part in w.split("-")}
        candidates = [
            index
            for index in range(len(self.people))
            if index not in exclude and wanted and wanted <= self.title_words[index]
        ]
    if noun in {"counterpart", "colleague"}:
        candidates = [c for c in candidates if c not in self.state.last_subject] or candidates
    if "deputy" in words:
        candidates = [
            c for c in candidates if self.people[c].role is Role.DEPUTY_MINISTER
        ] or candidates
    if country is not None:
        candidates = [c for c in candidates if self.people[c].country == country] or []
    org_match = [c for c in candidates if organizations[c] in organization_words]
    if org_match:
        candidates = org_match
    if not candidates:
        return None
    skip = {"the", "of", "a", "his", "her", noun}
    content = {w for w in words if w not in skip and w.isalpha()}
    if content:
        titled = [c for c in candidates if content <= self.title_words[c]]
        if titled:
            candidates = titled
    # "the undersecretary" is the official whose title says so, before one whose
    # title is another ("Country Director") of the same role
    named = [c for c in candidates if noun in self.title_words[c]]
    if named:
        candidates = named
    exact = _EXACT_ROLES.get(noun)
    if exact is not None and "deputy" not in words:
        candidates = [c for c in candidates if self.people[c].role is exact] or candidates
    # prefer the meeting's participants, then whoever was named last
    participants = self.state.participants()
    in_meeting = [c for c in candidates if c in participants]
    pool = in_meeting or candidates
    if len(pool) == 1:
        return pool  # no one to weigh against (a new list: ``candidates`` is not kept)
    return [max(pool, key=lambda c: self._last_named(c, at))]


TITLES = st.sampled_from(
    [
        "French Culture Minister",
        "Italian Culture Minister",
        "French Deputy Culture Minister",
        "Italian Ambassador",
        "French Ambassador",
        "UNESCO Director-General",
        "UNESCO Assistant Director-General",
        "Sheikh",
    ]
)
PHRASES = st.lists(
    st.sampled_from(
        [
            "the",
            "french",
            "italian",
            "culture",
            "deputy",
            "unesco",
            "assistant",
            "his",
            "of",
            "france",
            "italy",
            "director-general",
            "general-director",
            # words of no title, body or place (the same to the candidates)
            "new",
            "qaaa",
            "x.y",
            "well-known",
            "assistant-qaaa",
        ]
    ),
    max_size=3,
).flatmap(
    lambda head: st.sampled_from(
        ["minister", "ambassador", "counterpart", "director-general", "sheikh", "envoy"]
    ).map(lambda noun: [*head, noun])
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.lists(TITLES, min_size=1, max_size=7),
    st.lists(
        st.tuples(PHRASES, st.integers(0, 200), st.sets(st.integers(0, 7), max_size=3)),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.integers(0, 7), max_size=2),
)
# "the UNESCO counterpart": the body decides, and the last subject is not left out
@example(
    ["UNESCO Director-General", "UNESCO Assistant Director-General"],
    [(["the", "unesco", "counterpart"], 200, set())],
    [1],
)
# "the UNESCO Director-General": the body's official of that office, not its assistant
@example(
    ["UNESCO Director-General", "UNESCO Assistant Director-General"],
    [(["unesco", "director-general"], 10, set())],
    [],
)
# the only French minister is excluded: any minister, not none
@example(
    ["French Culture Minister", "Italian Culture Minister"],
    [(["the", "french", "minister"], 200, {0})],
    [],
)
# "the Italy minister" and "the France minister": a place is a word that counts
@example(
    ["Italian Culture Minister", "Italian Culture Minister"],
    [(["the", "italy", "minister"], 200, set()), (["the", "france", "minister"], 200, set())],
    [],
)
def test_resolve_role_agrees_with_a_scan(
    titles: list[str],
    phrases: list[tuple[list[str], int, set[int]]],
    last_subject: list[int],
) -> None:
    """Whoever a role phrase names, with some officials excluded: as the scan finds."""
    names = ("".join(letters).title() for letters in itertools.product("qvxz", "aeiou", "rnl"))
    body = " ".join(f"{title} {next(names)} {next(names)} spoke." for title in titles)
    doc = Document(body, None)
    people = find_people(doc)
    reader = Discourse(doc, people).roles
    reader.state.last_subject = [p for p in last_subject if p < len(people)]
    for words, token, exclude in phrases:
        at = min(token, len(doc.keys))
        left_out = frozenset(p for p in exclude if p < len(people))
        assert reader.resolve_role(words, at, left_out) == resolve_role_by_scan(
            reader, words, at, left_out
        )
