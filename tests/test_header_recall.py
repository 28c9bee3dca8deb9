"""The header reader on credit, date and by-line forms of real news it was not first written for.

Every text below is invented; each case is one general construction
(ANNOTATION.md, "Outlet of a reprint", "Outlet chains", "Outlet, more").
"""

from __future__ import annotations

import datetime as dt

import hypothesis.strategies as st
import pytest
from hypothesis import given

from culturedipl import lexicon
from culturedipl._header import read_header

STORY = (
    "Minister of Culture Tomas Vilde received the Ambassador of Chile Rosa Ibarra on Monday "
    "to discuss an exchange of theatre companies."
)
MORE = "The sides agreed to hold a week of Chilean film in the capital next spring."


OUTLETS = {
    "agency-code-in-brackets-after-dateline": (f"Riga, 4 March (MIA) – {STORY}\n\n{MORE}", "MIA"),
    "full-name-in-brackets-gives-the-code": (
        f"ACCRA, May 3 (Ghana News Agency) - {STORY}\n\n{MORE}",
        "GNA",
    ),
    "bracket-chain-credits-the-source": (
        f"Quito, June 2 (RHC-Minrex)-- {STORY}\n\n{MORE}",
        "Minrex",
    ),
    "bracket-chain-unknown-source-credits-the-known-link": (
        f"Quito, June 2 (ANI-Zzyzx)-- {STORY}\n\n{MORE}",
        "ANI",
    ),
    "agency-between-slashes": (f"Ulaanbaatar /MONTSAME/. {STORY}\n\n{MORE}", "Montsame"),
    "agency-after-place-and-dash": (f"Aleppo, SANA- {STORY}\n\n{MORE}", "SANA"),
    "agency-after-place-date-and-dash": (
        f"Jeddah, May 05, 2021, SPA -- {STORY}",
        "Saudi Press Agency",
    ),
    "agency-between-slashes-after-date": (f"OSH, May 5 /Kabar/. {STORY}\n\n{MORE}", "Kabar"),
    "agency-after-date-and-full-stop": (f"Gyumri, May 5. ARMENPRESS. {STORY}", "Armenpress"),
    "reprinting-agency-then-place-and-source": (
        f"NNA - Aleppo, SANA - {STORY}\n\n{MORE}",
        "SANA",
    ),
    "credit-in-brackets-right-after-place": (
        f"LAHORE, (UrduPoint / Pakistan Point News - 2nd Feb, 2023) {STORY}\n\n{MORE}",
        "UrduPoint",
    ),
    "opening-credit-in-brackets-and-dash": (f"(Vinpress)- {STORY}\n\n{MORE}", "Vinpress"),
    "sign-off-after-last-sentence": (f"{STORY}\n\n{MORE} AGERPRES", "Agerpres"),
    "sign-off-in-brackets-after-last-sentence": (
        f"{STORY}\n\n{MORE}(Prensa Latina)",
        "Prensa Latina",
    ),
    "sign-off-after-dash": (f"{STORY}\n\n{MORE} —- SANA", "SANA"),
    "sign-off-between-slashes": (f"{STORY}\n\n{MORE} /AKIpress/", "AKIpress"),
    "sign-off-line-with-date": (f"{STORY}\n\n{MORE}\n\nMAP 12 April 2021", "MAP"),
    "sign-off-line-with-time-and-date": (f"{STORY}\n\n{MORE}\n\nKPL 0915 GMT 2019-10-02", "KPL"),
    "sign-off-line-alone": (f"{STORY}\n\n{MORE}\n\nGNA", "GNA"),
    "institution-reports": (
        f"{STORY[:-1]}, the Embassy of Chile to Latvia reports.\n\n{MORE}",
        "Embassy of Chile to Latvia",
    ),
    "institution-reports-opening-a-sentence": (
        f"{STORY} The Culture Ministry of Latvia reports.\n\n{MORE}",
        "Culture Ministry of Latvia",
    ),
    "according-to-institution-in-first-paragraph": (
        f"According to the Press Office of the Ministry of Culture, {STORY}\n\n{MORE}",
        "Press Office of the Ministry of Culture",
    ),
    "source-field-naming-an-institution": (
        f"Date: 2016-04-02 Source: Festival Committee Author: Festival Committee\n\n{STORY}",
        "Festival Committee",
    ),
    "masthead-of-a-ministry": (
        f"Ministry of Culture of the Republic of Latvia\nHome > News\n\n{STORY}\n\n{MORE}",
        "Ministry of Culture of the Republic of Latvia",
    ),
    "masthead-of-an-international-body": (f"ICESCO\nNews\n\n{STORY}\n\n{MORE}", "ICESCO"),
    "outlet-after-lower-case-by-in-a-date-line": (
        f"Posted On: 05 FEB 2025 6:12PM by PIB Mumbai\n\n{STORY}",
        "PIB Mumbai",
    ),
    "outlet-informs": (f"{STORY[:-1]}, Trend informs citing the ministry.\n\n{MORE}", "Trend"),
    "photo-credit-of-a-known-outlet": (
        f"The two ministers at the theatre. (Anna Berzina/Yonhap)\n\n{STORY}\n\n{MORE}",
        "Yonhap",
    ),
    "labelled-link-to-the-story": (
        f"{STORY}\n\n{MORE}\nlink: https://en.trend.az/culture/3312/\nviews: 120",
        "Trend",
    ),
    "syndication-line-credits-its-source": (
        f"© Vidzeme Courier Provided by Newsfeed Hub\n\n{STORY}\n\n{MORE}",
        "Vidzeme Courier",
    ),
    "syndication-line-with-year": (
        f"{STORY}\n\n{MORE}\n\n© 2024 Kazinform. Provided by Newsfeed Hub",
        "Kazinform",
    ),
    "syndication-wins-over-the-site's-by-line": (
        f"By Newsfeed Hub\n\n© Trend Provided by Newsfeed Hub\n\n{STORY}\n\n{MORE}",
        "Trend",
    ),
    "copyright-line-of-a-known-outlet": (
        f"{STORY}\n\n{MORE}\n\nCopyright © ANTARA 2025",
        "Antara",
    ),
    "known-outlet-wins-over-institution": (
        f"RIGA, March 4 (LETA) - {STORY} The Culture Ministry of Latvia reports.\n\n{MORE}",
        "LETA",
    ),
}


@pytest.mark.parametrize(("text", "outlet"), list(OUTLETS.values()), ids=list(OUTLETS))
def test_credit_forms_give_the_outlet(text: str, outlet: str) -> None:
    """Each credit form names the outlet of the story."""
    assert read_header(text).outlet == outlet


NO_OUTLET = {
    "person-reported": f"{STORY} Minister Tomas Vilde reported.\n\n{MORE}",
    "press-service-of-an-unnamed-ministry": (
        f"{STORY[:-1]}, the press service of the ministry reports.\n\n{MORE}"
    ),
    "according-to-institution-mid-story": (
        f"{STORY}\n\nAccording to the Ministry of Culture, the week will open in May.\n\n{MORE}"
    ),
    "last-word-not-an-outlet": f"{STORY}\n\n{MORE} Chile",
    "acronym-line-without-date": f"{STORY}\n\n{MORE}\n\nEND",
    "copyright-of-an-unknown-holder": f"{STORY}\n\n{MORE}\n\n© 2024 Vidzeme Studio. All rights",
    "list-heading-and-date-after-the-story": f"{STORY}\n\n{MORE}\n\nLatest News 12 May 2021",
    "headline-first-line": f"Minister of Culture receives Chilean ambassador\n\n{STORY}\n\n{MORE}",
    "title-case-headline-opening-with-an-institution": (
        f"Embassy of Chile Hosts Theatre Week Reception\n\n{STORY}\n\n{MORE}"
    ),
    "place-and-country-then-dash": f"Riga, Latvia - {STORY}\n\n{MORE}",
    "place-and-country-in-capitals-then-dash": f"RIGA, LATVIA - {STORY}\n\n{MORE}",
    "place-date-and-a-sentence": f"Riga, May 5. The {STORY}",
    "photo-credit-of-a-studio": (
        f"The two ministers at the theatre. (Anna Berzina/Studio Lux)\n\n{STORY}\n\n{MORE}"
    ),
    "link-to-another-site": f"{STORY}\n\n{MORE}\nlink: https://www.example.org/culture/3312/",
    "a-section-name-alone": f"News\n\n{STORY}\n\n{MORE}",
}


@pytest.mark.parametrize("text", list(NO_OUTLET.values()), ids=list(NO_OUTLET))
def test_lookalikes_credit_no_outlet(text: str) -> None:
    """Names in the same places that credit no one give no outlet."""
    assert read_header(text).outlet is None


@pytest.mark.parametrize(
    ("printed", "outlet"),
    [
        ("Ghana News Agency", "GNA"),
        ("Ethiopian News Agency", "ENA"),
        ("Maghreb Arab Press", "MAP"),
        ("Tunis Afrique Presse", "TAP"),
        ("Middle East News Agency", "MENA"),
        ("Macedonian Information Agency", "MIA"),
        ("Cuban News Agency", "ACN"),
        ("Australian Associated Press", "AAP"),
        ("Namibia Press Agency", "NAMPA"),
        ("Angola Press Agency", "ANGOP"),
        ("Finnish News Agency", "STT"),
        ("Pakistan Point News", "UrduPoint"),
        ("Caliber.az", "Caliber.Az"),
    ],
)
def test_agencies_are_reported_by_the_name_they_credit_themselves_with(
    printed: str, outlet: str
) -> None:
    """An agency that signs its datelines with a code is reported by that code."""
    assert lexicon.outlets()[printed.casefold()] == outlet


SECTION_DATE_HEADLINE = "Culture 18/09/2012 Envoy meets minister"
DATES = {
    "day-month-year-with-hyphens": (f"Tue 14-06-2022 10:05 AM\n\n{STORY}", dt.date(2022, 6, 14)),
    "month-first-when-the-day-is-over-twelve": (f"06-25-2022\n\n{STORY}", dt.date(2022, 6, 25)),
    "labelled-day-month-year": (f"Published: 11-02-2020\n\n{STORY}", dt.date(2020, 2, 11)),
    "spaced-year-month-day": (f"2019 04 08\n\n{STORY}", dt.date(2019, 4, 8)),
    "ordinal-day-before-month": (f"RIGA, 12th March, 2019 (LETA) -- {STORY}", dt.date(2019, 3, 12)),
    "ordinal-day-after-month": (f"May 5th, 2021\n\n{STORY}", dt.date(2021, 5, 5)),
    "iso-date-and-time": (f"Updated: 2021-05-05T10:05:00+03:00\n\n{STORY}", dt.date(2021, 5, 5)),
    "month-day-slash-year-in-a-dateline": (
        f"Riga November 3/2018 (LETA) {STORY}",
        dt.date(2018, 11, 3),
    ),
    "date-line-below-the-story": (
        f"{STORY}\n\n{MORE}\n\nSep 3, 2018 14:20\n\nComments",
        dt.date(2018, 9, 3),
    ),
    "agency-sign-off-with-its-date": (
        f"{STORY}\n\n{MORE}\n\nRA/KT\nKPL 0915 GMT 2019-10-02",
        dt.date(2019, 10, 2),
    ),
    "section-date-and-headline-on-one-line": (
        f"Culture 07/04/2015 Chilean envoy visits the Latvian Ministry of Culture\n\n{STORY}",
        dt.date(2015, 4, 7),
    ),
    "currency-widget-date-is-not-the-article's": (
        f"Currency rates from 25/11/2024\n$1 – 1.05\n{SECTION_DATE_HEADLINE}\n\n{STORY}",
        dt.date(2012, 9, 18),
    ),
    "two-date-lines-the-first": (
        f"12.03.2019\nTashkent Times\n14.03.2019\n\n{STORY}",
        dt.date(2019, 3, 12),
    ),
}


@pytest.mark.parametrize(("text", "published"), list(DATES.values()), ids=list(DATES))
def test_date_forms_give_the_publication_date(text: str, published: dt.date) -> None:
    """Each date line form gives the article's publication date."""
    assert read_header(text).published == published


NO_DATE = {
    "no-date-line-and-no-year": f"RIGA, March 4 (LETA) - {STORY}\n\n{MORE}",
    "a-date-inside-a-headline": (
        f"Chilean theatre week to open on 12 May 2021 in Riga and Valmiera\n\n{STORY}"
    ),
    "a-date-inside-the-last-paragraph": f"{STORY}\n\n{MORE} It opens on 3 May 2022.",
}


@pytest.mark.parametrize("text", list(NO_DATE.values()), ids=list(NO_DATE))
def test_dates_that_are_not_the_date_line(text: str) -> None:
    """Dates in headlines and running text, and a dateline without a year, give no date."""
    assert read_header(text).published is None


AUTHORS = {
    "labelled-author": (f"Envoy meets minister\n\nAutor: Ilona Kask\n\n{STORY}", ("Ilona Kask",)),
    "labelled-author-among-fields": (
        f"Date: 2016-04-02 Source: Riga Herald Author: Ilona Kask\n\n{STORY}",
        ("Ilona Kask",),
    ),
    "written-by": (f"Written by Ilona Kask\n\n{STORY}", ("Ilona Kask",)),
    "written-by-and-colon": (f"Written by: Ilona Kask\n\n{STORY}", ("Ilona Kask",)),
    "reporter-below-the-story": (
        f"{STORY}\n\n{MORE}\n\nReporter: Ilona Kask\nCopyright © LETA 2024",
        ("Ilona Kask",),
    ),
    "by-line-within-a-date-line": (
        f"Published on 02/04/2016 - 10:05 By Ilona Kask - Reporter - Riga\n\n{STORY}",
        ("Ilona Kask",),
    ),
    "posted-on-date-by-name": (f"Posted on 05.02.2025 by Ilona Kask\n\n{STORY}", ("Ilona Kask",)),
    "name-then-comma-and-date": (f"Ilona Kask , Monday 4 Apr 2016\n\n{STORY}", ("Ilona Kask",)),
    "name-then-bar-and-date": (f"Ilona Kask   |04.04.2016 - 10:05\n\n{STORY}", ("Ilona Kask",)),
}


@pytest.mark.parametrize(("text", "authors"), list(AUTHORS.values()), ids=list(AUTHORS))
def test_by_line_forms_give_the_authors(text: str, authors: tuple[str, ...]) -> None:
    """Each by-line form names the article's authors."""
    assert read_header(text).authors == authors


NO_AUTHOR = {
    "a-desk": f"By Web Desk\n\n{STORY}",
    "a-page-name-below-the-story": f"{STORY}\n\n{MORE}\n\nTravel Page",
    "an-institution-as-author": f"Source: Festival Committee Author: Festival Committee\n\n{STORY}",
    "a-place-then-the-date": f"Abu Dhabi, 4 April 2016\n\n{STORY}",
    "a-section-then-the-date": f"World Culture | 04.04.2016\n\n{STORY}",
    "an-editor": f"{STORY}\n\n{MORE}\n\nEditor: Ilona Kask",
}


@pytest.mark.parametrize("text", list(NO_AUTHOR.values()), ids=list(NO_AUTHOR))
def test_names_that_are_no_authors(text: str) -> None:
    """Desks, pages, institutions, places, sections and editors are no authors."""
    assert read_header(text).authors == ()


@pytest.mark.parametrize("name", ["Ellen Page", "Jane Reporter"])
def test_surnames_that_are_also_by_line_words(name: str) -> None:
    """A surname that is also a word of desks' names ("Page", "Reporter") is still a name."""
    assert read_header(f"By {name}\n\n{STORY}").authors == (name,)


def _printed(key: str) -> str:
    """An outlet's lexicon key as a credit prints it: each word capitalised."""
    return " ".join(word[:1].upper() + word[1:] for word in key.split())


# the rows short enough, and plain enough, to stand in a dateline's brackets and in a sign-off
SHORT_OUTLET_ROWS = sorted(
    (key, outlet)
    for key, outlet in lexicon.outlets().items()
    if len(key.split()) <= 4 and len(key) <= 40 and not set(key) & set("/|\u0307")
)


@pytest.mark.parametrize(("key", "outlet"), SHORT_OUTLET_ROWS)
def test_every_outlet_row_credits_in_brackets_and_sign_offs(key: str, outlet: str) -> None:
    """Every outlet row is read in a dateline's brackets and in each form of sign-off."""
    printed = _printed(key)
    for text in (
        f"Riga, May 5 ({printed}) - {STORY}",
        f"{STORY}\n\n{MORE} ({printed})",
        f"{STORY}\n\n{MORE} {printed}",
        f"{STORY}\n\n{MORE}\n\n{printed}",
    ):
        assert read_header(text).outlet == outlet, text


def _ordinal(day: int) -> str:
    """'1st', '2nd', '3rd', '4th', ..., '11th', '12th', '13th', '21st', ..."""
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_date_form_reads_back_its_date(date: dt.date) -> None:
    """Each date line form, written for any date, is read back as that date."""
    forms = [
        date.strftime("%d-%m-%Y"),
        date.strftime("%Y %m %d"),
        f"{date:%B} {date.day}/{date.year}",
        f"{_ordinal(date.day)} {date:%B}, {date.year}",
        f"{date:%b} {_ordinal(date.day)}, {date.year}",
        f"{date.isoformat()}T10:05:00+03:00",
    ]
    if date.day > 12:  # month first, as only a day over twelve shows
        forms.append(date.strftime("%m-%d-%Y"))
    for form in forms:
        assert read_header(f"{form}\n\n{STORY}").published == date, form
