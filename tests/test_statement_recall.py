"""Statements on constructions of real news the reader used to miss or misread.

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order. The constructions come from real articles of
outlets the rules were not written against (issue 11).
"""

from __future__ import annotations

import pytest

from tests.readers import statements_by_name

# the opening sentence most cases read first: a meeting of two officials
MET = "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo on Monday. "
BOTH = ("Anna Berg", "Marco Rossi")

CASES = [
    # the perfect passive: "been" after has/have/had, not only "was decided"
    (MET + "It has been decided that a joint festival will open in May.", [(BOTH, "agree")]),
    (MET + "It had also been decided to open a joint festival.", [(BOTH, "agree")]),
    # a sentence opening with a prepositional phrase is no attribution closing
    # the reported speech before it: the meeting sentence is no one's 'say'
    (MET + "At the meeting, Berg said that museums matter.", [(("Anna Berg",), "say")]),
    # "At the meeting with Y, X said/stressed ...": the phrase names the
    # counterpart; the official right before the verb speaks alone
    (
        (
            "At the meeting with Italian Ambassador Marco Rossi, Culture Minister Anna Berg "
            "said that museums matter."
        ),
        [(("Anna Berg",), "say")],
    ),
    (
        (
            "At the meeting with Italian Ambassador Marco Rossi, Culture Minister Anna Berg "
            "stressed the role of museums."
        ),
        [(("Anna Berg",), "stress")],
    ),
    (
        (
            "During the meeting with Mr. Marco Rossi, Deputy Minister of Culture and Tourism "
            "of Italy, Ambassador Anna Berg agreed to renew the exchange programme."
        ),
        [(("Anna Berg",), "agree")],
    ),
    # "X spoke to the press (after the meeting), saying ...": X's say, not a
    # report of the sides by whoever the clause after "saying" names
    (
        MET + "Berg spoke to the press after the meeting, saying both sides want more exchanges.",
        [(("Anna Berg",), "say")],
    ),
    (MET + "Rossi talked to reporters, saying that museums matter.", [(("Marco Rossi",), "say")]),
    # role nouns of lower offices: "the counsellor", "the attache"
    (
        (
            "Culture Minister Anna Berg met Italian Cultural Counsellor Marco Rossi in Oslo. "
            "The counsellor felicitated the minister on the festival."
        ),
        [(("Marco Rossi",), "express")],
    ),
    # a nationality and "official": the one official of that country, whatever the office
    (
        (
            "Mexican Culture Minister Pablo Ruiz met Colombian Culture Minister Rosa Lopez in "
            "Bogota. Lopez thanked him. The Mexican official said that museums matter."
        ),
        [(("Rosa Lopez",), "thank"), (("Pablo Ruiz",), "say")],
    ),
    # a statement by "the meeting's participants" has all of them, those the text
    # names as present only later too
    (
        MET + "Plans for a joint festival were reviewed during the meeting. "
        "Deputy Culture Minister Eva Lund was also present at the meeting.",
        [(("Anna Berg", "Eva Lund", "Marco Rossi"), "discuss")],
    ),
    # speakerless reports of the meeting's discussion
    (MET + "Berg and Rossi focused their meeting on joint festivals.", [(BOTH, "discuss")]),
    (MET + "Other issues of cooperation were also on the table.", [(BOTH, "discuss")]),
    (
        (
            "Culture Minister Anna Berg held a meeting with Italian Ambassador Marco Rossi in "
            "Oslo on Monday, discussing ways to expand cooperation."
        ),
        [(BOTH, "discuss")],
    ),
    (
        (
            "Culture Minister Anna Berg received Italian Ambassador Marco Rossi, exploring "
            "joint projects in music."
        ),
        [(BOTH, "discuss")],
    ),
    # a participle after a comma that opened no meeting is no discussion
    (
        "Culture Minister Anna Berg opened an exhibition in Oslo, exploring Nordic design.",
        [],
    ),
    # "the UNESCO Director-General": of the body's officials, the one of that office,
    # not whoever of the body was named last
    (
        (
            "Culture Minister Anna Berg met UNESCO Director-General Marta Vidal in Paris on "
            "Monday. Lars Holm, Permanent Delegate of Sweden to UNESCO, also attended the "
            "meeting. The UNESCO Director-General stressed the role of museums."
        ),
        [(("Marta Vidal",), "stress")],
    ),
    # "The minister introduced Ambassador X, <apposition>, and expressed ...": the
    # second verb shares the first one's subject, a role phrase, not its object
    (
        (
            "Norwegian Culture Minister Anna Berg met UNESCO Director-General Marta Vidal in "
            "Paris on Monday. At the start of the meeting the Norwegian minister introduced "
            "Ambassador Lars Holm, Permanent Delegate of Norway to UNESCO, and expressed "
            "confidence in his work."
        ),
        [(("Anna Berg",), "express")],
    ),
    # a surname of several words joined by particles ("y", "de", "van", "bin"),
    # attributed alone later
    (
        (
            "Mexican Culture Minister Pablo Tovar y de Castro met Colombian Culture Minister "
            "Rosa Lopez in Bogota. Tovar y de Castro said that museums matter."
        ),
        [(("Pablo Tovar y de Castro",), "say")],
    ),
    # "Ambassador X[,] <participle phrase>, said that ...": the official opening the
    # sentence speaks, not whoever spoke last
    (
        MET + "Berg noted the ties. Ambassador Marco Rossi recalling his years in Oslo, "
        "said that museums matter.",
        [(("Anna Berg",), "stress"), (("Marco Rossi",), "say")],
    ),
    (
        MET + "Berg noted the ties. Ambassador Marco Rossi, recalling his years in Oslo, "
        "said that museums matter.",
        [(("Anna Berg",), "stress"), (("Marco Rossi",), "say")],
    ),
    # a signing that ends the meeting is its participants' agree
    (MET + "The talks ended with the signing of a memorandum on museums.", [(BOTH, "agree")]),
    (MET + "The meeting concluded with the signing of a cultural programme.", [(BOTH, "agree")]),
    # "For his part, the minister ...": the pronoun of the parenthetical rules out a
    # woman the role phrase would otherwise mean
    (
        (
            "Danish Culture Minister Peter Lund met Norwegian Culture Minister Anna Berg in "
            "Oslo on Monday. Berg noted the ties. For his part, the minister stressed the role "
            "of museums."
        ),
        [(("Anna Berg",), "stress"), (("Peter Lund",), "stress")],
    ),
    # "X was cited (quoted) as saying": X speaks; no passive
    (
        MET + "The Italian envoy was cited as saying that museums matter.",
        [(("Marco Rossi",), "say")],
    ),
    (MET + "Rossi was also quoted as saying that museums matter.", [(("Marco Rossi",), "say")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements_of_real_constructions(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
