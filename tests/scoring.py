"""Score the reader against gold files, in process, by the rules of the shared corpus.

This follows ``../shared/corpus/score.py`` (the reference scorer, see
ANNOTATION.md "Scoring") match for match, but works on articles that
:func:`culturedipl.to_dict` turned into plain dicts instead of on the output
of a subprocess:

- names are compared after :func:`norm` (case, accents, quotes, hyphens,
  spaces and surrounding punctuation folded);
- an official matches the first unmatched prediction sharing a name or alias;
- a meeting matches when its participants are the same set of officials;
- a statement matches when its speakers are the same set and its sentence
  (at most :data:`MAX_SENTENCE` characters) contains the gold anchor;
- an initiative matches by name or alias, ignoring a leading ordinal and "the";
- each category gets precision, recall and F1, the overall F1 is their mean,
  and matched items add to accuracy tallies (role, country, act, ...).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import culturedipl

__all__ = [
    "CATEGORIES",
    "MAX_SENTENCE",
    "Counts",
    "Score",
    "gold_files",
    "norm",
    "norm_initiative",
    "score_article",
    "score_folder",
    "text_file",
]

#: A gold or predicted record, as JSON gives it.
Json = Mapping[str, Any]
#: Predicted official references (ids or names) to the keys they match under.
KeyFn = Callable[[Iterable[object] | None], frozenset[str]]

#: The four scored categories; :attr:`Score.overall_f1` is the mean of their F1.
CATEGORIES = ("officials", "meetings", "statements", "initiatives")
#: A predicted statement whose text is longer than this is no sentence and matches nothing.
MAX_SENTENCE = 600

_FOLDED = str.maketrans(dict.fromkeys("\"'“”„‘’‚«»`´-‐‑‒–—―/", " "))
_SPACES = re.compile(r"\s+")
_ORDINAL = re.compile(r"^(the\s+)?((?:[ivxlc]+|\d+(?:st|nd|rd|th)?)\s+)", re.IGNORECASE)


def norm(text: str | None) -> str:
    """Fold *text* for comparison: no accents, case, quotes, hyphens or edge punctuation."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = _SPACES.sub(" ", bare.casefold().translate(_FOLDED))
    return folded.strip(" .,;:!?()[]")


def norm_initiative(text: str | None) -> str:
    """:func:`norm`, without a leading ordinal ("VI", "5th") or "the"."""
    folded = _ORDINAL.sub("", norm(text))
    return folded.removeprefix("the ")


@dataclass(frozen=True)
class Counts:
    """Matches, predictions and gold items of one category."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    @property
    def precision(self) -> float:
        """Share of predictions that match; 1.0 when nothing was predicted or expected."""
        if self.pred:
            return self.tp / self.pred
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items matched; 1.0 when nothing was expected or predicted."""
        if self.gold:
            return self.tp / self.gold
        return 1.0 if not self.pred else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Counts per category, accuracy tallies, and notes on every miss and extra."""

    counts: dict[str, Counts] = field(
        default_factory=lambda: {c: Counts() for c in (*CATEGORIES, "statements_any_speaker")}
    )
    #: name -> (correct, checked)
    checks: dict[str, tuple[int, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, category: str, tp: int, pred: int, gold: int) -> None:
        """Count *tp* matches among *pred* predictions and *gold* gold items."""
        self.counts[category] += Counts(tp, pred, gold)

    def check(self, name: str, ok: bool) -> None:
        """Tally one accuracy check."""
        correct, checked = self.checks.get(name, (0, 0))
        self.checks[name] = (correct + ok, checked + 1)

    def merge(self, other: Score) -> None:
        """Add *other*'s counts, checks and notes to this score."""
        for category, counts in other.counts.items():
            self.counts[category] += counts
        for name, (correct, checked) in other.checks.items():
            mine = self.checks.get(name, (0, 0))
            self.checks[name] = (mine[0] + correct, mine[1] + checked)
        self.notes.extend(other.notes)

    def f1(self, category: str) -> float:
        """F1 of *category*."""
        return self.counts[category].f1

    def accuracy(self, name: str) -> float | None:
        """Share of correct *name* checks, ``None`` when there were none."""
        correct, checked = self.checks.get(name, (0, 0))
        return correct / checked if checked else None

    @property
    def overall_f1(self) -> float:
        """Mean F1 of the four categories."""
        return sum(self.f1(c) for c in CATEGORIES) / len(CATEGORIES)

    def table(self) -> str:
        """The figures as a small text table, as score.py prints them."""
        lines = [f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}"]
        for category, c in self.counts.items():
            lines.append(
                f"{category:24}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6}{c.pred:6}{c.gold:6}"
            )
        for name, (correct, checked) in sorted(self.checks.items()):
            lines.append(f"accuracy {name:15}{correct / checked:7.3f}  ({correct}/{checked})")
        lines.append(f"overall F1 {self.overall_f1:.3f}")
        return "\n".join(lines)


def _names(item: Json, normalise: Callable[[str | None], str] = norm) -> set[str]:
    """The normalised name and aliases of a gold or predicted record."""
    return {normalise(item.get("name"))} | {normalise(a) for a in item.get("aliases") or ()}


def _records(document: Json, key: str) -> Sequence[Json]:
    records: Sequence[Json] = document.get(key) or ()
    return records


def score_article(gold: Json, pred: Json) -> Score:
    """Score one predicted article (``to_dict`` form) against its gold annotation."""
    score = Score()
    _score_metadata(gold, pred, score)
    ref_keys = _score_officials(gold, pred, score)

    def keys(refs: Iterable[object] | None) -> frozenset[str]:
        return frozenset(ref_keys.get(str(r), "?" + norm(str(r))) for r in refs or ())

    _score_meetings(gold, pred, score, ref_keys, keys)
    _score_statements(gold, pred, score, keys)
    _score_initiatives(gold, pred, score)
    return score


def _score_metadata(gold: Json, pred: Json, score: Score) -> None:
    score.check("outlet", norm(gold.get("outlet")) == norm(pred.get("outlet")))
    score.check("published", (gold.get("published") or None) == (pred.get("published") or None))
    gold_authors = sorted(norm(a) for a in gold.get("authors") or ())
    pred_authors = sorted(norm(a) for a in pred.get("authors") or ())
    score.check("authors", gold_authors == pred_authors)


def _score_officials(gold: Json, pred: Json, score: Score) -> dict[str, str]:
    """Match officials; return each predicted id and name mapped to its matching key.

    A matched prediction's key is the gold official's normalised name; an
    unmatched one's is ``?`` and its own normalised name.
    """
    gold_officials = _records(gold, "officials")
    predicted = _records(pred, "officials")
    predicted_names = [_names(o) for o in predicted]
    key_of: dict[int, str] = {}
    for g in gold_officials:
        wanted = _names(g)
        j = next((j for j, n in enumerate(predicted_names) if j not in key_of and n & wanted), None)
        if j is None:
            score.notes.append(f"missed official {g['name']}")
            continue
        key_of[j] = norm(g["name"])
        o = predicted[j]
        score.check("role", g.get("role") == o.get("role"))
        score.check("country", (g.get("country") or None) == (o.get("country") or None))
        if g.get("organization"):
            score.check("organization", norm(g["organization"]) == norm(o.get("organization")))
        if g.get("posted_to"):
            score.check("posted_to", g["posted_to"] == o.get("posted_to"))
    score.add("officials", len(key_of), len(predicted), len(gold_officials))
    ref_keys: dict[str, str] = {}
    for j, o in enumerate(predicted):
        if j not in key_of:
            score.notes.append(f"extra official {o.get('name')}")
        key = key_of.get(j, "?" + norm(o.get("name")))
        for ref in (o.get("id"), o.get("name")):
            if ref is not None:
                ref_keys[str(ref)] = key
    return ref_keys


def _score_meetings(
    gold: Json, pred: Json, score: Score, ref_keys: dict[str, str], keys: KeyFn
) -> None:
    gold_meetings = _records(gold, "meetings")
    predicted = _records(pred, "meetings")
    participant_sets: list[frozenset[str]] = [keys(m.get("participants")) for m in predicted]
    used: set[int] = set()
    for g in gold_meetings:
        wanted = frozenset(norm(n) for n in g["participants"])
        j = next((j for j, s in enumerate(participant_sets) if j not in used and s == wanted), None)
        if j is None:
            score.notes.append(f"missed meeting {sorted(wanted)}")
            continue
        used.add(j)
        m = predicted[j]
        if g.get("host"):
            host = m.get("host")
            score.check("host", host is not None and ref_keys.get(str(host)) == norm(g["host"]))
        if g.get("date"):
            score.check("meeting_date", m.get("date") == g["date"])
    score.notes.extend(
        f"extra meeting {sorted(s)}" for j, s in enumerate(participant_sets) if j not in used
    )
    score.add("meetings", len(used), len(predicted), len(gold_meetings))


def _score_statements(gold: Json, pred: Json, score: Score, keys: KeyFn) -> None:
    gold_statements = _records(gold, "statements")
    predicted = _records(pred, "statements")
    texts = [
        norm(s.get("text")) if len(s.get("text") or "") <= MAX_SENTENCE else "" for s in predicted
    ]
    speaker_sets: list[frozenset[str]] = [keys(s.get("speakers")) for s in predicted]
    used: set[int] = set()
    used_any: set[int] = set()
    for g in gold_statements:
        anchor = norm(g["anchor"])
        wanted = frozenset(norm(n) for n in g["speakers"])
        holding = [j for j, text in enumerate(texts) if anchor in text]
        any_j = next((j for j in holding if j not in used_any), None)
        if any_j is not None:
            used_any.add(any_j)
        j = next((j for j in holding if j not in used and speaker_sets[j] == wanted), None)
        if j is None:
            found = [sorted(speaker_sets[k]) for k in holding]
            also = f" (found with speakers {found})" if found else ""
            score.notes.append(f"missed statement {sorted(wanted)} {g['anchor']!r}{also}")
            continue
        used.add(j)
        score.check("act", predicted[j].get("act") == g.get("act"))
    score.notes.extend(
        f"extra statement {sorted(speaker_sets[j])} {(s.get('text') or '')[:70]!r}"
        for j, s in enumerate(predicted)
        if j not in used
    )
    score.add("statements", len(used), len(predicted), len(gold_statements))
    score.add("statements_any_speaker", len(used_any), len(predicted), len(gold_statements))


def _score_initiatives(gold: Json, pred: Json, score: Score) -> None:
    gold_initiatives = _records(gold, "initiatives")
    predicted = _records(pred, "initiatives")
    predicted_names = [_names(i, norm_initiative) for i in predicted]
    used: set[int] = set()
    for g in gold_initiatives:
        wanted = _names(g, norm_initiative)
        j = next((j for j, n in enumerate(predicted_names) if j not in used and n & wanted), None)
        if j is None:
            score.notes.append(f"missed initiative {g['name']!r}")
            continue
        used.add(j)
        score.check("initiative_kind", predicted[j].get("kind") == g.get("kind"))
    score.notes.extend(
        f"extra initiative {i.get('name')!r}" for j, i in enumerate(predicted) if j not in used
    )
    score.add("initiatives", len(used), len(predicted), len(gold_initiatives))


def gold_files(folder: Path) -> list[Path]:
    """The ``*.gold.json`` files of *folder*, sorted."""
    return sorted(folder.glob("*.gold.json"))


def text_file(gold_path: Path) -> Path:
    """The article text beside gold file *gold_path*."""
    return gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")


def score_folder(folder: Path) -> Score:
    """Read every article of *folder* with the reader and score it against its gold file.

    Notes are prefixed with the text file's name.
    """
    total = Score()
    for gold_path in gold_files(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = text_file(gold_path)
        predicted = culturedipl.to_dict(culturedipl.parse_file(source))
        score = score_article(gold, predicted)
        score.notes[:] = [f"{source.name}: {note}" for note in score.notes]
        total.merge(score)
    return total


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tests.scoring DIR...``: print the table and every miss for the gold folders."""
    folders = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if not folders:
        print("usage: python -m tests.scoring GOLD_DIR...", file=sys.stderr)  # noqa: T201
        return 2
    total = Score()
    for folder in folders:
        total.merge(score_folder(folder))
    for note in total.notes:
        print(note)  # noqa: T201
    print(total.table())  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
