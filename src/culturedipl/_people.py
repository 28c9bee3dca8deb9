"""People completed: what titles leave implicit, once every official is found.

The officials stage (``_officials.find_people``) reads each person's title;
this second step reads the article as a whole:

- ``home_country``: the country the story happens in (the dateline's, the host
  state of the envoys, or the country named most often);
- ``complete_people``: the companions of a visitor serve the visitor's state,
  a director or secretary serves the body the sentence names, an envoy's post
  is the home country, and an official with no country of their own is the
  home country's (or the national outlet's, when the body names its state),
  but for an embassy's staff, who serve its envoy's state.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from culturedipl._discourse import VISIT, VISIT_STARTS, finditer_from, offsets_of, search_starts
from culturedipl._document import Document
from culturedipl._officials import ENVOYS, OfficialDraft
from culturedipl._roles import place_code_of
from culturedipl.lexicon import outlet_countries, word_list
from culturedipl.model import Role

__all__ = ["complete_people", "home_country"]

_ORG_ROLES = frozenset({Role.SECRETARY_GENERAL, Role.HEAD_OF_ORGANIZATION})
_VISITOR_WORDS = word_list("visitor_words")
# the forms str.find looks for
_VISITOR_STARTS = search_starts(_VISITOR_WORDS)
_PLACE_SKIP_LIMIT = 3  # "visit to the", "arrived in"
_VISIT_PLACE_SKIP = frozenset({"to", "in", "the"})
_GAP_WORDS = word_list("visit_gap_words")
_MEET_WORDS = word_list("visitor_meet_words")
_GAP_LIMIT = 12  # tokens between a visitor's name and the visit word
_MEET_WINDOW = 30  # tokens back from a name to the word by which a visitor met them


def home_country(doc: Document, people: list[OfficialDraft]) -> str | None:
    """The country the story happens in: dateline, envoys' posts, or most named."""
    dateline = doc.dateline_country()
    if dateline is not None:
        # a dateline: "BAKU, Azerbaijan, June 20.", "Skopje, 21 June 2018 (MIA) –"
        return dateline
    # counts kept in plain dicts, in the order first seen: max() then gives the
    # most frequent, the first seen among equals
    posts: dict[str, int] = {}
    for person in people:
        if person.posted_to:
            posts[person.posted_to] = posts.get(person.posted_to, 0) + 1
    if posts:
        return max(posts, key=posts.__getitem__)
    # envoys are foreigners: their own countries are not the home one
    foreign = {p.country for p in people if p.role in ENVOYS and p.country}
    counts = _place_counts(doc)
    candidates = [code for code in counts if code not in foreign] or list(counts)
    if not candidates:
        return None
    return max(candidates, key=counts.__getitem__)


def _place_counts(doc: Document) -> dict[str, int]:
    """How often each country is named, in the order first named."""
    # a plain dict in the order first seen: max() then gives the most frequent,
    # the first seen among equals
    counts: dict[str, int] = {}
    resume = 0
    for at in sorted(doc.places):
        if at < resume:
            continue  # inside the place name just counted
        length, code = doc.places[at]
        counts[code] = counts.get(code, 0) + 1
        resume = at + length
    return counts


def _unmarked_country(
    doc: Document, people: list[OfficialDraft], home: str | None, outlet: str | None = None
) -> str | None:
    """The country of the officials whose titles name none.

    News marks the other side's officials with their country and leaves its
    own unmarked: in "Minister of Culture A received the Belarusian Minister
    of Culture B", A is not Belarusian, even when Belarus is named most. So
    when a title already names the home country, the unmarked officials are
    of the country named most among those no title names (nor an envoy's
    own state: "Minister A met the Italian Ambassador B", A is no Italian).
    A dateline is firmer evidence than the counts ("BAKU - Azerbaijani
    Foreign Minister A ... President B"): it stays, unless an unmarked
    official is said to visit its country ("CAIRO - Minister A met the
    Egyptian Minister B during A's visit to Egypt"). Firmer still is a
    national *outlet*'s own state (``outlet_countries.tsv``), when the body
    names it and no title marks it.
    """
    marked = {p.country for p in people if p.country and p.role not in ENVOYS}
    # a national outlet leaves its own state's officials unmarked, also under a
    # foreign dateline ("Bangkok (VNA) - Minister A"), when the body names that state
    own = outlet_countries().get(outlet.casefold()) if outlet is not None else None
    if own is not None and own != home and own not in marked and own in _place_counts(doc):
        return own
    if home is None:
        return home
    if home not in marked:
        return home
    if doc.dateline_country() is not None:
        if home not in _visited_by_unmarked(doc, people):
            return home
        # the visitors' envoy to the country visited may escort them
        foreign: set[str] = set()
    else:
        # an envoy's own state is foreign, as for the home country
        foreign = {p.country for p in people if p.role in ENVOYS and p.country}
    counts = _place_counts(doc)
    candidates = [code for code in counts if code not in marked and code not in foreign]
    if not candidates:
        return home
    return max(candidates, key=counts.__getitem__)


# a possessive right before a visit: "Prince A’s official visit to Egypt"
_VISITOR = re.compile(r"(\w+)[’']s\s+(?:[\w-]+\s+){0,2}$")


def _visited_by_unmarked(doc: Document, people: list[OfficialDraft]) -> set[str]:
    """The countries visited by an official whose title names no country.

    "as part of Prince A’s official visit to Egypt": A is no Egyptian.
    """
    words = {word for p in people if p.country is None for word in p.words}
    found: set[str] = set()
    if not words:
        return found  # every title names a state: no visitor to find, no visit to read
    body = doc.body
    for match in finditer_from(VISIT, body, offsets_of(body, VISIT_STARTS)):
        visitor = _VISITOR.search(body, max(0, match.start() - 40), match.start())
        if visitor is not None and visitor.group(1).casefold() in words:
            code = place_code_of(doc.lex.places, match.group("place"))
            if code is not None:
                found.add(code)
    return found


_BODY_OFFICES = word_list("body_office_words")


def _body_in_sentence(doc: Document, person: OfficialDraft) -> str | None:
    """The body named nearest before the person in the sentence that first names them.

    "The joint delegations of the Turkic Council headed by Secretary General X":
    X serves the Turkic Council.
    """
    if not person.named_at:
        return None
    at = person.named_at[0]
    indexes = doc.sentence_tokens(doc.sentence_of(at))
    found = None
    for j in range(indexes.start, at):
        if j in doc.organizations:
            found = doc.organizations[j][1]
    return found


def _escorts_country(doc: Document, people: list[OfficialDraft]) -> dict[int, str]:
    """The country of the person each companion escorts: "X was accompanied by A, B and C".

    By index in *people*: the companions named after "accompanied by" whose
    titles name no country of their own serve the same state as the person
    named first in that sentence, before the phrase, whose title does name one.
    """
    found: dict[int, str] = {}
    keys = doc.keys
    # the phrase is rare: a search of the folded body (``fold``, as the keys are folded)
    # rules it out at C speed, with no comparison of each token's key
    if "accompanied" not in doc.folded or "accompanied" not in keys:
        return found
    # the first "accompanied by" of each sentence
    phrase_at: dict[int, int] = {}
    j = -1
    for _ in range(keys.count("accompanied")):  # each found by a C-level scan
        j = keys.index("accompanied", j + 1)
        if j + 1 < len(keys) and keys[j + 1] == "by":
            phrase_at.setdefault(doc.sentence_of(j), j)
    named = {at: index for index, person in enumerate(people) for at in person.named_at}
    positions = sorted(named)
    for at in positions:
        index = named[at]
        person = people[index]
        sentence = doc.sentence_of(at)
        by = phrase_at.get(sentence)
        if by is None or at < by or person.country is not None or person.organization:
            continue
        # the first person named in the sentence, if before the phrase
        first = positions[bisect_left(positions, doc.sentence_starts[sentence])]
        escorted = people[named[first]]
        if first < by and escorted.country is not None:
            found.setdefault(index, escorted.country)
    return found


def _visits(doc: Document, people: list[OfficialDraft]) -> list[tuple[int, int, str]]:
    """The officials whose titles name no state who visit a country, as (index in
    *people*, token of the visit word, country): "Minister A visited India", "A
    will visit Papua New Guinea", "A arrived in Jaffna on a visit to Sri Lanka".

    The visitor is the official named last before the visit word in its sentence.
    """
    if all(p.country is not None or p.organization is not None for p in people):
        return []
    keys, starts = doc.keys, doc.starts
    # the visit words with a known place after them, found by str.find in the folded body
    places: list[tuple[int, str]] = []
    for at in offsets_of(doc.folded, _VISITOR_STARTS):
        j = bisect_right(starts, at) - 1
        if starts[j] != at or keys[j] not in _VISITOR_WORDS:
            continue  # inside a word ("tourism") or another form ("visiting")
        k = j + 1
        while k < len(keys) and k - j <= _PLACE_SKIP_LIMIT and keys[k] in _VISIT_PLACE_SKIP:
            k += 1
        place = doc.places.get(k)
        if place is not None:
            places.append((j, place[1]))
    if not places:
        return []
    found: list[tuple[int, int, str]] = []
    named = {at: index for index, person in enumerate(people) for at in person.named_at}
    positions = sorted(named)
    for j, code in places:
        before = bisect_left(positions, j) - 1
        if before < 0:
            continue
        at = positions[before]
        visitor = people[named[at]]
        if visitor.organization is None and _subject_of_visit(doc, visitor, at, j):
            found.append((named[at], j, code))
    return found


def _subject_of_visit(doc: Document, person: OfficialDraft, at: int, visit: int) -> bool:
    """Whether the name of *person* at token *at* is the subject of the visit word at
    token *visit*: only auxiliaries, "on a (state) visit", a place or a weekday stand
    between ("A will visit C", "A arrived in Jaffna on Monday on a visit to C"), not
    another subject ("A urged tourists to visit C")."""
    keys, words = doc.keys, doc.words
    end = at
    while end + 1 < visit and end + 1 in person.tokens:
        end += 1  # the rest of the name, and a title after it
    if visit - end > _GAP_LIMIT:
        return False
    return all(
        keys[j] in _GAP_WORDS or words[j][:1].isupper() or keys[j].endswith("-day")
        for j in range(end + 1, visit)
    )


def _met(doc: Document, at: int) -> bool:
    """Whether a word by which a visitor meets someone stands before token *at* in its
    sentence ("... and met Governor A", "would meet with President B")."""
    keys = doc.keys
    start = max(doc.sentence_starts[doc.sentence_of(at)], at - _MEET_WINDOW)
    window = keys[start:at]
    if not _MEET_WORDS.isdisjoint(window):  # a set test at C speed first
        return True
    # "a meeting with": the phrase's second word, then its first
    return "with" in window and any(
        keys[j] == "with" and f"{keys[j - 1]} with" in _MEET_WORDS for j in range(start, at)
    )


def _visited_side(
    doc: Document,
    people: list[OfficialDraft],
    visits: list[tuple[int, int, str]],
    unmarked: set[int],
) -> None:
    """A visitor is no official of the country visited; those the visitor meets there are.

    A story may leave both sides unmarked ("Foreign Minister A visited India ...
    A also met Home Minister B"): the visitor's state is then the one named most
    after the visited one, and B, first named after the visit and met, serves
    the visited state. *unmarked* are the indexes of the officials whose titles
    name no state.
    """
    counts: dict[str, int] | None = None
    for index, _, code in visits:
        visitor = people[index]
        if index in unmarked and visitor.country == code:
            counts = _place_counts(doc) if counts is None else counts
            others = [other for other in counts if other != code]
            if others:
                visitor.country = max(others, key=counts.__getitem__)
    # each official met takes the state of the last visit before their first name
    kept = sorted(
        (visit, code, index) for index, visit, code in visits if people[index].country != code
    )
    starts = [visit for visit, _, _ in kept]
    visitors = {index for index, _, _ in visits}
    for other in unmarked - visitors:
        person = people[other]
        if not person.named_at:
            continue
        at = person.named_at[0]
        last = bisect_left(starts, at) - 1
        if last >= 0 and person.country != kept[last][1] and _met(doc, at):
            person.country = kept[last][1]


def _embassy_states(people: list[OfficialDraft], staff: list[OfficialDraft]) -> None:
    """Give each embassy staff member whose title names the embassy without its state
    ("senior officer at the Embassy A", "the Embassy Counsellor for Culture B") the state
    of the envoy named nearest to them, whose embassy it is, not the home country."""
    # each envoy's mentions with the envoy's state, in order (one bisection per member)
    named = sorted(
        (at, other.country)
        for other in people
        if other.role in ENVOYS and other.country
        for at in other.named_at
    )
    if not named:
        return
    positions = [at for at, _ in named]
    for person in staff:
        if not person.named_at:
            continue
        at = person.named_at[0]
        k = bisect_left(positions, at)
        near = [j for j in (k - 1, k) if 0 <= j < len(named)]
        best = min(near, key=lambda j: abs(positions[j] - at))
        person.country = named[best][1]


def complete_people(
    doc: Document, people: list[OfficialDraft], home: str | None, outlet: str | None = None
) -> None:
    """Fill in what titles leave implicit: a minister's country is the *home* one."""
    unmarked = _unmarked_country(doc, people, home, outlet)
    escorts = _escorts_country(doc, people)
    for index, code in escorts.items():
        people[index].country = code
    visits = _visits(doc, people)
    unmarked_people = {
        index
        for index, person in enumerate(people)
        if visits
        and person.country is None
        and person.organization is None
        and person.role not in ENVOYS
        and person.role not in _ORG_ROLES
    }
    embassy_staff: list[OfficialDraft] = []  # see _embassy_states
    for person in people:
        if person.organization is None and person.country is None:
            # the title's words, only when they can matter
            title_words = set((person.title or "").casefold().replace("-", " ").split())
            if title_words & _BODY_OFFICES and "minister" not in title_words:
                person.organization = _body_in_sentence(doc, person)
        if person.role in ENVOYS:
            thematic = bool(person.title and " for " in f" {person.title.casefold()} ")
            if (
                person.posted_to is None
                and not thematic
                and not person.posted_to_body
                and (person.posted_home or (home is not None and person.country != home))
            ):
                person.posted_to = home
            if person.country is None and home is not None and person.posted_to != home:
                person.country = home
            elif person.country is None and person.posted_to != unmarked:
                # an envoy posted to the home country whose title names no state
                # of their own serves the unmarked side ("the Ambassador met
                # Japan's Vice-Minister A" in a story of the envoy's embassy)
                person.country = unmarked
        else:
            if person.posted_to is not None:
                # only envoys are posted: "Vice-Rector of Comenius University in
                # Bratislava" says where the office is, which is the country
                if person.country is None and person.organization is None:
                    person.country = person.posted_to
                person.posted_to = None
            if (
                person.country is None
                and person.organization is None
                and person.role not in _ORG_ROLES
            ):
                if person.title and "embassy" in person.title.casefold():
                    embassy_staff.append(person)
                person.country = unmarked
        if person.posted_to == person.country and person.role in ENVOYS:
            person.posted_to = None
    if embassy_staff:
        _embassy_states(people, embassy_staff)
    if visits:
        _visited_side(doc, people, visits, unmarked_people)
