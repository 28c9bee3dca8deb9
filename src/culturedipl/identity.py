"""People across articles: one key per real person over a corpus.

News spells the same person several ways: accents come and go ("José
María" / "Jose Maria"), names are transliterated from Azerbaijani, Turkish
or Russian differently ("Jeyran" / "Ceyran", "Ercan" / "Erkan", "Aliyev" /
"Aliev", "Khalaf" / "Xalaf"), particles and hyphens vary ("Al-Thani" / "Al
Thani"), and a later mention drops the given name or keeps only its initial.
:func:`~culturedipl.identify` groups the officials of many articles into :class:`Person`
records by these rules, in order:

1. the *skeletons* of the two names are equal: accents folded, particles
   dropped, and transliteration variants brought to one spelling (see
   :func:`skeleton`);
2. or one name is the other with given names left out or cut to initials,
   the surnames' skeletons are equal, and the role agrees too. An initial
   stands for a name that starts with its letter as written or in the
   skeleton ("K." for "Khalid", whose skeleton is "halid"). A short name that
   fits two different people ("R. Aliyev": Ramil or Ramiz?) joins neither;
   one that fits two spellings already joined ("Halilov": "Y. Halilov" and
   "Yusuf Halilov") joins them.

Either way the two must not represent different countries, and a group never
holds two countries: identity never merges people of different countries.
Spelling distance alone merges nothing, so namesakes such as "Ramil Aliyev"
and "Ramiz Aliyev" stay two people.

>>> from culturedipl.identity import identify
>>> from culturedipl import parse_text
>>> first = parse_text("Azerbaijani Culture Minister Ceyran Mammadli met Erkan Tuzcu.")
>>> second = parse_text("Culture Minister Jeyran Mammadli received Ramiz Aliyev.")
>>> people = identify([first, second])
>>> [person.name for person in people if len(person.officials) > 1]
['Ceyran Mammadli']
>>> people.key(first, first.officials[0]) == people.key(second, second.officials[0])
True
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from culturedipl.model import Article, Official, Role

__all__ = ["Identities", "Person", "identify", "skeleton"]

#: Words that join a surname and are often dropped or spelled apart.
_PARTICLES: Final = frozenset(
    "al el ul ar as ash at ad an bin ben ibn bint abu de da di du del della dos das la le van von "
    "der den ter mac oglu oglu qizi kyzy uulu".split()
)
#: Letters that do not decompose into a base letter and a mark.
_LETTERS: Final = str.maketrans(
    {"ı": "i", "ə": "a", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae",
     "œ": "oe", "ʼ": "", "’": "", "'": "", "‘": "", "`": "", "-": " ", "‐": " ", "–": " ", ".": " "}
)  # fmt: skip
#: Transliteration variants, applied in order to an accent-folded lowercase word.
_VARIANTS: Final = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("ph", "f"),
    ("tz", "ts"),
    ("ck", "k"),
    ("w", "v"),
    ("x", "h"),
    ("q", "k"),
    ("ou", "u"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("ye", "ie"),
    ("y", "i"),
)
_SOUNDS: Final = str.maketrans({"c": "k", "j": "k"})
#: Russian surname endings -yev/-iev/-ev (and -yeva ...) written for -ov.
_ENDING: Final = re.compile(r"(?:ie|e|i)+(va?)$")
_DOUBLE: Final = re.compile(r"(.)\1+")


_GLUED_ARTICLE: Final = re.compile(r"\b([AaEe]l)(?=[A-Z])")
#: After a consonant, Russian "ю" is written "yu", "iu" or "u" (Dyuman, Duman).
_SOFT_U: Final = re.compile(r"(?<=[bdfgklmnprstvz])iu")


def _fold(name: str) -> list[str]:
    """*name*'s words: lowercase, accents off, hyphens and apostrophes out, "AlSaadi" apart."""
    name = _GLUED_ARTICLE.sub(r"\1 ", name)
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [word for word in re.split(r"[^a-z0-9]+", text) if word]


def _word(word: str) -> str:
    for old, new in _VARIANTS:
        word = word.replace(old, new)
    word = _SOFT_U.sub("u", word)
    word = _ENDING.sub(r"o\1", _DOUBLE.sub(r"\1", word))
    return _DOUBLE.sub(r"\1", word.translate(_SOUNDS))


def skeleton(name: str) -> tuple[str, ...]:
    """The words of *name* in one spelling, for comparing transliterations.

    >>> from culturedipl.identity import skeleton
    >>> skeleton("Ceyran Mammadli") == skeleton("Jeyran Mammadli")
    True
    >>> skeleton("Ercan Tüzcü") == skeleton("Erkan Tuzcu")
    True
    >>> skeleton("Yusuf bin Omar Al-Harbi") == skeleton("Yusuf Omar Al Harbi")
    True
    >>> skeleton("Tariq M. AlSaadi") == skeleton("Tariq M Al-Saadi")
    True
    >>> skeleton("Dyuman Orazbekov") == skeleton("Duman Orazbekov")
    True
    >>> skeleton("Ramil Aliyev") == skeleton("Ramiz Aliyev")
    False
    """
    return tuple(_word(w) for w in _plain(name))


def _plain(name: str) -> list[str]:
    """*name*'s folded words (:func:`_fold`) without the particles."""
    return [w for w in _fold(name) if w not in _PARTICLES]


@attrs.frozen
class Person:
    """One real person over a corpus: every official record of them, in corpus order."""

    key: str
    #: The fullest name used, as written.
    name: str
    #: ``(article id, official id)`` of each record of the person.
    officials: tuple[tuple[str, str], ...]
    names: tuple[str, ...]
    countries: tuple[str, ...]
    #: ``(published date, role, title)`` of each record, oldest first (undated last).
    roles: tuple[tuple[dt.date | None, Role, str | None], ...]


@attrs.frozen
class Identities:
    """The people of a corpus: iterate for :class:`Person` records; look keys up by record."""

    people: tuple[Person, ...]
    _keys: dict[tuple[str, str], str] = attrs.field(repr=False, eq=False, hash=False)
    _index: dict[str, Person] = attrs.field(
        init=False, repr=False, eq=False, hash=False, default=attrs.Factory(dict)
    )

    def __attrs_post_init__(self) -> None:
        self._index.update((person.key, person) for person in self.people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def __len__(self) -> int:
        return len(self.people)

    def key(self, article: Article | str, official: Official | str, *, alone: bool = False) -> str:
        """The person key of *official* in *article* (records or their ids).

        :func:`identify` leaves out an official without a name, and any official
        it was not given: ``KeyError`` for one, or with *alone* a key of its own,
        ``"<article id>#<official id>"``, which no :class:`Person` has (a person's
        key holds no ``#``).
        """
        article_id = article if isinstance(article, str) else article.id
        official_id = official if isinstance(official, str) else official.id
        try:
            return self._keys[article_id, official_id]
        except KeyError:
            if alone:
                return f"{article_id}#{official_id}"
            raise

    def person(self, key: str) -> Person:
        """The person with *key*; ``KeyError`` if there is none."""
        return self._index[key]


class _Record:
    __slots__ = ("article", "country", "initials", "official", "parent", "published", "words")

    def __init__(self, article: Article, official: Official) -> None:
        self.article = article
        self.official = official
        plain = _plain(official.name)
        self.words = tuple(_word(w) for w in plain)
        #: The first letter of each word as written (accents folded), before "Kh" -> "H".
        self.initials = tuple(w[0] for w in plain)
        self.country = official.country
        self.published = article.published
        self.parent = self


def _root(record: _Record) -> _Record:
    while record.parent is not record:
        record.parent = record.parent.parent
        record = record.parent
    return record


def _initial_of(short: _Record, index: int, full: _Record, other: int) -> bool:
    """Whether word *index* of *short* is an initial that stands for word *other* of *full*.

    The letter is compared both as written and in the skeleton, so that "K." stands for
    "Khalid" (skeleton "halid") and "H." for it too, as "Halid" is one of its spellings.
    """
    word = short.words[index]
    return len(word) == 1 and (
        full.words[other][0] == word or full.initials[other] == short.initials[index]
    )


def _short_form(short: _Record, full: _Record) -> bool:
    """Whether *short* names *full* with given names left out or cut to initials."""
    a, b = short.words, full.words
    if not a or not b or a == b or len(a) > len(b) or a[-1] != b[-1]:
        return False
    if short.official.role != full.official.role:
        return False
    if len(a) > 1 and not (a[0] == b[0] or _initial_of(short, 0, full, 0)):
        return False  # the first given name stays: "Leila Al Harbi", not a son's name
    start = 0
    for index, word in enumerate(a[:-1]):
        found = next(
            (
                other
                for other in range(start, len(b) - 1)
                if b[other] == word or _initial_of(short, index, full, other)
            ),
            None,
        )
        if found is None:
            return False
        start = found + 1
    return True


def _specific(record: _Record) -> tuple[int, int]:
    """Sort key: names with more words, then with fewer initials, come first."""
    return (-len(record.words), sum(len(word) == 1 for word in record.words))


def identify(articles: Iterable[Article]) -> Identities:
    """Group the officials of *articles* into people (see the module's rules)."""
    records = [_Record(a, o) for a in articles for o in a.officials if o.name.strip()]
    countries: dict[int, set[str]] = {id(r): {r.country} if r.country else set() for r in records}

    def union(first: _Record, second: _Record) -> None:
        a, b = _root(first), _root(second)
        if a is b:
            return
        merged = countries[id(a)] | countries[id(b)]
        if len(merged) > 1:
            return  # never two countries in one person
        b.parent = a
        countries[id(a)] = merged

    by_skeleton: dict[tuple[str, ...], list[_Record]] = {}
    by_surname: dict[str, list[_Record]] = {}
    for record in records:
        if record.words:
            by_skeleton.setdefault(record.words, []).append(record)
            by_surname.setdefault(record.words[-1], []).append(record)
    for group in by_skeleton.values():
        for other in group[1:]:
            union(group[0], other)
    for group in by_surname.values():
        # the most specific names first, so that "Y. Halilov" has joined "Yusuf Halilov"
        # before "Halilov" is matched with both
        for short in sorted(group, key=_specific):
            fuller = [
                full
                for full in group
                if _short_form(short, full)
                and (short.country is None or full.country is None or short.country == full.country)
            ]
            # a short form that fits two different people (R. Aliyev: Ramil or Ramiz?)
            # belongs to neither; two spellings of one person are one candidate
            if len({id(_root(full)) for full in fuller}) == 1:
                union(fuller[0], short)
    clusters: dict[int, list[_Record]] = {}
    for record in records:
        clusters.setdefault(id(_root(record)), []).append(record)
    people = []
    taken: set[str] = set()
    keys: dict[tuple[str, str], str] = {}
    for members in clusters.values():
        fullest = max(members, key=lambda r: (len(r.words), len(r.official.name)))
        key = "-".join(fullest.words) + (
            f"@{next(iter(countries[id(_root(fullest))]))}" if countries[id(_root(fullest))] else ""
        )
        while key in taken:
            key += "'"
        taken.add(key)
        for member in members:
            keys[member.article.id, member.official.id] = key
        dated = sorted(members, key=lambda r: (r.published is None, r.published or dt.date.min))
        people.append(
            Person(
                key=key,
                name=fullest.official.name,
                officials=tuple((m.article.id, m.official.id) for m in members),
                names=tuple(dict.fromkeys(m.official.name for m in members)),
                countries=tuple(sorted(countries[id(_root(fullest))])),
                roles=tuple((m.published, m.official.role, m.official.title) for m in dated),
            )
        )
    return Identities(tuple(people), keys)
