"""Officials' countries where titles leave them implicit.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

from culturedipl import parse_text


def countries(text: str) -> dict[str, str | None]:
    """Each official's country, by name."""
    return {o.name: o.country for o in parse_text(text).officials}


def test_an_unmarked_minister_is_not_of_the_country_another_title_names() -> None:
    # news marks the other side's officials with their country and leaves its
    # own unmarked: the country named most is the visitor's here
    text = (
        "Minister of Culture Tomas Ravel received the Belarusian Minister of Culture"
        " Pavel Kurnosau on Monday. Kurnosau said Belarus and Oman would hold Belarus"
        " Culture Days in Belarus and in Oman next year, and that Belarus valued the"
        " ties with the Sultanate."
    )
    assert countries(text) == {"Tomas Ravel": "OM", "Pavel Kurnosau": "BY"}


def test_an_unmarked_minister_keeps_the_home_country_no_title_names() -> None:
    # nothing marks Oman's officials: the country named most stays theirs
    text = (
        "Minister of Culture Tomas Ravel received Minister of Culture Pavel Kurnosau"
        " on Monday. Kurnosau said Oman and Belarus would hold Culture Days in Oman."
    )
    assert countries(text) == {"Tomas Ravel": "OM", "Pavel Kurnosau": "OM"}


def test_a_dateline_outweighs_a_title_that_names_its_country() -> None:
    # an agency marks its own officials too: "BAKU - Azerbaijani Minister A ... President B"
    text = (
        "BAKU, Azerbaijan, May 4. Azerbaijani Foreign Minister Ramiz Dadashli met the"
        " visiting delegation, which President Elnur Sadigov had received the day"
        " before. Armenia was named in the talks, and Armenia's claims were rejected."
    )
    assert countries(text) == {"Ramiz Dadashli": "AZ", "Elnur Sadigov": "AZ"}


def test_an_envoy_with_no_state_of_their_own_serves_the_unmarked_side() -> None:
    # the envoy is posted to the home country; the country no title names is theirs
    text = (
        "Ambassador Sione Tuilagi met Japanese Vice-Minister for Foreign Affairs Kenta"
        " Morikawa in Tokyo on Friday. They discussed Japan's support for Tonga and the"
        " Japan Tonga friendship year, Tonga's festival in Japan and Japan's grants."
    )
    found = {o.name: (o.country, o.posted_to) for o in parse_text(text).officials}
    assert found == {"Sione Tuilagi": ("TO", "JP"), "Kenta Morikawa": ("JP", None)}


def test_a_datelined_visitor_is_not_of_the_country_visited() -> None:
    # the dateline names where the visit is; the unmarked visitor comes from elsewhere
    text = (
        "AMMAN — Minister of Culture Prince Faisal bin Nasser Al-Harthi met the Jordanian"
        " Minister of Tourism Hani Qudah on Monday as part of Prince Faisal’s official"
        " visit to Jordan. They spoke of Saudi and Jordanian museums and of the Saudi"
        " pavilion at the Amman book fair, which Saudi publishers join each year."
    )
    assert countries(text) == {"Faisal bin Nasser Al-Harthi": "SA", "Hani Qudah": "JO"}


def test_a_datelined_minister_stays_home_when_a_guest_visits() -> None:
    # a visit by someone else does not move the unmarked officials abroad
    text = (
        "AMMAN — Jordanian Minister of Tourism Hani Qudah and Minister of Culture Rana"
        " Halaseh received a delegation during its visit to Jordan. They spoke of Saudi"
        " museums and of the Saudi pavilion at the fair, which Saudi publishers join."
    )
    assert countries(text) == {"Hani Qudah": "JO", "Rana Halaseh": "JO"}


def test_councillors_before_a_list_title_each_name() -> None:
    # a plural municipal office opens a list of names, in either spelling
    text = (
        "The signing was witnessed by the visiting mayor and by councilors Ramon Dizon,"
        " Tessa Lagman, Noel Abad, and Ruben Ocampo Jr."
    )
    assert [o.name for o in parse_text(text).officials] == [
        "Ramon Dizon",
        "Tessa Lagman",
        "Noel Abad",
        "Ruben Ocampo Jr",
    ]
    text = "Councillors Ana Ruiz and Pedro Gil attended the ceremony."
    assert [o.name for o in parse_text(text).officials] == ["Ana Ruiz", "Pedro Gil"]


def test_a_generation_in_roman_numerals_ends_a_name() -> None:
    # "III" after a name is part of it; a numeral inside a title is not a name
    text = "Also present was Mayor Ramon Dizon III of the host city."
    assert [o.name for o in parse_text(text).officials] == ["Ramon Dizon III"]
    text = "The World War II museum director Ana Lima spoke."
    assert [o.name for o in parse_text(text).officials] == ["Ana Lima"]
    # a monarch's one name and number stay the regnal reading
    text = "King Abdullah II received Minister of Culture Ana Lima."
    assert [o.name for o in parse_text(text).officials] == ["Abdullah II", "Ana Lima"]


def test_an_administrator_holds_an_office() -> None:
    text = "Also present was Provincial Administrator Ramon Dizon."
    assert [(o.name, o.title) for o in parse_text(text).officials] == [
        ("Ramon Dizon", "Provincial Administrator")
    ]


def test_a_lawyers_style_before_a_name_is_no_sentence_end() -> None:
    # "Atty." as Philippine news prints it: an honorific, and its period ends nothing
    text = "Also present were the Provincial Administrator, Atty. Ramon Dizon, and guests."
    assert [(o.name, o.title) for o in parse_text(text).officials] == [
        ("Ramon Dizon", "Provincial Administrator")
    ]


def test_the_d8_is_a_body_its_officials_serve() -> None:
    # an intergovernmental body's officials serve it, not the country of the story
    text = (
        "Secretary-General of the D-8 Organization for Economic Cooperation Ana Lima"
        " met Minister of Culture Omar Ali in Kuala Lumpur."
    )
    found = {o.name: (o.role.value, o.organization, o.country) for o in parse_text(text).officials}
    assert found == {
        "Ana Lima": ("secretary_general", "D-8", None),
        "Omar Ali": ("minister", None, "MY"),
    }


def test_the_unmarked_side_is_not_an_envoys_own_state() -> None:
    # the Italian envoy is foreign: the unmarked minister is not Italian
    text = (
        "Culture Minister Anna Berg met Italian Ambassador Marco Rossi on Monday. Berg"
        " and Spanish Culture Minister Luis Soto agreed to deepen ties last year."
    )
    assert countries(text)["Anna Berg"] != "IT"
