"""Constructions of the fourth recall round, found on real articles the rules had not
seen: courtesy titles of Brunei and Malaysia, the head of a delegation, a meeting
noun as the subject of a verb of topic, and adjectives inside "held discussions".

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from culturedipl.model import Act, Article


def names(article: Article) -> list[str]:
    """The names of the article's officials, in order."""
    return [official.name for official in article.officials]


def meeting_names(article: Article) -> list[list[str]]:
    """Each meeting's participants by name."""
    by_id = {official.id: official.name for official in article.officials}
    return [[by_id[p] for p in meeting.participants] for meeting in article.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The memorandum was signed by Yang Berhormat Dato Seri Setia Awang Haji Rahman"
                " bin Haji Yusof, Minister of Culture, Youth and Sports of Brunei."
            ),
            "Rahman bin Haji Yusof",
        ),
        (
            (
                "Yang Mulia Dayang Nur Aini binti Haji Salleh, the Permanent Secretary of the"
                " Ministry of Culture of Brunei, attended the ceremony."
            ),
            "Nur Aini binti Haji Salleh",
        ),
    ],
)
def test_brunei_and_malay_courtesy_titles_are_no_part_of_the_name(text: str, expected: str) -> None:
    """ "Yang Berhormat", "Yang Mulia", "Dato Seri Setia", "Awang", "Dayang" and
    "Haji" before a name are courtesy titles (words.tsv); "bin Haji X" stays."""
    assert names(parse_text(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "head", "country"),
    [
        (
            (
                "Culture Minister Arvind Rao held talks with a Vietnamese delegation led by"
                " Tran Van Hoa."
            ),
            "Tran Van Hoa",
            "VN",
        ),
        (
            "Later, a Kenyan delegation, headed by Grace Wanjiru, called on the minister.",
            "Grace Wanjiru",
            "KE",
        ),
        ("A delegation led by Pedro Alves Costa visited the museum.", "Pedro Alves Costa", None),
    ],
)
def test_the_head_of_a_delegation_is_an_official(text: str, head: str, country: str | None) -> None:
    """ "a <demonym> delegation led by X": X represents the delegation's state, as an
    official with no title (ANNOTATION.md: anyone presented in a representative
    capacity)."""
    article = parse_text(text)
    found = {official.name: official for official in article.officials}
    assert head in found
    assert found[head].country == country


def test_the_head_of_a_delegation_is_met() -> None:
    """The delegation's head is the meeting's other participant."""
    article = parse_text(
        "Culture Minister Arvind Rao held talks with a Vietnamese delegation led by Tran Van Hoa."
    )
    assert meeting_names(article) == [["Arvind Rao", "Tran Van Hoa"]]


def test_an_untitled_name_after_led_by_without_a_delegation_is_no_official() -> None:
    """ "a project led by X" is no delegation: X is nobody's representative."""
    article = parse_text("The restoration project was led by Pedro Alves Costa for three years.")
    assert names(article) == []


MET = "ROME, June 5 - Culture Minister Arvind Rao met Italian Ambassador Marco Bellini. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Discussions centered around heritage and tourism.",
        "Discussion centred on the theatre season.",
        "Talks revolved around dance.",
        "The talks covered film co-production.",
        "The conversation dealt with opera and ballet.",
        "The meeting centred around joint exhibitions.",
    ],
)
def test_a_meeting_noun_with_a_verb_of_topic_is_the_participants_discussion(
    sentence: str,
) -> None:
    """ "Discussions centred on X", "The talks covered X": what the meeting's
    participants discussed (ANNOTATION.md: a statement with no named subject)."""
    article = parse_text(MET + sentence)
    found = [s for s in article.statements if s.act is Act.DISCUSS]
    assert len(found) == 1
    by_id = {official.id: official.name for official in article.officials}
    assert sorted(by_id[p] for p in found[0].speakers) == ["Arvind Rao", "Marco Bellini"]
    assert article.body[found[0].span.start : found[0].span.end].startswith(sentence[:8])


def test_a_verb_of_topic_with_a_thing_as_subject_is_no_statement() -> None:
    """ "The agreement covered ...": a document, no one who speaks."""
    article = parse_text(MET + "The agreement covered film and music.")
    assert [s.act for s in article.statements] == []


@pytest.mark.parametrize("adjective", ["fruitful", "productive", "wide-ranging", "cordial"])
def test_held_discussions_with_an_adjective_is_a_meeting(adjective: str) -> None:
    """ "X held fruitful discussions with Y": a meeting, whatever word qualifies the
    discussions (the "held" trigger's plural noun)."""
    article = parse_text(
        f"Foreign Minister Peter Kamau held {adjective} discussions with Dutch Ambassador"
        " Anna de Vries."
    )
    assert meeting_names(article) == [["Peter Kamau", "Anna de Vries"]]


def speakers(article: Article, act: Act) -> list[list[str]]:
    """The speakers' names of each statement of *act*."""
    by_id = {official.id: official.name for official in article.officials}
    return [[by_id[p] for p in s.speakers] for s in article.statements if s.act is act]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("Attention was drawn to the need for more flights.", Act.STRESS),
        ("Both parties committed to further promoting cooperation.", Act.EXPRESS),
    ],
)
def test_a_drawn_attention_and_a_commitment_are_the_participants(sentence: str, act: Act) -> None:
    """ "Attention was drawn to" is the passive of "drew attention" (stress), by the
    meeting's participants; "committed to" is a pledge (express, as "pledged")."""
    article = parse_text(MET + sentence)
    assert speakers(article, act) == [["Arvind Rao", "Marco Bellini"]]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            (
                "Minister of Culture Nikola Petrovic reached an agreement with the Minister of"
                " Culture of Montenegro, Vesna Markovic, on joint festivals."
            ),
            ["Nikola Petrovic", "Vesna Markovic"],
        ),
        (
            (
                "Culture Minister Ivan Horvat agreed with Slovenian Minister of Culture Maja Novak"
                " to expand exchanges."
            ),
            ["Ivan Horvat", "Maja Novak"],
        ),
    ],
)
def test_an_agreement_reached_with_an_official_is_a_meeting_and_both_agree(
    text: str, participants: list[str]
) -> None:
    """ "X reached an agreement with Y on ...", "X agreed with Y to ...": they met,
    and both agreed."""
    article = parse_text(text)
    assert meeting_names(article) == [participants]
    assert speakers(article, Act.AGREE) == [participants]


def test_agreeing_with_a_person_s_view_is_the_subject_s_alone() -> None:
    """ "A agreed with B and praised ...": A shares B's view; B agreed to nothing."""
    article = parse_text(
        MET + "Bellini agreed with Rao and praised the ministry's work on museums."
    )
    assert speakers(article, Act.AGREE) == [["Marco Bellini"]]


def test_a_memorandum_reached_by_two_officials_is_their_meeting_and_agreement() -> None:
    """ "The memorandum was reached by A and B": concluded together, like a signing."""
    article = parse_text(
        "DAR ES SALAAM, May 2 - The memorandum of understanding was reached on Tuesday, by"
        " the Minister for Culture Damas Mrema and Turkey's Ambassador to Tanzania Mehmet"
        " Yilmaz."
    )
    assert meeting_names(article) == [["Damas Mrema", "Mehmet Yilmaz"]]
    assert speakers(article, Act.AGREE) == [["Damas Mrema", "Mehmet Yilmaz"]]


ALL_THREE = ["Alejandra Ruiz", "Paolo Conti", "Carlos Vega"]
THREE = (
    "ROME, March 23 - Mexican Culture Secretary Alejandra Ruiz met today with Italian"
    " Culture Minister Paolo Conti, accompanied by Mexico's ambassador in Italy, Carlos Vega. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two officials highlighted the anniversary.", ["Alejandra Ruiz", "Paolo Conti"]),
        ("Both ministers highlighted the anniversary.", ["Alejandra Ruiz", "Paolo Conti"]),
        (
            "The officials highlighted the anniversary.",
            ["Alejandra Ruiz", "Paolo Conti", "Carlos Vega"],
        ),
        (
            "The two sides highlighted the anniversary.",
            ["Alejandra Ruiz", "Paolo Conti", "Carlos Vega"],
        ),
    ],
)
def test_the_two_officials_are_the_meeting_s_first_two(sentence: str, expected: list[str]) -> None:
    """ "The two officials", "both ministers" of a meeting of three: the two who met,
    not the ambassador who came with one of them; "the two sides" are all of them."""
    assert speakers(parse_text(THREE + sentence), Act.STRESS) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            (
                "The Minister for Culture and Craft Promotion, Tomas Obiang Mba, received the"
                " ambassador."
            ),
            "Tomas Obiang Mba",
            "Minister for Culture and Craft Promotion",
        ),
        (
            "Minister of Mines and Social Affairs Amina Diallo opened the exhibition.",
            "Amina Diallo",
            "Minister of Mines and Social Affairs",
        ),
    ],
)
def test_more_portfolio_words_hold_a_title_together(text: str, name: str, title: str) -> None:
    """Portfolios real ministries are named with ("Craft Promotion", "Mines", "Social
    Affairs") are title words (words.tsv), so the name after them is the holder's."""
    found = [(o.name, o.title) for o in parse_text(text).officials]
    assert found == [(name, title)]


@pytest.mark.parametrize(
    ("verb", "act"), [("discussed", Act.DISCUSS), ("reviewed", Act.DISCUSS), ("agreed", Act.AGREE)]
)
def test_the_official_before_with_whom_speaks_too(verb: str, act: Act) -> None:
    """ "received Y, with whom she discussed ...": Y took part in what was discussed."""
    article = parse_text(
        "Culture Minister Ana Lopez received Ambassador of France Pierre Lanvin, with whom"
        f" she {verb} the plans for the anniversary."
    )
    assert speakers(article, act) == [["Ana Lopez", "Pierre Lanvin"]]


def test_a_passive_at_the_meeting_with_y_is_the_first_named_official_s_meeting() -> None:
    """ "Issues were discussed at the meeting with Y": no subject names who met Y; the
    official the story is about (named first) did, and both discussed."""
    article = parse_text(
        "ASHGABAT, May 3 - Armenian Minister of Culture Anna Petrosyan convened several"
        " meetings in the capital.\n\nSeveral issues on bilateral cooperation were discussed"
        " at the meeting with the Minister of Culture of Turkmenistan Berdy Amanov."
    )
    assert meeting_names(article) == [["Anna Petrosyan", "Berdy Amanov"]]
    assert speakers(article, Act.DISCUSS) == [["Anna Petrosyan", "Berdy Amanov"]]


def test_cited_reports_what_the_official_told() -> None:
    """ "X cited the employment potential of ...": inform (speech_verbs.tsv)."""
    article = parse_text(MET + "Rao cited the employment potential of the arts.")
    assert speakers(article, Act.INFORM) == [["Arvind Rao"]]


@pytest.mark.parametrize("name", ["Jan de Vries", "Jan van Dijk", "Jan Kowalski"])
def test_a_given_name_that_is_a_month_s_short_form_before_a_particle(name: str) -> None:
    """ "Ambassador Jan de Vries": "Jan" is a given name after a title, also when a
    particle follows it, not January."""
    article = parse_text(f"Culture Minister Ana Lopez met Dutch Ambassador {name}.")
    assert meeting_names(article) == [["Ana Lopez", name]]


MINSK = (
    "MINSK, June 3 - Minister of Culture of Belarus Pavel Drozd and Minister of Culture"
    " of Kazakhstan Aida Balayeva met in Minsk. "
)


@pytest.mark.parametrize(
    "subject",
    ["The Ministers of Culture", "The Ministers of Culture and Tourism", "Both ministers"],
)
def test_a_plural_office_with_its_complement_is_the_meeting_s_holders(subject: str) -> None:
    """ "The Ministers of Culture discussed ...": the head noun stands before "of"."""
    article = parse_text(MINSK + f"{subject} discussed the development of cooperation.")
    assert speakers(article, Act.DISCUSS) == [["Pavel Drozd", "Aida Balayeva"]]


def test_the_state_councilor_is_a_role_phrase() -> None:
    """ "The state councilor said": "councilor" (American spelling) is a role noun."""
    article = parse_text(
        "Chinese State Councilor Liu Yan arrived in Windhoek on Tuesday. The state councilor"
        " also said China would like to work together with Namibia."
    )
    assert speakers(article, Act.SAY) == [["Liu Yan"]]


BODY = "Ministers meet\n\nThe minister met the ambassador on Monday. They discussed culture.\n\n"


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("© Copyright Ostland Courier\n", "Ostland Courier"),
        ("© 2021 The Daily Lantern. All rights reserved.\n", "The Daily Lantern"),
        (
            (
                "© Copyright 2022 The Harbour Gazette. All Rights Reserved. Provided by Syndigate"
                " Media Inc.\n"
            ),
            "The Harbour Gazette",
        ),
        ("This article originally appears on DailyLantern.\n", "DailyLantern"),
        ("This story was first published by The Harbour Gazette.\n", "The Harbour Gazette"),
        ("Photo © Lens Images\n", None),
    ],
)
def test_a_page_s_stated_owner_is_its_outlet(closing: str, outlet: str | None) -> None:
    """A copyright line with "Copyright" or a reservation of rights, and a reprint's
    "originally appeared on X", name the outlet even when the lexicon does not know
    it; a picture's bare "©" credit does not."""
    assert parse_text(BODY + closing).outlet == outlet


def test_an_agency_code_that_reports_is_the_outlet() -> None:
    """ "..., UNN reports.": a code in capitals reporting the story, as an institution."""
    assert (
        parse_text("Ministers meet\n\nKYIV - The minister met him, OSTA reports.\n").outlet
        == "OSTA"
    )


def test_a_dateline_of_two_places_credits_its_agency() -> None:
    """ "TIRANA/ZAGREB, Feb 9 (Hina) -": places joined by a slash, then the credit."""
    article = parse_text("Ministers meet\n\nTIRANA/ZAGREB, Feb 9 (Hina) - The minister met him.\n")
    assert article.outlet == "HINA"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("OSTA – Culture Minister Ali Hamad met the ambassador.", "OSTA"),
        ("UAE – Culture Minister Ali Hamad met the ambassador.", None),
    ],
)
def test_an_agency_code_and_a_dash_opening_the_story_credit_it(
    opening: str, outlet: str | None
) -> None:
    """ "NNA – Caretaker Culture Minister ...": a code in capitals and a dash open the
    story, as "(Cinet)-" does; a country's short name does not."""
    assert parse_text(f"Ministers meet\n\n{opening}\n").outlet == outlet


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            (
                "BEIJING, April 23 - Premier Li Wen lauded the exchanges. Li made the remarks while"
                " meeting with British Health Secretary John Hart."
            ),
            ["Li Wen", "John Hart"],
        ),
        (
            (
                "The encounter between Minister Robbert de Wit and his Indonesian counterpart,"
                " Minister Nadia Karim, showed the good state of relations."
            ),
            ["Robbert de Wit", "Nadia Karim"],
        ),
        (
            (
                "On 15 February, H.E. Mr. Chai Atthawong, Ambassador of Thailand to Cambodia, led a"
                " delegation to pay a courtesy call on H.E. Dr. Sok Phalla, Minister of Culture of"
                " Cambodia."
            ),
            ["Chai Atthawong", "Sok Phalla"],
        ),
    ],
)
def test_more_meeting_triggers(text: str, participants: list[str]) -> None:
    """ "while meeting with Y" after the speaker's verb, "the encounter between A and
    B", and a delegation led "to pay a courtesy call on Y" (a purpose, not a plan)."""
    assert meeting_names(parse_text(text)) == [participants]


def test_a_courtesy_call_planned_is_no_meeting() -> None:
    """ "plans to pay a courtesy call on Y": not yet held."""
    article = parse_text(
        "Ambassador Chai Atthawong plans to pay a courtesy call on Minister of Culture Sok Phalla."
    )
    assert article.meetings == ()


def test_made_the_remarks_reports_a_say() -> None:
    """ "X made the remarks while ...": say (speech_verbs.tsv)."""
    article = parse_text(
        "Premier Li Wen lauded the exchanges. Li made the remarks while meeting with British"
        " Health Secretary John Hart."
    )
    assert speakers(article, Act.SAY) == [["Li Wen"]]


@pytest.mark.parametrize("honorific", ["Shaikha", "Sheikha", "Shaykh", "Cheikh"])
def test_spellings_of_sheikh_are_honorifics(honorific: str) -> None:
    """ "Shaikha Mai bint Mohammed": the courtesy title in its other spellings is no
    part of the name (words.tsv)."""
    article = parse_text(
        f"MANAMA, June 10 - {honorific} Noor bint Khalid Al Khalifa, President of the Authority"
        " for Culture, received German Ambassador Greta Lindqvist."
    )
    assert names(article) == ["Noor bint Khalid Al Khalifa", "Greta Lindqvist"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ZTA Chief Executive Winnie Moyo met the minister.",
            ("Winnie Moyo", "official", "ZTA Chief Executive"),
        ),
        (
            "Apostolic Nuncio Mgr Andrzej Nowak met President Paul Ndayisaba.",
            ("Andrzej Nowak", "ambassador", "Apostolic Nuncio"),
        ),
        (
            "Chief Minister Pema Dorji met the ambassador.",
            ("Pema Dorji", "official", "Chief Minister"),
        ),
        (
            "Congresswoman Maria Lopez met the ambassador.",
            ("Maria Lopez", "parliamentarian", "Congresswoman"),
        ),
        (
            "The Rev. Samuel Okoro, Director of Culture, met the ambassador.",
            ("Samuel Okoro", "official", "Director of Culture"),
        ),
    ],
)
def test_more_offices_and_courtesy_titles(text: str, expected: tuple[str, str, str]) -> None:
    """A chief executive, a nuncio (the Holy See's ambassador), a state's chief
    minister, a congresswoman (titles.tsv); "Mgr", "Rev." before a name (words.tsv)."""
    found = [(o.name, o.role.value, o.title) for o in parse_text(text).officials]
    assert found[0] == expected


CALL = (
    "PHNOM PENH, Feb 15 - H.E. Mr. Chai Atthawong, Ambassador of Thailand to Cambodia, paid a"
    " courtesy call on H.E. Dr. Sok Phalla, Minister of Culture of Cambodia. "
)


def test_a_possessive_after_the_verb_tells_the_speaker_s_pronoun() -> None:
    """ "X expressed his commitment": "his" is X's, so "she" next is someone else."""
    article = parse_text(
        CALL + "The Thai Ambassador expressed his commitment to the work. She put forward further"
        " cultural cooperation."
    )
    assert speakers(article, Act.PROPOSE) == [["Sok Phalla"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Abdullah II received the Minister of Culture of Italy, Marco Rossi.", "Abdullah II"),
        ("Emir Tamim received the French Minister of Culture Rachida Dati.", "Tamim"),
        ("Queen Rania met UNESCO Director-General Irina Vasquez in Amman.", "Rania"),
    ],
)
def test_a_monarch_s_one_name_after_the_title_is_an_official(text: str, name: str) -> None:
    """ "King Abdullah II", "Emir Tamim": a monarch is named by one name and perhaps a
    regnal number (regnal_titles.tsv); the meeting is theirs."""
    article = parse_text(text)
    found = {o.name: o for o in article.officials}
    assert found[name].role.value == "head_of_state"
    assert any(name in names_ for names_ in meeting_names(article))


def test_the_king_without_a_name_is_no_official_of_its_own() -> None:
    """ "The king received ...": no name follows the title; no official is made of it."""
    assert names(parse_text("The king received Ambassador Li Wei.")) == ["Li Wei"]


def test_paid_him_a_courtesy_visit_is_a_visit_to_him() -> None:
    """ "Y paid him a courtesy visit": the pronoun inside the phrase is the one visited."""
    article = parse_text(
        "ABUJA, May 13 - The Minister of Information and Culture, Alhaji Bala Usman, made"
        " the announcement on Friday. He was speaking when the South African High"
        " Commissioner to Nigeria, Mr Thabo Dlamini, paid him a courtesy visit."
    )
    assert meeting_names(article) == [["Thabo Dlamini", "Bala Usman"]]
    host = article.meetings[0].host
    assert host is not None
    assert {o.id: o.name for o in article.officials}[host] == "Bala Usman"


def test_the_middle_of_a_longer_name_is_a_mention_of_its_official() -> None:
    """ "the minister Mba Oyono" after "Tomas Mba Oyono Edu": Iberian and Central
    African names are shortened to their middle words; no second official is made."""
    article = parse_text(
        "MALABO, Sept 14 - The Minister for Culture, Tomas Mba Oyono Edu, received the"
        " ambassador of France, Pierre Lanvin. Minutes later, the minister Mba Oyono"
        " received the Ambassador of Germany, Karl Hoffner."
    )
    assert names(article) == ["Tomas Mba Oyono Edu", "Pierre Lanvin", "Karl Hoffner"]
    assert meeting_names(article) == [
        ["Tomas Mba Oyono Edu", "Pierre Lanvin"],
        ["Tomas Mba Oyono Edu", "Karl Hoffner"],
    ]
