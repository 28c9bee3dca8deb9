"""Meetings and their participants in constructions of real articles unlike our own
sets (round 7): literal tables of texts in, meetings out.

Each case is a general construction seen in real articles from outlets the rules
were not written against; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.readers import meetings_by_name

Meeting = tuple[list[str], str | None]


# (text, [(sorted participant names, host name or None), ...])
CASES: list[tuple[str, list[Meeting]]] = [
    # "talked to Y", as "talked with Y": one official's talks reported in turn
    (
        (
            "President of Estonia Arvo Lind talked with Ambassador of Chile to Estonia Rosa"
            " Paredes about tourism. Arvo Lind also talked to Ambassador of Peru to Estonia"
            " Diego Salas about archives and museums."
        ),
        [
            (["Arvo Lind", "Rosa Paredes"], "Arvo Lind"),
            (["Arvo Lind", "Diego Salas"], "Arvo Lind"),
        ],
    ),
    # "A and B were also in attendance": they join the meeting being reported
    (
        (
            "Culture Minister Hana Vesely met Foreign Minister Tomas Brandt on Monday."
            " Deputy Culture Minister Ivo Horak and Deputy Foreign Minister Eva Lindner"
            " were also in attendance."
        ),
        [(["Eva Lindner", "Hana Vesely", "Ivo Horak", "Tomas Brandt"], None)],
    ),
    # "took part at the discussion", as "took part in the discussion"
    (
        (
            "Foreign Minister Nimal Perera held talks with Ambassador of Nepal Sita Rai at"
            " the ministry. Deputy Minister Kamal Silva took part at the discussion."
        ),
        [(["Kamal Silva", "Nimal Perera", "Sita Rai"], None)],
    ),
    # "travelled to <a place of two words> to attend a meeting with Y": a purpose
    # the journey served, no plan
    (
        (
            "Culture Minister Kenji Arai travelled to South Korea to attend a meeting with"
            " his counterpart, Culture Minister Min-jun Seo."
        ),
        [(["Kenji Arai", "Min-jun Seo"], None)],
    ),
    # "held a dialogue with Y": talks
    (
        "Foreign Minister Lucia Ferreyra held a dialogue with Ambassador Omar Haddad.",
        [(["Lucia Ferreyra", "Omar Haddad"], None)],
    ),
    # a meeting with officials named by their office only keeps the one named
    (
        (
            "Tourism Minister Rajan Thapa held discussions with high-ranking officials of"
            " the host countries during the visit."
        ),
        [(["Rajan Thapa"], None)],
    ),
    (
        "Culture Minister Rajan Thapa met with the local authorities in Pokhara.",
        [(["Rajan Thapa"], None)],
    ),
    (
        (
            "Tourism Minister Rajan Thapa met with members of the Nepal-Japan Institute Board"
            " to explore new opportunities for cooperation."
        ),
        [(["Rajan Thapa"], None)],
    ),
    # an unnamed envoy with his post, as the subject, visited the one named: the
    # meeting of the one named, who was visited
    (
        (
            "Recently, Norway's Ambassador to Peru visited Culture Minister Ana Quispe to"
            " discuss a joint exhibition."
        ),
        [(["Ana Quispe"], "Ana Quispe")],
    ),
    (
        "The Chilean Ambassador visited Culture Minister Ana Quispe on Monday.",
        [(["Ana Quispe"], "Ana Quispe")],
    ),
    # "X chaired the meeting ... with the participation of the heads of mission": a
    # meeting of X, which one who "took part at the discussion" joins
    (
        (
            "Foreign Minister Heraldo Soto chaired the meeting held at the ministry with the"
            " participation of the heads of mission of ASEAN countries. Deputy Minister Ana"
            " Ruiz also took part at the discussion."
        ),
        [(["Ana Ruiz", "Heraldo Soto"], None)],
    ),
    # a chair already at the meeting reported chairs that one: no second meeting
    (
        (
            "Foreign Minister Heraldo Soto met Ambassador Ana Ruiz on Monday. Soto chaired"
            " the meeting, held at the ministry."
        ),
        [(["Ana Ruiz", "Heraldo Soto"], None)],
    ),
    # "At the meeting with Y, X said ... will ...": the future is in X's words; met
    (
        (
            "At the meeting with Culture Minister Anush Petrosyan, Culture Minister Mart"
            " Kask said the two ministries will hold a film week."
        ),
        [(["Anush Petrosyan", "Mart Kask"], None)],
    ),
    # "X, accompanied by A and B, met Y": X and the companions named met Y
    (
        (
            "Culture Minister Anna Berg, accompanied by Ambassador Ivo Horak and Counsellor"
            " Eva Lind, held talks with Foreign Minister Tomas Brandt."
        ),
        [(["Anna Berg", "Eva Lind", "Ivo Horak", "Tomas Brandt"], None)],
    ),
    (
        (
            "Norway's Minister of Culture, Professor Anna Berg, accompanied by the"
            " Ambassador of Norway in Chile, H.E. Ivo Horak, and other officials of the"
            " ministry held a bilateral meeting with Culture Minister Tomas Brandt."
        ),
        [(["Anna Berg", "Ivo Horak", "Tomas Brandt"], None)],
    ),
    # a companion who is no official leaves the subject alone
    (
        "Culture Minister Anna Berg, accompanied by his wife, met Foreign Minister Tomas Brandt.",
        [(["Anna Berg", "Tomas Brandt"], None)],
    ),
    # "X briefed Y on ...": a briefing of an official is an encounter with them
    (
        (
            "Tourism Minister Tendai Moyo also briefed Vice President Grace Banda on the"
            " preparations for the signing ceremony."
        ),
        [(["Grace Banda", "Tendai Moyo"], None)],
    ),
    # ... but a briefing at the meeting reported belongs to it: no second meeting
    (
        (
            "Culture Minister Tendai Moyo received Ambassador Ivo Horak and Counsellor Eva"
            " Lind on Monday. Moyo briefed Horak on the festival."
        ),
        [(["Eva Lind", "Ivo Horak", "Tendai Moyo"], "Tendai Moyo")],
    ),
    # "The signing was witnessed by A and B": the witnesses join the signing's meeting
    (
        (
            "Mayor Luis Reyes signed the memorandum on behalf of Cebu, while Governor Omar"
            " Saleh signed on behalf of Basra. The signing was witnessed by Ambassador"
            " Karim Nasser and councilors Ana Cruz and Pedro Lim."
        ),
        [(["Ana Cruz", "Karim Nasser", "Luis Reyes", "Omar Saleh", "Pedro Lim"], None)],
    ),
    # "met with her excellency": the envoy the text has just named
    (
        (
            "Ambassador of Finland Anna Virtanen arrived in Port Moresby on Monday. She said"
            " ties were strong. Prime Minister John Kamau met with her excellency at State"
            " House."
        ),
        [(["Anna Virtanen", "John Kamau"], "John Kamau")],
    ),
]

# no meeting (or no other meeting) is reported
NOT_MET: list[str] = [
    # a bare role noun as the subject may mean someone the text names: left alone
    "The governor welcomed Culture Minister Ana Quispe on Monday.",
    # a plan stays a plan ("is expected to visit")
    "Norway's Ambassador Ola Berg is expected to visit Culture Minister Ana Quispe.",
    # "his counterpart, Y" is Y, named: no meeting of Y alone with an unnamed one
    "Later, the delegation held a dialogue with his Spanish counterpart, Jose Ortega.",
    # "spoke to reporters": no official addressed
    "Culture Minister Ana Quispe spoke to reporters after the ceremony.",
    # a preview: the clause after "At Monday's meeting with Y" speaks of the future
    (
        "Culture Minister Mart Kask will travel to Yerevan. At Monday's meeting with"
        " Culture Minister Anush Petrosyan, cultural cooperation will be under discussion."
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_real_constructions(text: str, expected: list[Meeting]) -> None:
    """The meetings these constructions report, with their participants and hosts."""
    assert meetings_by_name(text, headline="Ministers meet") == expected


@pytest.mark.parametrize("text", NOT_MET)
def test_no_meeting_reported(text: str) -> None:
    """Plans, bare role subjects, named counterparts and the press are no meetings."""
    assert meetings_by_name(text, headline="Ministers meet") == []


def test_a_headlines_meeting_is_the_one_the_lead_names() -> None:
    """The opening sentence names the counterpart by office only; the next one names
    them: one meeting, completed, not a second one of the first official alone."""
    text = (
        "Peruvian Ambassador met the Minister of Tourism, Arts and Culture.\n\n"
        "Accra, March 14 - The Peruvian Ambassador to Ghana, Ana Quispe, met today the"
        " Minister of Tourism, Arts and Culture, Kofi Mensah.\n\n"
        "The two discussed cultural ties."
    )
    assert [participants for participants, _ in meetings_by_name(text)] == [
        ["Ana Quispe", "Kofi Mensah"]
    ]
