"""Officials: named people with a title, and every later mention of their names.

A *name run* is a sequence of capitalised words that no lexicon claims
(titles, places, organisations, honorifics, sentence openers), with name
particles (``bin``, ``al-``, ``da``) and initials allowed inside. A name run
becomes an official when a title stands next to it::

    title-before := (title word | place | organisation | portfolio | of | to | the | ,)+
                    honorific*  NAME          "Czech ambassador to Azerbaijan Milan Ekert"
    title-after  := NAME "," title-before     "Cai Wu, Minister of Culture of China"

Later runs that repeat a known full name, surname or first name are mentions
of the same official. Role phrases and pronouns are resolved later, by the
meeting and statement stage, which knows who is being talked about.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress

from culturedipl._document import Document
from culturedipl._match import Matchers, key, matchers
from culturedipl.lexicon import word_list, words
from culturedipl.model import Role

__all__ = ["OfficialDraft", "find_people", "read_people"]

_PARTICLES = frozenset(
    [
        "bin",
        "bint",
        "ibn",
        "binti",
        "al",
        "el",
        "ul",
        "da",
        "de",
        "del",
        "della",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "y",
        "e",
        "des",
        "das",
    ]
)
_FUNCTION = frozenset({"of", "for", "to", "the", "and", "on", "in", ",", "(", ")", "&"})
# the small words inside a title before a name: "Secretary of State from Ministry of
# Foreign Affairs, X", "Deputy Minister for Tourism from the Republic of Korea X"
_TITLE_LINKS = _FUNCTION | {"from"}
# Nouns of places: a capitalised run right before one names a place ("X Drive"), no person
_PLACE_NOUNS = word_list("place_nouns")
_DASHES = frozenset({"-", "–", "—"})
# the words after which a name is a title's complement, not its holder (read_people)
_PLACE_OF = frozenset({"of", "in", "at"})
# honours after a name: "Jane Roe OBE, the director"
_POSTNOMINALS = word_list("postnominals")
# "a delegation led by X": the nouns of a delegation, and the verbs of leading one
# (the "<verb> by" rows of the words that open a delegation's list of members)
_DELEGATION_NOUNS = word_list("delegation_nouns")
_LEADING_VERBS = frozenset(
    opener.split()[0] for opener in word_list("member_openers") if opener.endswith(" by")
)
# "King Abdullah II", "Pope Francis": titles before a monarch's one name, and a regnal number
_REGNAL_TITLES = word_list("regnal_titles")
_SURNAME_TITLES = word_list("surname_titles")
_DIGRAPH_INITIALS = word_list("digraph_initials")
# the participles of signing ("signed", "inked"): the last words of the signing verbs
# (not "reached": "a record reached by X" has no signatory)
_SIGNED = frozenset(verb.split()[-1] for verb in word_list("signing_verbs")) - {
    "reached",
    "signatures",
}
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")
#: The most tokens a title before a name may take ("Deputy Chairman of the Federation
#: Council of the Russian Federal Assembly" is 12).
_LONGEST_TITLE = 24
_HONORIFIC_CLASS = "honorific"
# the offices of a state whose staff named "from the ..." are officials
_STATE_OFFICES = word_list("state_offices")
# the short forms of "Mohammad" that open a name with a stop ("Md. Rafiq Alam")
_MOHAMMAD = frozenset({"Md", "Mohd"})
# the short stop words that, capitalised between two name words, are a name's
# syllable ("Han In Gyu"), from words.tsv
_NAME_SYLLABLES = frozenset(
    word.title() for word, cls in words().items() if cls == "stop" and len(word) == 2
) | frozenset(word.title() for word in word_list("regnal_titles"))
# the kinds of words a title is made of, but for places (an upper-case place, as in a
# dateline, ends a title)
_TITLE_WORD_KINDS = frozenset({"title", "portfolio", "orgword", "org", "acronym", "honorific"})
_PLACE_PREPOSITIONS = frozenset(
    {"to", "in", "of", "from", "for", "at", "and", "with", "the", "by", "on"}
)
_INTERNATIONAL_MARKERS = word_list("international_markers")
_ORG_ROLE_WORDS = word_list("org_role_words")
# Words of a parliament's name or of its bodies: who chairs one of its committees
# or friendship groups is a parliamentarian ("chairman of the Culture Committee of
# the National Assembly", "head of the ... interparliamentary friendship group")
_PARLIAMENT_MARKERS = word_list("parliament_words")

#: Higher-ranked roles win when one title holds several offices.
_RANK = {
    Role.HEAD_OF_STATE: 9,
    Role.HEAD_OF_GOVERNMENT: 8,
    Role.SECRETARY_GENERAL: 7,
    Role.MINISTER: 6,
    Role.HEAD_OF_ORGANIZATION: 5,
    Role.AMBASSADOR: 4,
    Role.CHARGE_D_AFFAIRES: 4,
    Role.CONSUL: 3,
    Role.DEPUTY_MINISTER: 2,
    Role.PARLIAMENTARIAN: 2,
    Role.OFFICIAL: 1,
}
ENVOYS = frozenset({Role.AMBASSADOR, Role.CHARGE_D_AFFAIRES, Role.CONSUL})
# heads of bodies: their body, not a country, is what they stand for
BODY_HEADS = frozenset({Role.SECRETARY_GENERAL, Role.HEAD_OF_ORGANIZATION})
# Given names the ending rule gets wrong, either way.
_FEMALE_OTHER_ENDINGS = frozenset(
    """fatemeh fatimah maryam mariam miriam ruth esther ingrid astrid margaret elizabeth
    marie anne claire ilze elke heike marieke nur gul zeynep aysel aygul gulnaz dilnaz
    leyla jasmine yasmin yasmine carmen mercedes isabel raquel beatriz ines""".split()
)
# Surname endings that only women bear: Slavic and Turkic "-ova"/"-eva"/"-skaya",
# Czech/Slovak "-ová", Lithuanian "-ytė"/"-aitė"/"-ienė" (also without the accent).
_FEMALE_SURNAME_ENDINGS = (
    *("ova", "eva", "skaya", "tskaya", "ová"),
    *("ytė", "aitė", "ienė", "yte", "aite", "iene"),
)
_MALE_ENDING_IN_A = frozenset(
    [
        "luca",
        "reza",
        "mirza",
        "andrea",
        "musa",
        "mustafa",
        "isa",
        "yahya",
        "nikita",
        "ilya",
        "kosta",
        "joshua",
        "zakaria",
        "zakariya",
        "attila",
        "akira",
        "juma",
        "hamza",
        "usama",
        "osama",
        "oleksa",
        "mykola",
        "sasha",
        "misha",
        *("issa", "idrissa", "moussa", "ibrahima", "khalifa", "taha"),
        *("nikola", "nicola", "luka", "ilija", "mattia", "elia", "shota", "kakha"),
        *("krishna", "aditya"),
    ]
)
# "-endra"/"-indra" (Narendra, Gajendra, Ravindra): men's given names ending in "a"
_MALE_A_ENDINGS = ("endra", "indra")
# honorifics and patronymic particles ("bin"/"ibn": son of) that only men bear
_MALE_HONORIFICS = word_list("male_honorifics")
_FEMALE_HONORIFICS = word_list("female_honorifics")
# French-style given-name endings that only women bear ("Sabine", "Nevine", "Yvette",
# "Isabelle"), and the men's names among them
_FEMALE_ENDINGS = ("ine", "ette", "elle")
_MALE_ENDING_LIKE_WOMEN = frozenset(
    {"amine", "lamine", "augustine", "constantine", "valentine", "celestine"}
)


@dataclass
class OfficialDraft:
    """An official while the reader is still collecting facts about them."""

    name: str
    words: tuple[str, ...]
    role: Role = Role.OFFICIAL
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    posted_to: str | None = None
    posted_home: bool = False
    female: bool = False
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    #: token indexes where the person is named (for coreference)
    named_at: list[int] = field(default_factory=list)
    #: accredited to an organisation rather than a state: no host state to infer
    posted_to_body: bool = False
    #: token indexes of the person's names and titles (other stages leave them alone)
    tokens: set[int] = field(default_factory=set)
    #: honorifics seen right before the name ("prince", "sheikh")
    honorifics: set[str] = field(default_factory=set)


@dataclass(slots=True)  # slots: cheaper to make, and there is one per name
class _Run:
    first: int
    last: int  # inclusive token index


# what may follow "H E" where it stands for "H.E.": a name or another honorific
_AFTER_EXCELLENCY = frozenset({"name", _HONORIFIC_CLASS})


def _token_kinds(doc: Document, texts: Sequence[str]) -> list[str]:
    """Classify each token (*texts* are their texts): name, particle, place, org, title ..."""
    keys = doc.keys
    count = len(texts)
    # every word's kind from the memo at C speed; only unseen words cost a call (a
    # word's kind depends on the word alone, so classifying words that a place or
    # body then covers changes nothing)
    kinds = list(map(_KINDS.__getitem__, texts))
    _courtesy_pairs(keys, texts, kinds)
    places, organizations = doc.places, doc.organizations
    # lexicon phrases cover their words. As in a walk from the left, a body wins over
    # a place at the same token and a phrase starting inside one is skipped.
    covered = 0
    for i in sorted(places.keys() | organizations.keys()):
        if i >= covered:
            if i in organizations:
                length, kind = organizations[i][0], "org"
            else:
                length, kind = places[i][0], "place"
            if length == 1:  # the usual phrase: no list to build
                kinds[i] = kind
                covered = i + 1
            else:
                covered = i + length
                kinds[i:covered] = [kind] * length
    # "Budi Hartono Uno": a body's one-word short name in title case right
    # after a name word ends the name ("Uno", not the UN)
    for j in organizations:
        if (
            j
            and organizations[j][0] == 1
            and kinds[j] == "org"
            and kinds[j - 1] == "name"
            and texts[j][1:].islower()
            and (j + 1 == count or kinds[j + 1] != "name")
        ):
            kinds[j] = "name"
    # "A. B. Karimov", "A. Karimov": the initial "A" is no article before a name
    if " A. " in doc.body:
        # from the last: "A. A. Karimov" reads the second initial first
        for j in reversed(list(_indexes(texts, "A"))):
            if j + 2 < count and texts[j + 1] == "." and kinds[j + 2] == "name":
                kinds[j] = "name"
    # "H E A B": "H.E." without its stops, as Gulf agencies write it, is no pair of
    # initials (looked for only where the body holds it: most bodies do not)
    if "H E " in doc.body:
        for j in _indexes(texts, "H"):
            if j + 2 < count and texts[j + 1] == "E" and kinds[j + 2] in _AFTER_EXCELLENCY:
                kinds[j] = kinds[j + 1] = _HONORIFIC_CLASS
    return kinds


def _pairs_by_first(pairs: Iterable[str]) -> dict[str, frozenset[str]]:
    """The second words of two-word phrases, by first word."""
    by_first: dict[str, set[str]] = {}
    for pair in pairs:
        first, second = pair.split()
        by_first.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in by_first.items()}


# "Tan Sri", "Yang Berhormat", "Air Marshal": courtesies of two words whose first
# word alone is a surname or a noun, by first word
_COURTESY_PAIRS = _pairs_by_first(word_list("courtesy_pairs"))
# the kind the memo gives a capitalised first word of a pair, until _courtesy_pairs
# looks at the word after it; and the word's own kind, by its text
_PAIR_FIRST = "pair-first"
_OWN_KINDS: dict[str, str] = {}


def _courtesy_pairs(keys: Sequence[str], texts: Sequence[str], kinds: list[str]) -> None:
    """Mark both words of each courtesy pair ("Tan Sri") as honorifics; a first word
    without its second takes its own kind again."""
    count = len(keys)
    # the memo marked the first words, so one C-level scan finds them
    for j in list(_indexes(kinds, _PAIR_FIRST)):
        if kinds[j] is not _PAIR_FIRST:
            continue  # the second word of a pair just marked ("Tan Tan Sri")
        if j + 1 < count and keys[j + 1] in _COURTESY_PAIRS[keys[j]]:
            kinds[j] = kinds[j + 1] = _HONORIFIC_CLASS
        else:
            kinds[j] = _OWN_KINDS[texts[j]]


def _indexes(items: Sequence[str], value: str) -> Iterator[int]:
    """The indexes of *value* in *items*, in order, each found by a C-level scan.

    Cheaper than a Python-level test of every item where *value* is rare. Counting
    first means list.index never fails (a ValueError is costly). Items at indexes
    already given may change meanwhile.
    """
    i = -1
    for _ in range(items.count(value)):
        i = items.index(value, i + 1)
        yield i


class _KindMemo(dict[str, str]):
    """The kind of each word outside place and organisation names: ``memo[word]``.

    A word is classified on first sight; known words are a plain dict lookup, so
    a document's kinds come from one ``map`` at C speed.
    """

    def __missing__(self, word: str) -> str:
        # the lexicons every Document reads (Document.lex is matchers())
        word_key = key(word)
        kind = _classify_word(matchers(), word, word_key)
        if word_key in _COURTESY_PAIRS and word[:1].isupper():
            _OWN_KINDS[word] = kind
            kind = _PAIR_FIRST
        if len(self) < 200_000:  # a bounded memo: news vocabulary repeats
            self[word] = kind
        return kind


_KINDS = _KindMemo()
_NAME_OR_ACRONYM = frozenset({"name", "acronym"})
_TITLE_OR_HONORIFIC = frozenset({"title", _HONORIFIC_CLASS})
# the kinds of word a title ends with, before a name
_BEFORE_A_NAME = _TITLE_WORD_KINDS | {"place"}
# the kinds of word that may follow a name's last word
_ENDS_A_NAME = frozenset({"other", "stop"})


def _classify_word(lex: Matchers, word: str, word_key: str) -> str:
    if (
        word_key not in lex.words
        and word_key.endswith("s")
        and lex.words.get(word_key[:-1]) == "orgword"
    ):
        # plural bodies: "Ensembles", "Councils", "Academies" is rarer and listed
        return "orgword"
    if lex.words.get(word_key) == _HONORIFIC_CLASS:
        # "Prince", "General": a courtesy before a name, even where a title holds it
        return _HONORIFIC_CLASS
    if word_key in lex.title_words:
        return "title"
    if word_key in lex.words:
        return lex.words[word_key]
    if not word[:1].isalpha():
        return "other"
    if word_key in _PARTICLES:
        return "particle"
    if word_key.startswith(("al-", "el-", "ul-")):
        # "Al-Saud", "al-Malik": a family name with its article
        return "name" if len(word) > 3 and word[3:4].isupper() else "particle"
    if word[:1].isupper():
        if word.isupper() and len(word) > 1:
            # an honour after a name is no name word, nor a body's acronym
            return "stop" if word_key in _POSTNOMINALS else "acronym"
        if any(ch.isdigit() for ch in word):
            return "other"
        return "name"
    if len(word) > 2 and word[1].isupper() and word[2:].isalpha() and word[2:].islower():
        # a name written with a lower-case prefix: "Minister for iTaukei Affairs"
        return "name"
    return "other"


def _name_runs(
    doc: Document, kinds: list[str], texts: Sequence[str], surnames: list[int]
) -> list[_Run]:
    """Maximal runs of name words within one sentence (*texts*: the tokens' texts).

    A place read as a surname is listed in *surnames*.
    """
    runs: list[_Run] = []
    keys = doc.keys
    count = len(kinds)
    # the names and acronyms, picked out in one C-level pass: a run starts at a name
    # and an acronym may become one
    candidates = list(compress(range(count), map(_NAME_OR_ACRONYM.__contains__, kinds)))
    # a surname in capitals beside a given name: "KAMIYAMA Ryoichi", "Ryoichi KAMIYAMA"
    for j in candidates:
        if kinds[j] != "acronym":
            continue
        # the number of name words right after the acronym, up to two
        following = (j + 1 < count and kinds[j + 1] == "name") + (
            j + 2 < count and kinds[j + 1] == kinds[j + 2] == "name"
        )
        if (
            j > 1
            and j + 1 < count
            and kinds[j + 1] in {"name", "particle"}
            and (
                kinds[j - 1] == _HONORIFIC_CLASS
                or (texts[j - 1] == "." and kinds[j - 2] == _HONORIFIC_CLASS)
            )
        ):
            # a surname in capitals before the given names, or initials before a
            # full name, after an honorific: "Mr. NGUYEN Van Thanh", "Dr AK Abdul Momen"
            kinds[j] = "name"
            continue
        if following == 2:
            # a full name of its own follows: the acronym is a body's ("Director
            # General NCA Ali Karimov")
            continue
        if (
            len(texts[j]) <= 3
            and following == 1
            and j > 1
            and (
                kinds[j - 1] == _HONORIFIC_CLASS
                or (texts[j - 1] == "." and kinds[j - 2] == _HONORIFIC_CLASS)
                or (
                    kinds[j - 1] == "title"
                    and (kinds[j - 2] == _HONORIFIC_CLASS or texts[j - 2] == ".")
                )
            )
        ):
            # initials in capitals after an honorific or a rank: "Shri KT Rao", "Dr. AK
            # Sharma", "Lt. General KT Rana" (not "Deputy PM Karimov")
            kinds[j] = "name"
        elif len(texts[j]) >= 4 and (
            following == 1
            or (
                j > 0
                and kinds[j - 1] in {"name", "title", _HONORIFIC_CLASS}
                # not a headline in capitals: "CHAIRMAN VISITS GREECE"
                and not texts[j - 1].isupper()
            )
        ):
            # "KAMIYAMA Ryoichi", and later "Minister KAMIYAMA"
            kinds[j] = "name"
    # A run starts at a name word: visit those instead of every token. Sentences
    # are in order and do not overlap.
    starts, stops = doc.sentence_starts, doc.sentence_stops
    resume = 0  # the tokens before it are in runs already found
    for i in candidates:
        if i < resume or kinds[i] != "name":
            continue
        s = bisect_right(starts, i) - 1  # the sentence holding i, if any
        if s < 0 or i >= stops[s]:
            continue  # no sentence holds this token
        start, stop = starts[s], stops[s]
        first = last = i
        if (
            i - 2 >= start
            and texts[i - 1] == "."
            and kinds[i - 2] != _HONORIFIC_CLASS
            and texts[i - 2][:1].isupper()
            and (
                (doc.ends[i - 1] == doc.starts[i] and len(texts[i - 2]) <= 2)
                # initials written together, glued or spaced: "A.K.Karimov", "D.K. Perera"
                or _INITIALS.fullmatch(texts[i - 2]) is not None
                or texts[i - 2] in _MOHAMMAD
            )
        ):
            # an initial that is also a word glued to the name ("A.Karimov"), or initials
            # written together ("D.K. Perera")
            first = i - 2
            kinds[first] = "name"
        elif (
            i - 2 >= start
            and kinds[i - 1] == "stop"
            and texts[i - 1][:1].isupper()
            and (
                kinds[i - 2] in _TITLE_OR_HONORIFIC
                or (texts[i - 2] == "." and i - 3 >= start and kinds[i - 3] == _HONORIFIC_CLASS)
            )
        ):
            # a given name that is also a month or a common word, between a title
            # and a surname: "Dr. Jan Kowalski", "Ambassador June Park"
            first = i - 1
            kinds[first] = "name"
        elif (
            i - 3 >= start
            and kinds[i - 1] == "particle"
            and kinds[i - 2] == "stop"
            and texts[i - 2][:1].isupper()
            and kinds[i - 3] in _TITLE_OR_HONORIFIC
        ):
            # the same before a particle: "Ambassador Jan de Vries", "Dr. Jan van Dijk"
            first = i - 2
            kinds[first] = "name"
        j = i + 1
        while j < stop:
            kind = kinds[j]
            if kind == "name":
                last = j
            elif kind == "place" and j + 1 < stop and kinds[j + 1] in {"name", "particle"}:
                # "Manuel ... Montenegro Lopes da Cruz": a place word inside a name
                pass
            elif kind == "particle":
                pass
            elif texts[j] in _NAME_SYLLABLES and j + 1 < stop and kinds[j + 1] == "name":
                # "Han In Gyu", "Ling King Hoe": a capitalised short stop word or a
                # monarch's title between two name words is a syllable of the name
                kinds[j] = "name"
                last = j
            else:
                text = texts[j]
                if not (
                    (
                        # an initial: "Salim M. AlMalik"
                        len(text) == 1 and text.isupper() and j + 1 < stop and texts[j + 1] == "."
                    )
                    or (text == "." and texts[j - 1].isupper() and len(texts[j - 1]) == 1)
                    # an initial of two letters for one sound: "Jose Ch. Lucero"
                    or (
                        text == "."
                        and keys[j - 1] in _DIGRAPH_INITIALS
                        and j + 1 < stop
                        and kinds[j + 1] == "name"
                    )
                    # initials glued to the name: "Ch.Nomin" (the tokenizer splits them)
                    or (
                        text == "."
                        and len(texts[j - 1]) == 2
                        and j + 1 < stop
                        and doc.ends[j] == doc.starts[j + 1]
                    )
                    # a courtesy word inside a name, written out: "Farah Sheikh Abdulkadir"
                    or (
                        kind == _HONORIFIC_CLASS
                        and len(text) >= 4
                        and j + 1 < stop
                        and kinds[j + 1] == "name"
                    )
                ):
                    if (
                        text in _OPENING_QUOTES
                        and j + 3 < stop
                        and kinds[j + 1] == "name"
                        and texts[j + 2] in _CLOSING_QUOTES
                        and kinds[j + 3] == "name"
                    ):
                        # a nickname in quotes between the given name and the
                        # surname: "Ana “Pip” Lima"
                        j += 3
                        last = j
                    elif (
                        text == ","
                        and j + 1 < stop
                        and keys[j + 1] in _SUFFIXES
                        and texts[j + 1][:1].isupper()
                    ):
                        # a generation after a comma: "Ana Lima, Jr."
                        last = j + 1
                        if (
                            j + 2 < stop
                            and texts[j + 2] == "."
                            and doc.ends[j + 1] == doc.starts[j + 2]
                        ):
                            last = j + 2
                        j = last + 1
                        break
                    elif text in _GENERATIONS and last == j - 1 and last > first:
                        # a generation in Roman numerals ends a name: "Ana Lima III"
                        # (a monarch's one name and number are read as regnal)
                        last = j
                        j += 1
                        break
                    else:
                        break
            j += 1
        # "H.E. Le Luong Minh", "Ambassador Van der Berg": capitalised particles that
        # open a name after a title or an honorific are words of the name (but for
        # an Arabic article: "Minister Al Kaabi" is a surname's mention)
        before = first - 1
        while before > start and kinds[before] == "particle":
            before -= 1
        if (
            before < first - 1
            and texts[before + 1][:1].isupper()
            and (
                kinds[before] in _TITLE_OR_HONORIFIC
                or (texts[before] == "." and kinds[before - 1] == _HONORIFIC_CLASS)
                # after the comma of an apposition: "the governor, Al Hassane Sall"
                or (texts[before] == "," and i + 1 < stop and kinds[i + 1] == "name")
            )
        ):
            first = before + 1
            for k in range(first, i):
                if texts[k][:1].isupper() and keys[k] not in {"al", "el"}:
                    kinds[k] = "name"
        # "(Turkic Council) Baghdad Amreyev": a place word opening a name,
        # unless a preposition makes it a place ("to Azerbaijan Milan Ekert")
        before = first - 1
        if (
            before >= start
            and kinds[before] == "place"
            and first == last
            and (before == start or keys[before - 1] not in _PLACE_PREPOSITIONS)
            and (before - 1 < start or kinds[before - 1] != "place")
        ):
            first = before
        after = last + 1
        if (
            first == last
            and after < stop
            and doc.places.get(after, (0, ""))[0] == 1
            and (after + 1 >= stop or kinds[after + 1] in _ENDS_A_NAME)
            and first - 1 >= start
            and (
                kinds[first - 1] in _BEFORE_A_NAME
                or (
                    first - 2 >= start
                    and texts[first - 1] == "."
                    and kinds[first - 2] == _HONORIFIC_CLASS
                )
            )
        ):
            # a surname that is also a place, after a titled given name: "Director of
            # the Gallery Ana Lima", "Ms. Maria Jordan"; the place is a name's, not a
            # country
            last = after
            surnames.append(after)
            j = max(j, after + 1)
        runs.append(_Run(first, last))
        resume = j  # not before last + 1: last < j throughout
    return runs


def _title_before(
    doc: Document,
    kinds: list[str],
    first: int,
    floor: int,
    names: set[int] | frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """Token range of a title standing right before a name starting at *first*.

    The scan stops at another person's name (*names*) and at a dateline
    ("TEHRAN (Tasnim) The Italian Minister ...").
    """
    # The range found lies within the last _LONGEST_TITLE tokens before *first* and
    # must hold a title anchor: where none stands there, skip the walk (most names).
    if doc.lex.title_anchors.isdisjoint(doc.keys[max(floor, first - _LONGEST_TITLE, 0) : first]):
        return None
    keys = doc.keys
    i = first - 1
    # honorifics between the title and the name are not part of either ("H E" is
    # "H.E." without its stops, which _token_kinds marks: "Minister H E Dr A B")
    while i >= floor and (kinds[i] == _HONORIFIC_CLASS or doc.words[i] in {".", "'", "’"}):
        i -= 1
    if i >= floor and keys[i] in {"and", "or"}:
        # "X, Ambassador of Greece, and Prof. Y, Rector of ...": a title before "and"
        # is the last name's, never the next one's
        return None
    end = i
    start = i + 1
    # the words initiatives' names start with, as a plain set (spares a method call)
    heads = doc.lex.initiatives.first_words()
    # titles are short: a bounded walk keeps long lists of names linear
    floor = max(floor, first - _LONGEST_TITLE)
    while i >= floor:
        kind = kinds[i]
        token_key = keys[i]
        if (
            kind in _TITLE_WORD_KINDS
            and token_key != ","
            and i not in names
            and (kind == "title" or token_key not in heads)
        ):
            # the commonest step, taken first: none of the tests below stops such a
            # word, and one of them takes this same step
            start = i
            i -= 1
            continue
        if (
            token_key == "and"
            and i > floor
            and keys[i - 1] == ","
            and (
                keys[i + 1] == "the" or not doc.lex.title_anchors.isdisjoint(keys[i + 1 : end + 1])
            )
        ):
            # ", and the Bulgarian X", "A, Secretary-General, and Deputy Secretary-General
            # Y": a new phrase (another office), not a title's list of fields
            break
        if (
            token_key in heads
            and kind == "orgword"
            and doc.lex.title_anchors.isdisjoint(keys[i + 1 : end + 1])
        ):
            # "Director of the Baku Jazz Festival X": with no office after it, the
            # event is the complement of one before it
            start = i
            i -= 1
            continue
        if token_key in heads and kind != "title":
            # "the World Forum on Intercultural Dialogue Foreign Minister X": the forum
            # and its complement are no part of the title
            if keys[start] in {"on", "of", "for"}:
                while start <= end and kinds[start] not in {"title", "place", "org"}:
                    start += 1
            break
        if i in names:
            break
        if kind == "place":
            if (
                # a place in capitals opens a dateline ("TEHRAN (Tasnim) The Italian
                # Minister"), unless a title's "of the" leads to it ("of the UAE National ...")
                doc.words[i].isupper()
                and len(doc.words[i]) > 2
                and (i == floor or keys[i - 1] not in {"the", "of", "to", "for", "and"})
            ):
                break
            if (
                keys[i - 1] in {"and", ","}
                and i in doc.places  # not "Bosnia and Herzegovina's"
                and doc.words[i].endswith(("’s", "'s"))
            ):
                # "A, Chairman of X, and Myanmar's B": a possessive country after "and"
                # opens B's own phrase
                start = i
                break
        if (
            token_key == ","
            and i + 1 <= end
            and kinds[i + 1] in {"title", "place"}
            and not doc.lex.title_anchors.isdisjoint(keys[i + 1 : end + 1])
            and not names.isdisjoint(range(max(floor, i - 12), i))
        ):
            # "A, Deputy Minister of Culture of Norway, Minister B": an office opens after
            # the comma; what stands before it is A's apposition
            break
        if (
            token_key == ","
            and i + 1 <= end
            and keys[i + 1] == "the"
            and not doc.lex.title_anchors.isdisjoint(keys[i + 2 : end + 1])
        ):
            # "President X of Angola, the Kenyan envoy Y": "the" and an office after a
            # comma open the name's own phrase (", the Honourable Y" goes on)
            break
        # "received, in Tunis, Mauritanian Minister ...": a place before a whole title
        # is not part of it ("chargé d'affaires in Lima, X" keeps its city)
        if (
            token_key == ","
            and i - 2 >= floor
            and kinds[i - 1] == "place"
            and keys[i - 2] in {"in", "at"}
            and not doc.lex.title_anchors.isdisjoint(keys[i + 1 : end + 1])
        ):
            break
        if token_key in _CLOSING_QUOTES and i > floor:
            # "Chairman of “X organization for ...” Mr. Y": a body's quoted name
            opening = next(
                (k for k in range(i - 1, max(floor, i - 16) - 1, -1) if keys[k] in _OPENING_QUOTES),
                None,
            )
            if opening is not None and opening > floor and keys[opening - 1] in {"of", "the"}:
                start = opening
                i = opening - 1
                continue
        if (
            # the stop of an abbreviation inside a title: "Chargé d'Affaires a.i. of ...",
            # "Governor of X Lt. General"
            token_key == "."
            and i > floor
            and ("." in keys[i - 1] or kinds[i - 1] == _HONORIFIC_CLASS)
        ) or (
            # "Director of Culture at the Islamic ... Organization (ISESCO), Dr. X"
            token_key == "at" and i + 1 <= end and keys[i + 1] == "the" and i > floor
        ):
            start = i
            i -= 1
            continue
        if (
            kind in {"title", "portfolio", "orgword", "place", "org", "acronym", "honorific"}
            or (token_key in _TITLE_LINKS and i > floor)
            or (token_key in _DASHES and i + 1 <= end and kinds[i + 1] == "org")
        ):
            # a dash only inside a body's name: "Development – GUAM", not "(Bernama) -- Minister"
            start = i
            i -= 1
            continue
        if (
            kind == "name"
            and i - 1 >= floor
            and (
                keys[i - 1] in {"of", "in", "to"}
                # "Director of the Louvre, X": a one-word body after "of the"
                or (keys[i - 1] == "the" and i - 2 >= floor and keys[i - 2] in {"of", "at"})
                # "Minister of Information and National Orientation, X": a field
                # the lexicon lacks, after a field or an "and" that follows one
                or kinds[i - 1] == "portfolio"
                or (keys[i - 1] == "and" and i - 2 >= floor and kinds[i - 2] == "portfolio")
            )
            and (
                (i + 1 <= end and keys[i + 1] in {",", "in", "to", "and", "("})
                or (i == end and end < first - 1)
            )
        ):
            # a city in a title: "mayor of Cusco, X", "Consul General ... in Thessaloniki, X",
            # "Consul General in Lyon Mr. X"; a body's name before its acronym:
            # "Chairperson of the Academy of Letters (AL) X"
            start = i
            i -= 1
            continue
        if (
            kind == "name"
            # capitalised, or led by an Arabic article: "al-Baath Arab Socialist Party"
            and (doc.words[i][:1].isupper() or doc.words[i][3:4].isupper())
            and i + 1 <= end
            and any(
                kinds[m] in {"orgword", "portfolio", "title", "place"}
                or keys[m] in {"-", "of", "and"}
                for m in range(i + 1, min(end + 1, i + 4))
            )
        ):
            # a word of a body's name: "Shchepkin Higher Theatre School"
            start = i
            i -= 1
            continue
        if kind == "name" and keys[i - 1] == "(" and i + 1 <= end and keys[i + 1] == ")":
            # a body's short name in brackets: "President of the National Council
            # for Culture and Arts (Conaculta), X"
            start = i
            i -= 1
            continue
        break
    while start <= end and (keys[start] in _TITLE_LINKS or kinds[start] == _HONORIFIC_CLASS):
        start += 1
    # "Minister of Culture, X", "Minister of Culture, the Honourable X": the comma
    # (and article) before the name is no part of the title
    while end >= start and keys[end] in {",", "the"}:
        end -= 1
    if start > end:
        return None
    if doc.lex.title_anchors.isdisjoint(keys[start : end + 1]):
        return None
    return start, end


def _own_title_after_apposition(
    doc: Document, kinds: list[str], span: tuple[int, int]
) -> tuple[int, int] | None:
    """A name's own title inside an apposition of the name before it.

    In "A, adviser to President B" the apposition is A's (see
    ``_before_next_name``); B's title is only the office after its "to".
    """
    keys = doc.keys
    k = span[1]
    while k >= span[0] and kinds[k] == "title":
        k -= 1
    if k == span[1] or k < span[0]:
        return span  # no office after a complement: "A, Deputy Minister B"
    own = k + 1
    if keys[k] == "the" and k > span[0]:
        k -= 1
    if keys[k] != "to" or doc.lex.title_anchors.isdisjoint(keys[own : span[1] + 1]):
        return span
    return own, span[1]


def _title_after(
    doc: Document,
    kinds: list[str],
    last: int,
    ceiling: int,
    names: set[int] | frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """Token range of an appositive title: ``NAME, the Kingdom's minister of culture``.

    In a list of titled names, ``A, Deputy Minister B``, a title followed by
    another person's name (*names*) is that person's, not A's; but in ``A,
    adviser to President B`` the title before "to" is A's.
    """
    i = last + 1
    words, keys = doc.words, doc.keys
    if i + 3 < ceiling and words[i] == "(" and ")" in words[i + 2 : i + 6]:
        close = words.index(")", i + 2, i + 6)
        if doc.lex.title_anchors.isdisjoint(keys[i + 1 : close]):
            # "X (Azerbaijan), Minister of Culture", "X (M.P.), Minister for Tourism": a
            # country or a short credit in brackets, then the title (a title in the
            # brackets is the apposition itself: "X (Minister of Culture)")
            i = close + 1
    while i + 1 < ceiling and (
        keys[i] in _POSTNOMINALS or (words[i] == "," and keys[i + 1] in _POSTNOMINALS)
    ):
        # honours between the name and its apposition: "X OBE, the director", "X, CMG, ..."
        i += 1
    # "Mr. X the President of the Senate": an apposition without its comma
    bare = i + 1 < ceiling and words[i] == "the" and kinds[i + 1] == "title"
    if not bare:
        if i >= ceiling or words[i] not in _APPOSITION_OPENERS:
            return None
        i += 1
    while i < ceiling and keys[i] in _APPOSITION_LEADS:
        # "X, who is also the Chairman of ...", "X, currently the Ambassador ..."
        i += 1
    if i < ceiling and keys[i] in {"and", "or"}:
        # "A, and the Chairman of the Council, B": the office after "and" is B's
        return None
    if i < ceiling and doc.keys[i] in {"the", "a", "an"}:
        # "X, the Kingdom's minister", "X, an adviser at the ministry"
        i += 1
    while i < ceiling and kinds[i] == _HONORIFIC_CLASS and doc.words[i][:1].islower():
        # "X, the former minister", "X, the newly appointed ambassador"
        i += 1
    start = i
    end = None
    # the last comma the walk went past to an office ("X, Deputy Minister, Minister ...")
    office_comma = None
    while i < ceiling and i not in names:
        kind = kinds[i]
        token_key = doc.keys[i]
        if (
            kind in {"title", "portfolio", "orgword", "place", "org", "acronym"}
            or token_key in _FUNCTION
            or (kind == _HONORIFIC_CLASS and i > start)
            # "an adviser at the Italian Ministry of Culture"
            or (token_key == "at" and end is not None and doc.keys[i + 1 : i + 2] == ("the",))
        ):
            if token_key == ",":
                # a comma ends the title unless another title word follows
                nxt = i + 1
                if (
                    nxt < ceiling
                    and kinds[nxt] in {"title", "portfolio", "acronym", "org"}
                    and doc.words[nxt][:1].isupper()
                ):
                    if kinds[nxt] == "title":
                        office_comma = i
                    i += 1
                    continue
                if _serial_field(keys, kinds, i, ceiling):
                    i += 2  # the comma and its "and"
                    continue
                break
            if kind != "other" or token_key not in _FUNCTION:
                end = i
            i += 1
            continue
        if kind == "name" and (
            end is not None
            # a capitalised word before the office: "X, Politburo Member of ..."
            or (i + 1 < ceiling and kinds[i + 1] == "title" and i + 1 not in names)
        ):
            # capitalised words of a body's name inside the title
            end = i
            i += 1
            continue
        break
    if end is None:
        return None
    if office_comma is not None and i in names and office_comma - 1 >= start:
        # "During the talks with A, Deputy Minister of Culture, Minister B said": the
        # office after the comma is B's, who follows; A's title ends at the comma
        return start, office_comma - 1
    if names:
        end = _before_next_name(doc, kinds, (start, end), i, names)
        if end is None:
            return None
    while end > start and doc.keys[end] in _FUNCTION:
        end -= 1
    if doc.lex.title_anchors.isdisjoint(doc.keys[start : min(end + 1, start + 4)]):
        # "..., the Ministry of Culture announced": a body, not an office
        return None
    return start, end


def _serial_field(keys: Sequence[str], kinds: list[str], comma: int, ceiling: int) -> bool:
    """Whether the comma at *comma* is a serial comma before the last field of an office:
    "X, Minister of Culture, Youth, and Sports of C" (a title before a name reads it so)."""
    return (
        comma + 2 < ceiling
        and keys[comma + 1] == "and"
        and kinds[comma - 1] in {"title", "portfolio"}
        and kinds[comma + 2] in {"title", "portfolio"}
    )


def _before_next_name(
    doc: Document,
    kinds: list[str],
    span: tuple[int, int],
    stop: int,
    names: set[int] | frozenset[int],
) -> int | None:
    """Where an appositive title (*span*: its first and last token) ends, if another name follows.

    *stop* is the token the title's walk stopped at. Where honorifics lead from
    there to another person's name, the title words just before them are that
    person's ("A, Deputy Minister Mr. B"), and A has none; unless "to" (the)
    opens them ("A, adviser to President B"), and A's title ends before them.
    A title that "and" or a comma closes is A's ("A, vice minister and B").
    """
    keys = doc.keys
    start, end = span
    j = stop
    while j < len(keys) and (kinds[j] == _HONORIFIC_CLASS or keys[j] == "."):
        j += 1
    if j not in names:
        return end
    k = min(end, j - 1)
    while k >= start and (kinds[k] == _HONORIFIC_CLASS or keys[k] == "."):
        k -= 1
    if k > start and k in doc.places and doc.words[k].endswith(("’s", "'s")):
        # "A, Chairman of X and Myanmar's B": the possessive country is B's
        k -= 1
    if k < start or keys[k] in {"and", ",", "&"}:
        return k - 1
    if keys[k] in _FUNCTION:
        # "rector of the X Y Academy": a name inside a body's name
        return min(end, k)
    head = k
    while k >= start and kinds[k] == "title":
        k -= 1
    if k > start and keys[k] == "the":
        k -= 1
    if head > k >= start and keys[k] == "to":
        return head
    return None


# what opens an appositive title: "X, Minister", "X (Minister ...)", "X – Minister ... –"
_APPOSITION_OPENERS = frozenset({",", "(", "–", "—", "-"})
# words between the opener and the title that leave it the name's
_APPOSITION_LEADS = frozenset(
    # "X, who serves as Minister ...", "X, who has been the ambassador since ..."
    {"who", "is", "was", "also", "currently", "now", "serves", "served", "serving", "as"}
    | {"has", "been", "acts"}
)
_BODY_KINDS = frozenset({"orgword", "org"})
# the words that open a complement of a title ("of", "to", "for") or close one
_COMPLEMENT_MARKS = frozenset({"of", "to", "for", ",", ")"})


def _role_of(doc: Document, ranges: list[tuple[int, int]], kinds: list[str]) -> Role:
    """The role titles give.

    Only the head of each office counts: in "Chief Advisor to the Turkish
    President" the president is who is advised. Where a person holds several
    offices ("Vice President, Prime Minister and Ruler") the highest wins.
    """
    keys = doc.keys
    titles = doc.lex.titles
    # only a word that starts some title can match: a set test spares the call
    title_firsts = titles.first_words()
    found: list[tuple[int, Role, int, int]] = []  # position, role, length, end of its title
    for first, last in ranges:
        i = first
        complement = False  # after "of"/"to"/"for" that follow a head
        # any(f[3] == last for f in found), kept up to date instead of recomputed
        headed = bool(found) and any(f[3] == last for f in found)
        while i <= last:
            token_key = keys[i]
            if token_key in _COMPLEMENT_MARKS:  # one set test for the usual word
                if token_key in {",", ")"}:
                    complement = False
                elif headed:
                    complement = True
            if token_key in title_firsts:
                match = titles.match(keys, i)
                if match is not None:
                    length, role = match
                    if not complement:
                        found.append((i, role, length, last))
                        headed = True
                    i += length
                    continue
            i += 1
    if not found:
        return Role.OFFICIAL
    if len(found) == 1:  # the usual case: no ranking to do
        position, role, length, last = found[0]
        return _body_role(doc, kinds, position, role, length=length, last=last)
    roles = [
        _body_role(doc, kinds, position, role, length=length, last=last)
        for position, role, length, last in found
    ]
    return max(roles, key=_RANK.__getitem__)


def _body_role(
    doc: Document, kinds: list[str], position: int, role: Role, *, length: int, last: int
) -> Role:
    """Refine a title's role by the body it heads: "President of the ... Foundation"."""
    keys = doc.keys
    head = keys[position]
    after = position + length
    if after > last or keys[after] != "of":
        return role
    body = range(after + 1, last + 1)
    lexicon_words = doc.lex.words
    # the body's words: those read as a body's, and those a title phrase claims too
    # ("Council", the last word of "chairman of the federation council")
    body_words = [
        j for j in body if kinds[j] in _BODY_KINDS or lexicon_words.get(keys[j]) == "orgword"
    ]
    if not body_words:
        return role
    international = any(
        kinds[j] == "org" or (keys[j] in _INTERNATIONAL_MARKERS and not _names_a_field(keys, j))
        for j in body
    ) and (
        # an event ("the Global Youth Forum") is no international body
        keys[body_words[-1]] not in doc.lex.initiatives.first_words()
    )
    if international and _state_possessive(doc, after + 1):
        international = False  # "head of Iran's Islamic ... Organization": the state's own
    if head == "head" and keys[body_words[0]] == "ministry":
        # the head of the ministry itself, not of a department of it
        return Role.MINISTER
    if (
        head in _ORG_ROLE_WORDS
        and role is Role.OFFICIAL
        and not _PARLIAMENT_MARKERS.isdisjoint(keys[after + 1 : last + 1])
    ):
        return Role.PARLIAMENTARIAN
    if head in _ORG_ROLE_WORDS and role in {Role.HEAD_OF_STATE, Role.OFFICIAL}:
        if international and head in _UNIT_HEADS and _unit_of_a_body(kinds, body):
            return Role.OFFICIAL
        return Role.HEAD_OF_ORGANIZATION if international else Role.OFFICIAL
    if role is Role.HEAD_OF_ORGANIZATION and not international:
        # the director-general of a national office
        return Role.OFFICIAL
    return role


# who runs a unit of a body ("Director of the UNESCO Regional Office") rather than
# the body ("President of the International Turkic Academy")
_UNIT_HEADS = word_list("unit_head_titles")
_UNIT_ENDS = frozenset({",", "(", "in", "for", "at"})


def _unit_of_a_body(kinds: list[str], body: range) -> bool:
    """Whether a known body's name in *body* (the words after a head's "of") is followed
    by a body's word, the unit it heads: "the ICESCO Heritage Centre", "the UNESCO
    Regional Office in Cairo"."""
    seen_org = False
    for j in body:
        kind = kinds[j]
        if kind == "org":
            seen_org = True
        elif seen_org and kind == "orgword":
            return True
        elif kind == "other" or (seen_org and kind == "stop"):
            return False
    return False


def _places_in(doc: Document, first: int, last: int) -> tuple[str | None, str | None, bool]:
    """``(country, posted_to, posted to "the country")`` read from a title."""
    keys, words = doc.keys, doc.words
    places = doc.lex.places
    # only a word that starts some place name can match: a set test spares the call
    place_firsts = places.first_words()
    country: str | None = None
    posted: str | None = None
    posted_home = False
    i = first
    while i <= last:
        token_key = keys[i]
        # the Document matched every capitalised word already (doc.places): a
        # look-up instead of a match, where it did
        found = (
            (doc.places.get(i) if words[i][:1].isupper() else places.match(keys, i))
            if token_key in place_firsts
            else None
        )
        if found is not None:
            length, code = found
            before = keys[i - 1] if i > first else ""
            if before in {"to", "in"} or (
                before == "the" and i - 1 > first and keys[i - 2] == "to"
            ):
                posted = posted or code
            elif country is None:
                country = code
            i += length
            continue
        if (
            token_key == "country"
            and i > first
            and keys[i - 1] == "the"
            and i - 1 > first
            and keys[i - 2] == "to"
        ):
            posted_home = True
        i += 1
    return country, posted, posted_home


def _listed_places(doc: Document, first: int, last: int) -> list[str]:
    """The countries of a title that lists them: "Thai and Korean", "of Spain, Italy and Greece".

    Empty unless two or more places follow one another, joined by commas and "and".
    """
    codes: list[str] = []
    i = first
    while i <= last and i not in doc.places:  # a title is short: a plain walk
        i += 1
    while i <= last and i in doc.places:
        length, code = doc.places[i]
        codes.append(code)
        i += length
        if i + 1 <= last and doc.keys[i] in {",", "and"}:
            i += 1
            if doc.keys[i] == "and" and doc.keys[i - 1] == ",":
                i += 1
        else:
            break
    return codes if len(codes) >= 2 else []


def _plural_title(doc: Document, kinds: list[str], span: tuple[int, int]) -> bool:
    """Whether the office a title names is plural: "Ambassadors of Spain and Italy".

    The office is the last title word before the title's first complement ("of",
    "to", "for"): "Chairman of the Council of Ministers" is one chairman.
    """
    keys = doc.keys
    head = None
    for i in range(span[0], span[1] + 1):
        if keys[i] in {"of", "to", "for"} and head is not None:
            break
        if kinds[i] == "title":
            head = keys[i]
    return head is not None and head.endswith("s") and not head.endswith("ss")


_PERMANENT = word_list("permanent_envoy_words")


def _posted_to_body(doc: Document, first: int, last: int, kinds: list[str]) -> bool:
    """Whether an envoy's title accredits them to a body ("to the Council of Europe")."""
    keys = doc.keys
    # the loop looks for "to": a C-level test skips it where there is none
    for i in range(first, last) if "to" in keys[first:last] else ():
        if keys[i] == "to":
            j = i + 1
            if j <= last and keys[j] == "the":
                j += 1
            if j <= last and (
                kinds[j] == "org"
                or any(kinds[m] == "orgword" for m in range(j, min(last + 1, j + 4)))
            ):
                return True
    return not _PERMANENT.isdisjoint(keys[first : last + 1])


def _organization_in(doc: Document, first: int, last: int, kinds: list[str]) -> str | None:
    """The short name of the body a title names, if any."""
    keys = doc.keys
    organizations = doc.lex.organizations
    title_kinds = kinds[first : last + 1]
    # a body's name is matched only where one is known to start (cheap tests first)
    if "org" in title_kinds:
        for i in range(first, last + 1):
            if kinds[i] == "org":
                # where the Document found a body's name starting here, that is the
                # match (it matched every capitalised word): a look-up instead
                found = doc.organizations.get(i) or organizations.match(keys, i)
                if found is not None:
                    return found[1]
    if "orgword" not in title_kinds:
        return None  # what follows needs a body's word ("Foundation") to return
    return _international_body_named(doc, first, last, kinds)


def _international_body_named(doc: Document, first: int, last: int, kinds: list[str]) -> str | None:
    """An international body's name after "of" in a title, up to its last body word.

    "President of the International Turkic Culture and Heritage Foundation".
    """
    keys = doc.keys
    for j in range(first, last + 1):
        if keys[j] == "of":
            k = j + 1
            if k <= last and keys[k] == "the":
                k += 1
            if _state_possessive(doc, k):
                continue  # "head of Iran's Islamic ... Organization": the state's own
            end = None
            for m in range(k, last + 1):
                if kinds[m] == "orgword":
                    end = m
                elif keys[m] in {",", ")"}:
                    break
            if (
                end is not None
                and keys[end] not in doc.lex.initiatives.first_words()  # not an event
                and any(
                    keys[m] in _INTERNATIONAL_MARKERS and not _names_a_field(keys, m)
                    for m in range(k, end + 1)
                )
            ):
                return doc.text(k, end)
    return None


def _short_name_in_brackets(doc: Document, first: int, last: int) -> str | None:
    """The short name in brackets that closes a body's name in a title, the last one:
    "Resident Representative of the United Nations Food and Agriculture Organization
    (FAO)", "Head of the UN Assistance Mission in X (UNAMA)" serve FAO and UNAMA, not
    the UN; the guide reports a body by its short name ("Asian Parliamentary Assembly
    (APA)" is APA). A short name the lexicon knows is given as it lists it."""
    words = doc.words
    found = None
    for i in range(first + 1, min(last, len(words) - 2)):
        short = words[i + 1]
        if (
            words[i] == "("
            and words[i + 2] == ")"
            and words[i - 1][:1].isupper()
            and 2 <= len(short) <= 10
            and short.isalpha()
            and short.isupper()
        ):
            known = doc.organizations.get(i + 1)
            found = known[1] if known is not None and known[0] == 1 else short
    return found


def _state_possessive(doc: Document, at: int) -> bool:
    """Whether a state's possessive opens the body named at *at*: "head of Iran's Islamic
    Culture Organization" is that state's own body, however international its words."""
    return at in doc.places and doc.words[at].endswith(("’s", "'s"))


#: Fields a national ministry's department covers: "Department of International
#: Cooperation" is no international body.
_INTERNATIONAL_FIELDS = word_list("department_fields")


def _names_a_field(keys: Sequence[str], j: int) -> bool:
    """Whether the word at *j* ("international") opens a field, not a body's name."""
    return j + 1 < len(keys) and keys[j + 1] in _INTERNATIONAL_FIELDS


def _is_female(doc: Document, person_first: int, name: str) -> bool:
    previous = doc.keys[person_first - 1] if person_first > 0 else ""
    if previous == "." and person_first > 1:
        previous = doc.keys[person_first - 2]
    if previous in _FEMALE_HONORIFICS:
        return True
    if previous in _MALE_HONORIFICS:
        return False
    particles = name.casefold().split()[1:-1]
    if "bint" in particles:
        return True  # "X bint Y": daughter of Y
    if "bin" in particles or "ibn" in particles:
        return False
    first_name = name.split(maxsplit=1)[0].casefold()
    if first_name in _FEMALE_OTHER_ENDINGS:
        return True
    if first_name.endswith(_FEMALE_ENDINGS) and first_name not in _MALE_ENDING_LIKE_WOMEN:
        return True
    if " " in name and name.rsplit(maxsplit=1)[1].casefold().endswith(_FEMALE_SURNAME_ENDINGS):
        return True  # "Gunay Afandiyeva", "Liana Ruokytė": surnames that only women bear
    return (
        first_name.endswith("a")
        and first_name not in _MALE_ENDING_IN_A
        and not first_name.endswith(_MALE_A_ENDINGS)
    )


def find_people(doc: Document) -> list[OfficialDraft]:
    """Every official the body names with a title, with all mentions of their names."""
    return read_people(doc)[1]


def read_people(doc: Document) -> tuple[Document, list[OfficialDraft]]:
    """:func:`find_people`, and the document as the stages after it read it.

    A place the officials' names take as a surname ("Ms. Maria Jordan") is no
    place to them: the document is read again without it (seldom needed).
    """
    texts = doc.words
    kinds = _token_kinds(doc, texts)
    surnames: list[int] = []
    runs = _name_runs(doc, kinds, texts, surnames)
    if surnames:
        doc = doc.without_places(surnames)
    keys, body = doc.keys, doc.body
    people: list[OfficialDraft] = []
    by_words: dict[tuple[str, ...], int] = {}
    # runs that are names of bodies ("Heydar Aliyev Foundation") or initiatives
    for run, following in itertools.pairwise(runs):
        # "Speaker of the Dewan Rakyat Tan Sri Ahmad Fauzi": a body's name, then
        # courtesy titles (and ranks: "Governor of X Lt. General Y"), then the person
        # (the cheap test of the word before the body comes first: it rules out most
        # pairs without a look at the gap)
        if run.first > 0 and keys[run.first - 1] in {"of", "the"}:
            gap = range(run.last + 1, following.first)
            if (
                gap
                and all(kinds[j] in _TITLE_OR_HONORIFIC or keys[j] in {".", "'", ","} for j in gap)
                and _HONORIFIC_CLASS in kinds[gap.start : gap.stop]
            ):
                kinds[run.first : run.last + 1] = ["orgword"] * (run.last + 1 - run.first)
                run.last = -1
    # Runs before a body's word (after a place, perhaps: "the Ilya Repin St.
    # Petersburg Academy") or a place noun are no names, nor are the fields after
    # a title's "for" ("Commissioner for Intergenerational Fairness"); the tokens
    # of the other runs of two names or more are other people's (all in one pass:
    # each run's test reads only that run and the words around it).
    count = len(kinds)
    full_names: set[int] = set()
    event_words = doc.lex.initiatives.first_words()
    for run in runs:
        first, last = run.first, run.last
        if last < first:
            continue
        if last - first >= 2 and not event_words.isdisjoint(keys[first : last - 1]):
            # "the Baku Global Forum Anar Aliyev": an event's name, then a person
            k = max(j for j in range(first, last - 1) if keys[j] in event_words)
            kinds[first : k + 1] = ["orgword"] * (k + 1 - first)
            run.first = first = k + 1
        nxt = last + 1
        if nxt in doc.places:
            # "the Ilya Repin St. Petersburg Academy": a body's word after a place
            nxt += doc.places[nxt][0]
        if nxt < count and (
            (kinds[nxt] == "orgword" and texts[nxt][:1].isupper())
            or (nxt == last + 1 and keys[nxt] in _PLACE_NOUNS)
        ):
            run.last = -1
        elif first > 0 and keys[first - 1] == "the":
            # "at the Cedar Palace, Ambassador X", "Member of the Central Council of
            # the Party, Dr. X": no article stands right before a person's name
            run.last = -1
        elif first >= 2 and keys[first - 1] == "for" and kinds[first - 2] == "title":
            kinds[first : last + 1] = ["portfolio"] * (last + 1 - first)
            run.last = -1
        elif last > first and kinds[first : last + 1].count("name") >= 2:
            full_names.update(range(first, last + 1))
    pending: list[_Run] = []
    lone_surnames = _LoneSurnames(doc, full_names)
    name_index = _NameIndex()
    previous_titled: tuple[_Run, tuple[int, int], int] | None = None
    # the last token and the state of the latest titled leader of a delegation, for
    # the members listed after them ("led by Minister A and Deputy Minister B")
    delegation_list: tuple[int, str] | None = None
    sentence_starts, sentence_stops = doc.sentence_starts, doc.sentence_stops
    asides = doc.asides  # links to other stories: noise, no one's title or mention
    for run in runs:
        first, last = run.first, run.last
        if last < first or (asides and bisect_right(sentence_starts, first) - 1 in asides):
            continue
        if last == first:
            regnal = (
                first > 0
                and keys[first - 1] in _REGNAL_TITLES
                and texts[first - 1] != keys[first - 1]
            )
            if not (
                regnal
                or _double_surname(doc.lex, texts[first])
                or _titled_surname(doc, kinds, first, sentence_starts, lone_surnames)
            ) or lone_surnames.in_a_full_name(keys[first]):
                pending.append(run)  # a single word: as below, without the counting
                continue
            if regnal and last + 1 < len(texts) and _REGNAL_NUMBER.fullmatch(texts[last + 1]):
                run.last = last = last + 1  # "King Abdullah II": the number is the name's
            # a double surname alone, "President Akuffo-Addo", or a monarch's one name
            # ("Emir Tamim"), where no fuller name holds it: a name as full as the text gives
            name_count = 1
        else:
            run_kinds = kinds[first : last + 1]
            name_count = run_kinds.count("name") + run_kinds.count("place")
            if name_count < 2:
                # a single name: perhaps a later mention. No title makes it an
                # official, so none is looked for (the title helpers only read).
                pending.append(run)
                continue
        # doc.sentence_of and doc.sentence_tokens, inline
        sentence = bisect_right(sentence_starts, first) - 1
        floor, ceiling = sentence_starts[sentence], sentence_stops[sentence]
        # the run's keys, but for the stops of initials ("Salim M. AlMalik")
        run_texts = texts[first : last + 1]
        if "." in run_texts:
            words = tuple(
                [k for k, t in zip(keys[first : last + 1], run_texts, strict=True) if t != "."]
            )
        elif not _INNER_MARKS.isdisjoint(run_texts):
            words = _name_words(keys, run_texts, first)
        else:
            words = tuple(keys[first : last + 1])
        city_title = (
            _title_before(doc, kinds, first - 1, floor, full_names)
            if name_count >= 3 and first - 1 >= floor and keys[first - 1] in {"in", "at", "of"}
            else None
        )
        before: tuple[int, int] | None
        if city_title is not None:
            # "Consul General of Italy in Vlorë Paolo Conti", "Rector of the University of
            # Tartu Anna Kask": the city or the body's last word closes the title
            before = (city_title[0], first)
            run.first = first = [
                j for j in range(first, last + 1) if kinds[j] in {"name", "place"}
            ][1]
            words = words[1:]
        else:
            before = _title_before(doc, kinds, first, floor, full_names)
            if before is not None and before[1] == first - 1 and keys[first - 1] in _PLACE_OF:
                # "Mayor of Los Angeles", "Prime Minister at the Centre in St Ann's": a
                # name right after "of" (or "in", "at") is the office's complement (a
                # city, a body, a place), not its holder
                before = None
            if (
                before is not None
                and before[0] - 2 >= floor
                and keys[before[0] - 1] == ","
                and before[0] - 2 in full_names
            ):
                before = _own_title_after_apposition(doc, kinds, before)
            elif before is not None and before[0] == before[1]:
                before = _office_before_rank(doc, kinds, before, floor, full_names)
        after = _title_after(doc, kinds, last, ceiling, full_names)
        ordinal = 0  # the place of a name in a list after one plural title
        if before is None and after is None and previous_titled is not None:
            prev_run, prev_title, prev_ordinal = previous_titled
            # the separator after the name before, past its state ("A of Iraq, B")
            separator = prev_run.last + 1
            of = _of_place(doc, separator)
            separator = separator if of is None else of[0]
            if (
                (
                    (first - 1 == separator and keys[separator] in {"and", ","})
                    # a serial comma: "officials A, B, and C"
                    or (first - 2 == separator and keys[separator:first] == (",", "and"))
                )
                and _plural_title(doc, kinds, prev_title)
            ):
                # "Ambassadors of X, Y and Z, A, B and C": the title of each name
                before = prev_title
                ordinal = prev_ordinal + 1
        title_range = before or after
        if title_range is None:
            # an untitled name: perhaps a later mention
            pending.append(run)
            continue
        # doc.text, inline
        name_start = doc.starts[first]
        if texts[first][:2] in _GLUED_HEADS:
            glued = _GLUED_HONORIFIC.match(texts[first])
            if glued is not None:
                # an honorific glued to the given name: "MrsIrina Petrova"
                name_start += glued.end()
                words = (key(texts[first][glued.end() :]), *words[1:])
        name = _without_possessive(body[name_start : doc.ends[last]])
        index = by_words.get(words)
        if index is None:
            index = _similar(people, name_index, words)
        # an initial for the given name ("Y. Bekov") is a mention, no other spelling
        shortened = index is not None and len(words[0]) == 1
        if index is None and len(words[-1]) <= 3 and last + 1 < count and texts[last + 1] == ".":
            # a surname cut to its first letters, as Mongolian news writes a
            # patronymic ("Oyun Ts."): a mention of the official named in full
            index = _shortened(people, name_index, words)
            shortened = index is not None
        if index is not None:
            person = people[index]
            if (
                not shortened
                and name != person.name
                and name not in person.aliases
                and len(words) >= len(person.words)
            ):
                if len(words) > len(person.words) and words[: len(person.words)] == person.words:
                    person.aliases.append(person.name)
                    person.name, person.words = name, words
                    name_index.add(index, person)
                else:
                    person.aliases.append(name)
            by_words[words] = index
            _note(person, doc, run)
            continue
        if before is not None:
            previous_titled = (run, before, ordinal)
        person, delegation_list = _titled_official(
            doc,
            kinds,
            run,
            (name, words),
            (before, after, ordinal),
            delegation_list=delegation_list,
            floor=floor,
        )
        by_words[words] = len(people)
        name_index.add(len(people), person)
        people.append(person)
        _note(person, doc, run)
    given_names: dict[int, list[str]] = {}
    nearest = _Nearest(people, name_index, given_names)
    by_word = name_index.by_word
    for run in pending:
        first = run.first
        if first == run.last and (kinds[first] != "name" or keys[first] not in by_word):
            # a single word in no official's name (the usual case): no mention, and
            # too short a name to act (as _mentioned and _acts would find)
            continue
        if first == run.last:
            index = nearest.official(keys[first], first) if kinds[first] == "name" else None
        else:
            index = _mentioned(people, name_index, doc, run, kinds, given_names=given_names)
            if index is None:
                # "Mrs. Oteng Gyasi" for "Barbara Oteng-Gyasi": a double surname
                # written without its hyphen
                hyphened = by_word.get(f"{keys[run.last - 1]}-{keys[run.last]}")
                index = hyphened[-1] if hyphened else None
            if index is None and keys[first] in by_word:
                # a named official's given name, and a surname spelt otherwise
                index = _respelt(people, name_index, doc, run)
        if index is None and (untitled := _untitled_official(doc, kinds, texts, run)) is not None:
            people.append(untitled)
            index = len(people) - 1
            name_index.add(index, untitled)
        if index is not None:
            _note(people[index], doc, run)
            nearest.noted(index, first)
    for person in people:
        person.mentions.sort()
        person.named_at.sort()
    return doc, people


def _titled_official(
    doc: Document,
    kinds: list[str],
    run: _Run,
    named: tuple[str, tuple[str, ...]],
    titles: tuple[tuple[int, int] | None, tuple[int, int] | None, int],
    *,
    delegation_list: tuple[int, str] | None,
    floor: int,
) -> tuple[OfficialDraft, tuple[int, str] | None]:
    """The official a titled name run stands for, from its title before (or after) it
    and the words around; and the delegation whose members' state follows from it.

    *named* is the name and its words; *titles* the title before, the title after and
    the place of the name in a list after one plural title."""
    name, words = named
    before, after, ordinal = titles
    title_range = before or after
    assert title_range is not None  # the caller reads titled runs only
    keys, texts, body = doc.keys, doc.words, doc.body
    first, last = run.first, run.last
    event_words = doc.lex.initiatives.first_words()
    title_first, title_last = title_range
    role = _role_of(
        doc,
        [before, after] if before is not None and after is not None else [title_range],
        kinds,
    )
    country, posted, posted_home = _places_in(doc, title_first, title_last)
    if country is None and before is not None:
        country = _delegation_state(doc, title_first, delegation_list)
        delegation_list = None if country is None else (run.last, country)
    if country is None and (of := _of_place(doc, last + 1)) is not None:
        country = of[1]  # "Ambassador X of Iraq"
    if country is None and before is None:
        # "and Myanmar's Daw X, Permanent Secretary": the possessive country
        # before the name is the state of an apposition's office
        k = first - 1
        while k >= floor and kinds[k] == _HONORIFIC_CLASS:
            k -= 1
        if k >= floor and k in doc.places and texts[k].endswith(("’s", "'s")):
            country = doc.places[k][1]
        else:
            # "a Maldivian delegation led by X, Minister of ...": the title after the
            # name names no state, the delegation's demonym does
            country = _delegation_state(doc, first)
    if ordinal:
        # "his Thai and Korean counterparts, A and B": B is the Korean one
        listed = _listed_places(doc, title_first, title_last)
        if ordinal < len(listed):
            country = listed[ordinal]
    to_body = _posted_to_body(doc, title_first, title_last, kinds)
    organization = _organization_in(doc, title_first, title_last, kinds)
    if organization is None and before is not None and after is not None:
        organization = _organization_in(doc, after[0], after[1], kinds)
    if organization is not None and "(" in keys[title_first:title_last]:
        organization = _short_name_in_brackets(doc, title_first, title_last) or organization
    person = OfficialDraft(
        name=name,
        words=words,
        role=role,
        title=body[doc.starts[title_first] : doc.ends[title_last]],
        country=country,
        organization=organization,
        posted_to=posted,
        posted_home=posted_home,
        female=_is_female(doc, first, name),
        posted_to_body=to_body,
    )
    if role in BODY_HEADS and organization is not None:
        person.country = None
    elif role in BODY_HEADS and (
        country is not None
        or "acronym" in kinds[title_first : title_last + 1]
        or "ministry" in keys[title_first : title_last + 1]
    ):
        # no international body, but a country, a body's unlisted acronym or a
        # ministry: a national office ("Chairperson Pakistan Academy of Letters",
        # "Director General NCA", "Secretary-General of the UAE Commission ...",
        # "Director-General for Africa at the ministry")
        person.role = Role.OFFICIAL
    for span in (before, after):
        if span is not None:
            person.tokens.update(range(span[0], span[1] + 1))
            if not event_words.isdisjoint(keys[span[0] : span[1] + 1]):
                # the name of an event in the title stays the initiatives' to find
                person.tokens.difference_update(_event_named(doc, span))
    return person, delegation_list


def _event_named(doc: Document, span: tuple[int, int]) -> set[int]:
    """The tokens of capitalised event names in a title: "Director of the Baku Jazz Festival"."""
    found: set[int] = set()
    words, event_words = doc.words, doc.lex.initiatives.first_words()
    titles = doc.lex.titles
    for j in range(span[0], span[1] + 1):
        if doc.keys[j] in event_words and words[j][:1].isupper():
            matched = titles.match(doc.keys, j)
            if matched is not None and j + matched[0] - 1 <= span[1]:
                continue  # "Senior Program Officer": the head word begins a title
            k = j
            while k >= span[0] and words[k][:1].isupper() and k not in found:
                found.add(k)
                k -= 1
    return found


# the marks a name run may hold besides its words: the stops of initials, the comma
# before "Jr.", the quotes around a nickname
_OPENING_QUOTES = frozenset({"“", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", '"', "’"})
_INNER_MARKS = frozenset({".", ","}) | _OPENING_QUOTES | _CLOSING_QUOTES
_SUFFIXES = frozenset({"jr", "sr"})
_GENERATIONS = frozenset({"II", "III", "IV"})
# an honorific glued to a given name, with or without its period: "MrsIrina", "Mrs.Irina"
# (one token: the tokenizer splits off only initials and two letters with a period)
_GLUED_HONORIFIC = re.compile(r"(?:Mrs?|Ms|Dr)\.?(?=[A-Z][a-z])")
_GLUED_HEADS = frozenset({"Mr", "Ms", "Dr"})


def _name_words(keys: Sequence[str], run_texts: Sequence[str], first: int) -> tuple[str, ...]:
    """The keys of a name run's words, without its marks, a nickname or a "Jr." after a
    comma: "Ana “Pip” Lima" and "Ana Lima, Jr." have the words of "Ana Lima"."""
    words: list[str] = []
    quoted = False
    for k, text in enumerate(run_texts):
        if quoted:
            quoted = text not in _CLOSING_QUOTES
        elif text in _OPENING_QUOTES and k:
            quoted = True
        elif text == ",":
            break  # ", Jr."
        elif text != ".":
            words.append(keys[first + k])
    return tuple(words)


def _without_possessive(name: str) -> str:
    """*name* without a possessive ending: "Anar Karimov's visit" names Anar Karimov."""
    if name.endswith(("'s", "’s")) and len(name) > 3:
        return name[:-2]
    return name


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
_DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")


def _double_surname(lex: Matchers, word: str) -> bool:
    """Whether *word* is two capitalised names joined by a hyphen: "Akuffo-Addo".

    Not two places ("Polish-Indian", "Azerbaijan-Lithuania") nor lexicon words.
    """
    return (
        "-" in word
        and _DOUBLE_SURNAME.fullmatch(word) is not None
        and not any(
            part in lex.places.first_words() or part in lex.words for part in key(word).split("-")
        )
    )


class _LoneSurnames:
    """What a lone surname is compared with, read from the article once, on first
    need (set lookups keep a text of many titled surnames linear): the words the
    text writes in lower case, and the words of the names given in full, with the
    forms another spelling of one would share."""

    __slots__ = ("_doc", "_lower", "_named", "_spellings", "full_names")

    def __init__(self, doc: Document, full_names: set[int]) -> None:
        self._doc = doc
        self.full_names = full_names
        self._lower: frozenset[str] | None = None
        self._named: frozenset[str] | None = None
        self._spellings: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None

    def in_lower_case(self, word: str) -> bool:
        """Whether the text also writes *word* in lower case ("the days")."""
        if self._lower is None:
            self._lower = frozenset(filter(str.islower, self._doc.words))
        return word.lower() in self._lower

    def in_a_full_name(self, key: str) -> bool:
        """Whether the key *key* is a word of a name given in full."""
        if self._named is None:
            self._named = frozenset(map(self._doc.keys.__getitem__, self.full_names))
        return key in self._named

    def of_a_named_official(self, alone: str) -> bool:
        """Whether the key *alone* is a word of a name given in full (the usual
        case: "Minister Kask" after "Anna Kask"), or another spelling of one:
        "Harbawi" of "Al-Harbawi", "Valakorotha" of "Valakora", "Daa’uud" of "Daud"."""
        if self.in_a_full_name(alone):
            return True
        if self._spellings is None:
            words = self._named or frozenset()
            self._spellings = (
                frozenset(w.rpartition("-")[2] for w in words if "-" in w),
                frozenset(map(_skeleton, words)),
                frozenset(w[:5] for w in words),
            )
        after_hyphen, skeletons, prefixes = self._spellings
        return (
            alone in after_hyphen
            or _skeleton(alone) in skeletons
            or (len(alone) >= 6 and alone[:5] in prefixes)
        )


def _titled_surname(
    doc: Document,
    kinds: list[str],
    first: int,
    sentence_starts: Sequence[int],
    lone_surnames: _LoneSurnames,
) -> bool:
    """Whether a lone name word at *first* is a surname right after a title:
    "Governor Tanizaki", "Tourism Minister Brela", "Prime Minister (Taro) Kimura".

    The surname of an official the article never names in full is still an
    official (ANNOTATION.md: the fullest form the text gives). The title must end
    in an office held by one person ("Minister", not "Ministers" or "Mission"), and
    the word must not stand in lower case elsewhere in the text ("Minister Days"
    for "the Culture Days").
    """
    keys = doc.keys
    # the cheapest test first: few lone words follow such a title
    before = first
    if first >= 3 and keys[first - 1] == ")" and keys[first - 3] == "(":
        before = first - 3  # "Minister (Taro) Kimura": the given name in brackets
    if before == 0 or keys[before - 1] not in _SURNAME_TITLES:
        return False
    word = doc.words[first]
    if (
        kinds[first] != "name"
        or len(word) < 3
        # a possessive title: not "the Prime Minister's Personal Representative"
        or doc.words[before - 1][-2:] in {"'s", "’s"}
        # two names glued ("ElvaKosta"), letters of two scripts (a name garbled
        # in decoding)
        or (not word.isupper() and not word[1:].islower())
        or len({unicodedata.name(ch, "?").partition(" ")[0] for ch in word if ch.isalpha()}) > 1
        # a portfolio's words ("Director Archaeology & Heritage")
        or (first + 1 < len(keys) and keys[first + 1] == "&")
    ):
        return False
    if lone_surnames.of_a_named_official(keys[first]) or lone_surnames.in_lower_case(word):
        return False  # a named official's surname (the usual case), or a common noun
    floor = sentence_starts[bisect_right(sentence_starts, first) - 1]
    title = _title_before(doc, kinds, before, floor, lone_surnames.full_names)
    return title is not None and title[1] == before - 1


def _skeleton(word: str) -> str:
    """*word* without marks and with doubled letters single: "daa’uud" -> "daud"."""
    letters = [ch for ch in word if ch.isalpha()]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


_ACTING_VERBS = word_list("acting_verbs")


def _acts(doc: Document, kinds: list[str], run: _Run) -> bool:
    """Whether an untitled name of two words or more speaks or meets: ``Nouri Shahroudi said``,
    or signs for a side: "The memorandum was signed by (Prince) Tariq bin Saleh"."""
    nxt = run.last + 1
    keys = doc.keys
    if nxt < len(keys) and keys[nxt] == ",":
        # an aside between the name and its verb: "X, for his part, said"
        closing = _aside_end(keys, nxt)
        if closing is not None:
            nxt = closing + 1
    # the cheapest test first: few names are followed by such a verb
    if (nxt >= len(keys) or keys[nxt] not in _ACTING_VERBS) and not _signs(doc, run):
        return False
    names = [j for j in range(run.first, run.last + 1) if kinds[j] == "name"]
    if len(names) < 2 or (doc.sentence_of(run.first) == 0 and run.first == 0):
        return False
    return doc.sentence_of(nxt) == doc.sentence_of(run.last)


# the longest aside "X, <aside>, said" may hold, in tokens
_LONGEST_ASIDE = 12


def _aside_end(keys: Sequence[str], comma: int) -> int | None:
    """The comma that closes an aside opened by the comma at *comma* ("X, in his
    remarks, said"), within a few tokens and no sentence mark, else ``None``."""
    for j in range(comma + 1, min(comma + _LONGEST_ASIDE, len(keys))):
        if keys[j] == ",":
            return j
        if keys[j] in {".", ";", ":", "!", "?", "and"}:
            return None
    return None


def _untitled_official(
    doc: Document, kinds: list[str], texts: Sequence[str], run: _Run
) -> OfficialDraft | None:
    """An official named without a title: the head of a delegation ("a Vietnamese
    delegation led by X"), one from a state's office ("X from the Indian Ministry of
    Culture"), one who speaks, meets or signs (``_acts``), or one listed among those
    present (``_in_company``); else ``None``."""
    head_of = _delegation_led_by(doc, run)
    office = _from_an_office(doc, run) if head_of is None else None
    of_state = _state_represented(doc, kinds, run) if head_of is None and office is None else None
    if (
        head_of is None
        and office is None
        and of_state is None
        and not _acts(doc, kinds, run)
        and not _in_company(doc, kinds, run)
        and not _office_honorific(doc, run)
    ):
        return None
    name = _without_possessive(doc.text(run.first, run.last))
    words = _name_words(doc.keys, texts[run.first : run.last + 1], run.first)
    person = OfficialDraft(name=name, words=words, female=_is_female(doc, run.first, name))
    if head_of is not None:
        # the delegation's state, when a demonym or place stands before it
        place = doc.places.get(head_of - 1)
        person.country = place[1] if place is not None else None
    elif office is not None:
        person.country = office or None
    elif of_state is not None:
        person.country = of_state
    return person


def _state_represented(doc: Document, kinds: list[str], run: _Run) -> str | None:
    """The state a courtesy-titled name of two words or more stands for in a list of
    such names, each "of" a state: "Mr A of Croatia, Mr B of South Korea and Mr C of
    Venezuela presented their credentials"; else ``None`` (one "Ms A of Peru" alone
    may be anyone from there)."""
    keys, first = doc.keys, run.first
    honorific = first - 1 - (first >= 1 and keys[first - 1] == ".")
    if run.last == first or honorific < 0 or kinds[honorific] != _HONORIFIC_CLASS:
        return None
    of = _of_place(doc, run.last + 1)
    if of is None:
        return None
    after = of[0]
    listed_next = (
        after + 1 < len(keys)
        and keys[after] in {",", "and"}
        and kinds[after + 1] == _HONORIFIC_CLASS
    )
    listed_before = (
        honorific >= 2 and keys[honorific - 1] in {",", "and"} and kinds[honorific - 2] == "place"
    )
    return of[1] if listed_next or listed_before else None


# "Hon.", "H.E.": honorifics only office holders bear
_OFFICE_HONORIFICS = word_list("office_honorifics")


def _office_honorific(doc: Document, run: _Run) -> bool:
    """Whether an untitled name of two words or more follows an honorific only holders
    of public office bear: "Hon. A B", "the Honourable A B", "H.E. A B", and with
    courtesy honorifics between ("H.E. Mr A B", "H E Dr A B")."""
    if run.last == run.first:
        return False
    keys, lexicon_words = doc.keys, doc.lex.words
    j = run.first - 1
    floor = max(0, j - _HONORIFICS_BETWEEN)
    while j >= floor and (
        keys[j] == "."
        or (keys[j] not in _OFFICE_HONORIFICS and lexicon_words.get(keys[j]) == _HONORIFIC_CLASS)
    ):
        j -= 1
    return j >= 0 and (keys[j] in _OFFICE_HONORIFICS or _spaced_excellency(doc, j - 1))


# how many tokens of courtesy honorifics and their stops may stand between an office
# honorific and the name ("H.E. Mr. Dr. A B")
_HONORIFICS_BETWEEN = 4


def _spaced_excellency(doc: Document, at: int) -> bool:
    """Whether tokens *at* and *at* + 1 are "H E", as Gulf agencies write "H.E."."""
    return at >= 0 and doc.words[at + 1] == "E" and doc.words[at] == "H"


# "accompanied by", "attended by": a "by" that opens the list of those present
_COMPANY_VERBS = word_list("company_verbs")
# the kinds of word a list of people and their titles is made of
_LISTED_KINDS = frozenset(
    {"name", "title", _HONORIFIC_CLASS, "place", "org", "orgword", "portfolio", "acronym"}
)
# the small words and marks between the people of a list and inside their titles
_LIST_JOINERS = frozenset({",", "and", "&", ".", "(", ")", "of", "the", "for", "'s", "’s"})
# how far back from a name the list's "by" may stand
_LONGEST_LIST = 40


def _in_company(doc: Document, kinds: list[str], run: _Run) -> bool:
    """Whether an untitled name of two words or more stands in the list after
    "accompanied (joined, attended) by": "The ambassador was accompanied by A and
    Counsellor B" (the walk back crosses only names, titles and list marks)."""
    if run.last == run.first:
        return False
    keys = doc.keys
    floor = max(doc.sentence_starts[doc.sentence_of(run.first)], run.first - _LONGEST_LIST)
    for j in range(run.first - 1, floor, -1):
        word = keys[j]
        if word == "by":
            # "accompanied by", "accompanied (, among others,) by"
            verb = j - 1 - (keys[j - 1] == ",")
            if keys[verb - 1 : verb + 1] == ("among", "others"):
                verb -= 2 + (keys[verb - 2] == ",")
            return keys[verb] in _COMPANY_VERBS
        if kinds[j] not in _LISTED_KINDS and word not in _LIST_JOINERS:
            return False
    return False


def _from_an_office(doc: Document, run: _Run) -> str | None:
    """The state ("" when none is named) of the ministry or embassy an untitled name of
    two words or more comes from: "X from the Indian Ministry of Culture", "X from the
    Embassy of Chile" (one who represents a state's office is an official); else ``None``."""
    keys, words = doc.keys, doc.words
    after = run.last + 1
    if after + 2 >= len(keys) or keys[after] != "from" or keys[after + 1] != "the":
        return None
    if run.last == run.first:
        return None
    for j in range(after + 2, min(after + 5, len(keys))):
        if keys[j] in _STATE_OFFICES and words[j][:1].isupper():
            for k in range(after + 2, min(j + 5, len(keys))):
                place = doc.places.get(k)
                if place is not None:
                    return place[1]
            return ""
    return None


def _of_place(doc: Document, at: int) -> tuple[int, str] | None:
    """ "of Iraq" from token *at*: the token after the place and its state, else ``None``."""
    if at + 1 < len(doc.keys) and doc.keys[at] == "of":
        place = doc.places.get(at + 1)
        if place is not None:
            return at + 1 + place[0], place[1]
    return None


def _office_before_rank(
    doc: Document,
    kinds: list[str],
    title: tuple[int, int],
    floor: int,
    full_names: set[int] | frozenset[int],
) -> tuple[int, int]:
    """ "Vice Minister of Foreign Affairs of Guatemala, Ambassador X": a one-word
    *title* after an office and a comma is a rank; the office before it is the
    name's title too, and the role and the country are the office's."""
    if title[0] - 2 < floor or doc.keys[title[0] - 1] != ",":
        return title
    office = _title_before(doc, kinds, title[0] - 1, floor, full_names)
    if office is None or office[1] != title[0] - 2:
        return title
    return office[0], title[1]


def _delegation_state(
    doc: Document, first: int, listed: tuple[int, str] | None = None
) -> str | None:
    """The state of the delegation that the title at token *first* leads ("a Ghanaian
    delegation led by Culture Minister X", "a delegation from the Republic of Korea led
    by the Vice Minister ..."), when a demonym or place names it; or,
    *listed* (the last token and the state of the leader before), that of the
    leader whom this member follows ("led by Minister A and Deputy Minister B")."""
    keys = doc.keys
    if listed is not None and keys[first - 1] in {"and", ","} and listed[0] == first - 2:
        return listed[1]
    by = first - 2 if first >= 2 and keys[first - 1] == "the" else first - 1
    j = _before_led_by(keys, by)
    if j is None:
        return None
    if keys[j] in _DELEGATION_NOUNS:
        place = doc.places.get(j - 1)
        return place[1] if place is not None else None
    # "a delegation from the Republic of Korea led by ...": the place after "from"
    for m in range(j, max(0, j - 8), -1):
        if keys[m] == "from" and keys[m - 1] in _DELEGATION_NOUNS:
            return next((doc.places[p][1] for p in range(m + 1, by) if p in doc.places), None)
    return None


def _signs(doc: Document, run: _Run) -> bool:
    """Whether the name of *run* follows "signed by" (honorifics between): the agent of
    a passive signing, who signs for a side (ANNOTATION.md, signing ceremonies)."""
    keys, lexicon_words = doc.keys, doc.lex.words
    j = run.first - 1
    while j > 0 and (keys[j] == "." or lexicon_words.get(keys[j]) == _HONORIFIC_CLASS):
        j -= 1
    return j > 0 and keys[j] == "by" and keys[j - 1] in _SIGNED


def _delegation_led_by(doc: Document, run: _Run) -> int | None:
    """The token of the delegation (or the body) an untitled name of two words or more
    leads, else ``None``: "a Vietnamese delegation led by X", "the delegation, headed
    by X,", "the Lumen Foundation, headed by X" (the head of a delegation or a body
    represents it: an official, ANNOTATION.md)."""
    keys, first = doc.keys, run.first
    j = _before_led_by(keys, first - 1)
    if j is None or run.last == first:
        return None
    if keys[j] in _DELEGATION_NOUNS:
        return j
    # "the Lumen Foundation, headed by X": the head of a body named before
    word = doc.words[j]
    if word[:1].isupper() and doc.lex.words.get(keys[j]) == "orgword":
        return j
    # "the government of Colombia, headed by X": a body of a state
    for start in range(j, max(j - 3, 1), -1):
        place = doc.places.get(start)
        if place is not None and start + place[0] - 1 == j:
            if keys[start - 1] == "of" and doc.lex.words.get(keys[start - 2]) == "orgword":
                return start - 2
            break
    return None


def _before_led_by(keys: Sequence[str], by: int) -> int | None:
    """The token before "[,] led (headed) by" whose "by" is token *by* (where a
    delegation's noun stands: "a delegation, headed by"), else ``None``."""
    if by < 2 or keys[by] != "by" or keys[by - 1] not in _LEADING_VERBS:
        return None
    j = by - 2 if keys[by - 2] != "," else by - 3
    return j if j >= 0 else None


def _note(person: OfficialDraft, doc: Document, run: _Run) -> None:
    first = run.first
    keys, lexicon_words = doc.keys, doc.lex.words
    person.tokens.update(range(first, run.last + 1))
    person.mentions.append((doc.starts[first], doc.ends[run.last]))
    insort(person.named_at, first)
    j = first - 1
    while j >= 0 and (keys[j] == "." or lexicon_words.get(keys[j]) == _HONORIFIC_CLASS):
        if keys[j] != ".":
            person.honorifics.add(keys[j])
        j -= 1


#: given names longer than this are not spelled out in all their one-letter variants
#: (which would take the square of their length); such names are compared one by one
_VARIANT_LIMIT = 64


class _NameIndex:
    """Officials by the words of their names, so each lookup touches few candidates."""

    def __init__(self) -> None:
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        self.by_last: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        # for ``_similar``, places in a surname's ``by_last`` list: of the two-word names
        # by the one-letter variants of their given names (see ``_variants``), of those
        # whose given names are too long for that, and of the names of three words or
        # more; and each official's two-word entries (a name that grows leaves them there)
        self.variants: dict[tuple[str, str, str], list[int]] = {}
        # given names not yet filed under their variants, by surname: most surnames are
        # borne by one official, who never needs them (see ``file_variants``)
        self.pending: dict[str, list[tuple[str, int]]] = {}
        self.unvaried: dict[str, list[int]] = {}
        self.longer: dict[str, list[int]] = {}
        self.two_word: dict[int, list[tuple[str, int]]] = {}
        # officials by the last part of a double surname ("oja" of "lindqvist-oja")
        self.by_half: dict[str, list[int]] = {}

    def file_variants(self, surname: str) -> None:
        """File the given names of *surname*'s officials under their one-letter variants,
        before a name of that surname is looked up among them."""
        for given, place in self.pending.pop(surname, ()):
            for variant in _variants(surname, given, known=True):
                self.variants.setdefault(variant, []).append(place)

    def add(self, index: int, person: OfficialDraft) -> None:
        words = person.words
        # the official is entered again with a longer name: their earlier entries
        # now name more than two words
        for surname, place in self.two_word.pop(index, ()):
            insort(self.longer.setdefault(surname, []), place)
        if len(words) >= 2:
            self.by_pair.setdefault((words[0], words[1]), []).append(index)
            surname = words[-1]
            entries = self.by_last.setdefault(surname, [])
            place = len(entries)
            entries.append(index)
            if len(words) > 2:
                self.longer.setdefault(surname, []).append(place)
            else:
                self.two_word.setdefault(index, []).append((surname, place))
                given = words[0]
                if len(given) > _VARIANT_LIMIT:
                    self.unvaried.setdefault(surname, []).append(place)
                else:
                    self.pending.setdefault(surname, []).append((given, place))
        if "-" in words[-1]:
            self.by_half.setdefault(words[-1].rpartition("-")[2], []).append(index)
        keys = set(words)
        for word in words:
            if word.startswith(("al", "el-")):  # one test for the usual word
                if word.startswith(("al-", "el-")):
                    keys.add(word[3:])
                else:
                    keys.add(word[2:])
        for word in keys:
            self.by_word.setdefault(word, []).append(index)


def _variants(surname: str, given: str, *, known: bool) -> Iterator[tuple[str, str, str]]:
    """Keys under which a given name one letter away from *given* meets it: the same
    letter left out of both (one letter changed), *given* less a letter (one added)
    and *given* whole (one dropped). A *known* name is filed under the keys that an
    asked one looks up."""
    n = len(given)
    for k in range(n):
        less = given[:k] + given[k + 1 :]
        yield surname, f"{n}:{k}", less
        yield (surname, "less", less) if known else (surname, "whole", less)
    yield (surname, "whole", given) if known else (surname, "less", given)


def _similar(people: list[OfficialDraft], names: _NameIndex, words: tuple[str, ...]) -> int | None:
    """A known official whose name this one spells differently (``al-Malik``/``al-Maliki``)."""
    if len(words) < 2:
        return _respelt_double(people, names, words[0]) if "-" in words[0] else None
    entries = names.by_last.get(words[-1], [])
    if len(words) == 2 and len(words[0]) == 1 and entries:
        # "Ambassador Y. Bekov" after "Yerlan Bekov": the one official of that surname
        # whose given name opens with the initial
        initialled = {i for i in entries if people[i].words[0][:1] == words[0]}
        if len(initialled) == 1:
            return initialled.pop()
    if len(words) == 2 and len(words[0]) >= 3 and entries:
        # "Peter Dolinský" and "Petr Dolinský": one letter apart in the given name
        if len(words[0]) > _VARIANT_LIMIT:
            places: Iterable[int] = range(len(entries))
        else:
            names.file_variants(words[-1])
            found = {
                place
                for variant in _variants(words[-1], words[0], known=False)
                for place in names.variants.get(variant, ())
            }
            found.update(names.unvaried.get(words[-1], ()))
            places = sorted(found)
        for place in places:
            index = entries[place]
            other = people[index].words
            if len(other) == 2 and other[0] != words[0] and _one_edit(other[0], words[0]):
                return index
    for place in names.longer.get(words[-1], ()):
        # "Van der Berg" after "Anna Van der Berg": the surname, titled again
        index = entries[place]
        other = people[index].words
        if len(other) > len(words) and other[-len(words) :] == words:
            return index
    for index in names.by_pair.get((words[0], words[1]), ()):
        other = people[index].words
        if len(other) == len(words) and other[:-1] == words[:-1] and len(words) >= 3:
            a, b = other[-1], words[-1]
            if a.startswith(b) or b.startswith(a):
                return index
        if len(words) > len(other) >= 2 and words[: len(other)] == other:
            return index
        if len(other) > len(words) >= 2 and other[: len(words)] == words:
            return index
    for index in names.by_word.get(words[0], ()):
        # "the minister Mba Oyono" after "Tomas Mba Oyono Edu": the middle of
        # a longer name, as Iberian and Central African names are shortened
        other = people[index].words
        size = len(words)
        if len(other) > size and any(
            other[k : k + size] == words for k in range(1, len(other) - size)
        ):
            return index
        if (
            len(other) == size
            and other[:-1] == words[:-1]
            and min(len(other[-1]), len(words[-1])) >= _LONG_SURNAME
            and _misspelt(other[-1], words[-1])
        ):
            # "Sanja Vlaisaljevic" beside "Sanja Vlaisavljevic": a long surname
            # misspelt by a letter, the given names the same (ANNOTATION.md: an alias)
            return index
    return None


def _respelt_double(people: list[OfficialDraft], names: _NameIndex, word: str) -> int | None:
    """The official a lone double surname respells in its first part ("Minister Lindqvas-
    Oja" after "Aino Lindqvist-Oja"): the same last part, and a first part that opens with
    the same four letters."""
    first, _, last = word.rpartition("-")
    for index in names.by_half.get(last, ()):
        known = people[index].words[-1].rpartition("-")[0]
        if known != first and len(first) >= 4 and known[:4] == first[:4]:
            return index
    return None


def _respelt(
    people: list[OfficialDraft], names: _NameIndex, doc: Document, run: _Run
) -> int | None:
    """The official an untitled full name spells differently, if any: "Kadri Leppikson said"
    after "Minister Kadri Lepikson" is the minister again, not another person (the guide:
    another spelling in the same text is an alias)."""
    words = _name_words(doc.keys, doc.words[run.first : run.last + 1], run.first)
    index = _similar(people, names, words)
    if index is not None:
        name = _without_possessive(doc.text(run.first, run.last))
        person = people[index]
        if len(words) == len(person.words) and name not in {person.name, *person.aliases}:
            person.aliases.append(name)
    return index


# how long a surname must be for a one-letter slip in it to be a misspelling
_LONG_SURNAME = 6


def _misspelt(a: str, b: str) -> bool:
    """Whether *a* and *b* differ by one letter, or by two neighbours swapped."""
    if _one_edit(a, b):
        return True
    if len(a) != len(b):
        return False
    diffs = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )


def _shortened(
    people: list[OfficialDraft], names: _NameIndex, words: tuple[str, ...]
) -> int | None:
    """The official whose name *words* writes with the surname cut short ("Oyun Ts.")."""
    *given, short = words
    for index in names.by_word.get(given[0], ()):
        known = people[index].words
        if list(known[:-1]) == given and known[-1].startswith(short) and known[-1] != short:
            return index
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether *a* and *b* (given names, same first letter) differ by one letter."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _given_names(person: OfficialDraft) -> list[str]:
    """The official's names without particles ("al-", "bin", ...)."""
    return [w for w in person.words if w not in _PARTICLES and not w.startswith(("al-", "el-"))]


class _Ranked:
    """The officials one word may name at one rank, in the order ``_mentioned`` reads
    them, with all their mentions merged by position."""

    __slots__ = ("entries", "members", "order")

    def __init__(self) -> None:
        self.members: list[int] = []
        self.order: dict[int, int] = {}
        self.entries: list[tuple[int, int]] = []  # (token, place in members), sorted

    def add(self, officials: list[tuple[int, list[int]]]) -> None:
        """Officials (with their mentions) after the members so far."""
        for index, named_at in officials:
            place = len(self.members)
            self.members.append(index)
            self.order[index] = place
            self.entries.extend((at, place) for at in named_at)
        self.entries.sort()

    def nearest(self, at: int) -> int:
        """The member named nearest to token *at* (of two as near, the first member)."""
        entries = self.entries
        k = bisect_left(entries, (at, -1))  # the first mention at or after *at*
        best: tuple[int, int] | None = None
        if k > 0:
            before = entries[k - 1][0]
            # of the members named there, the first
            best = (at - before, entries[bisect_left(entries, (before, -1))][1])
        if k < len(entries):
            after = (entries[k][0] - at, entries[k][1])
            if best is None or after < best:
                best = after
        return self.members[best[1] if best is not None else 0]


class _Nearest:
    """The official a name of one word refers to, as ``_mentioned`` finds it, from an
    index: for each word, the officials whose name holds it as a first or last name,
    and those who hold it as a middle name, each with their mentions merged, so the
    nearest is a bisection rather than a look at each official of that name."""

    def __init__(
        self, people: list[OfficialDraft], names: _NameIndex, given_names: dict[int, list[str]]
    ) -> None:
        self.people = people
        self.names = names
        self.given_names = given_names
        # per word: the officials of ``by_word`` read so far, and the two ranks
        self.ranks: dict[str, tuple[set[int], list[int], _Ranked, _Ranked]] = {}
        # per official: the ranks they are in (a new mention goes into each)
        self.watched: dict[int, list[_Ranked]] = {}

    def official(self, word: str, at: int) -> int | None:
        candidates = self.names.by_word.get(word)
        if candidates is None:
            return None  # no official has this word in their name (the usual case)
        if word not in self.ranks:
            self.ranks[word] = (set(), [0], _Ranked(), _Ranked())
        seen, read, first_or_last, middle = self.ranks[word]
        if read[0] < len(candidates):
            # officials named since this word was last looked up join its ranks
            joining: tuple[list[tuple[int, list[int]]], list[tuple[int, list[int]]]] = ([], [])
            for index in candidates[read[0] :]:
                if index in seen:
                    continue
                seen.add(index)
                rank = self._rank(index, word)
                if rank is not None:
                    joining[rank].append((index, self.people[index].named_at))
                    self.watched.setdefault(index, []).append(middle if rank else first_or_last)
            read[0] = len(candidates)
            for ranked, officials in zip((first_or_last, middle), joining, strict=True):
                if officials:
                    ranked.add(officials)
        if first_or_last.members:
            return first_or_last.nearest(at)
        if middle.members:
            return middle.nearest(at)
        return None

    def _rank(self, index: int, word: str) -> int | None:
        """0 if *word* is the official's first or last name, 1 if a middle one."""
        person = self.people[index]
        given = self.given_names.get(index)
        if given is None:
            given = self.given_names[index] = _given_names(person)
        if not given:
            return None
        if word in {person.words[-1], given[0], given[-1]}:
            return 0
        if word in given:
            # a middle name is the surname in "Jorge Ramírez Quispe", but a
            # first or last name is the likelier reading where both occur
            return 1
        if any(
            # "AlMalik" / "al-Malik" / "Ghariri" for "Al-Ghariri"
            w != word and w.startswith(("al-", "al", "el-")) and w.endswith(word) and len(word) >= 5
            for w in person.words
        ):
            return 0
        return None

    def noted(self, index: int, at: int) -> None:
        """*index* is now named at token *at* too."""
        for ranked in self.watched.get(index, ()):
            insort(ranked.entries, (at, ranked.order[index]))


def _mentioned(
    people: list[OfficialDraft],
    names: _NameIndex,
    doc: Document,
    run: _Run,
    kinds: list[str],
    *,
    given_names: dict[int, list[str]],
) -> int | None:
    """The official a short or untitled name run refers to, if any; the nearest named wins.

    *given_names* keeps each official's names without particles, by index, from call
    to call (names no longer change once mentions are looked for).
    """
    keys = doc.keys
    if run.first == run.last:  # a single word (the usual case): no list to build
        words = [keys[run.first]] if kinds[run.first] == "name" else []
    else:
        words = [keys[j] for j in range(run.first, run.last + 1) if kinds[j] == "name"]
    if not words:
        return None
    candidates = names.by_word.get(words[0])
    if candidates is None:
        return None  # no official has this word in their name (the usual case)
    best: int | None = None
    best_rank: tuple[int, int] | None = None
    for index in dict.fromkeys(candidates):
        person = people[index]
        given = given_names.get(index)
        if given is None:
            given = given_names[index] = _given_names(person)
        if not given:
            continue
        middle = 0
        if len(words) == 1:
            word = words[0]
            if word in {person.words[-1], given[0], given[-1]}:
                pass
            elif word in given:
                # a middle name is the surname in "Jorge Ramírez Quispe", but a
                # first or last name is the likelier reading where both occur
                middle = 1
            elif not any(
                # "AlMalik" / "al-Malik" / "Ghariri" for "Al-Ghariri"
                w != word
                and w.startswith(("al-", "al", "el-"))
                and w.endswith(word)
                and len(word) >= 5
                for w in person.words
            ):
                continue
        elif not set(words) <= set(person.words):
            continue
        rank = (middle, _distance(person.named_at, run.first))
        if best_rank is None or rank < best_rank:
            best, best_rank = index, rank
    return best


def _distance(positions: list[int], at: int) -> int:
    """How far *at* is from the nearest of the sorted *positions*."""
    k = bisect_left(positions, at)
    # the neighbours on either side, where there are any (no list to build)
    if 0 < k < len(positions):
        return min(abs(positions[k - 1] - at), abs(positions[k] - at))
    if k > 0:
        return abs(positions[k - 1] - at)
    if positions:
        return abs(positions[k] - at)
    return 10**9
