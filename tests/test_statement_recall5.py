"""Statements on constructions of unseen real news the reader used to miss (round 5).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from culturedipl.lexicon import read_table
from culturedipl.model import Act
from tests.readers import statements_by_name

# the opening sentence most cases read first: a minister receives an ambassador
RECEIVED = (
    "ACCRA, June 4 - Culture Minister Efua Boateng received Chilean Ambassador Tomas "
    "Fuentes at the ministry on Tuesday. "
)
BOATENG = ("Efua Boateng",)
FUENTES = ("Tomas Fuentes",)

CASES = [
    # a greeting, a comma and a reporting participle: the participle's act
    # (ANNOTATION.md, "Greeting a person")
    (
        RECEIVED + "Boateng welcomed the ambassador, saying that Ghana values its ties with Chile.",
        [(BOATENG, "say")],
    ),
    (
        RECEIVED + "The minister warmly welcomed the guest, pointing out that museums matter.",
        [(BOATENG, "stress")],
    ),
    (
        RECEIVED + 'The minister welcomed the ambassador saying, "You are among friends."',
        [(BOATENG, "say")],
    ),
    # a greeting and a participle that is no report: still no statement
    (RECEIVED + "The minister welcomed the ambassador, walking him to the museum.", []),
    # "the former" and "the latter": the first and the second official named last
    (
        RECEIVED + "The former stressed the role of museums, while the latter invited "
        "Ghanaian artists to Santiago.",
        [(BOATENG, "stress"), (FUENTES, "invite")],
    ),
    (
        (
            "Last May, President Kwame Asante hosted Chilean Ambassador Luis Ortega at the "
            "castle, in a meeting where the latter thanked the government for its support."
        ),
        [(("Luis Ortega",), "thank")],
    ),
    # "H.E." standing alone as the subject: the host of the meeting being reported
    (
        RECEIVED + "At the start of the meeting, H.E. welcomed the guest and pointed out "
        "the need for closer ties.",
        [(BOATENG, "stress")],
    ),
    # ... unless the text named one official "H.E.": then that one, host or guest
    (
        (
            "ACCRA, June 4 - Culture Minister Efua Boateng met H.E. Tomas Fuentes, Chilean "
            "Ambassador to Ghana, on Tuesday. H.E. thanked the minister for the warm welcome."
        ),
        [(FUENTES, "thank")],
    ),
    # a possessive before a stance right after the verb tells the role phrase's gender
    (
        (
            "LIMA, May 3 - Foreign Minister Jorge Salas met Chilean Foreign Minister Ana Rojas "
            "on Monday. Minister Salas said ties are strong. The Minister voiced her hope for "
            "more exchanges."
        ),
        [(("Jorge Salas",), "say"), (("Ana Rojas",), "express")],
    ),
    # a role phrase before "in a meeting with <the counterpart>": the role phrase speaks
    (
        RECEIVED + "Minister of Culture in a meeting with the ambassador said Ghana is ready "
        "to host a film week.",
        [(BOATENG, "say")],
    ),
    # "the <demonym> delegation" as the subject: its members at the meeting
    (
        (
            "ACCRA, June 4 - Culture Minister Efua Boateng received a Chilean delegation led by "
            "Culture Minister Ana Rojas and Deputy Minister Pablo Vidal. The Chilean delegation "
            "underlined the importance of cultural heritage."
        ),
        [(("Ana Rojas", "Pablo Vidal"), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements_of_unseen_constructions(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


def test_a_titled_delegation_leader_and_members_take_the_delegations_state() -> None:
    """ "a Chilean delegation led by Minister A and Deputy Minister B": both are Chile's."""
    article = parse_text(
        "ACCRA, June 4 - Culture Minister Efua Boateng received a Chilean delegation led by "
        "Culture Minister Ana Rojas and Deputy Minister Pablo Vidal."
    )
    countries = {official.name: official.country for official in article.officials}
    assert countries == {"Efua Boateng": "GH", "Ana Rojas": "CL", "Pablo Vidal": "CL"}


@pytest.mark.parametrize(
    ("participle", "act"),
    [tuple(columns) for _, columns in read_table("report_participles.tsv")],
)
def test_every_report_participle_after_a_greeting_gives_its_act(participle: str, act: str) -> None:
    """Each row of report_participles.tsv names an act and turns a greeting into it."""
    assert Act(act) is not None
    text = RECEIVED + f"The minister welcomed the ambassador, {participle} the ties with Chile."
    assert statements_by_name(text) == [(BOATENG, act)]


GROUP_CASES = [
    # a demonym before a plural office: the participants of that country only
    (
        (
            "KUALA LUMPUR, May 3 - Secretary-General Ali Mousavi received Malaysian officials "
            "Nora Hashim and Amir Rahman on Monday. The Malaysian officials expressed the "
            "willingness of their government to cooperate."
        ),
        [(("Amir Rahman", "Nora Hashim"), "express")],
    ),
    # a plural office at a meeting whose other side is unnamed: the one named
    (
        (
            "RIGA, May 3 - Latvian President Janis Ozols met his Estonian counterpart in "
            "Tallinn on Monday. During the meeting, the Presidents emphasised the excellent "
            "relations between the two countries."
        ),
        [(("Janis Ozols",), "stress")],
    ),
    # "the two authorities": the meeting's two participants
    (
        (
            "CARACAS, May 3 - Deputy Minister Yuri Salazar received Ugandan Ambassador Samuel "
            "Okello. During the meeting, the two authorities agreed on a film week."
        ),
        [(("Samuel Okello", "Yuri Salazar"), "agree")],
    ),
    # "A signed ... on behalf of X while B signed on behalf of Y": one signing, together;
    # "both parties" after it are the two signatories
    (
        (
            "CEBU, May 3 - City Mayor Jonas Ramos signed the memorandum of agreement on behalf of "
            "the city while Governor Ali Hassan signed on behalf of his province. Both parties "
            "also agreed to exchange information."
        ),
        [(("Ali Hassan", "Jonas Ramos"), "agree"), (("Ali Hassan", "Jonas Ramos"), "agree")],
    ),
    # "Interim Attorney", a translation of the chargé d'affaires a.i., is an envoy's title
    (
        (
            "BISHKEK, May 3 - The ministry hosted a meeting between the Interim Attorney of the "
            "Republic of Belarus, Natalia Kislova, and Deputy Minister Aibek Osmonov. The parties "
            "agreed on the dates of the festival."
        ),
        [(("Aibek Osmonov", "Natalia Kislova"), "agree")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_CASES)
def test_groups_of_participants(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


def test_a_meeting_report_before_a_quotation_is_no_reported_speech() -> None:
    """ "X received Y on Monday. '...,' X said." in one paragraph: the first sentence
    reports the meeting; only the quotation is X's statement."""
    text = (
        "JAKARTA, May 3 - Governor Joko Santo received Bruneian Ambassador Mahmud Yusof on "
        'Monday. "We will cooperate on tourism," Governor Santo said after the meeting.'
    )
    assert statements_by_name(text) == [(("Joko Santo",), "say")]
