"""Named initiatives: campaigns, programmes, commemorative years, forums ...

Two shapes are recognised, with head words from ``initiatives.tsv``::

    capitalised phrase holding a head word   "Year of Nizami", "Baku Process",
                                             "World Forum on Intercultural Dialogue"
    quoted or coined name next to a head     the "Peace for Culture" campaign,
                                             the global campaign Peace4Culture

A leading ordinal ("5th", "VI") and "the" are dropped from the name. Names
that differ only in spelling of "for"/"4" are aliases of one initiative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from culturedipl._document import Document
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
_ORDINAL = re.compile(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[IVXLC]+)\s+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“«‘']([^\"“”«»‘’']{3,80})[\"”»’']")
_INITIATOR = re.compile(
    r"^[\"”»’']?\s*(?:[a-z]+\s+){0,2}?,?\s*(?:an?\s+[\w\s]{0,30}?)?(?:initiated|launched|put forward|proposed|organi[sz]ed|founded|announced)"
    r"\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,.;()]{2,80}?)(?=\s+(?:to|in|as|and|on|at|which|that|for)\b|[,.;()]|$)"
)
_COINED = re.compile(r"^[A-Z][A-Za-z]*\d[A-Za-z\d]*$|^[A-Z][a-z]+[A-Z]\w*$")
_NOT_INITIATIVE_WORDS = frozenset(
    {"organization", "organisation", "council", "ministry", "committee", "agency", "foundation", "union",
     "center", "centre", "institute", "university", "assembly", "office", "department", "alliance",
     "embassy", "convention", "order", "award", "prize", "medal", "house", "museum", "school"}
)
_KIND_ORDER = {  # when a name holds two head words, the last one decides ("Music Festival")
}


def _kind_words(doc: Document) -> dict[str, InitiativeKind]:
    from culturedipl import lexicon

    return {word.casefold(): kind for word, kind in lexicon.initiative_kinds().items()}


def _clean(name: str) -> str:
    name = name.strip(" \"'“”«»‘’,.;:")
    name = _ORDINAL.sub("", name)
    if name.casefold().startswith("the "):
        name = name[4:]
    return name.strip()


def _fold(name: str) -> str:
    folded = re.sub(r"[^0-9a-z]+", "", name.casefold().replace("4", "for").replace("2", "to"))
    return folded


def find_initiatives(doc: Document) -> list[InitiativeDraft]:
    """Every named initiative in *doc*, merged by name, in order of first mention."""
    heads = _kind_words(doc)
    found: list[InitiativeDraft] = []
    by_fold: dict[str, InitiativeDraft] = {}

    def add(name: str, kind: InitiativeKind, start: int, end: int) -> None:
        name = _clean(name)
        if len(name) < 3 or not name[:1].isupper():
            return
        folded = _fold(name)
        draft = by_fold.get(folded)
        if draft is None:
            draft = InitiativeDraft(name=name, kind=kind)
            by_fold[folded] = draft
            found.append(draft)
        elif name != draft.name and name not in draft.aliases:
            draft.aliases.append(name)
        draft.mentions.append((start, end))
        if draft.initiator is None:
            match = _INITIATOR.match(doc.body[end : end + 160])
            if match is not None:
                draft.initiator = match.group("who").strip()

    for sentence_index, sentence in enumerate(doc.sentences):
        indexes = doc.sentence_tokens(sentence_index)
        tokens = doc.tokens
        keys = doc.keys
        # capitalised phrases with a head word
        j = indexes.start
        while j < indexes.stop:
            if not tokens[j].text[:1].isupper() or (j == indexes.start and keys[j] in {"the", "a"}):
                j += 1
                continue
            first = j
            last = j
            k = j
            while k < indexes.stop:
                text = tokens[k].text
                if text[:1].isupper() or text[:1].isdigit() and k > first:
                    last = k
                elif keys[k] in _CONNECTORS or text in {"-"}:
                    pass
                else:
                    break
                k += 1
            words = [keys[m] for m in range(first, last + 1)]
            head_positions = [m for m, w in enumerate(words) if w in heads]
            if head_positions and not any(w in _NOT_INITIATIVE_WORDS for w in words):
                name_first = first
                # drop leading words that belong to the sentence, not the name
                while name_first < last and keys[name_first] in {"the", "a", "at", "in", "on", "during", "within", "of", "and"}:
                    name_first += 1
                head = words[head_positions[-1]]
                single_word = name_first == last
                if not single_word and not (keys[name_first] in heads and name_first + 1 <= last and keys[name_first + 1] not in _CONNECTORS and keys[name_first] not in {"days", "year", "capital"}):
                    add(doc.text(name_first, last), heads[head], tokens[name_first].start, tokens[last].end)
            j = max(k, j + 1)
        # quoted or coined names beside a head word: the "Peace for Culture" campaign
        for match in _QUOTED.finditer(sentence.text):
            inner = match.group(1).strip()
            after = sentence.text[match.end() : match.end() + 40].split()
            before = sentence.text[max(0, match.start() - 40) : match.start()].split()
            kind = _head_near(heads, after[:2], before[-2:])
            inner_words = inner.split()
            if kind is None and any(w.casefold() in heads for w in inner_words) and inner[:1].isupper():
                kind = heads[next(w.casefold() for w in reversed(inner_words) if w.casefold() in heads)]
            if kind is not None and inner[:1].isupper():
                start = sentence.start + match.start(1)
                add(inner, kind, start, start + len(match.group(1)))
        for j in indexes:
            text = tokens[j].text
            if _COINED.match(text) and not tokens[j].text.isupper():
                after = [keys[m] for m in range(j + 1, min(j + 3, indexes.stop))]
                before = [keys[m] for m in range(max(indexes.start, j - 2), j)]
                kind = _head_near(heads, after, before)
                if kind is not None:
                    add(text, kind, tokens[j].start, tokens[j].end)
    return found


def _head_near(heads: dict[str, InitiativeKind], after: list[str], before: list[str]) -> InitiativeKind | None:
    for word in after[:1] + before[-1:] + before[-2:-1]:
        word = word.strip("\"'“”«»‘’,.;:()").casefold()
        if word in heads:
            return heads[word]
    return None
