"""The reader against gold annotations: our own articles, the shared dev corpus, the gold files.

The floors sit about 0.05 under the figures measured when they were set, so
that a regression fails the suite while small changes in either direction do
not. Raise them as the reader improves; ``python -m tests.scoring tests/articles``
prints the current table and every miss.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from culturedipl import Act, InitiativeKind, Role
from culturedipl.countries import is_country_code
from tests.scoring import CATEGORIES, Score, gold_files, score_folder, text_file

ARTICLES = Path(__file__).parent / "articles"
#: Three more sets, each written by someone who had not seen the reader: first
#: measured blind (overall F1 0.720, 0.833 and 0.868), then used to find rules
#: that generalise.
ARTICLES_B = Path(__file__).parent / "articles_b"
ARTICLES_C = Path(__file__).parent / "articles_c"
ARTICLES_D = Path(__file__).parent / "articles_d"
SHARED_CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
DEV = SHARED_CORPUS / "dev"
DEV2 = SHARED_CORPUS / "dev2"

#: Score floors per set: officials, meetings, statements, initiatives (F1), the
#: overall F1 and the act accuracy, each about 0.05 under the figure measured.
FLOORS: dict[str, tuple[float, float, float, float, float, float]] = {
    # tests/articles: 20 articles; measured 1.000 1.000 0.997 0.917 0.978 1.000
    "articles": (0.95, 0.95, 0.94, 0.86, 0.92, 0.95),
    # tests/articles_b: 16 articles; measured 1.000 1.000 0.977 0.870 0.962 1.000
    "articles_b": (0.95, 0.95, 0.92, 0.82, 0.91, 0.95),
    # tests/articles_c: 16 articles; measured 1.000 0.978 1.000 0.986 0.991 1.000
    "articles_c": (0.95, 0.92, 0.95, 0.93, 0.94, 0.95),
    # tests/articles_d: 14 articles; measured 1.000 1.000 0.996 1.000 0.999 1.000
    "articles_d": (0.95, 0.95, 0.94, 0.95, 0.94, 0.95),
    # ../shared/corpus/dev: 33 articles; measured 0.995 1.000 0.991 0.984 0.992 0.990
    "dev": (0.94, 0.95, 0.94, 0.93, 0.94, 0.94),
    # ../shared/corpus/dev2: 30 articles chosen for hard cases; first measured blind
    # (overall 0.624), then used to find rules; measured 0.974 0.958 0.931 0.946 0.952 0.983
    "dev2": (0.92, 0.90, 0.88, 0.89, 0.90, 0.93),
}
MEASURES = (*CATEGORIES, "overall", "act")
OWN_SETS = ("articles", "articles_b", "articles_c", "articles_d")


def _figure(score: Score, measure: str) -> float:
    """F1 of a category, the overall F1, or the act accuracy."""
    if measure == "overall":
        return score.overall_f1
    if measure == "act":
        return score.accuracy("act") or 0.0
    return score.f1(measure)


def _report(score: Score, measure: str) -> str:
    notes = "\n".join(
        f"  {note}" for note in score.notes if measure in {"overall", "act"} or measure[:-1] in note
    )
    return f"{score.table()}\n{notes}"


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    """Each set's score, computed once for the module."""
    return {}


def _score(scores: dict[str, Score], name: str) -> Score:
    if name not in scores:
        folder = {"dev": DEV, "dev2": DEV2}.get(name, Path(__file__).parent / name)
        if not folder.is_dir():
            pytest.skip(f"the shared dev corpus is not here ({folder} does not exist)")
        scores[name] = score_folder(folder)
    return scores[name]


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("name", OWN_SETS)
def test_own_articles(scores: dict[str, Score], name: str, measure: str) -> None:
    """The reader stays above its floors on each of our own annotated sets."""
    score = _score(scores, name)
    floor = FLOORS[name][MEASURES.index(measure)]
    assert _figure(score, measure) >= floor, _report(score, measure)


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("name", ["dev", "dev2"])
def test_dev_corpus(scores: dict[str, Score], name: str, measure: str) -> None:
    """The reader stays above its floors on ../shared/corpus/dev and dev2 (skipped
    without them)."""
    score = _score(scores, name)
    floor = FLOORS[name][MEASURES.index(measure)]
    assert _figure(score, measure) >= floor, _report(score, measure)


def test_own_articles_are_twenty() -> None:
    """tests/articles holds the twenty annotated articles, each beside its text."""
    golds = gold_files(ARTICLES)
    assert len(golds) == 20
    assert all(text_file(gold).is_file() for gold in golds)


# The annotation rules of ANNOTATION.md that a gold file can be checked against.

TOP_KEYS = {
    "url",
    "outlet",
    "published",
    "authors",
    "officials",
    "meetings",
    "statements",
    "initiatives",
}
ROLES = {role.value for role in Role}
ACTS = {act.value for act in Act}
KINDS = {kind.value for kind in InitiativeKind}


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def gold_problems(gold: dict[str, Any], text: str) -> list[str]:
    """Every way *gold* breaks the annotation rules for article *text*."""
    problems: list[str] = []
    if set(gold) != TOP_KEYS:
        problems.append(f"top-level keys {sorted(gold)} != {sorted(TOP_KEYS)}")
    if gold.get("published") is not None and not _is_iso_date(gold["published"]):
        problems.append(f"published is not an ISO date: {gold['published']!r}")
    names: set[str] = set()
    for official in gold.get("officials", []):
        name = official.get("name")
        if not name:
            problems.append(f"official without a name: {official}")
            continue
        if name in names:
            problems.append(f"official {name!r} listed twice")
        names.add(name)
        if official.get("role") not in ROLES:
            problems.append(f"official {name!r}: bad role {official.get('role')!r}")
        for key in ("country", "posted_to"):
            code = official.get(key)
            if code is not None and not (isinstance(code, str) and is_country_code(code)):
                problems.append(
                    f"official {name!r}: {key} is not an ISO 3166-1 alpha-2 code: {code!r}"
                )
        if not any(spelling in text for spelling in [name, *official.get("aliases", [])]):
            problems.append(f"official {name!r}: neither the name nor an alias is in the text")
    for meeting in gold.get("meetings", []):
        participants = meeting.get("participants", [])
        if not participants:
            problems.append(f"meeting without participants: {meeting}")
        problems.extend(
            f"meeting participant {p!r} is not an official" for p in participants if p not in names
        )
        host = meeting.get("host")
        if host is not None and host not in participants:
            problems.append(f"meeting host {host!r} is not a participant")
        if meeting.get("date") is not None and not _is_iso_date(meeting["date"]):
            problems.append(f"meeting date is not an ISO date: {meeting['date']!r}")
    anchors: set[str] = set()
    for statement in gold.get("statements", []):
        anchor = statement.get("anchor", "")
        speakers = statement.get("speakers", [])
        if not speakers:
            problems.append(f"statement {anchor!r} has no speakers")
        problems.extend(
            f"statement {anchor!r}: speaker {s!r} is not an official"
            for s in speakers
            if s not in names
        )
        if statement.get("act") not in ACTS:
            problems.append(f"statement {anchor!r}: bad act {statement.get('act')!r}")
        occurrences = text.count(anchor) if anchor else 0
        if occurrences != 1:
            where = "is not in the text" if occurrences == 0 else f"occurs {occurrences} times"
            problems.append(f"anchor {anchor!r} {where}")
        if anchor in anchors:
            problems.append(f"anchor {anchor!r} used by two statements")
        anchors.add(anchor)
    for initiative in gold.get("initiatives", []):
        if not initiative.get("name"):
            problems.append(f"initiative without a name: {initiative}")
        if initiative.get("kind") not in KINDS:
            problems.append(
                f"initiative {initiative.get('name')!r}: bad kind {initiative.get('kind')!r}"
            )
    return problems


@pytest.mark.parametrize(
    "gold_path",
    [
        *gold_files(ARTICLES),
        *gold_files(ARTICLES_B),
        *gold_files(ARTICLES_C),
        *gold_files(ARTICLES_D),
    ],
    ids=lambda p: f"{p.parent.name}/{p.name.removesuffix('.gold.json')}",
)
def test_gold_follows_the_annotation_rules(gold_path: Path) -> None:
    """Each gold file's anchors, speakers, roles, acts and kinds obey ANNOTATION.md."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_file(gold_path).read_text(encoding="utf-8")
    assert gold_problems(gold, text) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda g: g["statements"][0].update(anchor="nowhere in the text"), "is not in the text"),
        (lambda g: g["statements"][0].update(anchor="the"), "occurs"),
        (lambda g: g["statements"][0].update(speakers=["Nobody Known"]), "is not an official"),
        (lambda g: g["statements"][0].update(act="shout"), "bad act 'shout'"),
        (lambda g: g["officials"][0].update(role="king"), "bad role 'king'"),
        (lambda g: g["officials"][0].update(country="XX"), "not an ISO 3166-1 alpha-2 code"),
        (lambda g: g["meetings"][0].update(host="Nobody Known"), "is not a participant"),
        (lambda g: g["initiatives"][0].update(kind="party"), "bad kind 'party'"),
        (lambda g: g.update(extra=1), "top-level keys"),
    ],
)
def test_gold_check_catches_each_broken_rule(change: Any, problem: str) -> None:
    """The gold checker reports a broken anchor, speaker, role, country, host, act and kind."""
    gold_path = ARTICLES / "warsawwire-2014-09-24-indian-minister-visit.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_file(gold_path).read_text(encoding="utf-8")
    change(gold)
    problems = gold_problems(gold, text)
    assert len(problems) == 1
    assert problem in problems[0]
