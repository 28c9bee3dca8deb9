"""Each stage of the events reader alone: literal tables of sentences in, drafts out.

The context sentences run through the whole pass (``read_sentence``); only the
last sentence goes through the stage under test, called directly. Officials are
named by their names, drafts by what the stage proposes.
"""

from __future__ import annotations

import pytest

from culturedipl._discourse import Discourse
from culturedipl._document import Document
from culturedipl._drafts import MeetingDraft, StatementDraft
from culturedipl._events import read_sentence
from culturedipl._meeting_rules import meetings_in
from culturedipl._mentions import Mentions
from culturedipl._officials import find_people
from culturedipl._roles import ROLE_NOUNS
from culturedipl._statement_rules import statement_in
from culturedipl.lexicon import read_table
from culturedipl.model import Role

# the opening sentence most cases read first: a meeting of two officials
MET = "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo on Monday. "
RECEIVED = "Culture Minister Anna Berg received Italian Ambassador Marco Rossi in Oslo. "


def _last_sentence(text: str) -> tuple[Discourse, int]:
    """The discourse after every sentence of *text* but the last, and the last's index."""
    doc = Document(text, None)
    r = Discourse(doc, find_people(doc))
    last = len(doc.sentences) - 1
    for s in range(last):
        read_sentence(r, s)
    return r, last


def _names(r: Discourse, people: list[int]) -> list[str]:
    return [r.people[p].name for p in people]


# ---------------------------------------------------------------------------
# Mentions


def test_mentions_mark_a_name_with_its_title_and_a_quotation() -> None:
    """The title before a name belongs to its official; a quotation's words are quoted."""
    doc = Document("Culture Minister Anna Berg said: “Museums matter.”", None)
    mentions = Mentions(doc, find_people(doc))
    assert [doc.words[j] for j in sorted(mentions.owner)] == ["Culture", "Minister", "Anna", "Berg"]
    quoted = [doc.words[j] for j, inside in enumerate(mentions.inside_quote) if inside]
    assert quoted == ["“", "Museums", "matter", ".", "”"]


def test_a_quoted_name_is_no_quotation() -> None:
    """A few capitalised words in quotation marks are a name ("Peace for Culture")."""
    doc = Document("Culture Minister Anna Berg opened “Peace for Culture” in Oslo.", None)
    assert True not in Mentions(doc, find_people(doc)).inside_quote


# ---------------------------------------------------------------------------
# Coreference: the noun phrase before a verb

COREF_CASES = [
    # (context + sentence, the verb, who the subject means, its kind)
    (MET + "She stressed the role of museums.", "stressed", ["Anna Berg"], "pronoun"),
    (MET + "He thanked the minister.", "thanked", ["Marco Rossi"], "pronoun"),
    (MET + "The ambassador noted the role of museums.", "noted", ["Marco Rossi"], "role"),
    (MET + "The minister also underlined the role of books.", "underlined", ["Anna Berg"], "role"),
    (MET + "The Italian side proposed a festival.", "proposed", ["Marco Rossi"], "role"),
    (RECEIVED + "The guest thanked the host.", "thanked", ["Marco Rossi"], "role"),
    (RECEIVED + "The host thanked the guest.", "thanked", ["Anna Berg"], "role"),
    (
        MET + "The two sides agreed to open a festival.",
        "agreed",
        ["Anna Berg", "Marco Rossi"],
        "group",
    ),
    (MET + "They agreed to hold a festival.", "agreed", ["Anna Berg", "Marco Rossi"], "group"),
    (
        MET + "Both of them agreed to hold a festival.",
        "agreed",
        ["Anna Berg", "Marco Rossi"],
        "group",
    ),
    (MET + "The talks covered film and music.", "covered", ["Anna Berg", "Marco Rossi"], "meeting"),
    (MET + "Rossi, in turn, noted the role of museums.", "noted", ["Marco Rossi"], "name"),
    (MET + "Rossi on Monday noted the role of museums.", "noted", ["Marco Rossi"], "name"),
    (MET + "Berg and Rossi discussed film.", "discussed", ["Anna Berg", "Marco Rossi"], "name"),
    (MET + "The weather was fine.", "was", [], "thing"),
]


@pytest.mark.parametrize(("text", "verb", "meant", "kind"), COREF_CASES)
def test_subject_before_a_verb(text: str, verb: str, meant: list[str], kind: str) -> None:
    """Who the noun phrase right before the verb of the last sentence refers to."""
    r, last = _last_sentence(text)
    indexes = r.doc.sentence_tokens(last)
    at = next(j for j in indexes if r.doc.keys[j] == verb)
    found, found_kind = r.coref.subject_before(at, indexes.start)
    assert (_names(r, found), found_kind) == (meant, kind)


def test_coreference_leaves_the_discourse_state_alone() -> None:
    """Resolving a pronoun, a role phrase and a group changes no part of the state."""
    r, last = _last_sentence(MET + "She and the ambassador and the sides noted it.")
    before = repr(r.state)
    indexes = r.doc.sentence_tokens(last)
    for j in indexes:
        r.coref.subject_before(j, indexes.start)
    assert repr(r.state) == before


# ---------------------------------------------------------------------------
# Meeting rules

MEETING_CASES: list[tuple[str, list[tuple[list[str], str | None, str, str]]]] = [
    # (context + sentence, the meetings: participants, host, rule, trigger)
    (MET.strip(), [(["Anna Berg", "Marco Rossi"], None, "met", "met")]),
    (RECEIVED.strip(), [(["Anna Berg", "Marco Rossi"], "Anna Berg", "recv", "received")]),
    (
        "Italian Ambassador Marco Rossi was received by Culture Minister Anna Berg.",
        [(["Marco Rossi", "Anna Berg"], "Anna Berg", "recvby", "was received by")],
    ),
    (
        "Italian Ambassador Marco Rossi paid a courtesy call on Culture Minister Anna Berg.",
        [(["Marco Rossi", "Anna Berg"], "Anna Berg", "visit", "paid a courtesy call on")],
    ),
    (
        "Talks were held between Culture Minister Anna Berg and Italian Ambassador Marco Rossi.",
        [(["Anna Berg", "Marco Rossi"], None, "between", "Talks were held between")],
    ),
    (
        (
            "At the meeting with Italian Ambassador Marco Rossi, Culture Minister Anna Berg"
            " stressed the role of museums."
        ),
        [(["Marco Rossi", "Anna Berg"], None, "at", "At the meeting with")],
    ),
    (
        (
            "Culture Minister Anna Berg held meetings with Italian Ambassador Marco Rossi and"
            " French Ambassador Jean Dupont."
        ),
        [
            (["Anna Berg", "Marco Rossi"], None, "held meetings with each", "held meetings"),
            (["Anna Berg", "Jean Dupont"], None, "held meetings with each", "held meetings"),
        ],
    ),
    # a planned meeting is none
    ("Culture Minister Anna Berg will meet Italian Ambassador Marco Rossi next week.", []),
    # "attended" adds to the meeting being reported; it opens none
    (
        MET + "French Ambassador Jean Dupont also attended the meeting.",
        [(["Anna Berg", "Marco Rossi", "Jean Dupont"], None, "met", "met")],
    ),
]


def _meeting(r: Discourse, draft: MeetingDraft) -> tuple[list[str], str | None, str, str]:
    host = r.people[draft.host].name if draft.host is not None else None
    return _names(r, draft.participants), host, draft.rule, draft.trigger


@pytest.mark.parametrize(("text", "meetings"), MEETING_CASES)
def test_meeting_rules(text: str, meetings: list[tuple[list[str], str | None, str, str]]) -> None:
    """The meetings the meeting rules propose for the last sentence."""
    r, last = _last_sentence(text)
    indexes = r.doc.sentence_tokens(last)
    meetings_in(r, last, indexes, tuple(r.doc.keys[indexes.start : indexes.stop]))
    assert [_meeting(r, draft) for draft in r.meetings] == meetings


# ---------------------------------------------------------------------------
# Statement rules

STATEMENT_CASES: list[tuple[str, list[tuple[list[str], str, str, str]]]] = [
    # (context + sentence, the statements: speakers, act, verb, rule)
    (
        "Culture Minister Anna Berg said that museums matter.",
        [(["Anna Berg"], "say", "said", "reporting verb")],
    ),
    (
        (
            "The agreement was signed by Culture Minister Anna Berg and Italian Ambassador"
            " Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], "agree", "was signed", "passive with its agents")],
    ),
    (
        "“Museums matter,” said Culture Minister Anna Berg.",
        [(["Anna Berg"], "say", "said", "attribution after a quotation")],
    ),
    (
        MET + "Berg seized the opportunity to thank the ambassador.",
        [(["Anna Berg"], "thank", "thank", "light verb with a purpose")],
    ),
    (
        MET + "Berg said that both ministers agreed to hold a festival.",
        [(["Anna Berg", "Marco Rossi"], "agree", "agreed", "report inside a report")],
    ),
    (
        MET + "The ambassador was informed about the festival.",
        [(["Anna Berg"], "inform", "was informed", "passive with the listener as subject")],
    ),
    (
        MET + "Berg expressed deep gratitude for the visit.",
        [(["Anna Berg"], "thank", "expressed", "reporting verb")],
    ),
    (
        MET + "Berg welcomed the ambassador and noted the role of books.",
        [(["Anna Berg"], "stress", "noted", "a greeting, then a reporting verb")],
    ),
    (
        MET + "The talks addressed film and music.",
        [(["Anna Berg", "Marco Rossi"], "discuss", "addressed", "what the meeting covered")],
    ),
    (
        MET + "Berg said that books matter. “Museums matter.”",
        [(["Anna Berg"], "say", "", "quotation")],
    ),
    (
        MET + "Discussions were held on film.",
        [(["Anna Berg", "Marco Rossi"], "discuss", "Discussions were held", "speakerless passive")],
    ),
    # no reporting verb, or no official as its subject: no statement
    (MET + "The festival opens in May.", []),
    (MET + "Berg will discuss the festival.", []),
]


def _statement(r: Discourse, draft: StatementDraft) -> tuple[list[str], str, str, str]:
    return _names(r, draft.speakers), draft.act.value, draft.verb, draft.rule


@pytest.mark.parametrize(("text", "statements"), STATEMENT_CASES)
def test_statement_rules(text: str, statements: list[tuple[list[str], str, str, str]]) -> None:
    """The statements the statement rules propose for the last sentence."""
    r, last = _last_sentence(text)
    r.statements.clear()
    statement_in(r, last, r.doc.sentence_tokens(last))
    assert [_statement(r, draft) for draft in r.statements] == statements


# ---------------------------------------------------------------------------
# The role-noun table


def test_every_role_noun_row_reads_as_a_known_role() -> None:
    """Each row of role_nouns.tsv names roles of the model and is read once."""
    rows = [columns for _, columns in read_table("role_nouns.tsv")]
    assert all(len(columns) == 2 for columns in rows)
    assert len({noun for noun, _ in rows}) == len(rows) == len(ROLE_NOUNS)
    assert all(ROLE_NOUNS[noun] == {Role(v) for v in roles.split()} for noun, roles in rows)


# ---------------------------------------------------------------------------
# The word lists
