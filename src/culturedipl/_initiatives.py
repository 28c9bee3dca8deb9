"""Named initiatives: campaigns, programmes, commemorative years, forums ...

These shapes are recognised, with head words from ``initiatives.tsv``::

    capitalised phrase holding a head word   "Year of Nizami", "Baku Process",
                                             "World Forum on Intercultural Dialogue",
                                             "Expo 2020 Dubai", "Riga 2014 – European
                                             Capital of Culture"
    quoted or coined name next to a head     the "Peace for Culture" campaign,
                                             the global campaign Peace4Culture,
                                             "A," "B" and "C" initiatives,
                                             'X' International Festival,
                                             the Erasmus+ programme
    a festival's coined word                 PACIFESTA, Kinofest
    capitalised name, head in lower case     the Atlas Jazz Nights festival
    a name a kind noun introduces            a programme called X, projects such as X,
                                             the festival, called X,
    a title after "exhibition of"            the exhibition of Treasures of X
    a head of several words                  the Consultative Meeting of the Heads of State
    one word with its edition's year         Riga 2014, Agenda 2063
    a city, a dash and a title of culture    Bethlehem – Arab Capital of Culture 2020
    an observance day with an opener         World Heritage Day, International Day of X

A leading ordinal ("5th", "VI", "Fourth") and "the" are dropped from the name.
Names that differ only in spelling of "for"/"4", or by a place after "in", are
one initiative; so are a name and its shortened form ("Enescu Festival"), the
same words in another order, a short name in brackets after it ("(Mondiacult
2022)"), a quoted title right after it or after ", named" ("the X Biennale,
named “Y”") and a second name in apposition ("the X Conference, the next Y
Conference."). A body's possessive opens no name: "the Government's X Programme"
is the "X Programme".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, pairwise

import pycountry

from culturedipl import lexicon
from culturedipl._dates import MONTH_WORDS, WEEKDAYS
from culturedipl._document import Document
from culturedipl._match import key
from culturedipl.model import InitiativeKind

__all__ = ["InitiativeDraft", "find_initiatives"]


@dataclass
class InitiativeDraft:
    name: str
    kind: InitiativeKind
    initiator: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)


_CONNECTORS = frozenset({"of", "on", "for", "and", "in", "the", "de", "to"})
# "5th", "VI", and spelled-out ordinals, which the guide drops like numerals
_ORDINAL = re.compile(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[IVXLC]+|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:twen|thir|for|fif)tieth)\s+",
    re.IGNORECASE,
)
# A name in double quotes or guillemets, or in single quotes that are not apostrophes
# ("the organization's programme" holds none). Every match opens with one of the
# marks, so the pattern opens with their class, which the regex engine skips to
# (it tries a pattern that opens with alternatives at every character); the mark
# then chooses the branch by a look back at it.
_QUOTED = re.compile(
    r"[\"“«„'‘](?:(?<=[\"“«„])([^\"“”«»\n]{3,80}?)[\"”»“]"
    r"|(?<=['‘])(?<!\w['‘])(?=\S)([^'‘’\n]{3,80}?)(?<=\S)['’](?!\w))"
)
_INITIATOR = re.compile(
    r"^[\"”»’']?\s*(?:[a-z]+[\s,]+){0,2}?,?\s*(?:an?\s+[\w\s]{0,30}?)?"
    r"(?:initiated|launched|put forward|proposed|organi[sz]ed|founded|announced)"
    r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,.;()]{2,80}?)"
    r"(?=\s+(?:to|in|as|and|on|at|which|that|for)\b|[,.;()]|$)"
)
# Before a name, the clause that puts it forward: "the Turkmen side proposed hosting",
# "Russia launched", "X came out with the initiative to organise a", "the authorities
# agreed to develop a common"; the subject opens the clause (after a comma or "that")
_PROPOSED_BEFORE = re.compile(
    r"\s+(?:proposed|suggested|launched|declared|initiated|agreed"
    r"|(?:came\s+(?:out|up)\s+with|took|put\s+forward)\s+the\s+initiative)"
    r"(?:\s+(?:to\s+)?(?:organi[sz]e|organi[sz]ing|host|hosting|hold|holding|launch|launching"
    r"|create|creating|develop|developing|establish|establishing))?"
    r"(?:\s+(?:an?|the|its|their|his|her))?(?:\s+(?:new|common|joint|annual|reciprocal))?"
    r"\s*[\"“‘'«]?\s*\Z"
)
_CLAUSE_OPENING = re.compile(r".*(?:[.;:!?\n(]|,\s|\bthat\s|\bsaid\s|\bwhich\s|\bwho\s)", re.DOTALL)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "which", "who"})
_LONGEST_PROPOSER = 6  # words
# A part of each verb of _PROPOSED_BEFORE ("came out with the initiative" holds "initiat")
_PROPOSING_CUES = tuple(sorted(lexicon.word_list("proposing_cues")))
# A single quote that _QUOTED can open with: no letter or digit before it (most
# are apostrophes, "People's").
# Between a name and a quoted title of it: blanks, or ", named" ("titled", ...)
_TITLE_INTRODUCERS = lexicon.word_list("title_introducers")  # "named", "entitled"
_THEME_INTRODUCERS = lexicon.word_list("theme_introducers")  # "themed", "under the motto"
_EXAMPLE_INTRODUCERS = lexicon.word_list("example_introducers")  # "such as", "including"


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternative of *phrases*, longest first, any blanks between their words."""
    ordered = sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


_TITLE_GAP = re.compile(rf"(?:,?\s+(?:{_alternation(_TITLE_INTRODUCERS)}))?\s*\Z")
_OPENING_APOSTROPHE = re.compile(r"'(?<!\w')")
_COINED = re.compile(r"^[A-Z][A-Za-z]*\d[A-Za-z\d]*$|^[A-Z][a-z]+[A-Z]\w*$")
_NOT_INITIATIVE_WORDS = lexicon.word_list("not_initiative_words")
# Words that make a programme or an undertaking of no listed kind a platform
# ("Digital"); a project the text calls one stays one ("the project of “X Online”")
_PLATFORM_WORDS = lexicon.word_list("platform_words")
_PLATFORM_KINDS = frozenset({InitiativeKind.PROGRAMME, InitiativeKind.OTHER})
# An acronym glued to its edition's number: "COP30", "PALM7"
_EDITION_ACRONYM = re.compile(r"[A-Z]{3,}\d{1,2}")
# A festival's coined name of one word: "Pacifesta", "ANDEFEST", "Kinofest" (not
# "Manifest"): a capital, two letters or more, then "fest" or "festa"
_FESTIVE = re.compile(r"^(?!(?i:manifest)$)[A-Z][A-Za-z]{2,}(?:fest|FEST)(?:a|A)?$")


@cache  # built once: the lexicon it reads is itself loaded once
def _kind_words() -> dict[str, InitiativeKind]:
    return {word.casefold(): kind for word, kind in lexicon.initiative_kinds().items()}


_POSSESSIVE = re.compile(r"['’]s$")


def _clean(name: str) -> str:
    # a possessive ends the name: "the X Programme’s aims" names the "X Programme"
    name = _POSSESSIVE.sub("", name.strip(" \"'“”«»‘’,.;:"))
    name = name.strip(" \"'“”«»‘’,.;:")
    name = _ORDINAL.sub("", name)
    if name.casefold().startswith("the "):
        name = name[4:]
    return name.strip()


_NOT_LETTERS_OR_DIGITS = re.compile(r"[^0-9a-z]+")
_PLACE_AFTER_IN = re.compile(r"\s+in\s+.*", re.DOTALL)


def _fold(name: str) -> str:
    """The key two spellings of one name share.

    "Peace4Culture" and "Peace for Culture" are one name; so are "Days of X
    Culture in Y" and "Days of X Culture": a place after "in" may be left out.
    """
    name = _PLACE_AFTER_IN.sub("", name)
    return _NOT_LETTERS_OR_DIGITS.sub("", name.casefold().replace("4", "for").replace("2", "to"))


def find_initiatives(
    doc: Document, claimed: set[int] | frozenset[int] = frozenset()
) -> list[InitiativeDraft]:
    """Every named initiative in *doc*, merged by name, in order of first mention."""
    heads = _kind_words()
    found: list[InitiativeDraft] = []
    by_fold: dict[str, InitiativeDraft] = {}
    by_end: dict[int, InitiativeDraft] = {}  # where a mention ends in the body
    by_words: dict[str, InitiativeDraft] = {}  # by a name's words in order of the alphabet

    def add(
        name: str,
        kind: InitiativeKind,
        start: int,
        end: int,
        alias: str | None = None,
        *,
        into: InitiativeDraft | None = None,
        declared: bool = False,  # a declared year, in lower case as written
    ) -> None:
        name = _clean(name)
        if len(name) < 3 or not (declared or name.removeprefix("#")[:1].isupper()):
            return
        folded = _fold(name)
        draft = into or by_fold.get(folded)
        if draft is None:
            # "Open Stage Archive" and "Stage Open Archive": one name's words reordered
            reordered = " ".join(sorted(_name_words(name)))
            draft = by_words.get(reordered)
            if draft is None and alias is not None:
                draft = by_fold.get(_fold(alias))
            if draft is None:
                draft = _renamed(doc.body, start, end, kind, by_end)
            if draft is None:
                draft = InitiativeDraft(name=name, kind=kind)
                by_fold[folded] = draft
                found.append(draft)
            by_words.setdefault(reordered, draft)
        if name != draft.name and name not in draft.aliases:
            draft.aliases.append(name)
        if alias is not None and alias != draft.name and alias not in draft.aliases:
            draft.aliases.append(alias)
            by_fold.setdefault(_fold(alias), draft)
        if (start, end) not in draft.mentions:  # two readings of one span
            draft.mentions.append((start, end))
        by_end[end] = draft
        short = _bracketed_alias(doc, end)
        if short is not None and short != draft.name and short not in draft.aliases:
            draft.aliases.append(short)
            by_fold.setdefault(_fold(short), draft)
        if draft.initiator is None:
            match = _INITIATOR.match(doc.body[end : end + 160])
            if match is not None:
                draft.initiator = match.group("who").strip()
            else:
                draft.initiator = _proposer_before(doc.body, start)

    keys = doc.keys
    sentences, sentence_starts = doc.sentences, doc.sentence_starts
    # Only the sentences where something can be found are visited, in order: those
    # where a capitalised phrase can hold a head word, those with a coined word and
    # those with an opening quote mark (where the body has none, no sentence has
    # one). Each is picked out without a Python-level step per sentence or token.
    coined, joining_heads, lower_heads, shaped, compound_ends = _notable_tokens(doc)
    if shaped:  # read like coined names: "CARIFESTA", the "+" of "Erasmus+"
        coined = sorted({*coined, *shaped})
    quote_sentences: set[int] = (
        set(compress(range(len(sentences)), map(_may_quote, [s.text for s in sentences])))
        if _may_quote(doc.body)
        else set()
    )
    visit = joining_heads.keys() | quote_sentences | lower_heads.keys()
    visit.update(bisect_right(sentence_starts, j) - 1 for j in coined)
    for index in sorted(visit - doc.asides):
        sentence = sentences[index]
        first_token, stop_token = sentence_starts[index], doc.sentence_stops[index]
        if index in quote_sentences and index + 1 < len(sentences):
            title = _title_across_break(doc, heads, index) or _unclosed_title(doc, heads, index)
            if title is not None:
                name, main, title_kind, start, end = title
                add(name, title_kind, start, end, main)
                # no other reading takes a word of the title: "… Otto III. Exhibition of …”"
                claimed = {
                    *claimed,
                    *range(bisect_left(doc.starts, start), bisect_left(doc.starts, end)),
                }
        quotes = list(_QUOTED.finditer(sentence.text)) if index in quote_sentences else []
        if index in joining_heads:
            indexes = range(first_token, stop_token)
            phrases = _capitalised_phrases(doc, indexes, claimed, heads, joining_heads[index])
            awards = _award_names(sentence.text, quotes)
            for first, last in phrases:
                at = doc.starts[first] - sentence.start
                if any(start <= at < end for start, end in awards):
                    continue  # "the Jubilee Medal dedicated to the “100 Years of X”"
                head = next(keys[m] for m in range(last, first - 1, -1) if keys[m] in heads)
                head_kind = heads[head]
                period = _period_end(doc, last) if head_kind is InitiativeKind.PROGRAMME else None
                if period is None:
                    add(doc.text(first, last), head_kind, doc.starts[first], doc.ends[last])
                else:  # the name without its period is another name of it
                    name = doc.text(first, period)
                    add(name, head_kind, doc.starts[first], doc.ends[period], doc.text(first, last))
        for j in lower_heads.get(index, ()):
            if not doc.words[j - 1][:1].isupper():
                # "the Timor–Pacific Heritage Synergy 2026, a program funded by …"
                apposed = _named_before_apposition(doc, j, first_token, claimed, heads)
                if apposed is not None:
                    add(
                        doc.text(*apposed),
                        heads[keys[j]],
                        doc.starts[apposed[0]],
                        doc.ends[apposed[1]],
                    )
                continue
            named = _named_before_head(doc, j, first_token, claimed, heads)
            if named is not None:
                name, alias, start = named
                add(name, heads[keys[j]], start, doc.ends[j], alias)
        # quoted or coined names beside a head word: the "Peace for Culture" campaign
        for match in quotes:
            quoted = _quoted_name(heads, sentence.text, match)
            if quoted is not None:
                name, quoted_kind, first, stop, alias = quoted
                # right after a name just read, a quoted title is that initiative's
                # other name: 'the Kyiv Culture Conference “Culture Unites”', 'the
                # Baltic Triennial, named “Give Up The Ghost”'
                opening = sentence.start + match.start()
                gap = _TITLE_GAP.search(doc.body, max(opening - 16, sentence.start), opening)
                beside = by_end.get(gap.start()) if gap is not None else None
                start, end = sentence.start + first, sentence.start + stop
                add(name, quoted_kind, start, end, alias, into=beside)
        # only the candidates in this sentence: no other token can be a coined name
        for j in (
            coined[bisect_left(coined, first_token) : bisect_left(coined, stop_token)]
            if coined
            else ()
        ):
            # "the Erasmus+ programme": a capitalised word and a "+" glued to it
            first = j - 1 if doc.words[j] == "+" else j
            if first < j and not _glued_plus(doc, j, claimed):
                continue
            if first not in claimed:  # the tests of the word itself are passed
                after = doc.body[doc.ends[j] : doc.ends[j] + 60]
                before = doc.body[max(0, doc.starts[first] - 60) : doc.starts[first]]
                kind = (
                    InitiativeKind.FESTIVAL
                    if _FESTIVE.match(doc.words[j]) is not None
                    else _head_near(heads, after, before) or _edition_forum(doc, j)
                )
                if kind is not None:
                    start = _hashtag_start(doc, first)
                    add(doc.body[start : doc.ends[j]], kind, start, doc.ends[j])
    for name, kind, start, end in _names_after_kind_nouns(doc, claimed, heads):
        add(name, kind, start, end)
    for name, kind, start, end in _names_with_compound_heads(doc, claimed, compound_ends):
        add(name, kind, start, end)
    day_starts: list[int] = []  # the spans of observance days, in order of the body
    day_ends: list[int] = []
    for name, start, end, edition in _observance_days(doc, claimed, compound_ends):
        add(name, InitiativeKind.OTHER, start, end, edition)
        day_starts.append(start)
        day_ends.append(end)
    for name, start, end in _exhibition_titles(doc, claimed):
        add(name, heads["exhibition"], start, end)
    for name, start, end in _paired_names(doc, claimed):
        add(name, InitiativeKind.FORUM, start, end)
    for name, start, end in _declared_years(doc.body):
        add(name, InitiativeKind.YEAR, start, end, declared=True)
    for name, start, end, alias in _declared_capitals(doc.body):
        add(name, InitiativeKind.YEAR, start, end, alias, declared=True)
    capital_sentences: set[int] | None = None  # read on first need: few names have a year
    for first, last in _names_with_a_year(doc, claimed, heads):
        day = bisect_right(day_starts, doc.starts[first]) - 1
        if day >= 0 and doc.starts[first] < day_ends[day]:
            continue  # "Dance 2025" ends "International Day of Dance 2025", read already
        name = doc.text(first, last)
        if capital_sentences is None:
            capital_sentences = _capital_sentences(doc)
        add(
            name,
            InitiativeKind.YEAR
            if bisect_right(sentence_starts, first) - 1 in capital_sentences
            else InitiativeKind.OTHER,
            doc.starts[first],
            doc.ends[last],
            into=next((draft for draft in found if _edition_of(name, draft)), None),
        )
    drafts = _without_echoes(_merge_shortened(found, heads))
    for draft in drafts:
        # "the X Digital Home", "the Cultural Digital Agenda": a standing platform
        if draft.kind in _PLATFORM_KINDS and not _PLATFORM_WORDS.isdisjoint(
            draft.name.casefold().split()
        ):
            draft.kind = InitiativeKind.PLATFORM
    return drafts


# A period of years: "2023-2026" (one token), or a year alone
_PERIOD = re.compile(r"(?:19|20)\d\d(?:[-–—](?:19|20)?\d\d)?")


def _period_end(doc: Document, last: int) -> int | None:
    """Where a programme's period after its name ends: "X Programme for 2023–2026".

    A programme's name goes on with "for" and the years it runs: a year, or two
    joined by a dash ("2023-2026" is one token, "2023 – 2026" three). The token
    the period ends at, or None.
    """
    words = doc.words
    k = last + 2
    if k >= len(words) or doc.keys[last + 1] != "for" or _PERIOD.fullmatch(words[k]) is None:
        return None
    if (
        k + 2 < len(words)
        and "-" not in words[k]
        and words[k + 1] in {"-", "–", "—"}
        and _YEAR_NUMBER.fullmatch(words[k + 2]) is not None
    ):
        return k + 2
    return k


def _proposer_before(body: str, start: int) -> str | None:
    """Who the clause before a name at *start* has put it forward: its subject, or None.

    "the Turkmen side proposed hosting X" gives "the Turkmen side"; a pronoun
    ("He launched X") or a role phrase alone ("the country") names nobody by itself.
    """
    # the verb stands within the last 80 characters: a test at C speed spares the regex
    near = body[max(0, start - 80) : start]
    if not any(cue in near for cue in _PROPOSING_CUES):
        return None
    window = body[max(0, start - 160) : start]
    verb = _PROPOSED_BEFORE.search(window, len(window) - len(near))
    if verb is None:
        return None
    opening = _CLAUSE_OPENING.match(window, 0, verb.start())
    who = window[opening.end() if opening is not None else 0 : verb.start()].strip(" \"“”‘’'«»")
    words = who.split()
    if not words or len(words) > _LONGEST_PROPOSER or words[0].casefold() in _PRONOUNS:
        return None
    # a name, or a phrase with one ("the Turkmen side"); not "the country" alone
    if words[0].casefold() == "the":
        if not any(w[:1].isupper() for w in words[1:]):
            return None
    elif not words[0][:1].isupper():
        return None
    return who


def _without_echoes(found: list[InitiativeDraft]) -> list[InitiativeDraft]:
    """*found* without an initiative that only echoes another's alias: "X Festival
    projects called X" names one festival, whose alias "X" is mentioned there, not
    a second initiative at the same span."""
    aliased = {name for draft in found for name in draft.aliases}
    if not aliased:
        return found  # (most texts: nothing can echo)
    kept: list[InitiativeDraft] = []
    for draft in found:
        echoed = draft.name in aliased and any(
            draft.name in other.aliases and set(draft.mentions) <= set(other.mentions)
            for other in found
            if other is not draft
        )
        if not echoed:
            kept.append(draft)
    return kept


# A name in apposition to the name before it: "the 2025 X Conference, the next Y
# Conference on Z." The article and up to two lower-case words ("next", "annual")
# open it; the clause ends after it (not "…, the B Festival and the C Days").
_APPOSED_BEFORE = re.compile(r",[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}$")
_APPOSITION_ENDS = re.compile(r"[ \t]*(?:[.;:)!?]|$|,[ \t]+(?!(?:and|or|as|the|an?)\b)[a-z])")


def _renamed(
    body: str, start: int, end: int, kind: InitiativeKind, by_end: dict[int, InitiativeDraft]
) -> InitiativeDraft | None:
    """The initiative a name from *start* to *end* renames in apposition, or None.

    "the 2027 Lima Conference, the next World Conference on Museums." gives the
    first conference a second name: one of the same kind that ends right before
    the comma, when the apposition closes its clause.
    """
    window = max(0, start - 40)
    if body.find(",", window, start) == -1:
        return None  # a test at C speed spares the regex for most names
    before = _APPOSED_BEFORE.search(body, window, start)
    if before is None:
        return None
    named = by_end.get(before.start())
    if named is None or named.kind is not kind or _APPOSITION_ENDS.match(body, end) is None:
        return None
    return named


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` finds, when every match starts at one of *starts*.

    The engine is started only there, in order, and never inside the match
    before, as finditer would: the rest of the text is not scanned.
    """
    end = 0
    for start in sorted(set(starts)):
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                yield match
                end = match.end()


def _found_at(text: str, cue: str, shift: int = 0) -> Iterator[int]:
    """Where *cue* stands in *text* (str.find at C speed), each moved by *shift*."""
    at = text.find(cue)
    while at != -1:
        yield at + shift
        at = text.find(cue, at + 1)


_NAME_WORDS = re.compile(r"[0-9a-z]+")
_LIGHT_WORDS = frozenset({"the", "a", "an"})


def _name_words(name: str) -> tuple[str, ...]:
    """The words of *name* that tell it apart, up to a place after "in"."""
    words = _NAME_WORDS.findall(_PLACE_AFTER_IN.sub("", name).casefold())
    return tuple(w for w in words if w not in _LIGHT_WORDS)


_EMBEDDING_WORDS = frozenset({"with", "of", "for", "on", "and", "to", "at"})


def _shortens(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether *short* is *long* with words left out at its ends or generic words inside.

    "Enescu Festival" shortens "George Enescu International Festival", and
    "Andean Festival" the "Andean Arts and Culture Festival" (only
    generic words left out, so fewer words in all); "Chinese
    Culture Festival" does not shorten "Chinese Food Culture Festival" (a word of
    its own inside), nor "Russian Seasons" "Stay Home with Russian Seasons" (a
    name inside a name, after a connector).
    """
    short_core = [w for w in short if w not in _GENERIC]
    long_core = [(w, i) for i, w in enumerate(long) if w not in _GENERIC]
    size = len(short_core)
    if size < 2 or size > len(long_core) or (size == len(long_core) and len(short) >= len(long)):
        return False
    for at in range(len(long_core) - size + 1):
        if [w for w, _ in long_core[at : at + size]] == short_core:
            first = long_core[at][1]
            return first == 0 or long[first - 1] not in _EMBEDDING_WORDS
    return False


def _merge_shortened(
    found: list[InitiativeDraft], heads: dict[str, InitiativeKind]
) -> list[InitiativeDraft]:
    """A shortened name of one initiative in the same text is its alias.

    "Enescu Festival" beside "George Enescu International Festival", "European
    Capital of Culture" beside "Riga 2014 – European Capital of Culture": see
    _shortens; both have the same head word last. A short name that more than
    one longer name holds stays apart.
    """
    if len(found) < 2 or len(found) > 200:  # a bounded quadratic step
        return found
    words = [_name_words(draft.name) for draft in found]

    def head(name_words: tuple[str, ...]) -> str | None:
        return next((w for w in reversed(name_words) if w in heads), None)

    head_of = [head(name_words) for name_words in words]  # each name's, found once
    into: dict[int, int] = {}
    for i, short in enumerate(words):
        short_head = head_of[i]
        if len(short) < 2 or short_head is None:
            continue
        longer = [
            j for j, long in enumerate(words) if head_of[j] == short_head and _shortens(short, long)
        ]
        # the longest forms only: "A B Festival" and "X A B Festival" hold "B Festival" once
        widest = [j for j in longer if not any(_shortens(words[j], words[k]) for k in longer)]
        if len(widest) == 1:
            into[i] = widest[0]
    if not into:
        return found

    def root(i: int) -> int:
        while i in into:  # a chain of shortenings ends at the longest name
            i = into[i]
        return i

    for i in into:
        shortened, longest = found[i], found[root(i)]
        for name in (shortened.name, *shortened.aliases):
            if name != longest.name and name not in longest.aliases:
                longest.aliases.append(name)
        longest.mentions = sorted(longest.mentions + shortened.mentions)
        if longest.initiator is None:
            longest.initiator = shortened.initiator
    # each name stands where its first form was mentioned first
    first_seen: dict[int, int] = {}
    for i in range(len(found)):
        first_seen.setdefault(root(i), i)
    return [found[j] for j in sorted(first_seen, key=first_seen.__getitem__)]


# After a quoted name: a bracketed acronym or translation of it ("(HWB)"), the
# further quoted names of a list ("“A,” “B” and “C” initiatives"), capitalised
# words that go on with the name ("'George Enescu' International Festival").
_BRACKETED = re.compile(r"\s*\(([^()\n]{2,40})\)")
_MORE_QUOTED = re.compile(r"(?:\s*,?\s*(?:and\s+|or\s+)?[\"“«‘'][^\"“”«»‘’\n]{2,80}[\"”»’'],?)+")
_GOING_ON = re.compile(r"[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]*)")
# Before a quoted name: an award's or order's name is no initiative ("the Jubilee
# Medal dedicated to the “…”"); a launch names one ("the launch of ‘…’").
_AWARD_BEFORE = re.compile(r"\b(?:medal|order|award|prize|badge)\b[^,.;()]{0,40}$", re.IGNORECASE)
_LAUNCH_BEFORE = re.compile(
    r"\b(?:launch(?:ed|ing)?(?:\s+of)?|unveil(?:ed|ing))\s+(?:the\s+)?$", re.IGNORECASE
)
_APPOSITION = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,2}([a-z]+)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|of|that|which|where|to|in|on|with|by)\b)"
)
_LONG_QUOTED_WORDS = 8  # longer quoted names need their head word beside them


def _quoted_name(
    heads: dict[str, InitiativeKind], text: str, match: re.Match[str]
) -> tuple[str, InitiativeKind, int, int, str | None] | None:
    """A quoted initiative name in *text*: name, kind, its span in *text* and an alias.

    ``the "Peace for Culture" campaign``, ``the campaign ‘X’``, ``the "X" (XY)
    programme`` (XY an alias), ``“A,” “B” and “C” initiatives``, ``'George
    Enescu' International Festival`` (the name goes on after the quote), ``the
    international scientific conference «…»``, ``the launch of ‘X’``.
    """
    group = 1 if match.group(1) is not None else 2
    raw = match.group(group)
    name = raw.strip(" ,.;:")
    if not name.removeprefix("#")[:1].isupper():  # a hashtag keeps its mark
        return None
    # the span covers the name itself, not the spaces inside the quotes
    first = match.start(group) + len(raw) - len(raw.lstrip(" ,.;:"))
    stop = first + len(name)
    before = text[max(0, match.start() - 60) : match.start()]
    if _AWARD_BEFORE.search(before):
        return None
    rest = text[match.end() :]
    if _is_quotation(raw, rest):
        return None
    alias = None
    bracket = _BRACKETED.match(rest)
    if bracket is not None:
        alias = bracket.group(1).strip()
        rest = rest[bracket.end() :]
    going_on = _going_on(heads, rest) if alias is None else None
    if going_on is not None:
        # the mention runs from the opening quote, and the name as written with
        # its quotes is an alias: the mention holds it
        words, going_kind, length = going_on
        end = len(text) - len(rest) + length
        return f"{name} {words}", going_kind, match.start(), end, text[match.start() : end]
    more = _MORE_QUOTED.match(rest)
    if more is not None:
        rest = rest[more.end() :]
    # "an exhibition staged by the archive titled “X: Y”": the title names the
    # event its clause opens with, however long the title is
    titled = _titled_kind(heads, text[max(0, match.start() - 100) : match.start()])
    kind = _head_near(heads, rest[:60], before) or titled
    if len(name.split()) > _LONG_QUOTED_WORDS and (
        kind is None or (titled is None and not _head_beside(heads, rest, before))
    ):
        return None
    # a name that says what it is keeps its own kind: the programme "Bukhara –
    # Capital of Islamic Culture 2020" is a capital's year
    folded = name.casefold().split()
    own = next((heads[w] for w in reversed(folded) if w in heads), None) or _field_day(
        heads, folded
    )
    if own is None and folded[-1] == "day":
        return None  # '"Independence Day" celebrations': a holiday's, no field word before "Day"
    kind = own or kind
    if kind is None and _FRAME.search(before):
        kind = InitiativeKind.OTHER
    if kind is None and _LAUNCH_BEFORE.search(before):
        kind = InitiativeKind.PROGRAMME
    if kind is None:
        kind = _kind_of_before(heads, before)
    if kind is None:
        # an apposition after a comma: '"ASEAN Heritage Online", a shared platform'
        apposition = _APPOSITION.match(rest)
        if apposition is not None:  # the noun that ends it: not "a festival organiser said"
            kind = heads.get(apposition.group(1))
    if kind is None:
        return None
    return name, kind, first, stop, alias


# An exhibition's or event's title in quotes that a sentence break cuts in two: "the
# exhibition ‘Dutch glass arts. Light through water’", "an exhibition named “The
# Amber Kings: Court Life under Otto III. Exhibition of the Varmian Collections”". The
# opening mark has no closing one in its sentence, the next sentence closes it, and a
# head word or a titling word stands right before the mark.
_OPENING_MARKS = (("“", "”"), ("‘", "’"), ("«", "»"))
_TITLING_WORDS = _TITLE_INTRODUCERS | {phrase for phrase in _THEME_INTRODUCERS if " " not in phrase}
_LONGEST_TITLE = 200  # characters


def _unclosed_mark(text: str) -> tuple[int, str] | None:
    """Where *text*'s last opening quote mark stands that *text* does not close,
    and its closing mark; else ``None``."""
    for opening, closing in _OPENING_MARKS:
        at = text.rfind(opening)
        if at != -1 and closing not in text[at:]:
            return at, closing
    return None


def _title_kind(
    heads: dict[str, InitiativeKind], name: str, text: str, at: int
) -> InitiativeKind | None:
    """The kind of the title *name* whose mark stands at *at* in *text*: its own head
    word's, or the head word's right before the mark, or the event's a titling word
    introduces; ``None`` unless a head word or a titling word stands right before."""
    before = text[:at].split()[-1:]
    word = before[0].casefold() if before else ""
    if not (name[:1].isupper() and (word in heads or word in _TITLING_WORDS)):
        return None
    own = next((heads[w] for w in reversed(name.casefold().split()) if w in heads), None)
    return own or heads.get(word) or _titled_kind(heads, text[max(0, at - 100) : at])


def _title_across_break(
    doc: Document, heads: dict[str, InitiativeKind], index: int
) -> tuple[str, str, InitiativeKind, int, int] | None:
    """A quoted title that runs from sentence *index* into the next one.

    The whole title, its main title (the part before the break, an alias: a
    subtitle may follow it), the kind, and the title's span in the body.
    """
    sentence, following = doc.sentences[index], doc.sentences[index + 1]
    mark = _unclosed_mark(sentence.text)
    if mark is None:
        return None
    at, closing = mark
    close = following.text.find(closing)
    start = sentence.start + at + 1
    end = following.start + close
    if close == -1 or end - start > _LONGEST_TITLE or "\n" in doc.body[start:end]:
        return None
    name = doc.body[start:end].strip(" ,.;:")
    main = sentence.text[at + 1 :].strip(" ,.;:")
    kind = _title_kind(heads, name, sentence.text, at) if main else None
    if kind is None:
        return None
    return name, main, kind, start, start + len(doc.body[start:end].rstrip(" ,.;:"))


# A title whose opening mark is never closed, ended by a participle's clause: "the
# exhibition entitled ‘Distant Shores: Kelland Prints, displaying works by …". As
# across a break, a head word or a titling word stands right before the mark.
_PARTICIPLE_CLAUSE = re.compile(r",[ \t]+[a-z]+(?:ing|ed)\b")


def _unclosed_title(
    doc: Document, heads: dict[str, InitiativeKind], index: int
) -> tuple[str, str, InitiativeKind, int, int] | None:
    """A quoted title in sentence *index* whose mark its sentence does not close
    and _title_across_break found closed by no next sentence; as that returns it,
    with the title as its own main title."""
    sentence = doc.sentences[index]
    text = sentence.text
    mark = _unclosed_mark(text)
    if mark is None:
        return None
    at = mark[0]
    clause = _PARTICIPLE_CLAUSE.search(text, at + 1)
    if clause is None or clause.start() - at > _LONGEST_TITLE:
        return None
    name = text[at + 1 : clause.start()].strip(" ,.;:")
    kind = _title_kind(heads, name, text, at)
    if kind is None:
        return None
    start = sentence.start + at + 1
    return name, name, kind, start, start + len(name)


# "the project of “X”": a kind noun in lower case and "of" before a quoted name (as
# translated reports write it); not "at the initiative of “X”", which names who
# proposed something
_KIND_OF_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_PROPOSER_BEFORE = re.compile(
    r"\b(?:at|on|upon|by)[ \t]+the[ \t]+initiative[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


def _kind_of_before(heads: dict[str, InitiativeKind], before: str) -> InitiativeKind | None:
    """The kind a lower-case kind noun gives the quoted name after its "of": "the project of"."""
    noun = _KIND_OF_BEFORE.search(before)
    if noun is None or _PROPOSER_BEFORE.search(before) is not None:
        return None
    return heads.get(noun.group(1))


_TITLED_BEFORE = re.compile(
    rf"\b(?:{_alternation(_TITLE_INTRODUCERS | _THEME_INTRODUCERS)})\s*$", re.IGNORECASE
)
_TITLED_CLAUSE_WORDS = 10
# The last word of each introducer of _TITLED_BEFORE ("entitled" ends with "titled");
# under IGNORECASE a dotless "ı" matches "i", so the test below folds it too
_TITLED_ENDINGS = tuple(
    sorted({phrase.split()[-1] for phrase in _TITLE_INTRODUCERS | _THEME_INTRODUCERS})
)
_CLAUSE_BREAK_OR_COMMA = re.compile(r"[,.;:()]")


def _titled_kind(heads: dict[str, InitiativeKind], before: str) -> InitiativeKind | None:
    """The kind of the event a title introduces: "a cultural day entitled …".

    *before* ends with a word that introduces a title ("entitled", "titled",
    "under the theme"); the nearest head word in its clause, within ten words,
    names the event. A singular of a plural head word counts ("day" of "days"):
    with a title it is one named event, not a holiday.
    """
    if not before.rstrip()[-6:].casefold().replace("ı", "i").endswith(_TITLED_ENDINGS):
        return None  # a test at C speed spares the regex for most quotes
    introduced = _TITLED_BEFORE.search(before)
    if introduced is None:
        return None
    clause = _CLAUSE_BREAK_OR_COMMA.split(before[: introduced.start()])[-1]
    for word in reversed(clause.casefold().split()[-_TITLED_CLAUSE_WORDS:]):
        kind = heads.get(word) or heads.get(f"{word}s")
        if kind is not None:
            return kind
    return None


def _field_day(heads: dict[str, InitiativeKind], words: list[str]) -> InitiativeKind | None:
    """The kind of a quoted name with a singular head after a field: "X Culture Day in Y".

    A named day of culture is one of the "Days of X Culture" (the guide,
    "Initiatives"): the singular of a plural head word counts after a field word,
    and so does a country's day held in another ("‘X Day in the Republic of Y’").
    """
    for field_word, word in pairwise(words):
        if field_word in _FIELD_WORDS and f"{word}s" in heads:
            return heads[f"{word}s"]
        if word == "in" and field_word == "day" and words[0] != "day":
            return heads.get("days")
    return None


def _bracketed_alias(doc: Document, end: int) -> str | None:
    """A short name in brackets right after a name that ends at *end*: "… (Mondiacult 2022)".

    Not a place or a body ("(Azerbaijan)", "(UNESCO)"), nor a year or a lower-case note.
    """
    bracket = _BRACKETED.match(doc.body, end)
    if bracket is None:
        return None
    short = bracket.group(1).strip()
    if not short[:1].isupper() or len(short.split()) > 3:
        return None
    k = bisect_left(doc.starts, bracket.start(1))
    if k in doc.places or k in doc.organizations:
        return None
    return short


def _is_quotation(raw: str, rest: str) -> bool:
    """Whether quoted *raw* is a quotation: it ends in punctuation and a speech verb follows.

    '"We are proud of it," a festival organiser said.'
    """
    if raw.rstrip()[-1:] not in {",", ".", "!", "?"}:
        return False
    verbs = lexicon.speech_verbs()
    following = _CLAUSE_BREAK.split(rest, maxsplit=1)[0].split()[:5]
    return any(word.strip(",").casefold() in verbs for word in following)


def _award_names(text: str, quotes: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The spans in *text* of quoted names of awards: "the Medal dedicated to the “…”"."""
    return [
        match.span()
        for match in quotes
        if _AWARD_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
    ]


def _going_on(
    heads: dict[str, InitiativeKind], rest: str
) -> tuple[str, InitiativeKind, int] | None:
    """Capitalised words after a quoted name that end in a head word.

    Those words, the head word's kind and where they end in *rest*.
    """
    found = _GOING_ON.match(rest)
    if found is None:
        return None
    words = [
        (word.group(), found.start(1) + word.end()) for word in re.finditer(r"\S+", found.group(1))
    ]
    last = max((i for i, (w, _) in enumerate(words) if w.casefold() in heads), default=-1)
    # only generic words before the head ("International Festival"): words of a
    # name of their own make a second name ("“X” Chinese Food Festival")
    if last < 0 or any(w.casefold() not in _GENERIC for w, _ in words[:last]):
        return None
    text = " ".join(w for w, _ in words[: last + 1])
    return text, heads[words[last][0].casefold()], words[last][1]


def _head_beside(heads: dict[str, InitiativeKind], after: str, before: str) -> bool:
    """Whether a head word stands right after or right before a quoted name."""
    after_words, before_words = after.split()[:1], before.split()[-1:]
    return any(w.strip(",.;:()").casefold() in heads for w in after_words + before_words)


def _may_quote(text: str) -> bool:
    """Whether _QUOTED can match in *text*: an opening mark stands in it.

    Substring tests run at C speed; the regex is left for the few sentences that
    hold a quotation.
    """
    return (
        '"' in text
        or "“" in text
        or "«" in text
        or "„" in text
        or "‘" in text
        or ("'" in text and _OPENING_APOSTROPHE.search(text) is not None)
    )


_COINED_FLAG = 1  # the word may be a coined name
_JOINING_HEAD_FLAG = 2  # a head word that can join a capitalised phrase
_LOWER_HEAD_FLAG = 4  # a head word in lower case: "the Atlas Jazz Nights festival"
_SHAPED_FLAG = 8  # a festival's coined word ("Kinofest") or a "+" that may end a name
_COMPOUND_END_FLAG = 16  # the last word of a head of several words: "Days" of "Culture Days"


def _word_flags(word: str) -> int:
    """What *word* may be, by its text alone: the _*_FLAG bits above."""
    flags = 0
    if (
        len(word) > 3
        and not word.islower()
        and _COINED.match(word) is not None
        and (not word.isupper() or _EDITION_ACRONYM.fullmatch(word) is not None)
    ):
        flags |= _COINED_FLAG
    if word == "+" or _FESTIVE.match(word) is not None:
        flags |= _SHAPED_FLAG
    word_key = key(word)
    initial = word[:1]
    if word_key in _kind_words() and (
        initial.isupper() or initial.isdigit() or word_key in _CONNECTORS or initial == "-"
    ):
        flags |= _JOINING_HEAD_FLAG
    if word_key in _kind_words() and initial.islower():
        flags |= _LOWER_HEAD_FLAG
    if _POSSESSIVE.sub("", word) in _compound_shapes():
        flags |= _COMPOUND_END_FLAG
    return flags


class _FlagMemo(dict[str, int]):
    """The flags of each word (see _word_flags): ``memo[word]``, computed on first sight."""

    def __missing__(self, word: str) -> int:
        flags = _word_flags(word)
        if len(self) < 200_000:  # a bounded memo: news vocabulary repeats
            self[word] = flags
        return flags


_WORD_FLAGS = _FlagMemo()


def _notable_tokens(
    doc: Document,
) -> tuple[list[int], dict[int, list[int]], dict[int, list[int]], list[int], list[int]]:
    """Tokens that may be coined names, the head words that can join a phrase or
    follow one in lower case, by sentence, the tokens shaped like a name's end
    (_SHAPED_FLAG) and those that may end a head of several words.

    Coined names are words like "Peace4Culture"; head words are "Year", "Festival".
    A head word joins a phrase only as a capitalised word, a number, a connector or
    a dash. In a sentence where no head word does, every phrase lacks one and _trim
    would drop it: there is nothing to find. Only a token's own text decides both
    (a token never follows a letter or digit in the body, so no capital of one is
    glued to a word before it): the flags come from a memo, and the few tokens
    with any are picked out in one C-level pass. A head word in lower case counts
    only right after a capitalised word, or in an apposition after a comma
    (_appositive).
    """
    words, starts = doc.words, doc.sentence_starts
    coined: list[int] = []
    shaped: list[int] = []
    joining_heads: dict[int, list[int]] = {}
    lower_heads: dict[int, list[int]] = {}
    compound_ends: list[int] = []
    for j in compress(range(len(words)), map(_WORD_FLAGS.__getitem__, words)):
        flags = _WORD_FLAGS[words[j]]
        if flags & _COINED_FLAG:
            coined.append(j)
        if flags & _COMPOUND_END_FLAG:
            compound_ends.append(j)
        if flags & _SHAPED_FLAG:
            shaped.append(j)
        if flags & _JOINING_HEAD_FLAG:
            joining_heads.setdefault(bisect_right(starts, j) - 1, []).append(j)
        if (
            flags & _LOWER_HEAD_FLAG
            and j > 0
            and (words[j - 1][:1].isupper() or _appositive(words, j))
        ):
            lower_heads.setdefault(bisect_right(starts, j) - 1, []).append(j)
    return coined, joining_heads, lower_heads, shaped, compound_ends


# Office words that end a name: "... Dialogue Foreign Minister X" is a forum, then a person.
_ROLE_HEADS = lexicon.word_list("name_ending_offices")

# The fields an initiative's name or its head word's modifiers name ("the National
# Music Festival", "an international music festival"): they say nothing of which it is.
_FIELD_WORDS = lexicon.word_list("field_words")
# Words that make up a name but say nothing of which initiative it is.
_GENERIC = (
    _FIELD_WORDS
    | lexicon.word_list("generic_name_words")
    | frozenset({"the", "of", "and", "in", "on", "for"})
)
_TRAILING_CONNECTORS = frozenset({"in", "for", "at", "on", "of", "and", "the", "to"})
_FRAME = re.compile(
    r"(?:as part of|within the framework of|in the framework of|under the|within)\s*(?:the\s+)?$",
    re.I,
)
_SKIP_NEAR = (
    frozenset({"a", "an", "the", "its", "their", "his", "her"})
    | lexicon.word_list("name_modifiers")
    | _FIELD_WORDS
)
# Only between a head word and the quoted name after it: "the Exhibition on “X”",
# "festivals such as 'X'".
_SKIP_BEFORE = _SKIP_NEAR | {"on", "about", "such", "as", "like"}


def _capitalised_phrases(
    doc: Document,
    indexes: range,
    claimed: set[int] | frozenset[int],
    heads: dict[str, InitiativeKind],
    joining_heads: list[int],
) -> list[tuple[int, int]]:
    """Token ranges of capitalised phrases that hold an initiative head word.

    *indexes* are a sentence's tokens; *joining_heads* the head words in it that
    can join a phrase (see _notable_tokens), in order. A scan from the left starts
    a phrase at the first capitalised word after each break (_breaks_phrase) and
    runs it to the next break. So the phrase holding a head word starts at the
    first capitalised word after the break before the head: only the phrases
    around head words are read, not every phrase of the sentence.
    """
    keys, words = doc.keys, doc.words
    head_words = heads.keys()
    found: list[tuple[int, int]] = []
    resume = indexes.start  # the tokens before it are in phrases read already
    for head in joining_heads:
        if head < resume:
            continue  # in the phrase read last
        first = -1
        m = head
        while m >= indexes.start and not _breaks_phrase(doc, m, claimed):
            if words[m][:1].isupper():
                first = m
            m -= 1
        if first < 0:
            continue  # no phrase holds the head: it is a break, or no capital precedes it
        # the phrase, read on from its first word as a scan from the left reads it
        last = k = first
        while k < indexes.stop and not _breaks_phrase(doc, k, claimed):
            text = words[k]
            if text[:1].isupper() or (
                text[:1].isdigit() and keys[k - 1] not in _TRAILING_CONNECTORS
            ):
                last = k
            k += 1
        resume = max(k, first + 1)
        if head_words.isdisjoint(keys[first : last + 1]):
            continue  # no head word: no part of it can be a name (_trim would say so)
        # "the Winter Games and the Nordic Lights festival": the head word in lower
        # case after the phrase is the second name's, so the "and" splits it
        head_follows = (
            last + 1 < indexes.stop and words[last + 1].islower() and keys[last + 1] in heads
        )
        for a, b in _split_on_and(keys, first, last, heads, head_follows=head_follows):
            span = _trim(doc, a, b, heads)
            if span is not None:
                if span[1] == last:
                    span = (span[0], _subtitle_end(doc, last, indexes.stop, claimed))
                if span[1] == last:
                    span = (span[0], _field_tail_end(doc, last, indexes.stop))
                if span[1] == last:
                    span = (span[0], _place_tail_end(doc, last, indexes.stop))
                found.append(span)
    return found


_SUBTITLE_ENDS = frozenset({",", ".", ";", "(", "!", "?"})


def _subtitle_end(doc: Document, last: int, stop: int, claimed: set[int] | frozenset[int]) -> int:
    """Where a name that ends at token *last* ends with its subtitle after a colon.

    "the Cultural Week of Peru: Echoes of Cusco in Hungary, 3 – 9 May": a
    capitalised phrase after the colon that runs to the end of its clause (a
    comma, a full stop, a bracket) is the name's subtitle. Otherwise *last*.
    """
    words = doc.words
    k = last + 2
    if k >= stop or words[last + 1] != ":" or not words[k][:1].isupper():
        return last
    end = k
    while k < stop and not _breaks_phrase(doc, k, claimed) and words[k] != "-":
        if words[k][:1].isupper() or words[k][:1].isdigit():
            end = k
        k += 1
    if end < last + 3 or (k < stop and words[k] not in _SUBTITLE_ENDS) or k != end + 1:
        return last  # one word, or the clause goes on: "Year of X: Minister Y said"
    return end


def _field_tail_end(doc: Document, last: int, stop: int) -> int:
    """Where a name that ends at "of" and a people's word ends with its fields in lower case.

    "the Year of Cuban culture in Ghana", "the Days of Russian cinema and music":
    translated reports write the fields (``field_words.tsv``) after the people's
    word in lower case; they are the name's last words. Otherwise *last*.
    """
    keys = doc.keys
    k = last + 1
    if (
        k >= stop
        or keys[last - 1] != "of"
        or keys[k] not in _FIELD_WORDS
        or not doc.words[k].islower()
    ):
        return last
    end = k
    while k + 2 < stop and keys[k + 1] == "and" and keys[k + 2] in _FIELD_WORDS:
        k += 2
        end = k
    return end


_PLACE_NAME_TAILS = lexicon.word_list("place_name_tails")
_LONGEST_PLACE = 3  # capitalised words between "of" and a place noun


def _place_tail_end(doc: Document, last: int, stop: int) -> int:
    """Where a name that ends in "of" and a place's name ends with its place noun.

    "the Days of Culture of X city", "the Forum of the Y region": the lower-case
    noun (``place_name_tails.tsv``) right after the capitalised words of the place
    completes the place's name, and so the initiative's. Otherwise *last*.
    """
    keys, words = doc.keys, doc.words
    if last + 1 >= stop or keys[last + 1] not in _PLACE_NAME_TAILS or not words[last + 1].islower():
        return last
    j = last
    while j > last - _LONGEST_PLACE and words[j][:1].isupper():
        j -= 1
    if keys[j] == "the" and j > 0:
        j -= 1
    return last + 1 if keys[j] == "of" and j < last else last


def _breaks_phrase(doc: Document, k: int, claimed: set[int] | frozenset[int]) -> bool:
    """Whether token *k* ends a capitalised phrase (is no part of one).

    A phrase runs over capitalised words, numbers (not after a trailing
    connector: "in 2023"), connectors and dashes; a person's token or an office
    word ("Minister") ends it.
    """
    if k in claimed:
        return True
    text = doc.words[k]
    initial = text[:1]
    token_key = doc.keys[k]
    if initial.isupper():
        return token_key in _ROLE_HEADS or _owner(doc, k)
    return not (
        (initial.isdigit() and doc.keys[k - 1] not in _TRAILING_CONNECTORS)
        or token_key in _CONNECTORS
        or text == "-"
        or (text in _DASHES and (_joins_title(doc, k) or _glued_dash(doc, k)))
    )


_DASHES = frozenset({"–", "—"})


def _glued_plus(doc: Document, k: int, claimed: set[int] | frozenset[int]) -> bool:
    """Whether the "+" at token *k* ends a coined name: glued to a capitalised word before it."""
    return (
        k > 0
        and doc.starts[k] == doc.ends[k - 1]
        and doc.words[k - 1][:1].isupper()
        and k - 1 not in claimed
        and (k + 1 == len(doc.words) or doc.ends[k] < doc.starts[k + 1])
    )


def _glued_dash(doc: Document, k: int) -> bool:
    """Whether token *k* is a dash with no space on either side: "Timor–Pacific" is one word."""
    starts, ends = doc.starts, doc.ends
    return (
        doc.words[k] in {"–", "—"}
        and 0 < k < len(starts) - 1
        and ends[k - 1] == starts[k]
        and ends[k] == starts[k + 1]
    )


def _joins_title(doc: Document, k: int) -> bool:
    """Whether the dash at token *k* joins a city and its year to a title.

    "Riga 2014 – European Capital of Culture", "Bukhara – Capital of Islamic
    Culture 2020": after a place, or a capitalised word and a year, inside a
    sentence, before a capitalised word.
    """
    if doc.words[k] not in {"–", "—"} or k < 2 or k + 1 >= len(doc.words):
        return False
    before = doc.keys[k - 1]
    if not doc.words[k + 1][:1].isupper():
        return False
    # the city (before its year, if any) stands inside a sentence: a dateline
    # ("ASTANA – Kazakh Culture Days will …") opens one
    city = k - 2 if _YEAR_NUMBER.fullmatch(before) is not None else k - 1
    if (
        city not in doc.places
        and not (city == k - 2 and doc.words[city][:1].isupper())
        # a city no gazetteer lists, before a title of culture: "Bethlehem – Arab
        # Capital of Culture 2020"
        and not (doc.words[city][:1].isupper() and "capital" in doc.keys[k + 1 : k + 5])
    ):
        return False
    return doc.sentence_starts[doc.sentence_of(city)] != city


def _named_before_head(
    doc: Document,
    head: int,
    sentence_start: int,
    claimed: set[int] | frozenset[int],
    heads: dict[str, InitiativeKind],
) -> tuple[str, str | None, int] | None:
    """A capitalised name before a head word in lower case: its name, an alias, its start.

    "the Atlas Jazz Nights festival" names "Atlas Jazz Nights" (alias "Atlas Jazz
    Nights festival"); the head word ends the noun phrase. Not a
    name: a place, a body or an acronym alone ("the Russian festival", "the
    UNESCO programme"), generic or non-name words only ("the Culture programme"),
    a word capitalised only because it opens the sentence, a body's word
    ("the Ministry project").
    """
    keys, words = doc.keys, doc.words
    first = -1
    m = head - 1
    while m >= sentence_start and not _breaks_phrase(doc, m, claimed):
        if words[m][:1].isupper():
            first = m
        m -= 1
    if first < 0 or keys[head - 1] in _CONNECTORS:
        return None
    if keys[first] == "the":
        first += 1  # "The X Bridge competition was held …" opens a sentence: no part of it
    last = head - 1
    # "the Winter Games and the Nordic Lights festival": after an "and" that
    # follows a name with a head word of its own, the name of this head begins
    joined = (
        next(
            (
                a
                for a in range(last - 1, first, -1)
                if keys[a] == "and" and _has_head(keys, first, a, heads)
            ),
            None,
        )
        if "and" in keys[first:last]
        else None
    )
    if joined is not None:
        first = joined + 2 if keys[joined + 1] == "the" else joined + 1
        if first > last or not words[first][:1].isupper():
            return None
    span = keys[first : last + 1]
    if span[-1] in heads or not _NOT_INITIATIVE_WORDS.isdisjoint(span):
        return None  # a capitalised head word ends a phrase read as such
    if span[0] in heads and _after_office(doc, first):
        return None  # "the Culture Ministers Conference of X in Y capital …" (see _trim)
    if span[-1] == "day":
        return None  # "the National Day programme": a holiday's, no name of its own
    if first == last and (first == sentence_start or words[first].isupper()):
        return None
    if _MODIFIER_COMPOUND.search(words[last]):
        return None  # "an EU-funded project", "a UNESCO-listed festival"
    non_name = lexicon.words()
    if all(
        k in _GENERIC or k in non_name or k in MONTH_WORDS or k.isdigit() or k in _CONNECTORS
        for k in span
    ):
        return None
    if _place_or_body(doc, first, last):
        return None
    if first == last or not _ends_noun_phrase(doc, head):
        # one word ("the Eid festival", "the Google project") is too often a
        # holiday or a company; "the Silk Road project office" is an office
        return None
    start = _hashtag_start(doc, first)
    name = doc.body[start : doc.ends[last]]
    return name, f"{name} {words[head]}", start


_ARTICLES = frozenset({"a", "an"})
_PLACE_PREPOSITIONS = frozenset({"for", "in", "at", "to"})
# Endings of the participles and adverbs that may follow an apposition's noun
_MODIFIER_ENDINGS = ("ed", "ly", "ing")


def _appositive(words: Sequence[str], j: int) -> bool:
    """Whether token *j* ends an apposition ", a [word] <j>": ", a program", ", an annual fair"."""
    if j >= 2 and words[j - 1] in _ARTICLES:
        return words[j - 2] == ","
    return j >= 3 and words[j - 2] in _ARTICLES and words[j - 3] == ","


def _named_before_apposition(
    doc: Document,
    head: int,
    sentence_start: int,
    claimed: set[int] | frozenset[int],
    heads: dict[str, InitiativeKind],
) -> tuple[int, int] | None:
    """A capitalised name before an apposition that says what it is: its token span.

    "the Timor–Pacific Heritage Synergy 2026, a program fully funded by …" names
    a programme. The apposition's head word ends its noun phrase ("X, a
    festival organiser" says nothing of X). The name is two words or more, holds
    no head word of its own (the phrase reader reads those) and is no person,
    place or body.
    """
    keys, words = doc.keys, doc.words
    following = doc.words[head + 1] if head + 1 < len(doc.words) else ""
    if not (_ends_noun_phrase(doc, head) or following.endswith(_MODIFIER_ENDINGS)):
        return None  # "a program funded by", "a festival fully …", not "a festival organiser"
    last = head - 3 if words[head - 2] == "," else head - 4
    first = -1
    m = last
    while m >= sentence_start and not _breaks_phrase(doc, m, claimed) and words[m] != ",":
        if words[m][:1].isupper():
            first = m
        m -= 1
    if first < 0 or first >= last or not (words[last][:1].isupper() or words[last].isdigit()):
        return None
    # "met in Dili for the X Synergy": a place before a preposition is no part of it
    for c in range(last - 1, first, -1):
        if keys[c] in _PLACE_PREPOSITIONS and _place_or_body(doc, first, c - 1):
            first = c + 2 if keys[c + 1] == "the" else c + 1
            break
    if first >= last:
        return None
    if first == sentence_start and first + 1 == last:
        return None  # two words opening a sentence: "Last year, a festival …"
    if _has_head(keys, first, last + 1, heads) or not _is_plain_name(doc, first, last, claimed):
        return None
    return first, last


def _has_head(keys: Sequence[str], first: int, stop: int, heads: dict[str, InitiativeKind]) -> bool:
    """Whether a head word stands among tokens *first* to *stop* (not included)."""
    return any(keys[x] in heads for x in range(first, stop))


# Words that may follow the last noun of a noun phrase: "the X festival, which",
# "X 2025 and Y 2026", "the X programme will ...".
_AFTER_NOUN_PHRASE = frozenset(
    {
        "and",
        "or",
        "in",
        "at",
        "on",
        "for",
        "of",
        "to",
        "with",
        "by",
        "from",
        "as",
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "has",
        "had",
        "have",
        "which",
        "that",
        "where",
        "who",
        "since",
        "this",
        "last",
        "next",
    }
)


def _ends_noun_phrase(doc: Document, k: int) -> bool:
    """Whether token *k* can end a noun phrase: no lower-case content word follows it.

    "the Silk Road project office" goes on to "office"; "the X festival, which"
    and "the X festival will" end at "festival".
    """
    if k + 1 >= len(doc.words):
        return True
    following = doc.words[k + 1]
    return not following[:1].isalnum() or not following.islower() or following in _AFTER_NOUN_PHRASE


# "a project called Open Shelves", "projects such as Intervision 2025": a kind noun,
# a word that introduces an example or a name, and a capitalised name. The scan
# looks for the introducing word (a few literals) and reads the noun before it.
_INTRODUCED_NAME = re.compile(
    rf"\s({_alternation(_EXAMPLE_INTRODUCERS | _TITLE_INTRODUCERS)})\s+"
    r"(?:the\s+)?([A-Z0-9][\w'’+-]*(?:\s+(?:(?:of|for|and|the|on|in|de|to)\s+)*[A-Z0-9][\w'’+-]*)*)"
)
# the kind noun before the introducing word, a comma between them or not ("the festival,
# called X,")
_NOUN_BEFORE = re.compile(r"\b([a-z]+),?$")
# Where a match of _INTRODUCED_NAME can start: the blank before each introducer's first word
_INTRODUCING_CUES = tuple(
    sorted({phrase.split()[0] for phrase in _EXAMPLE_INTRODUCERS | _TITLE_INTRODUCERS})
)


def _names_after_kind_nouns(
    doc: Document, claimed: set[int] | frozenset[int], heads: dict[str, InitiativeKind]
) -> Iterator[tuple[str, InitiativeKind, int, int]]:
    """Names that a kind noun introduces: "a project called X", "festivals such as X and Y".

    Each name with the kind of the noun and its span in the body. Not a name: a
    person's, a place's or a body's ("projects with countries such as Kazakhstan"
    has no kind noun before "such as"; "projects such as UNESCO's" is a body).
    """
    body = doc.body
    if not any(word in body for word in _INTRODUCING_CUES):
        return  # substring tests at C speed spare the scan in most bodies
    # every match opens with a blank right before an introducing word: the engine
    # starts only there (the same matches as finditer)
    cued = [at for cue in _INTRODUCING_CUES for at in _found_at(body, cue, -1) if at >= 0]
    for match in _matches_at(_INTRODUCED_NAME, body, cued):
        noun = _NOUN_BEFORE.search(body, max(0, match.start() - 30), match.start())
        examples = " ".join(match.group(1).split()) in _EXAMPLE_INTRODUCERS
        kind: InitiativeKind | None = None
        if noun is not None and noun.group(1) in heads:
            kind = heads[noun.group(1)]
        elif not examples:
            # "an exhibition prepared by the archive titled X": the event its clause opens with
            kind = _titled_kind(heads, body[max(0, match.start() - 100) : match.end(1)])
        if kind is None:
            continue
        pieces = re.split(r"\s+and\s+", match.group(2)) if examples else [match.group(2)]
        offset = match.start(2)
        for piece in pieces:
            start = body.index(piece, offset)
            offset = start + len(piece)
            first = bisect_left(doc.starts, start)
            last = bisect_right(doc.starts, offset - 1) - 1
            # an example of one word is too often a holiday ("festivals like Eid")
            if examples and first == last:
                continue
            if _is_plain_name(doc, first, last, claimed):
                yield piece, kind, start, offset


# "the exhibition of Treasures of the Amber Road": a title of two capitalised
# words or more after "exhibition of" or "exhibition on"
_EXHIBITION_TITLE = re.compile(
    r"exhibitions?[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|the|on|in|de|to)[ \t]+)*[A-Z][\w'’-]*)+)"
)


# The stems of declaring verbs ("declar", "designat"), the phrases that choose a city
# ("chosen to be"), and the nouns of what they name ("year", "city"): the patterns and
# the quick substring tests before them are built from the same lists
_DECLARING_STEMS = tuple(sorted(lexicon.word_list("declaring_stems")))
_CHOOSING_PHRASES = tuple(sorted(lexicon.word_list("choosing_phrases")))
_DECLARED_NOUNS = tuple(sorted(lexicon.word_list("declared_title_nouns")))


def _either(entries: Iterable[str]) -> str:
    """A regex alternation of *entries*, their words apart by spaces or tabs."""
    return "|".join(r"[ \t]+".join(map(re.escape, entry.split())) for entry in entries)


# "President X declared the year of Egyptian-African culture", "designated 2024 as the
# year of Lao tourism", "chosen to be the city of Arab culture in 2016": a year or a
# city's title a declaring verb names, in lower case, of a people's field
_DECLARED_YEAR = re.compile(
    rf"\b(?:(?:{_either(_DECLARING_STEMS)})(?:e|es|ed|ing)|{_either(_CHOOSING_PHRASES)})[ \t]+"
    r"(?:(?:19|20)\d\d[ \t]+)?(?:as[ \t]+)?the[ \t]+"
    rf"((?:{_either(_DECLARED_NOUNS)})[ \t]+of[ \t]+(?:[A-Z][\w’'-]*[ \t]+)+[a-z]+)"
    r"(?=[ \t]*[.,;]|[ \t]+(?:in|for)\b)"
)
# where a declaration of a year may start: a declaring stem or a choosing phrase's first word
_DECLARING_STARTS = (*_DECLARING_STEMS, *sorted({p.split()[0] for p in _CHOOSING_PHRASES}))
_DECLARED_CUES = tuple(f"the {noun} of " for noun in _DECLARED_NOUNS)


# A title of culture in lower case that a declaration gives a city: "declared the
# city of X the cultural capital of the Turkic world for 2023", "the declaration of Y
# as the cultural capital of the Z world 2024"; the city's name may stand between
_DECLARED_CAPITAL = re.compile(
    rf"(?:{_either(_DECLARING_STEMS)})[a-z]*[ \t]+(?:[\w’'-]+[ \t]+){{0,6}}?(?:as[ \t]+)?the[ \t]+"
    r"((?:cultural[ \t]+)?capital[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+)+[a-z]+)"
    r"(?:[ \t]+((?:19|20)\d\d))?(?=[ \t]*[.,;]|[ \t]+(?:in|for|and)\b)"
)


def _declared_capitals(body: str) -> Iterator[tuple[str, int, int, str | None]]:
    """Titles of culture a declaration gives a city, in lower case: each name, its
    span, and with the year after it that longer name as its alias.

    A "Capital of ..." title for a year is a year (the guide, "Initiatives"), as
    its capitalised spelling is; "a cultural capital" alone names no title.
    """
    if "capital of " not in body:
        return  # a substring test at C speed spares the scan in most bodies
    starts = [at for stem in _DECLARING_STEMS for at in _found_at(body, stem)]
    for match in _matches_at(_DECLARED_CAPITAL, body, starts):
        start, end = match.span(1)
        year = match.group(2)
        yield match.group(1), start, end, None if year is None else f"{match.group(1)} {year}"


def _declared_years(body: str) -> Iterator[tuple[str, int, int]]:
    """Years a declaring verb names in lower case: each name and its span in the body.

    A declared year is a commemorative year, and a city chosen as a capital of
    culture holds a title for a year (the guide, "Initiatives"), even when the
    text writes it in lower case: "declared the year of Egyptian-African
    culture", "chosen to be the city of Arab culture". A people's field only:
    the name ends its clause.
    """
    if not any(cue in body for cue in _DECLARED_CUES):
        return  # substring tests at C speed spare the scan in most bodies
    # every match opens with a declaring verb: the engine starts only there
    starts = [at for stem in _DECLARING_STARTS for at in _found_at(body, stem)]
    for match in _matches_at(_DECLARED_YEAR, body, starts):
        start, end = match.span(1)
        yield match.group(1), start, end


def _exhibition_titles(
    doc: Document, claimed: set[int] | frozenset[int]
) -> Iterator[tuple[str, int, int]]:
    """Titles of exhibitions after "exhibition of": each title and its span in the body.

    The title ends its noun phrase ("an exhibition of Dong Son bronze drums" names
    none) and is a plain name (not "an exhibition of the Culture Ministry", nor
    only places and generic words: "an exhibition of Russian Art").
    """
    body = doc.body
    if "exhibition" not in body:
        return  # a substring test at C speed spares the scan in most bodies
    for match in _matches_at(_EXHIBITION_TITLE, body, list(_found_at(body, "exhibition"))):
        start, end = match.span(1)
        first = bisect_left(doc.starts, start)
        last = bisect_right(doc.starts, end - 1) - 1
        if _ends_noun_phrase(doc, last) and _is_plain_name(doc, first, last, claimed):
            yield match.group(1), start, end


_NAME_WORD = r"[A-Z0-9][\w'’-]*"


@cache  # built once from the lexicon
def _compound_heads() -> tuple[re.Pattern[str] | None, dict[str, InitiativeKind]]:
    """The head words of several words ("Consultative Meeting") as one pattern, and their kinds.

    The pattern finds a head in capitals; _names_with_compound_heads reads the
    name around it.
    """
    kinds = {" ".join(w.split()): k for w, k in _kind_words().items() if " " in w.strip()}
    kinds.update(dict.fromkeys(lexicon.word_list("field_day_heads"), InitiativeKind.FESTIVAL))
    kinds.update(dict.fromkeys(lexicon.word_list("culture_title_heads"), InitiativeKind.YEAR))
    if not kinds:
        return None, kinds
    heads = "|".join(
        r"\s+".join(re.escape(word[:1].upper()) + re.escape(word[1:]) for word in head.split())
        for head in sorted(kinds, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{heads})\b"), kinds


@cache  # built once from the lexicon
def _compound_shapes() -> dict[str, tuple[tuple[int, str], ...]]:
    """For the last word of each head of several words, capitalised ("Days"), each
    head's number of words and its first word as the pattern of _compound_heads
    spells it ("Culture"): where a match of the pattern can start."""
    _, kinds = _compound_heads()
    shapes: dict[str, set[tuple[int, str]]] = {}
    for head in kinds:
        words = head.split()
        shapes.setdefault(words[-1].capitalize(), set()).add(
            (len(words), words[0][:1].upper() + words[0][1:])
        )
    return {last: tuple(sorted(found)) for last, found in shapes.items()}


# Before a head of several words: up to four capitalised words; after it: an
# "of/on/for" complement of capitalised words ("of the Heads of State").
_WORDS_BEFORE_HEAD = re.compile(rf"(?:{_NAME_WORD}[ \t]+){{0,4}}$")
_COMPLEMENT = re.compile(
    rf"(?:\s+(?:of|on|for)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|the|and|for)\s+)*{_NAME_WORD})*)?"
)


# Words that open a sentence or a phrase before a name: "In", "The", "During"
_OPENING_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "during", "within"})


def _dated(keys: Sequence[str], k: int) -> bool:
    """Whether token *k*, or the one after "the" there, is a date's: a number, a month, a day."""
    if k < len(keys) and keys[k] == "the":
        k += 1
    return k < len(keys) and (keys[k][:1].isdigit() or keys[k] in _DATE_WORDS)


def _compound_starts(doc: Document, ends: list[int]) -> list[int]:
    """Where in the body a head of several words may start, from the tokens that may end one.

    A head's first word stands as many tokens before its last word as the head has
    words: "Culture" two tokens before "Days". No scan of the body for each head.
    """
    words, shapes = doc.words, _compound_shapes()
    return [
        doc.starts[k - size + 1]
        for k in ends
        for size, opening in shapes[_POSSESSIVE.sub("", words[k])]
        if k >= size - 1 and words[k - size + 1] == opening
    ]


def _names_with_compound_heads(
    doc: Document, claimed: set[int] | frozenset[int], ends: list[int]
) -> Iterator[tuple[str, InitiativeKind, int, int]]:
    """Names whose head is several words: "the Fourth Consultative Meeting of the Heads of State".

    Each name, its kind and its span in the body; not a person's tokens, nor a body's name.
    *ends* are the tokens that may end such a head (_notable_tokens).
    """
    pattern, kinds = _compound_heads()
    if pattern is None or not ends:
        return
    body = doc.body
    cued = _compound_starts(doc, ends)  # the engine starts only there
    for match in _matches_at(pattern, body, cued):
        before = _WORDS_BEFORE_HEAD.search(body, max(0, match.start() - 120), match.start())
        start = match.start() if before is None else before.start()
        if start > 0 and (body[start - 1].isalnum() or body[start - 1] in "'’-"):
            start = match.start()  # the window cut a word: read from the head
        complement = _COMPLEMENT.match(body, match.end())
        end = match.end() if complement is None else complement.end()
        first = bisect_left(doc.starts, start)
        last = bisect_right(doc.starts, end - 1) - 1
        keys = doc.keys
        # "In May Culture Days were held", "a 2027 X Culture City": an opening
        # preposition or article, and a date, are no part of the name
        while keys[first] in _OPENING_WORDS or _dated(keys, first):
            first += 1
        start = doc.starts[first]
        # "Culture Day on 3 November", "... on Monday": a date is no complement
        head_end = bisect_right(doc.starts, match.end() - 1) - 1
        if last > head_end and _dated(keys, head_end + 2):
            end, last = match.end(), head_end
        elif last > head_end and _place_tail_end(doc, last, len(keys)) > last:
            last += 1  # "Culture Days of X city"
            end = doc.ends[last]
        span = doc.keys[first : last + 1]
        if any(
            k in claimed for k in range(first, last + 1)
        ) or not _NOT_INITIATIVE_WORDS.isdisjoint(span):
            continue
        head = " ".join(match.group().casefold().split())
        yield body[start:end], kinds[head], start, end


_OBSERVANCE_OPENERS = lexicon.word_list("observance_day_openers")
_LONGEST_DAY_NAME = 4  # capitalised words before "Day": "World Press Freedom Day"


def _observance_days(
    doc: Document, claimed: set[int] | frozenset[int], ends: list[int]
) -> Iterator[tuple[str, int, int, str | None]]:
    """Observance days kept across countries: "World Food Day", "International Day of Dance".

    The capitalised words before a "Day" (*ends*: the tokens that may end a head of
    several words) open with a word of observance_day_openers; "of" and capitalised
    words may follow ("Day of Yoga"). Each name, its span, and with the year of an
    edition after it ("... Day 2023") that longer name as its alias. A country's
    holiday ("National Day") has no such opener.
    """
    words, keys, body = doc.words, doc.keys, doc.body
    for k in ends:
        if words[k] != "Day" or doc.sentence_of(k) in doc.asides:
            continue  # not in an "Also read" line
        first = next(
            (
                j
                for j in range(max(0, k - _LONGEST_DAY_NAME), k)
                if keys[j] in _OBSERVANCE_OPENERS
                and all(words[m][:1].isupper() for m in range(j, k))
            ),
            None,
        )
        if first is None:
            continue
        end = doc.ends[k]
        if first == k - 1:  # "International Day" names nothing without its complement
            complement = _COMPLEMENT.match(body, end)
            if complement is None or complement.end() == end:
                continue
            end = complement.end()
        last = bisect_right(doc.starts, end - 1) - 1
        if keys[last].isdigit():  # "... Day of Yoga 2022": the year is the edition's
            last -= 1
            end = doc.ends[last]
        # "Day" heads the name: a body's word inside it ("International Museum Day") is no end
        if any(m in claimed for m in range(first, last + 1)):
            continue
        year = last + 1
        dated = year < len(words) and _YEAR_NUMBER.fullmatch(words[year]) is not None
        start = doc.starts[first]
        yield body[start:end], start, end, body[start : doc.ends[year]] if dated else None


_PAIRED_NAME_HEADS = lexicon.word_list("paired_name_heads")
# Before a paired name's head: a pair of capitalised words joined by a dash, up to
# one capitalised word before it and three after ("the Chile-Morocco Cultural ")
_PAIR_BEFORE = re.compile(
    rf"(?:{_NAME_WORD}[ \t]+)?[A-Z][\w'’]*[-–][A-Z][\w'’]*(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]+$"
)


def _paired_names(
    doc: Document, claimed: set[int] | frozenset[int]
) -> Iterator[tuple[str, int, int]]:
    """Names of a standing dialogue of two places: "the Chile-Morocco Cultural Dialogue".

    Each name and its span in the body: a head of paired_name_heads.tsv in
    capitals after a pair joined by a dash, the name ending there (not "the
    A-B Dialogue Partnership", a status). Not inside a longer name ("Forum on
    Inter-Cultural and Inter-Religious Dialogue"), nor a person's tokens or a
    body's name.
    """
    body = doc.body
    for head in _PAIRED_NAME_HEADS:
        word = head.capitalize()
        for at in _found_at(body, word):
            end = at + len(word)
            if body[end : end + 1].isalnum() or _NEXT_CAPITALISED.match(body, end):
                continue
            before = _PAIR_BEFORE.search(body, max(0, at - 100), at)
            if before is None:
                continue
            start = before.start()
            if start > 0 and (body[start - 1].isalnum() or body[start - 1] in "'’-–"):
                continue  # the window cut a word
            first = bisect_left(doc.starts, start)
            last = bisect_right(doc.starts, end - 1) - 1
            if first > 0 and doc.keys[first - 1] in _CONNECTORS - {"the"}:
                continue  # "… on Inter-Cultural and Inter-Religious Dialogue"
            span = doc.keys[first : last + 1]
            if any(k in claimed for k in range(first, last + 1)) or not (
                _NOT_INITIATIVE_WORDS.isdisjoint(span)
            ):
                continue
            yield body[start:end], start, end


_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z]")
_SEASONS = lexicon.word_list("seasons")


def _names_with_a_year(
    doc: Document, claimed: set[int] | frozenset[int], heads: dict[str, InitiativeKind]
) -> Iterator[tuple[int, int]]:
    """One capitalised word with the year of its edition: "Riga 2014", "Agenda 2063".

    The token span of each. The word stands alone (no capitalised word before it,
    none after the year: longer names are read as phrases), after the sentence's
    first word; it is no head word, person, body, month, season or non-name
    word ("Since 2019"), nor an acronym of two letters ("FY 2024"); the year
    opens no range ("2014-2020").
    """
    words, keys = doc.words, doc.keys
    non_name = lexicon.words()
    sentence_firsts = set(doc.sentence_starts)
    for year in _year_tokens(doc):
        k = year - 1
        if k < 1 or k in sentence_firsts or k in claimed or not words[k][:1].isupper():
            continue
        before = words[k - 1]
        following = words[year + 1] if year + 1 < len(words) else ""
        if before[:1].isupper() or following[:1].isupper() or following in {"-", "–", "—"}:
            continue
        if not _ends_noun_phrase(doc, year):
            continue  # "the Poland 2025 presidency"
        word = keys[k]
        if (
            word in heads
            or word in non_name
            or word in MONTH_WORDS
            or word in _SEASONS
            or k in doc.organizations
            or (words[k].isupper() and len(words[k]) < 3)
            or not words[k].replace("-", "").isalpha()
        ):
            continue
        yield k, year


# "European Capital of Culture", "the European Capitals of Culture", "Capital of Arab Culture"
# (matched where str.find puts "Capital": faster than a scan of the body by the regex)
_CAPITAL_OF_CULTURE = re.compile(r"Capitals?\s+of\s+(?:[A-Z][\w\-]*\s+){0,2}Culture\b")


def _capital_sentences(doc: Document) -> set[int]:
    """The sentences that speak of capitals of culture, by index.

    There a city's name with a year ("Tartu 2024 – European Capital of Culture
    and Evora 2027", "the European Capitals of Culture, A 2022 and B 2022") is
    the city's title for that year, kind year (the guide, "Initiatives": a
    "Capital of ..." title for a year); elsewhere such a name is of kind other.
    """
    body = doc.body
    found: set[int] = set()
    at = body.find("Capital")
    while at != -1:
        if _CAPITAL_OF_CULTURE.match(body, at) is not None:
            found.add(bisect_right(doc.sentence_starts, bisect_left(doc.starts, at)) - 1)
        at = body.find("Capital", at + 7)
    return found


def _year_tokens(doc: Document) -> Iterator[int]:
    """The tokens that are a year (all digits, _YEAR_NUMBER), in order.

    Each opens with "19" or "20": str.find picks out those places at C speed,
    much faster than a regex scan of the body or one step per token.
    """
    words, starts, body = doc.words, doc.starts, doc.body
    for at in sorted([*_found_at(body, "19"), *_found_at(body, "20")]):
        k = bisect_left(starts, at)
        if (
            k < len(words)
            and starts[k] == at
            and words[k].isdigit()
            and _YEAR_NUMBER.fullmatch(words[k]) is not None
        ):
            yield k


def _edition_of(name: str, draft: InitiativeDraft) -> bool:
    """Whether "X 2024" (*name*) is another name of *draft*.

    It is when one of the draft's names opens with it ("Tartu 2024 – European
    Capital of Culture"), is X alone ("Mondiacult"), or has X as its initials
    ("WGS" for "World Government Summit").
    """
    word, year = name.rsplit(" ", 1)
    wanted = _name_words(name)
    for other in (draft.name, *draft.aliases):
        words = _name_words(other)
        if words[: len(wanted)] == wanted or words == wanted[:1]:
            return True
        initials = "".join(w[0] for w in other.split() if w[:1].isupper())
        if word.isupper() and initials == word and year not in other:
            return True
    return False


def _is_plain_name(
    doc: Document, first: int, last: int, claimed: set[int] | frozenset[int]
) -> bool:
    """Whether tokens *first* to *last* can name an initiative alone.

    Not a person's tokens, not only places and bodies, no body's word, not only
    generic or non-name words.
    """
    if last < first or any(k in claimed for k in range(first, last + 1)):
        return False
    span = doc.keys[first : last + 1]
    if not _NOT_INITIATIVE_WORDS.isdisjoint(span) or _place_or_body(doc, first, last):
        return False
    non_name = lexicon.words()
    return not all(
        k in _GENERIC or k in non_name or k in MONTH_WORDS or k.isdigit() or k in _CONNECTORS
        for k in span
    )


def _edition_forum(doc: Document, k: int) -> InitiativeKind | None:
    """A forum for an acronym glued to its edition's number: "the culture segment of COP30".

    An event's numbered edition is a conference's ("PALM7", "TICAD8"); not a
    listed body's own session ("UNGA78"), which is a meeting of that body, nor a
    modifier of a noun after it ("the COVID19 pandemic").
    """
    word = doc.words[k]
    if _EDITION_ACRONYM.fullmatch(word) is None or not _ends_noun_phrase(doc, k):
        return None
    if word.rstrip("0123456789").casefold() in doc.lex.organizations.first_words():
        return None
    return InitiativeKind.FORUM


def _hashtag_start(doc: Document, k: int) -> int:
    """Where the name opening with token *k* starts: a hashtag keeps its mark ("#ReadMore")."""
    start = doc.starts[k]
    return start - 1 if start > 0 and doc.body[start - 1] == "#" else start


_MODIFIER_COMPOUND = re.compile(r"-[a-z]+$")


def _place_or_body(doc: Document, first: int, last: int) -> bool:
    """Whether tokens *first* to *last* are only places and bodies: "Russian", "EU"."""
    k = first
    while k <= last:
        found = doc.places.get(k) or doc.organizations.get(k)
        if found is None:
            if doc.keys[k] not in _CONNECTORS and doc.keys[k] not in _GENERIC:
                return False
            k += 1
        else:
            k += found[0]
    return True


def _owner(doc: Document, k: int) -> bool:
    """Whether token *k* is a body's or place's possessive: "UNESCO's", "Japan's".

    The name begins after it: "UNESCO's Silk Roads Programme" is the "Silk Roads
    Programme" (of UNESCO); "Children's" stays inside a name.
    """
    text = doc.words[k]
    if not text.endswith(("'s", "’s")):
        return False
    return (
        text[:-2].isupper()
        or k in doc.places
        or k in doc.organizations
        or doc.keys[k] in _INSTITUTION_HEADS  # "the Government’s X Programme"
    )


# A body's head noun: "the Ministry's X project" is the "X project" (of the ministry)
_INSTITUTION_HEADS = lexicon.word_list("institution_heads")


def _split_on_and(
    keys: Sequence[str],
    first: int,
    last: int,
    heads: dict[str, InitiativeKind],
    *,
    head_follows: bool = False,
) -> list[tuple[int, int]]:
    """``A Festival and B Days`` is two names; ``Cross-Year of A in B and B in A`` is one;
    ``A Initiative and the B`` is a name and a phrase of its own.

    Each "and" with a head word on both sides of it (since the last split, and
    before *last*) splits the phrase: one pass, so a long list stays linear. A
    head word that *head_follows* the phrase in lower case stands on the right
    of every "and" ("A Games and the B festival").
    """
    last_head = (
        last + 1
        if head_follows
        else max((x for x in range(first, last + 1) if keys[x] in heads), default=-1)
    )
    pieces: list[tuple[int, int]] = []
    start = first
    head_before = keys[start] in heads  # a head word in keys[start:m]
    m = start + 1
    while m < last:
        # "the A Initiative and the B": "and the" right after a head word opens a
        # second noun phrase, with or without a head word of its own
        if (
            keys[m] == "and"
            and head_before
            and (m < last_head or (keys[m - 1] in heads and keys[m + 1] == "the"))
        ):
            pieces.append((start, m - 1))
            start = m + 1
            head_before = keys[start] in heads
            m = start + 1
            continue
        head_before = head_before or keys[m] in heads
        m += 1
    pieces.append((start, last))
    return pieces


# A date after "in" or "on" ends a name: "… in August 2021", "… on Monday"
_DATE_WORDS = MONTH_WORDS | frozenset(WEEKDAYS)
_WEEKDAY_KEYS = frozenset(WEEKDAYS)


def _trim(
    doc: Document, first: int, last: int, heads: dict[str, InitiativeKind]
) -> tuple[int, int] | None:
    keys = doc.keys
    while first < last and keys[first] in {
        "the",
        "a",
        "at",
        "in",
        "on",
        "during",
        "within",
        "of",
        "and",
    }:
        first += 1
    # "In April Kazakh Culture Days open": a month or weekday before a word that is
    # no head word opens the clause, not the name ("the June Festival" keeps it)
    if (
        first < last
        and keys[first] in _DATE_WORDS
        and keys[first + 1] not in heads
        and doc.words[first + 1][:1].isupper()
    ):
        first += 1
    # "inaugurated Thursday the Iraqi Cultural Week": a day before "the" opens no name
    if first + 2 < last and keys[first] in _WEEKDAY_KEYS and keys[first + 1] == "the":
        first += 2
    first = _after_participant(doc, first, last, heads)
    # "... in August 2021", "... in 2023", "... in Shusha": a place, unless the name pairs countries
    changed = True
    while changed and last > first:
        changed = False
        for m in range(last, first, -1):
            if keys[m] in {"in", "for", "at", "on"}:
                tail = keys[m + 1 : last + 1]
                if tail and tail[0] == "the":
                    tail = tail[1:]
                if tail and (
                    all(t.isdigit() or t in _DATE_WORDS for t in tail)
                    or (
                        keys[m] == "in"
                        and (len(tail) <= 2 or _is_place(doc, last - len(tail) + 1, last))
                        and not (
                            _pairs_places(doc, first, m, heads)
                            or _is_country(doc.text(m + 1, last))
                        )
                    )
                ):
                    last = m - 1
                    changed = True
                break
    while last > first and keys[last] in _TRAILING_CONNECTORS:
        last -= 1
    words = keys[first : last + 1]
    if heads.keys().isdisjoint(words) or not _NOT_INITIATIVE_WORDS.isdisjoint(words):
        return None
    if first == last:
        return None
    # "the World Food Programme", "the Administrator of the UN Development Programme":
    # the last head word is a body's (an organisation's name holds it)
    if doc.organizations and _in_body_name(doc, first, last, heads):
        return None
    # "the OTS Summit", "the CIS Council session", "the 33rd Ordinary AU Summit": a
    # body's own gathering is a meeting (an acronym first, or only a body's name and
    # generic words before the head)
    if words[-1] in _GATHERINGS:
        opening = first + 1 if _ORDINAL.match(f"{keys[first]} ") else first
        while opening < last and keys[opening] in _GENERIC:
            opening += 1
        # (an acronym no body is listed by, with its edition's number, names a
        # conference's edition: "the TICAD 8 Summit")
        edition = keys[opening + 1].isdigit() and opening not in doc.organizations
        if (doc.words[opening].isupper() and not edition) or _place_or_body(doc, opening, last - 1):
            return None
    # "the Ostland Congress", "the UNESCO General Conference": a body's organ
    if words[-1] in _ORGAN_LAST_WORDS and _owner_and_organ(doc, first, last):
        return None
    # "the Summit of La Francophonie": a summit or session of a body is its meeting
    if not _GATHERINGS.isdisjoint(words) and _gathering_of_a_body(doc, first, last):
        return None
    if not _STANDING_CONFERENCES.isdisjoint(words) and _session_of(doc, first):
        return None
    # "the Turkic Summit", "the Arab Summit": one word of a body's or a place's name
    # before "Summit" is that body's or those states' summit
    if (
        last == first + 1
        and words[-1] == "summit"
        and (
            first in doc.places
            or first in doc.organizations
            or keys[first] in doc.lex.organizations.first_words()
        )
    ):
        return None
    # holidays, not initiatives ("the Independence Day Celebrations": a holiday's)
    if words[-2:] in (("new", "year"), ("lunar", "year")) or words[-3:] == ("lunar", "new", "year"):
        return None
    if words[-1] in _CELEBRATIONS and words[-2] == "day":
        return None
    # a press conference is a briefing, not a forum
    if words[-2:] == ("press", "conference"):
        return None
    # "Days of Culture", "the XXV Summit of Heads of State": only generic words
    # besides the head (and an ordinal, which the name drops)
    if all(w in heads or w in _GENERIC or _ORDINAL.match(f"{w} ") for w in words):
        # "Iran's Cultural Week": a country's possessive names its week
        if first - 1 in doc.places and doc.words[first - 1].endswith(("'s", "’s")):
            return first - 1, last
        return None
    # "the Culture Ministers' Conference of X": a head word right after an office word
    # is the officials' own gathering, a format's name and no initiative (the guide,
    # "Initiatives, more"); the phrase lost its opening words to the office word
    if keys[first] in heads and _after_office(doc, first):
        return None
    # a head word opening the phrase must be followed by "of": "Year of Nizami", not "Forum Baku"
    if (
        keys[first] in heads
        and keys[first + 1] not in {"of", "on", "for", "-"}
        and keys[first] not in {"cross-year"}
        and not _edition_year(keys[first + 1], heads[keys[first]])
    ):
        return None
    return first, last


_CELEBRATIONS = lexicon.word_list("celebration_nouns")
# A standing organ's name after its owner's: "Congress", "General Conference"
_BODY_ORGANS = frozenset(tuple(entry.split()) for entry in lexicon.word_list("body_organs"))
_ORGAN_LAST_WORDS = frozenset(organ[-1] for organ in _BODY_ORGANS)


def _owner_and_organ(doc: Document, first: int, last: int) -> bool:
    """Whether tokens *first* to *last* are only an owner and its organ: "US Congress".

    A state's or body's name, or a code in capitals ("UNESCO"), then a standing
    organ's name ("General Conference") names that assembly or legislature, a
    body and no initiative (the guide: organisations are not initiatives).
    """
    for organ in _BODY_ORGANS:
        owner_last = last - len(organ)
        if owner_last < first or doc.keys[owner_last + 1 : last + 1] != organ:
            continue
        if first == owner_last and doc.words[first].isupper() and len(doc.words[first]) > 1:
            return True
        owner = doc.places.get(first) or doc.organizations.get(first)
        if owner is not None and owner[0] == owner_last - first + 1:
            return True
    return False


_TAKING_PART = frozenset({"for", "in"})  # "at" breaks a phrase already


def _after_participant(
    doc: Document, first: int, last: int, heads: dict[str, InitiativeKind]
) -> int:
    """Where a phrase's name begins after a place or body that takes part in it.

    "Chile for the X Congress", "the Y Heritage Commission in the Z Festival":
    before the first head word, "for the" or "in the" after a place,
    a body or a body's word ("Commission") joins a participant to the event;
    the name begins after the article. Otherwise *first*.
    """
    keys = doc.keys
    head = next((x for x in range(first, last + 1) if keys[x] in heads), first)
    for m in range(first + 1, head - 1):
        if keys[m] in _TAKING_PART and keys[m + 1] == "the":
            if lexicon.words().get(keys[m - 1]) == "orgword" or _ends_with_place_or_body(
                doc, first, m - 1
            ):
                return m + 2
            break
    return first


def _ends_with_place_or_body(doc: Document, first: int, last: int) -> bool:
    """Whether a place's or body's name among tokens *first* to *last* ends at *last*."""
    for start in range(first, last + 1):
        found = doc.places.get(start) or doc.organizations.get(start)
        if found is not None and start + found[0] - 1 == last:
            return True
    return False


def _after_office(doc: Document, k: int) -> bool:
    """Whether token *k* follows an office word, or its possessive: "Ministers' Conference"."""
    before = k - 1
    if before > 0 and doc.words[before] in {"'", "’"}:
        before -= 1
    return before >= 0 and doc.keys[before] in _ROLE_HEADS


def _in_body_name(doc: Document, first: int, last: int, heads: dict[str, InitiativeKind]) -> bool:
    """Whether the last head word among tokens *first* to *last* is inside a body's name."""
    keys, organizations = doc.keys, doc.organizations
    head = next(m for m in range(last, first - 1, -1) if keys[m] in heads)
    for start in range(first, head + 1):
        found = organizations.get(start)
        if found is not None and start + found[0] > head:
            return True
    return False


def _is_place(doc: Document, first: int, last: int) -> bool:
    """Whether tokens *first* to *last* are one place's name: "Ho Chi Minh City"."""
    place = doc.places.get(first)
    return place is not None and place[0] == last - first + 1


_GATHERINGS = lexicon.word_list("gathering_nouns")
# A conference that holds numbered sessions is a standing body ("the General
# Conference of X"); the words that name one
_STANDING_CONFERENCES = lexicon.word_list("standing_conference_heads")


def _session_of(doc: Document, first: int) -> bool:
    """Whether the phrase opening at token *first* follows "session of (the)".

    "the 41st session of the General Conference of X": the phrase names the body
    whose session it is, a meeting of that body (the guide, "Summits and
    sessions"), not an initiative.
    """
    keys = doc.keys
    k = first - 1
    if k >= 0 and keys[k] == "the":
        k -= 1
    return k >= 1 and keys[k] == "of" and keys[k - 1] in _GATHERINGS


def _gathering_of_a_body(doc: Document, first: int, last: int) -> bool:
    """Whether tokens *first* to *last* end with a body's summit: "… Summit of La Francophonie".

    A summit or session whose "of" complement is only a body's name is a
    meeting of that body (the guide, "Summits and sessions").
    """
    keys = doc.keys
    for h in range(last - 2, first - 1, -1):
        if keys[h] in _GATHERINGS and keys[h + 1] == "of":
            # an article before the body's name: "of the OTS", "of La Francophonie"
            for body in (h + 2, h + 3):
                found = doc.organizations.get(body)
                if found is not None and body + found[0] - 1 == last:
                    return True
            return False
    return False


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _edition_year(word: str, kind: InitiativeKind) -> bool:
    """Whether *word* after an opening head word is the year of an edition: "Expo 2020 Dubai".

    Not after a head word of kind year: "Year 2024" is a date.
    """
    return kind is not InitiativeKind.YEAR and _YEAR_NUMBER.fullmatch(word) is not None


def _pairs_places(doc: Document, first: int, at: int, heads: dict[str, InitiativeKind]) -> bool:
    """Whether a place stands between the head word and the "in" at *at*: "Year of A in B".

    A place after "in" belongs to names that pair two places.
    """
    keys = doc.keys
    head_at = next((x for x in range(first, at) if keys[x] in heads), at)
    return any(doc.lex.places.match(keys, x) for x in range(head_at + 1, at))


@cache
def _is_country(text: str) -> bool:
    """Whether *text* names a country (not a city): "Hungary", "the Russian Federation"."""
    name = text.removeprefix("the ").strip()
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


_CLAUSE_BREAK = re.compile(r"[.;:()]")


def _head_near(heads: dict[str, InitiativeKind], after: str, before: str) -> InitiativeKind | None:
    """The kind named by a head word just after or just before a quoted or coined name."""

    def words(pieces: list[str]) -> list[str]:
        # only the words looked at are cleaned: callers slice before, not after
        return [w.strip("\"'“”«»‘’,.;:()").casefold() for w in pieces]

    for word in (w for w in words(after.split()[:4]) if w):
        if word in heads:
            return heads[word]
        if word not in _SKIP_NEAR:
            break
    field = False  # a field word read between the head and the name
    for word in (w for w in reversed(words(before.split()[-4:])) if w):
        if word in heads:
            return heads[word]
        # "the International Festival of Arts “X”": "of" a field after the head (not
        # "at the initiative of “X”", nor "the Year of “X”", a year's own name)
        if word not in _SKIP_BEFORE and (
            word != "of" or not field or _PROPOSER_BEFORE.search(before) is not None
        ):
            break
        field = word in _FIELD_WORDS
    # "an online festival of throat singing and epic storytelling, "Voices of the
    # Steppe"": a name set off by a comma after the phrase its head word opens
    clause = before.rstrip(" \"“«‘'")
    if clause.endswith(","):
        for word in reversed(words(_CLAUSE_BREAK.split(clause[:-1])[-1].split()[-8:])):
            if word in heads:
                return heads[word]
    return None
