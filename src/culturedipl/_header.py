"""Article metadata, and where the article's own text begins and ends.

Scraped news arrives wrapped in noise: a scraper's ``date 2021-10-15 By
Azernews`` line, by-lines, font-size widgets (``+ ↺ − 16 px``), menus,
headlines, and trailing lists of other stories. This stage finds the body
(the article's own text, kept exactly as received) and reads the outlet,
publication date, authors and title from the lines around it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from itertools import accumulate
from operator import add, methodcaller
from typing import NamedTuple

from culturedipl import lexicon
from culturedipl._dates import calendar_date

__all__ = ["Header", "read_header"]


class Header(NamedTuple):
    """What the lines around the body say, and where the body is."""

    body_start: int
    body_end: int
    outlet: str | None
    published: dt.date | None
    authors: tuple[str, ...]
    title: str | None


_NEWLINE = re.compile(r"\n")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SCRAPER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BYLINE = re.compile(r"^\s*By\s+([^\W\d_][\w.’'\-, ]{1,60}?)\s*$", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^By\s+([^\W\d_][\w.’'\-]*(?:\s+[^\W\d_][\w.’'\-]*){0,3})(?:\s+|$)")
_MENAFN = re.compile(r"\s*\(MENAFN-\s*([^)]{1,40})\)")
# the same credit found anywhere: led by its literal, which the regex engine scans for fast
_MENAFN_ANYWHERE = re.compile(r"\(MENAFN-\s*([^)]{1,40})\)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…\"”’»]\s*$")

_NUMERIC_DATE = re.compile(
    r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b"
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WORD_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})\b", re.IGNORECASE
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
# "BAKU, Azerbaijan, June 20." / "Baku, May 24, AZERTAC" / "TEHRAN (Tasnim)"
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z\-]+(?:,\s*[A-Z][A-Za-z]+)?[,.]\s*({_MONTHS})\s*(\d{{1,2}})\b",
)

# Body text that credits an outlet: "Trend reports", "told News.Az",
# "TEHRAN (Tasnim)", "Source: UzA", "BISHKEK. KAZINFORM".
_M = re.MULTILINE
_NAME = r"([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,3})"
# (cues, pattern): a pattern runs only over text holding one of its cues (none:
# always). Every pattern matches within one line (MULTILINE; [ \t], never \s),
# so the whole body is scanned once per pattern at most, and a pattern anchored
# with ^ is tried only where a line starts.
# Datelines that credit an agency: "Manama, Mar. 20 (BNA)", "YEREVAN, APRIL 23,
# ARMENPRESS.", "Tbilisi. Interpressnews." There a bare acronym is an outlet.
_DATELINE_CREDITS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^[ \t]*[A-Z][A-Za-z\- ]{1,30}(?:[ \t]*\[[^\]\n]{2,30}\])?,[ \t]*[\w ,.]{3,25}?"
        r"[ \t]*\(([^)\n]{2,40})\)",
        _M,
    ),
    re.compile(r"^[ \t]*[A-Z][A-Za-z\-]+[ \t]*\(([^)\n]{2,30})\)", _M),
    re.compile(
        r"^[ \t]*[A-Z][A-Za-z\-]+,[ \t]*\w+\.?[ \t]*\d{1,2},[ \t]*([A-Z][\w\-]*)(?:\.|[ \t]*$)", _M
    ),
    re.compile(r"^[ \t]*[A-Z][A-Za-z\-]+\.[ \t]+([A-Z][\w\-]+)\.", _M),
)
_CREDIT_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # a name after a line start, a space or [,.;] (the look-behind), led by its
    # capital so that the regex engine skips to capitals
    (
        ("report",),
        re.compile(
            r"([A-Z](?<![^,.; \t\n][A-Z])[\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,3})"
            r"[ \t]+report(?:s|ed)\b",
            _M,
        ),
    ),
    (("told",), re.compile(rf"\btold[ \t]+(?:to[ \t]+)?{_NAME}", _M)),
    (
        ("according to", "citing", "reports", "reported by"),
        re.compile(rf"\b(?:according to|citing|reports|reported by)[ \t]+{_NAME}", _M),
    ),
    (("(",), re.compile(r"^[ \t]*[A-Z][A-Za-z\-]+[ \t]*\(([^)\n]{2,30})\)", _M)),
    (
        ("(",),
        re.compile(
            r"^[ \t]*[A-Z][A-Za-z\- ]{1,30}(?:[ \t]*\[[^\]\n]{2,30}\])?,[ \t]*[\w ,.]{3,25}?"
            r"[ \t]*\(([^)\n]{2,40})\)[ \t]*[–—:-]",
            _M,
        ),
    ),
    (("(",), re.compile(r"^[ \t]*\(([A-Z][\w.\- ]{1,30})\)[ \t]*$", _M)),
    (
        (),
        re.compile(
            r"^[ \t]*[A-Z][A-Za-z\-]+[.,][ \t]*\d{1,2}[ \t]+\w+\.?[ \t]+([A-Z][\w.\-]*)/?[ \t]*$",
            _M,
        ),
    ),
    (("Source:",), re.compile(r"\bSource:[ \t]*([^\r\n,;]{2,40})", _M)),
    ((), re.compile(r"^[ \t]*[A-Z]{3,}[.,][ \t]+([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,2})\b", _M)),
    (
        (),
        re.compile(
            r"^[ \t]*[A-Z][A-Za-z\-]+,[ \t]*\w+\.?[ \t]*\d{1,2},[ \t]*([A-Z][\w.\-]*)[ \t]*$", _M
        ),
    ),
    ((), re.compile(r"^[ \t]*([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,2}):[ \t]*$", _M)),
)

# Lines that are never article text wherever they stand.
_NOISE = re.compile(
    r"^\s*(?:\+\s*↺|[•·]|home\b|share\b|print\b|search\b|subscribe\b|stay up to date|"
    r"suggest to a friend|disclaimer:|your opinion|user feedback|overall, how satisfied|"
    r"extremely dissatisfied|story code|go to the main site|read more|related|"
    r"latest news|most read|currency rates|photo:|video:|follow us|tags?:|"
    r"[\d\s$€₽£¥%–—.,:+\-/()\[\]]*$|[A-Z]{2,5}\s*[–—-]\s*-?[\d.]+%)",
    re.IGNORECASE,
)
_TRAILER_START = re.compile(
    r"^\s*(?:latest news|most read|related news|related articles|read also|see also|"
    r"stay up to date|subscribe|suggest to a friend|share this|tags?:|"
    r"[A-Z0-9.\-]{4,}\.[A-Z]{2,4}\s*:)",
    re.IGNORECASE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, without its line break."""
    pieces = _LINE.findall(text)
    if pieces and not pieces[-1]:
        pieces.pop()  # the empty match at the very end (the only empty one)
    # the pieces tile the text: their lengths give every start
    starts = [0, *accumulate(map(len, pieces))]
    starts.pop()
    ends = map(add, starts, map(len, map(methodcaller("rstrip", "\r\n"), pieces)))
    return list(zip(starts, ends, strict=False))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_prose(text: str) -> bool:
    """A line of running text, rather than a menu item, headline or by-line."""
    words = _words(text)
    if len(words) >= 25:
        return True
    if len(words) < 6:
        return False
    lower = sum(1 for word in words if word[0].islower())
    return bool(_SENTENCE_END.search(text)) and lower >= 2


def _outlet_name(candidate: str) -> str | None:
    """The outlet a credited name stands for, when the lexicon knows it."""
    known = lexicon.outlets()
    words = candidate.strip(" .,:;()").split()
    # longest prefix first: "Tasnim News Agency" before "Tasnim"
    for size in range(len(words), 0, -1):
        key = " ".join(words[:size]).casefold()
        if key in known:
            return known[key]
    return None


def _parse_date(text: str) -> dt.date | None:
    """The first calendar date written in *text*, if any."""
    numeric = _NUMERIC_DATE.search(text)
    worded = _WORD_DATE.search(text)
    try:
        if numeric and (worded is None or numeric.start() <= worded.start()):
            if numeric.group(1):
                return dt.date(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
            return dt.date(int(numeric.group(6)), int(numeric.group(5)), int(numeric.group(4)))
        if worded:
            return calendar_date(worded.group())
    except (ValueError, OverflowError):
        return None
    return None


def _person_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() or ch in ":|()" for ch in text)
        and _outlet_like(text) is None
    )


# Words that name news organisations rather than people.
_OUTLET_WORDS = frozenset(
    [
        "times",
        "post",
        "news",
        "daily",
        "gazette",
        "herald",
        "tribune",
        "journal",
        "chronicle",
        "courier",
        "dispatch",
        "wire",
        "observer",
        "today",
        "press",
        "agency",
        "media",
        "review",
        "express",
        "monitor",
        "telegraph",
        "mirror",
        "standard",
        "guardian",
        "online",
        "tv",
        "radio",
        "network",
        "magazine",
        "weekly",
        "bulletin",
        "report",
        "reports",
        "newspaper",
        "info",
        "informer",
        "service",
    ]
)
_DOMAIN = re.compile(
    r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|info|az|kz|uz|kg|ru|ir|tr|ge|ua|in|cn|news|asia)$",
    re.I,
)


def _outlet_like(candidate: str) -> str | None:
    """The outlet a name stands for: from the lexicon, or a name built like an outlet's."""
    name = re.split(r"\s*(?:[(|•»]|\s[–—-]+\s)", candidate.strip(" .,:;–—-/"), maxsplit=1)[0].strip(
        " /"
    )
    if not name or len(name) > 60:
        return None
    if name.isupper() and " " in name:
        # "LAGOS DISPATCH" as a masthead prints it
        name = name.title()
    known = _outlet_name(name)
    if known is not None:
        return known
    words = name.split()
    if (
        not words
        or not all(word[:1].isupper() or word[:1].isdigit() for word in words)
        or len(words) > 5
    ):
        return None
    if any(word.casefold().strip(".,") in _OUTLET_WORDS for word in words) or _DOMAIN.match(name):
        return name
    return None


def read_header(text: str) -> Header:
    """Find the body of *text* and the metadata around it."""
    lines = _lines(text)
    byline_outlet: str | None = None
    site_outlet: str | None = None
    dated_outlet: str | None = None
    header_lines: list[str] = []
    published: dt.date | None = None
    authors: list[str] = []
    title: str | None = None
    dated_with_time = False

    def by_line(name: str) -> None:
        nonlocal byline_outlet
        if "," in name:
            # "By Efua Mensima Quaye, GNA": the reporter, then the agency
            person, _, agency = name.partition(",")
            credited = _dateline_credit(agency)
            if credited is not None:
                byline_outlet = byline_outlet or credited
            name = person.strip()
        credited = _outlet_like(name)
        if credited is not None:
            byline_outlet = byline_outlet or credited
        elif _person_name(name):
            authors.append(name)

    body_start: int | None = None
    for line_start, end in lines:
        start = line_start
        line = text[start:end]
        if not line.strip():
            continue
        scraper = _SCRAPER_DATE.match(line)
        if scraper is not None:
            published = _parse_date(scraper.group(1)) or published
            dated_with_time = True
            start += scraper.end()
            line = text[start:end]
            by = _BY_PREFIX.match(line)
            if by is not None:
                by_line(by.group(1).strip())
                start += by.end()
                line = text[start:end]
            if not line.strip() or _NOISE.match(line):
                continue
        if _NOISE.match(line) and _parse_date(line) is None:
            continue
        if _is_prose(line) or (
            _DATELINE.match(line) and body_start is None and len(_words(line)) > 3
        ):
            body_start = start + (len(line) - len(line.lstrip()))
            break
        byline = _BYLINE.match(line)
        if byline is not None:
            by_line(byline.group(1).strip())
            continue
        header_lines.append(line)
        date = _parse_date(line)
        if date is not None and len(_words(line)) <= 8:
            has_time = bool(_TIME.search(line))
            if published is None or (has_time and not dated_with_time):
                published = date
                dated_with_time = has_time
            dated_outlet = dated_outlet or _find_outlet_in_line(line)
            continue
        credited = _find_outlet_in_line(line) if len(_words(line)) <= 8 else None
        if credited is not None:
            site_outlet = site_outlet or credited
            continue
        words = _words(line)
        if len(words) >= 3 and not _SENTENCE_END.search(line):
            title = line.strip()
    if body_start is None:
        body_start = len(text)
        for start, end in lines:
            if text[start:end].strip():
                body_start = start
                break

    # "(MENAFN- AzerNews) ..." opening the body credits the story
    menafn_outlet = None
    menafn = _MENAFN.match(text, body_start)
    if menafn is not None:
        menafn_outlet = _outlet_like(menafn.group(1)) or menafn.group(1).strip()
        body_start = menafn.end()
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1

    body_end = _find_body_end(text, lines, body_start)
    body = text[body_start:body_end]
    trailer = text[body_end:]
    outlet = (
        menafn_outlet
        or _credited_outlet(body)
        or byline_outlet
        or _credited_outlet("\n".join(header_lines))
        or _credited_outlet(trailer)
        or dated_outlet
        or site_outlet
        or _trailer_outlet(trailer)
    )
    if published is None:
        # "Rabat, 25 May 2021 (Agency) – ...": a dateline with its year
        published = _parse_date(body[:80])
    authors.extend(_trailer_authors(trailer))
    return Header(body_start, body_end, outlet, published, tuple(dict.fromkeys(authors)), title)


def _trailer_authors(trailer: str) -> list[str]:
    """By-lines after the body: ``By X``, or a lone name on the first line."""
    found: list[str] = []
    first = True
    for raw in trailer.splitlines():
        line = raw.strip()
        if not line:
            continue
        byline = _BYLINE.match(line)
        if byline is not None:
            name = byline.group(1).strip()
            if _outlet_name(name) is None and _person_name(name):
                found.append(name)
        elif first and _person_name(line) and not _is_place(line):
            found.append(line)
        first = False
    return found


def _is_place(text: str) -> bool:
    places = lexicon.places()
    return any(word.casefold() in places for word in text.split())


def _find_outlet_in_line(line: str) -> str | None:
    """An outlet named in a header line: a masthead, a site name beside a date."""
    for segment in re.split(r"\s+[|»•–—]+\s+|\s{2,}", line.strip()):
        credited = _outlet_like(segment)
        if credited is not None:
            return credited
    for token in re.findall(r"[A-Za-z][\w.\-’']*(?:\s[A-Z][\w.\-]*){0,3}", line):
        known = _outlet_name(token)
        if known is not None:
            return known
    for token in line.split():
        if _DOMAIN.match(token.strip(" .,:;")):
            return _outlet_like(token)
    return None


def _dateline_credit(candidate: str) -> str | None:
    """An agency credited in a dateline or by-line: known, outlet-like, or an acronym."""
    name = candidate.strip(" .,:;()[]")
    credited = _outlet_like(name)
    if credited is not None:
        return credited
    if re.fullmatch(r"[A-Z]{2,8}", name):
        return name  # "(BNA)", "(KPL)", "(MIA)"
    if re.fullmatch(r"[A-Z][\w\-]{3,30}", name) and name.casefold().endswith(
        ("press", "news", "inform", "info")
    ):
        # "ARMENPRESS", "Interpressnews": an agency's one-word name
        return name.title() if name.isupper() else name
    return None


def _credited_outlet(body: str) -> str | None:
    """The outlet the body credits for the story, if the lexicon knows it."""
    menafn = _MENAFN_ANYWHERE.search(body)
    if menafn is not None:
        return _outlet_like(menafn.group(1)) or menafn.group(1).strip()
    first_lines = body[:300]
    for pattern in _DATELINE_CREDITS:
        match = pattern.search(first_lines)
        if match is not None:
            credited = _dateline_credit(match.group(1))
            if credited is not None:
                return credited
    # line-anchored credits ("TEHRAN (Tasnim)", "Trend:", a closing "(ANI)") stand
    # at the top or the bottom of a story: only those parts are searched for them
    ends = body if len(body) <= 1200 else f"{body[:600]}\n{body[-600:]}"
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(ends))]
    for cues, pattern in _CREDIT_PATTERNS:
        if cues and not any(cue in body for cue in cues):
            continue
        if pattern.pattern.startswith("^"):
            matches: Iterable[re.Match[str] | None] = (
                pattern.match(ends, start) for start in line_starts
            )
        else:
            matches = pattern.finditer(body)
        for match in matches:
            if match is not None:
                credited = _outlet_like(match.group(1))
                if credited is not None:
                    return credited
    return None


def _trailer_outlet(trailer: str) -> str | None:
    for raw in trailer.splitlines():
        line = raw.strip()
        by = _BY_PREFIX.match(line)
        if by is not None:
            credited = _outlet_name(by.group(1))
            if credited is not None:
                return credited
    return None


def _find_body_end(text: str, lines: list[tuple[int, int]], body_start: int) -> int:
    """Where the article's own text ends: before trailing noise and headline lists."""
    content = [(start, end) for start, end in lines if end > body_start and text[start:end].strip()]
    end_at = len(content)
    for index, (start, end) in enumerate(content):
        if start >= body_start and _TRAILER_START.match(text[start:end]):
            end_at = index
            break
    # a credit line near the end ("By Tasnim News Agency") closes the article
    for index in range(max(1, end_at - 4), end_at):
        start, end = content[index]
        by = _BY_PREFIX.match(text[start:end].strip())
        if by is not None and _outlet_name(by.group(1)) is not None and start > body_start:
            end_at = index
            break
    while end_at > 1:
        start, end = content[end_at - 1]
        line = text[max(start, body_start) : end]
        if (
            _NOISE.match(line)
            or _BY_PREFIX.match(line.strip())
            or (len(_words(line)) <= 5 and not _SENTENCE_END.search(line) and end_at < len(content))
        ):
            end_at -= 1
            continue
        if len(_words(line)) <= 5 and not _SENTENCE_END.search(line):
            end_at -= 1
            continue
        break
    if end_at == 0:
        return body_start
    end = content[end_at - 1][1]
    while end > body_start and text[end - 1].isspace():
        end -= 1
    return max(end, body_start)
