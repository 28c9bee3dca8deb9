"""Initiatives and article metadata on unseen real text, thirteenth round: one
general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``) says a careful reader
extracts from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from culturedipl._header import read_header
from tests.readers import initiatives_by_name as read

STORY = (
    "Minister of Culture Aino Veskimägi received Ambassador Tomas Rieve on Monday "
    "to discuss an exchange of theatre companies."
)

# --------------------------------------------------------------------------
# An agency's full name alone in the source slot of a story's head (after the
# date line's date, or before the place it writes from in brackets), in a text
# that never prints the agency's code: the outlet is the name as written, as a
# prose credit's is; the code stays where the text prints it.


@pytest.mark.parametrize(
    "text",
    [
        f"date 2031-05-02 Agence Congolaise de Presse\n\nBrazzaville: {STORY}",
        f"2 May 2031\n\nAgence Congolaise de Presse (Brazzaville)\n\n{STORY}",
    ],
)
def test_a_full_name_in_the_source_slot_is_the_outlet_as_written(text: str) -> None:
    assert read_header(text).outlet == "Agence Congolaise de Presse"


@pytest.mark.parametrize(
    "text",
    [
        # the code printed in the text names the outlet
        f"2 May 2031\n\nAgence Congolaise de Presse (Brazzaville)\n\n{STORY} (ACP)",
        # a sign-off and a dateline's brackets keep the code
        f"{STORY}\n\nThe sides will meet again in June.\n\nAgence Congolaise de Presse",
        f"Brazzaville, May 2 (Agence Congolaise de Presse) - {STORY}",
    ],
)
def test_the_code_stays_outside_the_source_slot(text: str) -> None:
    assert read_header(text).outlet == "ACP"


# --------------------------------------------------------------------------
# A state's or a body's name (or its code in capitals) followed only by its
# standing organ's name ("the US Congress", "the UNESCO General Conference") names
# that legislature or assembly: a body, no initiative (the guide: organisations
# are not initiatives; a session of a body's organ is a meeting of that body).


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Aino Veskimägi met a delegation from the US Congress in Dunmore.",
        "Ambassador Tomas Rieve spoke at this year's UNESCO General Conference.",
        "Minister Arlo Venn received members of the Brazilian Congress on Monday.",
    ],
)
def test_an_owner_and_its_organ_is_no_initiative(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Minister Aino Veskimägi opened the Kelland Culture Congress in Dunmore.",
            "Kelland Culture Congress",
        ),
        (
            "Ambassador Tomas Rieve invited the minister to the World Congress of Folk Music.",
            "World Congress of Folk Music",
        ),
    ],
)
def test_a_congress_with_a_name_of_its_own_is_a_forum(sentence: str, name: str) -> None:
    assert (name, "forum") in read(sentence)


# --------------------------------------------------------------------------
# A "Related Posts" or "Related Stories" heading opens a list of the site's other
# stories under the article: their headlines are page furniture, like "Also read"
# and "Related News" lines (the guide, "Headlines and captions"), not text.


@pytest.mark.parametrize("heading", ["Related posts", "Related Stories"])
def test_headlines_under_a_related_posts_heading_are_noise(heading: str) -> None:
    body = (
        f"{STORY}\n\n{heading}\n\n"
        "Minister Veskimägi opens the Kelland Lantern Festival in Dunmore\n\nOSTPRESS\n"
    )
    assert read(body) == []
    assert read(body.replace(heading, "The minister also spoke of the festival.")) == [
        ("Kelland Lantern Festival", "festival")
    ]


# --------------------------------------------------------------------------
# A line among the first that is an outlet's name and the story's date, alone
# under the headline or after the headline and a dash, signs the page with its
# source: the outlet (the guide: the news organisation that published it); a
# place's dateline of the same shape ("Varsa, 2 May 2031") names no outlet.


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"Minister receives envoy\nNhan Dan, 2 May 2031\n\n{STORY}", "Nhan Dan"),
        (f"Minister receives envoy - Ostland Online, 2 May 2031\n\n{STORY}", "Ostland Online"),
        (
            f"Minister receives envoy — Varsa Daily Mirror, May 2, 2031\n\n{STORY}",
            "Varsa Daily Mirror",
        ),
    ],
)
def test_a_name_and_date_line_signs_the_outlet(text: str, outlet: str) -> None:
    header = read_header(text)
    assert header.outlet == outlet
    assert header.published == dt.date(2031, 5, 2)


@pytest.mark.parametrize(
    "text",
    [
        f"Minister receives envoy\nStrasbourg, 2 May 2031\n\n{STORY}",
        f"Minister receives envoy\nMonday, 2 May 2031\n\n{STORY}",
        f"Minister receives envoy - Aino Veskimägi, 2 May 2031\n\n{STORY}",
    ],
)
def test_a_place_or_a_person_with_a_date_is_no_outlet(text: str) -> None:
    assert read_header(text).outlet is None
