"""Meeting rules: the meetings a sentence opens or reopens, from its meeting triggers.

A trigger (``data/meeting_triggers.tsv``, compiled by ``_triggers``) is found in
the sentence; by its kind, the rule reads the participants: the subject before
the verb ("X met Y"), the objects after it, the subject of the main clause after
"At the meeting with X,". A planned meeting ("will meet") is passed over. The
host is who received or was visited, or the official of the country the meeting
took place in. Each meeting found is proposed through ``Discourse.open_meeting``;
``attend`` adds those who attended the meeting being reported.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from culturedipl._coref import ADVERBS, MEETING_NOUNS
from culturedipl._dates import WEEKDAYS
from culturedipl._discourse import (
    SIDELINES,
    VISIT,
    VISIT_STARTS,
    Discourse,
    finditer_from,
    offsets_of,
)
from culturedipl._drafts import MeetingDraft
from culturedipl._mentions import index_back, index_of
from culturedipl._officials import BODY_HEADS, ENVOYS
from culturedipl._roles import ROLE_NOUNS, ROLE_OR_GUEST_NOUNS
from culturedipl._triggers import ByFirstLetter, triggers
from culturedipl.lexicon import speech_verbs, word_list

__all__ = [
    "PART_OPENER",
    "TRIGGER_KEYS",
    "WELCOME_VERBS",
    "attend",
    "caption_pair",
    "counterpart_in",
    "host_of",
    "meetings_in",
    "named_at_unnamed",
    "separate_counterparts",
]


def _alternatives(name: str) -> str:
    """The words of list *name* as a regular expression's alternatives, longest first."""
    return "|".join(re.escape(w) for w in sorted(word_list(name), key=lambda w: (-len(w), w)))


# Meeting triggers come from data/meeting_triggers.tsv, compiled by ``_triggers``;
# the "at the meeting with" kind is costly (it can start at any word), so a second
# pattern leaves it out for the sentences that cannot hold it (each tried by the
# letter a match starts with, ``_T.by_letter`` and ``_T.by_letter_no_at``).
_T = triggers()
# Where any start of a ``_T.pattern_no_at`` match stands, one pattern for all:
# "w(?=as|ere|elcome)|b(?=eing|een)|...". Its branches begin with distinct letters,
# which re scans for at C speed, and each match is one letter long, so every
# occurrence is found, overlapping or not. Every trigger begins at a word's start, so the
# leading \b spares the lookaheads inside words (about 0.5% of the reader's instructions).
_TRIGGER_NO_AT_FIND = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(first)
        + "(?="
        + "|".join(re.escape(w[1:]) for w in _T.no_at_starts if w[0] == first)
        + ")"
        for first in dict.fromkeys(w[0] for w in _T.no_at_starts)
    )
    + ")"
)
# The same starts found from the character before each (not a letter, a digit nor
# "_": what the "\b" asks there), so that the pattern opens with a character class,
# which re scans for at C speed, where the leading "\b" has the engine try a match
# at every character (-1% of the reader's instructions); each branch matches one
# letter, the match's last character. For ASCII text, the class spelled out, which
# re tests in a table, not in the character database (``_trigger_starts``).
_TRIGGER_NO_AT_AFTER = re.compile(r"\W" + _TRIGGER_NO_AT_FIND.pattern.removeprefix(r"\b"))
_TRIGGER_NO_AT_AFTER_ASCII = re.compile(
    "[^A-Za-z0-9_]" + _TRIGGER_NO_AT_FIND.pattern.removeprefix(r"\b")
)
_UNNAMED = re.compile(
    # ("met and interacted with senior officials": a second verb shares the object)
    r"^\s*(?:and\s+[a-z]+ed\s+)?(?:with\s+)?(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    rf"(?:{_alternatives('unnamed_party_nouns')})\b"
    # an unnamed counterpart: "met Iranian Minister for Culture", "met his Kazakh counterpart"
    # (not an owner: "welcomed the host minister's proposal" is a thing welcomed)
    r"|(?:(?:the|his|her|their)\s+)?(?:[\w\-’']+\s+){0,3}?"
    rf"(?:{_alternatives('unnamed_official_nouns')})\b(?!\s+(?-i:[A-Z])|[’']s\b))",
    re.IGNORECASE,
)
# A cheap test that a sentence may hold a meeting trigger at all: one of these
# words among its match keys (every match holds one).
TRIGGER_KEYS = _T.keys
_AT_KEYS = _T.at_keys
_WITH_BETWEEN = _T.at_links
# (the word between "to" and the verb is an adverb, "to formally visit", never a
# capitalised place: "Spain's Ambassador to Egypt visited Y" reports a visit)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|to|plans? to|planned to|expected to|scheduled to|going to|"
    r"hopes? to|intends? to)(?:\s+(?-i:[a-z])\w*)?\s*$",
    re.IGNORECASE,
)
# "X led a delegation to pay a courtesy call on Y", "arrived in Z to meet Y", "led a
# delegation from the embassy to call on Y", "travelled to South Korea to attend a
# meeting with Y": a purpose the journey served, no plan (the words before "to"; a
# delegation's origin of up to four capitalised words, "of" or "and" between them; a
# place of up to three)
_PURPOSE = re.compile(
    r"\b(?:delegations?(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'\-]*){0,3})?"
    r"|arrived|came|travell?ed|flew)(?:\s+(?:in|to)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2})?\s+to\s+$"
)
# the one-word reporting verbs ("said", "stressed"): a sentence with none reports no
# one's words
_SPEECH_WORDS = frozenset(verb for verb in speech_verbs() if " " not in verb)
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
# "(?<!\win)" after "in" is a "\b" before it: written so, the pattern starts with a
# literal, which re scans for at C speed instead of trying every character
# ("in Nay Pyi Taw, Myanmar": a city of three words at most, and its country)
_IN_PLACE = re.compile(
    r"in(?<!\win)\s+(?P<place>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){0,2})"
    r"(?:,\s(?P<country>[A-Z][\w’'\-]*))?"
)
_MATCH_START = re.Match.start  # a match's start, for ``map``
WELCOME_VERBS = word_list("welcome_verbs")
# plural role nouns that name several officials by their countries ("the ministers of
# culture of A, B and C")
_PLURALROLE_NOUNS = word_list("plural_office_nouns")
# visitors named by the plural of their office ("eight ambassadors paid a call on Y")
_VISITOR_PLURALS = _PLURALROLE_NOUNS | word_list("visitor_plurals")
# the words that end the object of a verb as a role phrase (one set test per word)
# and those ``_objects`` acts on
_OBJECT_CUES = ROLE_OR_GUEST_NOUNS | {"to", "where", "which", ";", "ministers", "ambassadors"}
# an event that is a meeting of its host ("hosted the ministers' meeting", "the
# summit hosted by X")
_HOSTED_EVENTS = word_list("hosted_events")
# the triggers whose host the text says received or was visited: a later greeting
# at the meeting does not move it
_RECEPTIONS = frozenset({"recv", "recvby", "visit"})
# the words that make "visits" a noun ("the recent visits of A to Z"), not a verb
_VISIT_NOUN_OPENERS = word_list("visit_noun_openers")
# gifts: "received a souvenir (an award)" receives no one
_GIFTS = word_list("gift_nouns")
# "X took part in a meeting": X met whoever else took part, named or not
_TOOK_PART = tuple(sorted(word_list("taking_part_verbs")))
# "when they met", "where they met": the words before "they" that open a clause whose
# "they" are the officials named before it in the sentence, looked for so far back
_THEY_OPENERS = frozenset({"when", "where"})
_THEY_REACH = 60
# how many tokens before a meeting verb ", accompanied by" is looked for
_COMPANIONS_REACH = 60
# "X chaired the meeting": so too, when X is at no meeting reported yet
_CHAIRED = tuple(sorted(word_list("chairing_verbs")))
# an event reported as held: "the culture ministers' meeting was held", "took place"
# (one event: "the two meetings were held on the sidelines" reports those just read)
_HELD = re.compile(
    r"\b(?:meeting|summit|session|videoconference)\b[^.;]{0,150}?\b"
    r"(?:(?:was|were) (?:held|convened)|took place)\b"
)
# "Tashkent hosted the 13th meeting of ...", "X opened the 8th meeting of ...": a
# meeting held, reported by its opening or its host place (a named host is read by
# ``_hosted_event``, a named opener by ``_opened_by``; who else was there, by those
# named speaking next)
_OPENED = re.compile(
    r"\b(?P<opened>hosted|opened|convened) the (?:[\w\-’']+ ){0,2}?(?:meeting|summit|session)\b"
)
# "at the headquarters of UNESCO", "at the premises of the Ministry of Culture": whose
# premises the meeting was held at
_PREMISES = re.compile(
    r"\bat\s+(?:the\s+|its\s+)?(?:headquarters?|premises)\s+of\s+(?:the\s+)?(?P<owner>[^,.;]{1,80})",
    re.IGNORECASE,
)
# "at his office", "in her office": the premises of the meeting's subject
_OWN_OFFICE = re.compile(r"\b(?:at|in) (?:his|her) office\b")
# a name in apposition after a role phrase: "his counterpart, Mr. X"
# the words of a title between a role noun and its holder's name ("Minister of
# Culture and Sports X"), looked at over so many characters at most
_TITLE_JOINERS = frozenset({"of", "for", "and", "the", "&"})
_TITLE_REACH = 80
_APPOSED_NAME = re.compile(r",\s+(?-i:[A-Z])")
# the words that join a role noun to its post ("the Ambassador to Egypt"), and the
# capitalised words before one that are no country ("The Ambassador")
_POST_LINKS = frozenset({"to", "of", "in", "for"})
_NOT_PLACE_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
# the meeting nouns that head a noun phrase ("the meeting", "the talks")
_MEETING_HEADS = MEETING_NOUNS - {"it", "sides"}
# words that make a meeting in a sentence another one than the meeting being reported
_ANOTHER_MEETING = tuple(sorted(word_list("another_meeting_words")))
# a trigger holding one of these reports one meeting with each official after it
_ONE_EACH = word_list("one_each_words")
# the words that open an "at" trigger naming a meeting already told of ("his meeting
# with Y", "during the talks with Y"), not a new one ("in a meeting with Y")
_BACK_REFERENCES = frozenset({"his", "her", "their", "the"})
# a caption "<A> with <B>.": at most so many tokens, and only these lower-case words
_CAPTION_LENGTH = 30
_CAPTION_SMALL_WORDS = frozenset({"with", "of", "the", "and", "for", "to"})
# "The delegation held talks with Y": a delegation noun as the subject stands for the
# members named before it, after one of the member openers ("a delegation consisting of
# A and B", "led by A")
_DELEGATION_NOUNS = word_list("delegation_nouns")
_MEMBERS = re.compile(
    rf"\b(?:{_alternatives('delegation_nouns')})\b[^.;]{{0,60}}?"
    rf"\b(?:{_alternatives('member_openers')})\b",
    re.IGNORECASE,
)
# "X met with a Vietnamese delegation led by Y": the delegation travelled, X received it
_LED_DELEGATION = re.compile(
    r"\b(?:with|received|welcomed|hosted)\s+(?:a|an|the)\s+(?:[\w\-’']+\s+){0,3}?"
    rf"(?:{_alternatives('delegation_nouns')}),?\s+(?:led|headed)\s+by\b",
    re.IGNORECASE,
)
# the lower-case words a list of members with their titles holds
_LIST_JOINERS = frozenset({"and", "of", "the", "for", "to", ",", "(", ")"})
# "Photo: A, B and C, when ...": the words that join a caption's list to its meeting
_CAPTION_LINKS = word_list("caption_links")
#: The first word of "For his part, Y ...", which ``counterpart_in`` reads.
PART_OPENER = "for"
_PART_PRONOUNS = frozenset({"his", "her", "their"})
# "during his meeting Monday, with Y": the words that open the phrase, and the words
# of time that may stand between the noun and "with", looked at over so many tokens
_POSSESSIVE_OPENERS = frozenset({"during", "at", "in", "after"})
_ADJUNCT_WORDS = word_list("time_words") | frozenset(WEEKDAYS)
_ADJUNCT_REACH = 16
_POSSESSIVE_CUES = frozenset({"his ", "her ", "His ", "Her "})


def _at_starts(text: str, folded: str) -> list[int]:
    """Every offset of *text* where the "at" trigger branch can start.

    Its words before the meeting noun ("during", "the", "minister's", one more)
    each end in one space and hold none, so a match starts on a word after the
    fifth space before the noun. Each stretch is looked at for at most five nouns
    after it, which keeps this linear.
    """
    found: list[int] = []
    for anchor in offsets_of(folded, _AT_ANCHORS):
        low = anchor
        for _ in range(5):
            low = folded.rfind(" ", 0, low)
            if low < 0:
                break
        found.extend(map(_MATCH_START, _WORD_START.finditer(text, low + 1, anchor + 1)))
    return found


def _trigger_starts(folded: str) -> list[int]:
    """The starts of ``_TRIGGER_NO_AT_FIND``'s matches in *folded*, in order: one at
    its first character, then those after a character that is no word's."""
    after = _TRIGGER_NO_AT_AFTER_ASCII if folded.isascii() else _TRIGGER_NO_AT_AFTER
    starts = [0] if _TRIGGER_NO_AT_FIND.match(folded) is not None else []
    starts += [match.end() - 1 for match in after.finditer(folded)]
    return starts


def _matches_from(patterns: ByFirstLetter, text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``finditer_from`` finds with the whole pattern of *patterns*, each start
    tried with the pattern of the rows that can start with its letter."""
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end:
            pattern = patterns.at(text, at)
            match = pattern.match(text, at) if pattern is not None else None
            if match is not None:
                end = match.end()
                found.append(match)
    return found


def _trigger_matches(
    r: Discourse, s: int, indexes: range, sentence_keys: tuple[str, ...]
) -> list[re.Match[str]]:
    """The meeting triggers of sentence *s*, in order, none inside a quotation.

    The "at the meeting with" kind is costly (it can start at any word): it is
    tried only when a meeting noun is followed by "with" or "between", and every
    kind only where a trigger can start, found in the lower-cased text.
    """
    sentence = r.doc.sentences[s]
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
    folded = r.folded[sentence.start : sentence.end]
    starts = _trigger_starts(folded)
    if at_cue:
        starts = sorted({*starts, *_at_starts(text, folded)})
    matches = _matches_from(_T.by_letter if at_cue else _T.by_letter_no_at, text, starts)
    if True in r.inside_quote[indexes.start : indexes.stop]:
        # (a sentence with no quoted token has no match inside a quotation)
        matches = [m for m in matches if not r.mentions.in_quote_at(s, sentence.start + m.start())]
    return matches


def meetings_in(r: Discourse, s: int, indexes: range, sentence_keys: tuple[str, ...]) -> None:
    """The meetings sentence *s* opens or reopens (*sentence_keys*: its match keys,
    among which stands a trigger word)."""
    doc = r.doc
    text = doc.sentences[s].text
    matches = _trigger_matches(r, s, indexes, sentence_keys)
    if not matches:
        return
    sentence = doc.sentences[s]
    folded = r.folded[sentence.start : sentence.end]
    # whether the sentence says "on the same day", "later that day" and the like
    same_day: bool | None = None
    held_looked = False  # whether it was read for a meeting reported as held
    future: int | None = None  # where its last " will " stands (see ``_future_at``)
    for n, match in enumerate(matches):
        kind = match.lastgroup or ""
        # the two tests that pass over a match come first: the noun "meeting" is
        # one match in three, and the tokens of a match passed over are not needed
        if kind == "noun" and match.group()[:5].casefold() == "their":
            # "during their talks with Y" is the "at" kind; "A and B agreed ... during
            # their talks": the clause's plural subject met
            if _key_after(r, sentence.start + match.end(), indexes) in _WITH_BETWEEN:
                kind = "at"
            else:
                _their_meeting(r, s, indexes, match)
                continue
        opener = None
        if kind == "noun":
            # "during his meeting Monday, with Y", "during his meeting Y": the "at" kind
            # (a slice's test first: most meeting nouns follow no "his" or "her")
            if text[max(0, match.start() - 4) : match.start()] in _POSSESSIVE_CUES:
                opener = _possessive_meeting(r, sentence.start + match.start(), indexes)
            if opener is not None:
                kind = "at"
        if kind == "noun":
            # the noun "meeting" triggers only "after meeting X"
            if (
                not text[max(0, match.start() - 12) : match.start()]
                .rstrip()
                .casefold()
                .endswith("after")
            ):
                if not r.meetings and not held_looked:
                    # "The ministers' meeting took place": who spoke there is named
                    # next (looked for once a sentence: a long one is read once)
                    held_looked = True
                    held = _HELD.search(folded) or _OPENED.search(folded)
                    if held is not None and not _opened_by(r, s, indexes, held):
                        r.state.unnamed_meeting, r.state.unnamed_kind = s, kind
                continue
            kind = "at"
        if kind == "at" and future is None:  # (asked once per sentence)
            future = _future_at(r, s, sentence_keys)
        if _planned(r, s, kind, match, -1 if future is None else future):
            continue
        at = r.mentions.token_at(sentence.start + match.start(), indexes)
        end = r.mentions.token_at(sentence.start + match.end() - 1, indexes) + 1
        if opener is not None:
            at = opener
        stop = (
            r.mentions.token_at(sentence.start + matches[n + 1].start(), indexes)
            if n + 1 < len(matches)
            else indexes.stop
        )
        if kind == "attended":
            attend(r, s, at, end, indexes)
            continue
        objects = (
            _objects(r, end, stop)
            or _pronoun_object(r, kind, end, stop)
            # "Y paid him a courtesy call": the pronoun inside the trigger
            or (_pronoun_object(r, kind, at + 1, end) if kind == "visit" else [])
        )
        if kind == "recv" and (
            (not objects and not _GIFTS.isdisjoint(doc.keys[end : end + 4]))
            or (end < indexes.stop and doc.keys[end] == "from")
        ):
            # "X received a souvenir from the ministry": a gift taken, no one received;
            # "the warm welcome they received from the townspeople": a thing received
            continue
        if kind == "recv" and end < indexes.stop and doc.keys[end] == "by":
            # "the delegation hosted by Y", "the summit hosted by Y": a participle
            kind = "recvby"
            if objects and _hosted_event(
                r, at - 3, at, host=objects[0], s=s, trigger=match.group()
            ):
                continue
        elif kind == "recv" and not objects and "host" in match.group().casefold():
            # "X hosted the first ministers' meeting": a meeting of X, who hosts
            subject, subject_kind = r.coref.subject_before(at, indexes.start)
            if (
                len(subject) == 1
                and subject_kind in {"name", "role", "pronoun"}
                and _hosted_event(
                    r,
                    end,
                    min(end + 8, indexes.stop),
                    host=subject[0],
                    s=s,
                    trigger=match.group(),
                )
            ):
                continue
        if kind == "recvby":
            _received_by(r, s, at, indexes, objects=objects, trigger=match.group())
            continue
        subject, opening_clause = _subject_of(r, kind, at, end, indexes, objects=objects)
        if (kind == "recv" and match.group().endswith("ing")) or (
            kind == "met" and match.group()[:4].casefold() in {"whil", "when"}
        ):
            # "X said ... while hosting Y", "X made the remarks while meeting with Y":
            # the participle's subject is the speaker's
            subject = _speaker(r, at, indexes)
            if not subject:
                continue
        if kind == "met" and not subject and objects:
            # "X said at a joint press conference on Monday with Y": the speaker met Y
            subject = _speaker(r, at, indexes)
        if kind == "visit" and at > indexes.start and _visits_noun(r, at, match.group()):
            continue
        if kind == "visit" and not objects and len(subject) > 1:
            # "A and B paid a visit to France": fellow travellers do not meet
            continue
        participants = list(dict.fromkeys(subject + objects))
        unnamed = _unnamed_party(r, kind, (subject, objects), (at, end, stop), indexes.start)
        if len(participants) < 2 and not (
            participants
            and unnamed
            and (
                kind in {"met", "visit", "recv", "between", "held"}
                # "In a bilateral meeting with Italy's culture minister, X said": a
                # meeting of X, unless X's meeting being reported is the one meant
                or (
                    kind == "at"
                    and opening_clause
                    and participants[0] not in r.state.participants()
                )
            )
        ):
            _one_side_named(
                r,
                s,
                kind,
                match.group(),
                participants=participants,
                objects=objects,
                unnamed=unnamed,
            )
            continue
        if len(participants) == 1 and _met_by_office(r, participants[0], (end, stop), folded):
            continue
        current = r.state.meeting
        welcome = kind == "recv" and match.group().casefold() in WELCOME_VERBS
        briefed = match.group().casefold() == "briefed"
        if (
            (welcome or briefed)
            and current is not None
            and set(participants).issubset(r.meetings[current].participants)
        ) or (briefed and current is None and sentence_keys[0] == PART_OPENER):
            # "X welcomed the guests", "X welcomed Y's visit", "X briefed Y on ..." at
            # the meeting already reported: the greeting (or briefing) belongs to it
            # (ANNOTATION.md, "Greeting a person"); "For his part, X briefed Y" after a
            # visit is read by ``counterpart_in``
            if welcome and current is not None:
                _welcome_hosts(r, r.meetings[current], subject, objects)
            continue
        if kind == "at" and _named_again(r, participants, match.group(), folded):
            continue
        if _one_each(r, s, kind, match.group(), sides=(subject, objects), text=text):
            continue
        if (
            welcome
            and current is not None
            and subject
            and subject[0] in r.meetings[current].participants
            and "meeting" in folded
            and not any(word in folded for word in _ANOTHER_MEETING)
        ):
            # "At the outset of the meeting, X welcomed the minister and Ms. Y": X
            # welcomes guests to the meeting being reported, which they join
            participants = [p for p in participants if p not in r.meetings[current].participants]
            participants = list(dict.fromkeys(r.meetings[current].participants + participants))
        if (
            welcome
            and current is not None
            and set(r.meetings[current].participants) < set(participants)
        ):
            # "At the outset, X welcomed the Minister and Ms. Y": the welcome opens
            # the meeting being reported, which Y joins; X received them, so hosts
            r.join(current, participants)
            meeting = r.meetings[current]
            if subject and not meeting.explicit_host:
                meeting.host, meeting.explicit_host = subject[0], True
            continue
        host, explicit = host_of(
            r,
            kind,
            subject,
            objects,
            participants,
            text=_outside_agents(r, s, (end, stop), objects) if kind == "between" else text,
        )
        if (
            len(participants) == 1
            and kind in {"met", "recv", "held"}
            and r.home is not None
            and r.people[participants[0]].country == r.home
            # (not "the delegation held talks with the ministry": it travelled; not
            # "X took part in a meeting of ministers")
            and (
                kind != "held"
                or (
                    doc.keys[at - 1] not in _DELEGATION_NOUNS
                    and not match.group().casefold().startswith(_TOOK_PART)
                )
            )
        ):
            # a home official receiving an unnamed delegation hosts it
            host, explicit = participants[0], False
        date = (
            None if kind == "at" and match.group().casefold().startswith("after") else r.date_of(s)
        )
        if date is None and kind != "at":
            date = r.state.series_date
        if date is None and r.meetings:
            if same_day is None:  # asked once per sentence: a long one is read once
                # (rarely there: the regex only then)
                same_day = any(cue in folded for cue in _SAME_DAY_CUES) and bool(
                    _SAME_DAY.search(text)
                )
            if same_day:
                date = r.meetings[-1].date
        if current is not None and _told_again_with_more(
            r, s, participants, folded, host=(host, explicit), reception=kind in {"recv", "visit"}
        ):
            continue
        in_passing = kind == "at" and not opening_clause and _speech_before(r, indexes.start, at)
        r.open_meeting(
            participants,
            s,
            host,
            date,
            explicit=explicit,
            current=not in_passing,
            rule=kind,
            trigger=match.group(),
        )
        listed = _listed_before(r, at, indexes)
        if listed:
            # "Photo: A, B and C, when the ambassador paid a visit to the minister"; the
            # story's report of the visit, naming fewer, is the same meeting
            named = frozenset(participants)  # (before the join extends the list)
            index = r.meeting_index[named]
            r.join(index, listed)
            r.meeting_index[named] = index
        if r.state.protagonist is None:
            r.state.protagonist = participants[0]


def _outside_agents(r: Discourse, s: int, span: tuple[int, int], objects: list[int]) -> str:
    """The text of sentence *s* without the names listed at *span* (from a trigger's end
    to the next one's start) and their titles: "signed by the Minister of Chile A and
    the Director of the Institute in Peru B" says nothing of where they signed."""
    sentence = r.doc.sentences[s]
    end, stop = span
    people = set(objects)
    owned = r.owned[bisect_left(r.owned, end) : bisect_left(r.owned, stop)]
    last = next((j for j in reversed(owned) if r.owner[j] in people), None)
    if last is None:
        return sentence.text
    first = r.doc.starts[end] - sentence.start
    return sentence.text[:first] + sentence.text[r.doc.ends[last] - sentence.start :]


def _opened_by(r: Discourse, s: int, indexes: range, held: re.Match[str]) -> bool:
    """ "X opened the 8th meeting of the ministers of culture": the official who opened
    a meeting, named as the verb's subject, was at it and, at home, hosted it (those
    who attended it join next: "The meeting is attended by A and B"). Whether a
    meeting was opened so."""
    if held.re is not _OPENED or held.group("opened") != "opened":
        return False
    verb = r.mentions.token_at(r.doc.sentences[s].start + held.start(), indexes)
    subject, subject_kind = r.coref.subject_before(verb, indexes.start)
    if len(subject) != 1 or subject_kind not in {"name", "role"}:
        return False
    _, places = sentence_places(r, r.doc.sentences[s].text)
    country = r.people[subject[0]].country
    home = country is not None and (country in places or (not places and country == r.home))
    r.open_meeting(
        subject,
        s,
        subject[0] if home else None,
        r.date_of(s),
        rule="opened a meeting",
        trigger=held.group(),
    )
    return True


def _received_by(
    r: Discourse, s: int, at: int, indexes: range, *, objects: list[int], trigger: str
) -> None:
    """ "Y was received by X", "the delegation hosted by X": a meeting of the subject
    (or the delegation, or the first person before the trigger) with X, who hosts."""
    subject, _ = r.coref.subject_before(at, indexes.start)
    if not subject:
        subject = (
            _delegation_subject(r, at, indexes.start) or r.mentions.people_in(indexes.start, at)[:1]
        )
    if objects and subject:
        participants = list(dict.fromkeys(subject + objects))
        if len(participants) > 1:
            r.open_meeting(
                participants,
                s,
                objects[0],
                r.date_of(s),
                current=False,
                rule="recvby",
                trigger=trigger,
            )


def _welcome_hosts(
    r: Discourse, meeting: MeetingDraft, subject: list[int], objects: list[int]
) -> None:
    """ "At the start of the meeting, X welcomed Y", Y already at the *meeting*: the
    greeting shows that X received Y, so X hosts (ANNOTATION.md: even an online
    meeting has a host when the text shows a reception), above a host read from a
    place; not above a reception or visit the report named, nor on the sidelines."""
    if (
        len(subject) == 1
        and objects
        and subject[0] not in objects
        and meeting.rule not in _RECEPTIONS
        and not r.sidelines
    ):
        meeting.host, meeting.explicit_host = subject[0], True


def _one_side_named(
    r: Discourse,
    s: int,
    kind: str,
    trigger: str,
    *,
    participants: list[int],
    objects: list[int],
    unnamed: bool,
) -> None:
    """A trigger with fewer than two people named and no unnamed party that makes a
    meeting: what it still tells of the meetings around it (*unnamed*: whether an
    unnamed party stands there)."""
    if kind == "recv" and participants:
        r.state.series_host = participants[0]
        r.state.protagonist = participants[0]
    elif (
        kind == "held"
        and participants
        and trigger.casefold().endswith("signing")
        and r.state.meeting is not None
        and "sign" in r.meetings[r.state.meeting].trigger.casefold()
    ):
        # "A and B signed a programme. X, who witnessed the signing, said ...":
        # X was at the signing just reported
        r.join(r.state.meeting, participants)
    elif kind in {"held"} and participants and not objects:
        if re.search(r"meetings", trigger, re.IGNORECASE):
            r.state.series_date = r.date_of(s)
            r.state.series_of = (participants[0], s)
        r.state.protagonist = participants[0]
        _took_part(r, s, participants, trigger)
    elif not participants and not r.meetings and (unnamed or kind == "held"):
        # "The minister met his visiting counterpart", "Diplomats of A and B
        # held talks in Rome": the officials are named after it
        r.state.unnamed_meeting, r.state.unnamed_kind = s, kind
    elif kind == "met" and participants and not objects and r.state.protagonist is None:
        # "X met his German and Cambodian counterparts": the meetings reported
        # next ("In a meeting with Y, the prince ...") are X's
        r.state.protagonist = participants[0]


def _one_each(
    r: Discourse, s: int, kind: str, trigger: str, *, sides: tuple[list[int], list[int]], text: str
) -> bool:
    """ "held meetings with A and B", "held bilateral talks with A and B", "paid courtesy
    calls on A and B": one meeting with each (ANNOTATION.md); of an unnamed subject ("the
    participants paid calls on A and B"), each alone. Whether the trigger was read so."""
    subject, objects = sides
    if not (
        (
            kind in {"held", "visit"}
            and len(subject) <= 1
            and len(objects) > 1
            and not _ONE_EACH.isdisjoint(trigger.casefold().split())
        )
        or (
            # "X held a series of bilateral meetings ... X met with A, B and C": one each
            kind == "met"
            and len(subject) == 1
            and len(objects) > 1
            and r.state.series_of == (subject[0], s - 1)
        )
    ):
        return False
    for other in objects:
        pair = [*subject[:1], other] if other not in subject else []
        if pair:
            host, explicit = host_of(r, kind, subject, [other], pair, text=text)
            r.open_meeting(
                pair,
                s,
                host,
                r.date_of(s),
                explicit=explicit,
                rule="held meetings with each",
                trigger=trigger,
            )
    return True


def _visits_noun(r: Discourse, at: int, trigger: str) -> bool:
    """Whether the trigger "visits" at token *at* is the noun, a trip told of ("the
    recent visits of A and B to India"), not the verb ("X visits Y"): a determiner, a
    possessive, a number or an adjective of visits stands before it."""
    return r.doc.keys[at - 1] in _VISIT_NOUN_OPENERS and trigger.casefold() == "visits"


def _named_again(r: Discourse, participants: list[int], trigger: str, folded: str) -> bool:
    """Whether an "at" trigger names the meeting being reported again: "Speaking of
    his meeting with Y, X said ..." after X's meeting with Y that others attended, by
    those who met (a definite "his/the meeting with", not "in a meeting with"; not
    "another meeting"). Not listed twice (ANNOTATION.md, "Earlier meetings")."""
    current = r.state.meeting
    if current is None:
        return False
    those = r.meetings[current].participants
    return (
        len(participants) < len(those)
        and set(participants) == set(those[: len(participants)])
        and not _BACK_REFERENCES.isdisjoint(trigger.casefold().split()[:2])
        and not any(word in folded for word in _ANOTHER_MEETING)
    )


def _told_again_with_more(
    r: Discourse,
    s: int,
    participants: list[int],
    folded: str,
    *,
    host: tuple[int | None, bool],
    reception: bool,
) -> bool:
    """Whether sentence *s* tells the one meeting the sentence before told again, with
    more of its people ("X signed a protocol with Y. X hosted Y and Z in his office."):
    then they join it, and the *host* the sentence shows (with whether it says so)
    hosts it where none was said, a *reception*'s above a place named before."""
    current = r.state.meeting
    if current is None:
        return False
    meeting = r.meetings[current]
    if not (
        meeting.sentence == s - 1
        and len(meeting.participants) > 1
        # (the one meeting the sentence before told: not one of a series, "held talks
        # with the ministers of A, B and C. He met A, B and C")
        and current == len(r.meetings) - 1
        and (current == 0 or r.meetings[current - 1].sentence != s - 1)
        and set(meeting.participants) < set(participants)
        and not any(word in folded for word in _ANOTHER_MEETING)
    ):
        return False
    r.join(current, participants)
    found, explicit = host
    if explicit and (reception or not meeting.explicit_host):
        meeting.host, meeting.explicit_host = found, True
    elif meeting.host is None:
        meeting.host = found
    return True


def _planned(r: Discourse, s: int, kind: str, match: re.Match[str], future: int) -> bool:
    """Whether trigger *match* (of *kind*) of sentence *s* reports a planned meeting:
    "will meet Y", "is expected to visit Y"; or, for "at the meeting with", a clause
    that speaks of the future with no one reported as saying so ("At Monday's meeting
    with Y, cooperation will be under discussion"): *future* is where the sentence's
    last " will " stands in it, or -1 (see ``_future_at``)."""
    sentence = r.doc.sentences[s]
    text = sentence.text
    folded = r.folded[sentence.start : sentence.end]
    window = max(0, match.start() - 40)
    # every match of _PLANNED holds one of _PLANNED_WORDS: most windows hold none
    before = folded[window : match.start()]
    if (
        _PLANNED_CUE.search(before) is not None
        # "referred to his meeting with Y", "prior to the talks with Y": a "to"
        # right before a meeting noun's phrase is a preposition, no infinitive
        # (but "is going to the talks with Y")
        and not (kind == "at" and before.endswith(" to ") and not before.endswith("going to "))
        and _PLANNED.search(text, window, match.start())
        # (a delegation's origin may stand between it and "to": a wider window)
        and not _PURPOSE.search(text, max(0, match.start() - 80), match.start())
    ):
        return True
    return kind == "at" and future >= match.end()


def _future_at(r: Discourse, s: int, sentence_keys: tuple[str, ...]) -> int:
    """Where the last " will " of sentence *s* stands in it, when the sentence reports
    no one's words (no reporting verb among *sentence_keys*); else -1."""
    sentence = r.doc.sentences[s]
    found = r.folded.rfind(" will ", sentence.start, sentence.end)
    if found < 0 or not _SPEECH_WORDS.isdisjoint(sentence_keys):
        return -1
    return found - sentence.start


def _took_part(r: Discourse, s: int, participants: list[int], trigger: str) -> None:
    """ "X took part in a meeting of the ministers of culture", "X chaired the meeting
    held at the ministry with the heads of mission": a meeting of X, whoever else is
    unnamed (ANNOTATION.md, "Meetings"); a chair already at a meeting reported is
    chairing that one."""
    folded = trigger.casefold()
    if folded.startswith(_TOOK_PART) or (
        folded.startswith(_CHAIRED)
        and not any(participants[0] in m.participants for m in r.meetings)
    ):
        r.open_meeting(
            participants, s, None, r.date_of(s), rule="took part in a meeting", trigger=trigger
        )


def _unnamed_party(
    r: Discourse,
    kind: str,
    people: tuple[list[int], list[int]],
    span: tuple[int, int, int],
    floor: int,
) -> bool:
    """Whether the counterpart of a trigger of *kind* at tokens *span* (its start, its
    end and the next trigger's start), given its *people* (subject, objects), is an
    official the text leaves unnamed: after it ("met his Kazakh counterpart", "held
    discussions with high-ranking officials"), or, with one official named after it,
    as its subject ("Spain's Ambassador to Egypt visited Y"). A meeting with an
    unnamed counterpart keeps the named (ANNOTATION.md, "Meetings")."""
    doc = r.doc
    subject, objects = people
    at, end, stop = span
    if end < stop:
        start = doc.starts[end]
        found = _UNNAMED.search(doc.body[start : doc.ends[stop - 1]])
        if found is not None:
            # (with no subject, "held talks with his counterpart, Mr. X" names X, the
            # one counterpart: no meeting of X alone)
            # (but "In a meeting with Italy's minister, Minister Berg said": the opening
            # phrase of the "at" kind ends at the comma)
            # (nor does "signed by Minister of Culture X": the noun is X's title)
            return (
                bool(subject)
                or kind == "at"
                or not (
                    _APPOSED_NAME.match(doc.body, start + found.end())
                    or _title_of_object(r, start + found.end(), objects, (end, stop))
                )
            )
    return (
        not subject
        and len(objects) == 1
        and (_role_subject(r, at, floor) or (kind == "visit" and _unnamed_visitors(r, at, floor)))
    )


def _met_by_office(r: Discourse, person: int, span: tuple[int, int], folded: str) -> bool:
    """Whether *person*'s encounter with a counterpart named by office only, after the
    trigger at tokens *span* ("He also talked with the Minister of Culture", "He called
    on the state and government heads"), is the meeting being reported: *person* is at
    it with an official of that office (the noun in their title or role), and the
    sentence names no other meeting. Then no meeting of *person* alone is opened."""
    current = r.state.meeting
    if current is None or any(word in folded for word in _ANOTHER_MEETING):
        return False
    others = [p for p in r.meetings[current].participants if p != person]
    if len(others) == len(r.meetings[current].participants):
        return False  # (not at the meeting being reported)
    doc = r.doc
    end, stop = span
    found = _UNNAMED.search(doc.body[doc.starts[end] : doc.ends[stop - 1]]) if end < stop else None
    if found is None:
        return False
    noun = found.group().split()[-1].casefold().removesuffix("s")
    return any(
        noun in (r.people[p].title or "").casefold().split() or noun in r.people[p].role.value
        for p in others
    )


def _title_of_object(r: Discourse, offset: int, objects: list[int], span: tuple[int, int]) -> bool:
    """Whether the words from body *offset* to the first of *objects* named in tokens
    *span* are a title's ("Minister| of Culture X"): capitalised or title joiners."""
    if not objects:
        return False
    doc = r.doc
    end, stop = span
    names = r.name_order[bisect_left(r.name_order, end) : bisect_left(r.name_order, stop)]
    first = next((j for j in names if r.name_start[j] == objects[0]), None)
    if first is None or not 0 <= doc.starts[first] - offset <= _TITLE_REACH:
        return False
    words = doc.body[offset : doc.starts[first]].split()
    # ("a Norwegian delegation and Minister X": "and" names another party)
    return (
        bool(words)
        and words[0] != "and"
        and all(word[:1].isupper() or word in _TITLE_JOINERS for word in words)
    )


def _unnamed_visitors(r: Discourse, at: int, floor: int) -> bool:
    """Whether the clause before a visit's trigger at token *at* speaks of visitors it
    leaves unnamed, a plural of their office and no official named: "Eight ambassadors
    from different countries paid a courtesy call to Y" (a meeting of Y, who hosts)."""
    return not _VISITOR_PLURALS.isdisjoint(r.doc.keys[floor:at]) and not r.mentions.people_in(
        floor, at - 1
    )


def _role_subject(r: Discourse, at: int, floor: int) -> bool:
    """Whether the noun phrase right before token *at* names an office of a place and
    no one: a role noun with its post ("the Ambassador to Egypt", "the Director of the
    Louvre") or its country before it ("Spain's ambassador", "the Chinese envoy"), and
    no official named in the clause before it. ("The governor welcomed Y" is left: a
    bare role noun may mean someone the text names.)"""
    doc = r.doc
    keys = doc.keys
    last = at - 1
    first = last
    # a post after the role noun: "to Egypt", "of the National Museum"
    while first > floor and doc.body[doc.starts[first]].isupper():
        first -= 1
    if keys[first] == "the" and first > floor:
        first -= 1
    if first < last and keys[first] in _POST_LINKS:
        last = first - 1
    elif (
        # else a country before it: "Spain's ambassador", "the Chilean envoy"
        last <= floor
        or keys[last - 1] in _NOT_PLACE_WORDS
        or not (doc.body[doc.starts[last - 1]].isupper() or keys[last - 1] in {"’s", "'s"})
    ):
        return False
    return last >= floor and keys[last] in ROLE_NOUNS and not r.mentions.people_in(floor, at - 1)


def _listed_before(r: Discourse, at: int, indexes: range) -> list[int]:
    """The officials a caption lists before a clause that reports a meeting ("A, B and
    C, when Y paid a visit to X"): two or more, named with their titles only (no
    other lower-case word) from the sentence's start to a caption link before *at*."""
    doc = r.doc
    keys = doc.keys
    j = indexes.start
    while j < at and (
        j in r.owner
        or not doc.words[j][:1].islower()
        or keys[j] in _LIST_JOINERS
        or keys[j] in ROLE_NOUNS
    ):
        j += 1
    if j >= at or keys[j] not in _CAPTION_LINKS:
        return []
    listed = list(dict.fromkeys(r.owner[k] for k in range(indexes.start, j) if k in r.owner))
    return listed if len(listed) > 1 else []


def _possessive_meeting(r: Discourse, offset: int, indexes: range) -> int | None:
    """The token of "during" (or "at", "in", "after") that opens "during his meeting"
    at body *offset* (the noun's), when the counterpart named after it is not
    joined by "with" right after the noun: a time or a place stands between ("during
    his meeting Monday, with Y", "during his meeting at his office with Y"), or no
    "with" at all, the name right after the noun ("During his meeting Minister Y,
    ..."); else ``None``. The meeting is then the "at" kind's, whose objects follow."""
    keys = r.doc.keys
    noun = r.mentions.token_at(offset, indexes)
    if not (
        noun - 2 >= indexes.start
        and keys[noun - 1] in _PART_PRONOUNS
        and keys[noun - 2] in _POSSESSIVE_OPENERS
        and keys[noun] == "meeting"
    ):
        return None
    j = noun + 1
    stop = min(indexes.stop, noun + _ADJUNCT_REACH)
    words = r.doc.words
    if j < stop and words[j][:1].isupper() and keys[j] not in _ADJUNCT_WORDS:
        # ("with" left out: a title and name right after the noun, closed by a comma;
        # "During his meeting Minister X said" names the speaker)
        while (
            j < stop
            and j not in r.owner
            and (words[j][:1].isupper() or keys[j] in _TITLE_JOINERS or keys[j] == ",")
        ):
            j += 1
        if j >= stop or j not in r.owner:
            return None
        person = r.owner[j]
        while j < indexes.stop and r.owner.get(j) == person:
            j += 1
        return noun - 2 if j < indexes.stop and keys[j] == "," else None
    while j < stop and (keys[j] in _ADJUNCT_WORDS or keys[j] == ","):
        j += 1
    if j + 2 < stop and keys[j] == "at" and keys[j + 1] in _OBJECT_DETERMINERS:
        j += 3  # "at his office", "at the ministry"
        while j < stop and (keys[j] in _ADJUNCT_WORDS or keys[j] == ","):
            j += 1
    if j == noun + 1 or j >= stop or keys[j] != "with":
        return None
    j += 1 + (j + 1 < stop and keys[j + 1] == ",")
    named = j < stop and (j in r.owner or keys[j] in _OBJECT_DETERMINERS)
    return noun - 2 if named else None


def _key_after(r: Discourse, offset: int, indexes: range) -> str:
    """The key of the token after body *offset* in the sentence of *indexes* ("" at its end)."""
    j = r.mentions.token_at(offset, indexes)
    return r.doc.keys[j] if j < indexes.stop else ""


def _pronoun_object(r: Discourse, kind: str, end: int, stop: int) -> list[int]:
    """ "Y received her and her delegation", "X called on him": the one a personal
    pronoun right after a receiving, meeting or visiting verb means ("her" only
    before a comma, "and" or the sentence's end, not as a possessive)."""
    if kind not in {"recv", "met", "visit"} or end >= stop:
        return []
    keys = r.doc.keys
    if keys[end] == "with" and end + 1 < stop:  # "met with him"
        end += 1
    word = keys[end]
    if word == "him" or (
        word == "her"
        and (end + 1 >= stop or keys[end + 1] in {",", "and", ".", "a", "an", "excellency"})
    ):
        # ("met with her excellency in Port Moresby": the envoy just named)
        return r.coref.pronoun("she" if word == "her" else "he")
    if word == "his" and end + 1 < stop and keys[end + 1] == "excellency":
        return r.coref.pronoun("he")
    return []


def _speaker(r: Discourse, at: int, indexes: range) -> list[int]:
    """Who speaks by the sentence's reporting verb before token *at* ("X said this
    during a meeting with Y", "She proposed ... while hosting Y"), named, by a role
    phrase or by a pronoun; else no one."""
    if not _speech_before(r, indexes.start, at):
        return []
    verb = r.first_verb[r.doc.sentence_of(at)] or 0
    subject, subject_kind = r.coref.subject_before(verb, indexes.start)
    return subject if subject_kind in {"name", "role", "pronoun"} else []


def _their_meeting(r: Discourse, s: int, indexes: range, match: re.Match[str]) -> None:
    """ "A and B agreed to ... during their talks": the subject of the sentence's
    reporting verb, two officials or more, met (a pronoun's group is the meeting
    already reported)."""
    at = r.mentions.token_at(r.doc.sentences[s].start + match.start(), indexes)
    if not _speech_before(r, indexes.start, at):
        return
    subject, subject_kind = r.coref.subject_before(r.first_verb[s] or 0, indexes.start)
    if subject_kind not in {"name", "role"} or len(subject) < 2:
        return
    host, explicit = host_of(r, "at", [], [], subject, text=r.doc.sentences[s].text)
    r.open_meeting(
        subject,
        s,
        host,
        r.date_of(s),
        explicit=explicit,
        rule="during their talks",
        trigger=match.group(),
    )


def _subject_of(
    r: Discourse, kind: str, at: int, end: int, indexes: range, *, objects: list[int]
) -> tuple[list[int], bool]:
    """The subject of a trigger of *kind* at tokens *at* to *end*, and whether the
    trigger opens its clause ("At the meeting with X, Y stressed": Y is the subject).

    Before the verb for most kinds ("X met Y"); for "at the meeting with" and
    "between", the main clause's subject after the opening phrase, or the official
    named before it ("X said in his meeting with Y"); else the protagonist.
    """
    doc = r.doc
    opening_clause = True
    if kind in {"at", "between"}:
        # "At the meeting with X, Y stressed ..." : the subject follows;
        # "X said in his meeting with Y": it went before
        k = bisect_left(r.owned, at) - 1
        named_before = [r.owner[r.owned[k]]] if k >= 0 and r.owned[k] >= indexes.start else []
        opening = at - indexes.start <= 1 or doc.keys[at - 1] == ","
        opening_clause = opening
        if named_before and not opening:
            subject = named_before[-1:]
        else:
            # "She said this during a meeting with Y": the speaker, named or not
            subject = _speaker(r, at, indexes) if not opening and kind == "at" else []
            subject = subject or _main_subject(r, end, indexes, exclude=objects)
        if kind == "between" or (len(objects) > 1 and doc.keys[end - 1] == "between"):
            # "following the meeting between A and B, ...": those after "between" are
            # all who met, not the subject of the clause around it
            return [], opening_clause
        if not subject and kind == "at":
            # "Issues were discussed at the meeting with Y": no one named before; the
            # protagonist, else the official the story names first, met Y
            first_named = r.owner[r.owned[0]] if r.owned else None
            if r.state.protagonist is not None:
                subject = [r.state.protagonist]
            elif first_named is not None and first_named not in objects:
                subject = [first_named]
    else:
        subject, subject_kind = r.coref.subject_before(at, indexes.start)
        companions = _accompanied_subject(r, at, indexes.start)
        if companions:
            # "X, accompanied by A and B, met Y": X and those with X
            return companions, opening_clause
        if subject_kind == "shared":
            subject = subject[:1]
        if subject_kind == "group" and doc.keys[at - 1] == "they":
            subject = _they_of_the_clause(r, at - 1, indexes.start) or subject
        if subject_kind in {"thing", "none", "meeting"}:
            subject = (
                _apposed_subject(r, at, indexes.start) or _delegation_subject(r, at, indexes.start)
                if subject_kind == "thing"
                else []
            )
            if not subject and at - 1 > indexes.start and doc.keys[at - 1] == "to":
                # "X led a delegation to pay a courtesy call on Y": the purpose's
                # subject is the one official named before it
                named = r.mentions.people_in(indexes.start, at - 1)
                subject = named if len(named) == 1 else []
            if (
                not subject
                and (kind != "held" or not objects)
                and r.state.protagonist is not None
                and objects
            ):
                subject = [r.state.protagonist]
    return subject, opening_clause


def _they_of_the_clause(r: Discourse, they: int, floor: int) -> list[int]:
    """ "A told B ... when they met", "The delegation, joined by A, visited the museum,
    where they met Y": "they" after "when" or "where" (token *they*) are the
    officials the sentence named before it, with the leader of a delegation it
    names (the one the story follows); else no one."""
    keys = r.doc.keys
    if they - 1 <= floor or keys[they - 1] not in _THEY_OPENERS:
        return []
    first = max(floor, they - _THEY_REACH)
    named = r.mentions.people_in(first, they - 2)
    if not _DELEGATION_NOUNS.isdisjoint(keys[first : they - 1]):
        leader = r.state.protagonist
        if leader is None and r.state.history:
            leader = next(reversed(r.state.history))
        if leader is not None and leader not in named:
            named.append(leader)
    return named


def _accompanied_subject(r: Discourse, verb: int, floor: int) -> list[int]:
    """ "X, accompanied by A, B and other officials, held a meeting with Y": X, named
    before ", accompanied by", then the officials named after it, up to token *verb*
    (the subject read right before the verb would be the last companion alone)."""
    keys = r.doc.keys
    # (looked for over a bounded stretch before the verb: a long sentence of many
    # triggers is read in linear time)
    by = index_back(keys, "accompanied", verb, max(floor, verb - _COMPANIONS_REACH))
    if (
        keys[by] != "accompanied"
        or by - 1 <= floor
        or keys[by - 1] != ","
        or keys[by + 1] != "by"
        or not {";", "who", "which"}.isdisjoint(keys[by:verb])
    ):
        return []
    head = r.mentions.people_in(floor, by - 2)
    if not head:
        return []
    return list(dict.fromkeys([head[-1], *r.mentions.people_in(by + 2, verb - 1)]))


def _apposed_subject(r: Discourse, verb: int, floor: int) -> list[int]:
    """The subject named before an apposition that ends right before token *verb*.

    "X, director general at the ministry's cultural bureau, met Y": a role phrase
    set off by commas after a name (the officials stage may take its first words
    into X's mention), with no other name in it, describes X, the subject.
    """
    doc = r.doc
    keys = doc.keys
    owner = r.owner
    if verb - 1 <= floor or keys[verb - 1] != ",":
        return []
    k = verb - 2
    while k > floor and k not in owner:
        if keys[k] in {",", ".", ";", ":", "who", "which"} or k < verb - 16:
            return []
        k -= 1
    if k not in owner:
        return []
    first = k
    while first > floor and first - 1 in owner and owner[first - 1] == owner[k]:
        first -= 1
    phrase = keys[first : verb - 1]
    opened = "," in keys[first : k + 1] or keys[k + 1] == ","
    if opened and not ROLE_NOUNS.keys().isdisjoint(phrase):
        return [owner[k]]
    return []


def _delegation_subject(r: Discourse, verb: int, floor: int) -> list[int]:
    """The members of the delegation named right before token *verb* ("The Swedish
    delegation held talks with Y"), as a phrase before it listed them ("a delegation
    consisting of A and B", "a delegation led by A"): the named officials from that
    phrase on, over their titles, to the first other lower-case word; with no such
    phrase, the one the story follows, whose delegation it is."""
    doc = r.doc
    keys = doc.keys
    k = verb - 1
    while k > floor and keys[k] in ADVERBS:
        k -= 1
    if k < floor or keys[k] not in _DELEGATION_NOUNS:
        return []
    last = None
    for last in _MEMBERS.finditer(doc.body, 0, doc.starts[k]):  # noqa: B007 (the last one)
        pass
    members = _members_from(r, bisect_right(doc.ends, last.end())) if last is not None else []
    # else the delegation of the one the story follows ("The delegation had come for
    # the festival ... the delegation was received by Y"), or of the latest subject
    leader = r.state.protagonist
    if leader is None and r.state.history:
        leader = next(reversed(r.state.history))
    return members or ([leader] if leader is not None else [])


def _members_from(r: Discourse, first: int) -> list[int]:
    """The officials named from token *first* on, over titles and list words, to the
    first other lower-case word or the sentence's end."""
    doc = r.doc
    stop = doc.sentence_tokens(doc.sentence_of(first)).stop
    members: list[int] = []
    for j in range(first, min(stop, first + 80)):
        person = r.owner.get(j)
        if person is not None:
            if person not in members:
                members.append(person)
        elif (
            doc.words[j][:1].islower()
            and doc.keys[j] not in _LIST_JOINERS
            and doc.keys[j] not in ROLE_NOUNS
        ):
            break
    return members


_OBJECT_DETERMINERS = frozenset({"the", "his", "her", "their"})


def _objects(r: Discourse, first: int, stop: int) -> list[int]:
    doc = r.doc
    found: list[int] = []
    # only a name's first token, a role noun or a word that can end the objects
    # does anything: those are picked out (keys at C speed, names by bisection)
    # and the tokens between them passed over
    cues = itertools.compress(
        range(first, stop), map(_OBJECT_CUES.__contains__, doc.keys[first:stop])
    )
    names = r.name_order[bisect_left(r.name_order, first) : bisect_left(r.name_order, stop)]
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
        person = r.name_start.get(j)
        if person is not None and person not in found:
            found.append(person)
        elif (
            j not in r.owner
            and token_key in ROLE_OR_GUEST_NOUNS
            and (phrase := _role_object(r, j, first)) is not None
        ):
            role = r.roles.resolve_role(phrase, j, frozenset(found))
            described = j + 1 < stop and doc.keys[j + 1] == "of"
            if (
                role
                and role[0] not in found
                and not r.mentions.named_soon(j, stop)
                and not described
            ):
                found.extend(role)
        elif token_key in _PLURALROLE_NOUNS and doc.keys[j - 1] in {"the", "their", "his"}:
            found.extend(p for p in r.roles.holders_of(j, stop) if p not in found)
    return found


def _role_object(r: Discourse, noun: int, first: int) -> list[str] | None:
    """The words of the role phrase that ends at *noun* ("the minister", "Italian
    envoy", "the Kenyan foreign minister"), from its determiner or demonym; else
    ``None``."""
    keys = r.doc.keys
    places = r.doc.lex.places.first_words()
    if keys[noun - 1] in _OBJECT_DETERMINERS or keys[noun - 1] in places:
        return [keys[noun - 1], keys[noun]]
    # back over lower-case words and demonyms to the determiner
    for k in range(noun - 1, max(first, noun - 4) - 1, -1):
        if keys[k] in _OBJECT_DETERMINERS:
            return list(keys[k : noun + 1])
        if k in r.owner or not (r.doc.words[k].islower() or keys[k] in places):
            return None
    return None


def _speech_before(r: Discourse, first: int, stop: int) -> bool:
    """Whether a reporting verb stands between tokens *first* and *stop* (of one sentence)."""
    s = r.doc.sentence_of(first)
    if s not in r.first_verb:
        doc = r.doc
        verb_starts = r.verb_starts
        indexes = doc.sentence_tokens(s)
        cues = r.verb_cues  # every token where a verb can start is among them
        r.first_verb[s] = next(
            (
                j
                for j in cues[bisect_left(cues, indexes.start) : bisect_left(cues, indexes.stop)]
                if doc.keys[j] in verb_starts
                and doc.words[j][:1].islower()
                and doc.lex.verbs.match(doc.keys, j) is not None
            ),
            None,
        )
    verb = r.first_verb[s]
    return verb is not None and first <= verb < stop


def _main_subject(
    r: Discourse, first: int, indexes: range, *, exclude: list[int] | None = None
) -> list[int]:
    """The subject of the main clause after an opening "At the meeting with X," phrase
    (a role phrase there means someone else than *exclude*, those met: "In a meeting
    with Minister Y, the prince ...")."""
    doc = r.doc
    j = _subject_word(r, first, indexes.stop)
    if j >= indexes.stop:
        return []
    if j in r.owner:
        # (one of those met, in a phrase the mentions took with the name: no subject)
        return [r.owner[j]] if r.owner[j] not in (exclude or ()) else []
    token_key = doc.keys[j]
    if token_key in {"he", "she"}:
        return r.coref.pronoun(token_key)
    if token_key in {"sides", "parties", "ministers"}:
        return []
    if token_key in ROLE_NOUNS:
        found = r.roles.resolve_role([doc.keys[j - 1], token_key], j, frozenset(exclude or ()))
        return found or []
    return []  # a lower-case word: the clause names no one


def _subject_word(r: Discourse, first: int, stop: int) -> int:
    """After the comma that closes the phrase at *first*: the first word that names
    the main clause's subject or shows it names none (*stop* if there is none).

    Kept per comma, as is the comma itself: any number of phrases can close at one
    comma ("at the meeting with ... at the meeting with ..."), and to look again
    from each of them would take time quadratic in the sentence.
    """
    comma = _next_comma(r, first, stop)
    if (comma, stop) not in r.subject_words:
        doc = r.doc
        j = comma + 1
        while j < stop and not (
            j in r.owner
            or doc.keys[j] in {"he", "she", "sides", "parties", "ministers"}
            or doc.keys[j] in ROLE_NOUNS
            or (
                doc.words[j].islower()
                and doc.keys[j] not in {"the", "his", "her"}
                and doc.keys[j] not in doc.lex.places
            )
        ):
            j += 1
        r.subject_words[comma, stop] = j
    return r.subject_words[comma, stop]


def _next_comma(r: Discourse, first: int, stop: int) -> int:
    """The first comma from token *first* on, before *stop* (else *first* or *stop*)."""
    if first >= stop:
        return first
    last_first, last_stop, last_comma = r.last_comma
    if last_stop == stop and last_first <= first <= last_comma:
        return last_comma  # none between: the comma found before is the first
    comma = index_of(r.doc.keys, ",", first, stop)
    r.last_comma = (first, stop, comma)
    return comma


# the attended triggers that follow a meeting noun ("the meeting, chaired by X")
_BY_MEETING = word_list("by_meeting_triggers")
# the nouns of a meeting those triggers may follow ("a working session with Y,
# attended by Z")
_BY_MEETING_HEADS = _MEETING_HEADS | {"session"}


def attend(r: Discourse, s: int, at: int, end: int, indexes: range) -> None:
    """Those named at an "attended" trigger join the meeting being reported; with
    none, a meeting the text has just said was held ("The ministers' meeting took
    place in Sochi. The secretariat was led by X") is opened for them."""
    doc = r.doc
    if r.state.meeting is None and (r.meetings or not _held_just_before(r, s)):
        return
    text = doc.text(at, end - 1).casefold()
    if text in _BY_MEETING and _BY_MEETING_HEADS.isdisjoint(
        doc.keys[max(indexes.start, at - 16) : at]
    ):
        # "the meeting held here attended by ...", not "the festival held ..."; "the
        # meeting, chaired by X", not "the commission chaired by X"
        return
    if text.endswith("with") and (r.state.meeting is None or r.meetings[-1].sentence != s):
        return  # "along with Z": only beside a meeting this sentence reports
    # the attendees are named near the verb: after "attended by", or around it
    if "by" in text or "presence" in text or text.endswith("with"):
        region = range(end, min(indexes.stop, end + 80))
    else:
        region = range(max(indexes.start, at - 80), min(indexes.stop, end + 80))
    rest_start = doc.starts[min(end, indexes.stop - 1)]
    rest = doc.body[rest_start : rest_start + 80].casefold()  # (not a copy of the rest)
    every = bool(re.search(r"\b(?:the|both|all|the two) (?:meetings|talks)\b", rest))
    attendees = r.mentions.people_in(region.start, region.stop - 1)
    if "by" not in text:
        # "The mayor of Cusco, X, also attended": X is now who the text is about
        subject, kind = r.coref.subject_before(at, indexes.start)
        if kind == "name" and len(subject) == 1:
            r.state.note_subject(subject[0])
    # "also attended the meetings": the meetings reported just before (a bounded
    # look back keeps long texts linear)
    if r.state.meeting is None:
        if attendees:
            # "The meeting, chaired by X": a home official chairing it hosts it
            chair = attendees[0] if text == "chaired by" else None
            home = r.home is not None and chair is not None and r.people[chair].country == r.home
            host = chair if home else None
            r.open_meeting(
                attendees, s, host, r.date_of(s), rule="attended a meeting held", trigger=text
            )
        return
    recent = list(range(max(0, len(r.meetings) - 8), len(r.meetings)))
    for index in recent if every else [r.state.meeting]:
        r.join(index, attendees)


def _held_just_before(r: Discourse, s: int) -> bool:
    """Whether sentence *s* or the two before it report one meeting as held, with no
    one named at it ("The ministers' meeting was held in Sochi")."""
    doc = r.doc
    first = doc.sentences[max(0, s - 2)].start
    return _HELD.search(r.folded, first, doc.sentences[s].end) is not None


def host_of(
    r: Discourse,
    kind: str,
    subject: list[int],
    objects: list[int],
    participants: list[int],
    *,
    text: str,
) -> tuple[int | None, bool]:
    """Who hosted, and whether the sentence itself says so (a reception, a visit, a place)."""
    people = r.people
    if kind == "recv" and subject:
        return subject[0], True
    if kind == "visit" and objects:
        return objects[0], True
    on_sidelines, places = sentence_places(r, text)
    if on_sidelines or (r.sidelines and kind not in {"recv"}):
        return None, True
    premises = _premises_host(r, participants, text)
    if premises is not None:
        return premises, True
    if kind in {"at", "held"} and len(subject) == 1 and premises_said(r, text)[1]:
        # "X, during his meeting at his office with Y", "X held a meeting with Y at her
        # office": the meeting's subject received Y in their own office
        return subject[0], True
    if not places and r.state.unnamed_meeting is not None and not r.meetings:
        # "Diplomats of A and B held talks in Rome. X met Y ...": where the meeting
        # reported just before with no one named took place
        _, places = sentence_places(r, r.doc.sentences[r.state.unnamed_meeting].text)
    # a visit to the country of one of them: said in this sentence, or once in the article
    explicit = True
    if not places and len(r.visited) == 1:
        places, explicit = set(r.visited), False
    countries = {people[p].country for p in participants}
    visited = [
        p for p in participants if people[p].country in places and people[p].role not in ENVOYS
    ]
    if visited and len(countries) > 1:
        return visited[0], explicit
    if kind in {"met", "held"} and subject and objects and premises_said(r, text)[2]:
        # "X held talks with a Vietnamese delegation led by Y": the one the delegation
        # came to meet received it
        return subject[0], False
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
    heads = [p for p in participants if people[p].organization and people[p].role in BODY_HEADS]
    if envoys and heads and len(participants) == 2:
        return heads[0], False
    if r.state.series_host in participants:
        return r.state.series_host, False
    # the one official of the dateline's country meeting foreigners there
    # ("SEOUL, Oct 7 -- ... met ... Choi Young-hwan, chairman of ...")
    home = r.doc.dateline_country()
    if home is not None and len(countries) > 1:
        local = [p for p in participants if people[p].country == home]
        if len(local) == 1 and people[local[0]].role not in ENVOYS:
            return local[0], False
    return None, False


def _premises_host(r: Discourse, participants: list[int], text: str) -> int | None:
    """Whose premises sentence *text* says the meeting was held at: "at the
    headquarters of UNESCO" (the participant of that body), "at the headquarters of
    the Ministry of Culture" (the one home official, meeting foreigners)."""
    match = premises_said(r, text)[0]
    if match is None:
        return None
    owner = match.group("owner").casefold()
    people = r.people
    for p in participants:
        body = people[p].organization
        if body is not None and body.casefold() in owner:
            return p
    if owner.startswith("minist") and len({people[p].country for p in participants}) > 1:
        home = [
            p for p in participants if people[p].country == r.home and people[p].role not in ENVOYS
        ]
        if len(home) == 1:
            return home[0]
    return None


def premises_said(r: Discourse, text: str) -> tuple[re.Match[str] | None, bool, bool]:
    """The premises sentence *text* names ("at the headquarters of X"), whether it
    says "at his (her) office" and whether it names "a delegation led by", for ``host_of``.

    Kept per sentence, as ``sentence_places`` is: a long sentence that opens many
    meetings would otherwise be read again for each, in time quadratic in it.
    """
    found = r.premises_said.get(text)
    if found is None:
        premises = (
            _PREMISES.search(text)
            if "eadquarter" in text or "remises" in text  # (either case of the first letter)
            else None
        )
        own_office = "office" in text and _OWN_OFFICE.search(text) is not None
        led = "elegation" in text and _LED_DELEGATION.search(text) is not None
        found = r.premises_said[text] = (premises, own_office, led)
    return found


def sentence_places(r: Discourse, text: str) -> tuple[bool, set[str]]:
    """Whether sentence *text* speaks of "the sidelines" of an event, and the countries
    it says a visit is to (else those it says "in"), for ``_host``.

    Kept per sentence: each meeting a sentence opens asks, and to read a long
    sentence again for each would take time quadratic in it.
    """
    found = r.places_said.get(text)
    if found is None:
        on_sidelines = r.may_sideline and SIDELINES.search(text) is not None
        places = {
            code
            for m in finditer_from(VISIT, text, offsets_of(text, VISIT_STARTS))
            if (code := r.place_code(m.group("place")))
        }
        if not places:
            places = {
                code
                for m in _IN_PLACE.finditer(text)
                if (code := r.place_code(m.group("place")))
                or (m.group("country") and (code := r.place_code(m.group("country"))))
            }
        found = r.places_said[text] = (on_sidelines, places)
    return found


def caption_pair(r: Discourse, s: int, indexes: range) -> None:
    """A caption with no verb, "<titled A> with <titled B>." ("Prime Minister of X, A
    with Prime Minister B."): a photograph of the two together, so they met; only
    names, titles and their small words stand in it."""
    doc = r.doc
    if len(indexes) > _CAPTION_LENGTH:
        return
    keys, words = doc.keys, doc.words
    with_at = index_of(keys, "with", indexes.start, indexes.stop)
    if with_at >= indexes.stop:
        return
    for j in indexes:
        word = words[j]
        if word[:1].islower() and keys[j] not in _CAPTION_SMALL_WORDS:
            return  # a verb or another common word: a sentence, not a caption
    before = [r.owner[j] for j in range(indexes.start, with_at) if j in r.owner]
    after = [r.owner[j] for j in range(with_at + 1, indexes.stop) if j in r.owner]
    if len(set(before)) == 1 and len(set(after)) == 1 and before[0] != after[0]:
        r.open_meeting([before[0], after[0]], s, None, r.date_of(s), rule="caption", trigger="with")


def counterpart_in(r: Discourse, s: int, indexes: range) -> None:
    """ "For his part, Y briefed the minister ...": the other side of an exchange.

    After a visit ("Visiting the embassy, X said ...", "During her visit to the
    ministry, X ...") that opened no meeting, the official who answers "for his
    part" is whom the visitor met, at the place visited: a meeting of the two,
    which Y hosts. The caller has seen "for" open sentence *s*.
    """
    doc = r.doc
    keys = doc.keys
    first = indexes.start
    if (
        first + 4 >= indexes.stop
        or keys[first + 1] not in _PART_PRONOUNS
        or keys[first + 2] != "part"
        or keys[first + 3] != ","
        or r.state.meeting is not None
        or not r.state.history
    ):
        return
    visitor = next(reversed(r.state.history))
    answer = _main_subject(r, first + 1, indexes)
    if len(answer) != 1 or answer[0] == visitor:
        return
    if r.folded.find("visit", 0, doc.sentences[s].start) < 0:
        return  # no visit was reported before
    r.open_meeting(
        [visitor, answer[0]],
        s,
        answer[0],
        r.date_of(s),
        explicit=True,
        rule="for his part, after a visit",
        trigger=doc.text(first, first + 2),
    )


def _hosted_event(r: Discourse, first: int, stop: int, *, host: int, s: int, trigger: str) -> bool:
    """Whether tokens *first* to *stop* name an event that is a meeting of its host
    ("hosted the first culture ministers' meeting", "the summit hosted by Y"),
    before any comma or name: then it opens that meeting, of *host* and those it is
    held "with" (else alone so far)."""
    keys = r.doc.keys
    for j in range(max(first, r.doc.sentence_starts[s]), stop):
        if keys[j] in {",", ";", "with", "for", "of"} or j in r.name_start:
            return False
        if keys[j] in _HOSTED_EVENTS:
            # "X hosted a bilateral meeting with the delegation led by Y": a meeting
            # of X with those named after "with", whom X receives
            guests = (
                _objects(r, j + 2, r.doc.sentence_stops[s])
                if j + 1 < len(keys) and keys[j + 1] == "with"
                else []
            )
            r.open_meeting(
                list(dict.fromkeys([host, *guests])),
                s,
                host,
                r.date_of(s),
                explicit=True,
                rule="hosted an event",
                trigger=trigger,
            )
            return True
    return False


def named_at_unnamed(r: Discourse, s: int) -> None:
    """The officials who speak in sentence *s*, the first named after a meeting the
    story reported as held with no one named at it ("The ministers' meeting took
    place. ... Minister X proposed ...", "The minister met his visiting counterpart.
    Mr. X said ..."), took part in it: their meeting opens, at that report, unless
    another was opened since or it lies over six sentences back."""
    reported = r.state.unnamed_meeting
    if reported is None:
        return
    statements = r.statements
    if r.meetings or s - reported > 6:
        r.state.unnamed_meeting = None
        return
    if not statements or statements[-1].sentence != s:
        return
    r.state.unnamed_meeting = None
    speakers = statements[-1].speakers
    people = r.people
    # "The minister met his visiting counterpart": a home official received; none
    # hosts "the ministers' meeting took place" or "the delegation held talks"
    received = r.state.unnamed_kind in {"met", "recv"}
    host = (
        speakers[0]
        if received and len(speakers) == 1 and people[speakers[0]].country == r.home
        else None
    )
    r.open_meeting(
        list(speakers),
        reported,
        host,
        r.date_of(reported),
        rule="named after a meeting held",
        trigger=r.doc.sentences[reported].text[:40],
    )
    for statement in reversed(statements):
        if statement.sentence != s:
            break
        statement.meeting = r.state.meeting


def separate_counterparts(meetings: list[MeetingDraft]) -> None:
    """One official's talks with several counterparts, reported in turn after the
    sentence that lists them ("X held talks with A, B and C. ... Later, X met B. X
    also held talks with C."): one meeting per counterpart (ANNOTATION.md). Those
    met again alone with X leave the listing meeting, when at least two are and
    one stays (a single later meeting with one of them may be a part of the same).

    Run once after the pass, on all its *meetings*.
    """
    for n, listing in enumerate(meetings):
        if len(listing.participants) < 3:
            continue
        subject = listing.participants[0]
        others = set(listing.participants[1:])
        apart: set[int] = set()
        for later in meetings[n + 1 :]:
            pair = later.participants
            if len(pair) == 2 and subject in pair and later.sentence > listing.sentence:
                other = pair[1] if pair[0] == subject else pair[0]
                if other in others:
                    apart.add(other)
        if len(apart) > 1 and len(others) > len(apart):
            listing.participants = [p for p in listing.participants if p not in apart]
