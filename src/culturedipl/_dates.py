"""Dates written in a sentence, absolute or relative to the publication date."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

from culturedipl.lexicon import read_table

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_WORDS",
    "WEEKDAYS",
    "calendar_date",
    "date_in",
    "month_pattern",
]


def _month_forms() -> tuple[tuple[str, ...], ...]:
    """Each month's spellings, the full name first, in calendar order (``en/months.tsv``)."""
    return tuple(tuple(columns[0].casefold().split()) for _, columns in read_table(_MONTHS_FILE))


_MONTHS_FILE = "en/months.tsv"  # word_list("months"): the file's lines, one a month
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


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
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
_RELATIVE = re.compile(
    r"\b(?:(?:on|last|this)\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<word>today|yesterday)\b",
    re.IGNORECASE,
)


# A dateline opening a sentence: a place in capitals or title case (and its
# country), then a month and day, and perhaps a year: "BEIJING, May 3",
# "Paris, Nov 9", "THESSALONIKI, Oct. 6, 2011", "Rabat, 25 May 2021"; not
# "Monday, May 5".
_DATELINE = re.compile(
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day\b)"
    r"[A-Z][A-Za-z\-]+(?:,[ \t]*[A-Z][A-Za-z\-]+)?,[ \t]*"
    rf"(?:{_MONTH}[ \t]*\d{{1,2}}\b|\d{{1,2}}[ \t]+{_MONTH}(?![A-Za-z]))(?:,?[ \t]*\d{{4}}\b)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the agency's credit: "(Xinhua)", "(Al-Maghrib Today)"
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
    dateline = _DATELINE.match(text)
    if dateline is not None:
        found = date_in(text[dateline.end() :], published)
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
    """The date the earlier of the first ``_ABSOLUTE`` and ``_RELATIVE`` matches gives."""
    if absolute is not None and (relative is None or absolute.start() <= relative.start()):
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
_RELATIVE_WORDS = re.compile(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
)


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
    day_month = match.group("md") or match.group("dm")
    year_text = match.group("y1") or match.group("y2")
    if year_text is None and published is None:
        return None
    year = int(year_text) if year_text else published.year if published else 2000
    date = calendar_date(day_month, year)
    if date is None:
        return None
    if year_text is None and published is not None and date > published + dt.timedelta(days=7):
        date = date - relativedelta(years=1)
    return date
