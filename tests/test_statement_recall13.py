"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 13).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import StatementRows, statements_by_name

_MEETING = (
    "VALMERA, June 9 - Culture Minister Aino Veskimägi received Ambassador Teodor Brandl "
    "of Ostland in Valmera. "
)

# ", NAME, the ROLE VERB": a fronted phrase that ends with a name, then the subject, a
# role phrase the name's own title does not hold (no apposition to the name)
ROLE_AFTER_NAME_CASES = [
    (
        _MEETING + "During the meeting, attended by the director of external relations, "
        "Pekka Lind, the minister stressed the value of film archives.",
        [(("Aino Veskimägi",), "stress")],
    ),
    (
        (
            "VALMERA, June 9 - Prince Karl Odenvald, Minister of Culture of Westmark, met "
            "Ostland's Minister of State for Culture, Teodor Brandl, in Valmera. In a "
            "meeting with Ostland's Minister of State for Culture, Teodor Brandl, the "
            "prince highlighted the old ties between the two countries."
        ),
        [(("Karl Odenvald",), "stress")],
    ),
    # the name's title holds the role noun: the phrase is the name's
    (
        _MEETING + "After the talks, Ambassador Teodor Brandl, the Ostland ambassador "
        "said the archives would be opened.",
        [(("Teodor Brandl",), "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_AFTER_NAME_CASES)
def test_a_role_phrase_after_a_name_it_does_not_fit_is_the_subject(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "NAME while V-ing ..., VERB": the aside's verbs are not the sentence's, and the name
# before "while" is the subject of the verb after it
WHILE_ASIDE_CASES = [
    (
        _MEETING + "Ambassador Brandl while noting that Ostland has signed a treaty on "
        "archives, expressed the hope of a film week in Valmera.",
        [(("Teodor Brandl",), "express")],
    ),
    (
        _MEETING + "Minister Aino Veskimägi while touring the reading rooms has suggested "
        "a joint festival of river towns.",
        [(("Aino Veskimägi",), "propose")],
    ),
    (
        _MEETING + "Minister Veskimägi, while visiting the old library, praised its "
        "collection of maps.",
        [(("Aino Veskimägi",), "express")],
    ),
    # "while" opening a clause of its own: its subject speaks
    (
        _MEETING + "Minister Veskimägi spoke about archives, while Ambassador Brandl "
        "stressed the need for a film week.",
        [(("Aino Veskimägi",), "inform"), (("Teodor Brandl",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHILE_ASIDE_CASES)
def test_a_while_aside_after_the_subject_is_passed_over(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


_MINISTERS = (
    "VALMERA, June 9 - Ostland's Culture Minister Teodor Brandl met Culture Minister "
    "Aino Veskimägi in Valmera. Minister Brandl said that his country keeps many old "
    "film reels. "
)

# "CLAUSE, X said, adding that ...", "CLAUSE, said the minister, adding ...": the
# attribution between commas is the sentence's report, whatever verb the clause holds;
# a bare office right after its holder's report goes on with that speaker
ADDING_CASES = [
    (
        _MINISTERS + "Old film needs cold vaults, Ostland's archive board stresses, Brandl "
        "said, adding that a new vault opens in May.",
        [(("Teodor Brandl",), "say"), (("Teodor Brandl",), "say")],
    ),
    (
        _MINISTERS + "Ostland welcomes scholars from Westmark in its film vaults, said the "
        "minister, adding that both archives would share their catalogues.",
        [(("Teodor Brandl",), "say"), (("Teodor Brandl",), "say")],
    ),
    # the comma before "adding" closes the report itself: its own verb
    (
        _MINISTERS + "Minister Veskimägi stressed the plan, adding that the archive would help.",
        [(("Teodor Brandl",), "say"), (("Aino Veskimägi",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDING_CASES)
def test_an_attribution_before_adding_reports_the_sentence(
    text: str, expected: StatementRows
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
