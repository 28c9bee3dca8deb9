"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 9).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import StatementRows, statements_by_name

# "..., he continued.", "..., continued the minister.": a verb that reports only as
# the attribution closing its sentence is the speaker's `say`; elsewhere it is none
CLOSING_VERB_CASES = [
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "Exchanges between the two academies have been a priority for the ministry, "
            "he continued."
        ),
        [(("Arvo Kellan",), "say")],
    ),
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "Norland will open two new reading rooms next year, concluded the ambassador."
        ),
        [(("Dita Senn",), "say")],
    ),
    # in the sentence's body the verb reports nothing
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "The two countries have continued exchanges of artists in recent years."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_VERB_CASES)
def test_a_closing_attribution_verb_reports_only_at_the_close(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "X were among the issues discussed", "Some of the issues discussed were X", "The main
# topics of discussion were X": what the talks covered, the meeting's participants'
# `discuss` (ANNOTATION.md, speakerless passives)
ISSUES_DISCUSSED_CASES = [
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "Museum loans and joint film weeks were among the other issues discussed between "
            "the two sides."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "Some of the issues discussed were the return of artefacts and a festival of "
            "Norlandic cinema."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "The main topics of discussion were the protection of heritage and film."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUES_DISCUSSED_CASES)
def test_the_issues_discussed_are_the_meetings_discussion(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "They ..." and "The two ..." with no meeting reported: the officials the sentence
# right before names, when it names several (ANNOTATION.md, "Groups": the named
# officials the phrase points back to); one named there leaves the last subject
GROUP_WITHOUT_MEETING_CASES = [
    (
        (
            "TALLMAR, May 3 - Culture ministers of three states gathered in Tallmar. Attending "
            "were Norlandic Culture Minister Tomas Arben, Estonian Culture Minister Kai Lund "
            "and Latvian Culture Minister Pedro Vale. They discussed intercultural dialogue."
        ),
        [(("Kai Lund", "Pedro Vale", "Tomas Arben"), "discuss")],
    ),
    (
        (
            "TALLMAR, May 3 - Governor Arvo Kellan opened the doors of his office to Latvian "
            "Ambassador Dita Senn. The two also talked about the ties of their countries."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_WITHOUT_MEETING_CASES)
def test_a_group_without_a_meeting_is_the_officials_named_before(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "It is hoped that ...": in the present tense the writer's hope, no one's statement;
# "It was hoped" after a meeting stays its participants' report
WRITERS_HOPE_CASES = [
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "It is hoped that the visit will open a new chapter in cultural ties."
        ),
        [],
    ),
    (
        (
            "TALLMAR, May 3 - Culture Minister Arvo Kellan met Ambassador Dita Senn of Norland. "
            "Minister Kellan hoped that the visit would open a new chapter in cultural ties."
        ),
        [(("Arvo Kellan",), "express")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_HOPE_CASES)
def test_it_is_hoped_is_the_writers_hope(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "X received a delegation ... The delegation applauded X": the meeting's guests,
# everyone but its host (as "the Norwegian delegation" is that country's side)
DELEGATION_CASES = [
    (
        (
            "RIGA, May 3 - Prime Minister Arvo Kellan of Latvia received a delegation from "
            "Norway on Tuesday. The delegation was led by Deputy Minister Dita Senn, who was "
            "accompanied by Ambassador Tomas Arben. The delegation applauded the Prime Minister "
            "for his support of culture."
        ),
        [(("Dita Senn", "Tomas Arben"), "express")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DELEGATION_CASES)
def test_the_delegation_is_the_meetings_guests(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "presented his guest a collection of ...", "presented some of the ministry's
# publications to ...": objects handed over, no report (ANNOTATION.md, "Not statements")
PRESENTED_OBJECT_CASES: list[tuple[str, StatementRows]] = [
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "Minister Kellan presented his guest a collection of Latvian choral music."
        ),
        [],
    ),
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "Kellan presented some of the ministry's recent publications to the ambassador."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENTED_OBJECT_CASES)
def test_presenting_an_object_is_no_report(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "offered traditional gifts", "offered Fateha": gifts, hospitality and rites offered
# are no proposal; "offered to host ..." and "offered support" still propose
OFFERED_CASES = [
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "Mr Kellan also offered traditional gifts, a custom among the region's leaders."
        ),
        [],
    ),
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "The Minister also offered prayers for the victims of the flood."
        ),
        [],
    ),
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "Mr Kellan offered to host the next meeting of the joint commission."
        ),
        [(("Arvo Kellan",), "propose")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFERED_CASES)
def test_gifts_and_rites_offered_are_no_proposal(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The minister made the statement at ...": a statement made is said, as remarks made
MADE_STATEMENT_CASES = [
    (
        (
            "PARIS, May 3 - Minister of Culture Arvo Kellan has stated that new museums are "
            "being built in Latvia. The minister made the statement at a panel of the forum."
        ),
        [(("Arvo Kellan",), "say"), (("Arvo Kellan",), "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_STATEMENT_CASES)
def test_a_statement_made_is_said(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "There was a discussion to (on, about) ...", "There were discussions on ...": as
# "There was an exchange of views on ...", the meeting's participants' `discuss`
THERE_WAS_A_DISCUSSION_CASES = [
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "During the meeting, there was a discussion to increase cultural exchange."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
    (
        (
            "RIGA, May 3 - Culture Minister Arvo Kellan met Norwegian Ambassador Dita Senn. "
            "There were also discussions on film co-production."
        ),
        [(("Arvo Kellan", "Dita Senn"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THERE_WAS_A_DISCUSSION_CASES)
def test_there_was_a_discussion_is_the_meetings(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
