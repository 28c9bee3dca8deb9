"""Initiatives on unseen real text, twelfth round: one general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and
"Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read


def aliases(body: str) -> dict[str, list[str]]:
    """The aliases of each initiative in an article with *body* as its text, by name."""
    return {i.name: list(i.aliases) for i in parse_text(body).initiatives}


# --------------------------------------------------------------------------
# An observance day kept across countries, whose name opens with "World",
# "International", "Arab", ... ("World Heritage Day", "International Day of
# Dance") is a named international event, kind other; a country's holiday
# ("National Day") is none, and the year of an edition is an alias.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The embassy marked World Puppetry Day with a show in Dunmore.", "World Puppetry Day"),
        (
            "Minister Aino Veskimägi said the museum will open on International Museum Day.",
            "International Museum Day",
        ),
        ("The ministry held readings on Arab Calligraphy Day.", "Arab Calligraphy Day"),
        (
            "Ambassador Tomas Rieve opened International Day of Folk Dance in Varsa.",
            "International Day of Folk Dance",
        ),
    ],
)
def test_an_observance_day_is_an_initiative(sentence: str, name: str) -> None:
    assert (name, "other") in read(sentence)


def test_the_year_of_an_observance_day_is_an_alias() -> None:
    body = "Minister Arlo Venn opened International Day of Folk Dance 2031 in Varsa."
    name = "International Day of Folk Dance"
    assert read(body) == [(name, "other")]
    assert aliases(body)[name] == [f"{name} 2031"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ambassador hosted a reception on Kelland's National Day in Dunmore.",
        "Minister Arlo Venn greeted the guests on Independence Day.",
        "The envoy said International Day was a good time to meet.",
    ],
)
def test_a_holiday_or_a_bare_day_is_no_initiative(sentence: str) -> None:
    assert read(sentence) == []


def test_an_observance_day_in_an_also_read_line_is_noise() -> None:
    body = (
        "Minister Arlo Venn met Ambassador Tomas Rieve in Dunmore on Monday.\n\n"
        "Also Read | World Puppetry Day 2031: Varsa Troupe Tours Kelland\n"
    )
    assert read(body) == []


# --------------------------------------------------------------------------
# A name that ends in "of" and a place's capitalised name goes on with a
# lower-case place noun right after it ("the Forum of the Y region", "the Culture
# Days of X city"): the noun completes the place's name, so the initiative's, as
# written. Plurals ("of Nordic countries") name no one place.


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Minister Aino Veskimägi closed the Ministerial Forum of the North Varsa region.",
            "Ministerial Forum of the North Varsa region",
            "forum",
        ),
        (
            "Ambassador Tomas Rieve said the Culture Days of Kelland's Dunmore city open in May.",
            "Culture Days of Kelland's Dunmore city",
            "festival",
        ),
        (
            "The Youth Festival of the Lower Varsa province drew many guests, the ministry said.",
            "Youth Festival of the Lower Varsa province",
            "festival",
        ),
    ],
)
def test_a_place_noun_ends_the_place_in_a_name(sentence: str, name: str, kind: str) -> None:
    assert (name, kind) in read(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Arlo Venn spoke at the Heritage Forum of Nordic countries.",
        "The Dunmore Jazz Festival city guide was printed, the ministry said.",
    ],
)
def test_no_place_noun_without_one_place_after_of(sentence: str) -> None:
    names = [n for n, _ in read(sentence)]
    assert names
    assert not any(n.endswith(("countries", "city")) for n in names)


# --------------------------------------------------------------------------
# Article metadata. A reprint's credit followed on its line by an agency's code
# ("(MENAFN- X Courier) KUNA"): the agency filed the story the paper printed, and
# the innermost credit wins (the guide, "Outlet chains"); a word in capitals that
# names no known agency (a dateline's place) leaves the paper credited.

_REPRINTED = "Minister Arlo Venn met Ambassador Tomas Rieve in Dunmore on Monday.\n"


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("date 2031-03-02 (MENAFN- Varsa Courier) KUNA\n\n", "KUNA"),
        ("(MENAFN- Varsa Courier) WAM\n\n", "WAM"),
        ("date 2031-03-02 (MENAFN- Varsa Courier) DUNMORE\n\n", "Varsa Courier"),
        ("date 2031-03-02 (MENAFN- Varsa Courier)\n\n", "Varsa Courier"),
    ],
)
def test_an_agency_code_after_a_reprint_credit_is_the_outlet(header: str, outlet: str) -> None:
    assert parse_text(header + _REPRINTED).outlet == outlet


# --------------------------------------------------------------------------
# An outlet's name glued to a slash opens the story, alone or after its dateline's
# place and date ("X News/ The minister ...", "Baku. 4 July. X.AZ/ The minister
# ..."): the outlet filed it, as "KAZINFORM/" ending a dateline does.

_FILED = "Minister Arlo Venn met Ambassador Tomas Rieve in Dunmore on Monday.\n"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("date 2031-05-02 Varsa Courier/ ", "Varsa Courier"),
        ("Varsa Courier/ ", "Varsa Courier"),
        ("Dunmore. 4 May. REPORT.AZ/ ", "Report"),
    ],
)
def test_a_name_and_a_slash_opening_the_story_is_its_outlet(opening: str, outlet: str) -> None:
    assert parse_text(opening + _FILED).outlet == outlet


@pytest.mark.parametrize("opening", ["Culture/ ", "Dunmore/ "])
def test_a_word_and_a_slash_that_names_no_outlet_credits_none(opening: str) -> None:
    assert parse_text(opening + _FILED).outlet is None


# --------------------------------------------------------------------------
# A title of culture that a declaration gives a city, written in lower case
# ("declared the city of X the cultural capital of the Y world for 2031", "the
# declaration of X as the cultural capital of the Y world 2031"): a "Capital of ..."
# title for a year is a year (the guide), as its capitalised spelling is; the year
# after it is an alias; "a cultural capital" alone names no title.


@pytest.mark.parametrize(
    "sentence",
    [
        "The union declared the city of Varsa the cultural capital of the Nordic world for 2031.",
        (
            "Minister Arlo Venn attended the declaration of Varsa as the cultural capital"
            " of the Nordic world, the ministry said."
        ),
    ],
)
def test_a_declared_capital_in_lower_case_is_a_year(sentence: str) -> None:
    assert read(sentence) == [("cultural capital of the Nordic world", "year")]


def test_the_year_after_a_declared_capital_is_an_alias() -> None:
    body = (
        "Minister Arlo Venn attended the declaration ceremony of the city Varsa as"
        " the cultural capital of the Nordic world 2031, the ministry said."
    )
    name = "cultural capital of the Nordic world"
    assert read(body) == [(name, "year")]
    assert aliases(body)[name] == [f"{name} 2031"]


def test_a_cultural_capital_alone_names_no_title() -> None:
    body = "The union declared the city of Varsa a cultural capital, Minister Arlo Venn said."
    assert read(body) == []
