"""Every row of every English word list (``data/en/*.tsv``) is used by a rule.

Each list is named by a rule module (``word_list("NAME")`` or, for an ordered
list, ``read_table("en/NAME.tsv")``); where the rule is a small function, each row
is shown to change its outcome: the function says one thing for an ordinary word
and another for each row.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

import pytest

import culturedipl
from culturedipl import _initiatives, lexicon
from culturedipl._dates import WEEKDAYS, calendar_date, date_in
from culturedipl._document import ASIDE
from culturedipl._header import _institution, _outlet_like, _shaped_like_a_person

_EN = resources.files("culturedipl.data").joinpath("en")
LISTS = sorted(p.name.removesuffix(".tsv") for p in _EN.iterdir() if p.name.endswith(".tsv"))
SOURCE = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(culturedipl.__file__).parent.glob("*.py")
)


def rows(name: str) -> list[str]:
    """The entries of ``en/NAME.tsv`` in file order, each line's first column."""
    return [columns[0] for _, columns in lexicon.read_table(f"en/{name}.tsv")]


@pytest.mark.parametrize("name", LISTS)
def test_each_list_is_read_by_a_rule(name: str) -> None:
    """A rule module reads the list by its name."""
    pattern = rf"(?:word_list|_alternatives)\(\s*[\"']{name}[\"']\s*\)|[\"']en/{name}\.tsv[\"']"
    assert re.search(pattern, SOURCE), f"no module reads en/{name}.tsv"


@pytest.mark.parametrize("name", LISTS)
def test_each_list_has_a_header_naming_its_rule(name: str) -> None:
    """The file opens with a comment that says which module's rule uses it."""
    text = _EN.joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    header = text.split("\n\n", 1)[0]
    assert text.startswith("#")
    assert re.search(r"Used by _\w+", header)


def test_every_month_form_gives_its_months_number() -> None:
    """Each spelling on line N of months.tsv reads as month N, full or short."""
    for number, forms in enumerate(rows("months"), start=1):
        for form in forms.split():
            assert calendar_date(f"{form.title()} 5", 2021) == dt.date(2021, number, 5), form
    assert len(rows("months")) == 12


def test_every_weekday_resolves_to_its_day() -> None:
    """Each weekday, in file order, names the day that many days after a Monday."""
    monday = dt.date(2021, 5, 3)
    sunday = monday + dt.timedelta(days=6)
    assert tuple(rows("weekdays")) == WEEKDAYS
    for offset, day in enumerate(WEEKDAYS):
        assert date_in(f"They met on {day.title()}.", sunday) == monday + dt.timedelta(offset)
    assert date_in("They met on Someday.", sunday) is None


def test_every_aside_opener_marks_a_link() -> None:
    """A sentence opening with any listed phrase is a link to another story."""
    assert ASIDE.match("READ THIS: A story") is None
    for phrase in rows("link_openers"):
        assert ASIDE.match(f"{phrase.upper()}: A story"), phrase


def test_every_desk_word_makes_a_byline_no_person() -> None:
    """A by-line name holding a desk word is no author's; without one it is."""
    assert _shaped_like_a_person("Ana Pop")
    for word in rows("byline_desk_words"):
        assert not _shaped_like_a_person(f"Ana {word.title()}"), word


def test_every_outlet_word_makes_a_name_an_outlet() -> None:
    """A capitalised name holding an outlet word is an outlet's."""
    assert _outlet_like("Zorvia Pop") is None
    for word in rows("outlet_words"):
        assert _outlet_like(f"Zorvia {word.title()}") == f"Zorvia {word.title()}", word


def test_every_institution_head_makes_a_name_an_institution() -> None:
    """A name with an institution's head noun is an institution's, and no person's."""
    assert _institution("Garden of Zorvia") is None
    for word in rows("institution_heads"):
        assert _institution(f"{word.title()} of Zorvia") == f"{word.title()} of Zorvia", word
        assert not _shaped_like_a_person(f"Ana {word.title()}"), word


@pytest.mark.parametrize(
    ("name", "module_set"),
    [
        ("not_initiative_words", "_NOT_INITIATIVE_WORDS"),
        ("name_ending_offices", "_ROLE_HEADS"),
        ("field_words", "_FIELD_WORDS"),
        ("generic_name_words", "_GENERIC"),
        ("name_modifiers", "_SKIP_NEAR"),
        ("seasons", "_SEASONS"),
        ("standing_conference_heads", "_STANDING_CONFERENCES"),
    ],
)
def test_initiative_lists_reach_their_rules(name: str, module_set: str) -> None:
    """Every row of an initiatives list stands in the set its rule tests words against."""
    words: frozenset[str] = getattr(_initiatives, module_set)
    assert set(lexicon.word_list(name)) <= words


@pytest.mark.parametrize("name", LISTS)
def test_each_list_is_named_in_the_lexicons_page(name: str) -> None:
    """docs/lexicons.md's table of word lists names every file, so a linguist finds it."""
    page = Path(__file__).parents[1] / "docs" / "lexicons.md"
    if not page.exists():
        pytest.skip("the documentation is not beside the tests")
    assert f"`{name}.tsv`" in page.read_text(encoding="utf-8")
