"""Initiatives on unseen real text, fifth round: one general construction a test.

Every sentence below is invented, in the style of news-agency and embassy
reports. Each test states the construction it covers and what the annotation
guide (``../shared/corpus/ANNOTATION.md``, "Initiatives", "Summits and
sessions" and "Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


# --------------------------------------------------------------------------
# A place or a body that takes part in an event: "<Place> for the <Event>",
# "<Body> in the <Event>". The initiative is the part after the article.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister leads a delegation to Peru for the Andean World Congress on Museums.",
            [("Andean World Congress on Museums", "forum")],
        ),
        (
            "He praised the Omani Heritage Authority in the Muscat Winter Festival 2024.",
            [("Muscat Winter Festival 2024", "festival")],
        ),
        (
            "The stand of the Lagos Film Commission in the Accra Screen Biennale drew crowds.",
            [("Accra Screen Biennale", "festival")],
        ),
    ],
)
def test_a_participant_before_for_the_or_in_the_is_no_part_of_the_name(
    body: str, expected: list[Row]
) -> None:
    """A place, a body or a body's word before "for the"/"in the" is left out of the name."""
    assert read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chile will send a troupe to the Days of Chilean Culture in the Czech Republic.",
            [("Days of Chilean Culture in the Czech Republic", "festival")],
        ),
        (
            "The Youth for the Planet Festival opens in the old town today.",
            [("Youth for the Planet Festival", "festival")],
        ),
    ],
)
def test_for_the_inside_a_name_stays(body: str, expected: list[Row]) -> None:
    """After a head word, or after words that are no participant, "for the"/"in the" stays."""
    assert read(body) == expected


# --------------------------------------------------------------------------
# A summit or session of a body, with its standing ("Ordinary", "Extraordinary")
# and an ordinal before the body's name, is a meeting of that body.


@pytest.mark.parametrize(
    "body",
    [
        "The president will not attend the 41st Ordinary AU Summit next month.",
        "Leaders met at the Extraordinary OIC Summit in the capital.",
        "The minister flew to the 12th Ordinary African Union Summit on Friday.",
        "41st Ordinary AU Summit opens with a call for unity",
    ],
)
def test_an_ordinary_summit_of_a_body_is_its_meeting(body: str) -> None:
    """ "the Nth Ordinary <body> Summit" is the body's summit, not a forum initiative."""
    assert read(body) == []


def test_a_summit_with_a_name_of_its_own_stays_a_forum() -> None:
    """A summit named for its subject, not for a body, is still a forum."""
    body = "Leaders gathered for the Sahel Climate Summit in the capital."
    assert read(body) == [("Sahel Climate Summit", "forum")]


# --------------------------------------------------------------------------
# A named day or days of a field (field_day_heads.tsv): "Culture Days" alone, a
# country's "Culture Day" or "Cinema Day". The guide: named days of culture are
# festivals.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two sides agreed to hold Culture Days in both capitals next year.",
            [("Culture Days", "festival")],
        ),
        (
            "Talks also covered the Uzbek Film Day planned for the autumn.",
            [("Uzbek Film Day", "festival")],
        ),
        (
            "The embassy staged the Nepali Cinema Day, and later the Nepali Culture Day.",
            [("Nepali Cinema Day", "festival"), ("Nepali Culture Day", "festival")],
        ),
        (
            "The Moldovan Cultural Days open today. The Moldovan Cultural Day follows.",
            [("Moldovan Cultural Days", "festival"), ("Moldovan Cultural Day", "festival")],
        ),
    ],
)
def test_a_named_day_of_a_field_is_a_festival(body: str, expected: list[Row]) -> None:
    """Each row of field_day_heads.tsv names a festival in capitals."""
    assert read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In May Culture Days were held in both capitals.", [("Culture Days", "festival")]),
        ("In April Kazakh Culture Days will open in Rome.", [("Kazakh Culture Days", "festival")]),
        ("The Culture Day of Ghana falls on 4 May.", [("Culture Day of Ghana", "festival")]),
        ("The ministry marks Culture Day on 3 November.", [("Culture Day", "festival")]),
        ("The ministry marks Culture Day on Monday.", [("Culture Day", "festival")]),
        ("The June Festival drew crowds to the square.", [("June Festival", "festival")]),
    ],
)
def test_a_date_before_or_after_a_named_day_is_no_part_of_it(
    body: str, expected: list[Row]
) -> None:
    """A month opening the clause, or "on <date>" after the day, stays out of the name."""
    assert read(body) == expected


def test_a_national_day_and_culture_words_stay_what_they_are() -> None:
    """ "National Day" is a holiday; "Minister of Culture" keeps reading as an office."""
    article = parse_text(
        "Minister of Culture Ana Vell met the envoy on the Philippine National Day."
    )
    assert article.initiatives == ()
    assert [o.name for o in article.officials] == ["Ana Vell"]


# --------------------------------------------------------------------------
# A programme's period after its name is part of the name: "the X Programme for
# 2023-2026"; the name without it is another name of the same programme.


def initiatives(body: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(name, aliases)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.aliases) for i in parse_text(body).initiatives]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The sides signed the Cultural Exchange Programme for 2027–2030 on Monday.",
            [("Cultural Exchange Programme for 2027–2030", ("Cultural Exchange Programme",))],
        ),
        (
            (
                "The sides signed the Cultural Exchange Programme for 2027-2030. The Cultural "
                "Exchange Programme covers music."
            ),
            [("Cultural Exchange Programme for 2027-2030", ("Cultural Exchange Programme",))],
        ),
        (
            (
                "The Andean Youth Initiative was praised. Its second stage, the Andean Youth "
                "Initiative for 2026, starts soon."
            ),
            [("Andean Youth Initiative", ("Andean Youth Initiative for 2026",))],
        ),
    ],
)
def test_a_programmes_period_is_part_of_its_name(
    body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """ "for <year>" or "for <year>-<year>" after a programme goes with its name."""
    assert initiatives(body) == expected


def test_a_festivals_year_after_for_stays_out() -> None:
    """Only a programme runs for a period: "the X Festival for 2026" is the festival."""
    assert read("The Silk Road Festival for 2026 opens in June.") == [
        ("Silk Road Festival", "festival")
    ]


# --------------------------------------------------------------------------
# An association is a body (not_initiative_words.tsv): a phrase that joins it to a
# forum with "and" names the organisers, not an initiative.


def test_an_association_and_a_forum_are_organisers() -> None:
    """ "organised by the X Association and Y Forum": two bodies, no initiative."""
    body = "The reading is organised by the Poets' Association and Asia Verse Forum, Seoul."
    assert read(body) == []


def test_an_association_beside_a_festival_in_its_own_phrase_leaves_it() -> None:
    """The festival an association hosts is read in its own phrase."""
    body = "The Poets' Association hosted the Kathmandu Verse Festival last week."
    assert read(body) == [("Kathmandu Verse Festival", "festival")]


# --------------------------------------------------------------------------
# A city's title of culture for a year (culture_title_heads.tsv), like a "Capital
# of ..." title: kind year. "City" alone names no initiative.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministers each named a 2027 North Asia Culture City to host events.",
            [("North Asia Culture City", "year")],
        ),
        (
            "The Culture City of North Asia scheme began a decade ago.",
            [("Culture City of North Asia", "year")],
        ),
    ],
)
def test_a_citys_title_of_culture_is_a_year(body: str, expected: list[Row]) -> None:
    """ "<Region> Culture City", "the Culture City of <Region>": a title for a year."""
    assert read(body) == expected


def test_a_city_is_no_title() -> None:
    """A city's own name with "City" is a place, and "Culture" stays a portfolio."""
    article = parse_text("Minister of Culture Ana Vell flew to Kuwait City and Mexico City.")
    assert article.initiatives == ()
    assert [o.name for o in article.officials] == ["Ana Vell"]


# --------------------------------------------------------------------------
# A gathering named for the officials who meet ("the Culture Ministers Conference
# of X", "the Culture Ministers' Forum"): a format's own name, no initiative. The
# office word cuts the phrase, and what follows it is no name of its own.


@pytest.mark.parametrize(
    "body",
    [
        "The minister attended the Culture Ministers Conference of Andean Countries.",
        "The minister attended the Culture Ministers' Conference of Andean Countries.",
        "The minister attended the Culture Ministers’ Forum on Heritage last week.",
        (
            "Ali Vell, who attended the Culture Ministers Conference of Andean Countries in "
            "Lima capital of Peru, made the remarks."
        ),
    ],
)
def test_a_ministers_conference_is_no_initiative(body: str) -> None:
    """A head word right after an office word opens no initiative's name."""
    assert read(body) == []


def test_a_head_word_after_a_name_still_opens_one() -> None:
    """Without an office word before it, "the Year of X" stays a year."""
    body = "Minister Ali Vell opened the Year of Andean Music in the capital."
    assert read(body) == [("Year of Andean Music", "year")]


# --------------------------------------------------------------------------
# A kind noun in lower case and "of" before a quoted name, as translated reports
# write it: "the project of “X”" names a project X. "At the initiative of “X”"
# names who proposed something, not an initiative.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "He spoke of the project of “Andean Crafts Online” in the region.",
            [("Andean Crafts Online", "project")],
        ),
        (
            "Both sides joined the festival of «Voices of the Andes» in May.",
            [("Voices of the Andes", "festival")],
        ),
    ],
)
def test_a_kind_noun_and_of_before_a_quoted_name(body: str, expected: list[Row]) -> None:
    """ "the <kind noun> of “X”": X is an initiative of that kind."""
    assert read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The concert was held at the initiative of “Andean Circle”.",
        "The concert was held on the initiative of the “Andean Circle”.",
        "Guests came to the opening of “Andean Crafts”.",
        "They marked the Year of “Andean Crafts” with a concert.",
    ],
)
def test_no_kind_noun_before_of_names_nothing(body: str) -> None:
    """A proposer after "at the initiative of", or no kind noun before "of": no initiative."""
    assert read(body) == []
