"""Outlets on unseen text, fourth round (ANNOTATION.md, "Outlet of a reprint").

Every text below is invented, in the style of aggregator reprints.
"""

from __future__ import annotations

import datetime as dt

import pytest

from culturedipl._header import read_header

STORY = (
    "The culture ministers of the two countries met in Astana on Monday and discussed"
    " joint festivals, exhibitions and exchanges of young musicians next year."
)


@pytest.mark.parametrize(
    "pointer",
    [
        "Read on the website Kazinform",
        "Read it on the website of Kazinform",
        "Published on the website Kazinform",
    ],
)
def test_an_aggregators_pointer_to_a_website_credits_it(pointer: str) -> None:
    """ "Read on the website X" at the top of a reprint credits X."""
    text = f"Ministers discuss festivals\n{pointer}\n{STORY}\n"
    assert read_header(text).outlet == "Kazinform"


def test_a_pointer_glued_to_the_story_still_credits_the_site() -> None:
    """A lost line break glues the site's name to the story's first word: the name ends there."""
    text = f"Ministers discuss festivals\nRead on the website Kazinform{STORY}\n"
    assert read_header(text).outlet == "Kazinform"


def test_a_website_of_a_ministry_is_no_outlet() -> None:
    """ "Read more on the website of the Ministry": a body, not a news outlet."""
    text = f"Ministers discuss festivals\n{STORY} Read more on the website of the Ministry.\n"
    assert read_header(text).outlet is None


@pytest.mark.parametrize("section", ["Bilateral Relations", "Relaciones Bilaterales"])
def test_a_section_name_after_the_story_is_no_author(section: str) -> None:
    """A ministry page's section name closing the text is a desk, not a person."""
    text = f"Ministers discuss festivals\n\n{STORY}\n\n{section}\n"
    assert read_header(text).authors == ()


def test_the_date_of_the_opening_event_is_no_publication_date() -> None:
    """ "(Agency) - On 12 May 2016, the minister met …": the meeting's date, not a date line."""
    text = (
        "Ministers discuss festivals\n\n(TASS) - On 12 May 2016, the culture minister met the"
        " ambassador of Chile and discussed joint festivals and exhibitions.\n"
    )
    assert read_header(text).published is None


def test_a_dateline_with_its_year_still_dates_the_story() -> None:
    """ "Lima, 12 May 2016 (TASS) - the minister met …": a dateline with its year."""
    text = (
        "Ministers discuss festivals\n\nLima, 12 May 2016 (TASS) - The culture minister met"
        " the ambassador of Chile and discussed joint festivals and exhibitions.\n"
    )
    assert read_header(text).published == dt.date(2016, 5, 12)


def test_a_headline_stamped_with_its_date_dates_the_story() -> None:
    """ "Headline @ 3 May 2022 09:10 AM": the first date line, before a later one."""
    text = (
        "Printer Friendly Version Minister meets the ambassador of Chile @ 3 May 2022 09:10 AM\n"
        "\n29 April 2022\n\n"
        f"{STORY}\n"
    )
    assert read_header(text).published == dt.date(2022, 5, 3)
