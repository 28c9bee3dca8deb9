"""Lexicon rows for wordings real news uses: each row a sentence of our own, in and out.

Every case names the row of ``speech_verbs.tsv`` or ``meeting_triggers.tsv`` it
covers and the general construction behind it (ANNOTATION.md decides the
reading). The reader must find exactly the meetings (participants and host)
and statements (act and speakers) listed, by the officials' names.
"""

from __future__ import annotations

import pytest

import culturedipl
from culturedipl import Article

#: the opening sentence of the speakerless cases: the meeting being reported
RECEIVED = "Minister of Culture Ilze Ozola received Ambassador of Peru Jorge Vargas on Tuesday. "
PAIR = ["Ilze Ozola", "Jorge Vargas"]

#: (row, text, meetings as (participants, host), statements as (act, speakers))
CASES: list[tuple[str, str, list[tuple[list[str], str | None]], list[tuple[str, list[str]]]]] = [
    # speech_verbs.tsv: speakerless passives take the meeting's participants
    (
        "it was decided",
        RECEIVED + "It was decided to open a joint exhibition of textiles in Lima next year.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "it was also decided",
        RECEIVED + "It was also decided to exchange delegations of museum curators.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "was decided",
        RECEIVED + "The date of the next film week was decided at the end of the talks.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "an agreement was reached",
        RECEIVED + "During the talks, an agreement was reached on a season of Peruvian cinema.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "agreement was reached",
        RECEIVED + "Full agreement was reached on the loan of the gold collection.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "agreements were reached",
        RECEIVED + "Following the talks, agreements were reached on three joint concerts.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "consensus was reached",
        RECEIVED + "Broad consensus was reached on the protection of archaeological sites.",
        [(PAIR, "Ilze Ozola")],
        [("agree", PAIR)],
    ),
    (
        "was raised",
        RECEIVED + "The question of translating Latvian poetry into Spanish was raised.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "were raised",
        RECEIVED + "Several issues of library cooperation were raised.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "was also raised",
        RECEIVED + "The restoration of the old organ of the cathedral was also raised.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "were also raised",
        RECEIVED + "Questions of visas for touring orchestras were also raised.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "was on the agenda",
        RECEIVED + "A festival of Andean music in Riga was on the agenda.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "were on the agenda",
        RECEIVED + "Student exchanges between the two music academies were on the agenda.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "was also on the agenda",
        RECEIVED + "The digitisation of colonial archives was also on the agenda.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "were also on the agenda",
        RECEIVED + "Translations of children's books were also on the agenda.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "continued with an exchange of views",
        RECEIVED + "The meeting continued with an exchange of views on a joint documentary.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "continued with the exchange of views",
        RECEIVED + "The talks continued with the exchange of views on craft fairs.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "continued with an exchange of opinions",
        RECEIVED + "The meeting continued with an exchange of opinions on theatre tours.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "continued with the exchange of opinions",
        RECEIVED + "The conversation continued with the exchange of opinions on book fairs.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    # speech_verbs.tsv: active forms with a named or plural subject
    (
        "paid special attention",
        RECEIVED + "The sides paid special attention to the training of restorers.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "paid particular attention",
        RECEIVED + "The two officials paid particular attention to youth orchestras.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "paid great attention",
        RECEIVED + "Both sides paid great attention to the safety of museum loans.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "paid close attention",
        RECEIVED + "The parties paid close attention to the film co-production treaty.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "paid attention (one speaker alone)",
        RECEIVED + "The minister paid attention to the needs of small rural libraries.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", ["Ilze Ozola"])],
    ),
    (
        "engaged in discussions (a plural subject; the home minister hosts the envoy)",
        (
            "Minister of Culture of Chile Rosa Pino and Ambassador of Latvia Andris Kalns "
            "engaged in discussions on a festival of Baltic cinema in Santiago."
        ),
        [(["Andris Kalns", "Rosa Pino"], "Rosa Pino")],
        [("discuss", ["Andris Kalns", "Rosa Pino"])],
    ),
    (
        "engaged in a discussion (with Y: both speak, and so met)",
        (
            "Minister of Culture of Chile Rosa Pino engaged in a discussion with Ambassador of "
            "Latvia Andris Kalns about choirs."
        ),
        [(["Andris Kalns", "Rosa Pino"], "Rosa Pino")],
        [("discuss", ["Andris Kalns", "Rosa Pino"])],
    ),
    # speech_verbs.tsv: invitations, wishes and briefings worded with a determiner
    (
        "extended a special invitation",
        RECEIVED
        + "Vargas extended a special invitation to the minister to the Inti Raymi in Cusco.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "extended a cordial invitation",
        RECEIVED + "Ozola extended a cordial invitation to the ambassador to the Song Festival.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "extended a warm invitation",
        RECEIVED + "The ambassador extended a warm invitation to Latvian choirs.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "extended an official invitation",
        RECEIVED + "The minister extended an official invitation to Peruvian weavers.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "extended a formal invitation",
        RECEIVED + "Vargas extended a formal invitation to the minister to visit Lima.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "extended his invitation",
        RECEIVED + "Vargas extended his invitation to the Riga Opera to tour Peru.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "extended her invitation",
        RECEIVED + "Ozola extended her invitation to the ambassador's family.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "renewed his invitation",
        RECEIVED + "Vargas renewed his invitation to the minister to visit Machu Picchu.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "renewed her invitation",
        RECEIVED + "Ozola renewed her invitation to Peruvian poets.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "renewed the invitation",
        RECEIVED + "The ambassador renewed the invitation to the Latvian National Opera.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "reiterated his invitation",
        RECEIVED + "Vargas reiterated his invitation to the minister to open the film week.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Jorge Vargas"])],
    ),
    (
        "reiterated her invitation",
        RECEIVED + "Ozola reiterated her invitation to the Peruvian folk ensemble.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "reiterated the invitation",
        RECEIVED + "The minister reiterated the invitation to Peruvian painters.",
        [(PAIR, "Ilze Ozola")],
        [("invite", ["Ilze Ozola"])],
    ),
    (
        "extended best wishes",
        RECEIVED + "Ozola extended best wishes to the people of Peru.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Ilze Ozola"])],
    ),
    (
        "extended his best wishes",
        RECEIVED + "Vargas extended his best wishes to the Latvian people.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Jorge Vargas"])],
    ),
    (
        "extended her best wishes",
        RECEIVED + "The minister extended her best wishes for the ambassador's tenure.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Ilze Ozola"])],
    ),
    (
        "extended their best wishes",
        RECEIVED + "Both officials extended their best wishes to the young musicians.",
        [(PAIR, "Ilze Ozola")],
        [("express", PAIR)],
    ),
    (
        "extended felicitations",
        RECEIVED + "Vargas extended felicitations on Latvia's Independence Day.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Jorge Vargas"])],
    ),
    (
        "extended his felicitations",
        RECEIVED + "The ambassador extended his felicitations to the new director.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Jorge Vargas"])],
    ),
    (
        "extended her felicitations",
        RECEIVED + "Ozola extended her felicitations on the national day of Peru.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Ilze Ozola"])],
    ),
    (
        "shed light on",
        RECEIVED + "The minister shed light on the plans for the new concert hall.",
        [(PAIR, "Ilze Ozola")],
        [("inform", ["Ilze Ozola"])],
    ),
    (
        "sheds light on",
        RECEIVED + "Vargas sheds light on the restoration of colonial churches.",
        [(PAIR, "Ilze Ozola")],
        [("inform", ["Jorge Vargas"])],
    ),
    (
        "threw light on",
        RECEIVED + "The ambassador threw light on Peru's national museum network.",
        [(PAIR, "Ilze Ozola")],
        [("inform", ["Jorge Vargas"])],
    ),
    # speech_verbs.tsv: more wordings of the guide's acts
    (
        "mulled over",
        RECEIVED + "The two officials mulled over a season of Peruvian films in Riga.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "mulled",
        RECEIVED + "The sides mulled ways to exchange music students.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "shared the view",
        RECEIVED + "Both officials shared the view that music brings the peoples closer.",
        [(PAIR, "Ilze Ozola")],
        [("inform", PAIR)],
    ),
    (
        "shared the views",
        RECEIVED + "Vargas shared the views of Peruvian curators on the loans.",
        [(PAIR, "Ilze Ozola")],
        [("inform", ["Jorge Vargas"])],
    ),
    (
        "highly appraised",
        RECEIVED + "Vargas highly appraised the work of the Latvian National Library.",
        [(PAIR, "Ilze Ozola")],
        [("express", ["Jorge Vargas"])],
    ),
    (
        "gave the assurance",
        RECEIVED + "Ozola gave the assurance that Latvian choirs would tour Peru.",
        [(PAIR, "Ilze Ozola")],
        [("say", ["Ilze Ozola"])],
    ),
    (
        "gave an assurance",
        RECEIVED + "The ambassador gave an assurance that the loans would be insured.",
        [(PAIR, "Ilze Ozola")],
        [("say", ["Jorge Vargas"])],
    ),
    (
        "gave assurances",
        RECEIVED + "The minister gave assurances that the archives would stay open.",
        [(PAIR, "Ilze Ozola")],
        [("say", ["Ilze Ozola"])],
    ),
    (
        "had an in-depth exchange of views",
        RECEIVED + "The two officials had an in-depth exchange of views on choirs.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "had in-depth exchanges of views",
        RECEIVED + "Both sides had in-depth exchanges of views on museum loans.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "held an in-depth exchange of views",
        RECEIVED + "The sides held an in-depth exchange of views on film archives.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "had exchanges of views",
        RECEIVED + "The two sides had exchanges of views on theatre festivals.",
        [(PAIR, "Ilze Ozola")],
        [("discuss", PAIR)],
    ),
    (
        "ratified the will",
        RECEIVED + "The sides ratified the will to hold a week of Peruvian cinema.",
        [(PAIR, "Ilze Ozola")],
        [("stress", PAIR)],
    ),
    (
        "ratified their will",
        RECEIVED + "Both parties ratified their will to exchange ballet dancers.",
        [(PAIR, "Ilze Ozola")],
        [("stress", PAIR)],
    ),
    (
        "ratified the willingness",
        RECEIVED + "Ozola ratified the willingness of Latvia to lend its icons.",
        [(PAIR, "Ilze Ozola")],
        [("stress", ["Ilze Ozola"])],
    ),
    (
        "ratified their willingness",
        RECEIVED + "Both parties ratified their willingness to expand exchanges.",
        [(PAIR, "Ilze Ozola")],
        [("stress", PAIR)],
    ),
    (
        "ratified the commitment",
        RECEIVED + "Vargas ratified the commitment of Peru to the joint catalogue.",
        [(PAIR, "Ilze Ozola")],
        [("stress", ["Jorge Vargas"])],
    ),
    (
        "ratified their commitment",
        RECEIVED + "The two officials ratified their commitment to heritage work.",
        [(PAIR, "Ilze Ozola")],
        [("stress", PAIR)],
    ),
    (
        "appealed to",
        RECEIVED + "Vargas appealed to Latvian museums to lend works for the exhibition.",
        [(PAIR, "Ilze Ozola")],
        [("propose", ["Jorge Vargas"])],
    ),
    # meeting_triggers.tsv
    (
        "was also received by (recvby, an adverb after the auxiliary)",
        (
            "Minister of Culture of Chile Rosa Pino visited Latvia. Pino was also received by "
            "President of Latvia Juris Liepa."
        ),
        [(["Juris Liepa", "Rosa Pino"], "Juris Liepa")],
        [],
    ),
    (
        "were later received by (recvby)",
        (
            "Minister of Culture of Chile Rosa Pino and Ambassador of Chile Pablo Rojas were "
            "later received by President of Latvia Juris Liepa."
        ),
        [(["Juris Liepa", "Pablo Rojas", "Rosa Pino"], "Juris Liepa")],
        [],
    ),
    (
        "was met ... by (recvby: the one who meets the guest hosts)",
        "Ambassador of Peru Jorge Vargas was met at the museum by Minister of Culture Ilze Ozola.",
        [(PAIR, "Ilze Ozola")],
        [],
    ),
    (
        "made a courtesy call on (visit: the one called on hosts)",
        "Ambassador of Peru Jorge Vargas made a courtesy call on Minister of Culture Ilze Ozola.",
        [(PAIR, "Ilze Ozola")],
        [],
    ),
    (
        "made an official visit to (visit)",
        (
            "Ambassador of Peru Jorge Vargas made an official visit to Minister of Culture "
            "Ilze Ozola on Friday."
        ),
        [(PAIR, "Ilze Ozola")],
        [],
    ),
    (
        "granted an audience to (recv: the one who grants hosts)",
        "President of Latvia Juris Liepa granted an audience to Ambassador of Peru Jorge Vargas.",
        [(["Jorge Vargas", "Juris Liepa"], "Juris Liepa")],
        [],
    ),
    (
        "had an audience with (visit: the one received in audience hosts)",
        "Ambassador of Peru Jorge Vargas had an audience with President of Latvia Juris Liepa.",
        [(["Jorge Vargas", "Juris Liepa"], "Juris Liepa")],
        [],
    ),
    (
        "spoke on the phone with (met)",
        (
            "Minister of Culture Ilze Ozola spoke on the phone with Minister of Culture of Chile "
            "Rosa Pino."
        ),
        [(["Ilze Ozola", "Rosa Pino"], None)],
        [],
    ),
    (
        "telephoned (met)",
        "Minister of Culture Ilze Ozola telephoned Minister of Culture of Chile Rosa Pino.",
        [(["Ilze Ozola", "Rosa Pino"], None)],
        [],
    ),
]


def _names(article: Article, ids: tuple[str, ...]) -> list[str]:
    return sorted(article.official(i).name for i in ids)


@pytest.mark.parametrize(
    ("row", "text", "meetings", "statements"), CASES, ids=[case[0] for case in CASES]
)
def test_lexicon_row_is_read(
    row: str,
    text: str,
    meetings: list[tuple[list[str], str | None]],
    statements: list[tuple[str, list[str]]],
) -> None:
    """The row's sentence yields exactly its meetings with their hosts, and its statements."""
    article = culturedipl.parse_text(text)
    found_meetings = [
        (
            _names(article, m.participants),
            None if m.host is None else article.official(m.host).name,
        )
        for m in article.meetings
    ]
    assert found_meetings == [(sorted(p), host) for p, host in meetings], row
    found_statements = [(s.act.value, _names(article, s.speakers)) for s in article.statements]
    assert found_statements == [(act, sorted(speakers)) for act, speakers in statements], row


@pytest.mark.parametrize(
    "text",
    [
        # "raised" alone is no speech: only its passive, with a meeting being reported
        RECEIVED + "The ambassador was born and raised in Cusco.",
        RECEIVED + "The minister raised funds for the new concert hall last year.",
        # a guest met by an audience, not an official, met no one
        "Ambassador of Peru Jorge Vargas was met with warm applause by the audience.",
        # a parliament ratifying an agreement is no official's speech, and an exhibition
        # appealing to visitors is no appeal
        RECEIVED + "The parliament of Peru ratified the agreement on museums last year.",
        RECEIVED + "The new exhibition appealed to young visitors from both countries.",
        # light shed by things, not officials, is no briefing
        RECEIVED + "The new lamps shed light on the frescoes of the old chapel.",
        # a decision reported with no meeting around it has no speakers to take
        "It was decided to open a joint exhibition of textiles in Lima next year.",
    ],
)
def test_near_misses_are_no_statements(text: str) -> None:
    """Wordings close to the new rows that report no speech give no statement."""
    assert culturedipl.parse_text(text).statements == ()


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Minister of Culture Ilze Ozola opened the 2nd Latvia-Peru Arts and Crafts Showcase.",
            "Latvia-Peru Arts and Crafts Showcase",
            "festival",
        ),
        (
            "Minister of Culture Ilze Ozola praised the Baltic Design Showcases in Lima.",
            "Baltic Design Showcases",
            "festival",
        ),
        (
            "Ambassador Wei Lin invited Minister Ilze Ozola to the Spring Festival Gala.",
            "Spring Festival Gala",
            "festival",
        ),
    ],
)
def test_initiative_head_row_names_an_initiative(text: str, name: str, kind: str) -> None:
    """A name ending in a head word of initiatives.tsv is an initiative of the head's kind."""
    found = [(i.name, i.kind.value) for i in culturedipl.parse_text(text).initiatives]
    assert found == [(name, kind)]


def test_a_gala_dinner_is_no_initiative() -> None:
    """A head word in lower case, outside a name ("a gala dinner"), names nothing."""
    text = "Minister of Culture Ilze Ozola attended a gala dinner with Ambassador Wei Lin."
    assert culturedipl.parse_text(text).initiatives == ()


@pytest.mark.parametrize(
    ("title", "organization"),
    [
        ("Director-General of the Pacific Community", "Pacific Community"),
        ("Secretary-General of the Secretariat of the Pacific Community", "Pacific Community"),
        ("Director of SEAMEO", "SEAMEO"),
        ("Executive Director of the ASEAN Foundation", "ASEAN Foundation"),
        ("Director-General of the OECS Commission", "OECS"),
        ("Secretary-General of the Central American Integration System", "SICA"),
        ("Secretary-General of the Andean Community", "Andean Community"),
        ("President of the Inter-American Development Bank", "IDB"),
        ("Director-General of the Council of the Baltic Sea States", "CBSS"),
        ("Executive Director of the International Visegrad Fund", "International Visegrad Fund"),
        ("Secretary-General of PABSEC", "PABSEC"),
        ("Secretary General of the Inter-Parliamentary Union", "IPU"),
        ("Secretary-General of United Cities and Local Governments", "UCLG"),
        ("Secretary General of the East African Community", "EAC"),
        ("Executive Secretary of IGAD", "IGAD"),
        ("Secretary-General of the Economic Community of Central African States", "ECCAS"),
        ("Secretary-General of the OACPS", "OACPS"),
        ("Director of the Asia-Pacific Cultural Centre for UNESCO", "ACCU"),
    ],
)
def test_official_of_an_international_body_carries_it(title: str, organization: str) -> None:
    """An official titled by a body of organizations.tsv represents that body, not a state."""
    text = f"{title} Maria Tanaka met Minister of Culture of Peru Luis Soto in Lima."
    officials = {o.name: o for o in culturedipl.parse_text(text).officials}
    assert officials["Maria Tanaka"].organization == organization
    assert officials["Maria Tanaka"].country is None


def test_can_is_no_organization() -> None:
    """The modal "can" is no abbreviation of the Andean Community."""
    text = "Minister of Culture of Peru Luis Soto said the two museums can exchange curators."
    assert [o.organization for o in culturedipl.parse_text(text).officials] == [None]


#: a sentence that follows each credit: a meeting of two officials
MET = "Minister of Culture Ilze Ozola met Ambassador of Peru Jorge Vargas."


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{MET[:-1]}, Jakarta Globe reports.", "Jakarta Globe"),
        (f"By Kompas\n\n{MET}", "Kompas"),
        (f"{MET[:-1]}, Malay Mail reports.", "Malay Mail"),
        (f"{MET[:-1]}, Philippine Star reports.", "The Philippine Star"),
        (f"By The Philippine Star\n\n{MET}", "The Philippine Star"),
        (f"{MET[:-1]}, Myanmar Times reports.", "The Myanmar Times"),
        (f"{MET[:-1]}, Asahi Shimbun reports.", "The Asahi Shimbun"),
        (f"By The Asahi Shimbun\n\n{MET}", "The Asahi Shimbun"),
        (f"{MET[:-1]}, Mainichi reports.", "The Mainichi"),
        (f"By The Mainichi\n\n{MET}", "The Mainichi"),
        (f"{MET[:-1]}, Balkan Insight reports.", "Balkan Insight"),
        (f"By Kathimerini\n\n{MET}", "Kathimerini"),
        (f"{MET[:-1]}, Baltic Times reports.", "The Baltic Times"),
        (f"{MET[:-1]}, LRT reports.", "LRT"),
        (f"By LSM\n\n{MET}", "LSM"),
        (f"{MET[:-1]}, Ukrainska Pravda reports.", "Ukrainska Pravda"),
        (f"By CMC\n\n{MET}", "CMC"),
        (f"{MET[:-1]}, Caribbean Media Corporation reports.", "CMC"),
        (f"{MET[:-1]}, The Gleaner reports.", "The Gleaner"),
        (f"By Jamaica Gleaner\n\n{MET}", "The Gleaner"),
        (f"LIMA, May 3 (Trinidad and Tobago Newsday) -- {MET}", "Newsday"),
        (f"{MET[:-1]}, Fiji Times reports.", "The Fiji Times"),
        (f"By Fiji Sun\n\n{MET}", "Fiji Sun"),
        (f"{MET[:-1]}, Fiji Broadcasting Corporation reports.", "FBC News"),
        (f"{MET[:-1]}, PINA reports.", "PINA"),
        (f"{MET[:-1]}, Pacific Islands News Association reports.", "PINA"),
        (f"By Post-Courier\n\n{MET}", "Post-Courier"),
        (f"{MET[:-1]}, PNG Post-Courier reports.", "Post-Courier"),
        (f"{MET[:-1]}, Solomon Star reports.", "Solomon Star"),
        (f"By Matangi Tonga\n\n{MET}", "Matangi Tonga"),
        (f"{MET[:-1]}, Islands Business reports.", "Islands Business"),
        (f"{MET[:-1]}, Daily Graphic reports.", "Graphic Online"),
        (f"By GhanaWeb\n\n{MET}", "GhanaWeb"),
        (f"{MET[:-1]}, Citi Newsroom reports.", "Citi Newsroom"),
        (f"{MET[:-1]}, Daily Nation reports.", "Nation"),
        (f"By Nation Africa\n\n{MET}", "Nation"),
        (f"{MET[:-1]}, New Vision reports.", "New Vision"),
        (f"By News24\n\n{MET}", "News24"),
        (f"{MET[:-1]}, IOL reports.", "IOL"),
    ],
)
def test_outlet_row_is_credited(text: str, outlet: str) -> None:
    """An outlet of outlets.tsv in a by-line, a dateline's brackets or "X reports" is the
    article's outlet, under its canonical name."""
    assert culturedipl.parse_text(text).outlet == outlet
