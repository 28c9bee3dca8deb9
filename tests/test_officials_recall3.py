"""Officials in name forms the annotated articles did not use: lists after a plural office,
honours after a name, nicknames, glued honorifics.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from culturedipl._segment import sentences

OfficialRow = tuple[str, str, str | None]


def officials(text: str) -> list[OfficialRow]:
    """``(name, role, title)`` of each official read from *text*."""
    return [(o.name, o.role.value, o.title) for o in parse_text(text).officials]


def names(text: str) -> list[str]:
    """The names of the officials read from *text*."""
    return [o.name for o in parse_text(text).officials]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The minister was accompanied by officials Dara Volk, Pim Osterloh, Jeon Ha Rim,"
                " and Baek Sunwoo."
            ),
            ["Dara Volk", "Pim Osterloh", "Jeon Ha Rim", "Baek Sunwoo"],
        ),
        (
            "The talks were also attended by counsellors Ivo Brankov and Lara Petric.",
            ["Ivo Brankov", "Lara Petric"],
        ),
        ("Counselors Ivo Brankov, Lara Petric and Edo Sarac joined them.", None),
    ],
)
def test_a_plural_office_titles_each_name_of_the_list_after_it(
    text: str, expected: list[str] | None
) -> None:
    """ "officials A, B, and C", "counsellors A and B": each listed name holds the office."""
    found = officials(text)
    if expected is None:
        expected = ["Ivo Brankov", "Lara Petric", "Edo Sarac"]
    assert [name for name, _, _ in found] == expected
    assert {role for _, role, _ in found} == {"official"}


def test_officials_as_a_plain_plural_names_no_one() -> None:
    """ "Ministry officials said ...": the plural noun alone makes no official."""
    assert names("Ministry officials said the exhibition would open on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Hester Quail OBE, the director of the festival, said the tour would go on.",
            ("Hester Quail", "official", "director of the festival"),
        ),
        (
            "H.E. Mr. Rupert Vane CMG, British High Commissioner, opened the exhibition.",
            ("Rupert Vane", "ambassador", "British High Commissioner"),
        ),
        (
            "Sir Aldous Penrow, KCVO, Ambassador of the United Kingdom, opened the exhibition.",
            ("Aldous Penrow", "ambassador", "Ambassador of the United Kingdom"),
        ),
    ],
)
def test_honours_after_a_name_leave_its_apposition_its_title(
    text: str, expected: OfficialRow
) -> None:
    """ "X Y OBE, the director": a postnominal honour stands between a name and its title."""
    assert officials(text) == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Culture Marla “Bee” Tansworth opened the fair.", "Marla “Bee” Tansworth"),
        ('Minister of Culture Marla "Bee" Tansworth opened the fair.', 'Marla "Bee" Tansworth'),
    ],
)
def test_a_nickname_in_quotes_is_part_of_the_name(text: str, name: str) -> None:
    """ "Given “Nick” Surname": one official, named as written; the surname alone is a mention."""
    article = parse_text(f"{text} Tansworth thanked the organisers.")
    assert [o.name for o in article.officials] == [name]
    assert len(article.officials[0].mentions) == 2


def test_the_honourable_before_a_name_is_no_part_of_the_title() -> None:
    """ "Minister of Culture, the Honourable X": the title ends before the article."""
    text = "Minister of Culture, the Honourable Marla Tansworth, accepted the post."
    assert officials(text) == [("Marla Tansworth", "minister", "Minister of Culture")]


@pytest.mark.parametrize("glued", ["MrsDelia", "Mrs.Delia", "MsDelia", "DrDelia"])
def test_an_honorific_glued_to_the_given_name_is_split_off(glued: str) -> None:
    """ "MrsIrina X", "Mrs.Irina X": the honorific is no part of the name."""
    text = f"He met {glued} Varkova, Director General of the agency, on Monday."
    assert names(text) == ["Delia Varkova"]


def test_a_generation_after_a_comma_belongs_to_the_name() -> None:
    """ "X Y, Jr., Chairman of ...": the name keeps ", Jr." and the apposition is its title."""
    text = "Dr. Anselmo del Prado, Jr., Chairman of the National Arts Council, signed it."
    assert officials(text) == [
        ("Anselmo del Prado, Jr.", "official", "Chairman of the National Arts Council")
    ]
    # the surname alone is still a mention of him
    article = parse_text(f"{text} Del Prado said the plan was ready.")
    assert len(article.officials) == 1
    assert len(article.officials[0].mentions) == 2


def test_a_possessive_country_after_and_opens_the_next_persons_phrase() -> None:
    """ "A, Chairman of X, and Myanmar's Daw B, Permanent Secretary": each keeps their own."""
    text = (
        "Mr. Teodoro Alcala, Chairman of the Philippine Arts Council and Myanmar’s"
        " Daw Khin Sabai, Permanent Secretary of the Ministry of Culture, signed it."
    )
    found = [(o.name, o.title, o.country) for o in parse_text(text).officials]
    assert found == [
        ("Teodoro Alcala", "Chairman of the Philippine Arts Council", "PH"),
        ("Khin Sabai", "Permanent Secretary of the Ministry of Culture", "MM"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met D.K.R. Wijesena, Director of the National Museum.", "D.K.R. Wijesena"),
        ("He met Prof. A.K. Wijesena, Director of the National Museum.", "A.K. Wijesena"),
    ],
)
def test_abbreviations_inside_a_name_do_not_end_the_sentence(text: str, name: str) -> None:
    """ "Md.", "D.K.R.": the period of a name's abbreviation or initials ends no sentence."""
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was led by Md. Jalal Uddin, Secretary of the ministry.",
        "The delegation was led by D.K.R. Wijesena, Director of the National Museum.",
    ],
)
def test_the_period_of_a_names_abbreviation_cuts_no_sentence(text: str) -> None:
    """ "Md." (Mohammad) and initials written together are no sentence's end."""
    assert [s.text for s in sentences(text)] == [text]
    assert [s.text for s in sentences("He thanked the EU. The minister left.")] == [
        "He thanked the EU.",
        "The minister left.",
    ]


def test_from_links_the_words_of_a_title() -> None:
    """ "Secretary of State from Ministry of X, A": "from" joins a title's words."""
    text = (
        "Secretary of State from Ministry of Foreign Affairs, Ilinca Mirescu, and the"
        " Ambassador of Chile in Romania, Tomas Varela, signed the document."
    )
    found = [(o.name, o.title) for o in parse_text(text).officials]
    assert found == [
        ("Ilinca Mirescu", "Secretary of State from Ministry of Foreign Affairs"),
        ("Tomas Varela", "Ambassador of Chile in Romania"),
    ]


@pytest.mark.parametrize("short", ["G.", "Ga."])
def test_a_surname_cut_to_its_first_letters_is_a_mention(short: str) -> None:
    """ "Oyun Ts." after "Oyun Tsendsuren": the same official, and no alias of hers."""
    text = (
        "The Minister of Culture of Mongolia, Saruul Gantumur, met the guests. "
        f"The Minister of Culture of Mongolia, Saruul {short} explained the plan."
    )
    article = parse_text(text)
    assert [(o.name, o.aliases) for o in article.officials] == [("Saruul Gantumur", ())]
    assert len(article.officials[0].mentions) == 2
