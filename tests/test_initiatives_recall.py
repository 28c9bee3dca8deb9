"""Initiatives in the shapes real articles give them, one construction a test.

Every sentence below is invented, in the style of news-agency reports. Each
test states the construction it covers and what the annotation guide
(``../shared/corpus/ANNOTATION.md``, "Initiatives" and "Initiatives, more")
says a careful reader extracts from it.
"""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import example, given, settings

from culturedipl import Article, parse_text

Row = tuple[str, str]


def initiatives(article: Article) -> list[Row]:
    """``(name, kind)`` of each initiative."""
    return [(i.name, i.kind.value) for i in article.initiatives]


def aliases(article: Article) -> list[tuple[str, ...]]:
    """The aliases of each initiative."""
    return [i.aliases for i in article.initiatives]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return initiatives(parse_text(body))


# --------------------------------------------------------------------------
# One initiative under several names in the same text.


def test_a_place_after_in_is_one_name_with_the_short_form() -> None:
    """ "Days of X Culture in Y" and "Days of X Culture" later are one initiative."""
    article = parse_text(
        "The Days of Georgian Culture in Portugal will open in Porto in May. The "
        "programme of the Days of Georgian Culture includes concerts and a film week."
    )
    assert initiatives(article) == [("Days of Georgian Culture in Portugal", "festival")]
    assert aliases(article) == [("Days of Georgian Culture",)]


def test_a_shortened_name_is_an_alias() -> None:
    """ "Lake Festival" after "Silver Lake International Music Festival" is the same festival."""
    article = parse_text(
        "The minister spoke about the Silver Lake International Music Festival "
        "in July. Musicians from both countries have played at the Lake Festival since 2015."
    )
    assert initiatives(article) == [("Silver Lake International Music Festival", "festival")]
    assert aliases(article) == [("Lake Festival",)]


def test_a_word_of_its_own_inside_keeps_two_names_apart() -> None:
    """ "Nordic Food Culture Festival" is not a longer name of "Nordic Culture Festival"."""
    assert read(
        "The sides discussed the Nordic Food Culture Festival and the Nordic Culture Festival, "
        "both held in the autumn."
    ) == [("Nordic Food Culture Festival", "festival"), ("Nordic Culture Festival", "festival")]


def test_a_name_inside_a_name_is_its_own() -> None:
    """The "Autumn Festival" inside "Sing Along with the Autumn Festival" is named on its own."""
    names = [
        name
        for name, _ in read(
            'The embassy launched the online project "Sing Along with the Autumn Festival". '
            "The Autumn Festival itself will return to the city in October."
        )
    ]
    assert sorted(names) == ["Autumn Festival", "Sing Along with the Autumn Festival"]


# --------------------------------------------------------------------------
# Head words (initiatives.tsv rows).


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministry will send the Silk Road Cultural Caravan 2026 across five countries.",
            [("Silk Road Cultural Caravan 2026", "project")],
        ),
        (
            "The ministers agreed on a joint programme for the Lisbon Summer Olympics.",
            [("Lisbon Summer Olympics", "other")],
        ),
        (
            "The ambassador attended the Finnish Folk Music Celebration in Kuopio.",
            [("Finnish Folk Music Celebration", "festival")],
        ),
        (
            "Both countries will send artists to the Lisbon Summer Paralympics.",
            [("Lisbon Summer Paralympics", "other")],
        ),
    ],
)
def test_head_words(body: str, expected: list[Row]) -> None:
    """A capitalised name ending in a head word of initiatives.tsv, with that row's kind."""
    assert read(body) == expected


# --------------------------------------------------------------------------
# Quoted names and what stands around them.


def test_a_bracketed_acronym_after_a_quoted_name_is_its_alias() -> None:
    """'the "Voices of the Delta" (VOD) campaign': the campaign, with VOD as an alias."""
    article = parse_text(
        'The director briefed the ambassador on the "Voices of the Delta" (VOD) campaign, '
        "which records the songs of river communities."
    )
    assert initiatives(article) == [("Voices of the Delta", "campaign")]
    assert aliases(article) == [("VOD",)]


def test_a_list_of_quoted_names_before_one_head_word() -> None:
    """ "“A,” “B” and “C” initiatives": each quoted name is an initiative."""
    assert read(
        "The organisation started the “Open Archives,” “Reading Bridges” and “Small Stages” "
        "initiatives last year."
    ) == [
        ("Open Archives", "programme"),
        ("Reading Bridges", "programme"),
        ("Small Stages", "programme"),
    ]


def test_generic_modifiers_stand_between_a_quoted_name_and_its_head() -> None:
    """'the "Amber Strings" international music festival' is a festival."""
    assert read(
        'The minister invited his guest to the "Amber Strings" international music festival.'
    ) == [("Amber Strings", "festival")]


def test_a_long_quoted_title_right_after_its_head() -> None:
    """A conference title of more than eight words in guillemets, right after "conference"."""
    assert read(
        "The sides discussed the international scientific conference «Poets of the Caspian "
        "Shore and the Written Heritage of the Region», to be held in May."
    ) == [("Poets of the Caspian Shore and the Written Heritage of the Region", "forum")]


def test_a_quoted_name_that_goes_on_after_the_quote() -> None:
    """ "'Anna Petrescu' International Festival": the name runs on to its head word."""
    article = parse_text(
        "They talked about support for the 'Anna Petrescu' International Festival in Cluj."
    )
    assert initiatives(article) == [("Anna Petrescu International Festival", "festival")]
    assert aliases(article) == [("'Anna Petrescu' International Festival",)]
    assert [article.text_of(span) for span in article.initiatives[0].mentions] == [
        "'Anna Petrescu' International Festival"
    ]


def test_a_quoted_name_before_a_name_of_its_own_is_two_initiatives() -> None:
    """ "“Spring Lanterns” Korean Food Festival": the quoted programme and the festival."""
    names = [
        name
        for name, _ in read(
            "The embassy sent cooks to the “Spring Lanterns” Korean Food Festival programme, "
            "which opened in Hanoi."
        )
    ]
    assert "Korean Food Festival" in names
    assert "Spring Lanterns Korean Food Festival" not in names


def test_a_launched_quoted_name() -> None:
    """'the launch of ‘Open Hands’ by the president': a programme."""
    assert read(
        "He said the launch of ‘Open Hands’ by the president in 2020 drew many visitors."
    ) == [("Open Hands", "programme")]


def test_a_medal_s_quoted_name_is_no_initiative() -> None:
    """ "the Jubilee Medal dedicated to the “100 Years of the Republic”" names an award."""
    assert (
        read(
            "The ambassador was presented with the Jubilee Medal dedicated to the “100 Years of "
            "the Republic”."
        )
        == []
    )


def test_a_named_exhibition_is_other() -> None:
    """ "the exhibition “Colours of the Steppe”": a named exhibition is `other`."""
    assert read("The minister opened the exhibition “Colours of the Steppe” in Almaty.") == [
        ("Colours of the Steppe", "other")
    ]


# --------------------------------------------------------------------------
# Where a capitalised name starts and ends.


def test_a_possessive_body_is_no_part_of_the_name() -> None:
    """ "the role of Chile in UNESCO's Slave Route Project": the project, not "Chile in …"."""
    assert read("He praised the role of Chile in UNESCO's Slave Route Project.") == [
        ("Slave Route Project", "project")
    ]


def test_an_opening_head_word_with_the_year_of_its_edition() -> None:
    """ "Expo 2030 Riyadh": a head word followed by a year opens a name."""
    assert read("The ministers met on the sidelines of Expo 2030 Riyadh.") == [
        ("Expo 2030 Riyadh", "forum")
    ]


def test_a_year_after_a_year_head_is_a_date() -> None:
    """ "Year 2024" is no name."""
    assert read("The plan covers the period until Year 2024 Planning ends.") == []


def test_a_hashtag_campaign_keeps_its_mark() -> None:
    """ "the #ReadTogether campaign": the name is written with its hashtag."""
    assert read("The museum supports the #ReadTogether campaign launched by the library.") == [
        ("#ReadTogether", "campaign")
    ]


def test_generic_title_case_words_name_no_programme() -> None:
    """ "signed a Cultural Cooperation Program between the ministries": no named initiative."""
    assert (
        read(
            "The sides highlighted the signing of a Cultural Cooperation Program between the two "
            "ministries for 2026-2028."
        )
        == []
    )


# --------------------------------------------------------------------------
# A capitalised name before a head word in lower case.


def test_a_name_before_a_lower_case_head_word() -> None:
    """ "the Baltic Jazz Evenings festival": the name, with the head word in an alias."""
    article = parse_text(
        "The ambassador thanked the ministry for its support of the Baltic Jazz Evenings "
        "festival in Klaipėda."
    )
    assert initiatives(article) == [("Baltic Jazz Evenings", "festival")]
    assert aliases(article) == [("Baltic Jazz Evenings festival",)]


@pytest.mark.parametrize(
    "body",
    [
        "The minister praised the Russian festival held in the city.",
        "The sides discussed the UNESCO programme for young curators.",
        "The ambassador visited an EU-funded project in the old town.",
        "Culture programmes were discussed at length.",
        "The sides reviewed the Culture programme of the two ministries.",
        "The minister met the Ministry project team.",
        "Visitors flocked to the Harvest festival in the capital.",
        "The minister visited the Silk Road project office.",
    ],
)
def test_no_name_before_a_lower_case_head_word(body: str) -> None:
    """A place, a body, a compound modifier, generic words, one word, a head that is a modifier."""
    assert read(body) == []


# --------------------------------------------------------------------------
# Names a kind noun introduces, and other names of one initiative.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Artists will take part in international projects such as Sound Bridge 2026.",
            [("Sound Bridge 2026", "project")],
        ),
        (
            "The library runs a programme called Open Shelves for young readers.",
            [("Open Shelves", "programme")],
        ),
        (
            "The sides recalled festivals such as Steppe Voices and Mountain Echo.",
            [("Steppe Voices", "festival"), ("Mountain Echo", "festival")],
        ),
    ],
)
def test_a_name_a_kind_noun_introduces(body: str, expected: list[Row]) -> None:
    """ "a programme called X", "projects such as X 2026", "festivals such as X and Y"."""
    assert read(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The ministry supports projects such as UNESCO in the region.",
        "He praised joint projects with countries such as Kazakhstan.",
        "Many festivals such as Culture Heritage are rare.",
        "Several festivals like Nowruz and Eid were celebrated.",
    ],
)
def test_no_name_a_kind_noun_introduces(body: str) -> None:
    """A body, a place, no kind noun, generic words, or examples of one word (holidays)."""
    assert read(body) == []


def test_a_quoted_title_right_after_a_name_is_its_alias() -> None:
    """ "the Kyiv Heritage Conference “Culture Unites”": one forum, the title its alias."""
    article = parse_text(
        "Petrenko invited his colleague to the Kyiv Heritage Conference “Culture Unites” in March."
    )
    assert initiatives(article) == [("Kyiv Heritage Conference", "forum")]
    assert aliases(article) == [("Culture Unites",)]


@pytest.mark.parametrize(
    "body",
    [
        "The governor flagged off the Naval Motorcycle Expedition Team on Monday.",
        "Questions were asked at the Pre-Departure Press Conference of the squad.",
    ],
)
def test_a_team_or_a_press_conference_is_no_initiative(body: str) -> None:
    """An organisation's team and a press conference are not initiatives."""
    assert read(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The charter was signed at the Arab Summit in 2015.",
        "The ministers recalled the ASEAN Summit held in Jakarta.",
    ],
)
def test_a_body_s_or_group_s_summit_is_a_meeting(body: str) -> None:
    """ "the Arab Summit": one word of a body's or place's name before "Summit"."""
    assert read(body) == []


def test_a_named_summit_is_a_forum() -> None:
    """ "the Global Heritage Cities Summit" has a name of its own: a forum."""
    assert read("The mayor spoke at the Global Heritage Cities Summit.") == [
        ("Global Heritage Cities Summit", "forum")
    ]


def test_a_city_and_year_before_a_dash_belong_to_the_title() -> None:
    """ "Tallinn 2030 – European Capital of Culture": the city and year are in the name."""
    article = parse_text(
        "The ambassador discussed the programme of Tallinn 2030 – European Capital of Culture "
        "with the mayor. The title of European Capital of Culture brings many visitors."
    )
    assert initiatives(article) == [("Tallinn 2030 – European Capital of Culture", "year")]
    assert aliases(article) == [("European Capital of Culture",)]


# --------------------------------------------------------------------------
# Head words of several words (initiatives.tsv rows with a space).


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The idea was put forward at the Third Consultative Meeting of the Heads of "
                "State of the Sahel in Niamey."
            ),
            [("Consultative Meeting of the Heads of State of the Sahel", "forum")],
        ),
        (
            "Experts gathered for the Baltic Round Table on Cultural Policy last week.",
            [("Baltic Round Table on Cultural Policy", "forum")],
        ),
    ],
)
def test_a_head_of_several_words(body: str, expected: list[Row]) -> None:
    """A capitalised name around a head of several words; a spelled-out ordinal is dropped."""
    assert read(body) == expected


def test_a_head_of_several_words_in_lower_case_is_no_name() -> None:
    """ "a consultative meeting of experts" is a generic description."""
    assert read("The ministry held a consultative meeting of experts on Monday.") == []


# --------------------------------------------------------------------------
# Names with a year, and short names in brackets.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The ministers discussed the preparations for Matera 2029 and its programme.",
            [("Matera 2029", "other")],
        ),
        ("The delegates took part in UNESCO 2025 sessions on heritage.", []),
        ("The sides will meet again in Summer 2026 to review the plan.", []),
        ("Since 2019 the ministry has supported the museum.", []),
        ("The ministers reviewed the results of FY 2025 together.", []),
        ("The sides adopted the Strategy 2024–2028 for museums.", []),
        ("He thanked Estonia for its Estonia 2026 presidency of the council.", []),
    ],
)
def test_one_word_with_the_year_of_its_edition(body: str, expected: list[Row]) -> None:
    """ "Matera 2029" is a name; a body, a season, a date word, an acronym or a range is not."""
    assert read(body) == expected


def test_a_name_with_a_year_beside_its_longer_name_is_an_alias() -> None:
    """ "Matera 2029" after "Matera 2029 – European Capital of Culture" names the same title."""
    article = parse_text(
        "The ambassador spoke about Matera 2029 – European Capital of Culture. The mayor said "
        "that Matera 2029 would open in January."
    )
    assert initiatives(article) == [("Matera 2029 – European Capital of Culture", "year")]
    assert aliases(article) == [("Matera 2029",)]


def test_initials_with_a_year_are_an_alias() -> None:
    """ "WHF 2026" beside "World Heritage Forum" is the forum's short name."""
    article = parse_text(
        "The minister will attend the World Heritage Forum in Lisbon. Delegates to WHF 2026 "
        "will discuss climate risks."
    )
    assert initiatives(article) == [("World Heritage Forum", "forum")]
    assert aliases(article) == [("WHF 2026",)]


def test_a_short_name_in_brackets_is_an_alias() -> None:
    """ "the Global Conference on Cultural Policies (Culturia 2030)": the bracket is an alias."""
    article = parse_text(
        "They met on the sidelines of the Global Conference on Cultural Policies (Culturia 2030) "
        "in Rome."
    )
    assert initiatives(article) == [("Global Conference on Cultural Policies", "forum")]
    assert aliases(article) == [("Culturia 2030",)]


def test_a_place_or_a_note_in_brackets_is_no_alias() -> None:
    """ "the Steppe Film Festival (Kazakhstan)" and a bracketed note of four words."""
    article = parse_text(
        "The minister opened the Steppe Film Festival (Kazakhstan) on Monday. He praised "
        "the Amber Poetry Festival (See Photos and Video) too."
    )
    assert aliases(article) == [(), ()]


def test_a_quoted_name_with_an_apposition() -> None:
    """'"Museum Doors Open", a shared online platform': the apposition gives the kind."""
    assert read(
        'She proposed building "Archives Without Walls", a shared online platform for the region.'
    ) == [("Archives Without Walls", "platform")]


def test_a_quotation_before_a_speaker_is_no_initiative() -> None:
    """'"We are proud of it," a festival organiser said.': a quotation, not a name."""
    assert read('"We are proud of it," a festival organiser said.') == []


def test_a_quoted_name_keeps_its_own_kind() -> None:
    """The programme "Samarkand – Capital of Turkic Culture 2031" is a capital's year."""
    assert read(
        'The sides discussed the programme "Samarkand – Capital of Turkic Culture 2031".'
    ) == [("Samarkand – Capital of Turkic Culture 2031", "year")]


# --------------------------------------------------------------------------
# Properties on text built from the pieces these constructions read.

PIECES = st.sampled_from(
    [
        "the ",
        "The ",
        "Festival ",
        "festival ",
        "Days of ",
        "Georgian ",
        "Culture ",
        "International ",
        "Silver Lake ",
        "in Portugal ",
        "“Open Archives” ",
        "'Anna Petrescu' ",
        '"We are proud," ',
        "said ",
        "(OA) ",
        "2026 ",
        "Matera 2029 ",
        "– ",
        "European Capital of Culture ",
        "called ",
        "such as ",
        "projects ",
        "programme ",
        "Consultative Meeting of the Heads of State ",
        "UNESCO's ",
        "#ReadTogether ",
        ", a shared platform ",
        "and ",
        ". ",
        "Minister ",
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=25).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_names_aliases_and_mentions_agree(text: str) -> None:
    """Every mention holds a name or alias; no alias repeats the name or another alias."""
    article = parse_text(text)
    for initiative in article.initiatives:
        names = (initiative.name, *initiative.aliases)
        assert len(set(names)) == len(names), initiative
        for span in initiative.mentions:
            mention = article.text_of(span)
            assert any(name in mention for name in names), (initiative, mention)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
# a name, then a shortened form of it after "called" (found by hypothesis): one
# initiative, not a second one at the alias's span
@example("Ostland 2029 Festival projects called Ostland 2029 ")
def test_one_mention_names_one_initiative(text: str) -> None:
    """No span of the body is a mention of two initiatives."""
    article = parse_text(text)
    spans = [span for initiative in article.initiatives for span in initiative.mentions]
    assert len(spans) == len(set(spans))


def test_a_dash_after_a_sentence_s_first_word_joins_no_title() -> None:
    """ "Riga – Latvian Culture Days will open": a dateline's shape, not "Riga – … Days"."""
    assert read(
        "The minister arrived on Monday. Riga – Latvian Culture Days will open on Friday."
    ) == [("Latvian Culture Days", "festival")]
