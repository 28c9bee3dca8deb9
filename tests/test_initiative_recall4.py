"""Initiatives on unseen real text, fourth round: one general construction a test.

Every sentence below is invented, in the style of news-agency and embassy
reports. Each test states the construction it covers and what the annotation
guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and "Initiatives,
more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


def names(body: str) -> list[str]:
    """The name of each initiative in an article with *body* as its text."""
    return [name for name, _ in read(body)]


# --------------------------------------------------------------------------
# A named plan, agenda or corridor is a programme.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The director thanked the kingdom for funding the Regional Plan for Andean Music.",
            [("Regional Plan for Andean Music", "programme")],
        ),
        (
            "The ministers agreed to draw up a shared Green Stage Agenda by next spring.",
            [("Green Stage Agenda", "programme")],
        ),
        (
            "The envoy said Agenda 2040 guides the union's cultural work.",
            [("Agenda 2040", "programme")],
        ),
        (
            "The caravan will follow the Baltic Sea Amber Corridor through four countries.",
            [("Baltic Sea Amber Corridor", "programme")],
        ),
    ],
)
def test_a_named_plan_agenda_or_corridor_is_a_programme(body: str, expected: list[Row]) -> None:
    """ "the Regional Plan for X", "a X Agenda", "Agenda 2040", "the X Corridor": programmes."""
    assert read(body) == expected


def test_a_plan_in_lower_case_is_no_name() -> None:
    """ "a joint plan of events" and "the economic corridor" are ordinary nouns."""
    body = "The sides approved a joint plan of events and spoke of the economic corridor."
    assert read(body) == []


# --------------------------------------------------------------------------
# One name written twice with its words in another order is one initiative.


def test_a_name_with_its_words_reordered_is_an_alias() -> None:
    """ "the Open Stage Archive" and later "the Stage Open Archive": one programme."""
    body = (
        "The ministers launched the Open Stage Archive Programme in Lima. "
        "The Stage Open Archive Programme will hold recordings of both theatres."
    )
    found = parse_text(body).initiatives
    assert [(i.name, i.aliases) for i in found] == [
        ("Open Stage Archive Programme", ("Stage Open Archive Programme",))
    ]


def test_a_cross_year_is_not_merged_with_its_mirror() -> None:
    """ "Year of A in B" and "Year of B in A" are two years, not one reordered name."""
    body = (
        "The Year of Chile in Peru opened in March. "
        "The Year of Peru in Chile will follow next spring."
    )
    assert names(body) == ["Year of Chile in Peru", "Year of Peru in Chile"]


# --------------------------------------------------------------------------
# An executive programme carries out a cultural agreement: a signed document.


def test_an_executive_programme_of_an_agreement_is_no_initiative() -> None:
    """ "the A-B Executive Programme (2025-2029) of the Cultural Agreement": a document."""
    body = (
        "The ministers discussed the planned signing of the Chile-Peru Executive Programme"
        " (2025-2029) of the 1998 Cultural Agreement. They also opened the Andean Film Festival."
    )
    assert names(body) == ["Andean Film Festival"]


# --------------------------------------------------------------------------
# A coined word ending in "fest" or "festa" names a festival by itself.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministers agreed to restructure PACIFESTA and to fund it for ten years.",
            [("PACIFESTA", "festival")],
        ),
        (
            "Young directors from both countries will screen their films at Steppefest.",
            [("Steppefest", "festival")],
        ),
    ],
)
def test_a_word_ending_in_fest_is_a_festival(body: str, expected: list[Row]) -> None:
    """ "restructure PACIFESTA", "at Steppefest": one word names the festival."""
    assert read(body) == expected


def test_manifest_and_a_bracketed_fest_are_no_new_name() -> None:
    """ "Manifest" is a word; "(ANDEFEST)" after a festival's name is its alias."""
    body = (
        "Manifest interest came from the embassy in the Andean Dance Festival (ANDEFEST)"
        " held in Cusco."
    )
    found = parse_text(body).initiatives
    assert [(i.name, i.aliases) for i in found] == [("Andean Dance Festival", ("ANDEFEST",))]


# --------------------------------------------------------------------------
# A festival's name written again without its generic words is its alias.


def test_a_name_without_its_generic_words_is_the_same_festival() -> None:
    """ "the Andean Arts and Culture Festival", then "the Andean Festival": one festival."""
    body = (
        "The minister thanked Peru for hosting the Fifth Andean Arts and Culture Festival."
        " The 5th Andean Festival of arts and Culture drew dancers from six countries."
    )
    found = parse_text(body).initiatives
    assert [(i.name, i.aliases) for i in found] == [
        ("Andean Arts and Culture Festival", ("Andean Festival",))
    ]


def test_two_festivals_of_different_fields_stay_apart() -> None:
    """ "the Andean Music Festival" and "the Andean Film Festival" are two festivals."""
    body = "The embassy supports the Andean Music Festival and the Andean Film Festival in Lima."
    assert names(body) == ["Andean Music Festival", "Andean Film Festival"]


# --------------------------------------------------------------------------
# "and the" right after a head word opens a second noun phrase.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister spoke about the Blue Road Initiative and the Digital Amber Road.",
            ["Blue Road Initiative"],
        ),
        (
            "The envoy praised the Nordic Lights Festival and the Baltic Song Days.",
            ["Nordic Lights Festival", "Baltic Song Days"],
        ),
        (
            "The ministry supports the Year of Poetry and the Sea in both countries.",
            ["Year of Poetry and the Sea"],
        ),
    ],
)
def test_and_the_after_a_head_word_ends_the_name(body: str, expected: list[str]) -> None:
    """ "the A Initiative and the B": the name ends at its head; "of Poetry and the Sea" goes on."""
    assert names(body) == expected


# --------------------------------------------------------------------------
# Signed documents and plans that any ministry has are no initiatives.


@pytest.mark.parametrize(
    "body",
    [
        "The two sides signed a Memorandum of Understanding on the Joint Heritage Programme.",
        "The minister recalled the Cultural Partnership Agreement Programme of 2019.",
        "The ambassador said the Action Plan for 2025-2027 will be carried out in full.",
        "The sides reviewed the Master Plan and the Five-Year Plan of the ministry.",
        "The minister spoke about the National Development Plan of his country.",
    ],
)
def test_a_signed_document_or_a_plan_of_generic_words_is_no_initiative(body: str) -> None:
    """ "a Memorandum of Understanding on …", "the Action Plan", "the Master Plan": none."""
    assert names(body) == []


def test_a_plan_with_a_name_of_its_own_is_kept() -> None:
    """ "the Amber Plan for Baltic Crafts" holds a word of its own: a programme."""
    body = "The director presented the Amber Plan for Baltic Crafts to the ambassador."
    assert read(body) == [("Amber Plan for Baltic Crafts", "programme")]


# --------------------------------------------------------------------------
# A second name in apposition renames the initiative before it.


def test_a_name_in_apposition_is_the_other_name_of_the_one_before() -> None:
    """ "the 2027 Lima Conference, the next World Conference on Museums.": one forum."""
    body = (
        "The minister offered to host the 2027 Lima Conference, the next World Conference"
        " on Museums and Living Heritage."
    )
    found = parse_text(body).initiatives
    assert [(i.name, i.aliases) for i in found] == [
        ("Lima Conference", ("World Conference on Museums and Living Heritage",))
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The envoy praised the Amber Festival, the annual Baltic Song Festival and the"
                " Nordic Lights Festival."
            ),
            ["Amber Festival", "Baltic Song Festival", "Nordic Lights Festival"],
        ),
        (
            "The envoy recalled the Lima Conference, the annual Amber Festival.",
            ["Lima Conference", "Amber Festival"],
        ),
    ],
)
def test_a_list_or_another_kind_after_a_comma_is_no_apposition(
    body: str, expected: list[str]
) -> None:
    """A list goes on after the second name; a name of another kind is another initiative."""
    assert names(body) == expected


# --------------------------------------------------------------------------
# "the exhibition of" a capitalised title names the exhibition.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministers visited the exhibition of Treasures of the Amber Road at the museum.",
            [("Treasures of the Amber Road", "other")],
        ),
        ("The envoy opened an exhibition of Andean silver jewellery in Lima.", []),
        ("The envoy opened an exhibition of Russian Art in Lima.", []),
        ("The envoy visited an exhibition of the Culture Ministry in Lima.", []),
    ],
)
def test_a_title_after_exhibition_of_names_it(body: str, expected: list[Row]) -> None:
    """A title of capitalised words is a name; a description, a place's art or a body's is none."""
    assert read(body) == expected


# --------------------------------------------------------------------------
# A sentence's opening "The" is no part of a name before a lower-case head word.


def test_an_opening_the_is_left_out_of_the_name_and_its_alias() -> None:
    """ "The Amber Bridge contest was held …": name "Amber Bridge", alias without "The"."""
    body = "The Amber Bridge contest was held at the embassy for the third time."
    found = parse_text(body).initiatives
    assert [(i.name, i.aliases) for i in found] == [("Amber Bridge", ("Amber Bridge contest",))]


# --------------------------------------------------------------------------
# A head word inside a body's or a venue's name names no initiative.


@pytest.mark.parametrize(
    "body",
    [
        "The ambassador thanked the World Food Programme for its support in the region.",
        "The minister met the Administrator of the United Nations Development Programme.",
        "The concert of both orchestras took place at the Royal Festival Hall in London.",
    ],
)
def test_a_bodys_or_a_venues_name_is_no_initiative(body: str) -> None:
    """A UN programme is a body; a festival hall is a venue: no initiative in either."""
    assert names(body) == []


def test_a_programme_of_a_body_with_a_name_of_its_own_is_kept() -> None:
    """ "the UNESCO Silk Roads Programme": the body's name ends before the head word."""
    body = "The director presented the UNESCO Amber Roads Programme to the minister."
    assert names(body) == ["UNESCO Amber Roads Programme"]


# --------------------------------------------------------------------------
# An office word before "of the" is no part of the name that follows.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The envoy met the Commissioner of the Culture Days of Chile.", ["Culture Days of Chile"]),
        ("The minister met the Founder of the Amber Festival, Ona Petraite.", ["Amber Festival"]),
        ("The minister met the Coordinator of the Amber Road Initiative Secretariat.", []),
    ],
)
def test_an_office_before_a_name_is_left_out(body: str, expected: list[str]) -> None:
    """ "the Commissioner of the X Days": the name is "X Days"; a secretariat is a body."""
    assert names(body) == expected


# --------------------------------------------------------------------------
# A weekday after "on" is a date, no part of the name.


def test_a_weekday_after_the_name_is_left_out() -> None:
    """ "opened the 5th Lima International Book Fair on Monday": the fair, not the day."""
    body = "The minister opened the 5th Lima International Book Fair on Monday."
    assert read(body) == [("Lima International Book Fair", "other")]


# --------------------------------------------------------------------------
# A named cup is an international event taken up together: kind other.


def test_a_named_cup_is_an_event_of_its_own() -> None:
    """ "the 2030 Andean Football Cup and the Pacific Games": two events, kind other."""
    body = "The ministers discussed the 2030 Andean Football Cup and the Pacific Games in Lima."
    assert read(body) == [("Andean Football Cup", "other"), ("Pacific Games", "other")]


# --------------------------------------------------------------------------
# A kind noun, a comma and "called": "the festival, called X, …".


def test_a_name_called_after_a_comma_takes_the_kind_noun_before_it() -> None:
    """ "the festival, called Andean Echoes, will return": a festival named "Andean Echoes"."""
    body = "The minister said the festival, called Andean Echoes, will return in 2026."
    assert read(body) == [("Andean Echoes", "festival")]


# --------------------------------------------------------------------------
# A capitalised word with a "+" glued to it is a coined name.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ambassador praised the Heritage+ programme for young restorers.",
            [("Heritage+", "programme")],
        ),
        ("Call +51 974 265 to join the Lima programme.", []),
    ],
)
def test_a_word_with_a_glued_plus_is_a_coined_name(body: str, expected: list[Row]) -> None:
    """ "the Heritage+ programme" names "Heritage+"; a phone number's "+" names nothing."""
    assert read(body) == expected
