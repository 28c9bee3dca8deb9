"""Meetings and their participants in constructions of real articles unlike our own
sets (round 5): literal tables of texts in, meetings out.

Each case is a general construction seen in real articles from outlets the rules
were not written against; the sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from culturedipl import parse_text
from culturedipl._drafts import MeetingDraft
from culturedipl._meeting_rules import separate_counterparts
from tests.readers import meetings_by_name

Meeting = tuple[list[str], str | None]


# (text, [(sorted participant names, host name or None), ...])
CASES: list[tuple[str, list[Meeting]]] = [
    # a delegation from somewhere travelled to call on Y: a purpose, not a plan
    (
        (
            "Mr. Carlos Mendes, Ambassador of Portugal to Kenya, led a delegation from the"
            " Portuguese Embassy to pay a courtesy call on Dr. Amina Otieno, Minister of"
            " Culture of Kenya."
        ),
        [(["Amina Otieno", "Carlos Mendes"], "Amina Otieno")],
    ),
    (
        (
            "Ambassador Carlos Mendes led a delegation of the Embassy of Portugal to pay a"
            " visit to Kenyan Culture Minister Amina Otieno on Monday."
        ),
        [(["Amina Otieno", "Carlos Mendes"], "Amina Otieno")],
    ),
    # "during an audience with Y": an audience is a meeting, as "during a meeting with Y"
    (
        (
            "Luanda - The Kenyan Ambassador to Angola, Peter Mwangi, on Tuesday stressed"
            " the value of a cultural accord during an audience with the Minister of"
            " Culture, Maria Santos, who welcomed the idea."
        ),
        [(["Maria Santos", "Peter Mwangi"], "Maria Santos")],
    ),
    (
        (
            "At an audience with President Joao Silva of Angola, the Kenyan envoy Peter"
            " Mwangi presented a message from his president."
        ),
        [(["Joao Silva", "Peter Mwangi"], "Joao Silva")],
    ),
    # a passive signing: its agents, titled or not (an honorific only), met
    (
        (
            "The memorandum of understanding was signed by Prince Tariq bin Saleh, and the"
            " Minister of Culture of Kenya, Amina Otieno, on the sidelines of the forum."
        ),
        [(["Amina Otieno", "Tariq bin Saleh"], None)],
    ),
    (
        (
            "The accord was inked by Mr. John Kamau and Ghanaian Culture Minister Ama"
            " Mensah on Monday."
        ),
        [(["Ama Mensah", "John Kamau"], None)],
    ),
    # "X hosted a meeting with Y": one meeting, which X hosts
    (
        (
            "Peruvian Culture Minister Ana Flores hosted a bilateral meeting with the Chilean"
            " delegation led by the Minister of Culture, Arts and Heritage, Pablo Soto."
        ),
        [(["Ana Flores", "Pablo Soto"], "Ana Flores")],
    ),
    (
        "Culture Minister Ana Flores hosted talks with Italian Ambassador Marco Rossi.",
        [(["Ana Flores", "Marco Rossi"], "Ana Flores")],
    ),
    # an event hosted with no one named after it: of its host alone
    (
        "Culture Minister Ana Flores hosted the regional culture ministers' meeting in Lima.",
        [(["Ana Flores"], "Ana Flores")],
    ),
    # an unnamed counterpart called a colleague: a meeting of the named official alone
    (
        (
            "Over two days, Minister for Culture Anna Berg received her Nordic and Baltic"
            " colleagues in Oslo."
        ),
        [(["Anna Berg"], "Anna Berg")],
    ),
    (
        "OSLO, May 5 -- Norwegian Culture Minister Anna Berg met with her Italian colleague.",
        [(["Anna Berg"], "Anna Berg")],
    ),
    # "to" before a meeting noun's phrase is a preposition: an earlier meeting
    # recalled in passing is held
    (
        (
            "Culture Minister Ali Karimi met Italian Ambassador Marco Rossi on"
            " Tuesday. He then referred to his recent meeting with Italian Deputy Prime"
            " Minister Luca Bianchi."
        ),
        [(["Ali Karimi", "Marco Rossi"], None), (["Ali Karimi", "Luca Bianchi"], None)],
    ),
    (
        (
            "Culture Minister Ali Karimi said he is going to the talks with Italian Deputy"
            " Prime Minister Luca Bianchi next week."
        ),
        [],
    ),
    # the chair of a meeting reported as held, and one who "took part in the
    # discussion", were at it (the report of the meeting held may be long)
    (
        (
            "A meeting on closer ties between Chile and the member countries of the"
            " Pacific Alliance was held at the Ministry of Foreign Affairs in Santiago last"
            " Friday. The meeting, chaired by Chilean Deputy Foreign Minister Ana Flores,"
            " was attended by the ambassadors of the Alliance. Cultural Attaché Luis Soto"
            " also took part in the discussion."
        ),
        [(["Ana Flores", "Luis Soto"], "Ana Flores")],
    ),
    (
        (
            "Culture Minister Ana Flores met Italian Ambassador Marco Rossi on Monday. The"
            " meeting was chaired by Deputy Minister Carla Diaz."
        ),
        [(["Ana Flores", "Carla Diaz", "Marco Rossi"], None)],
    ),
    # a chair from abroad hosts nothing
    (
        (
            "ROME, May 5 -- A meeting of the ambassadors of the Ibero-American states was"
            " held at the Spanish Embassy in Rome on Friday. The meeting, chaired by Spanish"
            " Ambassador Luis Soto, was attended by Italian Culture Minister Marco Rossi."
        ),
        [(["Luis Soto", "Marco Rossi"], None)],
    ),
    # a body chaired by someone is no meeting's chair
    (
        (
            "Culture Minister Ana Flores met Italian Ambassador Marco Rossi on Monday. They"
            " discussed the report of the culture commission chaired by Senator Carla Diaz."
        ),
        [(["Ana Flores", "Marco Rossi"], None)],
    ),
    # an earlier encounter of two other officials of two states, recalled by a joint
    # report: a meeting of its own
    (
        (
            "The Ambassador of Chile to Kenya Luis Soto met with the Minister of Culture of"
            " Kenya Amina Otieno. During the meeting, the parties discussed film. We recall"
            " that during a visit to Kenya in May 2022, the President of Chile Carla Diaz"
            " and the President of Kenya John Kamau discussed trade."
        ),
        [
            (["Amina Otieno", "Luis Soto"], "Amina Otieno"),
            (["Carla Diaz", "John Kamau"], "John Kamau"),
        ],
    ),
    # two officials of one state report jointly: no meeting of theirs
    (
        (
            "The Ambassador of Chile to Kenya Luis Soto met with the Minister of Culture of"
            " Kenya Amina Otieno. Kenyan Deputy Minister John Kamau and Kenyan Senator Mary"
            " Wanjiru discussed trade."
        ),
        [(["Amina Otieno", "Luis Soto"], "Amina Otieno")],
    ),
    # "was greeted by Y" as "was welcomed by Y", "gave an audience to X" as "granted":
    # Y receives
    (
        (
            "Italian Culture Minister Marco Rossi was greeted by Kenyan Culture Minister"
            " Amina Otieno at the ministry in Nairobi."
        ),
        [(["Amina Otieno", "Marco Rossi"], "Amina Otieno")],
    ),
    (
        "President Amina Otieno of Kenya gave an audience to Italian Ambassador Marco Rossi.",
        [(["Amina Otieno", "Marco Rossi"], "Amina Otieno")],
    ),
    # a meal together with a named official is an encounter
    (
        (
            "ROME, May 5 -- Italian Culture Minister Marco Rossi had a working lunch with"
            " Kenyan Ambassador Amina Otieno."
        ),
        [(["Amina Otieno", "Marco Rossi"], "Marco Rossi")],
    ),
    (
        "Minister Marco Rossi held a dinner with the ambassadors of the Nordic countries.",
        [(["Marco Rossi"], None)],
    ),
    # "spoke with Y", as "talked with Y": a conversation is a meeting
    (
        "Culture Minister Marco Rossi spoke with Kenyan President Amina Otieno by telephone.",
        [(["Amina Otieno", "Marco Rossi"], None)],
    ),
    ("Culture Minister Marco Rossi spoke with reporters in Rome.", []),
    # a home official meeting an unnamed visitor hosts; with no home country known,
    # no one does
    (
        "ROME, May 5 -- Italian Culture Minister Marco Rossi met his Kenyan counterpart.",
        [(["Marco Rossi"], "Marco Rossi")],
    ),
    ("Minister Marco Rossi met his counterpart on Monday.", [(["Marco Rossi"], None)]),
    # a plan stays a plan
    (
        (
            "Ambassador Carlos Mendes said a delegation from the Portuguese Embassy hopes"
            " to meet Kenyan Culture Minister Amina Otieno next month."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_real_constructions(text: str, expected: list[Meeting]) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert meetings_by_name(text, headline="Ministers meet") == expected


# (text, the names of its officials)
OFFICIALS: list[tuple[str, list[str]]] = [
    # the untitled agent of a passive signing signs for a side: an official
    (
        "The cultural programme was signed by Sheikh Omar Al Hashimi and Minister Ama Mensah.",
        ["Ama Mensah", "Omar Al Hashimi"],
    ),
    # an untitled name after another "by" is none
    (
        "Minister Ama Mensah opened an exhibition of paintings by Pablo Ruiz Blanco.",
        ["Ama Mensah"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICIALS)
def test_officials_of_real_constructions(text: str, expected: list[str]) -> None:
    """The text names exactly these officials."""
    article = parse_text("Ministers meet\n\n" + text + "\n")
    assert sorted(o.name for o in article.officials) == expected


# (text, the sorted participant names of each meeting)
IN_TURN: list[tuple[str, list[list[str]]]] = [
    # talks with several counterparts, then two of them reported in turn: a meeting
    # with each
    (
        (
            "On Monday, Foreign Minister Ana Flores held talks with Italian Ambassador"
            " Marco Rossi, Spanish Ambassador Luis Soto and UNESCO Director Anne Lenoir."
            " During the meeting with the Italian envoy, Flores praised the film week."
            " Later in the day, she met with Spanish Ambassador Luis Soto. Flores also"
            " held talks with Anne Lenoir."
        ),
        [["Ana Flores", "Marco Rossi"], ["Ana Flores", "Luis Soto"], ["Ana Flores", "Anne Lenoir"]],
    ),
    # one separate meeting with one of them afterwards leaves the first as it was
    (
        (
            "Foreign Minister Ana Flores met Italian Ambassador Marco Rossi and Spanish"
            " Ambassador Luis Soto on Monday. In a separate meeting with Luis Soto, Flores"
            " discussed film."
        ),
        [["Ana Flores", "Luis Soto", "Marco Rossi"], ["Ana Flores", "Luis Soto"]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_TURN)
def test_counterparts_reported_in_turn(text: str, expected: list[list[str]]) -> None:
    """The text reports exactly these meetings."""
    assert [names for names, _ in meetings_by_name(text, headline="Ministers meet")] == expected


_MEETINGS = st.lists(
    st.tuples(st.lists(st.integers(0, 5), min_size=1, max_size=5, unique=True), st.integers(0, 6)),
    max_size=6,
)


@given(_MEETINGS)
def test_separating_counterparts_only_narrows_a_listing(
    drafts: list[tuple[list[int], int]],
) -> None:
    """Meetings lose only counterparts met again alone, keep their first participant
    and at least two, and no meeting of two or fewer changes."""
    meetings = [MeetingDraft(participants=list(p), sentence=s) for p, s in drafts]
    separate_counterparts(meetings)
    for (before, _), after in zip(drafts, meetings, strict=True):
        assert set(after.participants) <= set(before)
        assert after.participants[0] == before[0]
        if len(before) <= 2:
            assert after.participants == before
        else:
            assert len(after.participants) >= 2
