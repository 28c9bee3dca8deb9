"""Candidate rows for ``speech_verbs.tsv`` from Open English WordNet's verbs of communication.

Usage::

    python scripts/speech_verbs_from_wordnet.py WORDNET_YAML [TSV] [--commit HASH] [-o OUT]

``WORDNET_YAML`` is a local copy of ``src/yaml/verb.communication.yaml`` from
Open English WordNet (public repository globalwordnet/english-wordnet, CC BY 4.0,
derived from Princeton WordNet); the script reads only the files it is given and
never downloads anything. ``TSV`` is the lexicon to extend (by default the
package's ``src/culturedipl/data/speech_verbs.tsv``).

Every lemma of the class (each member of each synset) is inflected with
lemminflect into the two forms news reports speech in: the past tense ("lauded")
and the third person singular of headlines ("lauds"). A phrasal lemma inflects
its first word ("call for" -> "called for", "calls for"). Forms the TSV already
lists are left out. Each remaining form is printed as a candidate row::

    lauded	?	# oewn laud 00863226-v: praise, glorify, or honor

A person then reviews the candidates against the annotation guide
(``ANNOTATION.md``, "act" and the "More verbs" sections): the rows of verbs that
report speech in news get their act in place of ``?`` and go into the TSV, the
rest (most of the class: "yak", "fingerspell", "riddle") are deleted. The
reader loads only the TSV at run time; this script and its dependencies
(``pip install -e ".[scripts]"``) are never needed to read news.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import yaml
from lemminflect import getInflection

__all__ = ["Candidate", "candidates", "inflect", "listed_forms", "main", "read_lemmas"]

#: The Penn tags of the forms a reporting verb takes in news: past tense, 3rd person.
TAGS = ("VBD", "VBZ")

DEFAULT_TSV = Path(__file__).resolve().parent.parent / "src/culturedipl/data/speech_verbs.tsv"


@dataclass(frozen=True)
class Candidate:
    """One candidate row: a verb form, the lemma it inflects and that lemma's first sense."""

    form: str
    lemma: str
    synset: str
    gloss: str

    def row(self) -> str:
        """The row as written to the TSV, its act left for the reviewer (``?``)."""
        return f"{self.form}\t?\t# oewn {self.lemma} {self.synset}: {self.gloss}"


def read_lemmas(path: Path) -> dict[str, tuple[str, str]]:
    """The lemmas of a WordNet YAML synset file: ``lemma -> (synset id, gloss)``.

    A lemma in several synsets keeps the first in file order (the synsets are
    sorted by id, so the result does not depend on the YAML library's order).
    """
    with path.open(encoding="utf-8") as handle:
        synsets = yaml.safe_load(handle)
    if not isinstance(synsets, dict):
        msg = f"{path}: expected a mapping of synset ids, got {type(synsets).__name__}"
        raise ValueError(msg)  # a bad input file, not a bad argument
    lemmas: dict[str, tuple[str, str]] = {}
    for synset_id in sorted(synsets):
        synset = synsets[synset_id]
        definitions = synset.get("definition") or [""]
        gloss = " ".join(str(definitions[0]).split())
        for member in synset.get("members", []):
            lemma = " ".join(str(member).split())
            if lemma:
                lemmas.setdefault(lemma, (str(synset_id), gloss))
    return lemmas


def inflect(lemma: str) -> list[str]:
    """The past tense and 3rd person singular of *lemma*, its first word inflected.

    A lemma whose first word lemminflect does not know as a verb yields nothing,
    and so does one with a capital ("Latinise", "DJ"): such verbs never report
    speech in news.
    """
    head, _, rest = lemma.partition(" ")
    if not head.islower():
        return []
    forms: list[str] = []
    for tag in TAGS:
        found = getInflection(head, tag=tag)
        if found:
            form = f"{found[0]} {rest}" if rest else found[0]
            if form not in forms:
                forms.append(form)
    return forms


def listed_forms(lines: Iterable[str]) -> frozenset[str]:
    """The phrases a speech-verb TSV already lists, case-folded as the reader matches them."""
    listed: set[str] = set()
    for raw in lines:
        phrase = raw.split("#", 1)[0].split("\t", 1)[0]
        key = " ".join(phrase.casefold().split())
        if key:
            listed.add(key)
    return frozenset(listed)


def candidates(
    lemmas: Mapping[str, tuple[str, str]], listed: frozenset[str]
) -> Iterator[Candidate]:
    """The forms of *lemmas* not in *listed*, by lemma in alphabetical order."""
    for lemma in sorted(lemmas):
        synset, gloss = lemmas[lemma]
        for form in inflect(lemma):
            if " ".join(form.casefold().split()) not in listed:
                yield Candidate(form, lemma, synset, gloss)


def write_rows(rows: Iterable[Candidate], out: TextIO, *, source: str, commit: str | None) -> int:
    """Write a header naming the source and the candidate rows; return the row count."""
    at = f" at commit {commit}" if commit else ""
    out.write(
        f"# Candidate reporting verbs from Open English WordNet (CC BY 4.0), {source}{at}.\n"
        "# Review each row: put its act (ANNOTATION.md) in place of '?', or delete it.\n"
    )
    count = 0
    for candidate in rows:
        out.write(candidate.row() + "\n")
        count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    """Print (or write) the candidate rows; the exit status is 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("wordnet", type=Path, help="local copy of verb.communication.yaml")
    parser.add_argument("tsv", type=Path, nargs="?", default=DEFAULT_TSV, help="speech_verbs.tsv")
    parser.add_argument("--commit", help="the english-wordnet commit the YAML was taken from")
    parser.add_argument("-o", "--output", type=Path, help="write the rows here, not to stdout")
    args = parser.parse_args(argv)
    lemmas = read_lemmas(args.wordnet)
    listed = listed_forms(args.tsv.read_text(encoding="utf-8").splitlines())
    rows = candidates(lemmas, listed)
    source = "src/yaml/verb.communication.yaml"
    if args.output is None:
        count = write_rows(rows, sys.stdout, source=source, commit=args.commit)
    else:
        with args.output.open("w", encoding="utf-8") as out:
            count = write_rows(rows, out, source=source, commit=args.commit)
    sys.stderr.write(f"{count} candidate rows from {len(lemmas)} lemmas\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
