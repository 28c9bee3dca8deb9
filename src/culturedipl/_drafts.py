"""The drafts the events stage proposes, and the discourse state it keeps between sentences.

A ``MeetingDraft`` or ``StatementDraft`` is what a rule proposes for a sentence
(``text`` builds the public records from them). ``State`` is what the one pass
over the sentences knows so far: the meeting being reported, the article's
protagonist, the last subjects. Coreference reads it; only the pass
(``_discourse`` and the rules it calls) writes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from culturedipl.model import Act

__all__ = ["MeetingDraft", "State", "StatementDraft"]


@dataclass
class MeetingDraft:
    participants: list[int]
    sentence: int
    host: int | None = None
    date: dt.date | None = None
    location: str | None = None
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


@dataclass
class State:
    #: the meetings proposed so far, in text order (the list the pass fills)
    meetings: list[MeetingDraft] = field(default_factory=list)
    #: the meeting being reported (an index into ``meetings``)
    meeting: int | None = None
    protagonist: int | None = None
    series_host: int | None = None
    series_date: dt.date | None = None
    #: who "held a series of meetings" with no one named, and in which sentence: the
    #: officials the next sentence says they met were met one by one
    series_of: tuple[int, int] | None = None
    #: the sentence that reported the story's first meeting as held with no official
    #: named at it ("The ministers' meeting took place", "The minister met his
    #: visiting counterpart"), while no meeting is open
    unnamed_meeting: int | None = None
    #: the kind of the trigger that reported it (a reception hosts: "recv", "met")
    unnamed_kind: str = ""
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

    def participants(self) -> list[int]:
        """The participants of the meeting being reported (none if there is none)."""
        if self.meeting is None:
            return []
        return list(self.meetings[self.meeting].participants)

    def group(self) -> list[int]:
        """Who "they", "the sides" mean: the meeting's participants, else a plural last subject."""
        if self.meeting is not None:
            return list(self.meetings[self.meeting].participants)
        if len(self.last_subject) > 1:
            return list(self.last_subject)
        return []
