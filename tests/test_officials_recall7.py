"""Officials named without a title: those present with an official, and holders of
an office's honorific.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text

VISIT = (
    "LUSAKA, 4 May 2023 – Minister of Tourism Rodney Sikumba received the Ambassador"
    " of Brazil, Marcia Donner, in Lusaka on Tuesday. "
)


def names(text: str) -> set[str]:
    return {o.name for o in parse_text(text).officials}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ambassador was accompanied by Jonas Melo and Rita Sousa.",
        "The Ambassador was accompanied by Counsellor Peter Ngandu and Jonas Melo.",
        "The meeting was also attended by Jonas Melo of the Embassy.",
        "The ministry was represented by Jonas Melo and Rita Sousa.",
    ],
)
def test_a_name_among_those_present_is_an_official(sentence: str) -> None:
    # ANNOTATION.md: people present in a representative capacity are officials,
    # and the list after "accompanied (attended) by" names them
    article = parse_text(VISIT + sentence)
    present = [o for o in article.officials if o.name in {"Jonas Melo", "Rita Sousa"}]
    assert present
    # and, officials now, they take part in the meeting reported
    assert {o.id for o in present} <= set(article.meetings[0].participants)


def test_a_name_among_those_who_joined_an_official_is_an_official() -> None:
    sentence = "The minister was joined by the Director of Arts, Rita Sousa, and Jonas Melo."
    assert {"Rita Sousa", "Jonas Melo"} <= names(VISIT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the list ends at a verb: the name after it is no companion
        "The minister, accompanied by his deputy, visited the gallery of Jonas Melo.",
        # a "by" of another verb opens no list of those present
        "The book was written by Jonas Melo and Rita Sousa.",
    ],
)
def test_a_name_outside_such_a_list_stays_untitled(sentence: str) -> None:
    assert not names(VISIT + sentence) & {"Jonas Melo", "Rita Sousa"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The forum is an initiative led by Hon. Tendai Moyo of Harare.", "Tendai Moyo"),
        ("The talks were followed by a lunch offered by the Honourable Ruth Banda.", "Ruth Banda"),
        ("A message from H.E. Joseph Mwanza was read at the ceremony.", "Joseph Mwanza"),
    ],
)
def test_an_office_honorific_marks_an_official(sentence: str, name: str) -> None:
    # "Hon." and "H.E." are borne only by holders of public office
    assert name in names(VISIT + sentence)


def test_a_plain_honorific_marks_no_official() -> None:
    # "Mr." is everyone's: an untitled name after it needs another sign
    assert "Tendai Moyo" not in names(VISIT + "The forum was led by Mr. Tendai Moyo of Harare.")


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("deputy head of mission", "official"),
        ("Deputy Chief of Mission", "official"),
        ("Vice-Governor", "official"),
        ("Under-Secretary", "official"),
        ("lawmaker", "parliamentarian"),
        ("registrar", "official"),
    ],
)
def test_more_offices_title_a_name(title: str, role: str) -> None:
    # a mission's second, a province's second, a lawmaker, a public registrar
    article = parse_text(VISIT + f"The talks were also held with {title} Jonas Melo.")
    melo = [o for o in article.officials if o.name == "Jonas Melo"]
    assert [o.role for o in melo] == [role]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jonas Melo, for his part, said the festival would open in June.",
        "Jonas Melo, in his remarks at the ceremony, stressed the role of culture.",
    ],
)
def test_an_untitled_name_that_speaks_after_an_aside_is_an_official(sentence: str) -> None:
    # "X, for his part, said": the aside stands between the speaker and the verb
    article = parse_text(VISIT + sentence)
    melo = [o for o in article.officials if o.name == "Jonas Melo"]
    assert melo
    assert [s.speakers for s in article.statements if s.speakers == (melo[0].id,)]


def test_a_long_aside_hides_no_verb_for_an_untitled_name() -> None:
    # the aside closes within a few words; past a sentence's mark it is no aside
    sentence = "Jonas Melo, the painter; the minister said the festival would open."
    assert "Jonas Melo" not in names(VISIT + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a portfolio word ends the title, not begins the name
        ("Minister of Culture and National Identity Jonas Melo spoke.", "Jonas Melo"),
        # a mayor's style and a profession written as a courtesy
        ("The Mayor of Lisbon, His Worship Jonas Melo, spoke.", "Jonas Melo"),
        ("Minister of Culture, Architect Jonas Melo, spoke.", "Jonas Melo"),
        # the head of a minister's office
        ("Jonas Melo, her chief of staff, spoke.", "Jonas Melo"),
        # "among others" between the verb and its "by"
        ("The ambassador was accompanied, among others, by Dr. Jonas Melo.", "Jonas Melo"),
        # the head of a body named before "headed by"
        ("The books were donated by the Lumen Foundation, headed by Jonas Melo.", "Jonas Melo"),
    ],
)
def test_the_name_is_read_whole(sentence: str, name: str) -> None:
    assert name in names(VISIT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a street named after a person is no official
        "The embassy stands on Jonas Melo Drive, near the Mayor of Lisbon.",
        # a common noun's "headed by" names no body's head
        "The books came from the foundation, headed by Jonas Melo.",
    ],
)
def test_no_official_is_read_from(sentence: str) -> None:
    assert "Jonas Melo" not in names(VISIT + sentence)


@pytest.mark.parametrize("when", ["new", "current", "visiting", "newly accredited"])
def test_a_word_for_when_an_office_is_held_leaves_the_title_the_names(when: str) -> None:
    # "X, the new Minister of ...": the apposition is X's title all the same
    article = parse_text(
        f"The Secretary-General received Omar Haddad, the {when} Minister of Culture of Jordan."
    )
    assert [(o.name, o.country) for o in article.officials] == [("Omar Haddad", "JO")]


def test_new_opens_a_place_not_a_name_after_it() -> None:
    text = "Premier Tom Reed of New South Wales, Australia, paid a courtesy call on the Governor."
    assert names(text) == {"Tom Reed"}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The Minister of Culture U Tin Maung met the ambassador.", "Tin Maung", "minister"),
        ("Hon’ble PM Shri Ravi Nair opened the festival.", "Ravi Nair", "head_of_government"),
        ("The minister was received by First Lady Aminata Keita.", "Aminata Keita", "official"),
        ("Lord David Brent, co-president of the Initiative, spoke.", "David Brent", "official"),
    ],
)
def test_courtesies_and_offices_of_other_traditions(sentence: str, name: str, role: str) -> None:
    # a Burmese man's courtesy title, Indian English "Hon'ble" and "PM", a first lady
    assert (name, role) in {(o.name, o.role) for o in parse_text(sentence).officials}


def test_a_link_to_another_story_names_no_official() -> None:
    # "Also Read | ...": noise, not the story (ANNOTATION.md), even with titles in it
    text = VISIT + "\nAlso Read | Deputy PM Omar Haddad Lauds PM Ravi Nair's Tree Drive.\n"
    assert not names(text) & {"Omar Haddad", "Ravi Nair"}


def test_courtesy_titled_names_listed_each_of_a_state_are_officials_of_it() -> None:
    # "Mr A of Croatia, Mr B of Korea and Mr C of Peru presented their credentials"
    text = (
        "The President received Mr Nenad Kovac of Croatia, Mr Ji-Ho Park of South Korea"
        " and Mr Juan Carlos Rivas of Venezuela, who presented their credentials."
    )
    article = parse_text(text)
    assert {(o.name, o.country) for o in article.officials} >= {
        ("Nenad Kovac", "HR"),
        ("Ji-Ho Park", "KR"),
        ("Juan Carlos Rivas", "VE"),
    }


def test_one_courtesy_titled_name_of_a_state_alone_is_no_official() -> None:
    # "the painter Ms. A of Peru" may be anyone from there
    text = "The painter Ms. Ana Ruiz of Peru showed her works to Minister of Culture Omar Haddad."
    assert "Ana Ruiz" not in names(text)


def test_the_untitled_head_of_a_states_government_is_an_official() -> None:
    # "the government of Colombia, headed by X": the head of a state's body
    text = "The minister thanked the government of Colombia, headed by Juan Manuel Ruiz, for it."
    assert ("Juan Manuel Ruiz", "CO") in {(o.name, o.country) for o in parse_text(text).officials}


def test_bhutans_titles_name_a_prime_minister_and_a_minister() -> None:
    text = "Lyonchhen Karma Dorji and Lyonpo Tashi Wangmo met the Ambassador of Spain."
    roles = {o.name: o.role for o in parse_text(text).officials}
    assert (roles["Karma Dorji"], roles["Tashi Wangmo"]) == ("head_of_government", "minister")


@pytest.mark.parametrize("place_word", ["in", "at"])
def test_a_name_right_after_in_or_at_is_a_place_not_the_titles_holder(place_word: str) -> None:
    # "paid a courtesy call on the Prime Minister at the Diplomatic Centre in St Ann's"
    text = (
        "Minister of State Ravi Nair paid a courtesy call on the Prime Minister at the"
        f" Diplomatic Centre {place_word} Port Verde."
    )
    assert names(text) == {"Ravi Nair"}


def test_bhutans_prime_minister_is_named_by_office_alone() -> None:
    # "Lyonchhen thanked ...", "Lyonchhen and the Ambassador discussed ..."
    text = (
        "THIMPHU - Lyonchhen Karma Dorji met the Ambassador of Turkey, Ali Kaya, on Monday."
        " Lyonchhen thanked the Ambassador for the support. Lyonchhen and the Ambassador"
        " discussed aviation and tourism."
    )
    article = parse_text(text)
    by_id = {o.id: o.name for o in article.officials}
    assert [sorted(by_id[p] for p in s.speakers) for s in article.statements] == [
        ["Karma Dorji"],
        ["Ali Kaya", "Karma Dorji"],
    ]


def test_a_double_surname_without_its_hyphen_is_the_same_official() -> None:
    # "Mrs. Oteng Gyasi said" for "Barbara Oteng-Gyasi"
    text = (
        "The Minister for Tourism, Mrs. Ama Boateng-Mensah, launched the cloth on Monday."
        " Mrs. Boateng Mensah said many in the diaspora invest in the country."
    )
    article = parse_text(text)
    assert [o.name for o in article.officials] == ["Ama Boateng-Mensah"]
    assert [s.speakers for s in article.statements] == [(article.officials[0].id,)]


def test_a_headlines_verb_is_no_name() -> None:
    # "Ambassador from X to Y Holds Meetings with ...": a title-cased headline's verb
    text = (
        "Ambassador from Sri Lanka to Myanmar Holds Meetings with Union Ministers of Hotels"
        " and Tourism, Religious Affairs and Culture, and Science and Technology in Myanmar"
        "\n\n\nAmbassador of Sri Lanka to Myanmar Nisha Perera attended two separate"
        " meetings with Union Minister for Culture Tin Aung and Union Minister for Tourism"
        " Ko Lwin."
    )
    assert names(text) == {"Nisha Perera", "Tin Aung", "Ko Lwin"}


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Sanja Vlaisavljevic", "Sanja Vlaisaljevic"),  # a letter left out
        ("Ali Asghar Mounesan", "Ali Asghar Mounsean"),  # two neighbours swapped
    ],
)
def test_a_long_surname_misspelt_by_a_letter_is_an_alias(first: str, again: str) -> None:
    # ANNOTATION.md: a misspelling beside the name is an alias of the same official
    text = (
        f"Minister {first} met the Ambassador of Kuwait, Nasser Al-Salem."
        f" Minister {again} said the ties were strong."
    )
    article = parse_text(text)
    assert [(o.name, o.aliases) for o in article.officials] == [
        (first, (again,)),
        ("Nasser Al-Salem", ()),
    ]


def test_a_short_surname_a_letter_apart_is_another_person() -> None:
    # "Lee" and "Lim" are different people, however alike their given names
    text = "Minister Anna Lee met the Ambassador of Korea, Anna Lim, on Monday."
    assert names(text) == {"Anna Lee", "Anna Lim"}


def test_an_initial_and_a_surname_name_the_official_of_that_initial() -> None:
    # "Ambassador Y.Bekov" after "Yerlan Bekov": a mention, neither a new official
    # nor another spelling of the name
    text = (
        "ISLAMABAD - Ambassador of Kazakhstan Yerlan Bekov met Minister of Culture Jamal"
        " Khan. Ambassador Y.Bekov also commended the commission."
    )
    article = parse_text(text)
    assert [(o.name, o.aliases) for o in article.officials] == [
        ("Yerlan Bekov", ()),
        ("Jamal Khan", ()),
    ]
