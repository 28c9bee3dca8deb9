"""The discourse: what the pass over the sentences knows so far, and the one door for drafts.

``Discourse`` holds, for one document, the mentions and the coreference of the
stages before it, the drafts proposed so far and the discourse ``State`` (the
meeting being reported, the protagonist, the last subjects). The rules
(``_meeting_rules``, ``_statement_rules``) read it and propose their drafts
through ``open_meeting``, ``join`` and ``add``, which merge a draft into one
already made for the same people and make it the meeting being reported.

Besides the state it keeps what the rules ask of a sentence more than once (its
date, its reporting verb, ...), each worked out on first use.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from culturedipl._coref import Coref
from culturedipl._dates import date_in
from culturedipl._document import Document, fold
from culturedipl._drafts import MeetingDraft, State, StatementDraft
from culturedipl._match import key
from culturedipl._mentions import Mentions
from culturedipl._officials import OfficialDraft
from culturedipl._roles import RolePhrases, place_code_of
from culturedipl.lexicon import word_list
from culturedipl.model import Act

__all__ = [
    "SIDELINES",
    "VISIT",
    "VISIT_STARTS",
    "Discourse",
    "finditer_from",
    "fold",
    "offsets_of",
    "search_starts",
]

# "on the sidelines of", "on the margins of": the longest form first in the pattern
_SIDELINES_NOUNS = sorted(word_list("sidelines_nouns"), key=lambda w: (-len(w), w))
# (not "on the sidelines of the visit" nor "of the ... Joint Commission": a bilateral
# visit or body, whose visited official hosts; ANNOTATION.md, "Host, finer points")
SIDELINES = re.compile(
    rf"\bon the (?:{'|'.join(map(re.escape, _SIDELINES_NOUNS))})\b"
    r"(?! of (?:the|his|her|this) (?:[\w\-’']+ ){0,2}?(?:visit|trip)\b)"
    r"(?! of the (?:[\w\-’']+ ){0,6}?(?:Joint|Intergovernmental) (?:Commission|Committee)\b)",
    re.IGNORECASE,
)
# one of them is in every match, lower-case: the forms no other form holds
_SIDELINES_WORDS = tuple(
    w for w in _SIDELINES_NOUNS if not any(o != w and o in w for o in _SIDELINES_NOUNS)
)


def search_starts(words: Iterable[str]) -> tuple[str, ...]:
    """The *words* no other of them starts with: a ``str.find`` of these finds every
    form ("visit" finds "visited" and "visits"), in order."""
    listed = sorted(words)
    return tuple(w for w in listed if not any(w != v and w.startswith(v) for v in listed))


# the words that report a visit, each form, longest first
_VISIT_WORDS = sorted(word_list("visit_words"), key=lambda w: (-len(w), w))
# ("visit of the Estonian President": an "of" names who travelled, but "tour of Norway"
# the place toured)
VISIT = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _VISIT_WORDS))})\s+(?:to|in|(?<=tour )of)?\s*(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?)"
)
# "a visit to the country": the country the story happens in. Each "to the country"
# is found by ``str.find`` in the lower-cased body, and a visit word looked for in the
# few characters before it (not a regex scan of the whole body)
_TO_COUNTRY = tuple(f" to the {noun}" for noun in sorted(word_list("country_nouns")))
_VISIT_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _VISIT_WORDS))})$")
VISIT_STARTS = search_starts(_VISIT_WORDS)
# A place a sentence names with "in" or "at": capitalised words, joined by "of",
# "for", "and" or "the" ("in Lisbon", "at the Ministry of Culture and Tourism").
# "(?<!\win)" after "in" is a "\b" before it: written so, each branch opens with a
# literal, and re scans for their first letters at C speed instead of trying a
# match at every character of the sentence
_WHERE = re.compile(
    r"(?:in(?<!\win)|at(?<!\wat))\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'\-]*){0,6})"
)


def token_positions(doc: Document, word: str) -> list[int]:
    """The tokens that are *word* (lower case), in order: its offsets in the folded body
    (by ``str.find``, so an article without it costs one search), placed among the tokens."""
    found: list[int] = []
    folded, starts, keys = doc.folded, doc.starts, doc.keys
    at = folded.find(word)
    while at >= 0:
        token = bisect_left(starts, at)
        if token < len(keys) and starts[token] == at and keys[token] == word:
            found.append(token)
        at = folded.find(word, at + 1)
    return found


def offsets_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset where one of *words* occurs in *text*, in order (by ``str.find``)."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()
    return found


def finditer_from(
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


class Discourse:
    """The state of the pass over one document's sentences, and the drafts it proposed."""

    def __init__(self, doc: Document, people: list[OfficialDraft], home: str | None = None) -> None:
        self.doc = doc
        self.people = people
        #: the country the story happens in (``_people.home_country``)
        self.home = home
        self.mentions = mentions = Mentions(doc, people)
        # the mentions, read by every rule
        self.owner = mentions.owner
        self.name_start = mentions.name_start
        self.name_order = mentions.name_order
        self.owned = mentions.owned
        self.inside_quote = mentions.inside_quote
        self.quoted_words = mentions.quoted_words
        self.verb_starts = mentions.verb_starts
        self.verb_cues = mentions.verb_cues
        # the state, and the drafts so far
        self.state = State()
        self.meetings = self.state.meetings
        self.statements: list[StatementDraft] = []
        self.roles = RolePhrases(doc, people, self.state)
        self.coref = Coref(mentions, self.roles, self.state)
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
        #: the sentences that open "This is (was) ...", "That is (was) ..." (worked out
        #: on first use, see ``_statement_rules._said_after``)
        self.points_back: frozenset[int] | None = None
        # per sentence text: what it says of a host's country (cached, see
        # ``_meeting_rules.sentence_places``)
        self.places_said: dict[str, tuple[bool, set[str]]] = {}
        # per sentence text: the premises it names, whether it says "at his office" and
        # "a delegation led by" (cached, see ``_meeting_rules.premises_said``)
        self.premises_said: dict[str, tuple[re.Match[str] | None, bool, bool]] = {}
        # worked out on first use (see the properties below)
        self._may_sideline: bool | None = None
        self._sidelines: bool | None = None
        self._visited: set[str] | None = None
        # where two asides open that statement rules start from, ", adding" ("..., X
        # said, adding ...") and "while V-ing" ("X while stating ..., expressed ..."):
        # a sentence asks a list (most often empty), not its tokens
        keys = doc.keys
        self.addings = [k for k in token_positions(doc, "adding") if keys[k - 1] == ","]
        self.whiles = [
            w
            for w in token_positions(doc, "while")
            if w + 1 < len(keys) and keys[w + 1].endswith("ing")
        ]

    # what only a sentence with a meeting trigger asks for: worked out on first use

    @property
    def folded(self) -> str:
        """The body lower-cased (``fold``): a word absent from it is absent from every sentence."""
        return self.doc.folded

    @property
    def may_sideline(self) -> bool:
        """Whether the body may speak of "the sidelines" of an event (a word test)."""
        if self._may_sideline is None:
            self._may_sideline = any(word in self.folded for word in _SIDELINES_WORDS)
        return self._may_sideline

    @property
    def sidelines(self) -> bool:
        """Whether the body speaks of meetings "on the sidelines" of an event."""
        if self._sidelines is None:
            self._sidelines = self.may_sideline and bool(SIDELINES.search(self.doc.body))
        return self._sidelines

    @property
    def visited(self) -> set[str]:
        """The countries the body says someone visited ("visit to Italy")."""
        if self._visited is None:
            self._visited = self._visited_countries()
        return self._visited

    def _visited_countries(self) -> set[str]:
        doc = self.doc
        found: set[str] = set()
        for match in finditer_from(VISIT, doc.body, offsets_of(doc.body, VISIT_STARTS)):
            code = self.place_code(match.group("place"))
            if code is not None:
                found.add(code)
        if self.home is not None and self._visit_to_the_country():
            found.add(self.home)
        return found

    def _visit_to_the_country(self) -> bool:
        """Whether the body speaks of "a visit to the country" (or "the kingdom")."""
        folded = self.folded
        for at in offsets_of(folded, _TO_COUNTRY):
            # (a bounded look before each: the longest visit word is short)
            if _VISIT_BEFORE.search(folded, max(0, at - 12), at) is not None:
                return True
        return False

    def place_code(self, text: str) -> str | None:
        return place_code_of(self.doc.lex.places, text)

    def open_meeting(
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
        if index is None:
            index = self._headline_meeting(participants, s)
        elif (
            # "X met his Russian counterpart ... X took part in the BRICS Culture
            # Ministers Meeting": two encounters, each of X alone (the others unnamed)
            rule == "took part in a meeting"
            and len(participants) == 1
            and self.meetings[index].rule != rule
        ):
            index = None
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
        if date is None and not self.meetings:
            date = self._lead_date(s)
        self.meeting_index[frozenset(participants)] = len(self.meetings)
        self.meetings.append(
            MeetingDraft(
                participants=participants,
                sentence=s,
                host=host,
                date=date,
                explicit_host=explicit,
                location=self.location_of(s),
                rule=rule,
                trigger=trigger,
            )
        )
        if current or self.state.meeting is None:
            self.state.meeting = len(self.meetings) - 1

    def _headline_meeting(self, participants: list[int], s: int) -> int | None:
        """The opening sentence's meeting of one official with a counterpart it names by
        office only ("Cuban Ambassador met the Minister of Culture."), which the next
        sentence reports with the counterpart named: the same meeting, completed."""
        if s != 1 or len(self.meetings) != 1:
            return None
        first = self.meetings[0]
        if first.sentence != 0 or len(first.participants) != 1:
            return None
        if first.participants[0] not in participants:
            return None
        self.join(0, participants)
        return 0

    def join(self, index: int, people: list[int]) -> None:
        """Add *people* to the participants of meeting *index*."""
        target = self.meetings[index]
        before = frozenset(target.participants)
        target.participants.extend(p for p in people if p not in before)
        if len(target.participants) != len(before):
            if self.meeting_index.get(before) == index:
                del self.meeting_index[before]
            self.meeting_index.setdefault(frozenset(target.participants), index)

    def add(
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
        current = self.state.meeting
        if (
            # "Croatia was represented by X. ... Bulgaria's minister Y announced ...": in
            # the report of a body's meeting, opened by who represented or headed its
            # sides, an official reported speaking there took part in it
            current is not None
            and self.meetings[current].rule == "attended a meeting held"
            and not set(speakers).issubset(self.meetings[current].participants)
        ):
            self.join(current, speakers)
        self.statements.append(
            StatementDraft(
                speakers, act, verb, s, content, addressees, self.meeting_of(speakers), rule
            )
        )
        self.state.last_speakers = speakers

    def meeting_of(self, speakers: list[int]) -> int | None:
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

    def date_of(self, s: int) -> dt.date | None:
        """The date sentence *s* gives (kept: a sentence can open several meetings)."""
        if s not in self.dates:
            self.dates[s] = date_in(self.doc.sentences[s].text, self.doc.published)
        return self.dates[s]

    def _lead_date(self, s: int) -> dt.date | None:
        """The date one of the two sentences before *s* gives, for the story's first
        meeting, reported in *s* with no date of its own: the lead dates the event the
        story goes on to tell ("X on Monday said ... He stated this during a meeting
        with Y"; "The consultations were held on 5 May. ... attended by A and B")."""
        for before in (s - 1, s - 2):
            if before >= 0:
                date = self.date_of(before)
                if date is not None:
                    return date
        return None

    def location_of(self, s: int) -> str | None:
        """Where sentence *s* says its meeting took place, as the text words it.

        A known place or a body's premises after "in" or "at" ("in Lisbon", "at the
        Ministry of Culture"); else, in the story's first paragraph, the dateline's
        place ("BAKU, May 3 -- ..."). ``None`` when the text does not say.
        """
        doc = self.doc
        for match in _WHERE.finditer(doc.sentences[s].text):
            place = match.group("place")
            words = place.split()
            if self.place_code(place) is not None or "orgword" in {
                doc.lex.words.get(key(words[0])),
                doc.lex.words.get(key(words[-1])),
            }:
                return place
        if doc.dateline_country() is not None and not self.mentions.paragraph_before(s):
            length = doc.places[0][0]
            return doc.text(0, length - 1)
        return None
