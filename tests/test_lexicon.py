"""Data-integrity checks for the lexicon files under ``culturedipl/data/``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import pytest

from culturedipl import LexiconError, lexicon
from culturedipl.countries import is_country_code
from culturedipl.model import InitiativeKind

# The accessor of each data file: its stem, except initiatives.tsv.
_ACCESSOR_NAMES = {"initiatives.tsv": "initiative_kinds"}


def _accessor(name: str) -> Callable[[], Mapping[str, object]]:
    function: Callable[[], Mapping[str, object]] = getattr(
        lexicon, _ACCESSOR_NAMES.get(name, name.removesuffix(".tsv"))
    )
    return function


TEXT_VALUED = ("organizations.tsv", "outlets.tsv", "topics.tsv")


def _exists(name: str) -> bool:
    return resources.files("culturedipl.data").joinpath(name).is_file()


def _require(name: str) -> None:
    if not _exists(name):
        pytest.skip(f"{name} is not written yet")


@pytest.fixture
def fake_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the lexicon reader at an empty temporary data directory."""
    monkeypatch.setattr(lexicon, "resources", SimpleNamespace(files=lambda _package: tmp_path))
    return tmp_path


@pytest.mark.parametrize("name", lexicon.LEXICON_FILES)
def test_every_lexicon_file_has_an_accessor(name: str) -> None:
    """Each file named in LEXICON_FILES has a public accessor in culturedipl.lexicon."""
    accessor_name = _ACCESSOR_NAMES.get(name, name.removesuffix(".tsv"))
    assert accessor_name in lexicon.__all__
    assert callable(getattr(lexicon, accessor_name))


@pytest.mark.parametrize("name", lexicon.LEXICON_FILES)
def test_lexicon_loads(name: str) -> None:
    """The file loads through its accessor without LexiconError and is not empty."""
    _require(name)
    table = _accessor(name)()
    assert len(table) > 0


@pytest.mark.parametrize("name", lexicon.LEXICON_FILES)
def test_no_empty_phrase(name: str) -> None:
    """No phrase is empty or carries stray whitespace after loading."""
    _require(name)
    for phrase in _accessor(name)():
        assert phrase
        assert phrase == " ".join(phrase.split())


def test_place_codes_are_valid() -> None:
    """Every place maps to a valid ISO 3166-1 alpha-2 code (or XK)."""
    _require("places.tsv")
    bad = {phrase: code for phrase, code in lexicon.places().items() if not is_country_code(code)}
    assert not bad


def test_places_cover_every_un_member() -> None:
    """Every sovereign state in pycountry's list has at least one place form."""
    _require("places.tsv")
    codes = set(lexicon.places().values())
    # Sovereign states, plus Kosovo, Palestine and the Holy See.
    required = {
        "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ",
        "CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI",
        "FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM",
        "JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG",
        "MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK",
        "PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ",
        "TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW",
    }
    missing = {code for line in required for code in line.split()} - codes
    assert not missing


@pytest.mark.parametrize("name", TEXT_VALUED)
def test_text_values_are_non_empty(name: str) -> None:
    """Outlet names, organization short names and topic labels are non-empty text."""
    _require(name)
    for phrase, value in _accessor(name)().items():
        assert isinstance(value, str)
        assert value.strip() == value, phrase
        assert value, phrase


def test_topic_labels_and_keywords_are_lowercase() -> None:
    """Topic labels, and keywords as written in the file, are lowercase."""
    _require("topics.tsv")
    for number, (keyword, label) in lexicon.read_table("topics.tsv"):
        assert keyword == keyword.lower(), f"topics.tsv:{number}"
        assert label == label.lower(), f"topics.tsv:{number}"


def test_initiative_kinds_cover_every_kind() -> None:
    """Each initiative kind has at least one head word."""
    _require("initiatives.tsv")
    assert set(lexicon.initiative_kinds().values()) == set(InitiativeKind)


def test_places_and_organizations_do_not_overlap() -> None:
    """No phrase is both a place and an organization (e.g. Guam and GUAM)."""
    _require("places.tsv")
    _require("organizations.tsv")
    assert not set(lexicon.places()) & set(lexicon.organizations())


@pytest.mark.parametrize(
    ("name", "phrase", "expected"),
    [
        ("places.tsv", "czech", "CZ"),
        ("places.tsv", "Czech Republic", "CZ"),
        ("places.tsv", "türkiye", "TR"),
        ("places.tsv", "nur-sultan", "KZ"),
        ("places.tsv", "uae", "AE"),
        ("places.tsv", "kosovo", "XK"),
        ("places.tsv", "tehran", "IR"),
        ("organizations.tsv", "turksoy", "TURKSOY"),
        ("organizations.tsv", "international organization of turkic culture", "TURKSOY"),
        ("organizations.tsv", "united nations alliance of civilizations", "UNAOC"),
        ("organizations.tsv", "isesco", "ICESCO"),
        ("organizations.tsv", "cooperation council of turkic-speaking states", "Turkic Council"),
        ("outlets.tsv", "azernews", "Azernews"),
        ("outlets.tsv", "trend news agency", "Trend"),
        ("outlets.tsv", "news.az", "News.Az"),
        ("outlets.tsv", "uzdaily", "UzDaily.com"),
        ("outlets.tsv", "tasnim news agency", "Tasnim"),
        ("initiatives.tsv", "campaign", InitiativeKind.CAMPAIGN),
        ("initiatives.tsv", "days", InitiativeKind.FESTIVAL),
        ("initiatives.tsv", "capital", InitiativeKind.YEAR),
        ("initiatives.tsv", "summit", InitiativeKind.FORUM),
        ("topics.tsv", "heritage", "cultural heritage"),
        ("topics.tsv", "cinema", "film"),
        ("topics.tsv", "museums", "museums"),
    ],
)
def test_sample_entries(name: str, phrase: str, expected: object) -> None:
    """Accessors return the expected value for sample phrases (keys are case-folded)."""
    _require(name)
    assert _accessor(name)()[" ".join(phrase.casefold().split())] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Czech",  # one column
        "Czech\tCZ\textra",  # three columns
        "Czech\t",  # empty value
        "\tCZ",  # empty phrase
        "Czech\tXX",  # not a country code
    ],
)
def test_malformed_line_names_file_and_line(fake_data: Path, line: str) -> None:
    """A malformed line raises LexiconError naming the file and the line number."""
    (fake_data / "bad.tsv").write_text(f"# comment\n\nCzech\tCZ\n{line}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^bad\.tsv:4: "):
        lexicon._mapping("bad.tsv", lexicon._country, "ISO 3166-1 alpha-2 code")


def test_conflicting_duplicate_is_an_error(fake_data: Path) -> None:
    """The same phrase (after case folding) with a different value is an error."""
    (fake_data / "dup.tsv").write_text("Georgia\tGE\n\nGEORGIA\tUS\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^dup\.tsv:3: .*listed twice"):
        lexicon._mapping("dup.tsv", lexicon._country, "ISO 3166-1 alpha-2 code")


def test_comments_blanks_and_repeats_are_accepted(fake_data: Path) -> None:
    """Comments and blank lines are skipped; a repeat with the same value is allowed."""
    text = "# header\n\nCzech  Republic\tCZ  # trailing comment\nczech republic\tCZ\n"
    (fake_data / "ok.tsv").write_text(text, encoding="utf-8")
    table = lexicon._mapping("ok.tsv", lexicon._country, "ISO 3166-1 alpha-2 code")
    assert dict(table) == {"czech republic": "CZ"}


def test_missing_file_is_a_lexicon_error(fake_data: Path) -> None:
    """Reading a file that does not exist raises LexiconError naming it."""
    with pytest.raises(LexiconError, match=r"^absent\.tsv: cannot read lexicon"):
        list(lexicon.read_table("absent.tsv"))


@pytest.mark.parametrize("name", lexicon.LEXICON_FILES)
def test_no_phrase_is_listed_twice(name: str) -> None:
    """Each phrase stands once in its file (the loader accepts a repeat with the same
    value, so only this test keeps a file from growing copies of its rows)."""
    _require(name)
    phrases = [" ".join(columns[0].casefold().split()) for _, columns in lexicon.read_table(name)]
    repeated = sorted({p for p in phrases if phrases.count(p) > 1})
    assert repeated == []


def test_word_list_reads_one_phrase_a_line(fake_data: Path) -> None:
    """A word list folds case and spacing and skips comments and blank lines."""
    (fake_data / "en").mkdir()
    (fake_data / "en" / "test_groups.tsv").write_text(
        "# group nouns\nSides\n\nthe  Parties  # two words\n", encoding="utf-8"
    )
    assert lexicon.word_list("test_groups") == {"sides", "the parties"}


def test_word_list_line_with_two_columns_is_an_error(fake_data: Path) -> None:
    """A value column in a word list is a mistake the error names by file and line."""
    (fake_data / "en").mkdir()
    (fake_data / "en" / "test_pairs.tsv").write_text("sides\nparties\tgroup\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^en/test_pairs\.tsv:2: expected one word"):
        lexicon.word_list("test_pairs")


_WORD_LISTS = (
    sorted(
        path.name.removesuffix(".tsv")
        for path in resources.files("culturedipl.data").joinpath("en").iterdir()
        if path.name.endswith(".tsv")
    )
    if resources.files("culturedipl.data").joinpath("en").is_dir()
    else []
)


@pytest.mark.parametrize("name", _WORD_LISTS)
def test_word_list_loads_without_repeats(name: str) -> None:
    """Every shipped word list loads, is not empty, and lists each entry once."""
    assert lexicon.word_list(name)
    entries = [" ".join(c[0].casefold().split()) for _, c in lexicon.read_table(f"en/{name}.tsv")]
    assert sorted({e for e in entries if entries.count(e) > 1}) == []
