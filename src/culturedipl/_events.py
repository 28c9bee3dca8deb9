"""Meetings and statements, read sentence by sentence with a discourse state.

One pass over the sentences keeps track of the meeting being reported, the
last subject and the article's protagonist, which is what a reader uses to
resolve "He", "the culture minister" or "the sides". The stages, each a module:

- ``_mentions``: which tokens name which official, and the quotation map
  (worked out once);
- ``_roles`` and ``_coref``: who a role phrase, a pronoun or a group noun means
  (read-only: they read the discourse state and change none of it);
- ``_meeting_rules`` and ``_statement_rules``: the rules that propose drafts
  for a sentence;
- ``_discourse``: the state of the pass and the drafts so far (``_drafts``
  defines both).

``read_sentence`` is the one loop's body: a test can run the pass sentence by
sentence and call a stage alone on the last one (``tests/test_reader_stages.py``).

Meeting triggers ("met", "received", "at the meeting with", ...) open or
reopen a meeting; a statement is a sentence whose finite reporting verb, from
the speech-verb lexicon, has officials as its subject. Subjects are read
backwards from the verb over the noun phrase in front of it; objects forwards.
"""

from __future__ import annotations

from culturedipl._discourse import Discourse
from culturedipl._document import Document
from culturedipl._drafts import MeetingDraft, StatementDraft
from culturedipl._meeting_rules import (
    PART_OPENER,
    TRIGGER_KEYS,
    caption_pair,
    counterpart_in,
    meetings_in,
    named_at_unnamed,
    separate_counterparts,
)
from culturedipl._officials import OfficialDraft
from culturedipl._statement_rules import (
    CLAUSE_LINKS,
    second_clause,
    settle_meeting_speakers,
    statement_in,
)

__all__ = ["MeetingDraft", "StatementDraft", "read_events", "read_sentence"]


def read_events(
    doc: Document, people: list[OfficialDraft], home: str | None = None
) -> tuple[list[MeetingDraft], list[StatementDraft]]:
    """The meetings and statements of *doc*, in text order: the one pass over its sentences.

    *home* is the country the story happens in (``_people.home_country``).
    """
    r = Discourse(doc, people, home)
    for s in range(len(doc.sentences)):
        read_sentence(r, s)
    separate_counterparts(r.meetings)
    settle_meeting_speakers(r)
    return r.meetings, r.statements


def read_sentence(r: Discourse, s: int) -> None:
    """Sentence *s*: its meetings, then its statement, then a second clause's statement."""
    doc = r.doc
    start, stop = doc.sentence_starts[s], doc.sentence_stops[s]
    if start == stop or s in doc.asides:
        return  # (no text, or a link to another story: "READ ALSO: ...")
    indexes = range(start, stop)  # doc.sentence_tokens(s)
    sentence_keys = doc.keys[start:stop]
    # most sentences hold no trigger word: a C-level set test rules them out here
    if not TRIGGER_KEYS.isdisjoint(sentence_keys):
        meetings_in(r, s, indexes, sentence_keys)
    elif "with" in sentence_keys:  # "Minister A with Ambassador B.": a photograph's caption
        caption_pair(r, s, indexes)
    if sentence_keys[0] == PART_OPENER:  # "For his part, Y ...": after a visit, Y met X
        counterpart_in(r, s, indexes)
    statement_in(r, s, indexes)
    if r.state.unnamed_meeting is not None:  # (rarely: the story's first meeting unnamed)
        named_at_unnamed(r, s)
    if not CLAUSE_LINKS.isdisjoint(sentence_keys):
        second_clause(r, s, indexes)
