"""Recall rules for constructions real articles use: each a sentence of our own, in and out.

Each case names the general construction it covers (ANNOTATION.md decides the
reading); the reader must find the meetings and statements listed, by the
officials' names.
"""

from __future__ import annotations

import pytest

import culturedipl

#: (construction, text, meetings as participant names, statements as (act, speakers))
CASES: list[tuple[str, str, list[list[str]], list[tuple[str, list[str]]]]] = [
    (
        "a passive with its agents after 'by' (both discuss, and so met)",
        (
            "Plans for the festival were discussed by the Minister of Culture of Latvia "
            "Inga Berzina "
            "and the Minister of Culture of Estonia Kaarel Tamm."
        ),
        [["Inga Berzina", "Kaarel Tamm"]],
        [("discuss", ["Inga Berzina", "Kaarel Tamm"])],
    ),
    (
        "a passive with a named listener and an agent: the agent speaks",
        (
            "Culture Minister Rasa Vilke met Ambassador of Japan Kenji Sato. "
            "Vilke was informed by Sato about the exhibition plans."
        ),
        [["Rasa Vilke", "Kenji Sato"]],
        [("inform", ["Kenji Sato"])],
    ),
    (
        "a passive whose agent is no official we know is no one's statement",
        (
            "Culture Minister Rasa Vilke met Ambassador of Japan Kenji Sato. "
            "The guest was informed by the museum's curator about the exhibition plans."
        ),
        [["Rasa Vilke", "Kenji Sato"]],
        [],
    ),
    (
        "a sentence opening with 'During' has no participle phrase to pass over",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. During the meeting "
            "both officials expressed satisfaction with the ties of museums, theatres, "
            "libraries and schools."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("express", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "a present passive ('is invited') is a passive: its subject is the listener",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. At the end, "
            "the ambassador is invited to the festival."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("invite", ["Anna Berg"])],
    ),
    (
        "'held meetings with A and B': one meeting with each",
        (
            "Minister of Culture Anna Berg held separate meetings with Ambassador of China "
            "Wei Lin and Ambassador of Peru Luis Soto."
        ),
        [["Anna Berg", "Wei Lin"], ["Anna Berg", "Luis Soto"]],
        [],
    ),
    (
        "'participated in a video conference with'",
        (
            "Minister of Culture Anna Berg participated in a video conference with Minister "
            "of Culture of Peru Luis Soto."
        ),
        [["Anna Berg", "Luis Soto"]],
        [],
    ),
    (
        "'paid a working visit to' (and farewell, introductory, friendly visits)",
        "Ambassador of Peru Luis Soto paid a farewell visit to Minister of Culture Anna Berg.",
        [["Luis Soto", "Anna Berg"]],
        [],
    ),
    (
        "'had a talk with'",
        "Minister of Culture Anna Berg had a talk with Ambassador of China Wei Lin.",
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "a welcome at the meeting being reported adds the welcomed to it",
        (
            "Director-General of ISESCO Omar Haddad held a video meeting with Minister of "
            "Culture of Mali Awa Traore. At the outset of the meeting, Haddad welcomed the "
            "minister as well as the Secretary-General of the National Commission, Ms. Fanta "
            "Keita, and her assistants."
        ),
        [["Omar Haddad", "Awa Traore", "Fanta Keita"]],
        [],
    ),
    (
        "welcoming a role's possession ('the ambassador's proposal') is a statement",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg welcomed "
            "the ambassador's proposal to hold a film week."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("express", ["Anna Berg"])],
    ),
    (
        "a welcome of unnamed guests at the meeting already reported opens no meeting",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. At the outset, "
            "Berg welcomed the Peruvian minister and his team."
        ),
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "'According to <a source that is no official>, X said': X's report",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. According to the "
            "ministry's press office, Berg said the two countries can cooperate in film."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("say", ["Anna Berg"])],
    ),
    (
        "a quotation attributed after it, the verb before the speaker ('said Berg')",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin.\n\n"
            '"Our museums will work together," said Berg.\n\n'
            '"Culture unites our peoples. It is our common bridge," underlined the ambassador.'
        ),
        [["Anna Berg", "Wei Lin"]],
        [("say", ["Anna Berg"]), ("say", ["Wei Lin"]), ("stress", ["Wei Lin"])],
    ),
    (
        "bare 'colleagues' are the participants",
        (
            "Minister of Culture Anna Berg met Minister of Culture of Peru Luis Soto. "
            "In addition, colleagues discussed support for young film makers."
        ),
        [["Anna Berg", "Luis Soto"]],
        [("discuss", ["Anna Berg", "Luis Soto"])],
    ),
    (
        "'the two', 'the interlocutors' are the participants",
        (
            "Minister of Culture Anna Berg met Minister of Culture of Peru Luis Soto. "
            "The two discussed a festival. The interlocutors praised the museums."
        ),
        [["Anna Berg", "Luis Soto"]],
        [("discuss", ["Anna Berg", "Luis Soto"]), ("express", ["Anna Berg", "Luis Soto"])],
    ),
    (
        "'spoke by phone with': a call is a meeting",
        "Minister of Culture Anna Berg spoke by phone with Minister of Culture of Peru Luis Soto.",
        [["Anna Berg", "Luis Soto"]],
        [],
    ),
    (
        "'conferred with'",
        "Minister of Culture Anna Berg conferred with Ambassador of China Wei Lin.",
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "'sat down with'",
        "Minister of Culture Anna Berg sat down with Ambassador of China Wei Lin.",
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "'visited' a named official, and 'was visited by'",
        (
            "On Monday, Ambassador of China Wei Lin visited Minister of Culture Anna Berg. "
            "On Tuesday, Minister of Culture of Peru Luis Soto was visited by Wei."
        ),
        [["Wei Lin", "Anna Berg"], ["Luis Soto", "Wei Lin"]],
        [],
    ),
    (
        "'a meeting took place between A and B'",
        (
            "A meeting took place between Minister of Culture Anna Berg and Ambassador of "
            "China Wei Lin."
        ),
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "a pronoun with no one before its sentence is the official named first in it",
        (
            "Minister of Culture Anna Berg was on a visit to Beijing, where she held talks "
            "with Minister of Culture of China Wei Lin."
        ),
        [["Anna Berg", "Wei Lin"]],
        [],
    ),
    (
        "a light verb's purpose infinitive carries the act ('seized the opportunity to')",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. He seized the "
            "opportunity of this meeting to express sincere thanks for the exhibition."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("thank", ["Wei Lin"])],
    ),
    (
        "a verb form after a determiner is an adjective or a noun ('the acknowledged')",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. The acknowledged "
            "success of the festival was stressed by Berg."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("stress", ["Anna Berg"])],
    ),
    (
        "a plural subject that talked about something discussed it",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. The two talked "
            "about a festival of Chinese films."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("discuss", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "talk as the subject of a passive: 'views were exchanged', 'attention was paid'",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Views were "
            "exchanged on the festival. Special attention was paid to young artists."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("discuss", ["Anna Berg", "Wei Lin"]), ("discuss", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "'the meeting touched upon' reports what the participants covered",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. The meeting also "
            "touched upon the restoration of a temple."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("inform", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "a verb after ', and' shares the clause's subject",
        (
            "Minister of Culture Anna Berg called on President of Peru Luis Soto on Monday, "
            "and had a working discussion with Ambassador of China Wei Lin on Tuesday."
        ),
        [["Anna Berg", "Luis Soto"], ["Anna Berg", "Wei Lin"]],
        [("discuss", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "a plural role with a word between it and its determiner ('the two deputy ministers')",
        (
            "Deputy Minister of Culture Anna Berg held a video call with Deputy Minister of "
            "Culture of Peru Luis Soto. The two deputy ministers agreed to postpone the festival. "
            "The two delegates exchanged views on the archives."
        ),
        [["Anna Berg", "Luis Soto"]],
        [("agree", ["Anna Berg", "Luis Soto"]), ("discuss", ["Anna Berg", "Luis Soto"])],
    ),
    (
        "a ministry quoting a report of the officials: the report counts",
        (
            "Minister of Culture Anna Berg spoke by phone with Minister of Culture of Peru "
            'Luis Soto.\n\n"The parties confirmed their interest in direct contacts between '
            'museums," the ministry said in its statement.'
        ),
        [["Anna Berg", "Luis Soto"]],
        [("say", ["Anna Berg", "Luis Soto"])],
    ),
    (
        "', who briefed her': the relative clause's subject; 'both of them'; a body's 'chief'",
        (
            "Minister of Culture Anna Berg met Director-General of ISESCO Omar Haddad, who "
            "briefed her on the preparations. Both of them agreed that the year will be busy. "
            "The ISESCO chief also said that culture unites."
        ),
        [["Anna Berg", "Omar Haddad"]],
        [
            ("inform", ["Omar Haddad"]),
            ("agree", ["Anna Berg", "Omar Haddad"]),
            ("say", ["Omar Haddad"]),
        ],
    ),
    (
        "a noun before an auxiliary is no verb ('the member states was underlined')",
        (
            "Minister of Culture Anna Berg met Secretary-General of GUAM Ion Rotaru. The "
            "importance of meetings of the member states was also underlined."
        ),
        [["Anna Berg", "Ion Rotaru"]],
        [("stress", ["Anna Berg", "Ion Rotaru"])],
    ),
    (
        "a title whose portfolios are listed with commas is one title ('..., Gender and Sport,')",
        (
            "Minister of Culture Anna Berg met Ms Marcia Reid, Jamaica's Minister of Culture, "
            "Gender, Entertainment and Sport, in Riga. Reid, Minister of Culture, Gender and "
            "Sport, has said her country will send an orchestra."
        ),
        [["Anna Berg", "Marcia Reid"]],
        [("say", ["Marcia Reid"])],
    ),
    (
        "an adverb in '-ly' between subject and verb ('virtually hosted', 'explicitly')",
        (
            "Minister of Culture Anna Berg virtually hosted Minister of Culture of Peru Luis "
            "Soto. Soto explicitly underlined the role of museums."
        ),
        [["Anna Berg", "Luis Soto"]],
        [("stress", ["Luis Soto"])],
    ),
    (
        "an aside opened by a preposition between a name and its verb ('X, in her speech,')",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg, in her "
            "speech, noted the role of museums."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("stress", ["Anna Berg"])],
    ),
    (
        "'X welcomed Y and noted': the statement takes the next verb's act",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg warmly "
            "welcomed the guest and noted the ties of the two museums."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("stress", ["Anna Berg"])],
    ),
    (
        "'was quoted as saying' is the subject's own say, not a passive",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg was quoted "
            "as saying that the festival will open in May. Wei highly valued the plan."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("say", ["Anna Berg"]), ("express", ["Wei Lin"])],
    ),
    (
        "'signed ... with Y': the signatories met, and the signing is their agree",
        (
            "Minister of Culture Anna Berg signed a memorandum of understanding with "
            "Ambassador of China Wei Lin."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("agree", ["Anna Berg", "Wei Lin"])],
    ),
    (
        "a quotation over several sentences attributed by 'wrote on' (a post)",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin.\n\n"
            '"We discussed the festival. There will be concerts in Riga. I hope to see the '
            'orchestra soon," Berg wrote on Monday on Facebook.'
        ),
        [["Anna Berg", "Wei Lin"]],
        [("say", ["Anna Berg"]), ("say", ["Anna Berg"]), ("say", ["Anna Berg"])],
    ),
    (
        (
            "a signing ceremony: those who witness it met; a signatory 'by' joins; a relative "
            "clause's passive is no statement; a particle joined to a name ('el-Kilani')"
        ),
        (
            "Minister of Culture Nadia el-Sayed and Minister of Culture of Peru Luis Soto "
            "witnessed the signing of a protocol, in the presence of Ambassador of Egypt "
            "Omar Haddad. The protocol was signed by Director of the Book Authority Samir "
            "Aziz. It builds on the frameworks that were agreed upon by the two countries."
        ),
        [["Nadia el-Sayed", "Luis Soto", "Omar Haddad", "Samir Aziz"]],
        [("agree", ["Samir Aziz"])],
    ),
    (
        "'At the talks with A, <title>, <title> B said': both officials, each their title",
        (
            "During the talks with Karl Ruud, Deputy Minister of Culture of Norway, "
            "Latvian Minister of Culture Anna Berg said that the two countries share a "
            "history of song festivals."
        ),
        [["Anna Berg", "Karl Ruud"]],
        [("say", ["Anna Berg"])],
    ),
    (
        "a surname only women bear ('-eva') makes 'She' hers",
        (
            "Ambassador of Turkey Serkan Demir met Minister of Culture Gunay Aliyeva. Demir "
            "praised the museums. She noted the ties between the two theatres."
        ),
        [["Serkan Demir", "Gunay Aliyeva"]],
        [("express", ["Serkan Demir"]), ("stress", ["Gunay Aliyeva"])],
    ),
    (
        (
            "'was certain that' is the subject's express; 'the meeting saw discussions';"
            " 'shared details'"
        ),
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg was certain "
            "that the plan will succeed. The meeting also saw discussions on archives. Wei "
            "shared some details about the festival."
        ),
        [["Anna Berg", "Wei Lin"]],
        [
            ("express", ["Anna Berg"]),
            ("discuss", ["Anna Berg", "Wei Lin"]),
            ("inform", ["Wei Lin"]),
        ],
    ),
    (
        "'the First Vice-President' is the official whose title says so",
        (
            "First Vice-President of Azerbaijan Mehriban Aliyeva met Director-General of "
            "UNESCO Audrey Azoulay. The First Vice-President noted the role of heritage."
        ),
        [["Mehriban Aliyeva", "Audrey Azoulay"]],
        [("stress", ["Mehriban Aliyeva"])],
    ),
    (
        "'had a working discussion with Y' is a meeting and a discussion; 'pointed to'",
        (
            "Minister of Culture Anna Berg had a working discussion with Ambassador of China "
            "Wei Lin. Wei also pointed to the ties of museums."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("discuss", ["Anna Berg", "Wei Lin"]), ("stress", ["Wei Lin"])],
    ),
    (
        (
            "'held bilateral talks with the ministers of A, B and C': one meeting with each "
            "holder of the office in those countries"
        ),
        (
            "Minister of Culture of Morocco Karim Alaoui held bilateral talks with the "
            "Ministers of Culture of Peru, Chile and Spain on Monday. He met Minister of "
            "Culture of Peru Luis Soto, Minister of Culture of Chile Ana Rojas and Minister "
            "of Culture of Spain Pablo Ruiz at the expo."
        ),
        [
            ["Karim Alaoui", "Luis Soto"],
            ["Karim Alaoui", "Ana Rojas"],
            ["Karim Alaoui", "Pablo Ruiz"],
            ["Karim Alaoui", "Luis Soto", "Ana Rojas", "Pablo Ruiz"],
        ],
        [],
    ),
    (
        "'discussed with <title>, <name>': the comma between a title and its name",
        (
            "Minister of Culture Lina Haddad has discussed with Ambassador of the Republic of "
            "Peru to Damascus, Luis Soto, ways to hold a week of films. The minister extended "
            "the appreciation to the Peruvian government. Soto delivered opening remarks."
        ),
        [["Lina Haddad", "Luis Soto"]],
        [
            ("discuss", ["Lina Haddad", "Luis Soto"]),
            ("express", ["Lina Haddad"]),
            ("say", ["Luis Soto"]),
        ],
    ),
    (
        "a report inside a report after a time phrase ('said that last year, X had said')",
        (
            "Minister of Culture Anna Berg met Ambassador of China Wei Lin. Berg said that "
            "last year, Prime Minister Karl Ozols had said culture unites the two nations."
        ),
        [["Anna Berg", "Wei Lin"]],
        [("say", ["Karl Ozols"])],
    ),
    (
        "'X introduced Y' at a meeting: Y took part",
        (
            "Minister of Foreign Affairs Anna Berg met Director-General of UNESCO Omar "
            "Haddad. At the beginning of the meeting Berg introduced Luis Soto, the newly "
            "appointed Ambassador to UNESCO."
        ),
        [["Anna Berg", "Omar Haddad", "Luis Soto"]],
        [],
    ),
    (
        "'held, <date>, a meeting with': a parenthesis between the verb and its object",
        (
            "Director-General of ISESCO Omar Haddad held, on 3 May 2022, a video meeting with "
            "Minister of Culture of Mali Awa Traore."
        ),
        [["Omar Haddad", "Awa Traore"]],
        [],
    ),
    (
        "'met' an unnamed counterpart: a meeting of the named official alone",
        (
            "Culture Minister Pedro Alves also met the Angolan Minister of Culture and, during the "
            "meeting, both ministers expressed the wish to expand exchanges."
        ),
        [["Pedro Alves"]],
        [("express", ["Pedro Alves"])],
    ),
    (
        "'attended the event': attendees join the meeting being reported",
        (
            "Minister of Culture Chen Bo met Moroccan culture minister. Deputy Minister Li Na and "
            "Moroccan Ambassador to China Karim Idrissi attended the event."
        ),
        [["Chen Bo", "Li Na", "Karim Idrissi"]],
        [],
    ),
    (
        "'X of both sides' is not 'both sides': its head is X",
        (
            "Minister of Culture Ana Lopes received Ambassador of Chile Diego Rojas. "
            "Experts of both sides signed a work plan."
        ),
        [["Ana Lopes", "Diego Rojas"]],
        [],
    ),
    (
        "'on her part': a parenthetical between the subject and its verb",
        (
            "Minister of Culture Elena Dima met Ambassador of Greece Nikos Pappas. "
            "The minister, on her part, noted the growth of tourism."
        ),
        [["Elena Dima", "Nikos Pappas"]],
        [("stress", ["Elena Dima"])],
    ),
    (
        "a passive report with an adverb after 'was': the meeting's participants",
        (
            "Minister of Culture Dana Ilie met Ambassador of Egypt Omar Saleh. "
            "The restoration of the old theatre was also discussed."
        ),
        [["Dana Ilie", "Omar Saleh"]],
        [("discuss", ["Dana Ilie", "Omar Saleh"])],
    ),
    (
        "'the <demonym> side': the participant of that country",
        (
            "Ambassador of Georgia Levan Beridze met Minister of Culture of Portugal Rita Sousa. "
            "The Georgian side proposed a week of Georgian films in Lisbon."
        ),
        [["Levan Beridze", "Rita Sousa"]],
        [("propose", ["Levan Beridze"])],
    ),
    (
        "'a meeting held <place, date> between A and B'",
        (
            "The plan came out of a meeting held in Dakar on Monday between Minister of Culture "
            "Moussa Diop and the French Ambassador to Senegal, Claire Martin."
        ),
        [["Moussa Diop", "Claire Martin"]],
        [],
    ),
    (
        "'the meeting addressed': what a meeting covered was discussed by its participants",
        (
            "Minister of Culture Ivan Petrov met Ambassador of Serbia Marko Ilic. "
            "The meeting addressed joint film projects."
        ),
        [["Ivan Petrov", "Marko Ilic"]],
        [("discuss", ["Ivan Petrov", "Marko Ilic"])],
    ),
    (
        "an acronym in brackets inside a title does not cut a conjoined subject",
        (
            "President of the Heritage Foundation Leyla Aliyeva and Head of the Turkish "
            "Cooperation "
            "and Coordination Agency (TCCA) Ali Demir discussed joint projects."
        ),
        [["Ali Demir", "Leyla Aliyeva"]],
        [("discuss", ["Ali Demir", "Leyla Aliyeva"])],
    ),
]


def _names(article: culturedipl.Article, ids: tuple[str, ...]) -> list[str]:
    by_id = {official.id: official.name for official in article.officials}
    return sorted(by_id[i] for i in ids)


@pytest.mark.parametrize(
    ("construction", "text", "meetings", "statements"), CASES, ids=[c[0] for c in CASES]
)
def test_construction_is_read(
    construction: str,
    text: str,
    meetings: list[list[str]],
    statements: list[tuple[str, list[str]]],
) -> None:
    """The construction yields exactly its meetings, and its statements among those found."""
    article = culturedipl.parse_text(text)
    found_meetings = [_names(article, m.participants) for m in article.meetings]
    assert found_meetings == [sorted(m) for m in meetings], construction
    if construction.startswith("a welcome at the meeting"):
        (meeting,) = article.meetings
        assert meeting.host is not None
        assert article.official(meeting.host).name == "Omar Haddad"
    found_statements = [(s.act.value, _names(article, s.speakers)) for s in article.statements]
    assert found_statements == [(act, sorted(speakers)) for act, speakers in statements]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Minister of Culture Anna Berg met Ambassador of China Wei Lin in Lisbon.", "Lisbon"),
        (
            (
                "Minister of Culture Anna Berg received Ambassador of China Wei Lin at the "
                "Ministry of Culture and Tourism."
            ),
            "Ministry of Culture and Tourism",
        ),
        ("RIGA, May 3. Minister of Culture Anna Berg met Ambassador of China Wei Lin.", "RIGA"),
        ("Minister of Culture Anna Berg met Ambassador of China Wei Lin on Monday.", None),
        (
            (
                "Minister of Culture Anna Berg met Ambassador of China Wei Lin in the presence "
                "of the press."
            ),
            None,
        ),
    ],
)
def test_meeting_location_is_read_as_worded(text: str, location: str | None) -> None:
    """A meeting's place: a known place or a body's premises after 'in'/'at', else the
    dateline's place in the first paragraph, as the text words it; None when not said."""
    (meeting,) = culturedipl.parse_text(text).meetings
    assert meeting.location == location


def test_a_read_also_link_inside_an_article_is_no_text_and_no_end() -> None:
    """A "READ ALSO: <headline>" line between paragraphs neither ends the body nor
    gives records; the paragraphs after it are read."""
    text = (
        "Minister of Culture Anna Berg met Ambassador of China Wei Lin in Riga on Monday to "
        "discuss the programme of the festival of Chinese culture next spring.\n\n"
        "READ ALSO: Minister Ivo Kalns hails the Harbour Lights Festival\n\n"
        "Berg said that the festival of Chinese culture will open in May with a concert of "
        "the national orchestra and an exhibition of paintings from Beijing museums.\n"
    )
    article = culturedipl.parse_text(text)
    assert "national orchestra" in article.body
    assert [(s.act.value, s.text[:9]) for s in article.statements] == [("say", "Berg said")]
    assert all("Harbour" not in i.name for i in article.initiatives)


def test_titles_around_a_comma_go_to_their_own_names() -> None:
    """In "with A, <title>, <title> B", A's title ends at the comma and B's starts after it."""
    article = culturedipl.parse_text(
        "During the talks with Karl Ruud, Deputy Minister of Culture of Norway, "
        "Latvian Minister of Culture Anna Berg said that ties are strong."
    )
    titles = {o.name: (o.title, o.role.value, o.country) for o in article.officials}
    assert titles == {
        "Karl Ruud": ("Deputy Minister of Culture of Norway", "deputy_minister", "NO"),
        "Anna Berg": ("Latvian Minister of Culture", "minister", "LV"),
    }


def test_a_bare_related_line_starts_the_trailer() -> None:
    """A line reading only "Related", followed by other stories' headlines, ends the body."""
    text = (
        "Minister of Culture Anna Berg met Ambassador of China Wei Lin in Riga.\n"
        "Related\n"
        "Minister Ivo Kalns opens the harbour festival\n"
        "Ambassador Ana Ruiz meets the mayor of Liepaja\n"
    )
    article = culturedipl.parse_text(text)
    assert article.body.endswith("in Riga.")
    assert [o.name for o in article.officials] == ["Anna Berg", "Wei Lin"]


def test_a_misspelt_charge_d_affaires_is_still_the_office() -> None:
    """ "chargé d'affairs" (a common misspelling) names a chargé d'affaires."""
    article = culturedipl.parse_text(
        "Minister of Culture Anna Berg held a virtual meeting with the chargé d’affairs of "
        "the US Embassy in Latvia, Mary Jones."
    )
    roles = {o.name: (o.role.value, o.country) for o in article.officials}
    assert roles["Mary Jones"] == ("charge_d_affaires", "US")
    assert [sorted(article.meetings[0].participants)] == [["o1", "o2"]]
