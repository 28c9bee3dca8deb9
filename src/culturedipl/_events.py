"""Meetings and statements, read sentence by sentence with a discourse state.

One pass over the sentences keeps track of the meeting being reported, the
last subject and the article's protagonist, which is what a reader uses to
resolve "He", "the culture minister" or "the sides".

Meeting triggers ("met", "received", "at the meeting with", ...) open or
reopen a meeting; a statement is a sentence whose finite reporting verb, from
the speech-verb lexicon, has officials as its subject. Subjects are read
backwards from the verb over the noun phrase in front of it; objects forwards.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import not_
from typing import TypeVar

from culturedipl._dates import MONTH_WORDS, WEEKDAYS, date_in
from culturedipl._document import Document
from culturedipl._match import Matchers, PhraseMatcher, key
from culturedipl._officials import ENVOYS, Person
from culturedipl._triggers import triggers
from culturedipl.lexicon import word_list
from culturedipl.model import Act, Role

__all__ = ["MeetingDraft", "StatementDraft", "read_events"]

T = TypeVar("T")


@dataclass
class MeetingDraft:
    participants: list[int]
    sentence: int
    host: int | None = None
    date: dt.date | None = None
    location: str | None = None
    topics: list[str] = field(default_factory=list)
    explicit_host: bool = False
    #: why the meeting is here: the rule (a trigger kind of meeting_triggers.tsv, or
    #: another rule's name) and the words that triggered it, as written
    rule: str = ""
    trigger: str = ""


@dataclass
class StatementDraft:
    speakers: list[int]
    act: Act
    verb: str
    sentence: int
    content: str | None
    addressees: list[int]
    meeting: int | None
    #: why the statement is here: the name of the rule that read it
    rule: str = ""


# Sets of acts, built once (an enum member is an attribute look-up each time it is named):
# a meeting's own acts, those that make a meeting of two speakers, and those that
# may report another's act ("said that ...")
_MEETING_ACTS = frozenset({Act.DISCUSS, Act.AGREE, Act.STRESS})
_JOINT_ACTS = frozenset({Act.DISCUSS, Act.AGREE})
_REPORT_ACTS = frozenset({Act.SAY, Act.INFORM})
# Group nouns that stand for the participants of the meeting being reported.
_GROUPS = word_list("group_nouns")
_MEETING_NOUNS = word_list("meeting_nouns")
_ADVERBS = word_list("verb_adverbs")
# Words of time that stand between a subject and its verb ("X on Monday met").
_TIME_WORDS = word_list("time_words") | {".", *WEEKDAYS, *MONTH_WORDS}
_PARENTHETICALS = tuple(tuple(phrase.split()) for phrase in sorted(word_list("parentheticals")))
# the last word of each of them
_PARENTHETICAL_ENDS = frozenset(phrase[-1] for phrase in _PARENTHETICALS)
_MODALS = frozenset(
    {"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to"}
)
_GIFTS = word_list("gift_nouns")
_ROLE_NOUNS: dict[str, frozenset[Role]] = {
    "minister": frozenset({Role.MINISTER, Role.DEPUTY_MINISTER}),
    "fm": frozenset({Role.MINISTER}),
    "counterpart": frozenset({Role.MINISTER, Role.DEPUTY_MINISTER}),
    "colleague": frozenset({Role.MINISTER, Role.DEPUTY_MINISTER}),
    "ambassador": ENVOYS,
    "envoy": ENVOYS,
    "diplomat": ENVOYS,
    "secretary-general": frozenset({Role.SECRETARY_GENERAL}),
    "dg": frozenset({Role.HEAD_OF_ORGANIZATION}),
    "director-general": frozenset({Role.HEAD_OF_ORGANIZATION}),
    "president": frozenset({Role.HEAD_OF_STATE, Role.HEAD_OF_ORGANIZATION}),
    "premier": frozenset({Role.HEAD_OF_GOVERNMENT}),
    "highness": frozenset({Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT}),
    "prince": frozenset(
        {Role.MINISTER, Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.OFFICIAL}
    ),
    "rector": frozenset({Role.OFFICIAL}),
    "chairman": frozenset({Role.OFFICIAL, Role.PARLIAMENTARIAN, Role.HEAD_OF_ORGANIZATION}),
    "head": frozenset({Role.MINISTER, Role.OFFICIAL, Role.HEAD_OF_ORGANIZATION}),
    "representative": frozenset({Role.HEAD_OF_ORGANIZATION, Role.OFFICIAL}),
    "official": frozenset({Role.OFFICIAL, Role.HEAD_OF_ORGANIZATION, Role.SECRETARY_GENERAL}),
    "commissioner": frozenset({Role.OFFICIAL}),
    "chief": frozenset({Role.HEAD_OF_ORGANIZATION, Role.SECRETARY_GENERAL, Role.OFFICIAL}),
    "vice-president": frozenset(
        {Role.HEAD_OF_STATE, Role.HEAD_OF_ORGANIZATION, Role.OFFICIAL, Role.MINISTER}
    ),
    "undersecretary": frozenset({Role.OFFICIAL, Role.DEPUTY_MINISTER}),
    "director": frozenset({Role.OFFICIAL, Role.HEAD_OF_ORGANIZATION}),
    "governor": frozenset({Role.OFFICIAL}),
    "mayor": frozenset({Role.OFFICIAL}),
    "dean": frozenset({Role.OFFICIAL}),
    "councillor": frozenset({Role.OFFICIAL}),
    "chair": frozenset({Role.OFFICIAL, Role.HEAD_OF_ORGANIZATION}),
    "speaker": frozenset({Role.PARLIAMENTARIAN}),
    "chancellor": frozenset({Role.HEAD_OF_GOVERNMENT}),
    "king": frozenset({Role.HEAD_OF_STATE}),
    "emir": frozenset({Role.HEAD_OF_STATE}),
    "d'affaires": frozenset({Role.CHARGE_D_AFFAIRES}),
    "head-of-state": frozenset({Role.HEAD_OF_STATE}),
    "consul": frozenset({Role.CONSUL}),
    "consul-general": frozenset({Role.CONSUL}),
}
_TWO_WORD_ROLES = {
    ("secretary", "general"): "secretary-general",
    ("director", "general"): "director-general",
    ("prime", "minister"): "premier",
    ("high", "representative"): "representative",
}
_TWO_WORD_FIRSTS = frozenset(a for a, _ in _TWO_WORD_ROLES)
_GUEST_NOUNS = word_list("guest_nouns")
# the role nouns that stand for one office only, when "deputy" is not said
_EXACT_ROLES = {"minister": Role.MINISTER, "ambassador": Role.AMBASSADOR}
# built once: ``_objects`` asks it of every token after a meeting verb
_ROLE_OR_GUEST_NOUNS = frozenset(_ROLE_NOUNS) | _GUEST_NOUNS
_WELCOME_VERBS = word_list("welcome_verbs")
# nouns and adjectives in "-ly" that can stand right before a verb
_LY_NOUNS = word_list("ly_nouns")
# prepositions that open an aside between a name and its verb ("X, in her speech, noted")
_ASIDE_PREPOSITIONS = word_list("aside_openers")
# the words that make a "was ..." reporting verb active: its subject speaks
_NOT_PASSIVE = word_list("active_after_be")
# plural role nouns that name several officials by their countries ("the ministers of
# culture of A, B and C")
_PLURAL_ROLE_NOUNS = frozenset({"ministers", "ambassadors"})
# finite auxiliaries: the word right before one is no reporting verb
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "will", "would"})
# the words before a plural noun that make it a group ("the two deputy ministers")
_GROUP_DETERMINERS = frozenset({"the", "two", "both", "all", "three"})
# the words that make the verb-like word after them an adjective or a noun
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "its"})
# "expressed (deep, sincere) gratitude" thanks (ANNOTATION.md)
_THANK_NOUNS = word_list("thank_nouns")
# prepositions that end in "-ing": a sentence opening with one has no participle
# phrase to pass over ("During the meeting both officials expressed ...")
_ING_PREPOSITIONS = word_list("ing_prepositions")
# "seized the opportunity to express thanks": a light verb whose purpose infinitive
# carries the act (ANNOTATION.md, "A light verb with a purpose")
_LIGHT_VERBS = word_list("light_verbs")
_OPPORTUNITY_NOUNS = word_list("opportunity_nouns")
# the words that may stand between the agents after a passive's "by"
# ("by the Minister of Culture of X, A, and the Minister ... B")
_AGENT_JOINERS = frozenset({"and", ",", "the", "of", "for", "a", "an", "both"})
# Words of a role phrase that a title need not hold.
_NOT_TITLE_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "of"})
# Words that join a second clause, with its own subject and report, to a sentence.
_CLAUSE_LINKS = frozenset({"while", "whereas", "and"})
# A word of a title, for matching role phrases against titles ("secretary-general"
# gives two)
_TITLE_WORD = re.compile(r"[^\W_]+")
# the words that end the object of a verb as a role phrase (one set test per word)
# and those ``_objects`` acts on
_OBJECT_CUES = _ROLE_OR_GUEST_NOUNS | {"to", "where", "which", ";", "ministers", "ambassadors"}
_OBJECT_NOUNS = _ROLE_OR_GUEST_NOUNS | {"general"}
_HOST_NOUNS = word_list("host_nouns")
# the offices of an international organisation's head
_HEADS = frozenset({Role.SECRETARY_GENERAL, Role.HEAD_OF_ORGANIZATION})
# the words that end the object after a reporting verb, and every word
# ``object_after`` does more with than keep it
_OBJECT_STOPS = frozenset({",", ".", "that", "on", "about", "for", "to", "with", ";", ":"})
_OBJECT_AFTER_CUES = _OBJECT_STOPS | _OBJECT_NOUNS | {"him", "her"}

# Meeting triggers come from data/meeting_triggers.tsv, compiled by ``_triggers``;
# the "at the meeting with" kind is costly (it can start at any word), so a second
# pattern leaves it out for the sentences that cannot hold it.
_T = triggers()
_TRIGGER = _T.pattern
_TRIGGER_NO_AT = _T.pattern_no_at
# Where any start of a ``_TRIGGER_NO_AT`` match stands, one pattern for all:
# "w(?=as|ere|elcome)|b(?=eing|een)|...". Its branches begin with distinct letters,
# which re scans for at C speed, and each match is one letter long, so every
# occurrence is found, overlapping or not.
_TRIGGER_NO_AT_FIND = re.compile(
    "|".join(
        re.escape(first)
        + "(?="
        + "|".join(re.escape(w[1:]) for w in _T.no_at_starts if w[0] == first)
        + ")"
        for first in dict.fromkeys(w[0] for w in _T.no_at_starts)
    )
)
_UNNAMED = re.compile(
    r"^\s*(?:with\s+)?(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:delegation|rector|ministry|leadership|management|head|heads)\b"
    # an unnamed counterpart: "met Iranian Minister for Culture", "met his Kazakh counterpart"
    r"|(?:(?:the|his|her|their)\s+)?(?:[\w\-’']+\s+){0,3}?"
    r"(?:counterpart|minister|ambassador|envoy)\b(?!\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
# A cheap test that a sentence may hold a meeting trigger at all: one of these
# words among its match keys (every match holds one).
_TRIGGER_KEYS = _T.keys
_AT_KEYS = _T.at_keys
_WITH_BETWEEN = _T.at_links
_PLANNED = re.compile(
    r"\b(?:will|would|shall|to|plans? to|planned to|expected to|scheduled to|going to|"
    r"hopes? to|intends? to)(?:\s+\w+)?\s*$",
    re.IGNORECASE,
)
# One of them is in every match of ``_PLANNED``, lower-case (see ``_fold``).
_PLANNED_WORDS = ("to", "will", "would", "shall")
# any of them, found in one C-level scan (rather than a look for each)
_PLANNED_CUE = re.compile("|".join(_PLANNED_WORDS))
# What a match of the "at" kind's meeting noun starts with ("meeting ", "press "):
# a match starts on a word at most four spaces before (see ``_at_starts``).
_AT_ANCHORS = _T.at_anchors
_WORD_START = re.compile(r"\b\w")
# "on the same day", "later that day", "earlier in the day": the last meeting's date
_SAME_DAY = re.compile(
    r"\b(?:on\s+the\s+same|(?:later|earlier)\s+(?:on\s+)?(?:the\s+same|that|in\s+the))\s+day\b",
    re.IGNORECASE,
)
_SAME_DAY_CUES = ("same day", "that day", "in the day")  # one stands in every match
_SIDELINES = re.compile(r"\bon the (?:sidelines|margins?)\b", re.IGNORECASE)
_SIDELINES_WORDS = ("sidelines", "margin")  # one of them is in every match, lower-case
_VISIT = re.compile(
    r"\b(?:visit(?:ed|ing|s)?|trip|travel(?:l?ed)?|arrived|arrival|tour)\s+(?:to|in|of)?\s*(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)"
)
# The words a match of ``_VISIT`` begins with (it is case-sensitive).
_VISIT_STARTS = ("visit", "trip", "travel", "arriv", "tour")
# "(?<!\win)" after "in" is a "\b" before it: written so, the pattern starts with a
# literal, which re scans for at C speed instead of trying every character
_IN_PLACE = re.compile(r"in(?<!\win)\s+(?P<place>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)")
_MATCH_START = re.Match.start  # a match's start, for ``map``
# A place a sentence names with "in" or "at": capitalised words, joined by "of",
# "for", "and" or "the" ("in Lisbon", "at the Ministry of Culture and Tourism")
_WHERE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the)\s+)*"
    r"[A-Z][\w’'\-]*){0,6})"
)
_NAME_JOINERS = word_list("quoted_name_joiners")
# the lower-case words that continue a name ("bin", "al") and a full stop ("Mr.")
_NAME_CONTINUATIONS = word_list("name_continuations") | {"."}
_QUOTE_OPEN = "“«„"
_QUOTE_CLOSE = "”»"
# Every mark the quotation tests of ``_quote_map`` act on: each is a token of its own
# (not a letter, digit or joiner of a word), the only token of that text.
_QUOTE_MARKS = (*_QUOTE_OPEN, *_QUOTE_CLOSE, '"')


def _index(items: Sequence[T], value: T, start: int, stop: int) -> int:
    """The first index from *start* where *items* holds *value*, or *stop* if none."""
    try:
        return items.index(value, start, stop)
    except ValueError:
        return stop


def _quote_mark_tokens(body: str, token_starts: Sequence[int]) -> list[int]:
    """The tokens that are quotation marks, in order, by the *token_starts* of *body*.

    A mark is a token of its own (no word holds one), so each found in the body by
    ``str.find`` is the token that starts where it stands: a bisection for each of a
    few marks, not a look at every token.
    """
    found: list[int] = []
    for mark in _QUOTE_MARKS:
        at = body.find(mark)
        while at >= 0:
            found.append(bisect_left(token_starts, at))
            at = body.find(mark, at + 1)
    found.sort()
    return found


def _fold(text: str) -> str:
    """*text* lower-cased character for character, to find by ``str.find`` where an
    IGNORECASE pattern's (ASCII, lower-case) words may match.

    Besides upper-case letters, IGNORECASE matches "ſ" to "s" and "İ", "ı" to "i"
    (the Kelvin sign lowers to "k"); "İ", the one character that lowers to two, is
    replaced first, so every offset is kept.
    """
    return text.replace("İ", "i").replace("ı", "i").replace("ſ", "s").lower()


def _starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of *words* occurs in *text*, in order (by ``str.find``)."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()
    return found


def _finditer_from(
    pattern: re.Pattern[str], text: str, starts: list[int]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying *pattern* only at *starts*.

    *starts* (in order) must hold every offset a match can start at: finditer tries
    each offset after the last match in turn, and only those can succeed. A regular
    expression that begins with "\b" and alternatives is otherwise tried at every
    character, which makes it the costliest step of a sentence. (No pattern used with
    it matches the empty string, the one case where finditer steps on by itself.)
    """
    end = 0
    for at in starts:
        if at >= end:
            match = pattern.match(text, at)
            if match is not None:
                end = match.end()
                yield match


def _at_starts(text: str, folded: str) -> list[int]:
    """Every offset of *text* where the "at" trigger branch can start.

    Its words before the meeting noun ("during", "the", "minister's", one more)
    each end in one space and hold none, so a match starts on a word after the
    fifth space before the noun. Each stretch is looked at for at most five nouns
    after it, which keeps this linear.
    """
    found: list[int] = []
    for anchor in _starts(folded, _AT_ANCHORS):
        low = anchor
        for _ in range(5):
            low = folded.rfind(" ", 0, low)
            if low < 0:
                break
        found.extend(map(_MATCH_START, _WORD_START.finditer(text, low + 1, anchor + 1)))
    return found


# asked of every word next to a name (four lexicon look-ups): kept
@functools.lru_cache(maxsize=1 << 14)
def _title_word(lex: Matchers, token_key: str) -> bool | None:
    """Whether a word can stand in a title, by its key; None if its casing tells."""
    if token_key in {"of", "the", "to", "for", "and", "(", ")", "-", ".", "’s", "'s"}:
        return True
    if token_key in lex.title_words or token_key in lex.words:
        return lex.words.get(token_key) != "stop" or token_key in {"of", "the"}
    if token_key in lex.places or token_key in lex.organizations:
        return True
    return None


@functools.cache
def _title_tokens(lex: Matchers) -> dict[str, bool]:
    """Whether a word can stand in a title, by its text: filled by ``_Reader._title_token``."""
    return {}


# asked of every word of every role phrase ("the Italian ambassador"): kept
@functools.lru_cache(maxsize=1 << 14)
def _place_code_of(places: PhraseMatcher[str], text: str) -> str | None:
    words = [key(w) for w in text.split()]
    for size in range(len(words), 0, -1):
        found = places.match(words[:size], 0)
        if found is not None and found[0] == size:
            return found[1]
    return None


# the lower-case words a title holds ("Head of the Agency for Culture")
_TITLE_JOINERS = frozenset({"of", "the", "for", "(", ")", "&"})


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
            j = _index_back(keys, "(", j, max(floor, j - 6)) - 1
            continue
        if person is None and token_key not in {",", "and"}:
            break
        joined = joined or token_key == "and"
        if person is not None and person not in people and joined:
            people.insert(0, person)
        j -= 1
    return people


def _index_back(items: Sequence[str], value: str, start: int, floor: int) -> int:
    """The last index before *start*, not below *floor*, where *items* holds *value*."""
    for k in range(start - 1, floor - 1, -1):
        if items[k] == value:
            return k
    return floor


def _is_ly_adverb(word: str) -> bool:
    """A lower-case word in "-ly" ("virtually", "explicitly"): an adverb between a
    subject and its verb ("family", "assembly" are nouns, "italy" has a capital)."""
    return word.endswith("ly") and len(word) > 4 and word.islower() and word not in _LY_NOUNS


def _portfolio_list_end(
    words: Sequence[str], keys: Sequence[str], comma: int, stop: int, name_start: dict[int, int]
) -> int:
    """Where a title's list of portfolios ends: "Minister of Culture, Gender, Entertainment
    and Sport," goes on past the comma at *comma* over capitalised words up to the part
    with "and"; a title with no such list ends at *comma*."""
    k = comma
    while k < stop and keys[k] == ",":
        part = k + 1
        while part < stop and keys[part] != "," and part - k <= 6 and part not in name_start:
            if not (words[part][:1].isupper() or keys[part] in {"and", "&", "of"}):
                return comma
            part += 1
        if part >= stop or keys[part] != "," or part == k + 1:
            return comma
        if "and" in keys[k + 1 : part] or "&" in keys[k + 1 : part]:
            return part
        k = part
    return comma


@functools.cache
def _with_according(verb_starts: frozenset[str]) -> frozenset[str]:
    """The first words of the reporting verbs, and "according" ("according to")."""
    return verb_starts | {"according"}


@dataclass
class _State:
    meeting: int | None = None
    protagonist: int | None = None
    series_host: int | None = None
    series_date: dt.date | None = None
    last_subject: list[int] = field(default_factory=list)
    last_single: int | None = None
    last_speakers: list[int] = field(default_factory=list)
    quote_speaker: list[int] = field(default_factory=list)
    #: singular subjects, each once, in the order they were last the subject (a dict
    #: as an ordered set: a pronoun reads it in time bounded by the officials, not
    #: by the sentences so far)
    history: dict[int, None] = field(default_factory=dict)

    def note_subject(self, person: int) -> None:
        """*person* is now the latest singular subject."""
        self.history.pop(person, None)
        self.history[person] = None


_PARAGRAPH_BREAK = re.compile(r"\n\r*\n")


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

    def __init__(self, members: list[int], people: Sequence[Person]) -> None:
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


class _Reader:
    def __init__(self, doc: Document, people: list[Person]) -> None:
        self.doc = doc
        self.people = people
        self.meetings: list[MeetingDraft] = []
        self.statements: list[StatementDraft] = []
        self.state = _State()
        # token index -> official, for every token of a name or its title
        self.owner: dict[int, int] = {}
        self.name_start: dict[int, int] = {}
        for index, person in enumerate(people):
            for at in person.named_at:
                self.name_start[at] = index
        # where names start, in order
        self.name_order = sorted(self.name_start)
        self._cover_names()
        self.inside_quote = self._quote_map()
        # the quoted words, in order: whether a sentence quotes anyone is a bisection
        self.quoted_words = (
            [
                j
                for j in itertools.compress(range(len(doc.words)), self.inside_quote)
                if doc.words[j].isalpha()
            ]
            if True in self.inside_quote
            else []  # (most articles quote no one)
        )
        # owned tokens in order, for "who was named before token i" by bisection
        self.owned = sorted(self.owner)
        # meetings by their set of participants, and statements already made
        self.meeting_index: dict[frozenset[int], int] = {}
        self.said: set[tuple[int, frozenset[int]]] = set()
        # per sentence: its first reporting verb outside quotes (cached)
        self.first_verb: dict[int, int | None] = {}
        # the last comma looked for, and the subject word found after a comma (cached)
        self.last_comma = (0, -1, 0)
        self.subject_words: dict[tuple[int, int], int] = {}
        # per sentence: the date it gives, and its main reporting verb (cached)
        self.dates: dict[int, dt.date | None] = {}
        self.verb_of: dict[int, tuple[int, int, Act] | None] = {}
        # per sentence text: what it says of a host's country (cached, see _sentence_places)
        self.places_said: dict[str, tuple[bool, set[str]]] = {}
        #: the pronoun the text has used for each official ("he"/"she")
        self.pronouns: dict[int, str] = {}
        # worked out on first use (see the properties below)
        self._organization_keys: list[str] | None = None
        self._title_words: list[set[str]] | None = None
        self._folded: str | None = None
        self._may_sideline: bool | None = None
        self._sidelines: bool | None = None
        self._visited: set[str] | None = None
        # every sentence looks for its reporting verb: the words a verb can start
        # with, and where they stand, are worked out once here
        self.verb_starts = doc.lex.verbs.first_words()
        # where the first paragraph break ends ("\n\n", perhaps with "\r" between): a
        # sentence that starts at or after it has a paragraph before it
        first_break = _PARAGRAPH_BREAK.search(doc.body)
        self.first_break = first_break.end() if first_break else len(doc.body) + 1
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
        self.verb_cues = self._find_verb_cues()

    # ---- set-up -------------------------------------------------------

    # each official's body and title as role phrases are matched against them
    # (worked out once, not for every phrase)

    @property
    def organization_keys(self) -> list[str]:
        if self._organization_keys is None:
            self._organization_keys = self._find_organization_keys()
        return self._organization_keys

    def _find_organization_keys(self) -> list[str]:
        return [(person.organization or "").casefold() for person in self.people]

    @property
    def title_words(self) -> list[set[str]]:
        if self._title_words is None:
            self._title_words = self._find_title_words()
        return self._title_words

    def _find_title_words(self) -> list[set[str]]:
        # the words only, without punctuation: "Minister of Culture, Information ..."
        # holds "culture"
        return [set(_TITLE_WORD.findall((person.title or "").casefold())) for person in self.people]

    # what only a sentence with a meeting trigger asks for: worked out on first use

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self._find_folded()
        return self._folded

    def _find_folded(self) -> str:
        """The body lower-cased: a word absent from it is absent from every sentence."""
        return _fold(self.doc.body)

    @property
    def may_sideline(self) -> bool:
        if self._may_sideline is None:
            self._may_sideline = self._find_may_sideline()
        return self._may_sideline

    def _find_may_sideline(self) -> bool:
        return any(word in self.folded for word in _SIDELINES_WORDS)

    @property
    def sidelines(self) -> bool:
        if self._sidelines is None:
            self._sidelines = self._find_sidelines()
        return self._sidelines

    def _find_sidelines(self) -> bool:
        return self.may_sideline and bool(_SIDELINES.search(self.doc.body))

    @property
    def visited(self) -> set[str]:
        if self._visited is None:
            self._visited = self._find_visited()
        return self._visited

    def _find_visited(self) -> set[str]:
        return self._visited_countries()

    def _find_verb_cues(self) -> list[int]:
        """Where a reporting verb's first word or "according" stands, in order: picked
        out once for the document at C speed, each sentence takes its share by bisection."""
        keys = self.doc.keys
        cues = _with_according(self.verb_starts)
        return list(itertools.compress(range(len(keys)), map(cues.__contains__, keys)))

    def _cover_names(self) -> None:
        """Mark the tokens of each mention (name plus adjoining title) with its official."""
        doc = self.doc
        # local names: this runs over every token of every name and title
        words, keys, owner, name_start = doc.words, doc.keys, self.owner, self.name_start
        title_token = self._title_token
        # what ``_title_token`` found for each word so far: read here without a call
        known = _title_tokens(doc.lex)
        sentence_starts, sentence_stops = doc.sentence_starts, doc.sentence_stops
        for at in self.name_order:
            person = name_start[at]
            # the name's sentence (``doc.sentence_of``, ``doc.sentence_tokens``)
            sentence = bisect_right(sentence_starts, at) - 1
            first, stop = sentence_starts[sentence], sentence_stops[sentence]
            j = at
            # the name itself
            while (
                j < stop
                and (
                    words[j][:1].isupper()
                    or keys[j] in _NAME_CONTINUATIONS
                    or keys[j].startswith("al-")
                    # a lower-case particle joined to a capitalised part: "el-Kilani", "ad-Din"
                    or words[j].rpartition("-")[2][:1].isupper()
                )
            ):
                owner[j] = person
                j += 1
                if j in name_start:
                    break
            # an appositive title after it ("X, acting Minister of Culture,")
            if j < stop and keys[j] == ",":
                k = j + 1
                while (
                    k < stop
                    and k not in name_start
                    and (known.get(words[k]) or title_token(k) or words[k][:1].isupper())
                    and keys[k] != ","
                ):
                    k += 1
                if k > j + 1 and not doc.lex.title_words.isdisjoint(keys[j + 1 : k]):
                    k = _portfolio_list_end(words, keys, k, stop, name_start)
                    for m in range(j, k):
                        owner[m] = person
            # a title right before it ("Culture Minister", "Czech ambassador to Azerbaijan")
            k = at - 1
            while k >= first and k not in owner:
                if words[k] == ")" and k - 2 >= first and words[k - 2] == "(":
                    # an acronym in brackets ends the title: "Agency (TIKA) Serkan Kayalar"
                    owner[k] = owner[k - 1] = owner[k - 2] = person
                    k -= 3
                    continue
                found = known.get(words[k])
                if not (title_token(k) if found is None else found):
                    break
                owner[k] = person
                k -= 1

    def _title_token(self, k: int) -> bool:
        """Whether token *k* can stand in a title (kept by its text in ``_title_tokens``)."""
        doc = self.doc
        word = doc.words[k]
        known = _title_tokens(doc.lex)
        found = known.get(word)
        if found is None:
            by_key = _title_word(doc.lex, doc.keys[k])
            found = by_key if by_key is not None else word.isupper() and len(word) > 1
            if len(known) < 1 << 16:  # bounded: the vocabulary of news repeats
                known[word] = found
        return found

    def _visited_countries(self) -> set[str]:
        doc = self.doc
        found: set[str] = set()
        for match in _finditer_from(_VISIT, doc.body, _starts(doc.body, _VISIT_STARTS)):
            code = self._place_code(match.group("place"))
            if code is not None:
                found.add(code)
        return found

    def _place_code(self, text: str) -> str | None:
        return _place_code_of(self.doc.lex.places, text)

    def _quote_map(self) -> list[bool]:
        """For each token: whether it stands inside a quotation."""
        doc = self.doc
        inside = [False] * len(doc.words)
        # between two quotation marks the state holds, so the other tokens are
        # filled in by slices
        marks = _quote_mark_tokens(doc.body, doc.starts)
        if not marks:
            return inside
        state = False
        starts, stops = doc.sentence_starts, doc.sentence_stops
        s = -1
        while s + 1 < len(doc.sentences):
            s += 1
            if not state:
                # outside quotations, the sentences before the next mark have nothing to do
                k = bisect_left(marks, starts[s])
                if k == len(marks):
                    break
                s = max(s, bisect_right(starts, marks[k]) - 1)
            sentence = doc.sentences[s]
            indexes = range(starts[s], stops[s])
            here = marks[bisect_left(marks, indexes.start) : bisect_left(marks, indexes.stop)]
            if not state and not here:
                continue  # outside quotations, with no mark: nothing to do
            # quotations do not run across paragraphs unless the paragraph opens with one
            # (a line break since the previous sentence began: its line starts elsewhere)
            previous = doc.sentences[s - 1].start if s > 0 else 0
            if state and doc.body.find("\n", previous, sentence.start) >= 0:
                state = False
            filled = indexes.start  # tokens before this one have their value
            for index in here:
                if state:
                    inside[filled:index] = [True] * (index - filled)
                filled = index + 1
                text = doc.words[index]
                if text in _QUOTE_OPEN:
                    state = True
                    inside[index] = True
                    continue
                if text in _QUOTE_CLOSE:
                    inside[index] = True
                    state = False
                    continue
                if text == '"':
                    inside[index] = True
                    offset = doc.starts[index]
                    before = doc.body[offset - 1] if offset > 0 else " "
                    after = doc.body[offset + 1] if offset + 1 < len(doc.body) else " "
                    if before.isspace() and not after.isspace():
                        state = True
                    elif after.isspace() or after in ",.;:!?" or not before.isspace():
                        state = not state if not (before in ",.!?…" or before.isalnum()) else False
                    continue
                inside[index] = state  # no mark after all
            if state and filled < indexes.stop:
                inside[filled : indexes.stop] = [True] * (indexes.stop - filled)
        self._unquote_names(inside)
        return inside

    def _unquote_names(self, inside: list[bool]) -> None:
        """ "ICESCO Digital Home", "Peace for Culture": a quoted name is no quotation."""
        doc = self.doc
        if True not in inside:
            return
        n = len(inside)
        # each run of quoted tokens, found by list.index (C speed) rather than a step per token
        i = _index(inside, True, 0, n)
        while i < n:
            j = _index(inside, False, i, n)
            texts = doc.words[i:j]
            # six words tell: a name has five at most (a quotation can be long)
            words = list(itertools.islice((w for w in texts if w[:1].isalnum()), 6))
            if len(words) <= 5 and all(
                w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words
            ):
                for k in range(i, j):
                    inside[k] = False
            i = _index(inside, True, j, n)

    # ---- noun phrases ---------------------------------------------------

    def subject_before(self, verb: int, floor: int) -> tuple[list[int], str]:
        """Who the noun phrase ending right before token *verb* refers to.

        Returns the officials and a kind: ``name``, ``role``, ``pronoun``,
        ``group``, ``meeting`` (a meeting noun or "It"), ``thing`` or ``none``.
        """
        doc = self.doc
        i = verb - 1
        keys = doc.keys
        while i >= floor:
            token_key = keys[i]
            if (
                token_key in _ADVERBS
                or token_key in _TIME_WORDS
                or token_key.isdigit()
                or _is_ly_adverb(doc.words[i])
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
                        and keys[k + 1] in _ASIDE_PREPOSITIONS
                        and k - 1 >= floor
                        and (k - 1 in self.owner or keys[k - 1] in {"he", "she", "they"})
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
            else:
                break
        if i < floor:
            return [], "none"
        owner = self.owner
        if keys[i] == "and" and i > floor:
            # "met with X and discussed ...": the clause's subject, if one was named
            shared = self._clause_subject(floor, i)
            if shared:
                return shared, "shared"
        if i in owner:
            # the run of named (or titled) tokens that ends at i
            first = i
            while first > floor and first in owner:
                first -= 1
            # "the meeting with X" as the subject
            if first - 1 >= floor and keys[first] == "with" and keys[first - 1] in _MEETING_NOUNS:
                return self._participants(), "meeting"
            people = _conjoined(owner, keys, i, floor, first)
            if len(people) == 1:
                people = self._before_title(first, floor) + people
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
            return self._group(), "group"  # "Both of them agreed"
        if token_key in {"he", "she"}:
            meant = self._pronoun(token_key)
            if not meant:
                # "X was on a visit to Y, where she held talks ...": with no one
                # before this sentence, the official named first in it
                k = bisect_left(self.owned, doc.sentence_tokens(doc.sentence_of(i)).start)
                if k < len(self.owned) and self.owned[k] < i:
                    meant = [self.owner[self.owned[k]]]
            return meant, "pronoun"
        plural = _ROLE_NOUNS.get(token_key[:-1]) if token_key.endswith("s") else None
        if plural is not None and not _GROUP_DETERMINERS.isdisjoint(keys[max(floor, i - 3) : i]):
            # "The ministers", "Both diplomats", "The two deputy ministers": the officials
            # of that office the phrase points back to, among the meeting's
            # (ANNOTATION.md, "Groups")
            holders = [p for p in self._group() if self.people[p].role in plural]
            if len(holders) >= 2:
                return holders, "group"
        if token_key in _GROUPS and i - 2 >= floor and doc.keys[i - 2] == "of":
            return [], "thing"  # "delegates of both sides": the head is "delegates"
        if token_key == "side" and i > floor:
            # "the Turkmen side proposed": the participants of that country
            code = _place_code_of(doc.lex.places, keys[i - 1])
            holders = [p for p in self._group() if self.people[p].country == code]
            if code is not None and holders:
                return holders, "role"
        if token_key in {"they", "both", "sides", "parties", "colleagues"} or (
            token_key in _GROUPS and i > floor and doc.keys[i - 1] in {"the", "two", "both", "all"}
        ):
            return self._group(), "group"
        if token_key in _MEETING_NOUNS or token_key == "it":
            return self._participants(), "meeting"
        # a role phrase: [the] [demonym] [portfolio] role-noun
        j = i
        words: list[str] = []
        while j >= floor and doc.keys[j] not in {",", ";", ":", "and"} and len(words) < 10:
            words.append(doc.keys[j])
            # "The Head of the Public Relations Department": go on past "of the"
            if doc.keys[j] == "the" and not (j > floor and doc.keys[j - 1] == "of"):
                break
            j -= 1
        words.reverse()
        found = self.resolve_role(words, i)
        if found is not None:
            # "the Culture Minister and the Israeli ambassador"
            if j >= floor and doc.keys[j] == "the":
                j -= 1
            if j > floor and doc.keys[j] == "and":
                more, more_kind = self.subject_before(j, floor)
                if more_kind in {"name", "role"}:
                    return [p for p in more if p not in found] + found, "role"
            return found, "role"
        return [], "thing"

    def _before_title(self, j: int, floor: int) -> list[int]:
        """The officials conjoined before a title the reader did not take with its name.

        "A and Head of the Cooperation and Coordination Agency (TIKA) B discussed":
        back from token *j* over the title's capitalised and joining words to an
        "and" that follows a named official.
        """
        doc = self.doc
        keys, words, owner = doc.keys, doc.words, self.owner
        while j >= floor and j not in owner:
            if not (keys[j] in _TITLE_JOINERS or keys[j] == "and" or words[j][:1].isupper()):
                return []
            j -= 1
        if j < floor or keys[j + 1] != "and":
            return []
        first = j
        while first > floor and first in owner:
            first -= 1
        return _conjoined(owner, keys, j, floor, first)

    def _clause_subject(self, floor: int, stop: int) -> list[int]:
        """The subject of the first verb of a sentence, for a verb coordinated with it."""
        doc = self.doc
        k = bisect_left(self.owned, floor)
        first_owned = self.owned[k] if k < len(self.owned) else stop
        pronoun = next(
            (j for j in range(floor, min(stop, floor + 12)) if doc.keys[j] in {"he", "she"}), stop
        )
        start = min(first_owned, pronoun)
        for j in range(start, min(stop, start + 24)):
            if j in self.owner:
                person = self.owner[j]
                k = j
                while k < stop and k in self.owner:
                    k += 1
                if k < stop and doc.words[k].islower() and doc.keys[k] not in {"and", "of", "the"}:
                    if self.state.meeting is not None and self.meetings[
                        self.state.meeting
                    ].sentence == doc.sentence_of(j):
                        return list(self.meetings[self.state.meeting].participants)
                    return [person]
            elif doc.keys[j] in {"he", "she"}:
                return self._pronoun(doc.keys[j])
        return []

    def _note_gender(self, person: int, indexes: range) -> None:
        """Learn he or she from the text: "X expressed her country's appreciation"."""
        if person in self.pronouns:
            return
        keys = self.doc.keys[indexes.start : indexes.stop]
        quoted = self.inside_quote[indexes.start : indexes.stop]
        # the words outside quotations, picked at C speed
        words = set(itertools.compress(keys, map(not_, quoted)) if True in quoted else keys)
        female, male = (
            bool(words & {"her", "she", "herself"}),
            bool(words & {"his", "he", "himself"}),
        )
        if female != male and len(self.people_in(indexes.start, indexes.stop - 1)) <= 1:
            # "X, who is paying her first visit, recalled", "X expressed her thanks"
            self.pronouns[person] = "she" if female else "he"

    def _pronoun(self, word: str) -> list[int]:
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
        ordered.extend(p for p in self._participants() if p not in ordered)
        return ordered

    def _group(self) -> list[int]:
        if self.state.meeting is not None:
            return list(self.meetings[self.state.meeting].participants)
        if len(self.state.last_subject) > 1:
            return list(self.state.last_subject)
        return []

    def _participants(self) -> list[int]:
        if self.state.meeting is None:
            return []
        return list(self.meetings[self.state.meeting].participants)

    def resolve_role(
        self, words: list[str], at: int, exclude: frozenset[int] = frozenset()
    ) -> list[int] | None:
        """The official a role phrase ("the Italian ambassador") refers to."""
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
        elif noun not in _ROLE_NOUNS and "of" in words:
            # the head of "the head of the ... department" comes before "of"
            head = words[words.index("of") - 1] if words.index("of") > 0 else ""
            if head in _ROLE_NOUNS:
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
            # "his highness" is any highness, excluded or not
            holders = self.by_honorific.get(noun, [])
            left_out = frozenset() if noun == "highness" else exclude.intersection(holders)
            if len(holders) > len(left_out):
                if noun not in self.honorific_pools:
                    self.honorific_pools[noun] = _Pool(holders, self.people)
                return [self.honorific_pools[noun].latest(at, left_out)]
        roles = _ROLE_NOUNS.get(noun)
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
                return [max(in_meeting, key=lambda c: self._last_named(c, at))]
        return [pool.latest(at, skip)]

    def _phrase_key(self, words: list[str], noun: str) -> tuple[str, ...]:
        """What of a role phrase its candidates depend on: the noun, and its words, but
        a word in no official's title or body's name and no place only as alpha or not
        (such a word leaves no official's title holding all the phrase's words)."""
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
                or _place_code_of(places, word) is not None
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
            return True, _Pool(prefer(by_body), self.people)
        country = None
        organization_words = set(words)
        places = self.doc.lex.places
        for w in words:
            code = _place_code_of(places, w)  # ``_place_code``, without a call of its own
            if code is not None:
                country = code
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
        skip = {"the", "of", "a", "his", "her", noun}
        content = {w for w in words if w not in skip and w.isalpha()}
        if content:
            titled = [c for c in candidates if content <= self.title_words[c]]
            if titled:
                candidates = prefer(titled)
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

    def people_in(self, first: int, last: int) -> list[int]:
        """Officials named (or titled) between tokens *first* and *last*."""
        found: list[int] = []
        # the names that start in the stretch, by bisection rather than a look at each token
        for j in self.name_order[
            bisect_left(self.name_order, first) : bisect_right(self.name_order, last)
        ]:
            person = self.name_start[j]
            if person not in found:
                found.append(person)
        return found

    def object_after(self, verb_end: int, stop: int, exclude: list[int]) -> list[int]:
        """Who the noun phrase right after a verb refers to (addressees)."""
        owner = self.owner
        words: list[str] = []
        for j, token_key in enumerate(self.doc.keys[verb_end : min(stop, verb_end + 8)], verb_end):
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
                participants = [p for p in self._participants() if p not in exclude]
                return participants[:1]
            if token_key not in {"the", "his", "her", "their"}:
                words.append(token_key)
            if token_key in _OBJECT_NOUNS:
                found = self.resolve_role(words, j, frozenset(exclude))
                return found or []
        return []

    # ---- the pass -------------------------------------------------------

    def run(self) -> None:
        doc = self.doc
        keys = doc.keys
        for s, (start, stop) in enumerate(
            zip(doc.sentence_starts, doc.sentence_stops, strict=True)
        ):
            indexes = range(start, stop)  # doc.sentence_tokens(s)
            if not indexes or s in doc.asides:
                continue  # (no text, or a link to another story: "READ ALSO: ...")
            sentence_keys = keys[start:stop]
            # most sentences hold no trigger word: a C-level set test rules them out
            # here, without a call
            if not _TRIGGER_KEYS.isdisjoint(sentence_keys):
                self._meetings_in(s, indexes, sentence_keys)
            self._statement_in(s, indexes)
            if not _CLAUSE_LINKS.isdisjoint(sentence_keys):
                self._second_clause(s, indexes)

    # meetings

    def _meetings_in(self, s: int, indexes: range, sentence_keys: tuple[str, ...]) -> None:
        """The meetings sentence *s* opens or reopens (*sentence_keys*: its match keys,
        among which stands a trigger word)."""
        doc = self.doc
        sentence = doc.sentences[s]
        text = sentence.text
        # a meeting noun followed by "with" or "between" (the words after each meeting
        # noun, picked out and tested at C speed; first, whether there is a meeting noun)
        at_cue = not _AT_KEYS.isdisjoint(sentence_keys) and any(
            map(
                _WITH_BETWEEN.__contains__,
                # (the words after the last are none: compress stops with the shorter)
                itertools.compress(sentence_keys[1:], map(_AT_KEYS.__contains__, sentence_keys)),
            )
        )
        # tried only where a trigger can start, found in the lower-cased text
        folded = self.folded[sentence.start : sentence.end]
        starts = list(map(_MATCH_START, _TRIGGER_NO_AT_FIND.finditer(folded)))
        if at_cue:
            starts = sorted({*starts, *_at_starts(text, folded)})
        matches = list(_finditer_from(_TRIGGER if at_cue else _TRIGGER_NO_AT, text, starts))
        if True in self.inside_quote[indexes.start : indexes.stop]:
            # (a sentence with no quoted token has no match inside a quotation)
            matches = [m for m in matches if not self._in_quote_at(s, sentence.start + m.start())]
        # whether the sentence says "on the same day", "later that day" and the like
        same_day: bool | None = None
        for n, match in enumerate(matches):
            kind = match.lastgroup or ""
            # the two tests that pass over a match come first: the noun "meeting" is
            # one match in three, and the tokens of a match passed over are not needed
            if kind == "noun":
                # the noun "meeting" triggers only "after meeting X"
                if (
                    not text[max(0, match.start() - 12) : match.start()]
                    .rstrip()
                    .casefold()
                    .endswith("after")
                ):
                    continue
                kind = "at"
            window = max(0, match.start() - 40)
            # every match of _PLANNED holds one of _PLANNED_WORDS: most windows hold none
            before = folded[window : match.start()]
            if _PLANNED_CUE.search(before) is not None and _PLANNED.search(
                text, window, match.start()
            ):
                continue
            at = self._token_at(sentence.start + match.start(), indexes)
            end = self._token_at(sentence.start + match.end() - 1, indexes) + 1
            stop = (
                self._token_at(sentence.start + matches[n + 1].start(), indexes)
                if n + 1 < len(matches)
                else indexes.stop
            )
            if kind == "attended":
                self._attend(s, at, end, indexes)
                continue
            objects = self._objects(end, stop)
            opening_clause = True
            if kind == "recvby":
                subject, _ = self.subject_before(at, indexes.start)
                if not subject:
                    subject = self.people_in(indexes.start, at)[:1]
                if objects and subject:
                    participants = list(dict.fromkeys(subject + objects))
                    if len(participants) > 1:
                        self._open_meeting(
                            participants,
                            s,
                            objects[0],
                            self._date_of(s),
                            current=False,
                            rule=kind,
                            trigger=match.group(),
                        )
                continue
            if kind in {"at", "between"}:
                # "At the meeting with X, Y stressed ..." : the subject follows;
                # "X said in his meeting with Y": it went before
                k = bisect_left(self.owned, at) - 1
                named_before = (
                    [self.owner[self.owned[k]]] if k >= 0 and self.owned[k] >= indexes.start else []
                )
                opening = at - indexes.start <= 1 or doc.keys[at - 1] == ","
                opening_clause = opening
                subject = (
                    named_before[-1:]
                    if named_before and not opening
                    else self._main_subject(end, indexes)
                )
                if kind == "between":
                    subject = []
                if not subject and self.state.protagonist is not None and kind == "at":
                    subject = [self.state.protagonist]
            else:
                subject, subject_kind = self.subject_before(at, indexes.start)
                if subject_kind == "shared":
                    subject = subject[:1]
                if subject_kind in {"thing", "none", "meeting"}:
                    subject = []
                    if (
                        (kind != "held" or not objects)
                        and self.state.protagonist is not None
                        and objects
                    ):
                        subject = [self.state.protagonist]
            participants = list(dict.fromkeys(subject + objects))
            unnamed = (
                _UNNAMED.search(doc.body[doc.starts[end] : doc.ends[stop - 1]])
                if end < stop
                else None
            )
            if len(participants) < 2 and not (
                participants and unnamed and kind in {"met", "visit", "recv"}
            ):
                if kind == "recv" and participants:
                    self.state.series_host = participants[0]
                    self.state.protagonist = participants[0]
                elif kind in {"held"} and participants and not objects:
                    if re.search(r"meetings", match.group(), re.IGNORECASE):
                        self.state.series_date = self._date_of(s)
                    self.state.protagonist = participants[0]
                continue
            current = self.state.meeting
            welcome = kind == "recv" and match.group().casefold() in _WELCOME_VERBS
            if (
                welcome
                and len(participants) == 1
                and current is not None
                and participants[0] in self.meetings[current].participants
            ):
                continue  # "X welcomed the guests" at the meeting already reported
            if (
                kind == "held"
                and len(subject) == 1
                and len(objects) > 1
                and not {"meetings", "bilateral"}.isdisjoint(match.group().casefold().split())
            ):
                # "held meetings with A and B", "held bilateral talks with A and B": one
                # meeting with each (ANNOTATION.md)
                for other in objects:
                    pair = [subject[0], other] if other != subject[0] else []
                    if pair:
                        host, explicit = self._host(kind, subject, [other], pair, text)
                        self._open_meeting(
                            pair,
                            s,
                            host,
                            self._date_of(s),
                            explicit=explicit,
                            rule="held meetings with each",
                            trigger=match.group(),
                        )
                continue
            if (
                welcome
                and current is not None
                and set(self.meetings[current].participants) < set(participants)
            ):
                # "At the outset, X welcomed the Minister and Ms. Y": the welcome opens
                # the meeting being reported, which Y joins; X received them, so hosts
                self._join(current, participants)
                meeting = self.meetings[current]
                if subject and not meeting.explicit_host:
                    meeting.host, meeting.explicit_host = subject[0], True
                continue
            host, explicit = self._host(kind, subject, objects, participants, text)
            if (
                len(participants) == 1
                and kind in {"met", "recv"}
                and self.people[participants[0]].country == doc.home
            ):
                # a home official receiving an unnamed delegation hosts it
                host, explicit = participants[0], False
            date = (
                None
                if kind == "at" and match.group().casefold().startswith("after")
                else self._date_of(s)
            )
            if date is None and kind != "at":
                date = self.state.series_date
            if date is None and self.meetings:
                if same_day is None:  # asked once per sentence: a long one is read once
                    # (rarely there: the regex only then)
                    same_day = any(cue in folded for cue in _SAME_DAY_CUES) and bool(
                        _SAME_DAY.search(text)
                    )
                if same_day:
                    date = self.meetings[-1].date
            in_passing = (
                kind == "at" and not opening_clause and self._speech_before(indexes.start, at)
            )
            self._open_meeting(
                participants,
                s,
                host,
                date,
                explicit=explicit,
                current=not in_passing,
                rule=kind,
                trigger=match.group(),
            )
            if self.state.protagonist is None:
                self.state.protagonist = participants[0]

    def _objects(self, first: int, stop: int) -> list[int]:
        doc = self.doc
        found: list[int] = []
        # only a name's first token, a role noun or a word that can end the objects
        # does anything: those are picked out (keys at C speed, names by bisection)
        # and the tokens between them passed over
        cues = itertools.compress(
            range(first, stop), map(_OBJECT_CUES.__contains__, doc.keys[first:stop])
        )
        names = self.name_order[
            bisect_left(self.name_order, first) : bisect_left(self.name_order, stop)
        ]
        for j in sorted({*cues, *names}):
            token_key = doc.keys[j]
            if (
                token_key in {"to", "where", "which", ";"} and j + 1 < stop and doc.keys[j] != "to"
            ) or (
                token_key == "to"
                and j + 1 < stop
                and doc.words[j + 1].islower()
                and doc.keys[j + 1] not in {"the"}
            ):
                break
            person = self.name_start.get(j)
            if person is not None and person not in found:
                found.append(person)
            elif (
                j not in self.owner
                and token_key in _ROLE_OR_GUEST_NOUNS
                and (
                    doc.keys[j - 1] in {"the", "his", "her", "their"}
                    or doc.keys[j - 1] in doc.lex.places.first_words()
                )
            ):
                role = self.resolve_role([doc.keys[j - 1], token_key], j, frozenset(found))
                described = j + 1 < stop and doc.keys[j + 1] == "of"
                if (
                    role
                    and role[0] not in found
                    and not self._named_soon(j, stop)
                    and not described
                ):
                    found.extend(role)
            elif token_key in _PLURAL_ROLE_NOUNS and doc.keys[j - 1] in {"the", "their", "his"}:
                found.extend(p for p in self._holders_of(j, stop) if p not in found)
        return found

    def _holders_of(self, noun: int, stop: int) -> list[int]:
        """The officials a plural role phrase names by their countries: "the Ministers of
        Culture of the UAE, Bahrain and Israel" (each listed country's holder of the office)."""
        doc = self.doc
        roles = _ROLE_NOUNS[doc.keys[noun][:-1]]
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

    def _speech_before(self, first: int, stop: int) -> bool:
        """Whether a reporting verb stands between tokens *first* and *stop* (of one sentence)."""
        s = self.doc.sentence_of(first)
        if s not in self.first_verb:
            doc = self.doc
            verb_starts = self.verb_starts
            indexes = doc.sentence_tokens(s)
            cues = self.verb_cues  # every token where a verb can start is among them
            self.first_verb[s] = next(
                (
                    j
                    for j in cues[
                        bisect_left(cues, indexes.start) : bisect_left(cues, indexes.stop)
                    ]
                    if doc.keys[j] in verb_starts
                    and doc.words[j][:1].islower()
                    and doc.lex.verbs.match(doc.keys, j) is not None
                ),
                None,
            )
        verb = self.first_verb[s]
        return verb is not None and first <= verb < stop

    def _named_soon(self, j: int, stop: int) -> bool:
        k = bisect_right(self.name_order, j)
        return k < len(self.name_order) and self.name_order[k] < min(stop, j + 12)

    def _main_subject(self, first: int, indexes: range) -> list[int]:
        """The subject of the main clause after an opening "At the meeting with X," phrase."""
        doc = self.doc
        j = self._subject_word(first, indexes.stop)
        if j >= indexes.stop:
            return []
        if j in self.owner:
            return [self.owner[j]]
        token_key = doc.keys[j]
        if token_key in {"he", "she"}:
            return self._pronoun(token_key)
        if token_key in {"sides", "parties", "ministers"}:
            return []
        if token_key in _ROLE_NOUNS:
            found = self.resolve_role([doc.keys[j - 1], token_key], j)
            return found or []
        return []  # a lower-case word: the clause names no one

    def _subject_word(self, first: int, stop: int) -> int:
        """After the comma that closes the phrase at *first*: the first word that names
        the main clause's subject or shows it names none (*stop* if there is none).

        Kept per comma, as is the comma itself: any number of phrases can close at one
        comma ("at the meeting with ... at the meeting with ..."), and to look again
        from each of them would take time quadratic in the sentence.
        """
        comma = self._next_comma(first, stop)
        if (comma, stop) not in self.subject_words:
            doc = self.doc
            j = comma + 1
            while j < stop and not (
                j in self.owner
                or doc.keys[j] in {"he", "she", "sides", "parties", "ministers"}
                or doc.keys[j] in _ROLE_NOUNS
                or (
                    doc.words[j].islower()
                    and doc.keys[j] not in {"the", "his", "her"}
                    and doc.keys[j] not in doc.lex.places
                )
            ):
                j += 1
            self.subject_words[comma, stop] = j
        return self.subject_words[comma, stop]

    def _next_comma(self, first: int, stop: int) -> int:
        """The first comma from token *first* on, before *stop* (else *first* or *stop*)."""
        if first >= stop:
            return first
        last_first, last_stop, last_comma = self.last_comma
        if last_stop == stop and last_first <= first <= last_comma:
            return last_comma  # none between: the comma found before is the first
        comma = _index(self.doc.keys, ",", first, stop)
        self.last_comma = (first, stop, comma)
        return comma

    def _attend(self, s: int, at: int, end: int, indexes: range) -> None:
        if self.state.meeting is None:
            return
        doc = self.doc
        text = doc.text(at, end - 1).casefold()
        # the attendees are named near the verb: after "attended by", or around it
        if "by" in text or "presence" in text:
            region = range(end, min(indexes.stop, end + 80))
        else:
            region = range(max(indexes.start, at - 80), min(indexes.stop, end + 80))
        rest_start = doc.starts[min(end, indexes.stop - 1)]
        rest = doc.body[rest_start : rest_start + 80].casefold()  # (not a copy of the rest)
        every = bool(re.search(r"\b(?:the|both|all|the two) (?:meetings|talks)\b", rest))
        attendees = self.people_in(region.start, region.stop - 1)
        if "by" not in text:
            # "The mayor of Cusco, X, also attended": X is now who the text is about
            subject, kind = self.subject_before(at, indexes.start)
            if kind == "name" and len(subject) == 1:
                self.state.note_subject(subject[0])
        # "also attended the meetings": the meetings reported just before (a bounded
        # look back keeps long texts linear)
        recent = list(range(max(0, len(self.meetings) - 8), len(self.meetings)))
        for index in recent if every else [self.state.meeting]:
            self._join(index, attendees)

    def _join(self, index: int, people: list[int]) -> None:
        """Add *people* to the participants of meeting *index*."""
        target = self.meetings[index]
        before = frozenset(target.participants)
        target.participants.extend(p for p in people if p not in before)
        if len(target.participants) != len(before):
            if self.meeting_index.get(before) == index:
                del self.meeting_index[before]
            self.meeting_index.setdefault(frozenset(target.participants), index)

    def _host(
        self, kind: str, subject: list[int], objects: list[int], participants: list[int], text: str
    ) -> tuple[int | None, bool]:
        """Who hosted, and whether the sentence itself says so (a reception, a visit, a place)."""
        people = self.people
        if kind == "recv" and subject:
            return subject[0], True
        if kind == "visit" and objects:
            return objects[0], True
        on_sidelines, places = self._sentence_places(text)
        if on_sidelines or (self.sidelines and kind not in {"recv"}):
            return None, True
        # a visit to the country of one of them: said in this sentence, or once in the article
        explicit = True
        if not places and len(self.visited) == 1:
            places, explicit = set(self.visited), False
        countries = {people[p].country for p in participants}
        visited = [
            p for p in participants if people[p].country in places and people[p].role not in ENVOYS
        ]
        if visited and len(countries) > 1:
            return visited[0], explicit
        # a home official meeting an envoy accredited to their country
        for envoy in participants:
            posted = people[envoy].posted_to
            if people[envoy].role in ENVOYS and posted is not None:
                for other in participants:
                    if (
                        other != envoy
                        and people[other].role not in ENVOYS
                        and people[other].country == posted
                    ):
                        return other, False
        # an envoy calling on an international organisation's head
        envoys = [p for p in participants if people[p].role in ENVOYS]
        heads = [p for p in participants if people[p].organization and people[p].role in _HEADS]
        if envoys and heads and len(participants) == 2:
            return heads[0], False
        if self.state.series_host in participants:
            return self.state.series_host, False
        # the one official of the dateline's country meeting foreigners there
        # ("SEOUL, Oct 7 -- ... met ... Choi Young-hwan, chairman of ...")
        home = self.doc.dateline_country()
        if home is not None and len(countries) > 1:
            local = [p for p in participants if people[p].country == home]
            if len(local) == 1 and people[local[0]].role not in ENVOYS:
                return local[0], False
        return None, False

    def _sentence_places(self, text: str) -> tuple[bool, set[str]]:
        """Whether sentence *text* speaks of "the sidelines" of an event, and the countries
        it says a visit is to (else those it says "in"), for ``_host``.

        Kept per sentence: each meeting a sentence opens asks, and to read a long
        sentence again for each would take time quadratic in it.
        """
        found = self.places_said.get(text)
        if found is None:
            on_sidelines = self.may_sideline and _SIDELINES.search(text) is not None
            places = {
                code
                for m in _finditer_from(_VISIT, text, _starts(text, _VISIT_STARTS))
                if (code := self._place_code(m.group("place")))
            }
            if not places:
                places = {
                    code
                    for m in _IN_PLACE.finditer(text)
                    if (code := self._place_code(m.group("place")))
                }
            found = self.places_said[text] = (on_sidelines, places)
        return found

    def _open_meeting(
        self,
        participants: list[int],
        s: int,
        host: int | None,
        date: dt.date | None,
        *,
        current: bool = True,
        explicit: bool = False,
        rule: str = "",
        trigger: str = "",
    ) -> None:
        """Open a meeting (or reopen the one with the same people) as the one being reported."""
        index = self.meeting_index.get(frozenset(participants))
        if index is not None:
            meeting = self.meetings[index]
            if current:
                self.state.meeting = index
            if meeting.date is None:
                meeting.date = date
            if explicit and not meeting.explicit_host:
                meeting.host, meeting.explicit_host = host, True
            elif meeting.host is None:
                meeting.host = host
            return
        self.meeting_index[frozenset(participants)] = len(self.meetings)
        self.meetings.append(
            MeetingDraft(
                participants=participants,
                sentence=s,
                host=host,
                date=date,
                explicit_host=explicit,
                location=self._location_of(s),
                rule=rule,
                trigger=trigger,
            )
        )
        if current or self.state.meeting is None:
            self.state.meeting = len(self.meetings) - 1

    def _location_of(self, s: int) -> str | None:
        """Where sentence *s* says its meeting took place, as the text words it.

        A known place or a body's premises after "in" or "at" ("in Lisbon", "at the
        Ministry of Culture"); else, in the story's first paragraph, the dateline's
        place ("BAKU, May 3 -- ..."). ``None`` when the text does not say.
        """
        doc = self.doc
        for match in _WHERE.finditer(doc.sentences[s].text):
            place = match.group("place")
            words = place.split()
            if self._place_code(place) is not None or "orgword" in {
                doc.lex.words.get(key(words[0])),
                doc.lex.words.get(key(words[-1])),
            }:
                return place
        if doc.dateline_country() is not None and not self._paragraph_before(s):
            length = doc.places[0][0]
            return doc.text(0, length - 1)
        return None

    def _paragraph_before(self, s: int) -> bool:
        """Whether a paragraph break stands before sentence *s*."""
        return self.first_break <= self.doc.sentences[s].start

    def _date_of(self, s: int) -> dt.date | None:
        """The date sentence *s* gives (kept: a sentence can open several meetings)."""
        if s not in self.dates:
            self.dates[s] = date_in(self.doc.sentences[s].text, self.doc.published)
        return self.dates[s]

    def _token_at(self, offset: int, indexes: range) -> int:
        """The first token of *indexes* that ends after *offset* (by bisection)."""
        j = bisect_right(self.doc.ends, offset, indexes.start, indexes.stop)
        return min(j, indexes.stop - 1)

    def _in_quote_at(self, s: int, offset: int) -> bool:
        """Whether the character at *offset* of sentence *s* stands inside a quotation."""
        indexes = self.doc.sentence_tokens(s)
        j = bisect_right(self.doc.ends, offset, indexes.start, indexes.stop)
        return j < indexes.stop and self.inside_quote[j]

    # statements

    def _second_clause(self, s: int, indexes: range) -> None:
        """A second report joined to the sentence's first by "while", "whereas" or ", and".

        "The minister said ..., while the Commissioner noted that ...": a clause
        with a subject of its own, named or a role phrase, right before its own
        reporting verb, is read as a sentence of its own.
        """
        first = self.verb_of.get(s)
        if first is None:
            return
        keys = self.doc.keys
        for j in range(first[0] + first[1], indexes.stop - 1):
            if keys[j] not in _CLAUSE_LINKS or (keys[j] == "and" and keys[j - 1] != ","):
                continue  # no link, or "A and B", not a clause
            if not (keys[j + 1] == "the" or self.doc.words[j + 1][:1].isupper()):
                return  # no named subject or role phrase opens the clause
            clause = range(j + 1, indexes.stop)
            verb = self._find_reporting_verb(clause)
            if verb is None:
                return
            _, kind = self.subject_before(verb[0], clause.start)
            if kind in {"name", "role"}:
                self._statement_in(s, clause, verb, "second clause")
            return

    def _statement_in(
        self,
        s: int,
        indexes: range,
        verb: tuple[int, int, Act] | None = None,
        rule: str = "reporting verb",
    ) -> None:
        """The statement of sentence *s*, or of its clause *indexes* with its *verb*
        (*rule* names the rule that chose the clause, for ``culturedipl explain``)."""
        doc = self.doc
        if verb is None:
            verb = self._reporting_verb(s, indexes)
        k = bisect_left(self.quoted_words, indexes.start)
        quoted = k < len(self.quoted_words) and self.quoted_words[k] < indexes.stop
        if verb is None:
            if quoted and self._mostly_quoted(indexes):
                speakers = (
                    self._quote_speaker_ahead(s)
                    or self.state.quote_speaker
                    or self.state.last_speakers
                )
                if speakers:
                    self._add(s, list(speakers), Act.SAY, rule="quotation")
            elif self._opens_paragraph(s) and any(
                map(str.islower, doc.words[indexes.start : indexes.stop])
            ):
                # reported speech that lost its quotation marks: the paragraph ends
                # "..., Giansanti said", so what comes before it is his too (a
                # dateline, "BAKU, Azerbaijan, June 20.", has no lower-case word)
                speakers = self._quote_speaker_ahead(s, trailing=True)
                if speakers:
                    self._add(s, list(speakers), Act.SAY, rule="reported speech")
            return
        at, length, act = verb
        verb_keys = doc.keys[at : at + length]
        be = self._be_before(at, indexes.start)
        passive = ("was" in verb_keys or "were" in verb_keys or be is not None) and (
            # "X was quoted as saying", "X was certain that": X speaks
            _NOT_PASSIVE.isdisjoint(verb_keys)
        )
        # the subject stands before the light verb of a purpose ("seized the opportunity
        # to thank"), before the auxiliary of a passive ("The ambassador was invited")
        head = self._purpose_head(at, indexes.start)
        if head is not None:
            rule = "light verb with a purpose"
        else:
            head = be  # ("has been": subject_before passes over "has" as over an adverb)
        subject, kind = self.subject_before(at if head is None else head, indexes.start)
        if doc.keys[at] == "according":
            subject, kind = self._according_to(at + 2, indexes)
            if not subject:
                # "According to the ministry's press centre, X said ...": the source
                # relays; the report after it is X's (ANNOTATION.md, a relayed report)
                comma = _index(doc.keys, ",", at + 2, indexes.stop)
                clause = range(comma + 1, indexes.stop)
                relayed = self._find_reporting_verb(clause) if len(clause) > 1 else None
                if relayed is not None:
                    self._statement_in(s, clause, relayed, "relayed by 'according to'")
                return
        verb_end = at + length
        listeners: list[int] = []
        if passive and verb_end < indexes.stop and doc.keys[verb_end] == "by":
            # "The protocol was signed by A and B", "X was informed by Y": the agents
            # after "by" spoke; a named subject before the verb listened
            agents = self._agents_after(verb_end + 1, indexes.stop)
            if not agents:
                return  # an agent the text names but who is no official we know
            if kind in {"name", "role", "pronoun"}:
                listeners = [p for p in subject if p not in agents]
            subject, kind, passive = agents, "name", False
            rule = "passive with its agents"
            if act is Act.AGREE and self.state.meeting is not None and len(agents) == 1:
                # "The protocol was signed by X": the signatory was at the signing
                # being reported (ANNOTATION.md, signing ceremonies)
                self._join(self.state.meeting, agents)
        # (most verbs report no other's act: "said that ..." is looked at only there)
        inner = (
            self._inner_report(verb_end, indexes, act)
            if act in _REPORT_ACTS and verb_end < indexes.stop and doc.keys[verb_end] == "that"
            else None
        )
        if inner is not None:
            # "The ministry informed that Virtanen expressed satisfaction ...",
            # "Lekhi said that both ministers agreed ...": the inner report counts
            at, length, act, subject, kind = inner
            verb_keys = doc.keys[at : at + length]
            passive = False
            rule = "report inside a report"
        if kind in {"thing", "none"}:
            auxiliary = at if be is None else be
            if (
                passive
                and auxiliary > indexes.start
                and doc.keys[auxiliary - 1] in {"that", "which"}
            ):
                return  # "the frameworks that were agreed upon": a relative clause
            if passive or (act is Act.DISCUSS and kind == "none"):
                subject = self._participants()
                kind = "meeting"
                rule = "speakerless passive" if passive else "discussion without a subject"
            elif (
                quoted
                and kind == "thing"
                and (report := self._quoted_report(indexes, at)) is not None
            ):
                # '"The parties confirmed ...," the ministry said': the ministry quotes
                # a report of the officials; that report counts
                self._statement_in(s, range(indexes.start, at), report, "quoted report")
                return
            elif self._after_quote(at, indexes):
                # '"...," said Berg.' names the speaker after the verb; '"...," he
                # added.' is whoever spoke last
                subject = (
                    self._inverted_subject(at + length, indexes)
                    or self.state.quote_speaker
                    or self.state.last_speakers
                )
                rule = "attribution after a quotation"
            else:
                return
        elif kind == "meeting":
            covered = act in _REPORT_ACTS and self._meeting_noun_before(at, indexes)
            if not passive and act is Act.SAY and covered:
                # "The meeting addressed ...": a meeting does not speak; what it covered
                # was discussed ("touched upon" stays inform, ANNOTATION.md)
                act = Act.DISCUSS
            rule = "what the meeting covered" if covered else "the meeting's participants"
            if not passive and act not in _MEETING_ACTS and not covered:
                return
        elif kind == "shared":
            kind = "name"
        if not subject:
            return
        if passive and verb_keys[0] in {"information", "discussions", "an", "a"}:
            # "information was provided", "discussions were held": no grammatical subject
            subject, kind = self._participants(), "meeting"
        if passive and kind in {"name", "role", "pronoun"}:
            # "The ambassador was informed about ..." : the other side spoke; the
            # listener is still the last person the text talked about
            if len(subject) == 1:
                self.state.note_subject(subject[0])
            others = [p for p in self._participants() if p not in subject]
            if not others:
                return
            addressees = subject
            subject = others
            rule = "passive with the listener as subject"
        else:
            addressees = listeners or self.object_after(at + length, indexes.stop, subject)
        discussed_with = False
        if (
            (act is Act.DISCUSS or (act is Act.AGREE and "signed" in verb_keys))
            and len(subject) == 1
            and kind != "meeting"
        ):
            # "discussed ... with Y": both spoke, and they met; "signed ... with Y": the
            # signatories met, and the signing is their agree (ANNOTATION.md)
            partner = self._with_partner(at + length, indexes)
            if partner is not None and partner not in subject:
                subject = [*subject, partner]
                discussed_with = True
                rule = f"{verb_keys[-1]} with"
        if act in _JOINT_ACTS and kind in {"name", "role"} and len(subject) > 1:
            known = self.state.meeting is not None and set(subject) <= set(self._participants())
            # "A and B have exchanged views" opens the article's first meeting;
            # "X discussed ... with Y" is a meeting wherever it stands
            if (
                not known
                and (discussed_with or self.state.meeting is None)
                and not any(set(subject) <= set(m.participants) for m in self.meetings)
            ):
                host, explicit = self._host("joint", [], [], subject, doc.sentences[s].text)
                self._open_meeting(
                    list(subject),
                    s,
                    host,
                    self._date_of(s),
                    explicit=explicit,
                    rule="joint report",
                    trigger=doc.text(at, at + length - 1),
                )
        if act is Act.EXPRESS and not _THANK_NOUNS.isdisjoint(
            doc.keys[at + length : min(at + length + 3, indexes.stop)]
        ):
            act = Act.THANK  # "expressed deep gratitude", "conveyed sincere thanks"
        elif act is Act.INFORM and verb_keys[0] in {"talked", "spoke"} and len(subject) > 1:
            act = Act.DISCUSS  # "the two talked about ...": a plural subject discusses
        content = (
            doc.body[doc.starts[min(at + length, indexes.stop - 1)] : doc.sentences[s].end].strip()
            or None
        )
        verb_text = doc.text(at, at + length - 1)
        if not (act is Act.EXPRESS and self._welcomes_a_person(verb_keys, at + length, indexes)):
            self._add(
                s, subject, act, verb=verb_text, content=content, addressees=addressees, rule=rule
            )
        elif (following := self._coordinated_verb(at + length, indexes)) is not None:
            # "X welcomed Y and emphasised ...": the statement takes the next verb's act
            # (ANNOTATION.md, "Greeting a person")
            self._add(
                s,
                subject,
                following[2],
                verb=doc.text(following[0], following[0] + following[1] - 1),
                content=content,
                rule="a greeting, then a reporting verb",
            )
        if kind in {"name", "role"} and len(subject) == 1:
            # the subject's own pronouns: before the verb ("X, who is paying her first
            # visit, recalled"), or "her/his own", "her/his country" right after it
            after = doc.keys[at + length : at + length + 2]
            own = len(after) == 2 and after[0] in {"her", "his"} and after[1] in {"own", "country"}
            self._note_gender(subject[0], range(indexes.start, at + length + (1 if own else 0)))
        if kind in {"name", "role", "pronoun"} and not passive:
            if len(subject) == 1:
                self.state.last_single = subject[0]
                self.state.note_subject(subject[0])
            self.state.last_subject = subject
        if quoted:
            self.state.quote_speaker = subject

    def _meeting_noun_before(self, verb: int, indexes: range) -> bool:
        """Whether the subject right before *verb* is a meeting noun ("the talks"), not "it"."""
        keys = self.doc.keys
        j = verb - 1
        while j > indexes.start and (keys[j] in _ADVERBS or _is_ly_adverb(self.doc.words[j])):
            j -= 1
        return keys[j] in _MEETING_NOUNS and keys[j] not in {"it", "sides"}

    def _be_before(self, verb: int, floor: int) -> int | None:
        """The "was", "were", "been", "be", "is" or "are" that makes *verb* a passive
        participle, adverbs allowed between ("was also commended"), else ``None``."""
        keys = self.doc.keys
        j = verb - 1
        while j > floor and (
            (keys[j] in _ADVERBS and keys[j] not in {"has", "have", "had"})
            or _is_ly_adverb(self.doc.words[j])
        ):
            j -= 1
        if floor <= j < verb and keys[j] in {"was", "were", "been", "be", "is", "are"}:
            return j
        return None

    def _coordinated_verb(self, after: int, indexes: range) -> tuple[int, int, Act] | None:
        """The reporting verb joined by "and" to the verb that ends at *after*
        ("welcomed the guest and noted ..."), else ``None``."""
        keys = self.doc.keys
        found = self._find_reporting_verb(range(after, indexes.stop))
        if found is None:
            return None
        j = found[0] - 1
        while j > after and (keys[j] in _ADVERBS or _is_ly_adverb(self.doc.words[j])):
            j -= 1
        return found if keys[j] == "and" else None

    def _purpose_head(self, verb: int, floor: int) -> int | None:
        """The light verb whose purpose infinitive *verb* is, else ``None``.

        "He seized the opportunity of this meeting to express thanks": the act is
        that of "express", the subject that of "seized" (ANNOTATION.md).
        """
        keys = self.doc.keys
        if verb - 1 <= floor or keys[verb - 1] != "to":
            return None
        for k in range(verb - 2, max(floor, verb - 12) - 1, -1):
            if keys[k] in _OPPORTUNITY_NOUNS:
                for m in range(k - 1, max(floor, k - 4) - 1, -1):
                    if keys[m] in _LIGHT_VERBS:
                        return m
                return None
            if keys[k] in {".", ";", ":"}:
                return None
        return None

    def _agents_after(self, first: int, stop: int) -> list[int]:
        """The officials named as agents from token *first* (right after a passive's "by")."""
        doc = self.doc
        found: list[int] = []
        for j in range(first, stop):
            person = self.owner.get(j)
            if person is not None:
                if person not in found:
                    found.append(person)
            elif not (doc.keys[j] in _AGENT_JOINERS or doc.words[j][:1].isupper()):
                break
        return found

    def _welcomes_a_person(self, verb_keys: Sequence[str], after: int, indexes: range) -> bool:
        """Whether "welcomed" takes a named person: "X welcomed H.E. Mr. Y, Minister of ...".

        Welcoming a person is the meeting, not a statement (ANNOTATION.md: welcomed
        an idea is ``express``); "welcomed Minister Y's visit" welcomes the visit.
        Only capitalised words (titles, honorifics) and stops may come before the name.
        """
        if verb_keys[-1] not in _WELCOME_VERBS:
            return False
        doc = self.doc
        for j in range(after, min(after + 8, indexes.stop)):
            person = self.owner.get(j)
            if person is not None:
                last = j  # the name's last token, which a possessive ends
                while last + 1 < indexes.stop and self.owner.get(last + 1) == person:
                    last += 1
                return not doc.words[last].endswith(("'s", "’s"))
            word = doc.words[j]
            if doc.keys[j] in _ROLE_OR_GUEST_NOUNS:
                # "welcomed the minister" is a person ("the minister's visit" is not)
                return not word.endswith(("'s", "’s"))
            if not (word[:1].isupper() or word in {".", "the"}):
                return False
        return False

    def _according_to(self, first: int, indexes: range) -> tuple[list[int], str]:
        """Who "according to X," names: a name, a role phrase or a pronoun."""
        doc = self.doc
        words: list[str] = []
        for j in range(first, min(first + 12, indexes.stop)):
            if j in self.owner:
                return [self.owner[j]], "name"
            token_key = doc.keys[j]
            if token_key in {",", ";", ":"}:
                break
            if token_key in {"him", "her"}:
                return self._pronoun("she" if token_key == "her" else "he"), "pronoun"
            words.append(token_key)
        found = self.resolve_role(words, first) if words else None
        return (found, "role") if found else ([], "thing")

    def _meeting_of(self, speakers: list[int]) -> int | None:
        """The meeting being reported, or the latest one these speakers all took part in."""
        current = self.state.meeting
        wanted = set(speakers)
        # (``issubset`` takes the participants' list as it is)
        if current is None or wanted.issubset(self.meetings[current].participants):
            return current
        for index in range(len(self.meetings) - 1, max(-1, len(self.meetings) - 33), -1):
            if wanted.issubset(self.meetings[index].participants):
                return index
        return current

    def _quote_speaker_ahead(self, s: int, *, trailing: bool = False) -> list[int]:
        """The speaker named later in the same paragraph: ``"...," the ambassador said.``

        With *trailing*, only an attribution after a comma counts ("..., X said").
        """
        doc = self.doc
        # a quotation rarely runs past a few sentences: a bounded look keeps it linear
        for t in range(s + 1, min(len(doc.sentences), s + 8)):
            between = doc.body[doc.sentences[t - 1].end : doc.sentences[t].start]
            if "\n" in between or "\r" in between:
                return []
            indexes = doc.sentence_tokens(t)
            verb = self._reporting_verb(t, indexes)
            if verb is not None:
                if trailing and (
                    verb[2] is not Act.SAY or not self._after_comma_clause(verb[0], indexes)
                ):
                    return []
                subject, kind = self.subject_before(verb[0], indexes.start)
                if kind in {"thing", "none"} and self._after_quote(verb[0], indexes):
                    return self._inverted_subject(verb[0] + verb[1], indexes)
                return subject if kind in {"name", "role", "pronoun"} else []
        return []

    def _quoted_report(self, indexes: range, stop: int) -> tuple[int, int, Act] | None:
        """The first reporting verb inside the quotation before token *stop* whose
        subject is an official, a role phrase or a group: ``(token, length, act)``."""
        doc = self.doc
        for j in range(indexes.start, stop):
            if not self.inside_quote[j] or doc.keys[j] not in self.verb_starts:
                continue
            found = doc.lex.verbs.match(doc.keys, j)
            if found is None or doc.words[j][:1].isupper():
                continue
            _, kind = self.subject_before(j, indexes.start)
            if kind in {"name", "role", "group"}:
                return j, found[0], found[1]
            return None
        return None

    def _inverted_subject(self, after: int, indexes: range) -> list[int]:
        """The speaker named right after a reporting verb that follows a quotation:
        '"...," said Berg.', '"...," underlined the ambassador, adding ...'."""
        doc = self.doc
        stop = min(indexes.stop, after + 8)
        end = after
        while end < stop and doc.keys[end] not in {",", ".", ";", ":", "that", "on", "in"}:
            end += 1
        return self.object_after(after, end, []) if end > after else []

    def _inner_report(
        self, after: int, indexes: range, act: Act
    ) -> tuple[int, int, Act, list[int], str] | None:
        """ "X said that Y agreed ...": Y's act, when Y are officials (ANNOTATION.md)."""
        doc = self.doc
        if act not in _REPORT_ACTS or after >= indexes.stop or doc.keys[after] != "that":
            return None
        for j in range(after + 1, min(indexes.stop, after + 14)):
            found = doc.lex.verbs.match(doc.keys, j)
            if found is None or doc.words[j][:1].isupper():
                continue
            if doc.keys[j - 1] in _MODALS:
                return None
            subject, kind = self.subject_before(j, after + 1)
            if kind in {"name", "role", "group"} and subject:
                return j, found[0], found[1], subject, kind
            return None
        return None

    def _opens_paragraph(self, s: int) -> bool:
        doc = self.doc
        if s == 0:
            return True
        between = doc.body[doc.sentences[s - 1].end : doc.sentences[s].start]
        return "\n" in between or "\r" in between

    def _after_comma_clause(self, verb: int, indexes: range) -> bool:
        """Whether the subject before *verb* follows a comma: "..., Giansanti said"."""
        doc = self.doc
        j = verb - 1
        while j > indexes.start and (j in self.owner or doc.keys[j] in {"the", "he", "she"}):
            j -= 1
        return j > indexes.start and doc.keys[j] in {",", '"', "”"} and j < verb - 1

    def _speakerless(self, at: int, indexes: range) -> bool:
        doc = self.doc
        words = " ".join(doc.keys[indexes.start : at])
        return (
            bool(re.search(r"\b(?:meeting|talks|discussion|it)\b", words))
            and self.state.meeting is not None
        )

    def _after_quote(self, at: int, indexes: range) -> bool:
        doc = self.doc
        return at - 2 >= indexes.start and doc.words[at - 1] in {",", '"', "”"}

    def _mostly_quoted(self, indexes: range) -> bool:
        # the words counted at C speed (True counts 1)
        words = sum(map(str.isalpha, self.doc.words[indexes.start : indexes.stop]))
        if not words:
            return False
        # the quoted words are listed in order: those of the sentence by bisection
        quoted = self.quoted_words
        inside = bisect_left(quoted, indexes.stop) - bisect_left(quoted, indexes.start)
        return inside * 2 >= words

    def _with_partner(self, first: int, indexes: range) -> int | None:
        doc = self.doc
        for j in range(first, indexes.stop):
            if doc.keys[j] == "with":
                for k in range(j + 1, min(j + 16, indexes.stop)):
                    if k in self.owner:
                        return self.owner[k]
                    if doc.keys[k] == "." or (
                        # "with Ambassador of Pakistan to Damascus, Shahid Akhtar": a
                        # comma between a title and its name goes on to the name
                        doc.keys[k] == "," and k + 1 not in self.name_start
                    ):
                        break
                return None
        return None

    def _reporting_verb(self, s: int, indexes: range) -> tuple[int, int, Act] | None:
        """The sentence's main reporting verb: ``(token, length, act)``."""
        # asked again for the sentences after a quotation: the answer depends on the
        # sentence alone, so it is kept
        if s not in self.verb_of:
            self.verb_of[s] = self._find_reporting_verb(indexes)
        return self.verb_of[s]

    def _find_reporting_verb(self, indexes: range) -> tuple[int, int, Act] | None:
        doc = self.doc
        keys = doc.keys
        start, stop = indexes.start, indexes.stop
        # only a verb's first word or "according" can stop the walk below: a sentence
        # with none of them (one in seven) has no verb, whatever its first word
        cues = self.verb_cues
        low, high = bisect_left(cues, start), bisect_left(cues, stop)
        if low == high:
            return None
        # a participle phrase in front ("Speaking about ..., the ambassador said")
        first_word = (
            keys[start] if keys[start] not in {'"', "“"} else keys[min(start + 1, stop - 1)]
        )
        verb_starts = self.verb_starts
        skip_to = start
        if first_word.endswith("ing") and first_word not in _ING_PREPOSITIONS:
            comma = _index(keys, ",", start, stop)
            if comma < stop:
                skip_to = comma + 1
                low = bisect_left(cues, skip_to, low, high)
        j = skip_to
        # the tokens between the cues are passed over (the walk went on from them by one)
        for candidate in cues[low:high]:
            if candidate < j:
                continue  # within the verb phrase last passed over
            j = candidate
            if keys[j] == "according" and j + 1 < stop and keys[j + 1] == "to":
                return j, 2, Act.SAY
            if self.inside_quote[j]:
                continue
            found = doc.lex.verbs.match(keys, j) if keys[j] in verb_starts else None
            if found is None or (j > start and doc.words[j][:1].isupper()):
                continue
            length, act = found
            previous = keys[j - 1] if j > start else ""
            following = keys[j + length] if j + length < stop else ""
            if (previous in _MODALS and self._purpose_head(j, start) is None) or (
                previous in {"be", "being"} and keys[j] not in {"was", "were"}
            ):
                j += length
                continue
            if (
                following == "by"
                and not (previous in {"was", "were", "been"} or keys[j] in {"was", "were"})
            ) or following in _AUXILIARIES:
                # "... was discussed by" is a passive; "member states was underlined":
                # a word before an auxiliary is its subject's noun, not a verb
                j += length
                continue
            if keys[j] == "presented" and (
                previous in {"was", "were"}
                or "with" in keys[j + 1 : min(j + 6, stop)]
                or any(keys[k] in _GIFTS for k in range(j, min(j + 10, stop)))
            ):
                return None
            if previous in _DETERMINERS:
                # "the recognised festival", "an updated plan": an adjective or a noun
                j += length
                continue
            if keys[j] in {"say", "discuss", "agree"} and previous not in {
                "they",
                "we",
                "sides",
                "parties",
                "i",
                "ministers",
                "both",
            }:
                j += length
                continue
            # a verb right after a name run that started lower in the sentence is fine
            return j, length, act
        return None

    def _add(
        self,
        s: int,
        speakers: list[int],
        act: Act,
        *,
        verb: str = "",
        content: str | None = None,
        addressees: list[int] | None = None,
        rule: str = "reporting verb",
    ) -> None:
        """Record a statement of sentence *s*, once per sentence and speaker set."""
        speakers = list(dict.fromkeys(speakers))
        addressees = (
            [a for a in dict.fromkeys(addressees) if a not in speakers] if addressees else []
        )
        said = (s, frozenset(speakers))
        if said in self.said:
            return
        self.said.add(said)
        self.statements.append(
            StatementDraft(
                speakers, act, verb, s, content, addressees, self._meeting_of(speakers), rule
            )
        )
        self.state.last_speakers = speakers


def read_events(
    doc: Document, people: list[Person]
) -> tuple[list[MeetingDraft], list[StatementDraft]]:
    """The meetings and statements of *doc*, in text order."""
    reader = _Reader(doc, people)
    reader.run()
    return reader.meetings, reader.statements
