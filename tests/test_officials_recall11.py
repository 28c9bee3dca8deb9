"""The countries of officials whose titles name none.

ANNOTATION.md gives each official the state they represent. A national outlet
leaves its own state's officials unmarked and marks the other side's, also
when it reports from abroad under a foreign dateline. Every sentence and name
below is invented for these tests, in the style of news-agency reports.
"""

from __future__ import annotations

import pytest

from culturedipl import lexicon, parse_text


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in parse_text(text).officials}


# an agency's minister abroad: the dateline's state is the visited one
_ABROAD = (
    "Vientiane, March 4 (VNA) – Minister of Culture, Sports and Tourism Tran Quoc Bao on"
    " Tuesday received the Lao Minister of Information Somsak Phanthavong. The two ministers"
    " discussed cultural exchanges between Vietnam and Laos."
)
_VISITING = (
    "Jakarta, May 2 (Bernama) – Deputy Prime Minister Aziz Rahman met Indonesian"
    " Vice-President Budi Santoso. Aziz said Malaysia and Indonesia share the same roots."
)
# a guest's state named more often than the home one
_GUESTS = (
    "(MENAFN- Jordan News Agency)\nJerash, June 8 (Petra) – Minister of Culture Samir"
    " Haddadin on Monday welcomed a Kuwaiti delegation at the festival. Haddadin praised the"
    " Kuwaiti participation, saying the festival reflects Jordan's cultural identity and the"
    " Kuwaiti and Omani friendship."
)
# the outlet's state is never named: a story of two other states
_OTHERS = (
    "Vientiane, March 4 (VNA) – Minister of Information Somsak Phanthavong on Tuesday"
    " received the Cambodian Minister of Culture Chan Sopheap. The two ministers discussed"
    " cultural exchanges between Laos and Cambodia."
)
# a title marks the outlet's state: the unmarked official is the other side's
_MARKED = (
    "Jakarta, May 2 (Bernama) – Deputy Prime Minister Aziz Rahman met Malaysian"
    " Vice-President Budi Santoso. Aziz said Malaysia and Indonesia share the same roots."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ABROAD, {"Tran Quoc Bao": "VN", "Somsak Phanthavong": "LA"}),
        (_VISITING, {"Aziz Rahman": "MY", "Budi Santoso": "ID"}),
        (_GUESTS, {"Samir Haddadin": "JO"}),
    ],
)
def test_an_outlet_leaves_its_own_officials_unmarked(
    text: str, expected: dict[str, str | None]
) -> None:
    """An official whose title names no state is of the national outlet's state."""
    assert countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_OTHERS, {"Somsak Phanthavong": "LA", "Chan Sopheap": "KH"}),
        (_MARKED, {"Aziz Rahman": "ID", "Budi Santoso": "MY"}),
    ],
)
def test_the_outlets_state_needs_naming_and_no_marked_official(
    text: str, expected: dict[str, str | None]
) -> None:
    """The outlet's state is the unmarked one only when the body names it and no title does."""
    assert countries(text) == expected


def test_outlet_countries_name_reported_outlets() -> None:
    """Each outlet of outlet_countries.tsv is an outlet name outlets.tsv reports."""
    reported = {name.casefold() for name in lexicon.outlets().values()}
    assert set(lexicon.outlet_countries()) <= reported
    assert lexicon.outlet_countries()["bernama"] == "MY"


@pytest.mark.parametrize(
    ("text", "official"),
    [
        # "H.E." and a courtesy honorific before a name the text gives no title
        (
            (
                "Director-General Irina Lenz met the Chairman of the Council, H.E. Mr Marko Ivic,"
                " and the two other members of the Council, H.E. Mr Dario Kovac and H.E. Mr Edin"
                " Basic."
            ),
            "Dario Kovac",
        ),
        ("Minister Aino Veskimägi received H.E. Dr. Lina Haddad in Tallinn.", "Lina Haddad"),
        # "H E" without its stops, between a title and the name
        (
            (
                "Doha: Minister of Culture and Heritage H E Dr Khalid bin Nasser Al Suwaidi and"
                " Chinese Minister of Culture Wang Li signed the agreement in Beijing."
            ),
            "Khalid bin Nasser Al Suwaidi",
        ),
    ],
)
def test_an_office_honorific_before_courtesy_ones_marks_an_official(
    text: str, official: str
) -> None:
    """A name after "H.E." (or "H E") and a courtesy honorific is an official's."""
    assert official in countries(text)


def test_a_courtesy_honorific_alone_marks_no_official() -> None:
    """ "Mr A B" with no office honorific, title or act is no official."""
    text = "Minister Aino Veskimägi thanked the museum, which Mr Lauri Tamm founded in 1921."
    assert "Lauri Tamm" not in countries(text)


def roles(text: str) -> dict[str, str]:
    return {o.name: o.role.value for o in parse_text(text).officials}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the head of a unit of an international body is no head of the body
        (
            (
                "Minister Aino Veskimägi met Lena Roth, Director of the UNESCO Regional Office in"
                " Tartu, on Monday."
            ),
            "Lena Roth",
            "official",
        ),
        (
            (
                "Minister Aino Veskimägi met the Director of the ICESCO Heritage Centre, Omar"
                " Bensalem, on Monday."
            ),
            "Omar Bensalem",
            "official",
        ),
        # the body itself
        (
            "Minister Aino Veskimägi met Omar Bensalem, Director-General of ICESCO.",
            "Omar Bensalem",
            "head_of_organization",
        ),
        (
            (
                "Minister Aino Veskimägi met Omar Bensalem, President of the International Turkic"
                " Academy."
            ),
            "Omar Bensalem",
            "head_of_organization",
        ),
    ],
)
def test_the_head_of_a_bodys_unit_is_an_official(text: str, name: str, role: str) -> None:
    """A director of an international body's office or centre is an official."""
    assert roles(text)[name] == role
