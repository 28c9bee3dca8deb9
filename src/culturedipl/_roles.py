"""Role phrases: which official "the Italian ambassador", "his counterpart" or "the host" means.

A role phrase names an official by office: a role noun (``data/role_nouns.tsv``)
with the words before it (a country, a portfolio, a body). Its candidates are the
officials whose role, country, body and title fit; of those, the meeting's
participants are preferred, then whoever was named last before the phrase. The
candidates depend on the phrase alone, so they are worked out once per phrase.
Read-only with respect to the discourse: it reads the meeting being reported and
the last subject from ``State`` and changes nothing there.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from culturedipl._document import Document
from culturedipl._drafts import State
from culturedipl._match import PhraseMatcher, key
from culturedipl._officials import OfficialDraft
from culturedipl.lexicon import read_table, word_list
from culturedipl.model import Role

__all__ = ["ROLE_NOUNS", "ROLE_OR_GUEST_NOUNS", "RolePhrases", "place_code_of"]


def _role_nouns() -> dict[str, frozenset[Role]]:
    """``data/role_nouns.tsv``: each role noun and the roles of the officials it may mean."""
    table: dict[str, frozenset[Role]] = {}
    for _, columns in read_table("role_nouns.tsv"):
        noun, roles = columns
        table[noun] = frozenset(Role(value) for value in roles.split())
    return table


ROLE_NOUNS = _role_nouns()
# two words read as one role noun ("prime minister" is a premier)
_TWO_WORD_ROLES = {
    ("secretary", "general"): "secretary-general",
    ("director", "general"): "director-general",
    ("prime", "minister"): "premier",
    ("high", "representative"): "representative",
}
_TWO_WORD_FIRSTS = frozenset(a for a, _ in _TWO_WORD_ROLES)
_GUEST_NOUNS = word_list("guest_nouns")
_HOST_NOUNS = word_list("host_nouns")
# honorifics that stand for their holder ("his highness"), by who was named last
_HONORIFIC_NOUNS = word_list("honorific_role_nouns")
# role nouns that many unnamed offices share ("the press secretary", "the first
# secretary" of an embassy): the words before them must be in the official's title
_TITLE_BOUND_NOUNS = frozenset({"secretary"})
# the role nouns that stand for one office only, when "deputy" is not said
_EXACT_ROLES = {"minister": Role.MINISTER, "ambassador": Role.AMBASSADOR}
# built once: the meeting rules ask it of every token after a meeting verb
ROLE_OR_GUEST_NOUNS = frozenset(ROLE_NOUNS) | _GUEST_NOUNS
# Words of a role phrase that a title need not hold.
_NOT_TITLE_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "of"})
# A word of a title, for matching role phrases against titles ("secretary-general"
# gives two)
_TITLE_WORD = re.compile(r"[^\W_]+")


# asked of every word of every role phrase ("the Italian ambassador"): kept
@functools.lru_cache(maxsize=1 << 14)
def _acronyms(title: str, body: str) -> set[str]:
    """The acronyms a title's portfolio words make that *body* writes ("Minister of
    Education, Science, Culture and Sports": "escs", "esc", "scs"; of three letters or
    more, only those the text writes in capitals: "the new minister" is no acronym)."""
    initials = "".join(
        word[0]
        for word in _TITLE_WORD.findall(title)
        if word[0].isupper() and word.casefold() not in ROLE_NOUNS
    ).casefold()
    return {
        initials[a:b]
        for a in range(len(initials))
        for b in range(a + 3, len(initials) + 1)
        if initials[a:b].upper() in body
    }


# asked of every word of every role phrase, and by the discourse and coreference
# stages of the places they read, with the same few words again and again: kept
@functools.lru_cache(maxsize=1 << 14)
def place_code_of(places: PhraseMatcher[str], text: str) -> str | None:
    """The country of the place *text* names in full, if the lexicon *places* knows it."""
    words = [key(w) for w in text.split()]
    for size in range(len(words), 0, -1):
        found = places.match(words[:size], 0)
        if found is not None and found[0] == size:
            return found[1]
    return None


def _phrase_country(places: PhraseMatcher[str], words: list[str]) -> str | None:
    """The country of the last place a role phrase's *words* name, each place read whole
    ("south sudan's" is South Sudan, not Sudan)."""
    keys = [key(w) for w in words]
    country = None
    k = 0
    while k < len(keys):
        found = places.match(keys, k)
        if found is None:
            k += 1
        else:
            country = found[1]
            k += found[0]
    return country


class _Preferred:
    """A set of candidates a role phrase preferred (see ``resolve_role``): only its
    size, and its members while they are few enough to be all excluded."""

    __slots__ = ("members", "size")

    def __init__(self, members: list[int]) -> None:
        self.size = len(members)
        self.members = frozenset(members) if len(members) <= 16 else None

    def within(self, excluded: frozenset[int]) -> bool:
        """Whether all of the set may be *excluded* (when unsure, it may)."""
        if self.size > len(excluded):
            return False
        return self.members is None or self.members <= excluded


class _Pool:
    """Officials a role phrase may refer to, in order, with their mentions merged: which
    of them was named last before a token is a bisection, not a look at each of them."""

    __slots__ = ("member_set", "members", "other_before", "positions", "who")

    def __init__(self, members: list[int], people: Sequence[OfficialDraft]) -> None:
        self.members = members
        self.member_set = frozenset(members)
        # by position, and at one position the first member last, so that the last
        # entry before a token is the one ``max`` over the members would pick
        entries = sorted(
            (at, -order) for order, member in enumerate(members) for at in people[member].named_at
        )
        self.positions = [at for at, _ in entries]
        self.who = who = [members[-order] for _, order in entries]
        # for each entry, the nearest one before it of another member (-1 if none)
        self.other_before = other_before = [-1] * len(who)
        for k in range(1, len(who)):
            other_before[k] = k - 1 if who[k - 1] != who[k] else other_before[k - 1]

    def latest(self, at: int, skip: frozenset[int] = frozenset()) -> int:
        """The member not in *skip* named last before token *at* (the first such
        member if none was); some member must be outside *skip*."""
        k = bisect_left(self.positions, at) - 1
        who, other_before = self.who, self.other_before
        while k >= 0 and who[k] in skip:  # (few are skipped: those of one sentence)
            k = other_before[k]
        if k >= 0:
            return who[k]
        return next(member for member in self.members if member not in skip)


class RolePhrases:
    """The officials by role, body and honorific, and the role phrases read so far."""

    def __init__(self, doc: Document, people: list[OfficialDraft], state: State) -> None:
        self.doc = doc
        self.people = people
        self.state = state
        self.meetings = state.meetings
        # officials by role and by the body they serve (its name folded), in order,
        # and the candidates of each role phrase read so far (see ``resolve_role``)
        self.by_role: dict[Role, list[int]] = {}
        self.by_organization: dict[str, list[int]] = {}
        self.by_honorific: dict[str, list[int]] = {}
        #: the first official of each role and country
        self.first_holder: dict[tuple[Role, str], int] = {}
        for index, person in enumerate(people):
            self.by_role.setdefault(person.role, []).append(index)
            if person.organization:
                self.by_organization.setdefault(person.organization.casefold(), []).append(index)
            if person.country is not None:
                self.first_holder.setdefault((person.role, person.country), index)
            for honorific in person.honorifics:
                self.by_honorific.setdefault(honorific, []).append(index)
        self.honorific_pools: dict[str, _Pool] = {}
        # every word of a title or body's name (see ``_phrase_key``)
        self._phrase_words: set[str] | None = None
        self.role_pools: dict[
            tuple[str, ...], tuple[tuple[_Preferred, ...], tuple[bool, _Pool] | None]
        ] = {}
        # worked out on first use (see the properties below)
        self._organization_keys: list[str] | None = None
        self._title_words: list[set[str]] | None = None
        self._title_acronyms: list[set[str]] | None = None

    # each official's body and title as role phrases are matched against them
    # (worked out once, not for every phrase)

    @property
    def organization_keys(self) -> list[str]:
        if self._organization_keys is None:
            self._organization_keys = [
                (person.organization or "").casefold() for person in self.people
            ]
        return self._organization_keys

    @property
    def title_words(self) -> list[set[str]]:
        if self._title_words is None:
            # the words only, without punctuation: "Minister of Culture, Information ..."
            # holds "culture"
            self._title_words = [
                set(_TITLE_WORD.findall((person.title or "").casefold())) for person in self.people
            ]
        return self._title_words

    @property
    def title_acronyms(self) -> list[set[str]]:
        if self._title_acronyms is None:
            self._title_acronyms = [_acronyms(p.title or "", self.doc.body) for p in self.people]
        return self._title_acronyms

    def resolve_role(
        self, words: list[str], at: int, exclude: frozenset[int] = frozenset()
    ) -> list[int] | None:
        """The official a role phrase ("the Italian ambassador") refers to."""
        noun = _role_noun(words)
        if noun in _GUEST_NOUNS or noun in _HOST_NOUNS:
            if self.state.meeting is None:
                return None
            meeting = self.meetings[self.state.meeting]
            host = meeting.host if meeting.host is not None else self.state.series_host
            if noun in _HOST_NOUNS:
                return [host] if host is not None else None
            guests = [p for p in meeting.participants if p != host]
            return guests[:1] if guests else None
        if noun in _HONORIFIC_NOUNS:
            # "his highness" is any highness, excluded or not
            holders = self.by_honorific.get(noun, [])
            left_out = frozenset() if noun == "highness" else exclude.intersection(holders)
            if len(holders) > len(left_out):
                if noun not in self.honorific_pools:
                    self.honorific_pools[noun] = _Pool(holders, self.people)
                return [self.honorific_pools[noun].latest(at, left_out)]
        roles = ROLE_NOUNS.get(noun)
        if roles is None:
            return None
        # the candidates depend on the phrase, not on where it stands: they are worked
        # out once for each phrase, with no one excluded (the same "the minister" is
        # read again and again in a long text), and here only whoever was named last
        # of those not excluded is chosen. Leaving the excluded out of the candidates
        # at the end reads the same as leaving them out first, unless a narrower set of
        # candidates the phrase preferred holds only excluded officials: then they are
        # worked out again, with them left out.
        others = self.state.last_subject if noun in {"counterpart", "colleague"} else ()
        skip = exclude.union(others) if others else exclude
        memo_key = self._phrase_key(words, noun)
        if memo_key not in self.role_pools:
            preferred: list[_Preferred] = []
            found = self._role_candidates(
                words, noun, roles, frozenset(), others=(), preferred=preferred
            )
            self.role_pools[memo_key] = (tuple(preferred), found)
        preferred_sets, found = self.role_pools[memo_key]
        if skip and any(chosen.within(skip) for chosen in preferred_sets):
            found = self._role_candidates(
                words, noun, roles, exclude, others=others, preferred=None
            )
            skip = exclude = frozenset()
        if found is None:
            return None
        by_body, pool = found
        if by_body:
            return [pool.latest(at, exclude)]  # (whatever the last subject)
        # prefer the meeting's participants, then whoever was named last
        if self.state.meeting is not None:
            in_meeting = sorted(
                {
                    c
                    for c in self.meetings[self.state.meeting].participants
                    if c in pool.member_set and c not in skip
                }
            )
            if in_meeting:
                if len(in_meeting) == 1:
                    return in_meeting
                host = self.meetings[self.state.meeting].host
                if host in in_meeting and words[-2:] in (["the", noun], [noun]):
                    # "the minister", bare, where both sides hold the office: the host,
                    # whom the story names plainly (the guest is "the Bulgarian minister")
                    return [host]
                return [max(in_meeting, key=lambda c: self._last_named(c, at))]
        return [pool.latest(at, skip)]

    def _phrase_key(self, words: list[str], noun: str) -> tuple[str, ...]:
        """What of a role phrase its candidates depend on: the noun, and its words, but
        a word in no official's title or body's name, no place and not written in capitals
        only as alpha or not (such a word leaves no official's title holding all the
        phrase's words)."""
        if self._phrase_words is None:
            self._phrase_words = set(self.by_organization).union(*self.title_words)
        known = self._phrase_words
        places = self.doc.lex.places
        key = [noun]
        for word in words:
            if not (
                word in known
                or word in _NOT_TITLE_WORDS
                or word in {noun, "deputy"}
                or any(part in known for part in word.split("-"))
                or place_code_of(places, word) is not None
                # (an acronym the text writes may spell a title: ``title_acronyms``)
                or (len(word) >= 3 and word.upper() in self.doc.body)
            ):
                word = "\x00" if word.isalpha() else "\x01"  # noqa: PLW2901
            key.append(word)
        return tuple(key)

    def _role_candidates(
        self,
        words: list[str],
        noun: str,
        roles: frozenset[Role],
        exclude: frozenset[int],
        *,
        others: Sequence[int],
        preferred: list[_Preferred] | None,
    ) -> tuple[bool, _Pool] | None:
        """Who a role phrase may refer to, wherever it stands: (whether the body named
        decides, the candidates); ``resolve_role`` picks one of them. *others* are
        the officials "counterpart" does not mean; each narrower set of candidates
        preferred on the way is noted in *preferred*."""

        def prefer(chosen: list[int]) -> list[int]:
            if preferred is not None:
                preferred.append(_Preferred(chosen))
            return chosen

        # "The TURKSOY head", "the UNESCO official": the body decides, whatever the office
        organizations = self.organization_keys
        by_body = sorted(
            index
            for word in set(words)
            for index in self.by_organization.get(word, ())
            if index not in exclude
        )
        if by_body:
            # "the UNESCO Director General": of the body's officials, those of the office
            fitting = [c for c in by_body if self.people[c].role in roles]
            return True, _Pool(prefer(fitting or by_body), self.people)
        organization_words = set(words)
        places = self.doc.lex.places
        # the last place named, read whole: "the South Sudan's culture minister" is of
        # South Sudan, not of Sudan ("Sudan's" alone)
        country = _phrase_country(places, words)
        candidates = sorted(
            index for role in roles for index in self.by_role.get(role, ()) if index not in exclude
        )
        if candidates:
            prefer(candidates)
        else:
            # no one of the noun's roles: "the Assistant Director-General" is whoever
            # that title names, of whatever role
            wanted = {part for w in words if w not in _NOT_TITLE_WORDS for part in w.split("-")}
            candidates = [
                index
                for index in range(len(self.people))
                if index not in exclude and wanted and wanted <= self.title_words[index]
            ]
            if candidates:
                prefer(candidates)
        if noun in {"counterpart", "colleague"}:
            unlike = [c for c in candidates if c not in others]
            candidates = prefer(unlike) if unlike else candidates
        if "deputy" in words:
            deputies = [c for c in candidates if self.people[c].role is Role.DEPUTY_MINISTER]
            candidates = prefer(deputies) if deputies else candidates
        if country is not None:
            candidates = [c for c in candidates if self.people[c].country == country]
            if candidates:
                prefer(candidates)
        org_match = [c for c in candidates if organizations[c] in organization_words]
        if org_match:
            candidates = prefer(org_match)
        if not candidates:
            return None
        skip = {"the", "of", "for", "a", "his", "her", noun}
        content = {w for w in words if w not in skip and w.isalpha()}
        if content:
            titled = _titled(candidates, content, self.title_words, lambda: self.title_acronyms)
            if titled:
                candidates = prefer(titled)
            elif noun in _TITLE_BOUND_NOUNS:
                return None  # "the press secretary" is no state secretary
        # "the undersecretary" is the official whose title says so, before one whose
        # title is another ("Country Director") of the same role
        named = [c for c in candidates if noun in self.title_words[c]]
        if named:
            candidates = prefer(named)
        exact = _EXACT_ROLES.get(noun)
        if exact is not None and "deputy" not in words:
            exactly = [c for c in candidates if self.people[c].role is exact]
            candidates = prefer(exactly) if exactly else candidates
        return False, _Pool(candidates, self.people)

    def _last_named(self, person: int, at: int) -> int:
        named = self.people[person].named_at  # sorted
        k = bisect_left(named, at) - 1
        return named[k] if k >= 0 else -1

    def holders_of(self, noun: int, stop: int) -> list[int]:
        """The officials a plural role phrase names by their countries: "the Ministers of
        Culture of the UAE, Bahrain and Israel" (each listed country's holder of the office)."""
        doc = self.doc
        roles = ROLE_NOUNS[doc.keys[noun][:-1]]
        codes = [doc.places[k][1] for k in range(noun + 1, min(stop, noun + 30)) if k in doc.places]
        if len(codes) < 2:
            return []
        # each country's first holder of one of the roles (an index, not a scan of everyone)
        first_holder = self.first_holder
        holders = (
            [first_holder[(role, code)] for role in roles if (role, code) in first_holder]
            for code in dict.fromkeys(codes)
        )
        return [min(found) for found in holders if found]


def _role_noun(words: list[str]) -> str:
    """The role noun of a role phrase's words: a two-word role ("vice minister"), the
    last word, "head of state (government)", or the head before "of" or "for" ("the
    head of the ... department", "the Turkish Minister for Culture")."""
    noun = None
    if not _TWO_WORD_FIRSTS.isdisjoint(words):  # (most phrases hold none)
        for a, b in itertools.pairwise(words):
            if (a, b) in _TWO_WORD_ROLES:
                noun = _TWO_WORD_ROLES[(a, b)]
    last = words[-1] if words else ""
    if noun is None:
        noun = last
    joined = " ".join(words)
    if "head of state" in joined:
        noun = "head-of-state"
    elif "head of government" in joined:
        noun = "premier"
    elif noun not in ROLE_NOUNS and ("of" in words or "for" in words):
        joiner = words.index("of" if "of" in words else "for")
        head = words[joiner - 1] if joiner > 0 else ""
        if head in ROLE_NOUNS:
            noun = head
    return noun


def _titled(
    candidates: list[int],
    content: set[str],
    title_words: list[set[str]],
    title_acronyms: Callable[[], list[set[str]]],
) -> list[int]:
    """The candidates whose title holds every content word of a role phrase, or else
    ("the ESCS Minister") an acronym of the title's portfolio words in their place."""
    titled = [c for c in candidates if content <= title_words[c]]
    if not titled:
        acronyms = title_acronyms()
        titled = [
            c for c in candidates if all(w in title_words[c] or w in acronyms[c] for w in content)
        ]
    return titled
