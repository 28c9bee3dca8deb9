"""Coreference: who a name, a pronoun, a role phrase or a group noun in front of a verb means.

``subject_before`` reads the noun phrase that ends right before a verb, backwards
over adverbs, words of time and parentheticals ("X, in turn, noted"), and says who
it refers to and what kind of phrase it is; ``object_after`` reads the one after a
verb. "He" and "she" are the latest subject the text treats as of that gender;
"they", "the sides", "the two ministers" are the participants of the meeting being
reported; a role phrase is resolved by ``_roles``. Coreference reads the discourse
``State`` and never changes it; what it learns of each official's pronoun it keeps
itself.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Sequence
from operator import not_

from culturedipl._dates import MONTH_WORDS, WEEKDAYS
from culturedipl._drafts import State
from culturedipl._mentions import Mentions, index_back
from culturedipl._officials import OfficialDraft
from culturedipl._roles import ROLE_NOUNS, ROLE_OR_GUEST_NOUNS, RolePhrases, place_code_of
from culturedipl.lexicon import word_list
from culturedipl.model import Role

__all__ = ["ADVERBS", "ASIDE_OPENERS", "MEETING_NOUNS", "Coref", "is_ly_adverb"]

# Group nouns that stand for the participants of the meeting being reported.
_GROUPS = word_list("group_nouns")
# those that stand for a side each, however many people it holds ("the two sides")
_SIDES = word_list("side_nouns") | word_list("delegate_plurals")
# Nouns for the meeting being reported, as a subject ("the talks", "it").
MEETING_NOUNS = word_list("meeting_nouns")
# those a relative "which" may stand for ("a meeting ... which touched upon")
_MEETING_HEADS = MEETING_NOUNS - {"it", "sides"}
# Words passed over between a subject and its verb ("X also noted", "X has stressed").
ADVERBS = word_list("verb_adverbs")
# Words of time that stand between a subject and its verb ("X on Monday met").
_TIME_WORDS = word_list("time_words") | {".", *WEEKDAYS, *MONTH_WORDS}
_PARENTHETICALS = tuple(tuple(phrase.split()) for phrase in sorted(word_list("parentheticals")))
# the last word of each of them
_PARENTHETICAL_ENDS = frozenset(phrase[-1] for phrase in _PARENTHETICALS)
# nouns and adjectives in "-ly" that can stand right before a verb
_LY_NOUNS = word_list("ly_nouns")
# prepositions that open an aside between a name and its verb ("X, in her speech, noted")
ASIDE_OPENERS = word_list("aside_openers")
# the words before a plural noun that make it a group ("the two deputy ministers")
_GROUP_DETERMINERS = frozenset({"the", "two", "both", "all", "three"})
_PAIR = frozenset({"two", "both"})
# "the former ... the latter": the first and the second of the last two officials named
_FORMER_LATTER = frozenset({"former", "latter"})
# "H.E." standing alone ("H.E. welcomed the guest"): the official the text is about
_EXCELLENCY = frozenset({"h.e", "h. e"})
# "the Turkmen side", "the Ethiopian delegation": the participants of that country
_COUNTRY_SIDES = frozenset({"side", *word_list("delegation_nouns")})
# role nouns that name another than the possessive's owner ("her counterpart")
_OTHERS_NOUNS = word_list("counterpart_nouns")
# the lower-case words a title holds ("Head of the Agency for Culture")
_TITLE_JOINERS = frozenset({"of", "the", "for", "(", ")", "&"})
# the words that end the object after a reporting verb, and every word
# ``object_after`` does more with than keep it
_OBJECT_STOPS = frozenset({",", ".", "that", "on", "about", "for", "to", "with", ";", ":"})
# lower-case words before a name that are no verb taking it as object
_NOT_VERBS = frozenset(
    {"and", "of", "the", "to", "for", "by", "from", "in", "on", "at", "that", "as", "a", "an"}
)
_OBJECT_NOUNS = ROLE_OR_GUEST_NOUNS | {"general"}
# the words a title's tail after a name opens with ("X of Y County", "X, Head of ..."),
# the lower-case words it may hold, and capitalised words that end it (a new clause)
_TAIL_OPENERS = frozenset({",", "of", "at", "for", "from", "to"})
_TAIL_JOINERS = _TITLE_JOINERS | {"and", ",", "at", "from", "to", "in"}
_TAIL_STOPS = frozenset({"he", "she", "they", "it", "we", "i"})
# unnamed people who join a named official in a subject ("X and members of ...")
_COMPANIONS = word_list("companion_nouns")
_STANCE_NOUNS = word_list("stance_nouns")
_POSSESSIVES = frozenset({"the", "his", "her", "their", "its"})
_OBJECT_AFTER_CUES = _OBJECT_STOPS | _OBJECT_NOUNS | {"him", "her"}
# the words of those that may name the object
_OBJECT_HEADS = _OBJECT_NOUNS | {"him", "her"}
# the words that open the place of a post after its role noun ("the ambassador in Baku")
_POST_PREPOSITIONS = frozenset({"in", "to"})


def _conjoined(
    owner: dict[int, int], keys: Sequence[str], i: int, floor: int, first: int
) -> list[int]:
    """ "A and B", "A, B and C": every official named in the subject whose last token,
    *i*, is named (or titled), read back from *i* to *floor* over names, commas and
    "and"; *first* is where the run of named tokens that ends at *i* begins, or the
    token before it.

    A name is added once an "and" has been passed. The run's own tokens add no one
    unless one of them is "and" ("Minister of Culture and Tourism"): then the look
    back starts at *i*, else at *first*, the run passed over.
    """
    people = [owner[i]]
    joined = False
    top = i if "and" in keys[first + 1 : i + 1] else first
    j = top
    while j >= floor:
        person = owner.get(j)
        token_key = keys[j]
        if token_key == ")" and "(" in keys[max(floor, j - 6) : j]:
            # an acronym in brackets inside a title: "Agency (TIKA) Serkan Kayalar"
            j = index_back(keys, "(", j, max(floor, j - 6)) - 1
            continue
        if person is None and token_key in _POST_PREPOSITIONS and keys[j - 1] in ROLE_NOUNS:
            # "A and Bulgarian ambassador in Bucharest B": on to the "and" before the
            # role phrase that the place of the post follows
            k = index_back(keys, "and", j - 1, max(floor, j - 5))
            if keys[k] == "and" and all(keys[m] != "," and m not in owner for m in range(k, j)):
                j = k
                continue
        if person is None and joined and token_key not in {",", "and"}:
            # "A, who chairs the council, and B": back over A's relative clause to A
            who = index_back(keys, "who", j, max(floor, j - 24))
            if keys[who] == "who" and keys[who - 1] == "," and who - 2 in owner:
                j = who - 2
                continue
        if person is None and token_key not in {",", "and"}:
            # "A and her Italian counterpart, B,": on to the "and" before the phrase
            j = _apposed_role(keys, owner, j, floor)
            if j < 0:
                break
            continue
        joined = joined or token_key == "and"
        if person is not None and person not in people and joined:
            people.insert(0, person)
        j -= 1
    return people


def _apposed_role(keys: Sequence[str], owner: dict[int, int], j: int, floor: int) -> int:
    """Where "and" stands before the role phrase ending at token *j* that a name
    after a comma stands in apposition to ("A and her Italian counterpart, B"), the
    phrase opened by "his", "her", "their" or "the" and holding a role noun; else -1."""
    if j + 1 >= len(keys) or keys[j + 1] != ",":
        return -1
    k = j
    while k > floor and k not in owner and keys[k] not in {",", ".", ";", "and"} and j - k < 6:
        k -= 1
    if (
        keys[k] == "and"
        and k - 1 in owner
        and keys[k + 1] in {"his", "her", "their", "the"}
        and not ROLE_NOUNS.keys().isdisjoint(keys[k + 1 : j + 1])
    ):
        return k
    return -1


def _title_word(keys: Sequence[str], words: Sequence[str], j: int) -> bool:
    """Whether token *j* can stand inside a title: a capitalised word, "and", a joiner,
    or a comma in its list of portfolios ("Minister of Education, Culture, Sports")."""
    return (
        keys[j] in _TITLE_JOINERS
        or keys[j] == "and"
        or words[j][:1].isupper()
        or (keys[j] == "," and j + 1 < len(words) and words[j + 1][:1].isupper())
    )


def is_ly_adverb(word: str) -> bool:
    """A lower-case word in "-ly" ("virtually", "explicitly"): an adverb between a
    subject and its verb ("family", "assembly" are nouns, "italy" has a capital)."""
    return word.endswith("ly") and len(word) > 4 and word.islower() and word not in _LY_NOUNS


def _listed(mentions: Mentions, floor: int, i: int) -> list[int]:
    """The officials of a list with no "and" that opens the clause and runs to
    token *i*: "Ambassador A, Mayor B delivered remarks" (each next one after a
    comma and at most a few capitalised words of a title); else ``[]``."""
    keys, words, owner = mentions.doc.keys, mentions.doc.words, mentions.owner
    people = [owner[floor]]
    for k in range(floor + 1, i + 1):
        person = owner[k]
        if person != people[-1]:
            if person in people or len(people) == 4:
                return []
            c = k - 1
            while c > k - 4 and words[c][:1].isupper():
                c -= 1  # the next one's title, read with the one before
            if keys[c] != ",":
                return []
            people.append(person)
    return people if len(people) > 1 else []


def _with_companions(mentions: Mentions, j: int, floor: int, words: list[str]) -> list[int]:
    """The officials named before "and" and an unnamed group (*words*, ending at
    the verb; the look back stopped at token *j*): "X and members of the club
    pointed out", "X and his delegation visited" are X's."""
    keys, owner = mentions.doc.keys, mentions.owner
    if keys[j] == "the":
        j -= 1
    if j - 1 < floor or keys[j] != "and" or j - 1 not in owner:
        return []
    head = next((w for w in words if w not in _POSSESSIVES), "")
    if head not in _COMPANIONS:
        return []
    first = j - 1
    while first > floor and first in owner:
        first -= 1
    return _conjoined(owner, keys, j - 1, floor, first)


def _name_before_tail(mentions: Mentions, i: int, floor: int, *, closed: bool) -> int | None:
    """The official whose name a title's tail follows, up to token *i*, else ``None``.

    "Ms. X, Principal Secretary at the State Department for Culture, Arts and
    Heritage, emphasised", "Governor X of Y County lauded": back from *i* over
    capitalised words, joining words and commas to a named official the tail
    opens after ("of", "at", a comma ...). An "and" must join capitalised words
    ("Arts and Heritage"), not a second subject ("X and the ambassador"); a
    tail with a comma must be *closed* by one before the verb ("X, the
    ministry said" is the ministry's).
    """
    doc = mentions.doc
    keys, words, owner = doc.keys, doc.words, mentions.owner
    j = i
    while j >= floor and j not in owner:
        token_key = keys[j]
        if i - j > 16 or not (
            token_key in _TAIL_JOINERS or (words[j][:1].isupper() and token_key not in _TAIL_STOPS)
        ):
            return None
        if (token_key == "and" and not words[j + 1][:1].isupper()) or (
            token_key == "," and (not closed or keys[j + 1] == "the")
        ):
            return None
        j -= 1
    if j < floor or keys[j + 1] not in _TAIL_OPENERS:
        return None
    return owner[j]


def _by_initial(coref: Coref, i: int, floor: int) -> list[int]:
    """The official an initial and a surname ending at token *i* name ("O.Bekov
    also noted", "Y. Bekov"): the one official of that surname whose given name
    opens with that letter; else ``[]``."""
    words = coref.doc.words
    initial = words[i - 2] if i - 2 >= floor and coref.doc.keys[i - 1] == "." else ""
    if len(initial) != 1 or not initial.isupper() or not words[i][:1].isupper():
        return []
    surname = words[i].casefold()
    found = [
        p
        for p, person in enumerate(coref.people)
        if len(person.words) > 1
        and person.words[-1].casefold() == surname
        and person.words[0][:1] == initial.casefold()
    ]
    return found if len(found) == 1 else []


def _before_title(mentions: Mentions, j: int, floor: int) -> list[int]:
    """The officials conjoined before a title the reader did not take with its name.

    "A and Head of the Cooperation and Coordination Agency (TIKA) B discussed":
    back from token *j* over the title's capitalised and joining words to an
    "and" that follows a named official.
    """
    doc = mentions.doc
    keys, words, owner = doc.keys, doc.words, mentions.owner
    while j >= floor and j not in owner:
        if not _title_word(keys, words, j):
            return []
        j -= 1
    if j < floor or keys[j + 1] != "and":
        return []
    first = j
    while first > floor and first in owner:
        first -= 1
    return _conjoined(owner, keys, j, floor, first)


def _parenthetical(keys: Sequence[str], i: int, floor: int) -> int:
    """The length of the parenthetical phrase ("in turn", "for his part") that ends at
    token *i*, else 0."""
    for phrase in _PARENTHETICALS:
        if tuple(keys[max(floor, i - len(phrase) + 1) : i + 1]) == phrase:
            return len(phrase)
    return 0


def _phrase_end(mentions: Mentions, verb: int, floor: int) -> int:
    """The last token of the noun phrase before token *verb*: back over adverbs, words
    of time and parentheticals ("X, in turn, noted"); below *floor* if none."""
    doc = mentions.doc
    i = verb - 1
    keys = doc.keys
    while i >= floor:
        token_key = keys[i]
        if (
            token_key in ADVERBS
            or token_key in _TIME_WORDS
            or token_key.isdigit()
            or is_ly_adverb(doc.words[i])
        ):
            i -= 1
        elif token_key == ",":
            # ", in turn," / ", for his part,": a parenthetical between subject and verb
            i -= 1
            # ", who is paying her first visit to China,": a relative clause
            for k in range(i, max(floor, i - 30) - 1, -1):
                if keys[k] == "," and k + 1 <= i and keys[k + 1] in {"who", "whose"}:
                    i = k - 1
                    break
                if (
                    keys[k] == ","
                    and k + 1 <= i
                    and keys[k + 1] in ASIDE_OPENERS
                    and k - 1 >= floor
                    and (k - 1 in mentions.owner or keys[k - 1] in {"he", "she", "they"})
                ):
                    i = k - 1  # "Berg, in her speech, noted": an aside after the name
                    break
                if keys[k] in {".", ";", ":"}:
                    break
            if i >= floor and keys[i] in _PARENTHETICAL_ENDS:
                for phrase in _PARENTHETICALS:
                    if tuple(keys[max(floor, i - len(phrase) + 1) : i + 1]) == phrase:
                        i -= len(phrase)
                        break
        elif token_key in _PARENTHETICAL_ENDS and (length := _parenthetical(keys, i, floor)):
            i -= length  # "X in turn noted": the phrase without commas
        elif token_key == "'" and i - 1 >= floor and i - 1 in mentions.owner:
            i -= 1  # "Mr. Da'ud Jaama' received": an apostrophe (an ayn) closing the name
        else:
            break
    if i > floor and i not in mentions.owner and doc.words[i][:1].isupper():
        # "A and X from the Indian Ministry of Culture signed": the office after
        # "from the" describes the name before it, which ends the subject
        for k in range(i - 1, max(floor, i - 8), -1):
            if keys[k] == "from":
                if keys[k + 1] == "the" and k - 1 in mentions.owner:
                    return k - 1
                break
            if not (doc.words[k][:1].isupper() or keys[k] in {"of", "the", "and"}):
                break
    return i


def _gender_cue(mentions: Mentions, j: int, floor: int, words: list[str], verb: int) -> str | None:
    """The gender a possessive gives the role phrase that starts at token *j*
    (its *words*): "he", "she" or ``None``.

    The possessive stands in the three words before the phrase ("For his
    part, the minister"), in an opening phrase before its comma that names no
    one ("During her visit to Ankara, the official"), or in the phrase itself
    ("Her Excellency"), or right after the one-word *verb*, before a stance ("voiced
    her hope").
    """
    keys = mentions.doc.keys
    cue = keys[max(floor, j - 3) : j]
    if j - 1 > floor and keys[j - 1] == "," and j - floor <= 14:
        # (no one named before the phrase: the first named token is past it)
        k = bisect_left(mentions.owned, floor)
        if k == len(mentions.owned) or mentions.owned[k] >= j:
            cue = keys[floor:j]
    his, her = "his" in cue, "her" in cue
    if his == her:
        his, her = "his" in words, "her" in words
    if his == her and verb + 2 < len(keys) and keys[verb + 2] in _STANCE_NOUNS:
        # "The minister voiced her hope": the stance after the verb is the speaker's
        his, her = keys[verb + 1] == "his", keys[verb + 1] == "her"
    if his == her:
        return None
    return "he" if his else "she"


def _side_of(people: Sequence[OfficialDraft], group: list[int], code: str | None) -> list[int]:
    """The participants (*group*) of the country *code*: "the Turkmen side"; or those
    of no known country, when all the others are of another ("the Turkmen side"
    beside Romania's minister)."""
    if code is None:
        return []
    holders = [p for p in group if people[p].country == code]
    if not holders:
        # ("the Ghanaian delegation" of two members named without a country)
        unknown = [p for p in group if people[p].country is None]
        if unknown and len(group) > len(unknown):
            holders = unknown
    return holders


def _meeting_phrase_start(keys: Sequence[str], noun: int, floor: int) -> int | None:
    """The preposition that opens "in a (bilateral) meeting" ending at token *noun*,
    with a subject before it; else ``None``."""
    for k in range(noun - 1, max(floor, noun - 4), -1):
        if keys[k] in {"in", "at", "during"}:
            return k if k > floor else None
    return None


def _portfolio_joiner(mentions: Mentions, j: int, floor: int) -> bool:
    """Whether the "and" or comma at token *j* joins the portfolios of a title with no
    name ("Minister of Culture, Sports and Tourism"): capitalised words on both sides,
    back to the title's "of" or "for" (not "the minister and the ambassador")."""
    keys, words = mentions.doc.keys, mentions.doc.words
    if j + 1 >= len(words) or not words[j + 1][:1].isupper():
        return False
    for k in range(j - 1, max(floor, j - 6) - 1, -1):
        if keys[k] in {"of", "for"}:
            return k < j - 1
        if k in mentions.owner or not (words[k][:1].isupper() or keys[k] in {",", "and"}):
            return False
    return False


def _holders_of(
    mentions: Mentions, state: State, head: str, before: Sequence[str], at: int, *, named: bool
) -> list[int] | None:
    """The participants a plural *head* (the words *before* it, at token *at*) means,
    when two or more: "The ministers", "The two deputy ministers" (those of that office,
    ANNOTATION.md "Groups"), "The leaders (heads) of the two organisations" (all of
    them), "The Malaysian officials" (those of that country, one or more); else
    ``None``. "The two ministers" beside a deputy are the two ministers. *named*: with
    no one of that office in the meeting (or no meeting), "the ambassadors" are the
    ambassadors the text has named so far."""
    if head in {"leaders", "heads"}:
        group = state.group()
        if len(group) > 2 and not _PAIR.isdisjoint(before):
            group = group[:2]  # "the two leaders" of a wider meeting: its first two
        return group if len(group) > 1 else None
    roles = ROLE_NOUNS.get(head[:-1]) if head.endswith("s") else None
    if roles is None:
        return None
    group = state.group()
    holders = [p for p in group if mentions.people[p].role in roles]
    places = mentions.doc.lex.places
    # (only the word right before the head: "before" may reach into the sentence before)
    code = place_code_of(places, before[-1]) if before else None
    if named and not group and _PAIR.isdisjoint(before):
        # "The ambassadors told the governor ...", "The Presidents agreed ..." with no
        # meeting reported: the holders of that office (and country) named before,
        # however many the text names ("the two officials" are a pair named just before)
        holders = [
            p
            for p, person in enumerate(mentions.people)
            if person.role in roles
            and person.named_at
            and person.named_at[0] < at
            and (code is None or person.country == code)
        ]
        return holders or None
    if code is not None and (
        of_country := [p for p in holders if mentions.people[p].country == code]
    ):
        return of_country  # "The Malaysian officials": those of that country
    if len(holders) > 2 and not _PAIR.isdisjoint(before) and "deputy" not in before:
        exact = [p for p in holders if mentions.people[p].role.value == head[:-1]]
        # (else the meeting's first two: "the two officials" beside the ambassador
        # who came along)
        holders = exact if len(exact) == 2 else holders[:2]
    return holders if len(holders) > 1 or (holders and len(group) == 1) else None


def _official_of(people: Sequence[OfficialDraft], state: State, code: str | None) -> list[int]:
    """ "the Mexican official said": whatever their office, the one official of the
    country *code* the meeting (else the text) names; else ``[]``."""
    if code is None:
        return []
    pool = state.group() or range(len(people))
    holders = [p for p in pool if people[p].country == code]
    return holders if len(holders) == 1 else []


def _without_post(roles: RolePhrases, words: list[str], i: int) -> list[int] | None:
    """The official of a role phrase with a place after it: the place of the post
    ("the ambassador in Bucharest", "the Bulgarian envoy to Romania"), or the
    country of an official whose title names none ("the Foreign Minister of
    Armenia" for the "acting Foreign Minister" the text named); the phrase is read
    without the preposition and what follows. Else ``None``."""
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1] not in ROLE_NOUNS:
            continue
        if words[k] in _POST_PREPOSITIONS:
            return roles.resolve_role(words[:k], i)
        if words[k] == "of":
            places = roles.doc.lex.places
            if place_code_of(places, " ".join(words[k + 1 :])) is None:
                return None
            found = roles.resolve_role(words[:k], i)
            title = roles.people[found[0]].title if found and len(found) == 1 else None
            if title is not None and all(place_code_of(places, w) is None for w in title.split()):
                return found
            return None
    return None


def _misspelt(roles: RolePhrases, words: list[str], word: str, i: int) -> list[int] | None:
    """ "Commissioner Naivaluruwa expressed" beside "Tomasi Naivalurua": a title, then a
    capitalised *word* (token *i*) that no name covers, is the title's holder when
    their surname spells the same name (the same first five letters or more, at most
    three others)."""
    if len(words) < 2 or len(word) < 5 or not word[:1].isupper() or words[-2] not in ROLE_NOUNS:
        return None
    found = roles.resolve_role(words[:-1], i)
    if found is None or len(found) != 1:
        return None
    surname, spelt = roles.people[found[0]].words[-1].casefold(), word.casefold()
    same = next(
        (k for k, (a, b) in enumerate(zip(surname, spelt, strict=False)) if a != b),
        min(len(surname), len(spelt)),
    )
    return found if same >= 5 and max(len(surname), len(spelt)) - same <= 3 else None


def _known_she(pronouns: dict[int, str], people: Sequence[OfficialDraft], person: int) -> bool:
    """Whether the text ("she") or the name shows *person* to be a woman."""
    heard = pronouns.get(person)
    return heard == "she" or (heard is None and people[person].female)


def _other_gender(
    pronouns: dict[int, str], people: Sequence[OfficialDraft], person: int, wanted: str
) -> bool:
    """Whether *person* is known not to be "he"/"she" (*wanted*): by the pronoun the
    text used, or, against "he", by a woman's first name (no name says "he")."""
    heard = pronouns.get(person)
    if heard is not None:
        return heard != wanted
    return wanted == "he" and people[person].female


# the pronouns that tell a person's gender (note_gender)
_SHE = frozenset({"her", "she", "herself"})
_HE = frozenset({"his", "he", "himself"})


class Coref:
    """Resolution of noun phrases to officials, against the mentions and the discourse state."""

    def __init__(self, mentions: Mentions, roles: RolePhrases, state: State) -> None:
        self.doc = mentions.doc
        self.people = mentions.people
        self.mentions = mentions
        self.roles = roles
        self.state = state
        self.meetings = state.meetings
        # the mentions, read on every phrase
        self.owner = mentions.owner
        self.owned = mentions.owned
        self.inside_quote = mentions.inside_quote
        #: the pronoun the text has used for each official ("he"/"she")
        self.pronouns: dict[int, str] = {}
        # the officials whose office the text never gave (worked out on first use)
        self._untitled: list[int] | None = None

    def untitled(self) -> list[int]:
        """The officials the reader found no title for: role ``official``, no title."""
        if self._untitled is None:
            self._untitled = [
                p
                for p, person in enumerate(self.people)
                if person.title is None and person.role is Role.OFFICIAL
            ]
        return self._untitled

    def subject_before(
        self, verb: int, floor: int, *, named_holders: bool = False
    ) -> tuple[list[int], str]:
        """Who the noun phrase ending right before token *verb* refers to.

        Returns the officials and a kind: ``name``, ``role``, ``pronoun``,
        ``group``, ``meeting`` (a meeting noun or "It"), ``thing`` or ``none``.
        With *named_holders* (a reporting verb's subject), a plural office with
        no holder in the meeting ("The ambassadors told ...") is the holders of
        that office named before; the meeting rules do not ask for them.
        """
        doc = self.doc
        keys = doc.keys
        i = _phrase_end(self.mentions, verb, floor)
        if i < floor:
            return [], "none"
        owner = self.owner
        if keys[i] == "and" and i > floor:
            # (the look for "who" at C speed first: most clauses hold none)
            relative = index_back(keys, "who", i, floor) if "who" in keys[floor:i] else floor
            if keys[relative] == "who" and "," not in keys[relative + 1 : i]:
                # "... young artists who shared their ideas and presented ...": the
                # second verb is the relative clause's, whose subject comes before "who"
                before = relative - 2 if keys[relative - 1] == "," else relative - 1
                if before in owner:
                    return [owner[before]], "name"
                return [], "thing"
            # "met with X and discussed ...": the clause's subject, if one was named
            shared = _clause_subject(self, floor, i)
            if shared:
                return shared, "shared"
        if i in owner:
            if keys[i] in ROLE_NOUNS and (apposed := _role_after_name(self, i, floor)):
                return apposed, "role"
            # the run of named (or titled) tokens that ends at i
            first = i
            while first > floor and first in owner:
                first -= 1
            # "the meeting with X" as the subject
            # "At the meeting with Y, Minister of ..., X stressed ...": the phrase
            # names the counterpart (titles and commas between); X alone speaks
            k = first
            while k > floor and (k in owner or keys[k] == ","):
                k -= 1
            if keys[k] == "with" and k > floor and keys[k - 1] in MEETING_NOUNS:
                if owner.get(k + 1, owner[i]) != owner[i]:
                    return [owner[i]], "name"
                if k == first:
                    return self.state.participants(), "meeting"  # "the meeting with X"
            people = _conjoined(owner, keys, i, floor, first)
            if len(people) == 1:
                people = _before_title(self.mentions, first, floor) + people
            if len(people) == 1 and first == floor and floor in owner:
                people = _listed(self.mentions, floor, i) or people
            return people, "name"
        token_key = doc.keys[i]
        if token_key == "who" and i - 1 > floor and keys[i - 1] == "," and i - 2 in owner:
            # "X met Y, who briefed her on ...": the relative clause's subject is Y
            return [owner[i - 2]], "name"
        if (
            token_key == "them"
            and i - 2 >= floor
            and keys[i - 1] == "of"
            and keys[i - 2] in {"both", "all", "two"}
        ):
            return _plural(self, i), "group"  # "Both of them agreed"
        if token_key in _FORMER_LATTER and i > floor and keys[i - 1] == "the":
            return _former_or_latter(self, token_key, i), "name"
        if token_key in _EXCELLENCY and (i == floor or keys[i - 1] in {",", "the"}):
            return _excellency(self, i), "pronoun"
        if token_key in {"he", "she"}:
            meant = self.pronoun(token_key)
            if not meant:
                # "X was on a visit to Y, where she held talks ...": with no one
                # before this sentence, the official named first in it
                k = bisect_left(self.owned, doc.sentence_tokens(doc.sentence_of(i)).start)
                if k < len(self.owned) and self.owned[k] < i:
                    meant = [self.owner[self.owned[k]]]
            return meant, "pronoun"
        if (
            token_key.endswith("s")
            and not _GROUP_DETERMINERS.isdisjoint(keys[max(floor, i - 3) : i])
            and (
                holders := _holders_of(
                    self.mentions, self.state, token_key, keys[i - 3 : i], i, named=named_holders
                )
            )
            is not None
        ):
            return holders, "group"  # "The ministers", "Both diplomats"
        if token_key in _GROUPS and i - 2 >= floor and doc.keys[i - 2] == "of":
            return [], "thing"  # "delegates of both sides": the head is "delegates"
        if token_key in _COUNTRY_SIDES and i > floor:
            # "the Turkmen side proposed": the participants of that country
            holders = _side_of(
                self.people, self.state.group(), place_code_of(doc.lex.places, keys[i - 1])
            )
            if holders:
                return holders, "role"
            if (
                token_key == "delegation"
                and keys[i - 1] == "the"
                and self.state.meeting is not None
            ):
                # "X received a delegation ... The delegation applauded X": the
                # meeting's guests, everyone but its host
                meeting = self.meetings[self.state.meeting]
                guests = [p for p in meeting.participants if p != meeting.host]
                if meeting.host is not None and guests:
                    return guests, "role"
        if (
            token_key in {"they", "both", "sides", "parties", "colleagues"}
            or (token_key in _GROUPS and i > floor and keys[i - 1] in {"the", "two", "both", "all"})
            or (token_key == "two" and i > floor and keys[i - 1] == "the")  # "The two talked"
        ):
            return _group_of(self, token_key, i), "group"
        if token_key in MEETING_NOUNS or token_key == "it":
            return self.state.participants(), "meeting"
        if token_key == "which" and not _MEETING_HEADS.isdisjoint(keys[max(floor, i - 16) : i]):
            # "during a meeting held at the ministry which also touched upon ...": of
            # the nouns before "which", only the meeting reports
            return self.state.participants(), "meeting"
        return _role_phrase_subject(self, verb, i, floor, named_holders=named_holders)

    def note_opening_gender(self, indexes: range) -> None:
        """Learn "he" from a sentence that opens "X <verb> his ...": "Bradic presented
        his colleague with a book" (a statement or not; "X thanked her" may be the
        object's pronoun, so "her" tells nothing)."""
        doc = self.doc
        keys, owner = doc.keys, self.owner
        person = owner.get(indexes.start)
        if person is None or person in self.pronouns:
            return
        j = indexes.start
        while j < indexes.stop and owner.get(j) == person:
            j += 1
        if j + 1 < indexes.stop and doc.words[j].islower() and keys[j + 1] == "his":
            self.pronouns[person] = "he"

    def note_gender(self, person: int, indexes: range) -> None:
        """Learn he or she from the text: "X expressed her country's appreciation"."""
        if person in self.pronouns:
            return
        keys = self.doc.keys[indexes.start : indexes.stop]
        quoted = self.inside_quote[indexes.start : indexes.stop]
        # the words outside quotations, picked at C speed
        words = set(itertools.compress(keys, map(not_, quoted)) if True in quoted else keys)
        female, male = not words.isdisjoint(_SHE), not words.isdisjoint(_HE)
        if female != male and len(self.mentions.people_in(indexes.start, indexes.stop - 1)) <= 1:
            # "X, who is paying her first visit, recalled", "X expressed her thanks"
            self.pronouns[person] = "she" if female else "he"

    def pronoun(self, word: str) -> list[int]:
        """He/She: the latest subject the text treats as of that gender.

        Evidence from the text ("She" used for Ozola) beats the guess from the
        first name; a person already called the other pronoun is passed over.
        """
        wanted = "she" if word == "she" else "he"
        other = "he" if wanted == "she" else "she"
        heard = self.pronouns
        candidates = list(reversed(self.state.history))  # the latest subject first
        candidates += [p for p in self._recent() if p not in candidates]
        fallback = None
        for person in candidates:  # most recent subject first
            if heard.get(person) == other:
                continue
            if heard.get(person) == wanted or self.people[person].female == (wanted == "she"):
                heard[person] = wanted
                return [person]
            if fallback is None:
                fallback = person
        if fallback is None:
            return []
        heard[fallback] = wanted
        return [fallback]

    def _recent(self) -> list[int]:
        """Officials ordered by how recently they were the subject or named."""
        ordered: list[int] = []
        if self.state.last_single is not None:
            ordered.append(self.state.last_single)
        ordered.extend(p for p in self.state.participants() if p not in ordered)
        return ordered

    def object_after(self, verb_end: int, stop: int, exclude: list[int]) -> list[int]:
        """Who the noun phrase right after a verb refers to (addressees)."""
        owner = self.owner
        window = self.doc.keys[verb_end : min(stop, verb_end + 8)]
        # most verbs have no name, "him"/"her" or role noun in reach (then no one is
        # found below): both told at C speed, a bisection and a set test
        k = bisect_left(self.owned, verb_end)
        if (k == len(self.owned) or self.owned[k] >= verb_end + len(window)) and (
            _OBJECT_HEADS.isdisjoint(window)
        ):
            return []
        words: list[str] = []
        for j, token_key in enumerate(window, verb_end):
            if j in owner and owner[j] not in exclude:
                return [owner[j]]
            if token_key not in _OBJECT_AFTER_CUES:
                # (the common case, with the tests below that it passes)
                if token_key not in {"the", "his", "their"}:
                    words.append(token_key)
                continue
            if token_key in _OBJECT_STOPS and words:
                break
            if token_key in {"him", "her"}:
                participants = [p for p in self.state.participants() if p not in exclude]
                return participants[:1]
            if token_key not in {"the", "his", "her", "their"}:
                words.append(token_key)
            if token_key in _OBJECT_NOUNS:
                found = self.roles.resolve_role(words, j, frozenset(exclude))
                return found or []
        return []


def _role_phrase_subject(
    coref: Coref, verb: int, i: int, floor: int, *, named_holders: bool
) -> tuple[list[int], str]:
    """``Coref.subject_before`` for a phrase ending at token *i* that is no name, pronoun
    or group word: a role phrase ("[the] [demonym] [portfolio] role-noun"), a name's
    tail, an initial, a companion, "the X official"; else a thing."""
    doc = coref.doc
    keys = doc.keys
    token_key = keys[i]
    # a role phrase: [the] [demonym] [portfolio] role-noun
    j = i
    words: list[str] = []
    while (
        j >= floor
        and (
            keys[j] not in {",", ";", ":", "and"}
            # (a capital after it first: most stops are no list of portfolios)
            or (doc.words[j + 1][:1].isupper() and _portfolio_joiner(coref.mentions, j, floor))
        )
        and len(words) < 10
    ):
        words.append(keys[j])
        # "The Head of the Public Relations Department": go on past "of the"
        if keys[j] == "the" and not (j > floor and keys[j - 1] == "of"):
            break
        j -= 1
    words.reverse()
    found = (
        coref.roles.resolve_role(words, i)
        or _misspelt(coref.roles, words, doc.words[i], i)
        or _without_post(coref.roles, words, i)
    )
    joiner = "of" if "of" in words else "for"  # ("the ministers for culture")
    if found is None and joiner in words and words.index(joiner) >= 2:
        k = words.index(joiner)  # "The leaders of the two organisations", "the ministers of"
        head = words[k - 1]
        if head == "heads" and words[k + 1 : k + 2] == ["mission"]:
            head = "ambassadors"  # "The Heads of Mission of ASEAN countries": envoys
        if words[k - 2] in _GROUP_DETERMINERS and (
            (
                holders := _holders_of(
                    coref.mentions, coref.state, head, words[: k - 1], i, named=named_holders
                )
            )
            is not None
        ):
            return holders, "group"
    if found is not None and len(found) == 1:
        # "For his part, the Lebanese minister ...", "During her visit to X, the
        # official ...", "Her Excellency ...": the phrase's pronoun rules out an
        # official of the other gender
        # ("her counterpart" is someone else: her possessive says nothing of them)
        wanted = (
            None
            if token_key in _OTHERS_NOUNS
            else _gender_cue(coref.mentions, j, floor, words, verb)
        )
        if wanted is not None and _other_gender(coref.pronouns, coref.people, found[0], wanted):
            found = coref.roles.resolve_role(words, i, frozenset(found))
        elif wanted == "she" and not _known_she(coref.pronouns, coref.people, found[0]):
            # no name says "he": another candidate whom the text or her name
            # shows to be a woman is meant
            other = coref.roles.resolve_role(words, i, frozenset(found))
            if other and _known_she(coref.pronouns, coref.people, other[0]):
                found = other
    if (
        found is None
        and token_key in ROLE_NOUNS
        and (untitled := _untitled_holder(coref, words, i))
    ):
        found = untitled
    if found is not None:
        return _role_subject(coref, found, j, floor)
    tail_of = _name_before_tail(coref.mentions, i, floor, closed="," in keys[i + 1 : verb])
    if tail_of is not None:
        return [tail_of], "name"
    if initialled := _by_initial(coref, i, floor):
        return initialled, "name"
    companions_of = _with_companions(coref.mentions, j, floor, words)
    if companions_of:
        return companions_of, "name"
    if token_key == "official" and i > floor:
        holders = _official_of(
            coref.people, coref.state, place_code_of(doc.lex.places, keys[i - 1])
        )
        if holders:
            return holders, "role"
    return [], "thing"


def _role_after_name(coref: Coref, i: int, floor: int) -> list[int]:
    """ "During the meeting, attended by Ambassador X, the Egyptian minister hailed ...":
    a role phrase right before the verb, opened by ", the" after a name and read with
    that name (token *i* ends it), whose role noun the name's own title lacks, is the
    subject, not an apposition: the phrase's holder, another official; else ``[]``."""
    keys, owner = coref.doc.keys, coref.owner
    person = owner[i]
    title = coref.people[person].title
    if title is None or keys[i] in title.casefold():
        return []
    k = i - 1
    while k > floor and keys[k] != "," and i - k < 5:
        k -= 1
    if keys[k] != "," or keys[k + 1] != "the" or owner.get(k - 1) != person:
        return []
    return coref.roles.resolve_role(list(keys[k + 1 : i + 1]), i, frozenset({person})) or []


def _untitled_holder(coref: Coref, words: list[str], i: int) -> list[int]:
    """ "The Kazakh minister put forward ...", "The Iranian ambassador pointed to ..." where
    no official holds the office: the one official named before token *i* whose office
    the text never gave, of the phrase's country when it names one (*words*); else
    ``[]``. The text's wording gives the office the title did not."""
    untitled = coref.untitled()
    if not untitled:
        return []
    places = coref.doc.lex.places
    code = next((c for w in words if (c := place_code_of(places, w)) is not None), None)
    people = coref.people
    found = [
        p
        for p in untitled
        if people[p].named_at
        and people[p].named_at[0] < i
        and (code is None or people[p].country == code)
    ]
    return found if len(found) == 1 else []


def _clause_subject(coref: Coref, floor: int, stop: int) -> list[int]:
    """The subject of the first verb of a sentence, for a verb coordinated with it."""
    doc = coref.doc
    k = bisect_left(coref.owned, floor)
    first_owned = coref.owned[k] if k < len(coref.owned) else stop
    pronoun = next(
        (j for j in range(floor, min(stop, floor + 12)) if doc.keys[j] in {"he", "she"}), stop
    )
    start = min(first_owned, pronoun)
    if start == first_owned < stop and first_owned > floor:
        before = doc.words[first_owned - 1]
        if before.isalpha() and before.islower() and doc.keys[first_owned - 1] not in _NOT_VERBS:
            # "The minister introduced Ambassador X, ..., and expressed ...": the first
            # name is the object of a verb; the role phrase before it is the subject
            subject = _role_before(coref, floor, first_owned)
            if subject:
                return subject
    for j in range(start, min(stop, start + 24)):
        if j in coref.owner:
            person = coref.owner[j]
            k = j
            while k < stop and k in coref.owner:
                k += 1
            if k + 1 < stop and doc.keys[k] == "," and doc.keys[k + 1] not in _NOT_VERBS:
                k += 1  # "Title, X, delivered ... and said": the comma closes an apposition
            if k < stop and doc.words[k].islower() and doc.keys[k] not in {"and", "of", "the"}:
                if coref.state.meeting is not None and coref.meetings[
                    coref.state.meeting
                ].sentence == doc.sentence_of(j):
                    return list(coref.meetings[coref.state.meeting].participants)
                return [person]
        elif doc.keys[j] in {"he", "she"}:
            return coref.pronoun(doc.keys[j])
    # "The minister introduced Ambassador X, ..., and expressed ...": no name opens
    # the clause; the subject of its first verb, a role phrase, is the shared one
    return _role_before(coref, floor, stop)


def _role_before(coref: Coref, floor: int, stop: int) -> list[int]:
    """The officials a role phrase names as the subject of the first verb from token
    *floor* on (before *stop*); else ``[]``."""
    doc = coref.doc
    for j in range(floor + 1, min(stop, floor + 24)):
        word = doc.words[j]
        if word.isalpha() and word.islower() and doc.keys[j] not in _NOT_VERBS:
            subject, kind = coref.subject_before(j, floor)
            if kind == "role":
                return subject
    return []


def _group_of(coref: Coref, token_key: str, i: int) -> list[int]:
    """Who "they", "both", "the sides" or another group noun at token *i* means."""
    keys, state = coref.doc.keys, coref.state
    # with no meeting reported, "they" and "the parties" hold the one
    # official the text spoke of last, with unnamed others
    group = _plural(coref, i) if token_key in {"they", "both", "two"} else state.group()
    if len(group) > 2 and keys[i - 1] in _PAIR and token_key not in _SIDES:
        group = group[:2]  # "the two officials": the meeting's first two
    elif (
        token_key == "they"
        and 1 < len(last := state.last_subject) < len(group)
        and set(last) <= set(group)
    ):
        # "The two officials highlighted ... They discussed ...": the plural
        # subject just before, not everyone at the meeting (the aide who came along)
        group = list(last)
    return group or list(state.last_subject)


def _plural(coref: Coref, i: int) -> list[int]:
    """Who "they" or "both (of them)" at token *i* means: the participants of the
    meeting being reported, or, where that names fewer than two officials, the
    plural subject just before or the officials named in the last sentence
    before (of three) that names any ("... courtesy calls on Minister A and State
    Minister B. Both of them welcomed ...": a pair named just before stays that pair)."""
    group = coref.state.group()
    if len(group) > 1:
        return group
    last = coref.state.last_subject
    if len(last) > 1:
        return list(last)
    doc = coref.doc
    s = doc.sentence_of(i)
    if coref.state.meeting is None:
        # no meeting reported: the officials the sentence right before lists
        # ("Attending were A, B and C. They discussed ...", "... to Ambassador B.
        # The two talked about ..."), if it names several
        if s == 0:
            return group
        tokens = doc.sentence_tokens(s - 1)
        named = coref.mentions.people_in(tokens.start, tokens.stop - 1)
        return named if len(named) > 1 else group
    for before in range(s - 1, max(-1, s - 4), -1):
        # the last of the three sentences before that names anyone
        tokens = doc.sentence_tokens(before)
        named = coref.mentions.people_in(tokens.start, tokens.stop - 1)
        if named:
            return named if len(named) > 1 and set(group) <= set(named) else group
    return group


def _role_subject(coref: Coref, found: list[int], j: int, floor: int) -> tuple[list[int], str]:
    """The subject whose role phrase, starting after token *j*, refers to *found*:
    the phrase alone, or with the names conjoined before it or that it stands in
    apposition to, or the subject before "in a meeting with" the phrase."""
    keys, owner = coref.doc.keys, coref.owner
    # "the Culture Minister and the Israeli ambassador"
    if j >= floor and keys[j] == "the":
        j -= 1
    if j - 1 > floor and keys[j] == "with" and keys[j - 1] in MEETING_NOUNS:
        # "Minister of Culture in a meeting with the ambassador said": the
        # phrase is the meeting's counterpart; the subject stands before it
        opener = _meeting_phrase_start(keys, j - 1, floor)
        if opener is not None:
            speakers, speakers_kind = coref.subject_before(opener, floor)
            if speakers and speakers_kind in {"name", "role", "pronoun"}:
                return speakers, speakers_kind
    if j > floor and keys[j] == "and":
        more, more_kind = coref.subject_before(j, floor)
        if more_kind in {"name", "role"}:
            return [p for p in more if p not in found] + found, "role"
    if j > floor and keys[j] == "," and owner.get(j - 1) in found:
        # "A and B, the ambassador in Bucharest, discussed": the phrase is in
        # apposition to B; the subject is the names it follows
        named, named_kind = coref.subject_before(j, floor)
        if named_kind == "name" and owner[j - 1] in named:
            return named, "name"
    return found, "role"


def _former_or_latter(coref: Coref, word: str, i: int) -> list[int]:
    """The official "the former" (the first) or "the latter" (the second) of the
    last two named before token *i*, in this sentence or the one before."""
    doc = coref.doc
    sentence = doc.sentence_of(i)
    floor = doc.sentence_tokens(max(0, sentence - 1)).start
    owned, owner = coref.owned, coref.owner
    latest: list[int] = []
    for k in range(bisect_left(owned, i) - 1, -1, -1):
        if owned[k] < floor:
            break
        person = owner[owned[k]]
        if person not in latest:
            latest.append(person)
            if len(latest) == 2:
                return [latest[1] if word == "former" else latest[0]]
    return []


def _excellency(coref: Coref, i: int) -> list[int]:
    """Whom "H.E." standing alone (at token *i*) means: the official the text
    named with "H.E." (the latest of several), else the host of the meeting being
    reported, else the latest singular subject, else the official named last."""
    holders = coref.roles.by_honorific.get("h.e", [])
    if len(holders) == 1:
        return list(holders)
    if holders:
        owned, owner = coref.owned, coref.owner
        for k in range(bisect_left(owned, i) - 1, -1, -1):
            if owner[owned[k]] in holders:
                return [owner[owned[k]]]
    state = coref.state
    if state.meeting is not None and (host := state.meetings[state.meeting].host) is not None:
        return [host]
    if state.history:
        return [next(reversed(state.history))]
    return coref._recent()[:1]
