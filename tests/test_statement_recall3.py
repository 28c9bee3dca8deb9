"""Statements on constructions of unseen real news the reader used to miss (issue 11, round 3).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import statements_by_name

# the opening sentence most cases read first: a meeting of two officials
MET = "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo on Monday. "
BOTH = ("Anna Berg", "Marco Rossi")
BERG = ("Anna Berg",)
ROSSI = ("Marco Rossi",)

CASES = [
    # "talked" alone: one speaker informs, a plural subject discusses (ANNOTATION.md)
    (MET + "The two sides talked in a warm atmosphere.", [(BOTH, "discuss")]),
    (
        "Culture Minister Anna Berg talked in Bergen with members of a choir.",
        [(BERG, "inform")],
    ),
    # "talked at <place>" reports the meeting, not what was said
    (MET + "Berg and Rossi talked at the National Theatre.", []),
    # a request: "asked Y to ...", "encouraged Y to ..." propose
    (MET + "Berg asked the ambassador to support the festival.", [(BERG, "propose")]),
    (MET + "Rossi encouraged Norwegian museums to lend paintings.", [(ROSSI, "propose")]),
    # "inked" an agreement: agree, like "signed"
    (MET + "The two ministers inked a memorandum on museums.", [(BOTH, "agree")]),
    # an adverb between the subject and its verb
    (MET + "Ambassador Rossi likewise stressed the role of museums.", [(ROSSI, "stress")]),
    # "the Secretary" and "the state secretary" mean a minister whose title says
    # "State"; "the press secretary" is no official of the text
    (
        (
            "Minister of State for Culture Anna Berg met Italian Ambassador Marco Rossi in Oslo. "
            "According to the Secretary, the new institute will open in May."
        ),
        [(BERG, "say")],
    ),
    (
        (
            "Minister of State for Culture Anna Berg met Italian Ambassador Marco Rossi in Oslo "
            "on Monday, the ministry's press secretary told reporters."
        ),
        [],
    ),
    # a speaker named after the verb at the sentence's end, with no comma before it
    (
        MET + "Only two such institutes exist in the region said Anna Berg to the press.",
        [(BERG, "say")],
    ),
    (
        (
            "Minister of State for Culture Anna Berg met Italian Ambassador Marco Rossi in Oslo. "
            "Work on a new dictionary has already started said the state secretary."
        ),
        [(BERG, "say")],
    ),
    # "member states" is no reporting verb before the real one
    (
        MET + "Nine member states run institutes in Oslo, but few are independent said Berg.",
        [(BERG, "say")],
    ),
    # the speaker named after a quotation is the one "She" means next
    (
        (
            "“Museums matter,” stated Culture Minister Karin Lund at a festival in Oslo. "
            "She highlighted the role of libraries."
        ),
        [(("Karin Lund",), "say"), (("Karin Lund",), "stress")],
    ),
    # a name followed by the tail of its title, before the verb
    (
        (
            "Ms. Karin Lund, Principal Secretary at the Department for Culture, Arts and "
            "Heritage, emphasised the value of village museums."
        ),
        [(("Karin Lund",), "stress")],
    ),
    (
        "Governor Lars Holm of Nordland County praised the festival's role.",
        [(("Lars Holm",), "express")],
    ),
    # a tail with a comma that no comma closes before the verb is another subject's
    (
        (
            "Culture Minister Anna Berg met Marco Rossi, Director of the Institute of "
            "Culture, the ministry said."
        ),
        [],
    ),
    # two officials, the second with a title holding commas
    (
        (
            "Norwegian Culture Minister Anna Berg and Italian Minister of Culture, Tourism, "
            "Sport and Youth Marco Rossi discussed joint festivals."
        ),
        [(BOTH, "discuss")],
    ),
    # "Title, X, <verb> ..., and said": the second verb shares the apposed name
    (
        (
            "Italian Ambassador to Norway, Marco Rossi, opened the exhibition on Monday, "
            "and said it would travel to Bergen."
        ),
        [(ROSSI, "say")],
    ),
    # a possessive in the opening phrase tells which official a role phrase means,
    # and the pronoun learnt from it holds for "He" after
    (
        (
            "Foundation Director Ilona Varga and Agency Chairman Peter Kovacs discussed joint "
            "projects in Ankara. During her visit to Ankara, the official highlighted the "
            "foundation's work. Kovacs noted the ties. He noted his readiness to help."
        ),
        [
            (("Ilona Varga", "Peter Kovacs"), "discuss"),
            (("Ilona Varga",), "stress"),
            (("Peter Kovacs",), "stress"),
            (("Peter Kovacs",), "stress"),
        ],
    ),
    # "Her Excellency" stands for the official of that honorific
    (
        (
            "Her Excellency Saule Nurlan, Minister of Culture of Kazakhstan, received Italian "
            "Ambassador Marco Rossi in Astana. Rossi thanked her. Her Excellency stated that "
            "museums matter."
        ),
        [(ROSSI, "thank"), (("Saule Nurlan",), "say")],
    ),
    # "A and her counterpart, B, agreed": the role phrase is apposed to B; both speak
    (
        (
            "In 2019, Culture Minister Anna Berg and her then Italian counterpart, Marco Rossi, "
            "agreed to open a joint festival."
        ),
        [(BOTH, "agree")],
    ),
    # "the Turkmen side": the one participant of no known country beside one of another
    (
        (
            "Ambassador Arslan Berdiyev met with Minister of Culture of Romania Ms. Ioana "
            "Popescu in Bucharest. The Turkmen side proposed holding culture days in Ashgabat."
        ),
        [(("Arslan Berdiyev",), "propose")],
    ),
    # with no meeting reported, "they" and "the parties" are the official spoken of
    # last (with unnamed others)
    (
        (
            "Culture Minister Anna Berg talked in Bergen with members of a folk choir. They "
            "talked about old songs. The parties expressed hope for a joint concert."
        ),
        [(BERG, "inform"), (BERG, "inform"), (BERG, "express")],
    ),
    # a light verb's purpose with an adverb before its verb
    (
        MET + "Rossi thanked Berg. She also took the opportunity to personally invite Rossi "
        "to the festival.",
        [(ROSSI, "thank"), (BERG, "invite")],
    ),
    # "..., as noted by X": X's report, and X is the one "He" means next
    (
        (
            "Italy was the first country to open a cultural centre in Oslo, as noted by "
            "Ambassador Marco Rossi. He said that the centre would grow."
        ),
        [(ROSSI, "stress"), (ROSSI, "say")],
    ),
    # "X said:" on a line of its own is no statement; the quotation after it is X's
    (
        (
            "Culture Minister Anna Berg opened the festival in Oslo.\n"
            "Culture Minister Anna Berg said:\n“Museums matter. Libraries matter too.”"
        ),
        [(BERG, "say"), (BERG, "say")],
    ),
    # welcoming a delegation is the meeting, not a statement; welcoming a proposal is one
    (MET + "Berg welcomed a delegation of Italian artists to discuss a tour.", []),
    (MET + "Berg welcomed a proposal to open a joint centre.", [(BERG, "express")]),
    # a verb after "and" in a relative clause is the clause's, not the sentence subject's
    (
        (
            "Culture Minister Anna Berg received in Oslo several young Italian painters who "
            "shared their ideas and presented their work."
        ),
        [],
    ),
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi, who briefed her on "
            "the festival and stressed its role."
        ),
        [(ROSSI, "inform")],
    ),
    # "X presented his colleague ...": X is "he", whatever the ending of his first name
    (
        (
            "Culture Minister Nikola Petrovic met Chinese Culture Minister Wang Lei in Beijing. "
            "The two ministers agreed to open a centre. Petrovic presented his colleague with "
            "a book. He expressed his gratitude for China's support."
        ),
        [(("Nikola Petrovic", "Wang Lei"), "agree"), (("Nikola Petrovic",), "thank")],
    ),
    # "X thanked her" is the object's pronoun: it says nothing of X
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi in Oslo. Rossi "
            "thanked her for the invitation. He informed the minister that the festival opens "
            "in May."
        ),
        [(ROSSI, "thank"), (ROSSI, "inform")],
    ),
    # "X and <unnamed people>": the named official speaks
    (
        (
            "Culture Minister Anna Berg and members of the Oslo Folk Club pointed out the "
            "value of old songs."
        ),
        [(BERG, "stress")],
    ),
    ("Ambassador Marco Rossi and his delegation praised the new museum.", [(ROSSI, "express")]),
    # a list of officials with no "and" opening the sentence: all speak
    (
        (
            "Italian Ambassador Marco Rossi, Oslo Mayor Lars Holm delivered opening remarks at "
            "the festival."
        ),
        [(("Lars Holm", "Marco Rossi"), "say")],
    ),
    # "a meeting ... which touched upon": "which" stands for the meeting; a
    # festival "which highlighted" reports nothing
    (
        MET + "It was a meeting held at the National Museum which also touched upon a joint "
        "exhibition.",
        [(BOTH, "inform")],
    ),
    (
        (
            "Culture Minister Anna Berg opened the festival in Oslo. It was the first festival "
            "which highlighted northern songs."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statements_of_unseen_constructions(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
