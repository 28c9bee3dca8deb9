"""The speech-verb lexicon and the script that proposes rows for it from WordNet.

``speech_verbs.tsv`` is checked row by row; each act has sentences of our own
that show its new verbs read as statements; and
``scripts/speech_verbs_from_wordnet.py`` is run on a small WordNet file
written here.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from culturedipl import Article, lexicon, parse_text
from culturedipl.model import Act

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "speech_verbs_from_wordnet.py"
TSV_TEXT = resources.files("culturedipl.data").joinpath("speech_verbs.tsv").read_text("utf-8")
ACTS = {act.value for act in Act}

# a row: the form, a tab, the act, and an optional comment ("# oewn LEMMA SYNSET")
ROW = re.compile(r"(?P<form>[^\t#]+)\t(?P<act>[a-z]+)(?:\t# (?P<comment>.*))?")
OEWN = re.compile(r"oewn (?P<lemma>[a-z][a-z' -]*) \d{8}-v")


def _rows() -> list[tuple[int, str, str, str | None]]:
    """``(line number, form, act, comment)`` of each entry of the TSV."""
    found = []
    for number, line in enumerate(TSV_TEXT.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = ROW.fullmatch(line)
        assert match is not None, f"speech_verbs.tsv:{number}: malformed row {line!r}"
        found.append((number, match["form"], match["act"], match["comment"]))
    return found


ROWS = _rows()
WORDNET_ROWS = [(form, act) for _, form, act, comment in ROWS if comment and OEWN.match(comment)]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("speech_verbs_from_wordnet", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


script = _script()


def statements(article: Article) -> list[tuple[str, tuple[str, ...], str]]:
    """``(verb, speaker names, act)`` of each statement."""
    return [
        (s.verb or "", tuple(o.name for o in article.speakers(s)), s.act.value)
        for s in article.statements
    ]


# --------------------------------------------------------------------------
# The rows


def test_every_row_is_a_lower_case_form_with_a_known_act() -> None:
    """Each entry is 'form<TAB>act', the form in lower case with single spaces."""
    assert len(ROWS) > 250
    for number, form, act, _ in ROWS:
        assert act in ACTS, f"speech_verbs.tsv:{number}: unknown act {act!r}"
        assert form == " ".join(form.split()), f"speech_verbs.tsv:{number}: spacing"
        assert form == form.lower(), f"speech_verbs.tsv:{number}: capitals"


def test_no_form_has_two_acts() -> None:
    """A form listed twice keeps its act; the loader takes every row."""
    acts: dict[str, str] = {}
    for _, form, act, _ in ROWS:
        assert acts.setdefault(form, act) == act, form
    assert dict(lexicon.speech_verbs()) == {form: Act(act) for form, act in acts.items()}


def test_wordnet_rows_are_credited_with_their_source_and_commit() -> None:
    """The header names Open English WordNet, its licence and the commit the rows came from."""
    header = "\n".join(line for line in TSV_TEXT.splitlines() if line.startswith("#"))
    assert "Open English WordNet" in header
    assert "CC BY 4.0" in header
    assert "Princeton WordNet" in header
    assert re.search(r"commit\s*#?\s*[0-9a-f]{40}", header)
    assert len(WORDNET_ROWS) >= 80


def test_the_guide_decides_called_for_and_mentioned() -> None:
    """ANNOTATION.md: "called for" proposes and "mentioned" informs."""
    verbs = lexicon.speech_verbs()
    assert verbs["called for"] is Act.PROPOSE
    assert verbs["mentioned"] is Act.INFORM


@pytest.mark.parametrize("noun_or_meeting", ["talks", "talked", "shared", "spoke", "pledges"])
def test_forms_that_mislead_are_left_out(noun_or_meeting: str) -> None:
    """Nouns ("talks", "pledges") and meeting verbs ("talked at", "spoke by phone") are no rows."""
    assert noun_or_meeting not in lexicon.speech_verbs()


@pytest.mark.parametrize(("form", "act"), WORDNET_ROWS)
def test_each_wordnet_row_reads_as_a_statement(form: str, act: str) -> None:
    """Every form taken from WordNet gives a statement with its act, after a name."""
    article = parse_text(
        f"Culture Minister Anna Berg {form} the cultural ties between Norway and Chile."
    )
    assert statements(article) == [(form, ("Anna Berg",), act)]


# --------------------------------------------------------------------------
# Sentences for each act: the new verbs as news reports them

VISIT = (
    "OSLO, March 3. Norwegian Culture Minister Ingrid Solberg received Chilean Ambassador to "
    "Norway Pablo Reyes. "
)
SOLBERG, REYES = ("Ingrid Solberg",), ("Pablo Reyes",)
BOTH = ("Ingrid Solberg", "Pablo Reyes")

# (sentence, its reporting verb, its speakers) for each act
ACT_SENTENCES: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    "say": [
        ("Solberg argued that museums should lend more works abroad.", "argued", SOLBERG),
        ("The ambassador warned that the festival budget was too small.", "warned", REYES),
        ("The minister made remarks on the anniversary of relations.", "made remarks", SOLBERG),
        ("Reyes described the talks as fruitful.", "described", REYES),
        (
            "He wrote in the guest book that the visit had been memorable.",
            "wrote in the guest book",
            REYES,
        ),
    ],
    "stress": [
        (
            "Solberg acknowledged the role of the embassy in the exhibition.",
            "acknowledged",
            SOLBERG,
        ),
        (
            "The ambassador recognised the contribution of Norwegian translators.",
            "recognised",
            REYES,
        ),
        (
            "The minister considered it imperative to protect minority languages.",
            "considered it imperative",
            SOLBERG,
        ),
        ("Reyes insisted that young artists needed residencies.", "insisted", REYES),
    ],
    "express": [
        ("Solberg extolled the work of Chilean poets.", "extolled", SOLBERG),
        (
            "The ambassador felicitated the minister on the opening of the library.",
            "felicitated",
            REYES,
        ),
        ("The minister vowed to support the film week.", "vowed", SOLBERG),
        ("Reyes pledged to bring a choir to Bergen.", "pledged", REYES),
        (
            "Solberg extended her appreciation for the donation of books.",
            "extended her appreciation",
            SOLBERG,
        ),
        ("The ambassador paid tribute to the late conductor.", "paid tribute", REYES),
    ],
    "thank": [
        ("Reyes extended his gratitude for the warm welcome.", "extended his gratitude", REYES),
        (
            "The minister sent a letter of thanks to the embassy.",
            "sent a letter of thanks",
            SOLBERG,
        ),
        (
            "The ambassador expressed their thanks on behalf of the orchestra.",
            "expressed their thanks",
            REYES,
        ),
    ],
    "invite": [
        (
            "Reyes extended an invitation to the minister to visit Valparaíso.",
            "extended an invitation",
            REYES,
        ),
        (
            "Solberg extends an invitation to Chilean writers every year.",
            "extends an invitation",
            SOLBERG,
        ),
    ],
    "inform": [
        (
            "Solberg updated the ambassador on the restoration of the stave church.",
            "updated",
            SOLBERG,
        ),
        ("Reyes mentioned the success of the Norwegian film days.", "mentioned", REYES),
        ("The minister referred to the joint archive project.", "referred to", SOLBERG),
        ("The ambassador revealed plans for a dance festival.", "revealed", REYES),
        ("Solberg touched upon the translation fund.", "touched upon", SOLBERG),
    ],
    "propose": [
        ("Solberg called for closer ties between the national libraries.", "called for", SOLBERG),
        ("The ambassador recommended an exchange of curators.", "recommended", REYES),
        ("The minister put forward a proposal for a joint stamp.", "put forward", SOLBERG),
        ("Reyes presented a proposal to twin two theatres.", "presented a proposal", REYES),
    ],
    "discuss": [
        ("Solberg examined the plans for a joint exhibition with Reyes.", "examined", BOTH),
        ("The ministers debated the future of public broadcasting.", "debated", BOTH),
    ],
    "agree": [
        ("The sides concurred that the film week should be held every year.", "concurred", BOTH),
        ("Solberg consented to lend the paintings.", "consented", SOLBERG),
    ],
}


def test_every_act_has_sentences() -> None:
    """The table below covers each act of the model."""
    assert set(ACT_SENTENCES) == ACTS


@pytest.mark.parametrize("act", sorted(ACT_SENTENCES))
def test_new_verbs_of_each_act(act: str) -> None:
    """After a meeting, each sentence's verb is a statement of its act by the right official."""
    rows = ACT_SENTENCES[act]
    article = parse_text(VISIT + " ".join(sentence for sentence, _, _ in rows))
    assert statements(article) == [(verb, speakers, act) for _, verb, speakers in rows]


def test_headline_forms_in_the_present() -> None:
    """The 3rd person forms ("lauds", "calls for") read as the past tense ones do."""
    article = parse_text(
        "TALLINN, May 5. Culture Minister Anna Berg lauded the festival. Berg hails the choir. "
        "Berg acknowledges the volunteers. Berg calls for more funding. Berg refers to the old "
        "treaty."
    )
    berg = ("Anna Berg",)
    assert statements(article) == [
        ("lauded", berg, "express"),
        ("hails", berg, "express"),
        ("acknowledges", berg, "stress"),
        ("calls for", berg, "propose"),
        ("refers to", berg, "inform"),
    ]


def test_meeting_talk_and_shared_pictures_are_no_statements() -> None:
    """ "Talked at" a place and "shared photos" report no speech."""
    article = parse_text(
        VISIT
        + "Solberg and Reyes talked at the embassy. The minister shared photos of the concert."
    )
    assert statements(article) == []


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
