"""The script that proposes rows for the speech-verb lexicon from WordNet.

``scripts/speech_verbs_from_wordnet.py`` is run on a small WordNet file
written here.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "speech_verbs_from_wordnet.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("speech_verbs_from_wordnet", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


script = _script()


# --------------------------------------------------------------------------
# The script, on a WordNet file of our own

WORDNET_YAML = """\
00000001-v:
  definition:
  - speak of with great approval
  ili: i1
  members:
  - laud
  - extol
  partOfSpeech: v
00000002-v:
  definition:
  - chatter at length
  members:
  - yak
  partOfSpeech: v
00000003-v:
  definition:
  - ask publicly that something be done
  members:
  - call for
  partOfSpeech: v
00000004-v:
  definition:
  - speak about in passing
  members:
  - touch on
  - laud
  partOfSpeech: v
00000005-v:
  definition:
  - write in Roman letters
  members:
  - Romanize
  partOfSpeech: v
"""

LISTED = "# a lexicon\nlauded\texpress\ncalled for\tpropose  # a comment\n\ntouched on\tinform\n"

EXPECTED = [
    "calls for\t?\t# oewn call for 00000003-v: ask publicly that something be done",
    "extolled\t?\t# oewn extol 00000001-v: speak of with great approval",
    "extols\t?\t# oewn extol 00000001-v: speak of with great approval",
    "lauds\t?\t# oewn laud 00000001-v: speak of with great approval",
    "touches on\t?\t# oewn touch on 00000004-v: speak about in passing",
    "yakked\t?\t# oewn yak 00000002-v: chatter at length",
    "yaks\t?\t# oewn yak 00000002-v: chatter at length",
]


@pytest.fixture
def wordnet(tmp_path: Path) -> tuple[Path, Path]:
    """A WordNet synset file and a lexicon, written to *tmp_path*."""
    yaml_path, tsv_path = tmp_path / "verb.communication.yaml", tmp_path / "speech_verbs.tsv"
    yaml_path.write_text(WORDNET_YAML, encoding="utf-8")
    tsv_path.write_text(LISTED, encoding="utf-8")
    return yaml_path, tsv_path


def test_script_prints_the_unlisted_forms(wordnet: tuple[Path, Path]) -> None:
    """Run as a program, the script prints a credited header and one row per new form."""
    yaml_path, tsv_path = wordnet
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(yaml_path), str(tsv_path), "--commit", "0" * 40],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("# Candidate reporting verbs from Open English WordNet (CC BY 4.0)")
    assert lines[0].endswith(f"at commit {'0' * 40}.")
    assert lines[1].startswith("#")
    assert lines[2:] == EXPECTED
    assert done.stderr == "7 candidate rows from 6 lemmas\n"


def test_script_writes_the_rows_to_a_file(wordnet: tuple[Path, Path], tmp_path: Path) -> None:
    """With --output the rows go to the file, and stdout stays empty."""
    yaml_path, tsv_path = wordnet
    out = tmp_path / "candidates.tsv"
    assert script.main([str(yaml_path), str(tsv_path), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "at commit" not in lines[0]
    assert lines[2:] == EXPECTED


def test_lemmas_keep_their_first_synset(wordnet: tuple[Path, Path]) -> None:
    """A lemma in two synsets ("laud") keeps the one with the lower id."""
    lemmas = script.read_lemmas(wordnet[0])
    assert lemmas["laud"] == ("00000001-v", "speak of with great approval")
    assert sorted(lemmas) == ["Romanize", "call for", "extol", "laud", "touch on", "yak"]


def test_a_yaml_file_that_is_not_synsets_is_refused(tmp_path: Path) -> None:
    """A YAML list is not a synset file."""
    path = tmp_path / "bad.yaml"
    path.write_text("- laud\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected a mapping of synset ids"):
        script.read_lemmas(path)


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("laud", ["lauded", "lauds"]),
        ("extol", ["extolled", "extols"]),
        ("say", ["said", "says"]),
        ("call for", ["called for", "calls for"]),
        ("take the floor", ["took the floor", "takes the floor"]),
        ("Romanize", []),
    ],
)
def test_inflect(lemma: str, forms: list[str]) -> None:
    """Past tense and 3rd person of the first word; the rest of a phrase as it is."""
    assert script.inflect(lemma) == forms


def test_listed_forms_fold_case_and_skip_comments() -> None:
    """Forms are read as the reader matches them: case folded, comments and blanks skipped."""
    assert script.listed_forms(["# x\ty", "Paid  Tribute\texpress # c", "", "\t"]) == {
        "paid tribute"
    }


LEMMAS = ["laud", "extol", "yak", "call for", "touch on", "say", "pledge"]


@given(st.sets(st.sampled_from([f for lemma in LEMMAS for f in script.inflect(lemma)])))
def test_candidates_are_exactly_the_unlisted_forms(listed: set[str]) -> None:
    """Whatever the lexicon lists, the candidates are the other forms, each once."""
    lemmas = dict.fromkeys(LEMMAS, ("00000001-v", "gloss"))
    found = [c.form for c in script.candidates(lemmas, frozenset(listed))]
    every = {form for lemma in LEMMAS for form in script.inflect(lemma)}
    assert len(found) == len(set(found))
    assert set(found) == every - listed
