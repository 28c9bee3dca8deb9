"""Officials the article names by surname only, right after their title.

ANNOTATION.md lists every named person in an official capacity under the
fullest form the text gives; when the text never gives more than "Governor
Tanizaki", that surname is the official's name. Every sentence below is invented
for these tests, in the style of news-agency reports.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import meetings_by_name


def names(text: str) -> set[str]:
    return {o.name for o in parse_text(text).officials}


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ("Premier Barry Kemp of Wales paid a courtesy call on Governor Tanizaki.", "Tanizaki"),
        (
            "Culture Minister Elva Kosta met Environment and Tourism Minister Brela in her office.",
            "Brela",
        ),
        ("PRESIDENT Ruganda and his Zambian counterpart Michael Banda met on Monday.", "Ruganda"),
        # the given name in brackets, as papers insert it, is not the official's name
        ("Prime Minister (Taro) Kimura met President Lee Sung-ho in Seoul.", "Kimura"),
        ("There was rapport between Minister Ilse Vreeman and Agency Chair Wiranto.", "Wiranto"),
    ],
)
def test_a_surname_alone_after_a_title_is_an_official(sentence: str, surname: str) -> None:
    found = names(sentence)
    assert surname in found
    # and only the surname: no bracketed given name, no second official
    assert not {"Taro", "Taro Kimura"} & found


def test_the_surname_official_takes_part_in_the_meeting() -> None:
    rows = meetings_by_name("Premier Barry Kemp of Wales called on Governor Tanizaki.")
    assert rows == [(["Barry Kemp", "Tanizaki"], "Tanizaki")]


@pytest.mark.parametrize(
    ("text", "not_official"),
    [
        # a word the text also uses in lower case is a common noun, not a surname
        (
            (
                "Culture Minister Elva Kosta opened the Culture Days. The days will run until"
                " Sunday, Minister Days said nothing."
            ),
            "Days",
        ),
        # the title's office is held by many, or is a body's name
        ("The Culture Ministers Meeting opened in Riga on Monday.", "Meeting"),
        # a possessive title belongs to the noun after it
        (
            "Ilse Vreeman, the Prime Minister's Personal Representative, met Governor Anna Kask.",
            "Personal",
        ),
        # a portfolio's words after "Director"
        (
            "Minister Elva Kosta met Omar Salik, Director Archaeology & Antiquities, on Monday.",
            "Archaeology",
        ),
    ],
)
def test_a_capital_word_after_a_title_that_is_no_surname(text: str, not_official: str) -> None:
    assert not_official not in names(text)


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        # the surname of a name given in full with "Al-"
        (
            (
                "Minister Elva Kosta met Mr. Saad bin Omar Al-Harbawi, Saudi Ambassador to Latvia."
                " Ambassador Harbawi thanked the minister."
            ),
            "Harbawi",
        ),
        # another spelling of a surname given in full
        (
            (
                "Minister Elva Kosta met Commissioner Semi Valakora in Suva."
                " Commissioner Valakorotha thanked the minister."
            ),
            "Valakorotha",
        ),
        # a transliteration with doubled letters and a mark
        (
            (
                "Minister Elva Kosta met Minister Abdi Daud in Mogadishu."
                " Minister Daa’uud praised the support."
            ),
            "Daa’uud",
        ),
    ],
)
def test_a_lone_surname_like_a_named_officials_is_no_new_official(text: str, lone: str) -> None:
    officials = parse_text(text).officials
    assert lone not in {o.name for o in officials}
    assert len(officials) == 2


def test_two_names_glued_or_garbled_are_no_official() -> None:
    # "ElvaKosta" is a typesetting slip, "Gonzஸ" a name garbled in decoding: neither
    # is a surname to list
    assert "ElvaKosta" not in names("Guests were received by Minister ElvaKosta of Latvia.")
    assert "Gonzஸ" not in names("Minister Gonzஸ said the festival was a success.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Jose Ch. Lucero received the ambassador.", "Jose Ch. Lucero"),
        (
            "The Minister of Culture, Ch. Nomindari, met with Ambassador Johann Beltner.",
            "Ch. Nomindari",
        ),
        ("Ambassador Johann Beltner met Minister Ts. Oyunbileg on Monday.", "Ts. Oyunbileg"),
    ],
)
def test_an_initial_of_two_letters_is_part_of_the_name(text: str, name: str) -> None:
    # romanised names write one sound with two letters ("Ch.", "Ts."): the period
    # after such an initial ends neither the sentence nor the name
    article = parse_text(text)
    assert name in {o.name for o in article.officials}
    # one sentence: the meeting's participants are both named in it
    assert len(article.meetings) == 1
