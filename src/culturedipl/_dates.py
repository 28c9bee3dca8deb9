"""Dates written in a sentence, absolute or relative to the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from culturedipl.lexicon import read_table

__all__ = [
    "DATELINE",
    "DATELINE_CREDIT",
    "MONTH_ABBREVIATIONS",
    "MONTH_WORDS",
    "WEEKDAYS",
    "Dateline",
    "calendar_date",
    "date_in",
    "dateline_credit",
    "month_pattern",
    "read_dateline",
]


def _month_forms() -> tuple[tuple[str, ...], ...]:
    """Each month's spellings, the full name first, in calendar order (``en/months.tsv``)."""
    return tuple(tuple(columns[0].casefold().split()) for _, columns in read_table(_MONTHS_FILE))


_MONTHS_FILE = "en/months.tsv"  # word_list("months"), in order: a line a month
_MONTH_FORMS = _month_forms()
_MONTH_NUMBERS = {
    name: number for number, names in enumerate(_MONTH_FORMS, start=1) for name in names
}
_PARTS = re.compile(r"[A-Za-z]+|\d+")


def calendar_date(text: str, year: int | None = None) -> dt.date | None:
    """Read "24 May 2021", "May 24, 2021", "Dec. 7" (with *year*) as a date.

    The common news forms are read directly; anything else goes to
    python-dateutil. Impossible dates give None.
    """
    month = day = None
    for part in _PARTS.findall(text):
        if part.isdigit():
            if len(part) == 4:
                year = int(part)
            elif day is None:
                day = int(part.lstrip("0") or "0")
        elif month is None:
            month = _MONTH_NUMBERS.get(part.casefold())
    try:
        if month is not None and day is not None and year is not None:
            return dt.date(year, month, day)
        return date_parser.parse(
            text.replace(".", " "), default=dt.datetime(year or 2000, 1, 1)
        ).date()
    except (ValueError, OverflowError):
        return None


#: The days of the week, Monday first (``en/weekdays.tsv``, in order).
WEEKDAYS = tuple(columns[0].casefold() for _, columns in read_table("en/weekdays.tsv"))
#: Every word that names a month, in full or short ("sept", "dec").
MONTH_WORDS = frozenset(_MONTH_NUMBERS)
#: The short forms of the months' names ("jan", "sept"; not "may", a full name).
MONTH_ABBREVIATIONS = frozenset(form for forms in _MONTH_FORMS for form in forms[1:])


def month_pattern(*, capitalised: bool) -> str:
    """A regex group matching any month's name or short form, perhaps with a period.

    *capitalised*: as written in a dateline, "May", "Sept." (for a case-sensitive
    pattern); else in lower case (for a case-insensitive one). The longer forms
    of a month are tried first: "September" before "Sept" and "Sep".
    """
    forms = [
        form.capitalize() if capitalised else form
        for names in _MONTH_FORMS
        for form in sorted(names, key=len, reverse=True)
    ]
    return f"(?:{'|'.join(forms)})\\.?"


_MONTH = month_pattern(capitalised=True)
_ABSOLUTE = re.compile(
    rf"\b(?:on\s+)?(?:(?P<md>{_MONTH}\s+\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?)\b",
    re.IGNORECASE,
)
# the dash after an opening date ("17 May 2016 - ...")
_DASHES = frozenset({"-", "–", "—", "--"})
_RELATIVE = re.compile(
    rf"\b(?:(?:on|last|this)\s+)?(?P<day>{'|'.join(WEEKDAYS)})\b"
    r"|\b(?P<word>today|yesterday)\b",
    re.IGNORECASE,
)


# The one grammar of a dateline, read where a text opens (a story, a line, a
# sentence)::
#
#     dateline := place ("," region)? "," date ("," year)? ("(" credit ")")?
#     place    := a capitalised word ("BEIJING", "Rabat", "Al-Quds"), no weekday,
#                 "Today" or "Yesterday" ("Monday, May 5" is a date, not a dateline)
#     date     := month day | day month      ("May 3", "Oct. 6", "25 May")
#
# "BEIJING, May 3 (Xinhua)", "THESSALONIKI, Oct. 6, 2011", "Rabat, 25 May 2021
# (MAP)", "BAKU, Azerbaijan, June 20.", "Lagos, November 20." Blanks never
# break a line. A story opening with a place and a credit but no date ("TEHRAN
# (Tasnim)") is read by :func:`read_dateline` below, which uses this pattern;
# the credit, in whichever form the agency prints it, by :func:`dateline_credit`.
_BLANK = r"[^\S\r\n]"
DATELINE = re.compile(
    rf"(?!(?:{'|'.join(day.capitalize() for day in (*WEEKDAYS, 'today', 'yesterday'))})\b)"
    rf"(?P<place>[A-Z][A-Za-z\-]+)(?:,{_BLANK}*(?P<region>[A-Z][A-Za-z\-]+))?,{_BLANK}*"
    rf"(?P<date>{_MONTH}{_BLANK}*\d{{1,2}}\b|\d{{1,2}}{_BLANK}+{_MONTH}(?![A-Za-z]))"
    rf"(?:,?{_BLANK}*(?P<year>\d{{4}})\b)?"
    # the agency's brackets: "(Xinhua)", "(Al-Maghrib Today)" (read by dateline_credit)
    rf"(?:{_BLANK}*\([^()\n]{{1,40}}\))?"
)


# The credit a dateline carries: the agency that filed the story, as it follows
# the place (and the date), in the forms below, each within one line ([ \t],
# never \s). Each form has one group, the credit as written; the first form
# that matches a line gives its credit. The header reads it in the lines that
# open the story, the Document in the body's first (``Dateline.credit``).
#
# "Manama [Bahrain], Mar. 20 (BNA)": the costly first form is tried only where
# this look-ahead, which never backtracks, finds its "," and "(" (or "[") where
# the form needs them. It lets through every line the form matches: its runs
# take the same characters, at least as many.
_PLACE_COMMA_PAREN = (
    r"(?=[ \t]*[A-Z][A-Za-z\-/ ]{1,30}+[ \t]*(?:\[|,[ \t]*+[\w ,.]{0,36}+[ \t]*+\())"
)
# The place a credit follows: a capitalised word, or up to three before a comma
# ("Port Louis,") or in capitals ("ABU DHABI"; not "Mexico News Agency (MNA)")
_CREDIT_PLACE = r"[A-Z][A-Za-z\-]+(?:[ \t]+[A-Z][A-Za-z\-]+){0,2}"
_CAPITAL_PLACE = r"(?:[A-Z][A-Za-z\-]+|[A-Z][A-Z\-]+(?:[ \t]+[A-Z][A-Z\-]+){1,2})"
_CREDIT_FORMS = (
    # "Manama [Bahrain], Mar. 20 (BNA)", "TIRANA/ZAGREB, Feb 9 (Hina)": in brackets
    # after the date
    (
        rf"{_PLACE_COMMA_PAREN}[ \t]*[A-Z][A-Za-z\-/ ]{{1,30}}(?:[ \t]*\[[^\]\n]{{2,30}}\])?,"
        # (the date may open with its weekday: "Nairobi, Tuesday, 12 September 2023 (KNA)")
        r"[ \t]*[\w ,.]{3,36}?[ \t]*\(([^)\n]{2,40})\)"
    ),
    # "TEHRAN (Tasnim)": in brackets after the place
    rf"[ \t]*{_CAPITAL_PLACE}[ \t]*\(([^)\n]{{2,30}})\)",
    # "YEREVAN, APRIL 23, ARMENPRESS.": after the date, then a stop or the line's end
    r"[ \t]*[A-Z][A-Za-z\-]+,[ \t]*\w+\.?[ \t]*\d{1,2}[,.][ \t]*([A-Z][\w\-]*)(?:\.|[ \t]*$)",
    # "Tbilisi. Interpressnews.": after the place and a stop
    r"[ \t]*[A-Z][A-Za-z\-]+\.[ \t]+([A-Z][\w\-]+)\.",
    # "ISLAMABAD, (UrduPoint - 23rd Jan, 2024)": in brackets with its date
    rf"[ \t]*{_CREDIT_PLACE},[ \t]*\(([^)\n]{{2,60}})\)",
    # "Ulaanbaatar /MONTSAME/.", "BISHKEK, May 5 /Kabar/.": between slashes
    (
        r"[ \t]*[A-Z][A-Za-z\-]+(?:[,.][ \t]*[\w ,.]{1,25}?)?[ \t]*/[ \t]*([A-Z][\w\-]*[A-Za-z])"
        r"[ \t]*/"
    ),
    # "Damascus, SANA-", "NNA - Beirut, SANA -", "Riyadh, May 05, 2021, SPA --":
    # after the place (and the date), then a dash
    (
        r"[ \t]*(?:[A-Z]{2,8}[ \t]*[–—-]+[ \t]*)?[A-Z][A-Za-z\-]+,(?:[ \t]*[\w ,.]{3,25}?,)?"
        r"[ \t]*([A-Z][\w]*[A-Za-z])[ \t]*[–—-]"
    ),
    # "ASTANA, 12 May KAZINFORM/": after the day and month, ending the line, or with
    # its slash before the story ("Baku. 4 July. X.AZ/ The minister ...")
    (
        r"[ \t]*[A-Z][A-Za-z\-]+[.,][ \t]*\d{1,2}[ \t]+\w+\.?[ \t]+([A-Z][\w.\-]*)"
        r"(?:/?[ \t]*$|/[ \t]+(?=[A-Z]))"
    ),
)
#: The dateline grammar's credit, matched where a line starts: one group a form
#: (:data:`_CREDIT_FORMS`, in order), the matched form's the only one set.
DATELINE_CREDIT = re.compile("|".join(f"(?:{form})" for form in _CREDIT_FORMS), re.MULTILINE)


def dateline_credit(line: str) -> str | None:
    """The credit of the dateline *line* opens with, as written ("Xinhua"), if any."""
    found = DATELINE_CREDIT.match(line)
    return None if found is None else found.group(found.lastindex or 0)


class Dateline(NamedTuple):
    """Where and when the story was filed, as its opening words say.

    "BEIJING, May 3 (Xinhua) --", "Rabat, 25 May 2021 (MAP) –", "BAKU,
    Azerbaijan, June 20.", "Hanoi (VNA) –", "SEOUL –". Read once per article,
    by :func:`read_dateline` when the ``Document`` is built (with the
    publication date the article keeps); the home country and the meeting
    rules (host, location) ask it through ``Document.dateline_country``. The
    header, to find where the story opens, and :func:`date_in`, to pass over a
    sentence's opening dateline, read the same grammar, :data:`DATELINE`; the
    header credits the story to the agency that :func:`dateline_credit` reads.
    """

    #: the place as written: the known place's words ("New Delhi"), else the
    #: dateline's first word
    place: str
    #: the ISO code of a known place, else None
    country: str | None
    #: the dateline's date, resolved against the publication date as
    #: :func:`date_in` resolves one (None: no date, or no year known)
    date: dt.date | None
    #: the agency credited in it, as written ("Xinhua"; :func:`dateline_credit`), or None
    credit: str | None
    #: where it stands in the body: (start, end)
    span: tuple[int, int]


# What follows a known place the body opens with, in title case, for it to be a
# dateline: "Amman, June 8", "Hanoi (VNA) –" (a place in capitals, "BAKU",
# needs nothing after it); not "Egypt's Minister"
_PLACE_FOLLOWERS = frozenset({",", "(", "-", "–", "—", "."})
# Brackets right after a dateline's place, part of it: "TEHRAN (Tasnim)"
_BRACKETS = re.compile(rf"{_BLANK}*\([^()\n]{{1,40}}\)")


def read_dateline(
    body: str,
    words: Sequence[str],
    ends: Sequence[int],
    place: tuple[int, str] | None,
    published: dt.date | None,
) -> Dateline | None:
    """The dateline *body* opens with, if any.

    *words* and *ends* are the body's tokens and where each ends; *place* is
    the known place (its length in tokens and ISO code) at its first token, in
    title case or capitals. A dateline is a known place in capitals, or followed
    by ``, ( - – — .`` (its country known: "SEOUL –", "Hanoi (VNA) –"), or any
    place with a date (:data:`DATELINE`: "Smallville, May 3").
    """
    dated = DATELINE.match(body)
    country = None
    end = 0  # where the known place ends
    if place is not None:
        length, code = place
        following = words[length] if length < len(words) else ""
        if words[0].isupper() or following in _PLACE_FOLLOWERS:
            country, end = code, ends[length - 1]
    if dated is not None:
        return Dateline(
            place=body[:end] if country is not None else dated["place"],
            country=country,
            date=_resolve(dated["date"], dated["year"], published),
            credit=dateline_credit(body),
            span=(0, dated.end()),
        )
    if country is None:
        return None
    brackets = _BRACKETS.match(body, end)
    return Dateline(
        place=body[:end],
        country=country,
        date=None,
        credit=dateline_credit(body),
        span=(0, end if brackets is None else brackets.end()),
    )


# Every date either pattern finds holds a decimal digit or "day" (weekdays,
# today, yesterday): most sentences have neither, and these two tests are far
# cheaper than the patterns. ("day" in any case: only ASCII letters match d, a
# and y case-insensitively, and lower-casing makes no ASCII letter of others.)
_DIGIT = re.compile(r"\d")


def may_hold_date(text: str) -> bool:
    """Whether *text* can hold a date :func:`date_in` finds (False: it holds none)."""
    return "day" in text.lower() or _DIGIT.search(text) is not None


def date_in(text: str, published: dt.date | None) -> dt.date | None:
    """The first date *text* gives for an event, resolved against *published*.

    Weekdays mean the latest such day on or before publication ("on Monday");
    "today" is the publication date; a month and day without a year take the
    publication year, or the year before when that would lie in the future.
    """
    # a dateline's date ("BEIJING, May 3 (Xinhua) -- ... met ... on Thursday") is
    # when the story was filed: a date after it in the sentence is the event's
    dateline = DATELINE.match(text)
    if dateline is not None:
        found = date_in(text[dateline.end() :], published)
        if found is not None:
            return found
    # a date with no place, and a dash ("17 May 2016 - A and B signed ... on May 13"):
    # the same, when the text opens with a digit
    if text[:1].isdigit():
        opening = _ABSOLUTE.match(text)
        if opening is not None and text[opening.end() : opening.end() + 3].strip() in _DASHES:
            found = date_in(text[opening.end() :], published)
            if found is not None:
                return found
    # may_hold_date(text), with the digit and the lower-cased text kept
    digit = _DIGIT.search(text)
    lowered = text.lower()
    if digit is None and "day" not in lowered:
        return None
    return _date_of_first(_first_absolute(text, digit), _first_relative(text, lowered), published)


def _date_of_first(
    absolute: re.Match[str] | None, relative: re.Match[str] | None, published: dt.date | None
) -> dt.date | None:
    """The date the earlier of the first ``_ABSOLUTE`` and ``_RELATIVE`` matches gives.

    A weekday written before its date ("on Friday, 23 September 2022") is that date.
    """
    if absolute is not None and (
        relative is None
        or absolute.start() <= relative.start()
        or absolute.start() - relative.end() <= 2  # (", " between)
    ):
        return _absolute(absolute, published)
    if relative is not None and published is not None:
        word = (relative.group("word") or "").casefold()
        if word == "today":
            return published
        if word == "yesterday":
            return published - dt.timedelta(days=1)
        day = _weekday(relative.group("day"))
        back = (published.weekday() - day) % 7
        return published - dt.timedelta(days=back)
    return None


# Each weekday as the case-insensitive pattern matches it: besides upper case,
# that admits letters such as dotless "ı" and dotted "İ" for "i", which no case
# mapping of the matched word turns into its plain spelling ("frıday").
_WEEKDAY_PATTERNS = tuple(re.compile(name, re.IGNORECASE) for name in WEEKDAYS)


def _weekday(word: str) -> int:
    """The index in :data:`WEEKDAYS` of *word*, a weekday ``_RELATIVE`` matched."""
    for index, pattern in enumerate(_WEEKDAY_PATTERNS):
        if pattern.fullmatch(word):
            return index
    msg = f"not a weekday: {word!r}"  # unreachable: _RELATIVE matched one of them
    raise AssertionError(msg)


# The two patterns are case-insensitive, and the regex engine then tries them at
# every word boundary, a few microseconds a sentence: each search below is
# started where the pattern can first match, found by a cheaper test.


def _first_absolute(text: str, digit: re.Match[str] | None) -> re.Match[str] | None:
    """``_ABSOLUTE.search(text)``, given the first digit in *text* (``_DIGIT.search``).

    Every date the pattern finds holds a digit, and none between its start and
    its first digit: a date starts after the text's first digit, or at most two
    blank-separated chunks before it ("on May 5"; "on 5 May" one).
    """
    if digit is None:
        return None
    chunks = text[: digit.start()].rsplit(None, 2)
    return _ABSOLUTE.search(text, len(chunks[0]) if len(chunks) == 3 else 0)


# Every date _RELATIVE finds holds one of these words, in any case.
_RELATIVE_WORDS = re.compile("|".join((*WEEKDAYS, "today", "yesterday")))


def _first_relative(text: str, lowered: str) -> re.Match[str] | None:
    """``_RELATIVE.search(text)``, given ``text.lower()``.

    A case-sensitive search of the lower-cased text finds the first weekday,
    "today" or "yesterday" at C speed (by its first letter); the pattern is
    started before it, at the "on", "last" or "this" and white space that may
    lead it.
    """
    # The lower-cased text stands for the text where each character lower-cases
    # to one (the lengths agree) and no character matches a letter of these
    # words case-insensitively without lower-casing to it: dotless "ı" ("i"),
    # long "ſ" ("s"). Elsewhere the pattern searches the whole text.
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return _RELATIVE.search(text)
    word = _RELATIVE_WORDS.search(lowered)
    if word is None:
        return None
    start = word.start()
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return _RELATIVE.search(text, max(start - len("last"), 0))


def _absolute(match: re.Match[str], published: dt.date | None) -> dt.date | None:
    return _resolve(
        match.group("md") or match.group("dm"), match.group("y1") or match.group("y2"), published
    )


def _resolve(day_month: str, year_text: str | None, published: dt.date | None) -> dt.date | None:
    """The date of *day_month* ("May 3", "3 May") in *year_text*, or else in the
    publication year (the year before, when that lies over a week after *published*)."""
    if year_text is None and published is None:
        return None
    year = int(year_text) if year_text else published.year if published else 2000
    date = calendar_date(day_month, year)
    if date is None:
        return None
    if year_text is None and published is not None and date > published + dt.timedelta(days=7):
        date = date - relativedelta(years=1)
    return date
