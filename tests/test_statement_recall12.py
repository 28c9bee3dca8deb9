"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 12).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import StatementRows, statements_by_name

_MEETING = (
    "VALMERA, June 9 - Culture Minister Aino Veskimägi met Ambassador Teodor Brandl of "
    "Ostland in Valmera. "
)
_PAIR = ("Aino Veskimägi", "Teodor Brandl")

# "The two dignitaries", "Both dignitaries": a group noun for the officials who met
# (ANNOTATION.md, "Groups")
DIGNITARIES_CASES = [
    (
        _MEETING + "The two dignitaries discussed a joint exhibition of folk costumes.",
        [(_PAIR, "discuss")],
    ),
    (
        _MEETING + "Both dignitaries agreed to exchange young musicians next year.",
        [(_PAIR, "agree")],
    ),
    # dignitaries of something else, after "of": no subject of ours
    (
        _MEETING + "A reception for the dignitaries of the festival was held in the evening.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIGNITARIES_CASES)
def test_the_dignitaries_are_the_officials_who_met(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The meeting continued with the discussion of ...": the article after "with" may be
# "a" or "the", or none before a plural (ANNOTATION.md, speakerless discussions)
CONTINUED_CASES = [
    (
        _MEETING + "The meeting continued with the discussion of a festival of river towns.",
        [(_PAIR, "discuss")],
    ),
    (
        _MEETING + "The talks continued with discussions on archives and film restoration.",
        [(_PAIR, "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED_CASES)
def test_a_meeting_that_continued_with_a_discussion(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "This was emphasised by X": "this" before a passive's auxiliary is a pronoun, its
# subject, no determiner ("this noted festival"); an addressee after the agent ("by X
# to Y") does not speak
THIS_WAS_CASES = [
    (
        (
            "VALMERA, June 9 - Old songs belong to every river town. This was emphasised "
            "by Culture Minister Aino Veskimägi to Ambassador Teodor Brandl of Ostland "
            "when they met in Valmera."
        ),
        [(("Aino Veskimägi",), "stress")],
    ),
    (
        _MEETING + "A festival of river towns will be held in Ostland. This was noted "
        "during the talks.",
        [(_PAIR, "stress")],
    ),
    (
        _MEETING + "Archives and film restoration come first. These were noted as the "
        "priorities of the year.",
        [(_PAIR, "stress")],
    ),
    # a determiner before an adjective is still no report
    (
        _MEETING + "The noted festival of river towns opens on Monday.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_WAS_CASES)
def test_this_was_emphasised_by_an_official(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "extended another invitation", "renewed thanks": an object noun a word or two after
# "extended" or "renewed" makes it a report with that noun's act (ANNOTATION.md,
# "extended an invitation" is invite)
EXTENDED_CASES = [
    (
        _MEETING + "The minister extended another invitation to the ambassador to visit "
        "the river festival.",
        [(("Aino Veskimägi",), "invite")],
    ),
    (
        _MEETING + "Ambassador Brandl renewed thanks to the minister for the warm welcome.",
        [(("Teodor Brandl",), "thank")],
    ),
    (
        _MEETING + "Ambassador Brandl extended special invitation to the minister.",
        [(("Teodor Brandl",), "invite")],
    ),
    # other objects: no report
    (
        _MEETING + "The ministry extended the deadline of the festival to May.",
        [],
    ),
    (
        _MEETING + "The minister renewed the agreement of the two archives.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTENDED_CASES)
def test_an_invitation_or_thanks_extended(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "shared (the) experience(s)": inform, like "shared views" (ANNOTATION.md)
SHARED_CASES = [
    (
        _MEETING + "Ambassador Brandl shared the experience of the Ostland river festival.",
        [(("Teodor Brandl",), "inform")],
    ),
    (
        _MEETING + "Minister Veskimägi and Ambassador Brandl shared experiences in restoring "
        "old films.",
        [(_PAIR, "inform")],
    ),
    # a shared thing, no report
    (
        _MEETING + "The shared experience of river towns is their music.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_CASES)
def test_experience_shared(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "was signed by A and B": the signatories' titles may hold a place or a body after
# "at" or "in (the)" and a country's possessive ("the Riverlands' Deputy Minister")
SIGNED_BY_CASES = [
    (
        (
            "VALMERA, June 9 - Ostland and Valmeria signed two memorandums. The memorandum "
            "on archives was signed by Deputy Minister of Culture at the Ministry of "
            "Heritage Teodor Brandl and Secretary General of the Ministry of Culture in "
            "the Republic of Valmeria Aino Veskimägi."
        ),
        [(_PAIR, "agree")],
    ),
    (
        (
            "VALMERA, June 9 - Ostland and the Riverlands signed two memorandums. It was "
            "signed by the Riverlands’ Deputy Minister of Culture Teodor Brandl and "
            "Secretary General of the Ministry of Culture Aino Veskimägi."
        ),
        [(_PAIR, "agree")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_BY_CASES)
def test_signatories_with_places_in_their_titles(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The Latvian minister said ..." where no official holds the office: the one official
# named before whose office the text never gave, of the phrase's country
UNTITLED_CASES = [
    (
        (
            "RIGA, June 9 - Aino Veskimägi received Ambassador Teodor Brandl of Ostland "
            "in Riga. The Latvian minister said that old songs belong to every river "
            "town."
        ),
        [(("Aino Veskimägi",), "say")],
    ),
    (
        (
            "RIGA, June 9 - The first meeting of culture ministers of the Baltic states "
            "was held in Riga today. Welcoming her colleagues, Aino Veskimägi noted that "
            "the event is a milestone. The Latvian Minister put forward an initiative to "
            "create a joint calendar of festivals."
        ),
        [(("Aino Veskimägi",), "stress"), (("Aino Veskimägi",), "propose")],
    ),
    # a minister of another country: not hers
    (
        (
            "RIGA, June 9 - The first meeting of culture ministers of the Baltic states "
            "was held in Riga today. Welcoming her colleagues, Aino Veskimägi noted that "
            "the event is a milestone. The Estonian Minister put forward an initiative to "
            "create a joint calendar of festivals."
        ),
        [(("Aino Veskimägi",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNTITLED_CASES)
def test_a_role_phrase_for_an_official_without_a_title(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
