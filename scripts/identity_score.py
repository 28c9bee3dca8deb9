"""Pairwise precision and recall of culturedipl.identity against a gold list of same-person names.

    python scripts/identity_score.py GOLD.json PATH...

PATH... are read into a Corpus (text, JSON, JSON Lines; folders and globs too),
and every pair of official records is judged: the gold list's ``same``
clusters say which different spellings are one person (a name it does not
list is one person per exact string), and its ``namesakes`` groups list
different people who share a surname. Prints precision and recall over all
pairs, recall over the pairs spelled differently, and the false merges
among namesakes.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from culturedipl import Corpus
from culturedipl.identity import identify


def main() -> int:
    """Score and print; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    cluster = {name: n for n, names in enumerate(gold["same"]) for name in names}
    namesake = {name: n for n, names in enumerate(gold["namesakes"]) for name in names}
    corpus = Corpus.from_paths(args.paths)
    people = identify(corpus)
    records = [
        (official.name, people.key(article, official))
        for article in corpus
        for official in article.officials
    ]
    true_positive = false_positive = false_negative = 0
    variants = variants_found = namesakes = namesakes_merged = 0
    for (name_a, key_a), (name_b, key_b) in combinations(records, 2):
        same = name_a == name_b or (name_a in cluster and cluster.get(name_b) == cluster[name_a])
        merged = key_a == key_b
        true_positive += same and merged
        false_positive += merged and not same
        false_negative += same and not merged
        if same and name_a != name_b:
            variants += 1
            variants_found += merged
        if not same and name_a in namesake and namesake.get(name_b) == namesake[name_a]:
            namesakes += 1
            namesakes_merged += merged
    precision = true_positive / ((true_positive + false_positive) or 1)
    recall = true_positive / ((true_positive + false_negative) or 1)
    sys.stdout.write(
        f"{len(corpus)} articles, {len(records)} official records, {len(people)} people\n"
        f"all pairs:       precision {precision:.3f}  recall {recall:.3f}  "
        f"({true_positive} merged right, {false_positive} wrong, {false_negative} missed)\n"
        f"spelled apart:   recall {variants_found / (variants or 1):.3f} "
        f"({variants_found} of {variants} pairs)\n"
        f"namesakes:       {namesakes_merged} of {namesakes} pairs merged\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
