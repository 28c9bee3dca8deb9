"""Meetings in the general constructions real articles use: a literal table of texts
in, meetings out (their participants' names and host).

Each case is a construction seen in several real articles from outlets the rules
were not written against; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.readers import meetings_by_name

# (text, [(sorted participant names, host name or None), ...])
CASES: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # coordinated subjects with appositions, a Spanish double surname joined by "y"
    (
        (
            "The president of the National Fund for the Arts (Fonarte), Julio Paredes y de"
            " Salinas, and the Minister of Culture of Chile, Tomas Riquelme Ortega, held a"
            " meeting in order to strengthen cultural ties."
        ),
        [(["Julio Paredes y de Salinas", "Tomas Riquelme Ortega"], None)],
    ),
    # those present "during the meeting" listed after the verb join it
    (
        (
            "Culture Minister Anna Berg met Italian Culture Minister Marco Rossi on Monday."
            " Present during the meeting were Italian Ambassador Luca Bianchi and Deputy"
            " Minister Paolo Neri."
        ),
        [(["Anna Berg", "Luca Bianchi", "Marco Rossi", "Paolo Neri"], None)],
    ),
    # a conversation: "talked with Y"
    (
        (
            "Culture Minister Anna Berg talked with Italian Culture Minister Marco Rossi on"
            " Monday about museums."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # a visit to an embassy, and its ambassador answering "for his part": they met there
    (
        (
            "During her visit to the Italian embassy, Culture Minister Anna Berg praised the"
            " staff. For his part, Italian Ambassador Marco Rossi briefed the minister on"
            " the plans."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    (
        (
            "Visiting the ministry on Monday, Ambassador Lena Holm said ties are strong. She"
            " praised the museums. For her part, Deputy Minister Ines Ortiz thanked the"
            " ambassador."
        ),
        [(["Ines Ortiz", "Lena Holm"], "Ines Ortiz")],
    ),
    # hosting an event that is a meeting: a meeting of the host, alone if no one is named
    (
        (
            "Culture Minister Anna Berg opened the session. The minister on Monday virtually"
            " hosted the first Nordic-Baltic Culture Ministers' Meeting."
        ),
        [(["Anna Berg"], "Anna Berg")],
    ),
    (
        (
            "Culture Minister Anna Berg recalled that the Nordic Summit hosted by Prime"
            " Minister Olav Lind last year set the goals."
        ),
        [(["Olav Lind"], "Olav Lind")],
    ),
    # taking part in a meeting whose other members are unnamed: a meeting of one
    (
        (
            "Culture Minister Anna Berg took part in a videoconference of the culture"
            " ministers of the Nordic countries on Monday."
        ),
        [(["Anna Berg"], None)],
    ),
    ("Culture Minister Anna Berg held a meeting on the preparations for the festival.", []),
    # a meeting "between" an unnamed delegation and an official, whose members follow
    (
        (
            "A cordial meeting was held between a Norwegian delegation and Italian Culture"
            " Minister Marco Rossi on Monday. The Norwegian delegation, comprising Deputy"
            " Minister Per Lund, Counsellor Ola Dahl and Director Kari Moe, discussed museums."
        ),
        [(["Kari Moe", "Marco Rossi", "Ola Dahl", "Per Lund"], None)],
    ),
    # a multilateral meeting reported as held, its named participants after it
    (
        (
            "The Nordic Culture Ministers Meeting was held today in Bergen. Delegations of"
            " all member states took part. The secretariat was led by Secretary-General Per"
            " Lund and Deputy Secretary-General Kari Moe."
        ),
        [(["Kari Moe", "Per Lund"], None)],
    ),
    # with no meeting reported, those who led a delegation met no one
    (
        (
            "A Norwegian delegation arrived in Rome on Monday. The delegation was led by Deputy"
            " Minister Per Lund."
        ),
        [],
    ),
    # "the two meetings were held": those just reported, not one more
    (
        (
            "The two meetings were held on the sidelines of the forum in Oslo. Deputy Minister"
            " Per Lund and Director Kari Moe also attended the meetings."
        ),
        [],
    ),
    # welcoming guests "at the outset of the meeting": they join the meeting reported
    (
        (
            "Culture Minister Anna Berg held a virtual meeting with Italian Culture Minister"
            " Marco Rossi on Monday. At the outset of the meeting, Berg welcomed the minister"
            " as well as the Secretary-General of the Italian Commission, Ms. Lucia Ferri."
        ),
        [(["Anna Berg", "Lucia Ferri", "Marco Rossi"], "Anna Berg")],
    ),
    (
        (
            "Culture Minister Anna Berg met Italian Culture Minister Marco Rossi on Monday."
            " In a separate meeting, Berg welcomed Ms. Lucia Ferri, the Secretary-General of"
            " the Italian Commission."
        ),
        [(["Anna Berg", "Marco Rossi"], None), (["Anna Berg", "Lucia Ferri"], "Anna Berg")],
    ),
    # fellow travellers who visit a country do not meet; one visitor to a ministry does
    (
        (
            "A delegation consisting of Deputy Minister Per Lund and Director Kari Moe paid a"
            " visit to Italy."
        ),
        [],
    ),
    (
        "Norwegian Ambassador Lena Holm paid a visit to the Ministry of Culture of Italy.",
        [(["Lena Holm"], None)],
    ),
    # a reception or a press conference is no meeting
    ("Culture Minister Anna Berg hosted a reception for the diplomats on Monday.", []),
    ("Culture Minister Anna Berg hosted a press conference on Monday.", []),
    # "X, hosted by Y, ...": a participle, so Y hosts
    (
        (
            "Culture Minister Anna Berg, hosted by Italian Culture Minister Marco Rossi,"
            " toured the museum."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    # with no visit reported, an answer "for his part" is no meeting
    (
        (
            "Culture Minister Anna Berg praised the museums. For his part, Italian Ambassador"
            " Marco Rossi said the plans are ready."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_real_constructions(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert meetings_by_name(text, headline="Ministers meet") == expected
