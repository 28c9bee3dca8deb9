"""Initiatives on unseen real text, third round: one general construction a test.

Every sentence below is invented, in the style of news-agency and embassy
reports. Each test states the construction it covers and what the annotation
guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and "Initiatives,
more") says a careful reader extracts from it.
"""

from __future__ import annotations

from tests.readers import initiatives_by_name as read


def names(body: str) -> list[str]:
    """The name of each initiative in an article with *body* as its text."""
    return [name for name, _ in read(body)]


# --------------------------------------------------------------------------
# Coordinated names: "the A Games and the B festival" is two initiatives.


def test_a_named_event_and_a_name_before_a_lower_case_head_are_two() -> None:
    """The head word after the second name is that name's: the "and" splits the phrase."""
    body = "The minister recalled the Winter Games and the Nordic Lights festival in Oslo."
    assert read(body) == [("Winter Games", "other"), ("Nordic Lights", "festival")]


def test_the_and_without_a_head_before_it_stays_inside_the_name() -> None:
    """ "Salt and Pepper" holds no head word of its own: one name before "festival"."""
    body = "The embassy took part in the Salt and Pepper festival in Tallinn last week."
    assert names(body) == ["Salt and Pepper"]


# --------------------------------------------------------------------------
# What ends a name: a possessive, a place of several words after "in", a date.


def test_a_possessive_ends_the_name() -> None:
    """ "the X Programme’s aims" names the "X Programme", without the possessive."""
    body = "The director said the Coral Voices Programme’s first aim is to train young archivists."
    assert names(body) == ["Coral Voices Programme"]


def test_a_date_and_a_city_of_several_words_after_the_name_are_left_out() -> None:
    """ "… Exchange on June 2 in Bandar Seri Begawan, Brunei": date and place are no name."""
    body = (
        "The two ministers launched a Joint Program on Heritage Exchange on June 2"
        " in Bandar Seri Begawan, Brunei."
    )
    assert names(body) == ["Joint Program on Heritage Exchange"]


# --------------------------------------------------------------------------
# Not initiatives: a venue, a signed plan of cooperation.


def test_a_hotel_is_a_venue_even_with_a_head_word_in_its_name() -> None:
    """ "the Four Seasons Hotel" is a building; "Seasons" is no festival there."""
    body = "The ministers spoke at a joint briefing at the Four Seasons Hotel in Lima on Monday."
    assert read(body) == []


def test_an_executive_programme_of_cooperation_is_a_signed_document() -> None:
    """An executive programme under a cultural agreement is a document, like an agreement."""
    body = (
        "The chairman and the permanent secretary signed an Executive Programme on"
        " Cultural Cooperation for 2025-2028 in Lusaka."
    )
    assert read(body) == []


# --------------------------------------------------------------------------
# A standing dialogue of two places: "the A-B Cultural Dialogue" is a forum.


def test_a_dialogue_of_two_places_joined_by_a_dash_is_a_forum() -> None:
    """The pair before "Dialogue" makes it a named forum of two countries."""
    body = (
        "The minister reviewed the progress of the Chile-Morocco Cultural Dialogue"
        " that began in March."
    )
    assert read(body) == [("Chile-Morocco Cultural Dialogue", "forum")]


def test_a_dialogue_partnership_and_a_dialogue_inside_a_forum_are_not_paired_names() -> None:
    """ "A-B Dialogue Partnership" is a status; "on X and Inter-Faith Dialogue" ends a forum."""
    body = (
        "Peru became a Sahel-Andes Dialogue Partner in 2019. The ministers attended the"
        " Lima Forum on Inter-Cultural and Inter-Faith Dialogue."
    )
    assert names(body) == ["Lima Forum on Inter-Cultural and Inter-Faith Dialogue"]


# --------------------------------------------------------------------------
# A quoted title introduced by "entitled", "titled", "under the theme".


def test_a_title_names_the_event_its_clause_opens_with() -> None:
    """ "a cultural day entitled ‘X’": the day is one named event, a festival."""
    body = "The embassy held a cultural day entitled ‘Silver Walnut’ in the main square of Tbilisi."
    assert read(body) == [("Silver Walnut", "festival")]


def test_a_long_title_with_a_subtitle_after_an_exhibition_is_kept_whole() -> None:
    """A title longer than eight words needs no head word beside it when "titled" brings it."""
    body = (
        "The minister toured an exhibition prepared by the National Archive titled"
        ' "Ports and Rivers: Trade Routes of the Baltic from XV to XVIII century",'
        " now on display in Riga."
    )
    assert read(body) == [
        ("Ports and Rivers: Trade Routes of the Baltic from XV to XVIII century", "other")
    ]


def test_a_title_with_no_event_in_its_clause_is_no_initiative() -> None:
    """ "The vessel, named “X”": no head word in the clause before the title."""
    body = "The vessel, named “Northern Star”, reached the port of Gdansk on Monday."
    assert read(body) == []


# --------------------------------------------------------------------------
# A subtitle after a colon: "the Cultural Week of X: Echoes of Y in Z, dates".


def test_a_capitalised_subtitle_after_a_colon_is_part_of_the_name() -> None:
    """The subtitle runs to the end of its clause: it belongs to the name."""
    body = (
        "Events will include the Cultural Week of Peru: Echoes of Cusco in Hungary,"
        " 3 – 9 May 2025, with the support of the regional government."
    )
    assert read(body) == [("Cultural Week of Peru: Echoes of Cusco in Hungary", "festival")]


def test_a_colon_before_a_list_or_a_new_clause_ends_the_name() -> None:
    """ "…: concerts, films" is a list; "…: Minister X welcomed" is a new clause."""
    body = (
        "The programme of the Days of Latvian Culture: concerts, films and talks."
        " They opened the Year of Tea Culture: Minister Anna Berg welcomed the guests."
    )
    assert names(body) == ["Days of Latvian Culture", "Year of Tea Culture"]


# --------------------------------------------------------------------------
# No name of its own: a photo exhibition, a summit of a body or of its heads,
# a holiday's programme.


def test_a_photo_exhibition_is_no_name() -> None:
    """ "held a Photo Exhibition on …": capitals on a field and a head word only."""
    body = "The ministry held a Photo Exhibition on the friendship of the two nations."
    assert read(body) == []


def test_a_summit_of_a_body_is_that_bodys_meeting() -> None:
    """ "the Summit of La Francophonie": a summit of an organisation is no forum initiative."""
    body = "They discussed the results of the 2022 Summit of La Francophonie held in Djerba."
    assert read(body) == []


def test_a_summit_of_heads_of_state_is_no_name() -> None:
    """ "the XXV Summit of Heads of State and Government": who meets is no name."""
    body = (
        "During the XXV Summit of Heads of State and Government, the culture ministers"
        " agreed to meet again."
    )
    assert read(body) == []


def test_a_named_consultative_meeting_of_heads_of_state_is_still_a_forum() -> None:
    """A consultative meeting with its region named stays a forum ("Initiatives, more")."""
    body = "The Consultative Meeting of the Heads of State of Central Asia opened in Dushanbe."
    assert read(body) == [("Consultative Meeting of the Heads of State of Central Asia", "forum")]


def test_a_holidays_programme_is_no_initiative() -> None:
    """ "during the Independence Day programme": a day's programme is the holiday's."""
    body = "The ensemble performed during the Independence Day programme of the embassy in Rome."
    assert read(body) == []


# --------------------------------------------------------------------------
# A name that an apposition says the kind of: "X, a program funded by …".


def test_an_apposition_after_a_name_gives_its_kind() -> None:
    """ "the Timor–Pacific Heritage Synergy 2026, a program …": a programme, dash and year kept."""
    body = (
        "Ministers met in Dili this week for the Timor–Pacific Heritage Synergy 2026,"
        " a program fully funded by the host government."
    )
    assert read(body) == [("Timor–Pacific Heritage Synergy 2026", "programme")]


def test_an_apposition_of_a_person_a_place_or_a_longer_noun_names_nothing() -> None:
    """ "Carlos Mendes, a festival organiser", "Ulaanbaatar, a festival city": no initiative."""
    body = (
        "He thanked Carlos Mendes, a festival organiser, for the invitation."
        " The delegation then visited Ulaanbaatar, a festival city, and the Heydar"
        " Aliyev Foundation, a project partner."
    )
    assert read(body) == []


# --------------------------------------------------------------------------
# A named day of culture in quotes: "X Culture Day in Y".


def test_a_quoted_culture_day_is_a_festival() -> None:
    """A day of culture is one of the "Days of X Culture": two quoted ones, two festivals."""
    body = (
        'The ambassador proposed holding a "Peruvian Culture Day in Hungary" and a'
        ' reciprocal "Hungarian Culture Day in Peru."'
    )
    assert read(body) == [
        ("Peruvian Culture Day in Hungary", "festival"),
        ("Hungarian Culture Day in Peru", "festival"),
    ]


def test_a_quoted_holiday_is_no_festival() -> None:
    """ "Independence Day" has no field word before "Day": a holiday, no initiative."""
    body = 'The minister congratulated the nation on "Independence Day" celebrations in Accra.'
    assert read(body) == []


def test_an_unquoted_title_names_the_event_its_clause_opens_with() -> None:
    """ "an exhibition prepared by the archive titled X": X is the exhibition, no quotes needed."""
    body = (
        "The minister opened an exhibition prepared by the State Archive titled"
        " Ports of the Northern Sea at the city museum."
    )
    assert read(body) == [("Ports of the Northern Sea", "other")]
