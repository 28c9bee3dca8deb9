"""Meetings and officials on constructions of unseen real news (round 5).

Each case is a short text of our own; the meetings it should yield are listed as
(participants sorted by name, host).
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import meetings_by_name, statements_by_name

CASES = [
    # "Amb." abbreviates a title and ends no sentence
    (
        (
            "TOKYO, May 3 - H.E. Amb. Tomas Fuentes paid a courtesy call on Mr. Marko Petrovic, "
            "State Minister for Foreign Affairs, at his office on Tuesday."
        ),
        [(["Marko Petrovic", "Tomas Fuentes"], "Marko Petrovic")],
    ),
    # a military rank before a name is no part of it
    (
        (
            "SUVA, May 3 - Chile's Prime Minister Tomas Fuentes paid a courtesy visit to his "
            "Fijian counterpart Commodore Marko Petrovic this morning."
        ),
        [(["Marko Petrovic", "Tomas Fuentes"], "Marko Petrovic")],
    ),
    # a time between "met" and "with"; a role phrase as the object means the official
    # named before with that office
    (
        (
            "HAVANA, May 3 - Kenyan Foreign Minister Alfred Kamau toured a museum on Tuesday. "
            "President Marko Petrovic met on Monday with the Kenyan foreign minister at the palace."
        ),
        [(["Alfred Kamau", "Marko Petrovic"], "Marko Petrovic")],
    ),
    (
        (
            "HAVANA, May 3 - Kenyan Foreign Minister Alfred Kamau toured a museum on Tuesday. "
            "President Marko Petrovic received the Kenyan foreign minister at the palace."
        ),
        [(["Alfred Kamau", "Marko Petrovic"], "Marko Petrovic")],
    ),
    # an unnamed counterpart with no official of that office named: the one participant
    (
        (
            "HAVANA, May 3 - President Marko Petrovic met on Monday with the Kenyan foreign "
            "minister at the palace."
        ),
        [(["Marko Petrovic"], "Marko Petrovic")],
    ),
    # earlier talks mentioned in passing: "discussions between A and B"
    (
        (
            "LIMA, May 3 - In the meeting, Foreign Secretary Ana Vukovic referenced recent "
            "discussions between President Marko Petrovic and President of Chile, Tomas Fuentes."
        ),
        [(["Marko Petrovic", "Tomas Fuentes"], "Marko Petrovic")],
    ),
    # "there was a meeting of A and B"
    (
        (
            "PODGORICA, May 3 - Today there was a meeting of Culture Minister Ana Vukovic and "
            "Chilean Ambassador Tomas Fuentes at the ministry."
        ),
        [(["Ana Vukovic", "Tomas Fuentes"], "Ana Vukovic")],
    ),
    # a passive signing whose "by" comes after "between <countries>" and a date
    (
        (
            "PODGORICA, May 3 - A cultural programme was signed between Chile and Montenegro on "
            "May 2 by Montenegrin State Secretary Ana Vukovic and Chilean Ambassador Tomas Fuentes."
        ),
        [(["Ana Vukovic", "Tomas Fuentes"], "Ana Vukovic")],
    ),
    # "paid courtesy calls on A and B": one meeting with each, each the host
    (
        (
            "DHAKA, May 3 - Chilean Ambassador Tomas Fuentes paid courtesy calls on Foreign "
            "Minister Karim Hossain and State Minister Rafiq Alam on Monday."
        ),
        [
            (["Karim Hossain", "Tomas Fuentes"], "Karim Hossain"),
            (["Rafiq Alam", "Tomas Fuentes"], "Rafiq Alam"),
        ],
    ),
    # ... and "the participants paid separate courtesy calls on A and B": each alone
    (
        (
            "DHAKA, May 3 - The participants of the course paid separate courtesy calls on Foreign "
            "Minister Karim Hossain and State Minister Rafiq Alam on Monday."
        ),
        [(["Karim Hossain"], "Karim Hossain"), (["Rafiq Alam"], "Rafiq Alam")],
    ),
    # "On Wednesday, X attended ...": X, after an opening phrase, is whom "He" means next
    (
        (
            "AGANA, June 9 - Governor Ramon Villar is visiting Guam this week. On Wednesday, "
            "June 8, Villar attended a celebration at the resort. He met with Lieutenant Governor "
            "Joshua Cruz on Thursday."
        ),
        [(["Joshua Cruz", "Ramon Villar"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meetings_of_unseen_constructions(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert meetings_by_name(text) == expected


def test_a_signing_between_countries_is_the_signatories_agree() -> None:
    """The signatories named after "between <countries> on <date> by" agree."""
    text = (
        "PODGORICA, May 3 - A cultural programme was signed between Chile and Montenegro on "
        "May 2 by Montenegrin State Secretary Ana Vukovic and Chilean Ambassador Tomas Fuentes."
    )
    assert statements_by_name(text) == [(("Ana Vukovic", "Tomas Fuentes"), "agree")]


def test_a_rank_after_an_office_and_a_comma_keeps_the_office() -> None:
    """ "Vice Minister of Foreign Affairs of Chile, Ambassador X": X holds the office
    (a role phrase for it finds X) and is Chile's."""
    article = parse_text(
        "LIMA, May 3 - Foreign Secretary Ana Vukovic met with Vice Minister of Foreign Affairs "
        "of Chile, Ambassador Luisa Ramos, to discuss cooperation. The Vice Minister said "
        "Chile is committed to closer ties."
    )
    ramos = next(official for official in article.officials if official.name == "Luisa Ramos")
    assert ramos.country == "CL"
    assert ramos.title is not None
    assert ramos.title.startswith("Vice Minister")
    assert [s.speakers for s in article.statements] == [(ramos.id,)]


def test_a_programme_officer_is_a_title_not_an_initiative() -> None:
    """ "X, Senior Program Officer for Economic Affairs": an official, and no initiative."""
    article = parse_text(
        "MANILA, May 3 - Governor Ramon Villar received Australian Ambassador Steven Hill. The "
        "ambassador was with James Yates, Counsellor for Political Affairs; Mabel Reyes, Senior "
        "Program Officer for Economic Affairs; and Beth Rand, Director, Philippines Section."
    )
    titles = {official.name: official.title for official in article.officials}
    assert titles["Mabel Reyes"] == "Senior Program Officer for Economic Affairs"
    assert article.initiatives == ()


def test_a_plural_title_before_names_with_their_states() -> None:
    """ "Ambassadors A of Iraq, B of Sri Lanka and C of Vietnam": each an ambassador of
    the state after the name, and all three at the meeting."""
    article = parse_text(
        "CEBU, May 3 - Governor Gina Torres received Ambassadors Sami Haddad of Iraq, Nimal "
        "Perera of Sri Lanka and Pham Hao of Vietnam on Monday."
    )
    officials = {o.name: (o.role.value, o.country) for o in article.officials}
    assert officials["Sami Haddad"] == ("ambassador", "IQ")
    assert officials["Nimal Perera"] == ("ambassador", "LK")
    assert officials["Pham Hao"] == ("ambassador", "VN")
    assert [len(meeting.participants) for meeting in article.meetings] == [4]


def test_the_and_an_office_after_a_comma_open_a_new_title() -> None:
    """ "President A of Angola, the Kenyan envoy B": B's title is "Kenyan envoy" alone,
    so B is Kenya's envoy posted to Angola, and A is Angola's."""
    article = parse_text(
        "At an audience with President Joao Silva of Angola, the Kenyan envoy Peter Mwangi "
        "presented a message from his president."
    )
    officials = {o.name: (o.title, o.country, o.posted_to) for o in article.officials}
    assert officials["Joao Silva"][1] == "AO"
    assert officials["Peter Mwangi"] == ("Kenyan envoy", "KE", "AO")


@pytest.mark.parametrize("name", ["Han In Gyu", "Park On Yu", "Kim An Soo"])
def test_a_short_stop_word_inside_a_korean_name(name: str) -> None:
    """ "Mr. Han In Gyu, Director-General ...": "In" between two name words is a
    syllable of the name, and its holder meets the ambassador."""
    article = parse_text(
        f"SEOUL, May 3 - Mr. {name}, Director-General of the Culture House, met Thai "
        "Ambassador Somchai Wong on Monday."
    )
    assert [official.name for official in article.officials] == [name, "Somchai Wong"]
    assert len(article.meetings) == 1


def test_a_field_written_with_a_lower_case_prefix_stays_in_the_title() -> None:
    """ "Minister for iTaukei Affairs, X": the field is a capitalised word of the title."""
    article = parse_text(
        "SUVA, May 3 - Minister for iTaukei Affairs, Tevita Vasu, met Indonesian Culture "
        "Minister Fadli Rahman on Monday."
    )
    titles = {official.name: official.title for official in article.officials}
    assert titles == {
        "Tevita Vasu": "Minister for iTaukei Affairs",
        "Fadli Rahman": "Indonesian Culture Minister",
    }


def test_an_apposed_title_without_its_comma() -> None:
    """ "Mr. X the President of the Senate met Y": X holds that title and met Y."""
    article = parse_text(
        "LIMA, May 3 - Mr. Carlos Mendez the President of the Senate met Chilean Ambassador "
        "Tomas Fuentes on Monday."
    )
    titles = {official.name: official.title for official in article.officials}
    assert titles["Carlos Mendez"] == "President of the Senate"
    assert len(article.meetings) == 1


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_a_title_that_holds_a_body_s_quoted_name(opening: str, closing: str) -> None:
    """ "Chairman of “X Organization for ...” Mr. Y": the quoted body is in Y's title."""
    article = parse_text(
        "MOSCOW, May 3 - Iraqi Ambassador Ali Hadi met Chairman of "
        f"{opening}Akkad Organization for Cultural Exchange{closing} Mr. Nabil Khouri on Monday."
    )
    titles = {official.name: official.title for official in article.officials}
    assert titles["Nabil Khouri"] == (
        f"Chairman of {opening}Akkad Organization for Cultural Exchange{closing}"
    )
    assert len(article.meetings) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a monarch's title between two name words is a syllable of the name
        (
            (
                "KUALA LUMPUR, May 3 - Culture Minister Datuk Seri Ling King Hoe met Chinese "
                "Ambassador Ouyang Yujing on Monday."
            ),
            "Ling King Hoe",
        ),
        # a body's short name in title case after a name word ends the name
        (
            (
                "JAKARTA, May 3 - Tourism Minister Budi Hartono Uno met Australian "
                "Ambassador Penny Williams on Monday."
            ),
            "Budi Hartono Uno",
        ),
    ],
)
def test_name_words_that_are_titles_or_bodies_elsewhere(text: str, name: str) -> None:
    """The first official's whole name, with the word that is a title or a body elsewhere."""
    assert parse_text(text).officials[0].name == name


def test_a_monarch_s_title_before_a_name_stays_a_title() -> None:
    """ "Jordan's King Abdullah II": the title still opens the monarch's name."""
    article = parse_text(
        "AMMAN, May 3 - Jordan's King Abdullah II received UNESCO Director-General Anna "
        "Berg on Monday."
    )
    assert [official.name for official in article.officials] == ["Abdullah II", "Anna Berg"]


def test_the_short_form_of_mohammad_opens_a_name() -> None:
    """ "State Minister for Foreign Affairs Md. Rafiq Alam": "Md." is the name's."""
    article = parse_text(
        "DHAKA, May 3 - The ambassador called on State Minister for Foreign Affairs Md. Karim "
        "Alam on Monday."
    )
    assert [(o.name, o.title) for o in article.officials] == [
        ("Md. Karim Alam", "State Minister for Foreign Affairs")
    ]


def test_a_caption_of_two_officials_together_is_their_meeting() -> None:
    """ "Prime Minister of X, A with Prime Minister B." under a photograph: they met;
    a sentence with a verb and "with" is no caption."""
    article = parse_text(
        "CANBERRA, May 3 - The Prime Minister signed two agreements this week.\n\n"
        "Prime Minister of India, Rajan Mehta with Prime Minister Tom Abbey.\n\n"
        "The agreement with India will promote artistic activities."
    )
    names = {official.id: official.name for official in article.officials}
    assert [sorted(names[p] for p in m.participants) for m in article.meetings] == [
        ["Rajan Mehta", "Tom Abbey"]
    ]
    assert not parse_text(
        "Prime Minister Rajan Mehta is pleased with the work of Prime Minister Tom Abbey."
    ).meetings


def test_a_plural_secretaries_title_before_two_names() -> None:
    """ "additional secretaries A and B": both officials, each with that title."""
    article = parse_text(
        "DHAKA, May 3 - The meeting was attended by additional secretaries Karim Islam and "
        "Nasrin Begum."
    )
    assert [(o.name, o.title) for o in article.officials] == [
        ("Karim Islam", "additional secretaries"),
        ("Nasrin Begum", "additional secretaries"),
    ]


def test_a_signatory_from_a_ministry_and_those_in_the_presence() -> None:
    """ "A and X from the Indian Ministry of Culture signed ... in the presence of C and
    D": X is India's official, A and X agree, and all four met."""
    article = parse_text(
        "LONDON, May 3 - Culture Secretary James Hart and Ravi Sen from the Indian Ministry of "
        "Culture signed the agreement in Delhi in the presence of Prime Minister Tom Dale and "
        "the Indian Prime Minister Anil Rao."
    )
    names = {o.id: o.name for o in article.officials}
    assert {o.name: o.country for o in article.officials}["Ravi Sen"] == "IN"
    assert [(sorted(names[p] for p in s.speakers), s.act.value) for s in article.statements] == [
        (["James Hart", "Ravi Sen"], "agree")
    ]
    assert [sorted(names[p] for p in m.participants) for m in article.meetings] == [
        ["Anil Rao", "James Hart", "Ravi Sen", "Tom Dale"]
    ]


def test_training_is_a_field_of_an_office() -> None:
    """ "Minister of Education and Training X": the whole title, portfolio education."""
    article = parse_text(
        "HANOI, May 3 - The minister held a bilateral meeting with Minister of Education and "
        "Training Professor Tran Van Nam on July 23."
    )
    assert [(o.name, o.title, o.portfolio) for o in article.officials] == [
        ("Tran Van Nam", "Minister of Education and Training", ("education",))
    ]


def test_a_dateline_whose_date_opens_with_its_weekday_credits_its_agency() -> None:
    """ "Nairobi, Tuesday, 12 September 2023 (KNA) -": the agency and the date."""
    article = parse_text(
        "Nairobi, Tuesday, 12 September 2023 (KNA) - Minister Ali Wanjiku met Ambassador "
        "Kim Sun-ho on Tuesday."
    )
    assert (article.outlet, str(article.published)) == ("KNA", "2023-09-12")


def test_a_delegation_from_a_state_and_the_members_it_included() -> None:
    """ "received a delegation from the Republic of Korea led by the Vice Minister ...,
    Mr. A. The delegation also included the Korean Ambassador B": A and B are Korea's,
    and both were at the meeting."""
    article = parse_text(
        "Nairobi, 12 September 2023 (KNA) - Cabinet Secretary Ali Wanjiku on Tuesday received "
        "a delegation from the Republic of Korea led by the Vice Minister of Culture, Mr. Park "
        "Min-ho.\n\nThe delegation also included the Korean Ambassador to Kenya, H.E. Lee Sung-"
        "jin, and officials of the ministry."
    )
    countries = {o.name: o.country for o in article.officials}
    assert countries == {"Ali Wanjiku": "KE", "Park Min-ho": "KR", "Lee Sung-jin": "KR"}
    assert len(article.meetings) == 1
    assert len(article.meetings[0].participants) == 3
