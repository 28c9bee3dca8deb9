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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from itertools import accumulate, compress, islice
from operator import add, itemgetter, methodcaller
from typing import NamedTuple

from culturedipl import lexicon
from culturedipl._dates import DATELINE, DATELINE_CREDIT, calendar_date, month_pattern
from culturedipl._document import ASIDE as _READ_ALSO

__all__ = ["Header", "read_header"]


class Header(NamedTuple):
    """What the lines around the body say, and where the body is."""

    body_start: int
    body_end: int
    outlet: str | None
    published: dt.date | None
    authors: tuple[str, ...]
    title: str | None


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SCRAPER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BYLINE = re.compile(r"^\s*By\s+([^\W\d_][\w.’'\-, ]{1,60}?)\s*$", re.IGNORECASE)
_BY_PREFIX = re.compile(r"^By\s+([^\W\d_][\w.’'\-]*(?:\s+[^\W\d_][\w.’'\-]*){0,3})(?:\s+|$)")
# "Author: Ana Pop", "Autor: Ana Pop", "Reporter: Ana Pop", "Written by Ana Pop":
# a labelled by-line, its name ending the line or followed by another "Label:"
_AUTHOR_NAME = r"([^\W\d_][\w.’'\-]*(?:[ \t]+[^\W\d_][\w.’'\-]*){1,3})"
_LABELLED_AUTHOR = re.compile(
    r"(?<!\w)(?:(?:Author|Autor|Auteur|Reporter|Writer|Text|Words)[ \t]*:|"
    r"(?:Written|Text|Words|Story|Reported)[ \t]+by[ \t]*:?)[ \t]*"
    rf"{_AUTHOR_NAME}(?=[ \t]*$|[ \t]+[^\W\d_]+[ \t]*:)"
)
# "Ana Pop , Wednesday 8 Feb 2023", "Ana Pop | 17.10.2024": a name, then the date
_NAME_BEFORE_DATE = re.compile(rf"[ \t]*{_AUTHOR_NAME}[ \t]*[,|]")
# "Published on 21/11/2023 - 18:10 By Ana Pop - Reporter": a by-line within a date line
_BY_WITHIN = re.compile(r"(?<![\w])[Bb]y[ \t]")
_MENAFN = re.compile(r"\s*\(MENAFN-\s*([^)]{1,40})\)")
# the same credit found anywhere: led by its literal, which the regex engine scans for fast
_MENAFN_ANYWHERE = re.compile(r"\(MENAFN-\s*([^)]{1,40})\)")
# After a reprint's credit, an agency's code alone on the rest of the line: "(MENAFN-
# X Times) QNA": the agency filed the story the paper printed
_CODE_AFTER_CREDIT = re.compile(r"[ \t]+([A-Z]{2,6})[ \t]*(?:\n|\Z)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# What ends a sentence, before any trailing white space.
_SENTENCE_ENDERS = frozenset('.!?…"”’»')


def _at_least_words(count: int) -> re.Pattern[str]:
    """A pattern that matches where ``_WORD.findall`` would find *count* words or more.

    It skips non-letters and takes each word whole (possessive, atomic), as findall
    does, but stops after *count* words instead of listing every word of a long line.
    """
    return re.compile(rf"(?:[\W\d_]*+(?>{_WORD.pattern})){{{count}}}")


_SIX_WORDS = _at_least_words(6)
_TWENTY_WORDS = _at_least_words(20)

# "2021-10-15", "2021-10-15T09:30", "15.10.2021", "15/10/2021", "15-10-2021" (day first)
_NUMERIC_DATE = re.compile(
    r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d))|\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"
)
# "2017 10 17": a line holding only a date, its parts separated by spaces
_SPACED_DATE = re.compile(r"[ \t]*(\d{4})[ \t]+(\d{1,2})[ \t]+(\d{1,2})[ \t]*")
_MONTHS = month_pattern(capitalised=True)
# "24 May 2021", "May 24, 2021", "November 24/2016", "12th March, 2019", "May 5th, 2021"
_ORDINAL = r"(?:st|nd|rd|th)?"
_WORD_DATE = re.compile(
    rf"\b(?:\d{{1,2}}{_ORDINAL}\s+{_MONTHS},?\s+\d{{4}}|"
    rf"{_MONTHS}\s+\d{{1,2}}{_ORDINAL}(?:,?\s+|/)\d{{4}})\b",
    re.IGNORECASE,
)
# \d\d\d\d rather than \d{4}: a leading digit class lets the engine skip to digits
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
# A date (and time) that closes a headline after "@" or "|": the page's time stamp
_STAMP = re.compile(r"[ \t][@|][ \t]*([^@|\n]{6,40})$")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_DIGIT = re.compile(r"\d")  # in every date and time

# Body text that credits an outlet: "Trend reports", "told News.Az", "Source:
# UzA", "BISHKEK. KAZINFORM". A dateline's credit ("TEHRAN (Tasnim)") is the
# dateline grammar's (``_dates.DATELINE_CREDIT``), read before these.
_M = re.MULTILINE
# "according to X", "citing X", "reported by X": the words that lead a credited name,
# in lower case and file order; those that may also open with a capital, as a
# pattern ("[Aa]ccording to") and as the cues the text is searched for
_LEADS = tuple(columns[0] for _, columns in lexicon.read_table("en/credit_leads.tsv"))
_CAPITAL_LEADS = lexicon.word_list("capital_credit_leads")
_CREDIT_LEADS = tuple(
    cue
    for lead in _LEADS
    for cue in ((lead, lead[0].upper() + lead[1:]) if lead in _CAPITAL_LEADS else (lead,))
)
_CREDIT_LEAD_PATTERN = "|".join(
    f"[{lead[0].upper()}{lead[0]}]{re.escape(lead[1:])}"
    if lead in _CAPITAL_LEADS
    else re.escape(lead)
    for lead in _LEADS
)
_NAME = r"([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,3})"
# (how, cues, pattern), tried in order. Every pattern matches within one line
# (MULTILINE; [ \t], never \s), and is tried only where it can match:
# "line": anchored with ^, where a line starts; "led": every match opens with
# one of its cues (literal text), where a cue stands; "holds": every match
# holds a cue, and starts at most four blank-separated chunks before each cue
# in it, over the lines holding one. A run of name characters followed
# by [ \t] or ":", which cannot continue it, is possessive (*+): giving some
# back could never help, and capitalised names backtracked at length.
_CREDIT_PATTERNS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    # a name after a line start, a space or [,.;] (the look-behind), led by its
    # capital so that the regex engine skips to capitals
    (
        "holds",
        ("report",),
        re.compile(
            r"([A-Z](?<![^,.; \t\n][A-Z])[\w.\-]*+(?:[ \t][A-Z][\w.\-]*+){0,3})"
            r"[ \t]+report(?:s|ed)\b",
            _M,
        ),
    ),
    # "Report informs citing the ministry": the same, with "informs"
    (
        "holds",
        ("informs",),
        re.compile(
            r"([A-Z](?<![^,.; \t\n][A-Z])[\w.\-]*+(?:[ \t][A-Z][\w.\-]*+){0,3})"
            r"[ \t]+informs\b",
            _M,
        ),
    ),
    ("led", ("told",), re.compile(rf"\btold[ \t]+(?:to[ \t]+)?{_NAME}", _M)),
    (
        "led",
        _CREDIT_LEADS,
        re.compile(rf"\b(?:{_CREDIT_LEAD_PATTERN})[ \t]+{_NAME}", _M),
    ),
    # "..., writes the Ostland Radio/OSTA.": the outlet that wrote the story (a
    # chain of them, its innermost link), closing the sentence
    (
        "led",
        ("writes",),
        re.compile(
            r"\bwrites[ \t]+(?:the[ \t]+)?"
            r"([A-Z][\w.\-]*(?:[ \t]*/[ \t]*[A-Z][\w.\-]*|[ \t][A-Z][\w.\-]*){0,4})[ \t]*[.!]",
            _M,
        ),
    ),
    ("line", (), re.compile(r"^[ \t]*\(([A-Z][\w.\- ]{1,30})\)[ \t]*$", _M)),
    # "Source: UzA", and the label's other forms: "Sources: X", "Source and photo: X"
    (
        "led",
        ("Source",),
        re.compile(r"\bSources?(?:[ \t]+and[ \t]+photos?)?:[ \t]*([^\r\n,;]{2,40})", _M),
    ),
    # "Read on the website Ostland Wire": an aggregator's pointer to the source
    (
        "holds",
        ("website",),
        re.compile(
            r"\b(?:[Rr]ead|[Pp]ublished)[ \t]+(?:(?:it|more|this)[ \t]+)?on[ \t]+(?:the[ \t]+)?"
            rf"website[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?{_NAME}",
            _M,
        ),
    ),
    # "BISHKEK. KAZINFORM ...": a place in capitals, then the credit running into
    # the text; after "KABAR reports" above, the innermost source of a reprint
    (
        "line",
        (),
        re.compile(r"^[ \t]*[A-Z]{3,}[.,][ \t]+([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,2})\b", _M),
    ),
    ("line", (), re.compile(r"^[ \t]*([A-Z][\w.\-]*+(?:[ \t][A-Z][\w.\-]*+){0,2}):[ \t]*$", _M)),
)


def _at_each_line(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that tries line-anchored *patterns* together after each "\\n".

    Each pattern stands in a look-ahead that captures its one group, or nothing
    where it does not match, so ``findall`` lists every pattern's match at every
    line in one call, and the leading literal "\\n" lets the engine skip to lines.
    Every pattern opens with a capital or "(" after any blanks: other lines
    (blank ones, lower case) are passed over, and have no row.
    """
    tries = "".join(f"(?:(?={pattern.pattern})|)" for pattern in patterns)
    return re.compile("\n" + rf"(?=[ \t]*[A-Z(]){tries}", _M)


# The credit of a dateline (``_dates.DATELINE_CREDIT``) at each line that opens
# with a capital or "(" after any blanks: a row a line, one group a form, "" in
# those of the forms that did not match (every credit holds a character or more).
_DATELINE_CREDIT_AT_LINES = re.compile(rf"\n(?=[ \t]*[A-Z(])(?:{DATELINE_CREDIT.pattern})", _M)
_LINE_CREDITS = tuple(pattern for how, _, pattern in _CREDIT_PATTERNS if how == "line")
_LINE_CREDITS_AT_LINES = _at_each_line(_LINE_CREDITS)
_LINE_CREDIT_COLUMNS = {pattern: column for column, pattern in enumerate(_LINE_CREDITS)}


def _by_first_letter(branches: str) -> str:
    """The regex alternation *branches* ("a|b|..."), grouped by their first letters.

    Matching case-insensitively, the regex engine enters every branch in turn
    (it skips one by its first letter only when matching case-sensitively):
    grouped, it enters one group a letter. Each branch opens with a lower-case
    letter; those of a letter keep their order, and no character matches two
    letters, so the alternation matches what it did.
    """
    groups: dict[str, list[str]] = {}
    for branch in branches.split("|"):
        if not ("a" <= branch[:1] <= "z"):
            msg = f"not a branch that opens with a lower-case letter: {branch!r}"
            raise ValueError(msg)
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# Lines that are never article text wherever they stand.
_NOISE = re.compile(
    r"^\s*(?:\+\s*↺|[•·]|"
    + _by_first_letter(
        r"home\b|share\b|print\b|search\b|subscribe\b|stay up to date|"
        r"suggest to a friend|disclaimer:|your opinion|user feedback|overall, how satisfied|"
        r"extremely dissatisfied|story code|go to the main site|read more|related|"
        r"latest news|most read|currency rates|photo:|video:|follow us|tags?:"
    )
    + r"|[\d\s$€₽£¥%–—.,:+\-/()\[\]]*$|[A-Z]{2,5}\s*[–—-]\s*-?[\d.]+%)",
    re.IGNORECASE,
)
# Credit lines of a picture ("Photo: ...", "Photo credit: ...", "Sursă foto: ...",
# "(Photo by ...)"): noise (or a credit), never the title nor a sentence of the story.
# Each opener is a row of data/en/credit_openers.tsv, longest first.
_CREDIT_OPENERS = sorted(lexicon.word_list("credit_openers"), key=len, reverse=True)
_CREDIT_LINE = re.compile(
    r"\s*[(\[]?\s*(?:"
    + "|".join(re.escape(opener).replace(r"\ ", r"\s+") for opener in _CREDIT_OPENERS)
    + r")(?:\s*:|\s+by\b)",
    re.IGNORECASE,
)
# Noise lines whose date is not the article's: "Currency rates from 25/11/2024"
_WIDGET = re.compile(r"\s*(?:currency rates|exchange rates|weather)\b", re.IGNORECASE)
_TRAILER_START = re.compile(
    r"^\s*(?:"
    + _by_first_letter(
        r"latest news|most read|related news|related articles|related\s*$|read also|see also|"
        # a blog's list of its other posts: "Related Posts", "Related Stories"
        r"related posts\s*$|related stories\s*$|"
        r"stay up to date|subscribe|suggest to a friend|share this|tags?:|"
        r"you may also like|you might also like|"
        # a page's links to its neighbours, each over another story's headline
        r"previous post\s*$|previous article\s*$|next post\s*$|next article\s*$|"
        # a blog's or a site's comment box under the story: "No comments:", "Post a Comment"
        r"no comments:?\s*$|post a comment\s*$|leave a comment\s*$|leave a reply\s*$"
    )
    + r"|[A-Z0-9.\-]{4,}\.[A-Z]{2,4}\s*:)",
    re.IGNORECASE,
)


def _split_lines(text: str) -> tuple[list[int], list[str]]:
    """The start of each line, and each line's text without its line break."""
    if "\r" not in text:
        # only "\n" breaks lines: str.split cuts them at C speed
        texts = text.split("\n")
        if not texts[-1]:
            texts.pop()  # no line after a final break, nor in empty text
        # each line and its break take len + 1 characters
        starts = [0, *accumulate(map((1).__add__, map(len, texts)))]
    else:
        pieces = _LINE.findall(text)
        if pieces and not pieces[-1]:
            pieces.pop()  # the empty match at the very end (the only empty one)
        # the pieces tile the text: their lengths give every start
        starts = [0, *accumulate(map(len, pieces))]
        texts = list(map(methodcaller("rstrip", "\r\n"), pieces))
    starts.pop()
    return starts, texts


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, without its line break."""
    starts, texts = _split_lines(text)
    return list(zip(starts, map(add, starts, map(len, texts)), strict=False))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _prose_follows(content: list[tuple[int, str]], index: int) -> bool:
    """Whether one of the three lines after line *index* is a paragraph of prose (20
    words or more, ending a sentence): a "Read also: <headline>" line between two
    paragraphs is a link inside the article, not the start of its trailer."""
    return any(
        _TWENTY_WORDS.match(line) and _ends_sentence(line)
        for _, line in content[index + 1 : index + 4]
    )


def _ends_sentence(text: str) -> bool:
    """Whether *text* ends with a sentence's closing mark, white space aside."""
    # as r"[.!?…\"”’»]\s*$" would find, without a scan of the whole line
    return text.rstrip()[-1:] in _SENTENCE_ENDERS


def _is_blank(line: str) -> bool:
    # not line.strip(), without copying the line
    return not line or line.isspace()


def _surely_prose(text: str) -> bool:
    """Whether :func:`_is_prose_by_words` would say True, judged from some of the words.

    It says True for most paragraphs; where it says False, the words decide.
    """
    # a blank-separated token of letters only (isalpha) is one word: picked at
    # C speed, such tokens are words enough for the rule when most paragraphs
    # have 25 in 40 tokens, or are a short sentence with two in lower case
    tokens = text.split(None, 40)
    words = list(compress(tokens, map(str.isalpha, tokens)))
    return len(words) >= 25 or (
        len(words) >= 6
        and _ends_sentence(text)
        and sum(map(str.islower, map(itemgetter(0), words))) >= 2
    )


# Small words of a sentence that are no verb: "of", "the", "by" ...
_SMALL_WORDS = lexicon.word_list("small_words")


def _reads_as_sentence(text: str, words: list[str]) -> bool:
    """Whether a short line, too short for running text, reads as a sentence of the story.

    "Minister Ana Pop received Ambassador Ion Rus.": it ends with a period, has
    four words or more, two or more of them capitalised after the first (a name,
    a title), and a lower-case word that is no small word (a verb: "received",
    "met"). A headline in title case ("Minister Meets Envoy.") has no such word.
    """
    if len(words) < 4 or not text.rstrip().rstrip('"”’»').endswith("."):
        return False
    if sum(map(str.isupper, map(itemgetter(0), words[1:]))) < 2:
        return False
    return any(word[0].islower() and word.casefold() not in _SMALL_WORDS for word in words)


def _is_prose_by_words(text: str, words: list[str]) -> bool:
    """Whether *text*, whose words are *words* (``_words(text)``), is running text.

    Running text, rather than a menu item, headline or by-line, has 25 words or
    more, or ends a sentence of six or more with two or more in lower case.
    """
    if len(words) >= 25:
        return True
    if len(words) < 6 or not _ends_sentence(text):
        return False
    # how many words start in lower case (word[0].islower()), at C speed
    return sum(map(str.islower, map(itemgetter(0), words))) >= 2


# The lexicon's outlet table, and the first word of each name in it.
_first_words_of: list[tuple[Mapping[str, str], frozenset[str]]] = []


def _first_words(known: Mapping[str, str]) -> frozenset[str]:
    """The first word of each key of *known* (keys are case-folded, single-spaced)."""
    if not _first_words_of or _first_words_of[0][0] is not known:
        _first_words_of[:] = [(known, frozenset(key.split(" ", 1)[0] for key in known))]
    return _first_words_of[0][1]


_GLUED = re.compile(r"[a-z][A-Z]")


def _outlet_name(candidate: str) -> str | None:
    """The outlet a credited name stands for, when the lexicon knows it."""
    known = lexicon.outlets()
    words = candidate.strip(" .,:;()").split()
    # only if an outlet's name starts with the first word can a prefix be known
    if words and words[0].casefold() in _first_words(known):
        # longest prefix first: "Tasnim News Agency" before "Tasnim"
        for size in range(len(words), 0, -1):
            key = " ".join(words[:size]).casefold()
            if key in known:
                return known[key]
    # "Ostland WireThe Culture Minister met …": a scrape that lost a line
    # break glues the name to the text after it; the name ends at the glued capital
    glued = _GLUED.search(candidate)
    return _outlet_name(candidate[: glued.start() + 1]) if glued is not None else None


def _parse_date(text: str) -> dt.date | None:
    """The first calendar date written in *text*, if any."""
    if not _FOUR_DIGITS.search(text):
        return None  # every date pattern holds a year
    numeric = _NUMERIC_DATE.search(text)
    worded = _WORD_DATE.search(text)
    try:
        if numeric and (worded is None or numeric.start() <= worded.start()):
            if numeric.group(1):
                return dt.date(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
            day, month = int(numeric.group(4)), int(numeric.group(5))
            if month > 12 >= day:
                day, month = month, day  # "03-25-2019": the month first
            return dt.date(int(numeric.group(6)), month, day)
        if worded:
            return calendar_date(worded.group())
        spaced = _SPACED_DATE.fullmatch(text)
        if spaced:
            return dt.date(int(spaced.group(1)), int(spaced.group(2)), int(spaced.group(3)))
    except (ValueError, OverflowError):
        return None
    return None


def _person_name(text: str) -> bool:
    return _shaped_like_a_person(text) and _outlet_like(text) is None


# Words of by-line names that are no person's: "Web Desk", "Staff Reporter", "Travel Page"
_NOT_A_PERSON = lexicon.word_list("byline_desk_words")


def _shaped_like_a_person(text: str) -> bool:
    """Shaped like a name, with no word that only a desk, a page or an institution is named with."""
    return _shaped_like_a_name(text) and not any(
        word.casefold() in _NOT_A_PERSON or word.casefold() in _INSTITUTION_HEADS
        for word in text.split()
    )


def _shaped_like_a_name(text: str) -> bool:
    """Two to four capitalised words, without digits or ``:|()``: a person's, or an outlet's.

    After the first, a word may open with a particle joined by a hyphen to its
    capitalised rest ("Ana al-Rashid").
    """
    words = text.split()
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and all(word[:1].isupper() or _joined_to_particle(word) for word in words[1:])
        and not any(ch.isdigit() or ch in ":|()" for ch in text)
    )


# Particles joined by a hyphen to the rest of a surname: "al-Rashid", "el-Sayed"
_HYPHENED_PARTICLES = lexicon.word_list("hyphened_name_particles")


def _joined_to_particle(word: str) -> bool:
    """Whether *word* is a listed particle, a hyphen, then a capitalised part: "al-Rashid"."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle in _HYPHENED_PARTICLES


# Words that name news organisations rather than people.
_OUTLET_WORDS = lexicon.word_list("outlet_words")
_DOMAIN = re.compile(
    r"^[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|info|az|kz|uz|kg|ru|ir|tr|ge|ua|in|cn|news|asia)$",
    re.I,
)


# Where an outlet's name ends in a credit: "Trend (Baku)", "Trend | News", "Trend - Az".
_NAME_END = re.compile(r"\s*(?:[(|•»]|\s[–—-]+\s)")
_NAME_END_MARK = re.compile(r"[(|•»–—-]")  # one of these stands in every _NAME_END
# Between the parts of a header line: "Trend | Politics", "12 June 2021  Trend".
_SEGMENT_BREAK = re.compile(r"\s+[|»•–—]+\s+|\s{2,}")
_SEGMENT_CUE = re.compile(r"[|»•–—]|\s\s")  # in every match of _SEGMENT_BREAK
# A name of up to four words, its first perhaps in lower case: "News.Az", "the Trend Agency".
_NAME_TOKEN = re.compile(r"[A-Za-z][\w.\-’']*(?:\s[A-Z][\w.\-]*){0,3}")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_AGENCY_WORD = re.compile(r"[A-Z][\w\-]{3,30}")


# a date that opens a line: "Oct 17, 2023 News", "12 May 2021 Culture"
_DATED_SECTION = re.compile(rf"(?:{_MONTHS})\.?\s+\d|\d{{1,2}}\s+(?:{_MONTHS})\b")


def _outlet_like(candidate: str) -> str | None:
    """The outlet a name stands for: from the lexicon, or a name built like an outlet's."""
    name = candidate.strip(" .,:;–—-/")
    if _NAME_END_MARK.search(name):  # most names hold no mark: no need to split them
        name = _NAME_END.split(name, maxsplit=1)[0]
    name = name.strip(" /")
    if not name or len(name) > 60:
        return None
    if name.isupper() and " " in name:
        # "LAGOS DISPATCH" as a masthead prints it
        name = name.title()
    if ":" in name or _DATED_SECTION.match(name):
        # a label ("Categories: Africa News") or a date before a section's name
        # ("Oct 17, 2023 News"): a page's furniture, no outlet
        return None
    known = _outlet_name(name)
    if known is not None:
        return known
    words = name.split()
    if (
        not words
        or len(words) > 5
        or not all(word[:1].isupper() or word[:1].isdigit() for word in words)
    ):
        return None
    if len(words) == 1 and words[0].casefold() in _OUTLET_WORDS:
        return None  # "News", "Press": a section's or a menu's name, not an outlet's
    if any(word.casefold().strip(".,") in _OUTLET_WORDS for word in words) or (
        "." in name and _DOMAIN.match(name)  # a domain has a "."
    ):
        return name
    return None


# "the Island Courier staff", "Island Courier Staff Writer": an outlet's own staff
_STAFF = re.compile(
    r"(?:the\s+)?((?:[A-Z0-9][\w.’'&\-]*\s+(?:(?:of|the|and)\s+)?){0,4}[A-Z0-9][\w.’'&\-]*)"
    r"\s+(?:staff|Staff|STAFF)(?:\s+(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?))?"
)


def _staff_of(name: str) -> str | None:
    """The outlet a by-line credits its own staff with: "By the Island Courier staff"."""
    if "staff" not in name.casefold():
        return None
    found = _STAFF.fullmatch(name.strip(" .,"))
    if found is None:
        return None
    outlet = found.group(1)
    return _outlet_name(outlet) or outlet


def read_header(text: str) -> Header:
    """Find the body of *text* and the metadata around it."""
    starts, line_texts = _split_lines(text)
    byline_outlet: str | None = None
    site_outlet: str | None = None
    dated_outlet: str | None = None
    header_lines: list[str] = []
    published: dt.date | None = None
    authors: list[str] = []
    title: str | None = None
    dated_with_time = False
    opening_date: dt.date | None = None
    after_date = False  # the header line before was a date line

    def by_line(name: str) -> None:
        nonlocal byline_outlet
        staff = _staff_of(name)
        if staff is not None:
            byline_outlet = byline_outlet or staff
            return
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
        elif _shaped_like_a_person(name):  # no outlet, as just found
            authors.append(name)

    body_start: int | None = None
    # where a run of lines that read as sentences starts, just before the body:
    # a one-sentence first paragraph is the story's, not header noise
    lead_start: int | None = None
    for line_start, full_line in zip(starts, line_texts, strict=True):
        start, line = line_start, full_line
        if _is_blank(line):
            continue
        scraper = _SCRAPER_DATE.match(line)
        if scraper is not None:
            published = _parse_date(scraper.group(1)) or published
            dated_with_time = True
            start += scraper.end()
            line = line[scraper.end() :]
            by = _BY_PREFIX.match(line)
            if by is not None:
                by_line(by.group(1).strip())
                start += by.end()
                line = line[by.end() :]
            if _is_blank(line) or _NOISE.match(line):
                lead_start = None
                continue
        if _NOISE.match(line) and (_parse_date(line) is None or _WIDGET.match(line)):
            lead_start = None
            continue
        # _is_prose(line), or a dateline opening the story; a line that is not
        # surely prose has its words listed once, for the tests below as well
        opens_body = _surely_prose(line)
        if not opens_body:
            words = _words(line)
            opens_body = _is_prose_by_words(line, words) or (
                len(words) >= 4 and DATELINE.match(line, len(line) - len(line.lstrip())) is not None
            )
        if opens_body:
            body_start = start + (len(line) - len(line.lstrip()))
            break
        if _CREDIT_LINE.match(line):
            lead_start = None
            continue  # a picture's credit, not running text: never the title
        if not _reads_as_sentence(line, words):
            lead_start = None
        elif lead_start is None:
            lead_start = start + (len(line) - len(line.lstrip()))
        byline = _BYLINE.match(line)
        if byline is not None:
            by_line(byline.group(1).strip())
            continue
        header_lines.append(line)
        labelled = _LABELLED_AUTHOR.search(line)
        if labelled is not None and _person_name(labelled.group(1)):
            authors.append(labelled.group(1))
        word_count = len(words)
        date = _parse_date(line)
        if date is not None and word_count <= 8:
            authors.extend(_authors_in_date_line(line, by_line))
            has_time = bool(_TIME.search(line))
            if published is None or (has_time and not dated_with_time):
                published = date
                dated_with_time = has_time
            dated_outlet = dated_outlet or _find_outlet_in_line(line)
            after_date = True
            continue
        stamp = _STAMP.search(line) if date is not None else None
        if stamp is not None and published is None and _parse_date(stamp.group(1)) == date:
            # "X meets Y @ 4 March 2022 10:15 AM": a headline stamped with its date
            published = date
            dated_with_time = bool(_TIME.search(stamp.group(1)))
        if date is not None and opening_date is None and _parse_date(line[:24]) == date:
            # "Culture 22/05/2017 Envoy visits ...": a section, the date, then the headline
            opening_date = date
        credited = _find_outlet_in_line(line) if word_count <= 8 else None
        if credited is None and after_date:
            credited = _placed_source(line)
        after_date = False
        if credited is not None:
            site_outlet = site_outlet or credited
            continue
        if word_count >= 3 and not _ends_sentence(line) and labelled is None:
            # a headline; not a labelled by-line ("Author: Ana Pop")
            title = line.strip()
    if body_start is not None and lead_start is not None:
        body_start = lead_start
    if body_start is None:
        body_start = len(text)
        for start, line in zip(starts, line_texts, strict=True):
            if not _is_blank(line):
                body_start = start
                break

    # "(MENAFN- AzerNews) ..." opening the body credits the story
    menafn_outlet = None
    menafn = _MENAFN.match(text, body_start)
    if menafn is not None:
        menafn_outlet = _menafn_credit(text, menafn)
        body_start = menafn.end()
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1
    else:
        # "(Cinet)- In the morning ...": a name in brackets and a dash open the story
        opening = _OPENING_CREDIT.match(text, body_start)
        code = None if opening is None else opening.group(1) or opening.group(2)
        if opening is not None and (opening.group(3) or opening.group(4)) is not None:
            # a name before a dash or a slash is a credit only where it is built like
            # an outlet's
            code = _outlet_like(opening.group(3) or opening.group(4))
        if (
            opening is not None
            and code is not None
            and code.casefold() not in lexicon.places()
            and (opening.group(1) or DATELINE_CREDIT.match(text, body_start) is None)
        ):
            # (not a country's short name, "UAE – ...", nor a dateline's first
            # link, "NNA - Beirut, SANA -", whose credit is the dateline's)
            menafn_outlet = _dateline_credit(code) or code
            body_start = opening.end()

    body_end = _find_body_end(text, starts, line_texts, body_start)
    body = text[body_start:body_end]
    trailer = text[body_end:]
    header_text = "\n".join(header_lines)
    # the innermost credit first (ANNOTATION.md, "Outlet chains"): a reprint's or a
    # syndication line's source, credits in and at the end of the story, an
    # institution that "reports" it, by-lines, then the page's own name; last,
    # weaker signs, tried only when nothing else names an outlet
    outlet = (
        menafn_outlet
        or _syndicated_from(text)
        or _reprinted_from(text)
        or _press_service(body)
        or _learned_from(body)
        or _credited_outlet(body)
        or _named_dateline_credit(body)
        or _on_behalf_of(body, trailer)
        or _sign_off_outlet(body, trailer)
        or _institution_reports(body)
        or byline_outlet
        or _credited_outlet(header_text)
        or _institution_reports(header_text)
        or _credited_outlet(trailer)
        or dated_outlet
        or (dated_name[0] if (dated_name := _dated_name_line(line_texts)) else None)
        or site_outlet
        or _trailer_outlet(trailer)
        or _institution_credit(body, header_lines, trailer)
        or _institution_release(body)
        or _masthead(line_texts)
        or _photo_credit(text)
        or _copyright_holder(text)
        or _link_outlet(line_texts)
    )
    outlet = _spelled_out(outlet, text)
    if published is None:
        # "Rabat, 25 May 2021 (Agency) – ...": a dateline with its year
        # (not "On 12 May 2016, the minister …": the date of the event the story opens with)
        published = (
            opening_date
            or (None if body.startswith("On ") else _parse_date(body[:80]))
            or _closing_date(line_texts, starts, body_start)
            # "... - Ostland Online, 2 May 2031": the date its source signs the page with
            or (dated_name[1] if (dated_name := _dated_name_line(line_texts)) else None)
        )
    published = _month_first(published, text, body, body_start)
    authors.extend(_opening_bylines(body))
    authors.extend(_trailer_authors(trailer))
    return Header(body_start, body_end, outlet, published, tuple(dict.fromkeys(authors)), title)


# A dateline's place, month and day opening a line: "Taipei, Feb. 11 (Agency)",
# "Manama, June 10 (Agency):"
_DATELINE_MONTH_DAY = re.compile(
    rf"^[ \t]*[A-Z][\w.’' -]{{1,30}},[ \t]+({_MONTHS}[ \t]+\d{{1,2}})\b", re.MULTILINE
)


def _month_first(
    published: dt.date | None, text: str, body: str, body_start: int
) -> dt.date | None:
    """*published*, read month first when a numeric date line and the dateline say so.

    "06/11/2015" reads as 6 November, unless the story's dateline ("Manama, June
    10 (Agency)") names June, the first number's month, and not November: then the
    date line wrote the month first, as American pages do (11 June).
    """
    if published is None or published.day > 12 or published.day == published.month:
        return published
    day, month, year = published.day, published.month, published.year
    # the date line stands before the body (tests at C speed spare the regex)
    if all(text.find(f"{month}{mark}{year}", 0, body_start) == -1 for mark in "/.-"):
        return published
    numeric = rf"(?<!\d)0?{day}(?P<mark>[/.-])0?{month}(?P=mark){year}(?!\d)"
    if re.compile(numeric).search(text, 0, body_start) is None:
        return published  # not a numeric date read day first
    dateline = _DATELINE_MONTH_DAY.search(body, 0, 1200)
    if dateline is None:
        return published
    named = calendar_date(dateline.group(1), year)
    if named is None or named.month != day:
        return published
    return dt.date(year, day, month)


# An agency's code ("KNA", "QNA"), which the lexicon reports for its full name too
_AGENCY_CODE = re.compile(r"[A-Z]{2,6}")


@cache
def _full_names() -> dict[str, list[str]]:
    """Each outlet's names of several words in the lexicon, longest first, by its code."""
    names: dict[str, list[str]] = {}
    for name, outlet in lexicon.outlets().items():
        if " " in name and _AGENCY_CODE.fullmatch(outlet):
            names.setdefault(outlet, []).append(name)
    return {outlet: sorted(found, key=len, reverse=True) for outlet, found in names.items()}


def _spelled_out(outlet: str | None, text: str) -> str | None:
    """*outlet*, or its full name as a prose credit writes it when the text never prints its code.

    "According to Ostland News Agency, …" or "Source: Ostland News Agency" with
    no "(ONA)" anywhere credits "Ostland News Agency", as written; where the code
    stands in the text ("Rabat, May 3 (ONA)"), the code is the outlet, and so it is
    for a full name in a dateline's brackets or a sign-off.
    """
    if outlet is None or outlet not in _full_names() or outlet in text:
        return outlet  # (the code as printed: a test at C speed spares the regex)
    if re.search(rf"\b{re.escape(outlet)}\b", text, re.IGNORECASE) is not None:
        return outlet
    for name in _full_names()[outlet]:
        written = re.search(
            rf"(?:\b[Aa]ccording to|^[ \t]*Source:)[ \t]+({re.escape(name)})\b",
            text,
            re.IGNORECASE | re.MULTILINE,
        )
        if written is not None:
            return written.group(1)
        if (in_head := _source_line(name, text)) is not None:
            return in_head
    return outlet


def _source_line(name: str, text: str) -> str | None:
    """*name* as written in the source slot of a story's head: after the date line's
    date ("date 2031-05-02 Ostland News Agency") or before the place it writes from
    ("Ostland News Agency (Varsa)"), alone on its line; a line that only names the
    agency credits it as written, like a prose credit (a sign-off keeps the code)."""
    escaped = re.escape(name)
    found = re.search(
        rf"^[ \t]*(?:date[ \t]+[\d-]+[ \t]+({escaped})|({escaped})[ \t]*\([^()\n]*\))[ \t]*$",
        text,
        re.IGNORECASE | re.MULTILINE,
    )
    return None if found is None else found.group(1) or found.group(2)


# An outlet's name and the story's date ending a line, alone or after the headline
# and a dash: "Ostland Daily, 2 May 2031", "Minister visits X - Ostland Online, 2
# May 2031"
_DATED_NAME = re.compile(
    rf"(?:^|[ \t][-–—|][ \t]+)([A-Z](?:(?![ \t][-–—|][ \t])[^,\n]){{1,40}}?),[ \t]*"
    rf"(\d{{1,2}}[ \t]+{_MONTHS}[ \t]+\d{{4}}|{_MONTHS}[ \t]+\d{{1,2}},[ \t]*\d{{4}})[ \t]*$"
)


def _dated_name_line(line_texts: list[str]) -> tuple[str, dt.date | None] | None:
    """The outlet that signs one of the first lines with its name and the story's
    date, and that date: "Ostland Daily, 2 May 2031" under the headline, or "-
    Ostland Online, 2 May 2031" ending it, as a page prints its source; a name built
    like an outlet's, not a place's dateline ("Varsa, 2 May 2031")."""
    for line in islice(line_texts, 8):
        # (a test at C speed first: the line ends in a year)
        found = _DATED_NAME.search(line) if line.rstrip()[-4:].isdigit() and "," in line else None
        if found is None or found.group(1).casefold() in lexicon.places():
            continue
        named = _outlet_like(found.group(1))
        if named is not None:
            return named, _parse_date(found.group(2))
    return None


# "Ostland Wire (Hanoi)": a source and the place it writes from, in brackets
_PLACED_SOURCE = re.compile(
    r"[ \t]*([A-Z][\w.\-’']*(?:[ \t]+[A-Z][\w.\-’']*){0,3})[ \t]*\(([A-Z][\w .\-]{1,30})\)[ \t]*"
)


def _placed_source(line: str) -> str | None:
    """The source a line just under the date line names with its place: "Ostland
    Wire (Hanoi)", as aggregators print where a story came from."""
    found = _PLACED_SOURCE.fullmatch(line)
    if found is None or found.group(2).strip().casefold() not in lexicon.places():
        return None
    return found.group(1)


# "(Cinet)- ", "(Trend) – ": a credit in brackets opening the story, then a dash or colon
# "NNA – Caretaker Culture Minister ...": an agency's code in capitals, then a dash
_OPENING_CREDIT = re.compile(
    r"(?:\(([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,2})\)|([A-Z]{2,8})(?=[ \t]+[–—])"
    # "Kaieteur News – ...": a paper's name of two or three words, a spaced dash
    r"|([A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*){1,2})(?=[ \t]+[–—][ \t]))"
    r"[ \t]*[–—:-]+[ \t]*"
    # "X News/ The minister ...": a name glued to a slash opens the story
    r"|([A-Z][\w.\-]*(?:[ \t][A-Z][\w.\-]*){0,2})/[ \t]+(?=[A-Z])"
)
# A name of one to five words, each capitalised or a number ("France 24"), the
# first perhaps a number's ("24.kg"), as agencies sign a story off.
_SIGN_OFF_NAME = (
    r"((?:[^\W\d_](?<![a-z])|\d)[\w.\-’']*(?:[ \t](?:[^\W\d_](?<![a-z])|\d)[\w.\-’']*){0,4})"
)
# "... steps. —- SANA", "... countries.(Prensa Latina)", "... capital. /AKIpress/":
# after the last sentence
_SIGN_OFF_AFTER_SENTENCE = re.compile(
    rf"[.!?”\"][ \t]*(?:[–—-]+|/+)?[ \t]*[(\[]?[ \t]*{_SIGN_OFF_NAME}[ \t]*[)\]]?/*[ \t]*$"
)
# What may stand around a sign-off on a line of its own: "— SANA", "(GNA)", "/AKIpress/"
_SIGN_OFF_MARKS = " \t–—-/()[]"


def _sign_off_outlet(body: str, trailer: str) -> str | None:
    """The agency that signs the story off, in its last lines or just after them.

    A known outlet closes the last sentence ("... steps. — SANA", "...
    countries.(Prensa Latina)") or stands on a line of its own ("GNA"); on a
    line of its own with a date or time after it ("MAP 31 March 2022", "BNA
    1532 GMT 2012-03-20"), an agency's code in capitals is enough.
    """
    last = [line for line in body[-400:].splitlines() if not _is_blank(line)][-2:]
    first = [line for line in trailer[:400].splitlines() if not _is_blank(line)][:2]
    for line in [*reversed(last), *first]:
        found = _SIGN_OFF_AFTER_SENTENCE.search(line[-120:])
        if found is not None and (
            (
                credited := _outlet_name(found.group(1))
                or _bracketed_code(found)
                or _bracketed_name(found)
            )
            is not None
        ):
            return credited
        credited = _sign_off_line(line) or _bracketed_institution(line)
        if credited is not None:
            return credited
    return _issuer_sign_off(last[-1]) if last else None


# an agency's or a paper's code in capitals: "PNA", "FREEMAN"
_SIGN_OFF_CODE = re.compile(r"[A-Z]{2,10}")


def _bracketed_code(found: re.Match[str]) -> str | None:
    """An unknown code in brackets after the last sentence signs the story off ("...
    next year. (FREEMAN)"), unless it is a place's or a body's ("(UNESCO)")."""
    code = found.group(1)
    if ("(" not in found.group(0) and "[" not in found.group(0)) or not _SIGN_OFF_CODE.fullmatch(
        code
    ):
        return None
    folded = code.casefold()
    if folded in lexicon.places() or folded in lexicon.organizations():
        return None
    return code


def _bracketed_name(found: re.Match[str]) -> str | None:
    """A name built like an outlet's in brackets after the last sentence: "... sector.
    (Ostland Gazette)"."""
    if "(" not in found.group(0):
        return None
    return _outlet_like(found.group(1))


def _bracketed_institution(line: str) -> str | None:
    """The institution whose name, in brackets, is a line of its own closing the story."""
    if not line.lstrip().startswith("("):
        return None
    found = _BRACKETED_INSTITUTION.fullmatch(line)
    return _institution(found.group(1)) if found is not None else None


# "Distributed by APO Group on behalf of the Ministry of Culture.": a press-release
# service's closing line names the issuer it sent the story for
_ON_BEHALF_OF = re.compile(
    r"\b[Dd]istributed[ \t]+by[ \t]+[^\n.]{2,40}?[ \t]+on[ \t]+behalf[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?([A-Z][^\n]{2,80}?)[ \t]*\.?[ \t]*$",
    _M,
)


def _on_behalf_of(body: str, trailer: str) -> str | None:
    """The issuer a distribution service sent the story for, named at its end."""
    for part in (body[-300:], trailer[:600]):
        if "behalf" in part:
            found = _ON_BEHALF_OF.search(part)
            if found is not None:
                return found.group(1)
    return None


def _issuer_sign_off(line: str) -> str | None:
    """The issuer a press release signs off with on its last line: "Embassy Chile Norway.".

    Two to four capitalised words and a period, the last a country or a city
    (where the issuer sits), the first none: a mission's name and its post.
    """
    stripped = line.strip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return None
    name = stripped[:-1]
    words = name.split()
    places = lexicon.places()
    if (
        2 <= len(words) <= 4
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and words[-1].casefold() in places
        and words[0].casefold() not in places
    ):
        return name
    return None


# "Courtesy WAM", "Courtesy of the Daily Courier", "Courtesy: Xinhua"
_COURTESY = re.compile(r"(?:Courtesy|COURTESY)(?:[ \t]+of)?[ \t]*:?[ \t]*(?:the[ \t]+)?(\S.{0,40})")


def _sign_off_line(line: str) -> str | None:
    """The agency a line of its own signs with: a known name, or a code before a date;
    or the source it thanks: "(Courtesy WAM)", "Courtesy of the Daily Courier"."""
    courtesy = _COURTESY.fullmatch(line.strip(_SIGN_OFF_MARKS))
    if courtesy is not None:
        return _single_credit(courtesy.group(1))
    # no more than 11 pieces: a paragraph is not split word by word to be passed over
    words = line.strip(_SIGN_OFF_MARKS).split(None, 10)
    if not words or len(words) > 10 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return None
    if _DIGIT.search(line) is None:
        # no date or time can follow a name: only the whole line can be one
        if len(words) > 5:
            return None
        return _outlet_name(" ".join(words).strip(_SIGN_OFF_MARKS + ","))
    # the longest name first: "France 24" before "France" and "24"
    for size in range(min(len(words), 5), 0, -1):
        name = " ".join(words[:size]).strip(_SIGN_OFF_MARKS + ",")
        rest = " ".join(words[size:])
        if not rest:
            credited = _outlet_name(name)
        elif _parse_date(rest) is not None or _TIME.search(rest):
            # a known name, or a code ("MAP"); not "Latest News 12 May 2021"
            credited = _outlet_name(name) or (
                _single_credit(name) if _ACRONYM.fullmatch(name) else None
            )
        else:
            continue
        if credited is not None:
            return credited
    return None


# Head nouns of the names of institutions that issue news of their own: a
# ministry, an embassy, a press office ("Embassy of Turkmenistan to Romania").
_INSTITUTION_HEADS = lexicon.word_list("institution_heads")
# A capitalised name whose words may be joined by "of", "to", "and" ...:
# "Public Relations and Information Center of Ministry of Culture"
_INSTITUTION = (
    r"[A-Z][\w’'\-]*+(?:[ \t]+(?:(?:of|to|for|and|in|the|on)[ \t]+){0,3}[A-Z][\w’'\-]*+){0,12}"
)
# "(Ministry of Culture of X)": an institution's name in brackets, a line of its own
_BRACKETED_INSTITUTION = re.compile(rf"[ \t]*\(({_INSTITUTION})\)[ \t]*")
# "..., the Embassy of Turkmenistan to Romania reports.": the name opens a
# sentence or follows a comma, and the reporting verb closes the sentence
_INSTITUTION_REPORTS = re.compile(
    rf"(?:^|[.,;:!?”\"][ \t]+)(?:[Tt]he[ \t]+)?({_INSTITUTION})[ \t]+"
    r"(?:reports|reported|informs|informed)[ \t]*(?:[.!]|$)",
    _M,
)
# The verb and its stop that close every match of _INSTITUTION_REPORTS
# (or the line's end: "..., Ministry of X reports" closing a paragraph without one)
_REPORTING_VERB_STOP = re.compile(r"(?:reports|reported|informs|informed)[ \t]*(?:[.!]|$)", _M)
# "..., reports with reference to the Embassy of X": a credit whose outlet a reprint
# dropped, passing on the institution's story, the innermost source
_REFERENCE_CREDITS = tuple(sorted(lexicon.word_list("reference_credits")))
_WITH_REFERENCE_TO = re.compile(
    r"\breports[ \t]+(?:"
    + "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) for phrase in _REFERENCE_CREDITS)
    + rf")[ \t]+(?:the[ \t]+)?({_INSTITUTION})"
    r"[ \t]*(?:[.!]|$)",
    _M,
)
# "According to the Press Office of the Ministry of Culture, ..."
_ACCORDING_TO_INSTITUTION = re.compile(
    rf"\b[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?({_INSTITUTION})[ \t]*[,.]"
)
# "Source: Organizing Committee", "Author: Press Office" in a header line
_SOURCE_LABELS = tuple(columns[0] for _, columns in lexicon.read_table("en/source_labels.tsv"))
_LABELLED_SOURCE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _SOURCE_LABELS))})[ \t]*:[ \t]*(?:the[ \t]+)?({_INSTITUTION})"
    r"(?=[ \t]+[A-Z]\w*[ \t]*:|[ \t]*$)",
    _M,
)
# "Source: The Ministry of Culture, Sports and Tourism of X" on a line closing
# the story: the name may list its portfolios, joined by commas
_CLOSING_SOURCE = re.compile(
    r"[ \t]*Sources?(?:[ \t]+and[ \t]+photos?)?[ \t]*:[ \t]*(?:[Tt]he[ \t]+)?"
    r"([A-Z][\w’'\-]*+(?:(?:,[ \t]+|[ \t]+(?:(?:of|to|for|and|in|the|on)[ \t]+){0,3})"
    r"[A-Z][\w’'\-]*+){0,12})[ \t.]*"
)
# the words that join the parts of an institution's name
_CONNECTORS = re.compile(r"[ \t]+(?:(?:of|to|for|and|in|the|on)[ \t]+)+")
# a line that opens with a joining word: "of the Philippines"
_CONNECTED = re.compile(r"[ \t]*(?:of|to|for|and|in|the|on)[ \t]")
# a masthead that names an institution: "Ministry of Foreign Affairs of Japan"
_MASTHEAD = re.compile(rf"[ \t]*({_INSTITUTION})[ \t]*")


def _institution(name: str) -> str | None:
    """*name* without a leading "The", if a word in it names an institution."""
    words = name.split()
    if words and words[0] in {"The", "the"}:
        words = words[1:]
    # a word may carry the comma before a place: "Royal Thai Embassy, Cambodia"
    if any(word.rstrip(",").casefold() in _INSTITUTION_HEADS for word in words):
        return " ".join(words)
    return None


# "..., press service of the Armenian foreign ministry told Agency.", "Press service
# of the Ministry of Culture reported.": a named press service passing the story
# on, the innermost source (ANNOTATION.md, "Outlet chains"); not "the ministry's
# press service" nor "the press service of the ministry" (unnamed), nor a press
# service that only "said" something
_PRESS_SERVICE = re.compile(
    r"(?<![\w’'])([Pp]ress[ \t]+(?:[Ss]ervice|[Oo]ffice)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[^\W\d_][\w’'\-]*(?:[ \t]+[^\W\d_][\w’'\-]*){0,7}?)"
    r"[ \t]+(?:told|reports|reported|informs|informed)\b"
)


def _press_service(body: str) -> str | None:
    """A named press service of an institution that told or reported the story."""
    if "ress service" not in body and "ress office" not in body:
        return None  # in every match
    for found in _PRESS_SERVICE.finditer(body):
        name = found.group(1)
        of = name.split(" of ", 1)[1]
        # a named institution: "the Armenian foreign ministry", not "the ministry"
        if _institution(of) is not None and any(word[:1].isupper() for word in of.split()):
            return name
    return None


# "..., OstNews learned from the Embassy of X in Y.": an outlet (the subject) that
# learned the story from a named institution, the innermost source
_LEARNED_FROM = re.compile(
    r"([A-Z][\w.\-]*+(?:[ \t][A-Z][\w.\-]*+){0,3})[ \t]+(?:has[ \t]+)?learn(?:ed|t)[ \t]+from"
    rf"[ \t]+(?:the[ \t]+)?({_INSTITUTION})"
)


def _learned_from(body: str) -> str | None:
    """The institution an outlet says it learned the story from."""
    if "learn" not in body:
        return None  # in every match
    for found in _LEARNED_FROM.finditer(body):
        if _single_credit(found.group(1)) is not None:
            credited = _institution(found.group(2))
            if credited is not None:
                return credited
    return None


def _institution_reports(body: str) -> str | None:
    """An institution or an agency's code credited as the story's source: "..., the
    Embassy of X reports.", "..., UNN reports.", "..., reports with reference to the
    Embassy of X"."""
    if "report" not in body and "inform" not in body:
        return None
    # every match lies within one line and holds a blank, then the verb and its
    # stop: only the lines holding one are scanned, in order (a long body has few)
    lines: dict[int, int] = {}  # start -> end of each line holding a verb
    for cue in ("report", "inform"):
        at = body.find(cue)
        while at != -1:
            if at > 0 and body[at - 1] in " \t" and _REPORTING_VERB_STOP.match(body, at):
                line_start = body.rfind("\n", 0, at) + 1
                end = body.find("\n", at)
                lines[line_start] = len(body) if end == -1 else end
            at = body.find(cue, at + 1)
    if any(phrase in body for phrase in _REFERENCE_CREDITS):
        for found in _WITH_REFERENCE_TO.finditer(body):
            credited = _institution(found.group(1))
            if credited is not None:
                return credited
    for line_start in sorted(lines):
        for found in _INSTITUTION_REPORTS.finditer(body, line_start, lines[line_start]):
            # "..., UNN reports.": an agency's code reports, like an institution
            name = found.group(1)
            credited = _institution(name) or (name if _ACRONYM.fullmatch(name) else None)
            if credited is not None:
                return credited
    return None


def _institution_credit(body: str, header_lines: list[str], trailer: str) -> str | None:
    """An institution named as the source where no outlet is credited.

    "According to <institution>" in the first or the last paragraph of the
    body, a header field "Source:" or "Author:" holding one, or a line "Source:
    <institution>" closing the story.
    """
    paragraphs = [part for part in body.split("\n") if not _is_blank(part)]
    for paragraph in dict.fromkeys(paragraphs[:1] + paragraphs[-1:]):
        if "ccording" not in paragraph:
            continue  # in every match: a substring test spares the scan
        for found in _ACCORDING_TO_INSTITUTION.finditer(paragraph):
            credited = _institution(found.group(1))
            if credited is not None:
                return credited
    for line in header_lines:
        if not any(label in line for label in _SOURCE_LABELS):
            continue  # one of them is in every match
        for found in _LABELLED_SOURCE.finditer(line):
            credited = _institution(found.group(1))
            if credited is not None:
                return credited
    trailing = [line for line in trailer[:400].splitlines() if not _is_blank(line)][:2]
    for line in [*paragraphs[-2:], *trailing]:
        if "Source" in line:  # in every match
            source = _CLOSING_SOURCE.fullmatch(line)
            if source is not None and (credited := _institution(source.group(1))) is not None:
                return credited
    return None


# "..., the Ostland Ministry of Culture, Youth and Sport said in a press release.",
# "Ostland's Ministry of Culture has reported that ...": a named institution whose
# release or report the story passes on (ANNOTATION.md, "Outlet chains": "the press
# service of X reported" credits it). The name, its words joined by "of", "and" ...
# or commas, ends right before the cue; read in a window of bounded size before it.
_RELEASE_CUE = re.compile(
    r"\b(?:(?:said|stated|announced)[ \t]+in[ \t]+(?:a|its)[ \t]+(?:press[ \t]+)?"
    r"(?:release|statement)|(?:has[ \t]+)?reported[ \t]+that)\b"
)
_NAME_BEFORE_CUE = re.compile(
    r"(?<![\w’'\-])([A-Z][\w’'\-]*+(?:(?:,[ \t]+|[ \t]+(?:(?:of|to|for|and|in|the|on)[ \t]+){0,3})"
    r"[A-Z][\w’'\-]*+){0,12})\Z"
)
_RELEASE_WINDOW = 160  # characters before a cue: the longest ministry's name and more


def _institution_release(body: str) -> str | None:
    """A named institution whose press release or report the story passes on.

    Tried only where nothing else credits the story; an unnamed one ("the
    ministry said in a statement") names no source.
    """
    if "release" not in body and "statement" not in body and "reported that" not in body:
        return None  # one of them is in every match
    for cue in _RELEASE_CUE.finditer(body):
        window = body[max(0, cue.start() - _RELEASE_WINDOW) : cue.start()].rstrip(" \t")
        found = _NAME_BEFORE_CUE.search(window)
        if found is None:
            continue
        # the name opens with the first part holding a head noun: in "Ana Pop on
        # Monday, the X Embassy" the part before the comma is no part of it
        parts = found.group(1).split(", ")
        opening = next((k for k, part in enumerate(parts) if _institution(part)), 0)
        credited = _institution(", ".join(parts[opening:]))
        # a name, not the head noun alone: "The Ministry said in a statement"
        if credited is not None and " " in credited:
            return credited
    return None


def _masthead(line_texts: list[str]) -> str | None:
    """The institution whose name is the page's first line: a ministry's or an embassy's site.

    The name opens with its head noun ("Ministry of ...", "Embassy of ..."), or
    the whole line is an international body's name ("UNESCO"). A name in
    capitals may wrap onto the next line, which opens with its joining word
    ("EMBASSY OF THE REPUBLIC" / "OF WESTLAND"); its joining words are read in
    lower case ("Embassy of the Republic of Westland").
    """
    lines = list(islice((line for line in line_texts if not _is_blank(line)), 2))
    if not lines:
        return None
    first = lines[0]
    if first.isupper():
        if len(lines) > 1 and lines[1].isupper() and _CONNECTED.match(lines[1].lower()):
            first = f"{first.strip()} {lines[1].strip()}"
        first = " ".join(
            word.lower() if _CONNECTORS.fullmatch(f" {word.lower()} ") else word.capitalize()
            for word in first.split()
        )
    whole = _MASTHEAD.fullmatch(first)
    if whole is None:
        return None
    name = whole.group(1)
    if name.split()[0].casefold() in _INSTITUTION_HEADS:
        # a masthead's parts are short ("Ministry", "Foreign Affairs", "Japan"); a
        # headline's verb and object make a long run ("India Hosts Yoga Day")
        parts = _CONNECTORS.split(name)
        return name if all(len(part.split()) <= 3 for part in parts) else None
    return lexicon.organizations().get(name.casefold())


# "(Kim Min-ji/The Korea Herald)": a photographer and the outlet they work for
_PHOTO_CREDIT = re.compile(r"\([A-Z][\w.’'\- ]{2,40}?[ \t]*/[ \t]*([A-Z][\w.’'\- ]{1,40}?)[ \t]*\)")
# "link: https://www.example.az/news/123": the address of the story's page
_LINK_LINE = re.compile(
    r"[ \t]*(?:(?:link|url|source|original)[ \t]*:[ \t]*)?https?://(?:www\.)?([\w\-]+(?:\.[\w\-]+)+)"
    r"(?:[/?#][^ \t]*)?[ \t]*",
    re.IGNORECASE,
)


# "© Trend Provided by MSN", "© 2024 Kazinform. Provided by ...": a syndicated story's source
_SYNDICATED = re.compile(
    r"©[ \t]*(?:Copyright[ \t]+)?(?:\d{4}[ \t]+)?([A-Z][\w.\-’']*(?:[ \t][A-Z][\w.\-’']*){0,4})"
    r"[.,]?(?:[ \t]+All[ \t]+[Rr]ights[ \t]+[Rr]eserved\.?)?"
    r"[ \t]+(?:Provided|Distributed|Syndicated)[ \t]+by\b"
)
# "Copyright © ANTARA 2025", "© 2024 The Astana Times": a page's copyright line
_COPYRIGHT = re.compile(
    r"©[ \t]*(?:Copyright[ \t]+)?(?:\d{4}[ \t]+)?([A-Z][\w.\-’']*(?:[ \t][A-Z][\w.\-’']*){0,4})"
)
# "© Copyright X", "© 2022 X. All Rights Reserved.": a line that states whose the page
# is, "Copyright" or the reservation of rights the sign that the name is an owner's
_COPYRIGHT_STATED = re.compile(
    r"©[ \t]*(?:(Copyright)[ \t]+)?(?:\d{4}[ \t]+)?"
    r"([A-Z][\w\-’']*(?:[ \t][A-Z][\w\-’']*){0,4})[ \t]*\.?[ \t]*"
    r"(All[ \t]+[Rr]ights[ \t]+[Rr]eserved|$)",
    _M,
)


# "This article originally appears on X.", "The story was first published by X": the
# source a reprint names, known to the lexicon or not
_ORIGINALLY = re.compile(
    r"\b(?:article|story|piece|report|item)[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:originally|first)[ \t]+(?:appear(?:s|ed)|published)[ \t]+(?:on|in|by)[ \t]+"
    r"(?:the[ \t]+)?([A-Z][\w.\-’']*?(?:[ \t][A-Z][\w.\-’']*?){0,4})[ \t]*(?:[.,]|$)",
    _M,
)


def _reprinted_from(text: str) -> str | None:
    """The outlet a reprint says the story first appeared in."""
    if ("originally" not in text and "first" not in text) or (
        "appear" not in text and "published" not in text
    ):
        return None  # one of each pair is in every match ("first" alone is in most texts)
    found = _ORIGINALLY.search(text)
    if found is None:
        return None
    return _outlet_name(found.group(1)) or found.group(1)


def _syndicated_from(text: str) -> str | None:
    """The source a syndication line credits: "© X Provided by Y" is X's story."""
    if "©" not in text:
        return None
    found = _SYNDICATED.search(text)
    if found is None:
        return None
    return _outlet_like(found.group(1)) or found.group(1)


def _copyright_holder(text: str) -> str | None:
    """The outlet a copyright line names: a known one ("Copyright © ANTARA 2025"), else
    a name the line states as the page's owner ("© Copyright X", "© 2022 X. All
    Rights Reserved.")."""
    if "©" not in text:
        return None
    for found in _COPYRIGHT.finditer(text):
        credited = _outlet_name(found.group(1))
        if credited is not None:
            return credited
    for found in _COPYRIGHT_STATED.finditer(text):
        if found.group(1) or found.group(3):
            # a name the lexicon need not know: the line says the page is its
            return found.group(2)
    return None


def _photo_credit(text: str) -> str | None:
    """A known outlet credited for a photograph: "(Kim Min-ji/The Korea Herald)"."""
    if "/" not in text:
        return None
    for found in _PHOTO_CREDIT.finditer(text):
        credited = _outlet_name(found.group(1))
        if credited is not None:
            return credited
    return None


def _link_outlet(line_texts: list[str]) -> str | None:
    """A known outlet whose site the story's own address names.

    A line holds only the address, perhaps labelled ("link: https://24.kg/..."):
    the host, then each shorter host ("en.trend.az", "trend.az"), is looked up.
    """
    for line in line_texts:
        if "//" not in line:
            continue
        whole = _LINK_LINE.fullmatch(line)
        if whole is None:
            continue
        labels = whole.group(1).split(".")
        for first in range(len(labels) - 1):
            credited = lexicon.outlets().get(".".join(labels[first:]).casefold())
            if credited is not None:
                return credited
    return None


def _closing_date(line_texts: list[str], starts: list[int], body_start: int) -> dt.date | None:
    """The date on a short line just after the story's last paragraph.

    Some sites print the date line below the story ("Aug 9, 2017 12:38"), or
    an agency after its sign-off ("BNA 1532 GMT 2012-03-20"): the first short
    line with a date among the three after the last line of running text.
    """
    first = max(bisect_right(starts, body_start) - 1, 0)
    lines = [line for line in line_texts[first:] if not _is_blank(line)]
    last_prose = next(
        (
            index
            for index in range(len(lines) - 1, -1, -1)
            if _surely_prose(lines[index]) or _is_prose_by_words(lines[index], _words(lines[index]))
        ),
        None,
    )
    if last_prose is None:
        return None
    for line in lines[last_prose + 1 : last_prose + 4]:
        if len(_words(line)) <= 6:
            date = _parse_date(line)
            if date is not None:
                return date
    return None


def _authors_in_date_line(line: str, by_line: Callable[[str], None]) -> list[str]:
    """The person a date line names: after "by" (given to *by_line*), or before the date.

    "Published on 21/11/2023 - 18:10 By Ana Pop - Reporter", "Posted on 5 May
    2021 by Ana Pop", "Ana Pop ,
    Wednesday 8 Feb 2023", "Ana Pop | 17.10.2024 - 19:22".
    """
    by = _BY_WITHIN.search(line)
    if by is not None:
        named = _BY_PREFIX.match("By" + line[by.start() + 2 :])
        if named is not None:
            # "Posted on 5 May 2021 by Ana Pop", "... 6:12PM by PIB Delhi"
            by_line(named.group(1).strip())
        return []
    before = _NAME_BEFORE_DATE.match(line)
    if before is None:
        return []
    name = before.group(1)
    if (
        _person_name(name)
        and not _is_place(name)
        and not any(word.casefold() in lexicon.words() for word in name.split())
        and _parse_date(name) is None
    ):
        return [name]
    return []


def _opening_bylines(body: str) -> list[str]:
    """By-lines on a line of their own among the body's first three ("By Ana Pop"),
    as under a picture's caption that opens the story."""
    if "By" not in body[:1000]:
        return []  # in every by-line (_BYLINE ignores case, but by-lines open with "By")
    found = []
    for line in body[:1000].splitlines()[:3]:
        byline = _BYLINE.match(line)
        if byline is not None:
            name = byline.group(1).strip()
            if _outlet_name(name) is None and _person_name(name):
                found.append(name)
    return found


def _trailer_authors(trailer: str) -> list[str]:
    """By-lines after the body: ``By X``, "Reporter: X", or a lone name on the first line."""
    found: list[str] = []
    first = True
    for raw in trailer.splitlines():
        line = raw.strip()
        if not line:
            continue
        labelled = _LABELLED_AUTHOR.match(line)
        if labelled is not None:
            if _person_name(labelled.group(1)):
                found.append(labelled.group(1))
            first = False
            continue
        byline = _BYLINE.match(line)
        if byline is not None:
            name = byline.group(1).strip()
            if _outlet_name(name) is None and _person_name(name):
                found.append(name)
        elif (
            first
            and _person_name(line)
            and not _is_place(line)
            and not _TRAILER_START.match(line)  # "Related Articles": a list's heading
            and not _NOISE.match(line)  # "Read More", "Related Posts": a page's links
        ):
            found.append(line)
        first = False
    return found


def _is_place(text: str) -> bool:
    places = lexicon.places()
    return text.casefold() in places or any(word.casefold() in places for word in text.split())


def _find_outlet_in_line(line: str) -> str | None:
    """An outlet named in a header line: a masthead, a site name beside a date."""
    stripped = line.strip()
    # most lines have no break (a mark or two blanks): no need to split them
    segments = _SEGMENT_BREAK.split(stripped) if _SEGMENT_CUE.search(stripped) else [stripped]
    for segment in segments:
        credited = _outlet_like(segment)
        if credited is not None:
            return credited
    for token in _NAME_TOKEN.findall(line):
        known = _outlet_name(token)
        if known is not None:
            return known
    for token in line.split():
        if "." in token and _DOMAIN.match(token.strip(" .,:;")):  # a domain has a "."
            return _outlet_like(token)
    return None


def _dateline_credit(candidate: str) -> str | None:
    """An agency credited in a dateline or by-line: known, outlet-like, or an acronym.

    A chain of two ("RHC-Minrex", "ANI/WAM": a broadcaster passing on its
    source's story) credits its last link, the innermost source, when that link
    is itself a credit, and otherwise its first.
    """
    name = candidate.strip(" .,:;()[]")
    credited = _innermost_link(name) or _single_credit(name)
    if credited is not None or not _CHAIN.fullmatch(name):
        return credited
    first, last = _CHAIN_LINK.split(name, maxsplit=1)
    return _single_credit(last) or _single_credit(first)


def _innermost_link(name: str) -> str | None:
    """The last link of a reprint chain joined by slashes, when it is an agency.

    "Ostpoint / Ost Point Daily / ONA - 3rd May, 2021", "Ostland Radio/OSTA":
    each site passed on the story of the next, and the last link is its source
    (ANNOTATION.md, "Outlet chains"), credited when the lexicon knows it or it is
    an agency's code in capitals ("ONA").
    """
    if "/" not in name:
        return None  # most credits: no chain
    links = _SLASH.split(_NAME_END.split(name, maxsplit=1)[0])
    last = links[-1].strip(" .,:;")
    if len(links) < 2 or not last:
        return None
    known = _outlet_name(last)
    if known is not None:
        return known
    return last if _ACRONYM.fullmatch(last) and last.casefold() not in lexicon.places() else None


_SLASH = re.compile(r"[ \t]*/[ \t]*")
# "RHC-Minrex", "ANI / WAM": two one-word credits joined by a hyphen or a slash
_CHAIN = re.compile(r"[A-Z][\w.]*[ \t]*[-/][ \t]*[A-Z][\w.]*")
_CHAIN_LINK = re.compile(r"[ \t]*[-/][ \t]*")


def _single_credit(name: str) -> str | None:
    """One agency's name or code in a dateline or by-line, as :func:`_dateline_credit` reads it."""
    credited = _outlet_like(name)
    if credited is not None:
        return credited
    if _ACRONYM.fullmatch(name) and name.casefold() not in lexicon.places():
        return name  # "(BNA)", "(KPL)", "(MIA)"; not "KYIV, UKRAINE -"
    if _AGENCY_WORD.fullmatch(name) and name.casefold().endswith(
        ("press", "news", "inform", "info")
    ):
        # "ARMENPRESS", "Interpressnews": an agency's one-word name
        return name.title() if name.isupper() else name
    return None


def _lines_holding(text: str, cues: Iterable[str]) -> list[tuple[int, int]]:
    """Where a "holds" pattern can match in *text*: ``(start, end)`` in each line holding a cue.

    Lines are "\\n"-separated, listed in order, and each start is moved up to the
    fourth blank-separated chunk before the line's first cue: no match of a
    "holds" pattern starts before it, and a long paragraph is not scanned whole.
    """
    found: dict[int, tuple[int, int]] = {}  # by line start
    for cue in cues:
        at = text.find(cue)
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if end == -1:
                end = len(text)
            chunks = text[line_start:at].rsplit(None, 4)
            start = line_start + len(chunks[0]) if len(chunks) == 5 else line_start
            if line_start in found:
                start = min(start, found[line_start][0])
            found[line_start] = (start, end)
            at = text.find(cue, end)  # the next line holding the cue
    return [found[line_start] for line_start in sorted(found)]


def _menafn_credit(text: str, menafn: re.Match[str]) -> str:
    """The outlet a reprint's credit "(MENAFN- X)" (*menafn*, in *text*) names.

    An agency's code alone after it on its line ("(MENAFN- X Times) QNA") filed the
    story X printed: the innermost credit wins (the guide, "Outlet chains"). A known
    agency only: no place in capitals ("ASHGABAT").
    """
    code = _CODE_AFTER_CREDIT.match(text, menafn.end())
    agency = None if code is None else _outlet_name(code.group(1))
    return agency or _outlet_like(menafn.group(1)) or menafn.group(1).strip()


def _credited_outlet(body: str) -> str | None:
    """The outlet the body credits for the story, if the lexicon knows it."""
    if _is_blank(body):
        return None  # every credit holds a capital letter
    # its literal, looked for by str.find at C speed, stands in every credit
    menafn = _MENAFN_ANYWHERE.search(body) if "(MENAFN-" in body else None
    if menafn is not None:
        return _menafn_credit(body, menafn)
    # the credit of a dateline opening one of the first lines, the first that
    # names an agency; the "\n" put before them lets the first line be found as
    # the others are
    for forms in _DATELINE_CREDIT_AT_LINES.findall(f"\n{body[:300]}"):
        credited = _dateline_credit(next(filter(None, forms)))
        if credited is not None:
            return credited
    # line-anchored credits ("BISHKEK. KAZINFORM", "Trend:", a closing "(ANI)") stand
    # at the top or the bottom of a story: only those parts are searched for them
    ends = body if len(body) <= 1200 else f"{body[:600]}\n{body[-600:]}"
    at_lines: list[tuple[str, ...]] | None = None  # found when first needed
    for how, cues, pattern in _CREDIT_PATTERNS:
        names: Iterable[str]
        if how == "line":
            if at_lines is None:
                rows = _LINE_CREDITS_AT_LINES.findall(f"\n{ends}")
                # a column a pattern; none at all if no line was tried
                at_lines = list(zip(*rows, strict=True)) or [()] * len(_LINE_CREDITS)
            names = filter(None, at_lines[_LINE_CREDIT_COLUMNS[pattern]])
        elif not any(map(body.__contains__, cues)):
            continue  # every match of a "led" or "holds" pattern holds one of its cues
        elif how == "led":
            names = _groups_led_by(pattern, body, cues)
        else:
            names = _groups_in_lines(pattern, body, _lines_holding(body, cues))
        for name in names:
            credited = _innermost_link(name) or _outlet_like(name)
            if credited is None and pattern is _SOURCE_LABEL:
                # after a source label an agency's code can only be a credit ("Sources: MENA")
                credited = _acronym_credit(name)
            if credited is not None:
                return credited
    return None


# "Jakarta (Ostland Window) – The minister ...": a known place (and a date), a
# name of one to three capitalised words in brackets, a dash: the dateline of the
# outlet that filed the story, whose name need not say "News" or "Times"
_NAMED_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Za-z\-]+(?:[ \t]+[A-Z][A-Za-z\-]+)?)(?:,[ \t]*[\w ,.]{3,30}?)?[ \t]*"
    r"\(([A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})\)[ \t]*[–—-]"
)


def _named_dateline_credit(body: str) -> str | None:
    """The name in a dateline's brackets, among the body's first lines, where the
    lexicon knows no outlet by it: not a place's nor a body's ("Jakarta (UNESCO) –")."""
    if "(" not in body[:300]:
        return None  # in every match
    places, organizations = lexicon.places(), lexicon.organizations()
    for line in body[:300].split("\n"):
        found = _NAMED_DATELINE.match(line)
        if found is None or found.group(1).casefold() not in places:
            continue
        name = found.group(2)
        if name.casefold() not in places and name.casefold() not in organizations:
            return name
    return None


_SOURCE_LABEL = next(pattern for _, cues, pattern in _CREDIT_PATTERNS if cues == ("Source",))


def _acronym_credit(name: str) -> str | None:
    """*name* when it is a code in capitals alone, not a place's nor a body's."""
    code = name.strip(" .")
    if not _ACRONYM.fullmatch(code):
        return None
    folded = code.casefold()
    if folded in lexicon.places() or folded in lexicon.organizations():
        return None
    return code


def _groups_led_by(pattern: re.Pattern[str], text: str, cues: Iterable[str]) -> Iterator[str]:
    """Group 1 of each match of *pattern* in *text*, as ``finditer`` finds them.

    Every match opens with one of *cues*: the engine is started only where one
    stands, rather than at every character, and, as finditer, never inside the
    match before.
    """
    starts: list[int] = []
    for cue in cues:
        at = text.find(cue)
        while at != -1:
            starts.append(at)
            at = text.find(cue, at + 1)
    starts.sort()  # a start listed twice is tried again in vain, or skipped
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                yield match.group(1)
                end = match.end()


def _groups_in_lines(
    pattern: re.Pattern[str], text: str, lines: list[tuple[int, int]]
) -> Iterator[str]:
    """Group 1 of each match of *pattern* within *lines* of *text*, in order."""
    for start, end in lines:
        for match in pattern.finditer(text, start, end):
            yield match.group(1)


def _trailer_outlet(trailer: str) -> str | None:
    for raw in trailer.splitlines():
        line = raw.strip()
        by = _BY_PREFIX.match(line)
        if by is not None:
            credited = _outlet_name(by.group(1))
            if credited is not None:
                return credited
    return None


# "#culture https://t.co/x1": a closing line of hashtags, handles and links
_TAGS_AND_LINKS = re.compile(r"\s*(?:(?:[#@]\w+|https?://\S+)\s*)+")


def _find_body_end(text: str, starts: list[int], line_texts: list[str], body_start: int) -> int:
    """Where the article's own text ends: before trailing noise and headline lists."""
    # the non-blank lines that end after body_start: the lines before the one
    # holding body_start end before it
    first = max(bisect_right(starts, body_start) - 1, 0)
    content = [
        (start, line)
        for start, line in zip(starts[first:], line_texts[first:], strict=True)
        if line and not line.isspace()  # _is_blank, inlined: this runs for every line
    ]
    if content and content[0][0] + len(content[0][1]) <= body_start:
        del content[0]  # only the first line can end before body_start
    end_at = len(content)
    for index, (start, line) in enumerate(content):
        if (
            start >= body_start
            and _TRAILER_START.match(line)
            and not (_READ_ALSO.match(line) and _prose_follows(content, index))
        ):
            end_at = index
            break
    # a credit line near the end ("By Tasnim News Agency") closes the article
    for index in range(max(1, end_at - 4), end_at):
        start, line = content[index]
        by = _BY_PREFIX.match(line.strip())
        if by is not None and _outlet_name(by.group(1)) is not None and start > body_start:
            end_at = index
            break
    # drop closing noise, by-lines and short lines that end no sentence
    while end_at > 1:
        start, line = content[end_at - 1]
        if start < body_start:
            line = line[body_start - start :]
        if (
            _NOISE.match(line)
            or ("By" in line and _BY_PREFIX.match(line.strip()))
            or (("#" in line or "http" in line) and _TAGS_AND_LINKS.fullmatch(line))
            or (not _ends_sentence(line) and not _SIX_WORDS.match(line))
        ):
            end_at -= 1
            continue
        break
    if end_at == 0:
        return body_start
    start, line = content[end_at - 1]
    end = start + len(line)
    while end > body_start and text[end - 1].isspace():
        end -= 1
    return max(end, body_start)
