"""The dateline: one grammar (``_dates.DATELINE``), read once per article into a ``Dateline``."""

from __future__ import annotations

import datetime as dt

import pytest

from culturedipl._dates import DATELINE, Dateline, date_in, dateline_credit
from culturedipl._document import Document
from culturedipl._header import read_header

PUBLISHED = dt.date(2021, 5, 4)

# The body's opening words, and the dateline read from them.
CASES: list[tuple[str, Dateline | None]] = [
    (
        "BEIJING, May 3 (Xinhua) -- The minister met the envoy.",
        Dateline("BEIJING", "CN", dt.date(2021, 5, 3), "Xinhua", (0, 23)),
    ),
    (
        "Rabat, 25 May 2021 (MAP) – The minister opened a show.",
        Dateline("Rabat", "MA", dt.date(2021, 5, 25), "MAP", (0, 24)),
    ),
    (
        "Amman, June 8 (Petra) -- The minister met the envoy.",
        # a day and month without a year that would lie in the future: the year before
        Dateline("Amman", "JO", dt.date(2020, 6, 8), "Petra", (0, 21)),
    ),
    (
        "BAKU, Azerbaijan, June 20. The minister spoke.",
        Dateline("BAKU", "AZ", dt.date(2020, 6, 20), None, (0, 25)),
    ),
    (
        "THESSALONIKI, Oct. 6, 2011 (TNA) -- The governor spoke.",
        # a place the lexicon does not know: no country, the rest is read
        Dateline("THESSALONIKI", None, dt.date(2011, 10, 6), "TNA", (0, 32)),
    ),
    (
        "Smallville, May 2 – The mayor spoke.",
        Dateline("Smallville", None, dt.date(2021, 5, 2), None, (0, 17)),
    ),
    # a known place and a credit, no date
    ("Hanoi (VNA) – The minister spoke.", Dateline("Hanoi", "VN", None, "VNA", (0, 11))),
    ("TEHRAN (Tasnim) The minister spoke.", Dateline("TEHRAN", "IR", None, "Tasnim", (0, 15))),
    # a known place in capitals needs nothing after it
    ("SEOUL – The minister spoke.", Dateline("SEOUL", "KR", None, None, (0, 5))),
    # a known place of two words: its words; the date grammar reads one-word
    # places, the credit's any place of a few words
    (
        "New Delhi, Dec. 7 (PTI) The minister spoke.",
        Dateline("New Delhi", "IN", None, "PTI", (0, 9)),
    ),
    # a place with a period, then a date: the date is not read ("Place. 13 May" is
    # no dateline to the header, which keeps such a line out of the body)
    ("Cairo. May 5 The minister spoke.", Dateline("Cairo", "EG", None, None, (0, 5))),
    # not datelines
    ("Monday, May 5 – The minister spoke.", None),  # a weekday is no place
    ("Yesterday, May 3, the minister spoke.", None),
    ("Egypt's Minister of Culture spoke.", None),  # a place in title case, then a word
    ("Paris is a city of museums.", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_reads_the_dateline(text: str, expected: Dateline | None) -> None:
    """The Document reads the dateline its body opens with, once, as the table says."""
    doc = Document(text, PUBLISHED)
    assert doc.dateline == expected
    assert doc.dateline_country() == (None if expected is None else expected.country)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("BEIJING, May 3 (Xinhua) -- x", "BEIJING, May 3 (Xinhua)"),
        ("Rabat, 25 May 2021 (MAP) – x", "Rabat, 25 May 2021 (MAP)"),
        ("BAKU, Azerbaijan, June 20. x", "BAKU, Azerbaijan, June 20"),
        ("Lagos, November 20. x", "Lagos, November 20"),
        ("Paris, Nov 9\u00a0(ONA) x", "Paris, Nov 9\u00a0(ONA)"),  # any blank but a line break
        ("Paris, Nov\n9 x", None),
        ("Monday, May 5 – x", None),
        ("Today, May 5 – x", None),
        ("Cairo. May 5 x", None),
        ("Kyiv, Mayor Ann Doe said", None),  # "May" must end its word
    ],
)
def test_dateline_grammar(text: str, dateline: str | None) -> None:
    """The one dateline pattern matches these openings, and no more of them."""
    found = DATELINE.match(text)
    assert (None if found is None else found.group()) == dateline


def test_date_after_the_dateline_is_the_sentences() -> None:
    """The date reader skips a sentence's opening dateline for a date after it."""
    text = "BEIJING, May 3 (Xinhua) -- The ministers met on Friday."
    assert date_in(text, PUBLISHED) == dt.date(2021, 4, 30)
    assert date_in("BEIJING, May 3 (Xinhua) -- The ministers met.", PUBLISHED) == dt.date(
        2021, 5, 3
    )


@pytest.mark.parametrize(
    ("line", "opens_body"),
    [
        # a dateline and four words or more open the body, though not prose
        ("Smallville, May 2 (ABC) Town Hall Opens", True),
        ("Smallville, 2 May (ABC) Town Hall Opens", True),
        # a weekday and a date is a date line of the header, not the story's start
        ("Monday, May 5 – Town Hall Opens", False),
    ],
)
def test_header_opens_the_body_at_a_dateline(line: str, opens_body: bool) -> None:
    """The header starts the body at a line the dateline grammar reads, and only there."""
    text = (
        f"Headline Of The Story Here\n{line}\nThe mayor opened the hall on Sunday, the town said."
    )
    header = read_header(text)
    assert (header.body_start == text.index(line)) is opens_body


# Each form of the dateline's credit (``_dates.DATELINE_CREDIT``), in made-up
# datelines: the credit as written, which the header then credits the story to.
CREDIT_FORMS = [
    ("Portville [Ostland], Mar. 20 (ONA) - The minister spoke.", "ONA"),
    ("PORTVILLE (Ostpress) The minister spoke.", "Ostpress"),
    ("PORTVILLE, MARCH 20, OSTPRESS. The minister spoke.", "OSTPRESS"),
    ("Portville. Ostinform. The minister spoke.", "Ostinform"),
    ("PORTVILLE, (Ostpress - 20th Mar, 2024) The minister spoke.", "Ostpress - 20th Mar, 2024"),
    ("Portville, May 5 /OSTA/. The minister spoke.", "OSTA"),
    ("Portville, May 05, 2021, OSTA -- The minister spoke.", "OSTA"),
    ("PORTVILLE, 20 March OSTPRESS/", "OSTPRESS/"),
]


@pytest.mark.parametrize(("line", "credit"), CREDIT_FORMS)
def test_dateline_credit_forms(line: str, credit: str) -> None:
    """The dateline grammar reads the agency in each form it is printed in."""
    assert dateline_credit(line) == credit.rstrip("/")


@pytest.mark.parametrize(
    "line",
    [
        "The minister (OSTA) spoke.",  # no place opens the line
        "Portville is a port (of the north).",
        "PORTVILLE, March 20 - The minister spoke.",
    ],
)
def test_no_dateline_credit(line: str) -> None:
    """A line that opens with no dateline, or a dateline with no agency, has no credit."""
    assert dateline_credit(line) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Portville [Ostland], Mar. 20 (ONA) - The minister met the envoy.", "ONA"),
        ("PORTVILLE, MARCH 20, OSTPRESS. The minister met the envoy.", "OSTPRESS"),
        ("Portville, May 5 /OSTA/. The minister met the envoy.", "OSTA"),
    ],
)
def test_header_credits_the_dateline_agency(line: str, outlet: str) -> None:
    """The header credits the story to the agency its dateline names."""
    text = f"Minister Meets Envoy\n{line} They talked about the museum and its plans.\n"
    assert read_header(text).outlet == outlet
