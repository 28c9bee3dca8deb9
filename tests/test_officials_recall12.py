"""Officials' countries and roles, second round: constructions seen in two sets or more.

Every sentence and name below is invented for these tests, in the style of
news-agency reports and ministries' press releases.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in parse_text(text).officials}


# a visitor whose title names no state: the story is told from the visited side
_WILL_VISIT = (
    "Parliamentary Secretary for Island Affairs Tomas Harlow will visit Papua New Guinea"
    " next week. Mr Harlow said the visit showed Australia's commitment to the region and"
    " to Papua New Guinea's government."
)
# both sides unmarked: the visitor's hosts are met after the visit
_VISITED = (
    "Foreign Minister Dr Karma Wangdi visited India at the invitation of India's External"
    " Affairs Minister Ravi Menon. The two ministers discussed Bhutan-India relations.\n\n"
    "The minister also met Home Minister Arjun Mehta and Foreign Secretary Vikram Rao.\n\n"
    "It was his first bilateral visit to India, and Bhutan and India agreed to meet again."
)
_ARRIVED = (
    "Minister of State for Information Raj Kumar arrived in Kandy on Friday on a three-day"
    " visit to Sri Lanka during which he would meet with President Nimal Perera, officials"
    " said.\n\nDuring the visit, Kumar will open a library built with India's support under"
    " Prime Minister Anand Joshi. India and India's partners welcome the project.\n\n"
    "Kumar met with Governor Sunil Fernando and spoke of India's ties with the region."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_WILL_VISIT, {"Tomas Harlow": "AU"}),
        (
            _VISITED,
            {
                "Karma Wangdi": "BT",
                "Ravi Menon": "IN",
                "Arjun Mehta": "IN",
                "Vikram Rao": "IN",
            },
        ),
        (
            _ARRIVED,
            {
                "Raj Kumar": "IN",
                "Nimal Perera": "LK",
                "Anand Joshi": "IN",
                "Sunil Fernando": "LK",
            },
        ),
    ],
)
def test_a_visitor_is_no_official_of_the_state_visited(
    text: str, expected: dict[str, str | None]
) -> None:
    """'A visited C', 'A will visit C', 'A arrived ... on a visit to C': A is not of C, and
    the officials A met there are."""
    assert countries(text) == expected


_TOURISTS = (
    "Prime Minister Dev Thapa urged foreign tourists to visit Nepal in the coming year."
    " Nepal and China signed two agreements."
)
_RECEIVED = (
    "President Arvid Lind received the Italian Minister Carla Ferri in her two-day visit"
    " to Sweden. Sweden and Italy discussed culture."
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the visit's subject is another: tourists, not the minister
        (_TOURISTS, "Dev Thapa", "NP"),
        # the visitor is named after the host, as the object of "received"
        (_RECEIVED, "Arvid Lind", "SE"),
    ],
)
def test_a_visit_needs_its_subject(text: str, name: str, expected: str) -> None:
    """A visit word whose subject is not the official named before it changes no country."""
    assert countries(text)[name] == expected


def test_the_meeting_attended_by_keeps_the_visitors_party() -> None:
    """'The meeting was attended by A' after a visit lists both sides: A keeps the visitor's."""
    text = (
        "CAIRO — Minister of Culture Prince Faisal bin Nasser met the Egyptian Minister of"
        " Antiquities Dr. Omar Saleh as part of Prince Faisal's official visit to Egypt.\n\n"
        "Saudi Arabia and Saudi Arabia's partners welcomed the visit.\n\n"
        "The meeting was attended by the Supervisor of Cultural Affairs Hamad Al-Qahtani."
    )
    found = countries(text)
    assert found["Omar Saleh"] == "EG"
    assert found["Hamad Al-Qahtani"] == "SA"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Minister for Home Affairs Dorje Lama Tamang visited the temple on Sunday.",
            "Minister for Home Affairs",
        ),
        ("Home Minister Dorje Lama Tamang visited the temple on Sunday.", "Home Minister"),
    ],
)
def test_home_is_a_field_of_office(text: str, title: str) -> None:
    """'Home' names a portfolio ('Home Affairs', 'Home Minister'), so the title reaches the name."""
    (official,) = parse_text(text).officials
    assert (official.name, official.role, official.title) == (
        "Dorje Lama Tamang",
        "minister",
        title,
    )


def test_engr_is_a_courtesy_title() -> None:
    """'Engr A B' (an engineer's courtesy title, as 'Eng.') stands before the name, not in it."""
    text = (
        "Adviser to Prime Minister for National Heritage and Culture Engr Tariq Mehmood met"
        " the Uzbek Minister of Culture Bakhrom Yusupov in Samarkand."
    )
    assert [o.name for o in parse_text(text).officials] == ["Tariq Mehmood", "Bakhrom Yusupov"]


_SHEIKH_AFTER_HE = (
    "Doha: Minister of Culture H E Sheikh Hamad bin Khalid Al Marri met the Minister of"
    " Culture of Oman Salim Al Harthy."
)
_NAME_AFTER_HE = (
    "Doha: Minister of Culture H E Hamad bin Khalid Al Marri met the Minister of Culture"
    " of Oman Salim Al Harthy."
)


@pytest.mark.parametrize("text", [_SHEIKH_AFTER_HE, _NAME_AFTER_HE])
def test_spaced_excellency_is_no_pair_of_initials(text: str) -> None:
    """'H E A B' ('H.E.' without its stops) is an honorific, not the initials of the name."""
    names = [o.name for o in parse_text(text).officials]
    assert names == ["Hamad bin Khalid Al Marri", "Salim Al Harthy"]


_INITIAL_A = (
    "It was attended by Minister of Culture of the Kyrgyz Republic A. A. Kasymov, Minister"
    " of Culture of the Republic of Tajikistan B. K. Rahimov and others."
)


def test_the_initial_a_is_no_article() -> None:
    """'A. A. Kasymov', 'A. Kasymov': the initial 'A' heads the name, it is no article."""
    found = {o.name: o.title for o in parse_text(_INITIAL_A).officials}
    assert found == {
        "A. A. Kasymov": "Minister of Culture of the Kyrgyz Republic",
        "B. K. Rahimov": "Minister of Culture of the Republic of Tajikistan",
    }
    text = "Minister of Culture A. Kasymov met the Tajik Minister B. Rahimov."
    assert [o.name for o in parse_text(text).officials] == ["A. Kasymov", "B. Rahimov"]


_LED_BY_NAME_FIRST = (
    "AJMAN, 3rd May, 2025 (WAM) -- Sheikh Rashid Al Nuaimi, Chairman of the Heritage"
    " Department in Ajman, welcomed a Maldivian delegation led by Ibrahim Waheed Rasheed,"
    " Minister of Language, Culture and Heritage. The UAE and the Maldives discussed"
    " heritage cooperation."
)


def test_a_delegations_demonym_gives_its_leaders_state() -> None:
    """'a Maldivian delegation led by A, Minister of ...': A's title names no state, the
    delegation's demonym does."""
    assert countries(_LED_BY_NAME_FIRST)["Ibrahim Waheed Rasheed"] == "MV"


_MARKED_VISITOR = (
    "Minister of Foreign Affairs of Croatia Marko Horvat is on an official visit to"
    " Slovenia, which he began with a meeting with his Slovenian counterpart Jan Novak, as"
    " well as Prime Minister Luka Kranjc. Croatia and Slovenia, Croatia's neighbour, signed"
    " a cultural programme. Croatia's minister thanked Croatia's hosts."
)


def test_a_marked_visitor_meets_the_visited_side() -> None:
    """A visitor whose title names a state meets the visited state's officials: 'a
    meeting with ... Prime Minister B' after 'A is on a visit to C' makes B of C."""
    assert countries(_MARKED_VISITOR) == {
        "Marko Horvat": "HR",
        "Jan Novak": "SI",
        "Luka Kranjc": "SI",
    }
