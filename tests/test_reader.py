"""The reader, one construction at a time, on short articles written for these tests.

Every article below is invented (officials, outlets and events alike) and
written in the style of news-agency reports. Each test asserts what the
annotation guide (``../shared/corpus/ANNOTATION.md``) says a careful reader
extracts. A test marked ``xfail(strict=True)`` records a construction the
reader still gets wrong; its reason says what comes out instead. When the
reader is fixed, the test passes, the strict marker fails the run, and the
marker comes off.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from culturedipl import Article, loads, parse_file, parse_text, to_dict
from culturedipl.cli import main

# --------------------------------------------------------------------------
# Compact views of an article, so that each test states its expectation in
# a few readable lines.

OfficialRow = tuple[str, str, str | None, str | None, str | None]
MeetingRow = tuple[tuple[str, ...], str | None, dt.date | None]
StatementRow = tuple[str, tuple[str, ...], str]


def officials(article: Article) -> list[OfficialRow]:
    """``(name, role, country, organization, posted_to)`` of each official."""
    return [
        (o.name, o.role.value, o.country, o.organization, o.posted_to) for o in article.officials
    ]


def names(article: Article, ids: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the officials with *ids*."""
    return tuple(article.official(i).name for i in ids)


def meetings(article: Article) -> list[MeetingRow]:
    """``(participant names, host name, date)`` of each meeting."""
    return [
        (
            names(article, m.participants),
            article.official(m.host).name if m.host is not None else None,
            m.date,
        )
        for m in article.meetings
    ]


def opening(text: str, words: int = 4) -> str:
    """The first *words* words of a sentence: enough to tell statements apart."""
    return " ".join(text.split()[:words])


def statements(article: Article) -> list[StatementRow]:
    """``(opening words, speaker names, act)`` of each statement."""
    return [(opening(s.text), names(article, s.speakers), s.act.value) for s in article.statements]


def attachments(article: Article) -> list[tuple[str, tuple[str, ...] | None]]:
    """Each statement's opening words and the participants of the meeting it is attached to."""
    return [
        (
            opening(s.text),
            names(article, article.meeting(s.meeting).participants)
            if s.meeting is not None
            else None,
        )
        for s in article.statements
    ]


def initiatives(article: Article) -> list[tuple[str, str, str | None]]:
    """``(name, kind, initiator)`` of each initiative."""
    return [(i.name, i.kind.value, i.initiator) for i in article.initiatives]


# --------------------------------------------------------------------------
# Coreference: pronouns and role phrases.

PRONOUN_CHAIN = """\
TBILISI, March 3. Georgian Minister of Culture Nino Lomidze received Chilean Ambassador to \
Georgia Andrés Fuentes at the ministry on Monday.

Lomidze stressed that Georgian polyphonic singing has found many admirers in Latin America. \
She informed the guest about preparations for the national book fair and invited Chilean \
publishers to take part.

Fuentes thanked the minister for the invitation. He said that Chile would send a delegation of \
poets and translators. He also proposed holding a week of Chilean cinema in Tbilisi next spring.
"""


def test_pronoun_chain_across_sentences() -> None:
    """Pronouns ("She", "He") continue the last named subject, across sentences and paragraphs."""
    article = parse_text(PRONOUN_CHAIN)
    assert officials(article) == [
        ("Nino Lomidze", "minister", "GE", None, None),
        ("Andrés Fuentes", "ambassador", "CL", None, "GE"),
    ]
    assert meetings(article) == [(("Nino Lomidze", "Andrés Fuentes"), "Nino Lomidze", None)]
    assert statements(article) == [
        ("Lomidze stressed that Georgian", ("Nino Lomidze",), "stress"),
        ("She informed the guest", ("Nino Lomidze",), "inform"),
        ("Fuentes thanked the minister", ("Andrés Fuentes",), "thank"),
        ("He said that Chile", ("Andrés Fuentes",), "say"),
        ("He also proposed holding", ("Andrés Fuentes",), "propose"),
    ]
    informed, thanked = article.statements[1], article.statements[2]
    assert informed.verb == "informed"
    assert names(article, informed.addressees) == ("Andrés Fuentes",)
    assert names(article, thanked.addressees) == ("Nino Lomidze",)


ROLE_PHRASES = """\
SANTIAGO, October 4. Chilean Minister of Culture Valentina Soto received Italian Ambassador to \
Chile Marco Bellandi.

The culture minister emphasized the importance of joint restoration projects in Valparaíso. The \
Italian ambassador expressed confidence that an exhibition of Venetian glass would attract many \
visitors. The diplomat also informed the minister about scholarships for young restorers in \
Florence.
"""


def test_role_phrases_resolve_to_the_official() -> None:
    """Role phrases ("the culture minister", "the diplomat", …) find the official they mean."""
    article = parse_text(ROLE_PHRASES)
    assert officials(article) == [
        ("Valentina Soto", "minister", "CL", None, None),
        ("Marco Bellandi", "ambassador", "IT", None, "CL"),
    ]
    assert [o.title for o in article.officials] == [
        "Chilean Minister of Culture",
        "Italian Ambassador to Chile",
    ]
    assert statements(article) == [
        ("The culture minister emphasized", ("Valentina Soto",), "stress"),
        ("The Italian ambassador expressed", ("Marco Bellandi",), "express"),
        ("The diplomat also informed", ("Marco Bellandi",), "inform"),
    ]
    assert names(article, article.statements[2].addressees) == ("Valentina Soto",)


def test_role_phrase_matches_a_title_with_commas() -> None:
    """ "The culture minister" is the one whose title lists culture among other fields."""
    article = parse_text(
        "ASTANA, May 4. Minister of Culture, Sport and Tourism of Kazakhstan Aigerim Bekova met "
        "Chairman of the TURKSOY Permanent Council Ruslan Akhmetov. Earlier in the day, Akhmetov "
        "held talks with Foreign Minister of Kazakhstan Nurlan Sadykov. The culture minister also "
        "informed the guest that a festival of Turkic music would open in June."
    )
    assert statements(article)[-1] == ("The culture minister also", ("Aigerim Bekova",), "inform")


def test_role_noun_prefers_the_official_it_titles() -> None:
    """ "The undersecretary" is the undersecretary, though another official was named last."""
    article = parse_text(
        "LIMA, June 9. Peru's Undersecretary of Cultural Heritage Rosa Quispe received the "
        "Goethe-Institut's Regional Director Klaus Weber. Weber said that the institute would "
        "fund ten restoration grants. The undersecretary invited the institute to join a "
        "conference on colonial archives."
    )
    assert statements(article) == [
        ("Weber said that the", ("Klaus Weber",), "say"),
        ("The undersecretary invited the", ("Rosa Quispe",), "invite"),
    ]


def test_second_clause_with_its_own_speaker() -> None:
    """ "A said ..., while B noted ..." and "A invited ..., and B said ..." are two statements."""
    article = parse_text(
        "NAIROBI, April 8. Minister of Culture of Kenya Grace Wanjiru met African Union "
        "Commissioner for Education Samuel Okoro. The minister said Kenya was ready to host the "
        "craft fair, while the Commissioner noted that the fair would help young artisans. Okoro "
        "invited Kenya to join the heritage network, and the minister said that Kenyan experts "
        "would take part."
    )
    assert [(names(article, s.speakers), s.act.value) for s in article.statements] == [
        (("Grace Wanjiru",), "say"),
        (("Samuel Okoro",), "stress"),
        (("Samuel Okoro",), "invite"),
        (("Grace Wanjiru",), "say"),
    ]
    assert article.statements[1].text == article.statements[0].text  # one sentence, two reports


GENDERED_PRONOUNS = """\
Minister of Culture of Latvia Ilze Ozola received Ambassador of Canada to Latvia Robert Hughes \
in Riga.

Ozola stressed that Latvian choirs often perform in Canada. She also informed the guest about the \
song festival.

Hughes praised the Latvian song and dance tradition. He said Canada would send a choir. She \
thanked him and proposed an exchange of choirs.
"""


def test_pronoun_gender_switches_the_speaker() -> None:
    """Once "She" has meant Ozola and "He" Hughes, "She thanked him" is Ozola thanking Hughes."""
    article = parse_text(GENDERED_PRONOUNS)
    assert statements(article) == [
        ("Ozola stressed that Latvian", ("Ilze Ozola",), "stress"),
        ("She also informed the", ("Ilze Ozola",), "inform"),
        ("Hughes praised the Latvian", ("Robert Hughes",), "express"),
        ("He said Canada would", ("Robert Hughes",), "say"),
        ("She thanked him and", ("Ilze Ozola",), "thank"),
    ]
    assert names(article, article.statements[-1].addressees) == ("Robert Hughes",)


TWO_AMBASSADORS = """\
Minister of Culture of Serbia Dragan Petrović met with Italian Ambassador Lucia Romano and \
Spanish Ambassador Javier Molina in Belgrade.

The Italian ambassador expressed confidence that the exhibition of Venetian glass would attract \
many visitors. The Spanish ambassador informed the minister about a new scholarship programme for \
young painters.
"""


def test_demonym_tells_two_ambassadors_apart() -> None:
    """Two envoys named in one clause keep their own demonyms, which then pick the speaker."""
    article = parse_text(TWO_AMBASSADORS)
    assert officials(article) == [
        ("Dragan Petrović", "minister", "RS", None, None),
        ("Lucia Romano", "ambassador", "IT", None, "RS"),
        ("Javier Molina", "ambassador", "ES", None, "RS"),
    ]
    assert meetings(article) == [
        (("Dragan Petrović", "Lucia Romano", "Javier Molina"), "Dragan Petrović", None)
    ]
    assert statements(article) == [
        ("The Italian ambassador expressed", ("Lucia Romano",), "express"),
        ("The Spanish ambassador informed", ("Javier Molina",), "inform"),
    ]


TWO_AMBASSADORS_APART = """\
Minister of Culture of Serbia Dragan Petrović met with Italian Ambassador Lucia Romano in \
Belgrade. He also received Spanish Ambassador Javier Molina.

The Italian ambassador expressed confidence that the exhibition of Venetian glass would attract \
many visitors. The Spanish ambassador informed the minister about a new scholarship programme for \
young painters.
"""


def test_demonym_picks_the_ambassador_among_several() -> None:
    """With two envoys, "the Italian ambassador" and "the Spanish ambassador" resolve by demonym."""
    article = parse_text(TWO_AMBASSADORS_APART)
    assert officials(article) == [
        ("Dragan Petrović", "minister", "RS", None, None),
        ("Lucia Romano", "ambassador", "IT", None, "RS"),
        ("Javier Molina", "ambassador", "ES", None, "RS"),
    ]
    assert meetings(article) == [
        (("Dragan Petrović", "Lucia Romano"), "Dragan Petrović", None),
        (("Dragan Petrović", "Javier Molina"), "Dragan Petrović", None),
    ]
    assert statements(article) == [
        ("The Italian ambassador expressed", ("Lucia Romano",), "express"),
        ("The Spanish ambassador informed", ("Javier Molina",), "inform"),
    ]


def test_statement_attaches_to_the_meeting_of_its_speaker() -> None:
    """A statement goes with the meeting its speakers took part in, not simply the last one."""
    article = parse_text(TWO_AMBASSADORS_APART)
    assert attachments(article) == [
        ("The Italian ambassador expressed", ("Dragan Petrović", "Lucia Romano")),
        ("The Spanish ambassador informed", ("Dragan Petrović", "Javier Molina")),
    ]


# --------------------------------------------------------------------------
# Meetings.

TWO_MEETINGS = """\
NAIROBI, May 12. Kenyan Cabinet Secretary for Culture Wanjiru Otieno met with Japanese \
Ambassador to Kenya Hiroshi Tanaka on Tuesday. Later the same day she received Brazilian \
Ambassador Paulo Mendes. Otieno and Tanaka discussed a joint exhibition of Maasai beadwork and \
Japanese textiles.

Otieno also met with Ghanaian Minister of Tourism, Arts and Culture Kwame Asante. Both stressed \
the need to protect the musical heritage of Africa.
"""


def test_welcoming_a_person_is_a_meeting_not_a_statement() -> None:
    """ "X welcomed H.E. Mr. Y" is their meeting; "X welcomed Y's proposal" is ``express``."""
    article = parse_text(
        "HANOI, March 2. Minister of Culture of Vietnam Tran Van Minh welcomed H.E. Mr. Lars "
        "Eriksen, Ambassador of Denmark to Vietnam, at the ministry. Tran Van Minh welcomed "
        "Ambassador Eriksen's proposal to hold a Danish film week."
    )
    assert meetings(article) == [(("Tran Van Minh", "Lars Eriksen"), "Tran Van Minh", None)]
    assert statements(article) == [
        ("Tran Van Minh welcomed", ("Tran Van Minh",), "express"),
    ]


def test_a_title_case_dateline_gives_the_home_country() -> None:
    """ "Skopje, 21 June 2018 (MIA) –" sets the home country, whatever places follow."""
    article = parse_text(
        "Skopje, 21 June 2018 (MIA) – Minister of Culture Ana Petrovska received UNESCO "
        "Assistant Director-General for Culture Marta Silva. They spoke of the session of the "
        "World Heritage Committee in Manama, in Manama's conference centre."
    )
    assert officials(article)[0] == ("Ana Petrovska", "minister", "MK", None, None)


def test_an_office_in_a_city_gives_a_non_envoy_s_country() -> None:
    """ "Vice-Rector of ... University in Bratislava" is Slovak, and no envoy posted there."""
    article = parse_text(
        "BAKU, May 5. Deputy Minister of Culture of Azerbaijan Leyla Mammadova met with Peter "
        "Novak, Vice-Rector of Comenius University in Bratislava, who is visiting Baku."
    )
    assert officials(article) == [
        ("Leyla Mammadova", "deputy_minister", "AZ", None, None),
        ("Peter Novak", "official", "SK", None, None),
    ]


def test_a_greek_region_named_after_macedonia_is_greek() -> None:
    """ "Regional Governor of Central Macedonia" is Greek, not North Macedonian."""
    article = parse_text(
        "THESSALONIKI, May 5. The Regional Governor of Central Macedonia, Nikos Pappas, "
        "received the Consul General of Serbia in Thessaloniki, Ana Jovanovic."
    )
    assert officials(article)[0] == ("Nikos Pappas", "official", "GR", None, None)


def test_the_dateline_s_official_hosts_visitors() -> None:
    """In a story datelined Seoul, the one Korean official meeting a foreign visitor hosts."""
    article = parse_text(
        "SEOUL, Oct. 7 (Korea Wire) -- Kazakh Culture Minister Aibek Nurlanov met with Korean "
        "Culture Minister Park Ji-hoon on Monday. Nurlanov also met today with Lee Min-su, "
        "chairman of the Culture Committee of the National Assembly of Korea."
    )
    assert [meeting[:2] for meeting in meetings(article)] == [
        (("Aibek Nurlanov", "Park Ji-hoon"), "Park Ji-hoon"),
        (("Aibek Nurlanov", "Lee Min-su"), "Lee Min-su"),
    ]


def test_two_meetings_in_one_paragraph_and_also_met() -> None:
    """Two encounters in one paragraph are two meetings; "also met" opens a third."""
    article = parse_text(TWO_MEETINGS)
    assert officials(article) == [
        ("Wanjiru Otieno", "minister", "KE", None, None),
        ("Hiroshi Tanaka", "ambassador", "JP", None, "KE"),
        ("Paulo Mendes", "ambassador", "BR", None, "KE"),
        ("Kwame Asante", "minister", "GH", None, None),
    ]
    assert meetings(article) == [
        (("Wanjiru Otieno", "Hiroshi Tanaka"), "Wanjiru Otieno", None),
        (("Wanjiru Otieno", "Paulo Mendes"), "Wanjiru Otieno", None),
        # a Ghanaian visitor in a story datelined Nairobi: the Kenyan minister hosts
        (("Wanjiru Otieno", "Kwame Asante"), "Wanjiru Otieno", None),
    ]
    assert statements(article)[0] == (
        "Otieno and Tanaka discussed",
        ("Wanjiru Otieno", "Hiroshi Tanaka"),
        "discuss",
    )


def test_statements_follow_the_meeting_they_report() -> None:
    """After "also met", "Both" is that meeting's pair; a pair's discussion joins their meeting."""
    article = parse_text(TWO_MEETINGS)
    assert statements(article) == [
        ("Otieno and Tanaka discussed", ("Wanjiru Otieno", "Hiroshi Tanaka"), "discuss"),
        ("Both stressed the need", ("Wanjiru Otieno", "Kwame Asante"), "stress"),
    ]
    assert attachments(article) == [
        ("Otieno and Tanaka discussed", ("Wanjiru Otieno", "Hiroshi Tanaka")),
        ("Both stressed the need", ("Wanjiru Otieno", "Kwame Asante")),
    ]


SERIES = """\
date 2023-05-19 By Azernews

On May 17, Minister of Culture of Georgia Levan Chikovani received a delegation led by Deputy \
Minister of Culture of Armenia Hasmik Avetisyan in Tbilisi.

Chikovani also met with Ambassador of Poland to Georgia Tomasz Wrona, Ambassador of Lithuania to \
Georgia Darius Petkus and Ambassador of Latvia to Georgia Inga Liepa.
"""


def test_delegation_and_also_met_with_several_in_one_clause() -> None:
    """A delegation's named head is the guest; "also met with A, B and C" is one meeting."""
    article = parse_text(SERIES)
    assert officials(article) == [
        ("Levan Chikovani", "minister", "GE", None, None),
        ("Hasmik Avetisyan", "deputy_minister", "AM", None, None),
        ("Tomasz Wrona", "ambassador", "PL", None, "GE"),
        ("Darius Petkus", "ambassador", "LT", None, "GE"),
        ("Inga Liepa", "ambassador", "LV", None, "GE"),
    ]
    assert meetings(article)[0] == (
        ("Levan Chikovani", "Hasmik Avetisyan"),
        "Levan Chikovani",
        dt.date(2023, 5, 17),
    )
    assert meetings(article)[1][:2] == (
        ("Levan Chikovani", "Tomasz Wrona", "Darius Petkus", "Inga Liepa"),
        "Levan Chikovani",
    )


def test_plural_role_phrases_take_the_envoys() -> None:
    """ "The ambassadors" and "both diplomats" are the two ambassadors of the meeting."""
    article = parse_text(
        "Minister of Culture of Georgia Levan Chikovani met with Ambassador of Poland to Georgia "
        "Tomasz Wrona and Ambassador of Lithuania to Georgia Darius Petkus.\n\nThe ambassadors "
        "informed the minister about the Baltic Film Days in Tbilisi. Both diplomats thanked "
        "Chikovani for his support."
    )
    envoys = ("Tomasz Wrona", "Darius Petkus")
    assert statements(article) == [
        ("The ambassadors informed the", envoys, "inform"),
        ("Both diplomats thanked Chikovani", envoys, "thank"),
    ]


def test_president_of_a_listed_international_body() -> None:
    """The president of a body in the lexicon heads an organisation and has no country."""
    article = parse_text(
        "Prime Minister of Mongolia Batbold Tseren received President of the International Council "
        "of Museums Haruki Mori in Ulaanbaatar.\n\nSpeaker of the Parliament of Mongolia Oyun "
        "Dashdorj also attended the meeting."
    )
    assert officials(article) == [
        ("Batbold Tseren", "head_of_government", "MN", None, None),
        ("Haruki Mori", "head_of_organization", None, "ICOM", None),
        ("Oyun Dashdorj", "parliamentarian", "MN", None, None),
    ]


def test_president_of_an_unlisted_international_body() -> None:
    """An "International Federation of …" that the lexicon does not list is still a body."""
    article = parse_text(
        "Prime Minister of Mongolia H.E. Mr. Batbold Tseren received President of the "
        "International Federation of Folk Dance Ensembles Dr. Haruki Mori in Ulaanbaatar.\n\nMr. "
        "Tseren thanked Dr. Mori for supporting young Mongolian dancers."
    )
    assert officials(article) == [
        ("Batbold Tseren", "head_of_government", "MN", None, None),
        (
            "Haruki Mori",
            "head_of_organization",
            None,
            "International Federation of Folk Dance Ensembles",
            None,
        ),
    ]
    assert statements(article) == [("Mr. Tseren thanked Dr.", ("Batbold Tseren",), "thank")]
    assert names(article, article.statements[0].addressees) == ("Haruki Mori",)


# --------------------------------------------------------------------------
# Speakerless and passive reports, "the sides".

PASSIVE = """\
Minister of Culture of Armenia Anahit Sargsyan received Ambassador of Greece to Armenia Nikos \
Papadakis.

The ambassador was informed about the restoration of the medieval monasteries of the Debed \
valley. It was noted that the two countries could hold joint archaeological expeditions. The \
importance of exchanges between the national theatres was emphasized.

The sides discussed the preparation of a week of Greek cinema in Yerevan.
"""


def test_passive_report_gives_the_other_participant() -> None:
    """In a passive "was informed" the other participant speaks and the subject is addressed."""
    article = parse_text(PASSIVE)
    assert meetings(article) == [(("Anahit Sargsyan", "Nikos Papadakis"), "Anahit Sargsyan", None)]
    informed = article.statements[0]
    assert statements(article)[0] == ("The ambassador was informed", ("Anahit Sargsyan",), "inform")
    assert informed.verb == "was informed"
    assert names(article, informed.addressees) == ("Nikos Papadakis",)


def test_passive_with_the_minister_as_listener() -> None:
    """In "Quispe was briefed" the envoy who met her is the speaker."""
    article = parse_text(
        "Argentine Ambassador to Peru Lucas Ferreyra met with Peruvian Culture Minister Rosa "
        "Quispe in Lima.\n\nQuispe was briefed on a festival of tango that the embassy plans for "
        "October."
    )
    assert officials(article) == [
        ("Lucas Ferreyra", "ambassador", "AR", None, "PE"),
        ("Rosa Quispe", "minister", "PE", None, None),
    ]
    assert meetings(article) == [(("Lucas Ferreyra", "Rosa Quispe"), "Rosa Quispe", None)]
    assert statements(article) == [("Quispe was briefed on", ("Lucas Ferreyra",), "inform")]


def test_speakerless_passives_take_all_participants() -> None:
    """Speakerless passives ("It was noted that", "… was emphasized") go to every participant."""
    article = parse_text(PASSIVE)
    both = ("Anahit Sargsyan", "Nikos Papadakis")
    assert statements(article)[1:3] == [
        ("It was noted that", both, "stress"),
        ("The importance of exchanges", both, "stress"),
    ]
    assert [s.verb for s in article.statements[1:3]] == ["was noted", "was emphasized"]


def test_the_sides_discussed() -> None:
    """A discussion by "the sides" is one by all participants of the meeting."""
    article = parse_text(PASSIVE)
    assert statements(article)[3] == (
        "The sides discussed the",
        ("Anahit Sargsyan", "Nikos Papadakis"),
        "discuss",
    )
    assert article.statements[3].meeting == article.meetings[0].id


def test_the_sides_and_it_was_reiterated() -> None:
    """A speakerless "It was reiterated" is a stress by both sides of the meeting reported."""
    article = parse_text(
        "Argentine Ambassador to Peru Lucas Ferreyra met with Peruvian Culture Minister Rosa "
        "Quispe in Lima. It was reiterated that cultural cooperation is a priority for both "
        "countries."
    )
    assert statements(article) == [
        ("It was reiterated that", ("Lucas Ferreyra", "Rosa Quispe"), "stress")
    ]


def test_attendees_the_parties_and_one_subject_discussing() -> None:
    """An attendee is a participant, "the parties" are all three, "Ono also discussed" is Ono's."""
    article = parse_text(
        "Minister of Culture of Croatia Ana Kovačić received Ambassador Extraordinary and "
        "Plenipotentiary of Japan to Croatia Takeshi Ono in Zagreb. Director of the National "
        "Museum Ivo Babić also attended the meeting.\n\nThe parties discussed the Days of Japanese "
        "Culture in Croatia, which will open in Split. Ono also discussed ways to bring a Noh "
        "theatre company to Zagreb."
    )
    assert officials(article) == [
        ("Ana Kovačić", "minister", "HR", None, None),
        ("Takeshi Ono", "ambassador", "JP", None, "HR"),
        ("Ivo Babić", "official", "HR", None, None),
    ]
    assert (
        article.officials[1].title
        == "Ambassador Extraordinary and Plenipotentiary of Japan to Croatia"
    )
    everyone = ("Ana Kovačić", "Takeshi Ono", "Ivo Babić")
    assert meetings(article) == [(everyone, "Ana Kovačić", None)]
    assert statements(article) == [
        ("The parties discussed the", everyone, "discuss"),
        ("Ono also discussed ways", ("Takeshi Ono",), "discuss"),
    ]
    assert initiatives(article) == [("Days of Japanese Culture in Croatia", "festival", None)]


def test_phone_call_with_a_permanent_delegate() -> None:
    """A phone call is a meeting without a host; a permanent delegate is posted to no state."""
    article = parse_text(
        "Minister of Culture of Senegal Awa Diallo had a phone call with Permanent Delegate of "
        "Brazil to UNESCO Carla Moreira.\n\nDiallo congratulated Moreira on her appointment."
    )
    delegate = article.officials[1]
    assert (delegate.name, delegate.role.value, delegate.country, delegate.posted_to) == (
        "Carla Moreira",
        "ambassador",
        "BR",
        None,
    )
    assert meetings(article) == [(("Awa Diallo", "Carla Moreira"), None, None)]
    assert statements(article) == [("Diallo congratulated Moreira on", ("Awa Diallo",), "express")]
    assert names(article, article.statements[0].addressees) == ("Carla Moreira",)


def test_planned_meetings_gifts_and_wreaths_are_not_events() -> None:
    """A scheduled meeting is no meeting; receiving a book and laying flowers are no statements."""
    article = parse_text(
        "Minister of Culture of Bulgaria Stefan Ivanov held talks with Ambassador of Portugal "
        "Joana Ribeiro in Sofia.\n\nRibeiro was presented with a book about Thracian gold. She "
        "laid flowers at the monument to the poet Hristo Botev. Ivanov is scheduled to meet "
        "Portuguese Minister of Culture Miguel Costa in Lisbon next month. The sides agreed to "
        "hold a video call with the Portuguese minister next week."
    )
    assert [o.name for o in article.officials] == ["Stefan Ivanov", "Joana Ribeiro", "Miguel Costa"]
    assert meetings(article) == [(("Stefan Ivanov", "Joana Ribeiro"), "Stefan Ivanov", None)]
    assert statements(article) == [
        ("The sides agreed to", ("Stefan Ivanov", "Joana Ribeiro"), "agree")
    ]


def test_participle_phrase_gives_way_to_the_main_verb() -> None:
    """A leading participle gives way to the main verb: "Expressing …, Gruber said" is `say`."""
    article = parse_text(
        "Deputy Minister of Culture of Albania Erion Hoxha received Chargé d'Affaires of Austria "
        "to Albania Maria Gruber.\n\nExpressing gratitude for the meeting, Gruber said that "
        "Austria would support the restoration of the Berat citadel."
    )
    assert officials(article) == [
        ("Erion Hoxha", "deputy_minister", "AL", None, None),
        ("Maria Gruber", "charge_d_affaires", "AT", None, "AL"),
    ]
    assert statements(article) == [("Expressing gratitude for the", ("Maria Gruber",), "say")]


def test_the_charge_d_affaires_as_a_role_phrase() -> None:
    """The role phrase "the chargé d'affaires" finds the chargé d'affaires."""
    article = parse_text(
        "Deputy Minister of Culture of Albania Erion Hoxha received Chargé d'Affaires of Austria "
        "to Albania Maria Gruber.\n\nThe chargé d'affaires said that Austria would support the "
        "restoration of the Berat citadel."
    )
    assert statements(article) == [("The chargé d'affaires said", ("Maria Gruber",), "say")]


def test_consul_general_in_a_city() -> None:
    """In "Consul General of Italy in Vlorë Paolo Conti" the city belongs to the title."""
    article = parse_text(
        "Deputy Minister of Culture of Albania Erion Hoxha received Consul General of Italy in "
        "Vlorë Paolo Conti.\n\nConti thanked the deputy minister and stressed that Italian "
        "archaeologists are ready to work in Butrint."
    )
    assert officials(article) == [
        ("Erion Hoxha", "deputy_minister", "AL", None, None),
        ("Paolo Conti", "consul", "IT", None, "AL"),
    ]
    assert article.officials[1].title == "Consul General of Italy in Vlorë"
    assert statements(article) == [("Conti thanked the deputy", ("Paolo Conti",), "thank")]


REPORTED = """\
Minister of Culture of Estonia Kaarel Tamm met with Minister of Culture of Finland Aino Virtanen \
in Tallinn.

"My colleague and I discussed the joint celebration of our national epics," Tamm said. The \
ministry informed that Virtanen expressed satisfaction with the preparations. The meeting was \
followed by the signing of a cultural cooperation programme.
"""


def test_discussion_inside_a_quotation_and_a_signing_after_the_meeting() -> None:
    """A discussion told inside quotes is the quoted `say`; a signing after a meeting is `agree`."""
    article = parse_text(REPORTED)
    by_act = {s.act.value: names(article, s.speakers) for s in article.statements}
    assert by_act["say"] == ("Kaarel Tamm",)
    assert by_act["agree"] == ("Kaarel Tamm", "Aino Virtanen")
    assert "discuss" not in by_act


def test_a_report_inside_a_report() -> None:
    """A report in a report ("The ministry informed that Virtanen expressed …") is Virtanen's."""
    article = parse_text(REPORTED)
    assert statements(article) == [
        ('"My colleague and I', ("Kaarel Tamm",), "say"),
        ("The ministry informed that", ("Aino Virtanen",), "express"),
        ("The meeting was followed", ("Kaarel Tamm", "Aino Virtanen"), "agree"),
    ]


def test_dateline_before_reported_speech_is_no_statement() -> None:
    """A dateline opening the speech's paragraph ("LIMA, Peru, March 3.") is not said by anyone."""
    article = parse_text(
        "date 2023-03-03 LIMA, Peru, March 3. Cultural exchanges between Peru and Japan will "
        "keep growing, Minister of Culture of Peru Leslie Urteaga said at a press conference "
        "with the Ambassador of Japan to Peru Yoshio Kubo.\n\nUrteaga thanked the ambassador."
    )
    assert statements(article) == [
        ("Cultural exchanges between Peru", ("Leslie Urteaga",), "say"),
        ("Urteaga thanked the ambassador.", ("Leslie Urteaga",), "thank"),
    ]


# --------------------------------------------------------------------------
# Quotations.

QUOTE_AFTER = """\
Minister of Culture of Mongolia Batbayar Ganbold hosted Korean Ambassador to Mongolia Kim \
Min-jun in Ulaanbaatar.

"Our nomadic heritage and Korean traditional music share a long history. We want young people in \
both countries to discover it," the minister said.

"The embassy will support a tour of our national dance ensemble in Seoul," Kim said.
"""


def test_quotation_attributed_after() -> None:
    """`"…," the minister said.` over two sentences: both are the minister's `say`."""
    article = parse_text(QUOTE_AFTER)
    assert officials(article) == [
        ("Batbayar Ganbold", "minister", "MN", None, None),
        ("Kim Min-jun", "ambassador", "KR", None, "MN"),
    ]
    assert statements(article) == [
        ('"Our nomadic heritage and', ("Batbayar Ganbold",), "say"),
        ("We want young people", ("Batbayar Ganbold",), "say"),
        ('"The embassy will support', ("Kim Min-jun",), "say"),
    ]
    assert [s.verb for s in article.statements] == [None, "said", "said"]


QUOTE_BEFORE = """\
Minister of Culture of Mongolia Batbayar Ganbold hosted Korean Ambassador to Mongolia Kim \
Min-jun in Ulaanbaatar.

Ganbold said: "Our nomadic heritage and Korean traditional music share a long history. We want \
young people in both countries to discover it."

The ambassador stressed: “The embassy will support a tour of our national ensemble in Seoul. This \
will be the first such tour in ten years.”
"""


def test_quotation_attributed_before() -> None:
    """`X said: "…"` over two sentences: the first takes the verb's act, the next is `say`."""
    article = parse_text(QUOTE_BEFORE)
    assert statements(article) == [
        ('Ganbold said: "Our nomadic', ("Batbayar Ganbold",), "say"),
        ("We want young people", ("Batbayar Ganbold",), "say"),
        ("The ambassador stressed: “The", ("Kim Min-jun",), "stress"),
        ("This will be the", ("Kim Min-jun",), "say"),
    ]
    assert [s.verb for s in article.statements] == ["said", None, "stressed", None]


def test_an_ensemble_is_not_an_official() -> None:
    """A named ensemble inside a quotation is a body, not a person."""
    article = parse_text(
        "Minister of Culture of Mongolia Batbayar Ganbold hosted Korean Ambassador to Mongolia Kim "
        'Min-jun in Ulaanbaatar.\n\n"The embassy will support a tour of the Mongolian State Morin '
        'Khuur Ensemble in Seoul," Kim said.'
    )
    assert [o.name for o in article.officials] == ["Batbayar Ganbold", "Kim Min-jun"]


# --------------------------------------------------------------------------
# "According to X".


ACCORDING_TO = """\
Minister of Culture of Cyprus Andreas Christou met with Ambassador of Egypt to Cyprus Mona Farouk \
in Nicosia.

According to Christou, the two countries will open a joint exhibition of ancient pottery in \
Limassol next year. According to the ambassador, more than two thousand Egyptian students study \
art in Cyprus.
"""


def test_according_to_a_name_is_a_say() -> None:
    """A sentence opening "According to Christou," is Christou's `say`; the name is no outlet."""
    article = parse_text(ACCORDING_TO)
    assert article.outlet is None
    assert statements(article)[0] == ("According to Christou, the", ("Andreas Christou",), "say")


def test_according_to_a_role_phrase_is_a_say() -> None:
    """A sentence opening "According to the ambassador," is the ambassador's `say`."""
    article = parse_text(ACCORDING_TO)
    assert statements(article) == [
        ("According to Christou, the", ("Andreas Christou",), "say"),
        ("According to the ambassador,", ("Mona Farouk",), "say"),
    ]


# --------------------------------------------------------------------------
# Officials of international organisations.

ORGANISATION = """\
Secretary-General of the Organization of Turkic States Nurlan Abenov met with Minister of \
Culture of Uzbekistan Ozodbek Rahmatov in Tashkent.

The secretary-general praised the restoration of the historic centre of Khiva. Rahmatov informed \
him about the programme of the Year of Uzbek Embroidery.
"""


def test_secretary_general_of_an_organisation() -> None:
    """A Secretary-General serves an organisation: organization set, country None."""
    article = parse_text(ORGANISATION)
    assert officials(article) == [
        ("Nurlan Abenov", "secretary_general", None, "OTS", None),
        ("Ozodbek Rahmatov", "minister", "UZ", None, None),
    ]
    assert meetings(article) == [(("Nurlan Abenov", "Ozodbek Rahmatov"), "Ozodbek Rahmatov", None)]
    praised = [s for s in article.statements if s.verb == "praised"]
    assert [(names(article, s.speakers), s.act.value) for s in praised] == [
        (("Nurlan Abenov",), "express")
    ]
    assert initiatives(article) == [("Year of Uzbek Embroidery", "year", None)]


def test_an_organisation_name_is_no_speech_verb() -> None:
    """Only the secretary-general's praise and the minister's briefing are statements."""
    article = parse_text(ORGANISATION)
    assert statements(article) == [
        ("The secretary-general praised the", ("Nurlan Abenov",), "express"),
        ("Rahmatov informed him about", ("Ozodbek Rahmatov",), "inform"),
    ]


def test_director_general_of_unesco() -> None:
    """A UNESCO Director-General heads an organisation and has no country."""
    article = parse_text(
        "UNESCO Director-General Elena Marchetti received Ambassador of Malawi to France Grace "
        "Banda in Paris.\n\nMarchetti expressed support for the nomination of the Nyau dance to "
        "the lists of intangible heritage. The sides discussed training courses for museum staff "
        "in Lilongwe."
    )
    assert officials(article) == [
        ("Elena Marchetti", "head_of_organization", None, "UNESCO", None),
        ("Grace Banda", "ambassador", "MW", None, "FR"),
    ]
    assert meetings(article) == [(("Elena Marchetti", "Grace Banda"), "Elena Marchetti", None)]
    assert statements(article) == [
        ("Marchetti expressed support for", ("Elena Marchetti",), "express"),
        ("The sides discussed training", ("Elena Marchetti", "Grace Banda"), "discuss"),
    ]


# --------------------------------------------------------------------------
# Dates.


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("on Wednesday", dt.date(2021, 6, 9)),
        ("on Friday", dt.date(2021, 6, 4)),
        ("on Thursday", dt.date(2021, 6, 10)),
        ("today", dt.date(2021, 6, 10)),
        ("yesterday", dt.date(2021, 6, 9)),
        ("on 8 June", dt.date(2021, 6, 8)),
        ("on Monday, June 7", dt.date(2021, 6, 7)),
        ("last week", None),
        # letters a case-insensitive match admits for "i" and "s": no crash, same day
        ("on frıday", dt.date(2021, 6, 4)),
        ("on FRİDAY", dt.date(2021, 6, 4)),
        ("on Tueſday", dt.date(2021, 6, 8)),
    ],
)
def test_meeting_date_relative_to_the_date_line(when: str, date: dt.date | None) -> None:
    """Weekdays, "today" and days without a year count from `date 2021-06-10` (a Thursday)."""
    article = parse_text(
        "date 2021-06-10 By Azernews\n\nMinister of Culture of Moldova Ion Ciobanu met with "
        f"Ambassador of Romania to Moldova Elena Dumitrescu {when}.\n\nCiobanu thanked the "
        "ambassador for the books donated to the National Library."
    )
    assert article.published == dt.date(2021, 6, 10)
    assert meetings(article) == [(("Ion Ciobanu", "Elena Dumitrescu"), "Ion Ciobanu", date)]


@pytest.mark.parametrize(
    ("dateline", "when", "date"),
    [
        ("CHISINAU, June 10 (Moldpres) --", "on Wednesday", dt.date(2021, 6, 9)),
        ("Chisinau, Jun. 10, 2021 -", "yesterday", dt.date(2021, 6, 9)),
        ("CHISINAU, Moldova, June 10 --", "on 8 June", dt.date(2021, 6, 8)),
        ("CHISINAU, June 10 (Moldpres) --", "", dt.date(2021, 6, 10)),
        # day first, and an agency whose name holds "Today"
        ("Chisinau, 10 June 2021 (Moldova Today) –", "on Wednesday", dt.date(2021, 6, 9)),
    ],
)
def test_meeting_date_after_a_dateline(dateline: str, when: str, date: dt.date) -> None:
    """A date after the dateline in the meeting's sentence is the meeting's, not the dateline's."""
    article = parse_text(
        f"date 2021-06-10\n\n{dateline} Minister of Culture of Moldova Ion Ciobanu met with "
        f"Ambassador of Romania to Moldova Elena Dumitrescu {when}.\n\nCiobanu thanked the "
        "ambassador for the books donated to the National Library."
    )
    assert meetings(article) == [(("Ion Ciobanu", "Elena Dumitrescu"), "Ion Ciobanu", date)]


@pytest.mark.parametrize(
    "when", ["Later the same day", "Later that day", "Earlier in the day", "On the same day"]
)
def test_a_meeting_on_the_same_day_takes_the_last_meeting_s_date(when: str) -> None:
    """ "Later that day" and the like date a meeting by the meeting before it."""
    article = parse_text(
        "date 2021-06-10\n\nMinister of Culture of Moldova Ion Ciobanu met with Ambassador of "
        "Romania to Moldova Elena Dumitrescu on Tuesday.\n\n"
        f"{when}, Ciobanu met with Ambassador of Poland to Moldova Marek Nowicki."
    )
    assert [meeting.date for meeting in article.meetings] == [dt.date(2021, 6, 8)] * 2


def test_published_argument_overrides_the_date_line() -> None:
    """`published=` wins over the date line, and relative dates count from it."""
    article = parse_text(
        "date 2021-06-10 By Azernews\n\nMinister of Culture of Moldova Ion Ciobanu met with "
        "Ambassador of Romania to Moldova Elena Dumitrescu on Wednesday.",
        published=dt.date(2021, 6, 20),
    )
    assert article.published == dt.date(2021, 6, 20)
    assert meetings(article)[0][2] == dt.date(2021, 6, 16)


# --------------------------------------------------------------------------
# Header noise of several outlets, trailing lists, truncated text.

MEETING_LINE = (
    "Minister of Culture of Tajikistan Farrukh Rahimov received Ambassador of Austria Klaus Berger "
    "in Dushanbe.\n\nRahimov informed the guest about a festival of Pamiri music."
)
HOST_AND_GUEST = [
    ("Farrukh Rahimov", "minister", "TJ", None, None),
    ("Klaus Berger", "ambassador", "AT", None, "TJ"),
]


def _header_case(
    text: str,
    outlet: str | None,
    published: dt.date | None,
    authors: tuple[str, ...],
    body_starts: str,
    *,
    fails: str | None = None,
) -> object:
    """One header case; *fails* (what the reader gets wrong) marks it strict xfail."""
    marks = [pytest.mark.xfail(strict=True, reason=fails)] if fails else []
    return pytest.param(text, outlet, published, authors, body_starts, marks=marks)


WITH_HEADLINE = (
    "date 2024-09-03 + ↺ − 16 px\n\nDushanbe and Vienna to hold days of music\n\n"
    f"DUSHANBE, Tajikistan, September 3. {MEETING_LINE} Trend reports."
)

HEADERS = {
    "azernews": _header_case(
        f"date 2023-02-14 By Azernews\nBy Leyla Mammadli\n+ ↺ − 16 px\n{MEETING_LINE}",
        "Azernews",
        dt.date(2023, 2, 14),
        ("Leyla Mammadli",),
        "Minister of Culture of Tajikistan",
    ),
    "scraper-date-and-font-widget": _header_case(
        f"date 2019-03-07 + ↺ − 16 px\n\n{MEETING_LINE}",
        None,
        dt.date(2019, 3, 7),
        (),
        "Minister of Culture of Tajikistan",
    ),
    "trend-with-headline": _header_case(
        WITH_HEADLINE,
        "Trend",
        dt.date(2024, 9, 3),
        (),
        "DUSHANBE, Tajikistan, September 3.",
    ),
    "author-only": _header_case(
        f"By Selin Arslan\n{MEETING_LINE}",
        None,
        None,
        ("Selin Arslan",),
        "Minister of Culture of Tajikistan",
    ),
    "dateline-with-outlet-and-date": _header_case(
        f"Agenda.ge, 12 Jan 2022 - 14:05, Tbilisi,Georgia\n\n{MEETING_LINE}",
        "Agenda.ge",
        dt.date(2022, 1, 12),
        (),
        "Minister of Culture of Tajikistan",
    ),
    "menafn-after-date": _header_case(
        f"date 2019-05-14 (MENAFN- AzerNews) {MEETING_LINE}",
        "Azernews",
        dt.date(2019, 5, 14),
        (),
        "Minister of Culture of Tajikistan",
    ),
    "menafn-own-line": _header_case(
        f"(MENAFN- AzerNews)\n{MEETING_LINE}",
        "Azernews",
        None,
        (),
        "Minister of Culture of Tajikistan",
    ),
    "bernama-dateline": _header_case(
        f"DUSHANBE, Aug 21 (Bernama) -- {MEETING_LINE}",
        "Bernama",
        None,
        (),
        "DUSHANBE, Aug 21 (Bernama)",
    ),
    "ani-dateline": _header_case(
        f"Dushanbe [Tajikistan], February 9 (ANI): {MEETING_LINE}\n\n(ANI)",
        "ANI",
        None,
        (),
        "Dushanbe [Tajikistan], February 9 (ANI):",
    ),
}


@pytest.mark.parametrize(
    ("text", "outlet", "published", "authors", "body_starts"),
    list(HEADERS.values()),
    ids=list(HEADERS),
)
def test_header_noise_becomes_metadata(
    text: str,
    outlet: str | None,
    published: dt.date | None,
    authors: tuple[str, ...],
    body_starts: str,
) -> None:
    """Date lines, by-lines, widgets and credits give outlet, date and authors, never officials."""
    article = parse_text(text)
    assert (article.outlet, article.published, article.authors) == (outlet, published, authors)
    assert article.body.startswith(body_starts)
    assert officials(article) == HOST_AND_GUEST
    assert [o.title for o in article.officials] == [
        "Minister of Culture of Tajikistan",
        "Ambassador of Austria",
    ]
    assert statements(article) == [("Rahimov informed the guest", ("Farrukh Rahimov",), "inform")]


def test_headline_becomes_the_title() -> None:
    """A headline line between the date line and the dateline is the article's title."""
    article = parse_text(WITH_HEADLINE)
    assert article.title == "Dushanbe and Vienna to hold days of music"
    assert "days of music" not in article.body


LATEST_NEWS = """\
date 2020-03-02 By Trend

Minister of Culture of Lithuania Rūta Vaitkutė received Ambassador of Norway to Lithuania Erik \
Solberg in Vilnius.

Vaitkutė stressed that Norwegian literature is widely translated into Lithuanian.

Latest news
Minister of Culture meets Polish ambassador
President Jonas Petraitis opens new concert hall in Kaunas
Estonian Ambassador Mart Kask visits Trakai castle
"""


def test_latest_news_list_stays_out_of_the_body() -> None:
    """A trailing "Latest news" list is not body text, and its names are not officials."""
    article = parse_text(LATEST_NEWS)
    assert (article.outlet, article.published) == ("Trend", dt.date(2020, 3, 2))
    assert article.body.endswith("widely translated into Lithuanian.")
    assert "Latest news" not in article.body
    assert officials(article) == [
        ("Rūta Vaitkutė", "minister", "LT", None, None),
        ("Erik Solberg", "ambassador", "NO", None, "LT"),
    ]
    assert meetings(article) == [(("Rūta Vaitkutė", "Erik Solberg"), "Rūta Vaitkutė", None)]
    assert statements(article) == [
        ("Vaitkutė stressed that Norwegian", ("Rūta Vaitkutė",), "stress")
    ]


CUT_OFF = """\
date 2022-11-08 By Azernews

Minister of Culture of Montenegro Vesna Radović met with Ambassador of Croatia to Montenegro Ivan \
Horvat in Podgorica.

Radović thanked the ambassador for the support of the summer theatre festival in Budva. Horvat \
expressed hope that the two national libraries would sign a memorandum on the exchange of rare"""


def test_article_cut_off_mid_sentence() -> None:
    """Text that stops mid-sentence is kept to its last character and still read."""
    article = parse_text(CUT_OFF)
    assert article.body.endswith("on the exchange of rare")
    assert officials(article) == [
        ("Vesna Radović", "minister", "ME", None, None),
        ("Ivan Horvat", "ambassador", "HR", None, "ME"),
    ]
    assert meetings(article) == [(("Vesna Radović", "Ivan Horvat"), "Vesna Radović", None)]
    assert statements(article) == [
        ("Radović thanked the ambassador", ("Vesna Radović",), "thank"),
        ("Horvat expressed hope that", ("Ivan Horvat",), "express"),
    ]
    last = article.statements[-1]
    assert article.text_of(last.span) == last.text
    assert last.span.end == len(article.body)


def test_crlf_and_non_breaking_spaces() -> None:
    """CRLF line ends and non-breaking spaces change nothing but the body's characters."""
    article = parse_text(CUT_OFF.replace("\n", "\r\n").replace("Minister of", "Minister\u00a0of"))
    assert [row[0] for row in officials(article)] == ["Vesna Radović", "Ivan Horvat"]
    assert [row[1:] for row in statements(article)] == [
        (("Vesna Radović",), "thank"),
        (("Ivan Horvat",), "express"),
    ]
    for statement in article.statements:
        assert article.text_of(statement.span) == statement.text


# --------------------------------------------------------------------------
# Titles that the lexicon must take apart.


def test_title_before_and_is_the_previous_name_s() -> None:
    """In "X, Ambassador of ..., and Prof. Y, Rector of ...", Y's title is the one after Y."""
    article = parse_text(
        "KRAKOW, May 12. The rector of the Academy of Fine Arts in Krakow, Piotr Zielinski, "
        "welcomed Tomas Novak, Ambassador of the Czech Republic to Poland, and Prof. Jana "
        "Dvorakova, Rector of the Prague Academy of Arts, at the academy. Novak thanked the hosts."
    )
    titles = {official.name: official.title for official in article.officials}
    assert titles["Tomas Novak"] == "Ambassador of the Czech Republic to Poland"
    assert titles["Jana Dvorakova"] == "Rector of the Prague Academy of Arts"


def test_chair_of_a_parliament_s_committee_is_a_parliamentarian() -> None:
    """A parliament committee's chair is a parliamentarian; a museum's director an official."""
    article = parse_text(
        "SEOUL, Oct. 7 -- Kazakh Culture Minister Aibek Nurlanov met with Lee Min-su, chairman "
        "of the Culture Committee of the National Assembly of Korea, and with Kim Soo-ah, "
        "director of the National Museum of Korea."
    )
    assert [(o.name, o.role.value) for o in article.officials] == [
        ("Aibek Nurlanov", "minister"),
        ("Lee Min-su", "parliamentarian"),
        ("Kim Soo-ah", "official"),
    ]


def test_an_assistant_director_general_is_an_official() -> None:
    """An assistant director-general is no head of the body, and is still found by that title."""
    article = parse_text(
        "PARIS, May 4. UNESCO Assistant Director-General for Culture Marta Silva received "
        "Minister of Culture of Peru Leslie Urteaga. The Assistant Director-General commended "
        "Peru for its inventory of living heritage."
    )
    assert officials(article)[0] == ("Marta Silva", "official", None, "UNESCO", None)
    assert statements(article) == [
        ("The Assistant Director-General commended", ("Marta Silva",), "express")
    ]


def test_chairs_of_a_council_of_ministers() -> None:
    """The chair of a council of ministers heads the government; a deputy chair is a minister."""
    article = parse_text(
        "SARAJEVO, March 3. Turkish Culture Minister Emre Kaya met with Chairwoman of the Council "
        "of Ministers of Bosnia and Herzegovina Lejla Hadzic. In Ashgabat, he met Deputy Chairman "
        "of the Cabinet of Ministers of Turkmenistan Merdan Orazov."
    )
    assert [(o.name, o.role.value) for o in article.officials] == [
        ("Emre Kaya", "minister"),
        ("Lejla Hadzic", "head_of_government"),
        ("Merdan Orazov", "minister"),
    ]


def test_minister_of_cultures_arts_and_heritage() -> None:
    """Chile's "Minister of Cultures, Arts and Heritage" is a minister; the name is the person's."""
    article = parse_text(
        "SANTIAGO, October 4. Chilean Minister of Cultures, Arts and Heritage Valentina Soto "
        "received Italian Ambassador to Chile Marco Bellandi. Soto thanked the ambassador for the "
        "visit."
    )
    assert officials(article) == [
        ("Valentina Soto", "minister", "CL", None, None),
        ("Marco Bellandi", "ambassador", "IT", None, "CL"),
    ]
    assert article.officials[0].title == "Chilean Minister of Cultures, Arts and Heritage"


def test_minister_of_cultures() -> None:
    """In "Chilean Minister of Cultures Valentina Soto" the portfolio ends the title."""
    article = parse_text(
        "SANTIAGO, October 4. Chilean Minister of Cultures Valentina Soto received Italian "
        "Ambassador to Chile Marco Bellandi. Soto thanked the ambassador for the visit."
    )
    assert officials(article) == [
        ("Valentina Soto", "minister", "CL", None, None),
        ("Marco Bellandi", "ambassador", "IT", None, "CL"),
    ]
    assert article.officials[0].title == "Chilean Minister of Cultures"


def test_envoy_received_by_a_minister_is_posted_to_the_ministers_country() -> None:
    """A Slovak minister receiving the ambassador of Chile plainly implies a posting to Slovakia."""
    article = parse_text(
        "Minister of Culture of Slovakia Martin Hruška received Ambassador of Chile Camila "
        "Rojas.\n\nThe ambassador said that Chile would mark 2026 as the Year of Chilean Poetry."
    )
    assert officials(article) == [
        ("Martin Hruška", "minister", "SK", None, None),
        ("Camila Rojas", "ambassador", "CL", None, "SK"),
    ]


# --------------------------------------------------------------------------
# Initiatives.

CAMPAIGN = """\
Minister of Culture of Ecuador Sofía Andrade met with Ambassador of Morocco to Ecuador Youssef \
Alaoui in Quito.

Andrade invited Morocco to join the "Songs for Tomorrow" campaign initiated by President of \
Ecuador Diego Salazar. Alaoui informed the minister that 2024 had been declared the Year of \
Moroccan Crafts in his country. He said the Songs4Tomorrow campaign was already known in Rabat.
"""


def test_campaign_in_quotes_and_a_year_of() -> None:
    """A quoted campaign with its initiator, a coined alias of it, and a "Year of X"."""
    article = parse_text(CAMPAIGN)
    assert initiatives(article) == [
        ("Songs for Tomorrow", "campaign", "President of Ecuador Diego Salazar"),
        ("Year of Moroccan Crafts", "year", None),
    ]
    assert article.initiatives[0].aliases == ("Songs4Tomorrow",)
    campaign = article.initiatives[0]
    assert [article.text_of(span) for span in campaign.mentions] == [
        "Songs for Tomorrow",
        "Songs4Tomorrow",
    ]
    assert officials(article)[2] == ("Diego Salazar", "head_of_state", "EC", None, None)
    assert statements(article) == [
        ("Andrade invited Morocco to", ("Sofía Andrade",), "invite"),
        ("Alaoui informed the minister", ("Youssef Alaoui",), "inform"),
        ("He said the Songs4Tomorrow", ("Youssef Alaoui",), "say"),
    ]


def test_initiator_after_a_comma() -> None:
    """'…" campaign, launched by the Ministry of Culture of Ecuador' names the initiator."""
    article = parse_text(
        "Minister of Culture of Ecuador Sofía Andrade met with Ambassador of Morocco to Ecuador "
        'Youssef Alaoui in Quito. Andrade invited Morocco to join the "Hands of the Andes" '
        "campaign, launched by the Ministry of Culture of Ecuador in 2022."
    )
    assert initiatives(article) == [
        ("Hands of the Andes", "campaign", "Ministry of Culture of Ecuador")
    ]


def test_quoted_programme_and_forum() -> None:
    """A quoted name before "programme" and a capitalised "… Forum" are initiatives."""
    article = parse_text(
        "Minister of Culture of Slovakia Martin Hruška received Ambassador of Chile to Slovakia "
        'Camila Rojas.\n\nHruška proposed that the two countries take part in the "Bridges of '
        'Song" programme. The minister also spoke about the Bratislava Heritage Forum, which the '
        "city will host in June."
    )
    assert initiatives(article) == [
        ("Bridges of Song", "programme", None),
        ("Bratislava Heritage Forum", "forum", None),
    ]
    assert statements(article) == [
        ("Hruška proposed that the", ("Martin Hruška",), "propose"),
        ("The minister also spoke", ("Martin Hruška",), "inform"),
    ]


# --------------------------------------------------------------------------
# Files and the command line.


def test_parse_file_reads_utf8_with_bom(tmp_path: Path) -> None:
    """parse_file reads bytes (a UTF-8 BOM included) and gives the same article as parse_text."""
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PRONOUN_CHAIN.encode("utf-8"))
    article = parse_file(path)
    assert article == parse_text(PRONOUN_CHAIN)
    assert [o.name for o in article.officials] == ["Nino Lomidze", "Andrés Fuentes"]


def test_json_round_trip_of_a_parsed_article() -> None:
    """A parsed article survives the JSON codec unchanged."""
    article = parse_text(PASSIVE)
    assert loads(json.dumps(to_dict(article))) == article


def test_cli_parse_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`culturedipl parse FILE --format jsonl` prints one line: the article's JSON."""
    path = tmp_path / "article.txt"
    path.write_text(PRONOUN_CHAIN, encoding="utf-8")
    assert main(["parse", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == to_dict(parse_text(PRONOUN_CHAIN))
    assert loads(lines[0]) == parse_text(PRONOUN_CHAIN)


def test_cli_parse_two_files_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Several files give one line each, in the order of the arguments."""
    first, second = tmp_path / "b.txt", tmp_path / "a.txt"
    first.write_text(PASSIVE, encoding="utf-8")
    second.write_text(QUOTE_AFTER, encoding="utf-8")
    assert main(["parse", str(first), str(second), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["officials"][0]["name"] for line in lines] == [
        "Anahit Sargsyan",
        "Batbayar Ganbold",
    ]


def test_cli_reports_a_missing_file_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that cannot be read is named on stderr; the others are still written; status 1."""
    good = tmp_path / "good.txt"
    good.write_text(PASSIVE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(missing), str(good), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert err.startswith(f"culturedipl: {missing}: ")
