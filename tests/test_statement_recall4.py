"""Statements on constructions of unseen real news the reader used to miss (round 4).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import statements_by_name

# the opening sentence most cases read first: a meeting of two officials
MET = (
    "Minister of Culture and Tourism Anna Berg met Iranian Ambassador Reza Karimi "
    "in Oslo on Monday. "
)
BOTH = ("Anna Berg", "Reza Karimi")
BERG = ("Anna Berg",)
KARIMI = ("Reza Karimi",)

CASES = [
    # a role phrase whose title lists portfolios with "and" or commas, with or
    # without "the"
    (MET + "The Minister of Culture and Tourism said films matter.", [(BERG, "say")]),
    (MET + "Minister of Culture and Tourism noted that films matter.", [(BERG, "stress")]),
    (
        (
            "Minister of Culture, Sports and Tourism Anna Berg met Iranian Ambassador Reza "
            "Karimi in Oslo. The Minister of Culture, Sports and Tourism underlined the role "
            "of museums."
        ),
        [(BERG, "stress")],
    ),
    # "This is what X said", "This was stated by X": the sentences before it in its
    # paragraph are X's (a paragraph break or another report between ends it)
    (
        (
            "Museums are the memory of a nation. A nation that "
            "gave the world great music. This is what Culture Minister Anna Berg said in "
            "Bergen on Monday."
        ),
        [(BERG, "say"), (BERG, "say"), (BERG, "say")],
    ),
    (
        (
            "Norway attaches great importance to its museums. This was stated by Culture "
            "Minister Anna Berg on Monday."
        ),
        [(BERG, "say"), (BERG, "say")],
    ),
    (
        (
            "Norway attaches great importance to its museums.\nThis was stated by Culture "
            "Minister Anna Berg on Monday."
        ),
        [(BERG, "say")],
    ),
    (MET + "Norway has many museums. This is what the guide said.", []),
    # a reporting verb's participle after "with" and a group: the group's act
    (
        MET + "The talks ended with both parties stressing the value of museums.",
        [(BOTH, "stress")],
    ),
    (
        MET + "The talks ended with the two sides agreeing to hold a festival.",
        [(BOTH, "agree")],
    ),
    (
        MET + "The talks ended with both sides expressing gratitude for the hospitality.",
        [(BOTH, "thank")],
    ),
    (MET + "The festival opened with both delegations watching a film.", []),
    # a plural head of a phrase with "of": the participants ("leaders", "heads"), or
    # those of that office
    (
        (
            "Anna Berg, President of the Nordic Heritage Foundation, met Secretary-General of "
            "the Baltic Culture Council Reza Karimi in Oslo. The leaders of the two "
            "bodies underlined the value of joint exhibitions."
        ),
        [(BOTH, "stress")],
    ),
    (
        MET + "The heads of the two Culture Institutions noted the role of film.",
        [(BOTH, "stress")],
    ),
    (MET + "The ministers of culture of both countries noted the role of film.", []),
    (
        (
            "Culture Minister Anna Berg met Iranian Culture Minister Reza Karimi in Oslo. "
            "The ministers of culture of both countries noted the role of film."
        ),
        [(BOTH, "stress")],
    ),
    (MET + "The guides of the two museums noted the role of film.", []),
    # accepting an invitation agrees to it
    (
        (
            "Norway's Minister of Culture, Anna Berg, has accepted an invitation to open the "
            "Tehran film week."
        ),
        [(BERG, "agree")],
    ),
    (MET + "Berg accepted the invitation to visit Tehran in May.", [(BERG, "agree")]),
    # co-signatories whose list holds an abbreviation's full stop ("Jr.", "H.E.")
    (
        (
            "Dr. Anna Berg, Jr., Chair of the Nordic Council for Film and Music (NCFM) and "
            "Iran’s Reza Karimi, Deputy Head of the Ministry of Heritage and Culture, signed a "
            "cultural programme for 2025-2027 in Oslo."
        ),
        [(("Anna Berg, Jr.", "Reza Karimi"), "agree")],
    ),
    # a title, then another spelling of its holder's surname
    (
        (
            "High Commissioner Tomasi Naivalurua met Culture Minister Anna Berg in Oslo. "
            "Commissioner Naivaluruwa expressed satisfaction with the festival."
        ),
        [(("Tomasi Naivalurua",), "express")],
    ),
    (
        (
            "High Commissioner Tomasi Naivalurua met Culture Minister Anna Berg in Oslo. "
            "Commissioner Naitasiri expressed satisfaction with the festival."
        ),
        # another surname: another commissioner, an official by surname alone
        # (test_officials_recall8.py), never the holder named before
        [(("Naitasiri",), "express")],
    ),
    # a name with the particles "van den" speaks when repeated in full
    (
        (
            "Culture Minister Anna Berg met Dutch Ambassador Pieter van den Broek in Oslo. "
            "Pieter van den Broek thanked the Norwegian side for the hospitality."
        ),
        [(("Pieter van den Broek",), "thank")],
    ),
    # "The main topic of the talks was ...": what the meeting covered
    (
        MET + "The main topic of the talks was the programme of a joint festival.",
        [(BOTH, "discuss")],
    ),
    (
        MET + "During the meeting, the main topics of the talks were museums and films.",
        [(BOTH, "discuss")],
    ),
    # a second clause whose pronoun means another official is a statement of its own
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo. She said "
            "films matter. Rossi praised the museums of Norway, and she thanked him for his "
            "support."
        ),
        [(BERG, "say"), (("Marco Rossi",), "express"), (BERG, "thank")],
    ),
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo. Rossi "
            "praised the museums of Norway, and he thanked the minister for her support."
        ),
        [(("Marco Rossi",), "express")],
    ),
    # "the two ministers" beside a deputy minister are the two ministers; "the
    # ministers" all three
    (
        (
            "Culture Minister Anna Berg and Deputy Culture Minister Ole Dahl met Italian "
            "Culture Minister Marco Rossi in Oslo. The two ministers signed a memorandum on "
            "museums."
        ),
        [(("Anna Berg", "Marco Rossi"), "agree")],
    ),
    (
        (
            "Culture Minister Anna Berg and Deputy Culture Minister Ole Dahl met Italian "
            "Culture Minister Marco Rossi in Oslo. The ministers noted the role of museums."
        ),
        [(("Anna Berg", "Marco Rossi", "Ole Dahl"), "stress")],
    ),
    # requests, reports and support in other words
    (MET + "Berg requested the ambassador to support the festival.", [(BERG, "propose")]),
    (MET + "Karimi reported that the festival would grow.", [(KARIMI, "say")]),
    (MET + "Karimi predicted that the festival would grow.", [(KARIMI, "say")]),
    (MET + "Karimi endorsed the idea of a festival.", [(KARIMI, "express")]),
    # a parenthetical without commas, a sentence adverb between commas
    (MET + "Berg in turn stressed the role of museums.", [(BERG, "stress")]),
    (MET + "Karimi, however, noted the role of films.", [(KARIMI, "stress")]),
    (MET + "Berg meanwhile noted the role of museums.", [(BERG, "stress")]),
    # more words for what a meeting covered, an agreement, a continued report
    (MET + "The discussion centred on a film week.", [(BOTH, "discuss")]),
    (MET + "The sides reached an understanding on a film week.", [(BOTH, "agree")]),
    (MET + "Berg went on to say that museums matter.", [(BERG, "say")]),
    (MET + "The festival went on to attract many visitors.", []),
    # "her counterpart" is the other official, whatever her possessive says
    (
        (
            "Norwegian Culture Minister Anna Berg met Italian Culture Minister Marco Rossi in "
            "Oslo. Berg said films matter. Her counterpart noted the role of films."
        ),
        [(BERG, "say"), (("Marco Rossi",), "stress")],
    ),
    # a passive's agent named by a role phrase
    (MET + "The festival was praised by the ambassador.", [(KARIMI, "express")]),
    (MET + "The ambassador was informed by the minister about the festival.", [(BERG, "inform")]),
    # conviction, hope and belief
    (MET + "Karimi is convinced that films matter.", [(KARIMI, "express")]),
    (MET + "Karimi hopes that the festival will grow.", [(KARIMI, "express")]),
    (MET + "Karimi believes that films matter.", [(KARIMI, "say")]),
    (MET + "It is believed that films matter.", []),
    # the first thing expressed gives the act
    (MET + "Karimi expressed satisfaction and thanks for the concert.", [(KARIMI, "express")]),
    (MET + "Karimi expressed deep gratitude for the festival.", [(KARIMI, "thank")]),
    # "the sides" are all the meeting's participants, those named later too ("the pair"
    # stays two)
    (
        MET + "The two sides discussed a film week. Deputy Minister Ole Dahl also attended "
        "the meeting.",
        [(("Anna Berg", "Ole Dahl", "Reza Karimi"), "discuss")],
    ),
    (
        MET + "The pair discussed a film week. Deputy Minister Ole Dahl also attended the meeting.",
        [(BOTH, "discuss")],
    ),
    # a sentence whose quotations are titles quotes no one
    (
        MET + "Berg said films matter. The ministry launched “Nordic Film Home,” “Museums For "
        "All,” “Songs Of The North” and “Open Archives Now” campaigns.",
        [(BERG, "say")],
    ),
    (
        MET + "Berg said films matter. “Films bring our nations together.”",
        [(BERG, "say"), (BERG, "say")],
    ),
    # a person welcomed by another is a greeting; an idea welcomed is express
    (MET + "Karimi was warmly welcomed by Berg.", []),
    (MET + "The proposal was welcomed by the minister.", [(BERG, "express")]),
    # two role phrases joined by "and" stay two speakers
    (
        MET + "The Culture Minister and the Iranian Ambassador stressed that films matter.",
        [(BOTH, "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements_of_unseen_constructions(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


def test_a_witness_of_the_signing_joins_its_meeting() -> None:
    """ "Y, who witnessed the signing ceremony, ..." joins the signatories' meeting."""
    article = parse_text(
        "Culture Minister Anna Berg and Iranian Ambassador Reza Karimi signed a memorandum "
        "on museums in Oslo on Monday. Iranian Deputy Minister Ali Rahimi, who witnessed "
        "the signing ceremony, expressed hope for more exhibitions."
    )
    names = {official.id: official.name for official in article.officials}
    assert [sorted(names[p] for p in m.participants) for m in article.meetings] == [
        ["Ali Rahimi", "Anna Berg", "Reza Karimi"]
    ]
