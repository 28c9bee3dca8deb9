"""Statements on constructions of unseen real news the reader used to miss (round 6).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import statements_by_name

# "She" after two women: the given names "-ine", "-ette", "-elle" (and "Shaikha")
# are women's, so the pronoun may take the official named last, not only a "-a" name
GENDER_CASES = [
    (
        (
            "TUNIS, May 3 - Culture Minister Hela Trabelsi received Belgian Ambassador Martine "
            "Dupont. Trabelsi praised the exhibition. The ambassador thanked the ministry. She "
            "stressed that the festival will open in June."
        ),
        [
            (("Hela Trabelsi",), "express"),
            (("Martine Dupont",), "thank"),
            (("Martine Dupont",), "stress"),
        ],
    ),
    (
        (
            "TUNIS, May 3 - Culture Minister Rania Haddad met French Minister Yvette Moreau. "
            "Moreau welcomed the cooperation. She added that a film week is planned."
        ),
        [(("Yvette Moreau",), "express"), (("Yvette Moreau",), "say")],
    ),
    # "He" after a man whose given name ends in "a": "Mr.", "Sheikh" and "bin" (son of)
    # say he is a man, as do "Issa", "Khalifa" and "-endra" names
    (
        (
            "DOHA, May 3 - Culture Minister Omar Haddad received Omani Ambassador Sheikh Jabra "
            "Al Saidi. Al Saidi thanked the minister. He also stressed the role of museums."
        ),
        [(("Jabra Al Saidi",), "thank"), (("Jabra Al Saidi",), "stress")],
    ),
    (
        (
            "DOHA, May 3 - Culture Minister Omar Haddad received Saudi Ambassador Raja bin Nasser "
            "Al Harbi. Al Harbi thanked the minister. He also stressed the role of museums."
        ),
        [(("Raja bin Nasser Al Harbi",), "thank"), (("Raja bin Nasser Al Harbi",), "stress")],
    ),
    (
        (
            "DOHA, May 3 - Mr. Bala Murugan, the Indian Ambassador, visited Culture Minister "
            "Dana Kareem. Kareem praised the exhibition. He presented the programme of the "
            "festival."
        ),
        [(("Dana Kareem",), "express"), (("Bala Murugan",), "inform")],
    ),
    (
        (
            "DOHA, May 3 - Culture Minister Omar Haddad received Indian Ambassador Narendra Rao. "
            "Rao thanked the minister. He stressed the role of museums."
        ),
        [(("Narendra Rao",), "thank"), (("Narendra Rao",), "stress")],
    ),
    # a man's name with that ending stays a man's: "She" passes him over
    (
        (
            "RABAT, May 3 - Culture Minister Amine Bennani received Spanish Ambassador Laura "
            "Ortiz. Bennani praised the exhibition. She stressed that the festival will open."
        ),
        [(("Amine Bennani",), "express"), (("Laura Ortiz",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENDER_CASES)
def test_a_pronoun_takes_the_official_of_its_gender(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "the ESCS Minister": the official whose title's portfolio words the acronym spells
ACRONYM_CASES = [
    (
        (
            "YEREVAN, May 3 - Minister of Education, Science, Culture and Sports Anna Petrosyan "
            "met Georgian Culture Minister Levan Beridze. The ESCS Minister stressed that "
            "Armenia is ready to host the festival."
        ),
        [(("Anna Petrosyan",), "stress")],
    ),
    # a capitalised word the title does not spell leaves the phrase as before
    (
        (
            "YEREVAN, May 3 - Minister of Education, Science, Culture and Sports Anna Petrosyan "
            "met Georgian Culture Minister Levan Beridze. The new Minister stressed that "
            "Georgia is ready to host the festival."
        ),
        [(("Levan Beridze",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYM_CASES)
def test_a_role_phrase_with_the_titles_acronym(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "the CS", "the PS": a Cabinet Secretary and a Principal Secretary by their initials
INITIALS_CASES = [
    (
        (
            "NAIROBI, May 3 - Cabinet Secretary for Culture Ruth Wanjiku received Chinese "
            "Ambassador Li Wei on Tuesday. “Kenya values its ties with China,” the CS said."
        ),
        [(("Ruth Wanjiku",), "say")],
    ),
    (
        (
            "NAIROBI, May 3 - Principal Secretary for Heritage Peter Otieno received Chinese "
            "Ambassador Li Wei on Tuesday. The PS stressed the role of museums."
        ),
        [(("Peter Otieno",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_CASES)
def test_a_role_by_its_initials(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "the two leaders" of a meeting with more participants: its first two, not all
PAIR_CASES = [
    (
        (
            "NAIROBI, May 3 - Cabinet Secretary for Culture Ruth Wanjiku held talks with "
            "Chinese Ambassador Li Wei, Qatari Ambassador Omar Saeed and UNEP Director "
            "Anna Berg. During the talks, the two leaders discussed a film week."
        ),
        [(("Li Wei", "Ruth Wanjiku"), "discuss")],
    ),
    (
        (
            "NAIROBI, May 3 - Cabinet Secretary for Culture Ruth Wanjiku held talks with "
            "Chinese Ambassador Li Wei, Qatari Ambassador Omar Saeed and UNEP Director "
            "Anna Berg. The leaders discussed a film week."
        ),
        [(("Anna Berg", "Li Wei", "Omar Saeed", "Ruth Wanjiku"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_CASES)
def test_the_two_leaders(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "dignitary" names an official by rank, as "minister" does; a demonym picks which
@pytest.mark.parametrize(
    ("demonym", "speaker"), [("Peruvian", "Jorge Salas"), ("Korean", "Kim Min-jun")]
)
def test_the_dignitary(demonym: str, speaker: str) -> None:
    text = (
        "LIMA, May 3 - Peruvian Culture Minister Jorge Salas met the Korean Ambassador, "
        f"Kim Min-jun, on Tuesday. The {demonym} dignitary proposed a film week."
    )
    assert statements_by_name(text) == [((speaker,), "propose")]


LIMA_MEETING = (
    "LIMA, May 3 - Peruvian Culture Minister Jorge Salas met the Korean Ambassador, "
    "Kim Min-jun, on Tuesday.\n\n"
)

# "..., NAME underlined Monday in Lima.": the attribution that closes the sentence
# reports it, not a passive verb inside what was said
CLOSING_CASES = [
    (
        LIMA_MEETING + "New openings are offered to both countries, Peruvian Culture Minister "
        "Jorge Salas underlined Monday in Lima.",
        [(("Jorge Salas",), "stress")],
    ),
    (
        LIMA_MEETING + "Film weeks were discussed as a first step, Kim said.",
        [(("Kim Min-jun",), "say")],
    ),
    # a clause of its own after the verb: not a closing attribution
    (
        LIMA_MEETING + "Film weeks were discussed as a first step, Kim said, and a date was set.",
        [(("Jorge Salas", "Kim Min-jun"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_CASES)
def test_a_closing_attribution(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# ", Minister X, who considered ...": a relative clause on another official that opens
# with its reporting verb is that official's statement too
RELATIVE_CASES = [
    (
        (
            "LUANDA, May 3 - The Chilean Ambassador Tomas Fuentes stressed his intention during "
            "an audience with the Minister of Culture, Ana Dias, who also praised the film week."
        ),
        [(("Tomas Fuentes",), "stress"), (("Ana Dias",), "express")],
    ),
    # the clause's verb is not its first word: no report of hers
    (
        (
            "LUANDA, May 3 - The Chilean Ambassador Tomas Fuentes stressed his intention during "
            "an audience with the Minister of Culture, Ana Dias, who in 2019 praised the film "
            "week."
        ),
        [(("Tomas Fuentes",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CASES)
def test_a_relative_clause_on_another_official(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "They" right after a plural subject ("The two ministers") means those, not everyone
# at the meeting (an ambassador who came along)
THEY_CASES = [
    (
        (
            "ROME, May 3 - Mexican Culture Secretary Ana Lopez met Italian Culture Minister "
            "Marco Rossi, accompanied by Mexico's ambassador in Italy, Carlos Ruiz. The two "
            "ministers highlighted the anniversary of relations. They discussed a film week."
        ),
        [(("Ana Lopez", "Marco Rossi"), "stress"), (("Ana Lopez", "Marco Rossi"), "discuss")],
    ),
    # with no plural subject before it, "They" is the whole meeting
    (
        (
            "ROME, May 3 - Mexican Culture Secretary Ana Lopez met Italian Culture Minister "
            "Marco Rossi, accompanied by Mexico's ambassador in Italy, Carlos Ruiz. They "
            "discussed a film week."
        ),
        [(("Ana Lopez", "Carlos Ruiz", "Marco Rossi"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEY_CASES)
def test_they_after_a_plural_subject(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "With Y, X explored ...": the partner the sentence opens with discussed too
WITH_FIRST_CASES = [
    (
        (
            "WINDHOEK, May 3 - UNESCO Director-General Anna Berg began a visit to Namibia, where "
            "she met Speaker of the National Assembly Peter Nujoma and Prime Minister Tom "
            "Shilongo.\n\nWith the Speaker of the National Assembly, the Director-General "
            "explored the role of libraries."
        ),
        [(("Anna Berg", "Peter Nujoma"), "discuss")],
    ),
    # a report of one speaker's own: the partner did not speak
    (
        (
            "WINDHOEK, May 3 - UNESCO Director-General Anna Berg began a visit to Namibia, where "
            "she met Speaker of the National Assembly Peter Nujoma and Prime Minister Tom "
            "Shilongo.\n\nWith the Speaker of the National Assembly, the Director-General "
            "stressed the role of libraries."
        ),
        [(("Anna Berg",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_FIRST_CASES)
def test_a_partner_before_the_subject(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
