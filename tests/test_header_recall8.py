"""Outlets, eighth round: an agency's full name where the text never prints its code.

Every text below is invented for these tests; each test names the general
construction it covers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from culturedipl import parse_text

STORY = (
    "Minister of Arts Jean Robert met the Ambassador of India, Rahul Mehta, on Monday."
    " They discussed cultural cooperation.\n"
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a credit that spells the agency out, its code nowhere in the text
        (
            (
                "According to Ghana News Agency, the Minister of Arts Jean Robert met the"
                " Ambassador of India, Rahul Mehta, on Monday.\n"
            ),
            "Ghana News Agency",
        ),
        (STORY + "Source: Angola Press News Agency\n", "Angola Press News Agency"),
    ],
)
def test_an_agency_spelled_out_and_never_coded_is_credited_as_written(
    text: str, outlet: str
) -> None:
    assert parse_text(text).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Accra, May 3 (GNA) - " + STORY,
        "Accra, May 3 (GNA) - " + STORY + "Source: Ghana News Agency\n",
    ],
)
def test_an_agency_whose_code_the_text_prints_is_credited_by_its_code(text: str) -> None:
    assert parse_text(text).outlet == "GNA"


# --------------------------------------------------------------------------
# A source label's other forms ("Sources:", "Source and photo:") credit what
# they name, as "Source:" does; after the label an agency's code in capitals
# can only be a credit, listed or not.


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("Sources: MENA", "MENA"),
        ("Source: MENA", "MENA"),
        (
            "Source and photo: Government of the Republic of Kelland",
            "Government of the Republic of Kelland",
        ),
        ("Sources: Ostland Wire", "Ostland Wire"),
    ],
)
def test_a_source_label_in_any_form_credits_its_outlet(closing: str, outlet: str) -> None:
    assert parse_text(f"{STORY}{closing}\n").outlet == outlet


@pytest.mark.parametrize("closing", ["Source: UNESCO", "Source: KYIV"])
def test_a_body_or_a_place_after_a_source_label_is_no_agency_code(closing: str) -> None:
    assert parse_text(f"{STORY}{closing}\n").outlet is None


def test_an_institution_and_its_place_after_a_comma_close_the_story_as_source() -> None:
    """ "Source: Royal Kelland Embassy, Tarvia": the embassy, with the place it writes from."""
    closing = "Source: Royal Kelland Embassy, Tarvia"
    assert parse_text(f"{STORY}{closing}\n").outlet == "Royal Kelland Embassy, Tarvia"


# --------------------------------------------------------------------------
# A name in brackets that closes the story credits it: a paper's name built
# like an outlet's after the last sentence, an institution's on a line of its
# own. A place or a body in brackets is no credit.


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("The two sides will meet again in May. (Ostland Gazette)", "Ostland Gazette"),
        ("(Ministry of Culture of Kelland)", "Ministry of Culture of Kelland"),
        ("(Embassy of Kelland in Tarvia)", "Embassy of Kelland in Tarvia"),
    ],
)
def test_a_bracketed_name_closing_the_story_credits_it(closing: str, outlet: str) -> None:
    assert parse_text(f"{STORY}{closing}\n").outlet == outlet


@pytest.mark.parametrize(
    "closing",
    [
        "The two sides will meet again in May. (Tarvia)",
        "The two sides will meet again in May. (UNESCO)",
        "(Photo: Ministry of Culture)",
    ],
)
def test_a_bracketed_place_body_or_caption_credits_nothing(closing: str) -> None:
    assert parse_text(f"{STORY}{closing}\n").outlet is None


# --------------------------------------------------------------------------
# A report credit that closes its paragraph without a full stop: "..., Ministry
# of X reports", and a reprint's "..., reports with reference to the Embassy of
# X" (the outlet dropped, the institution the innermost source), in the lead
# paragraph or further down.


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        (
            (
                "A Kelland Film Evening was held at the Old Palace, Ministry of Foreign Affairs"
                " of the Republic of Kelland reports"
            ),
            "Ministry of Foreign Affairs of the Republic of Kelland",
        ),
        (
            (
                "The ministry hosted a meeting on film exchanges, reports with reference to the"
                " Embassy of Kelland in Tarvia"
            ),
            "Embassy of Kelland in Tarvia",
        ),
    ],
)
def test_a_report_credit_closing_a_paragraph_without_a_stop(lead: str, outlet: str) -> None:
    assert parse_text(f"{lead}\n\n{STORY}").outlet == outlet
    assert parse_text(f"{STORY}\n{lead}\n").outlet == outlet


def test_a_report_that_goes_on_is_no_credit() -> None:
    body = f"{STORY}The Ministry of Culture reports that the festival drew large crowds\n"
    assert parse_text(body).outlet is None


# --------------------------------------------------------------------------
# A numeric date line that could be read either way ("06/11/2015") is read
# day first, unless the story's dateline names the first number's month
# ("Riga, June 10 (Agency)"): then the page wrote the month first.


@pytest.mark.parametrize(
    ("date_line", "dateline", "published"),
    [
        ("Thu, 06/11/2015 - 02:12", "Riga, June 10 (LETA):", dt.date(2015, 6, 11)),
        ("02/11/2025 02:45 PM", "Vilnius, Feb. 11 (ELTA)", dt.date(2025, 2, 11)),
        # the dateline names the second number's month: day first, as before
        ("06/11/2015 - 02:12", "Riga, Nov. 6 (LETA):", dt.date(2015, 11, 6)),
        # a date line in words is never read again
        ("6 November 2015", "Riga, June 10 (LETA):", dt.date(2015, 11, 6)),
    ],
)
def test_a_dateline_month_says_which_number_of_a_date_line_is_the_month(
    date_line: str, dateline: str, published: dt.date
) -> None:
    text = f"Ministers meet in Riga\n{date_line}\n\n{dateline} {STORY}"
    assert parse_text(text).published == published


# --------------------------------------------------------------------------
# A page's link heading after the story ("Read More", "Related Posts", "You May
# Also Like") is shaped like a name but is no author's by-line.


@pytest.mark.parametrize("heading", ["Read More", "Related Posts", "You May Also Like"])
def test_a_link_heading_after_the_story_is_no_author(heading: str) -> None:
    text = f"Ministers meet in Riga\n\n{STORY}\n{heading}\nFestival opens in Tarvia\n"
    assert parse_text(text).authors == ()
