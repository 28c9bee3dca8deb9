"""Initiatives on unseen real text, seventh round: one general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and
"Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


def aliases(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(name, aliases)`` of each initiative in an article with *body* as its text."""
    return [(i.name, tuple(i.aliases)) for i in parse_text(body).initiatives]


# --------------------------------------------------------------------------
# A city's title of culture after a dash: "<City> – <X> Capital of Culture <year>".
# The city belongs to the name even when no gazetteer lists it.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The mayor reviewed the plans for the Tyrsa – Arab Capital of Culture 2031 "
                "project with the minister."
            ),
            [("Tyrsa – Arab Capital of Culture 2031", "year")],
        ),
        (
            "Delegates praised Qarvel – Capital of Islamic Culture 2029 on Monday.",
            [("Qarvel – Capital of Islamic Culture 2029", "year")],
        ),
    ],
)
def test_an_unlisted_city_before_a_dash_and_a_capital_title_opens_the_name(
    body: str, expected: list[Row]
) -> None:
    assert read(body) == expected


def test_a_dash_after_a_city_before_other_words_still_splits() -> None:
    """Only a title of culture takes the word before the dash: a dateline's city does not."""
    body = "Delegates met in Vardelo – Green Week of Dialogue opened on Monday."
    assert read(body) == [("Green Week of Dialogue", "festival")]


# --------------------------------------------------------------------------
# A quoted title given to an initiative just named: "the X Biennale, named “Y”".
# The quoted title is another name of the same initiative, not a second one.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The minister will visit the Nordvik Photo Biennale, named “Light After Dark”, "
                "on Friday."
            ),
            [("Nordvik Photo Biennale", ("Light After Dark",))],
        ),
        (
            "She opened the Lagoon Book Fair, titled “Pages of the Sea”, in the old port.",
            [("Lagoon Book Fair", ("Pages of the Sea",))],
        ),
    ],
)
def test_a_quoted_title_after_named_or_titled_is_an_alias(
    body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert aliases(body) == expected


# --------------------------------------------------------------------------
# A body's possessive before a name: "the Government's X Programme" names the
# "X Programme"; the government is who runs it, not part of its name.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ambassador praised the Government’s Open Stages Initiative.",
            [("Open Stages Initiative", "programme")],
        ),
        (
            "The Ministry's River Voices Festival drew visitors from five countries.",
            [("River Voices Festival", "festival")],
        ),
    ],
)
def test_a_body_s_possessive_is_no_part_of_the_name(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


def test_a_common_noun_s_possessive_stays_in_the_name() -> None:
    """A common noun's possessive ("Children's") stays; only a body's word opens a name."""
    body = "The minister opened the Children’s Puppet Festival in Sarkand."
    assert read(body) == [("Children’s Puppet Festival", "festival")]


# --------------------------------------------------------------------------
# A weekday right before "the": "inaugurated Thursday the X Week". The day dates
# the verb; the name begins after "the".


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two ministers inaugurated Thursday the Omani Heritage Week in Tunis.",
            [("Omani Heritage Week", "festival")],
        ),
        (
            "The minister opened on Sunday the Days of Moldovan Culture.",
            [("Days of Moldovan Culture", "festival")],
        ),
    ],
)
def test_a_weekday_before_the_is_no_part_of_the_name(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


# --------------------------------------------------------------------------
# "Celebrations": the plural head of a named festival ("the Song and Dance
# Celebrations"), like "Days" and "Weeks".


def test_celebrations_heads_a_festival() -> None:
    body = "The minister will attend the Latgalian Song and Dance Celebrations this weekend."
    assert read(body) == [("Latgalian Song and Dance Celebrations", "festival")]


# --------------------------------------------------------------------------
# A country's possessive before a week or days of culture: "Iran's Cultural
# Week". The words after the possessive are only generic; the country's name
# is what makes them a name, so it stays in it.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mongolia's Cultural Week opened in Minsk with a concert.",
            [("Mongolia's Cultural Week", "festival")],
        ),
        (
            "The ambassador thanked the university for hosting Peru’s Culture Days.",
            [("Peru’s Culture Days", "festival")],
        ),
    ],
)
def test_a_country_s_possessive_names_its_generic_week(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


def test_a_country_s_possessive_before_a_body_is_no_initiative() -> None:
    body = "The ambassador met Mongolia's Culture Ministry officials."
    assert read(body) == []


# --------------------------------------------------------------------------
# A quoted name after "<Head> of <field>": 'the International Festival of Arts
# “X”'. The head names the kind even with "of" and a field word between; "at the
# initiative of “X”" names who proposed something, not an initiative.


def test_a_quoted_name_after_a_head_of_a_field() -> None:
    body = "Paintings were shown within the XII International Festival of Arts “Amber Coast”."
    assert read(body) == [("Amber Coast", "festival")]


def test_a_quoted_proposer_after_at_the_initiative_of_is_no_initiative() -> None:
    body = "The concert was held at the initiative of “Friends of Tallinn”."
    assert read(body) == []


# --------------------------------------------------------------------------
# A country's day held in another country, quoted: "‘X Day in the Republic of
# Y’" is a named day of culture, like "Days of X Culture in Y".


def test_a_quoted_country_day_in_another_country_is_a_festival() -> None:
    body = "He recalled organizing the ‘Moldova Day in the Republic of Latvia’ last spring."
    assert read(body) == [("Moldova Day in the Republic of Latvia", "festival")]


# --------------------------------------------------------------------------
# An acronym glued to its edition's number ("COP31", "PALM11") is a conference
# of that edition, a forum, even with no head word beside it. Not a listed
# body's session ("UNGA80": a meeting of that body) nor a modifier ("the
# COVID19 pandemic").


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "She invited her colleague to the culture segment of COP31 in Antalya.",
            [("COP31", "forum")],
        ),
        (
            "Senior officials met in Suva to prepare PALM11 next year.",
            [("PALM11", "forum")],
        ),
        ("The minister spoke at UNGA80 in New York.", []),
        ("The COVID19 pandemic closed the museums for a year.", []),
    ],
)
def test_an_acronym_with_its_edition_number_is_a_forum(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


# --------------------------------------------------------------------------
# An acronym no body is listed by, with its edition's number, before "Summit"
# ("the TICAD 9 Summit") names a conference's edition, a forum; a listed body's
# acronym before "Summit" ("the OTS Summit") is still that body's meeting.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Talks followed the TICAD 9 Summit held in Yokohama.", [("TICAD 9 Summit", "forum")]),
        ("Leaders gathered for the OTS Summit in Astana.", []),
        ("He attended the BRICS 2026 Summit in Delhi.", []),
    ],
)
def test_an_unlisted_acronym_with_an_edition_number_before_summit_is_a_forum(
    body: str, expected: list[Row]
) -> None:
    assert read(body) == expected


# --------------------------------------------------------------------------
# A year or a city's title a declaring verb names, written in lower case:
# "declared the year of Egyptian-African culture", "designate 2031 as the year of
# Lao tourism", "chosen to be the city of Arab culture". The declaration makes it
# a commemorative year; a year of no people's field ("the year of mourning") or
# a state's capital is none.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The president declared the year of Gambian-Senegalese culture.",
            [("year of Gambian-Senegalese culture", "year")],
        ),
        (
            "Laos has decided to designate 2031 as the year of Lao crafts.",
            [("year of Lao crafts", "year")],
        ),
        (
            "Kairouan was chosen to be the city of Islamic culture in 2031.",
            [("city of Islamic culture", "year")],
        ),
        ("The government declared the year of mourning.", []),
        ("Gitega was chosen as the capital of Burundi.", []),
    ],
)
def test_a_declared_year_in_lower_case_is_a_year(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


# --------------------------------------------------------------------------
# A holiday's celebrations are no festival of their own: "the Independence Day
# Celebrations", "“Independence Day” celebrations" (no field word before "Day").


@pytest.mark.parametrize(
    "body",
    [
        "The embassy joined the Independence Day Celebrations in Lome.",
        "The ambassador attended the National Day Celebration at the residence.",
        "She greeted the guests at the “Unity Day” celebrations in Lome.",
    ],
)
def test_a_holiday_s_celebrations_are_no_festival(body: str) -> None:
    assert read(body) == []


# --------------------------------------------------------------------------
# "<Head> of <people's word> <field in lower case>": translated reports write
# "the Year of Cuban culture"; the field is the name's last word, not cut off.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Year of Cuban culture in Ghana ended with a concert.",
            [("Year of Cuban culture", "year")],
        ),
        (
            "The Days of Russian cinema and music opened in Hanoi.",
            [("Days of Russian cinema and music", "festival")],
        ),
        (
            "The Year of Russian Culture in Vietnam began.",
            [("Year of Russian Culture in Vietnam", "year")],
        ),
    ],
)
def test_a_people_s_field_in_lower_case_ends_the_name(body: str, expected: list[Row]) -> None:
    assert read(body) == expected
