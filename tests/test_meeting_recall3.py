"""Meetings in constructions of real articles unlike our own sets (issue 11): a
literal table of texts in, meetings out (their participants' names and host).

Each case is a general construction seen in real articles from outlets the rules
were not written against; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.readers import meetings_by_name

# (text, [(sorted participant names, host name or None), ...])
CASES: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # the subject's role set off by commas between it and "met"
    (
        (
            "Anna Berg, director general at the ministry's cultural affairs bureau, met"
            " with her Italian counterpart, Marco Rossi, and discussed cooperation in film."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    (
        "Anna Berg, director general at the culture ministry, met Italian Ambassador Marco Rossi.",
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    (
        (
            "Anna Berg, head of cultural affairs at the foreign ministry, met Italian"
            " Ambassador Marco Rossi on Monday."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # a participle of hosting after the speaker's verb: the speaker hosts
    (
        (
            "Culture Minister Anna Berg proposed a joint film week while hosting Italian"
            " Ambassador Marco Rossi at the ministry on Friday."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
    (
        (
            "Italian Ambassador Marco Rossi said so after receiving Culture Minister Anna"
            " Berg at the embassy."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    # hosting an event is no meeting
    (
        "Culture Minister Anna Berg spoke about the festival while hosting the film awards.",
        [],
    ),
    # "A and B agreed ... during their talks": the plural subject met
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi on Monday. In"
            " 2019, Berg and Spanish Culture Minister Luis Soto agreed to deepen ties during"
            " their one-on-one talks."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg"), (["Anna Berg", "Luis Soto"], None)],
    ),
    # "A and her counterpart, B,": B stands in apposition to the counterpart
    (
        (
            "In 2019, Culture Minister Anna Berg and her then Italian counterpart, Marco"
            " Rossi, agreed to deepen ties during their talks."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    (
        (
            "Culture Minister Anna Berg and her Italian counterpart, Marco Rossi, held talks"
            " on film cooperation on Monday."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # one official's own talks are no meeting of two
    (
        (
            "Culture Minister Anna Berg praised Italian Ambassador Marco Rossi for the"
            " festival and described their cooperation as a model."
        ),
        [],
    ),
    # coordinated subjects whose titles list portfolios with commas
    (
        (
            "Minister of Culture, Youth and Sports Kim Min Ho and Japanese Minister of"
            " Education, Culture, Science and Technology Sato Hiroshi on Monday discussed"
            " student exchanges at the ministers' annual meeting."
        ),
        [(["Kim Min Ho", "Sato Hiroshi"], None)],
    ),
    # a delegation as the subject stands for the members named before it
    (
        (
            "A delegation of Sweden consisting of Deputy Prime Minister Anna Berg and Deputy"
            " Minister of Culture Carl Ek paid a visit to Italy. During the visit, the Swedish"
            " delegation held talks with Italian Culture Minister Marco Rossi."
        ),
        [(["Anna Berg", "Carl Ek", "Marco Rossi"], "Marco Rossi")],
    ),
    (
        (
            "A Swedish delegation led by Deputy Prime Minister Anna Berg arrived in Rome on"
            " Monday. The delegation also met Italian Culture Minister Marco Rossi."
        ),
        # the delegation's leader is Sweden's (its demonym), so the Italian minister
        # in Rome is at home: the host
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    # "Members of the delegation, headed by Y, were present": Y joins the meeting
    (
        (
            "Foreign Minister Anna Berg has welcomed a delegation of Italian officials to"
            " discuss film cooperation. The minister spoke at a reception at the embassy."
            " Members of the delegation, headed by Italian Deputy Culture Minister Marco"
            " Rossi, were at the reception."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
    # "She said this during a meeting with Y": the speaker met Y
    (
        (
            "Culture Minister Anna Berg on Monday said cooperation in culture was key. She"
            " stated this during a meeting with Italian Ambassador Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # "Y, who called on her along with Z": Z joins the meeting of the sentence
    (
        (
            "Culture Minister Anna Berg on Monday said cooperation in culture was key. She"
            " stated this during a meeting with Ms Irina Petrova, Director General of the"
            " Baltic news agency, who called on her along with Italian Ambassador Marco Rossi."
        ),
        [(["Anna Berg", "Irina Petrova", "Marco Rossi"], None)],
    ),
    # "along with" in a later sentence that reports no meeting adds no one
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi on Monday. Later"
            " she toured the museum along with Deputy Minister Carl Ek."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # a caption lists the officials at the meeting its clause reports; the story's
    # report of the same visit, naming fewer, is that meeting
    (
        (
            "Picture: Culture Minister Anna Berg, Italian Ambassador Marco Rossi and the"
            " Permanent Secretary of the Ministry of Culture, Mrs. Eva Lund, when the"
            " Ambassador paid a courtesy visit to the Minister in Stockholm on Friday. The"
            " Minister received Ambassador Rossi in her office."
        ),
        [(["Anna Berg", "Eva Lund", "Marco Rossi"], "Anna Berg")],
    ),
    # officials named in a clause with a verb of its own are no caption's list
    (
        (
            "Culture Minister Anna Berg praised Italian Ambassador Marco Rossi and Deputy"
            " Minister Eva Lund when she met the ambassador on Friday."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # "Y and Z also took part.": those named join the meeting just reported
    (
        (
            "On Monday, Culture Minister Anna Berg held talks with Italian Culture Minister"
            " Marco Rossi. Deputy Minister Carl Ek and Ambassador of Sweden to Italy Eva Lund"
            " also took part."
        ),
        [(["Anna Berg", "Carl Ek", "Eva Lund", "Marco Rossi"], None)],
    ),
    # a personal pronoun as the object of receiving: the one it means
    (
        (
            "Culture Minister Anna Berg said the visit was a milestone. She was speaking when"
            " President Carl Ek received her and her delegation at the palace on Tuesday."
        ),
        [(["Anna Berg", "Carl Ek"], "Carl Ek")],
    ),
    (
        (
            "Italian Ambassador Marco Rossi praised the festival. Culture Minister Anna Berg"
            " received him at the ministry on Monday."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
    # "her" as a possessive is no object
    (
        (
            "Italian Ambassador Marco Rossi praised the festival. Culture Minister Anna Berg"
            " received her guests from the film academy on Monday."
        ),
        [],
    ),
    # "the delegation was received by Y": its head named before, else the one the
    # story follows
    (
        (
            "Culture Minister Anna Berg received a delegation led by the Chairman of the"
            " Friendship Group of the Italian Parliament Marco Rossi on Monday. On Saturday,"
            " the Italian parliamentary delegation was received by Speaker of the Parliament"
            " Eva Lund."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg"), (["Eva Lund", "Marco Rossi"], "Eva Lund")],
    ),
    (
        (
            "Culture Minister Anna Berg said on arrival in Rome that film was the heart of the"
            " programme. On Monday the Swedish delegation was received at City Hall by Mayor"
            " of Rome Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    # "X met her counterparts": the meetings reported next are X's, and the role
    # phrase after "In a meeting with Minister Y," is not Y
    (
        (
            "Culture Minister Anna Berg met her Italian and Spanish counterparts in separate"
            " talks on the sidelines of the forum. In a meeting with Italian Minister of"
            " Culture Marco Rossi, the minister discussed film. In her meeting with Spanish"
            " Minister of Culture Luis Soto, the two sides discussed museums."
        ),
        [(["Anna Berg", "Marco Rossi"], None), (["Anna Berg", "Luis Soto"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_real_constructions(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert meetings_by_name(text, headline="Ministers meet") == expected
