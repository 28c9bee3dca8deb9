"""Meetings, their hosts and dates in constructions of real articles unlike our own
sets (round 4): literal tables of texts in, meetings out.

Each case is a general construction seen in real articles from outlets the rules
were not written against; the sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from culturedipl import parse_text
from culturedipl._dates import date_in

Meeting = tuple[list[str], str | None, dt.date | None]


def _meetings(text: str, *, date_line: str = "") -> list[Meeting]:
    """The meetings of *text* as (sorted participant names, host name, date)."""
    article = parse_text(date_line + "Ministers meet\n\n" + text + "\n")
    names = {o.id: o.name for o in article.officials}
    return [
        (sorted(names[p] for p in m.participants), names.get(m.host or ""), m.date)
        for m in article.meetings
    ]


# (sentence, publication date, the date it gives)
DATES: list[tuple[str, dt.date | None, dt.date | None]] = [
    # a weekday written before its date is that date, with or without a publication date
    ("They met in Accra on Friday, 23rd September 2022.", None, dt.date(2022, 9, 23)),
    ("They met on Tuesday 4 May 2021 in Rome.", None, dt.date(2021, 5, 4)),
    ("They met on Tuesday, 4 May 2021.", dt.date(2021, 5, 6), dt.date(2021, 5, 4)),
    # a weekday alone is still read against the publication date
    ("They met on Tuesday in Rome.", dt.date(2021, 5, 6), dt.date(2021, 5, 4)),
    ("They met on Tuesday in Rome.", None, None),
    # a date opening the text with a dash is when it was filed: the event's date after
    # it wins
    (
        "17 May 2016 - A and B signed a programme on May 13 in Yangon.",
        dt.date(2016, 5, 17),
        dt.date(2016, 5, 13),
    ),
    ("17 May 2016 – A and B signed a programme.", None, dt.date(2016, 5, 17)),
    ("17 May 2016 A and B met on May 13.", None, dt.date(2016, 5, 17)),
    # a weekday and a date further on: the weekday comes first
    (
        "They met on Tuesday, a week after the accord of 1 April 2021.",
        dt.date(2021, 5, 6),
        dt.date(2021, 5, 4),
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), DATES)
def test_dates_of_real_constructions(
    sentence: str, published: dt.date | None, expected: dt.date | None
) -> None:
    """The sentence gives this date for its event."""
    assert date_in(sentence, published) == expected


# (text, [(sorted participant names, date), ...]), published 2021-05-07
_PUBLISHED = "date 2021-05-07\n"
DATED: list[tuple[str, list[tuple[list[str], dt.date | None]]]] = [
    # the lead dates the story's first meeting, reported after it with no date
    (
        (
            "Culture Minister Anna Berg on Tuesday said film was a bridge between nations."
            " She said this during a meeting with Italian Ambassador Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], dt.date(2021, 5, 4))],
    ),
    (
        (
            "The culture ministries of Italy and Spain held their first consultations on"
            " 3 May 2021. The consultations, attended by Spanish Culture Minister Luis Soto"
            " and Italian Culture Minister Marco Rossi, focused on film and music."
        ),
        [(["Luis Soto", "Marco Rossi"], dt.date(2021, 5, 3))],
    ),
    # a date of its own wins; a later meeting takes no lead date
    (
        (
            "Culture Minister Anna Berg on Tuesday said film unites nations. On Monday she met"
            " Italian Ambassador Marco Rossi. She also met Spanish Ambassador Luis Soto."
        ),
        [
            (["Anna Berg", "Marco Rossi"], dt.date(2021, 5, 3)),
            (["Anna Berg", "Luis Soto"], None),
        ],
    ),
    # a lead three sentences back is another story's
    (
        (
            "The film week opened on Tuesday. Tickets sold out. Crowds came. Culture"
            " Minister Anna Berg met Italian Ambassador Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_meeting_dates_of_real_constructions(
    text: str, expected: list[tuple[list[str], dt.date | None]]
) -> None:
    """The text reports exactly these meetings, on these dates."""
    found = _meetings(text, date_line=_PUBLISHED)
    assert [(names, date) for names, _, date in found] == expected


# (text, [(sorted participant names, host name or None), ...])
HOSTED: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # a meeting with an unnamed counterpart, in an opening phrase: a meeting of the
    # subject alone; an adjective before the noun as well
    (
        (
            "Culture Minister Anna Berg arrived in Rome this week. In a key bilateral"
            " meeting with Italy’s Minister for Culture, Minister Berg highlighted the film"
            " week."
        ),
        [(["Anna Berg"], None)],
    ),
    (
        (
            "Culture Minister Anna Berg arrived in Rome this week. In a separate meeting"
            " with the Italian culture minister, Berg proposed a film week."
        ),
        [(["Anna Berg"], None)],
    ),
    # the counterpart of the meeting being reported is no new meeting
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi on Monday. At"
            " the meeting with the ambassador, Berg proposed a film week."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED)
def test_meetings_and_hosts_of_real_constructions(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


# (text, [(sorted participant names, host name or None), ...])
NAMED_AFTER: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # a meeting reported as held with no one named: the first officials who speak
    # after it took part
    (
        (
            "The fifth meeting of the culture ministers of the Nordic and Baltic states"
            " took place in Oslo. The event was held online. The ministers discussed"
            " film. Latvian Culture Minister Anna Berg proposed a joint film week."
        ),
        [(["Anna Berg"], None)],
    ),
    # a role met an unnamed visitor; the home official is named next, and hosts
    (
        (
            "OSLO, May 5 -- The Minister of Culture met with the visiting Italian"
            " Minister of Culture. According to the ministry, Norwegian Culture Minister"
            " Anna Berg said the two countries could work together in film."
        ),
        [(["Anna Berg"], "Anna Berg")],
    ),
    # "held talks in Rome" with no one named: the meeting named next took place there
    (
        (
            "SEOUL, May 5 -- Diplomats of South Korea and Italy held talks in Rome on"
            " Friday. Kim Min-ji, director general at the ministry's cultural affairs"
            " bureau, met with her Italian counterpart, Marco Rossi."
        ),
        [(["Kim Min-ji", "Marco Rossi"], "Marco Rossi")],
    ),
    # too far on, or after a meeting with names: no one joins
    (
        (
            "The fifth meeting of the culture ministers of the Nordic and Baltic states"
            " took place in Oslo. The event was held online. Film was discussed. Music"
            " was discussed. Theatre was discussed. Dance was discussed. Books were"
            " discussed. Latvian Culture Minister Anna Berg proposed a joint film week."
        ),
        [],
    ),
    (
        (
            "The fifth meeting of the culture ministers took place in Oslo. Latvian"
            " Culture Minister Anna Berg met Italian Ambassador Marco Rossi. Norwegian"
            " Culture Minister Ola Dahl said film unites nations."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    # a planned meeting is none
    (
        (
            "The fifth meeting of the culture ministers will take place in Oslo. Latvian"
            " Culture Minister Anna Berg said film unites nations."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER)
def test_meetings_named_after_their_report(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


# (text, [(sorted participant names, host name or None), ...])
UNNAMED_GUESTS: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # "held a meeting with ambassadors of ...": a meeting of the one named, whom the
    # attendees named after it join; a home official hosts the unnamed guests
    (
        (
            "OSLO, May 5 -- Norwegian Culture Minister Anna Berg held a meeting with"
            " ambassadors of Nordic states on Tuesday. The meeting held here at the"
            " National Council of the Arts (NCA) attended by Ambassador of Italy to Norway"
            " Marco Rossi and Spanish Ambassador Luis Soto."
        ),
        [(["Anna Berg", "Luis Soto", "Marco Rossi"], "Anna Berg")],
    ),
    (
        "Norwegian Culture Minister Anna Berg held talks with envoys of the Baltic states.",
        [(["Anna Berg"], "Anna Berg")],
    ),
    # an event that is no meeting, held and attended: no one joins the meeting
    (
        (
            "Culture Minister Anna Berg met Italian Ambassador Marco Rossi on Tuesday. The"
            " film festival held in Oslo (Norway) attended by Spanish Ambassador Luis Soto"
            " opened on Friday."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
    # "met his counterparts" announces the meetings reported next
    (
        (
            "Culture Minister Anna Berg met her Italian and Spanish counterparts in"
            " separate talks. In a meeting with Italian Culture Minister Marco Rossi, Berg"
            " proposed a film week."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_GUESTS)
def test_meetings_with_unnamed_guests(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


# (text, [(sorted participant names, host name or None), ...])
PRONOUN_SUBJECTS: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # an official named as the subject of a sentence with no reporting verb is whom a
    # pronoun after it means
    (
        (
            "Norwegian Culture Minister Anna Berg arrived in Rome on Monday for a"
            " three-day visit. She met Italian Culture Minister Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    (
        (
            "Italian Ambassador Marco Rossi toured the new film archive in Oslo. He later"
            " called on Norwegian Culture Minister Anna Berg."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
    # not when the name stands in a phrase before the subject
    (
        (
            "A film on Italian Ambassador Marco Rossi opened in Oslo. She met Norwegian"
            " Culture Minister Anna Berg."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_SUBJECTS)
def test_pronoun_subjects_after_a_sentence_without_speech(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


def test_pronoun_after_a_sentence_without_speech_speaks() -> None:
    """ "X arrived in Rome. She proposed ...": X proposed."""
    article = parse_text(
        "Ministers meet\n\nCulture Minister Anna Berg arrived in Rome this week. She"
        " proposed a joint film week.\n"
    )
    names = {o.id: o.name for o in article.officials}
    assert [[names[p] for p in st.speakers] for st in article.statements] == [["Anna Berg"]]


# (text, [(sorted participant names, host name or None), ...])
PREMISES: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # a meeting at the headquarters of one side's body: that side hosts, even during
    # the other's visit to the city
    (
        (
            "Norwegian Culture Minister Anna Berg, who is visiting Paris for a film"
            " festival, met with the Director-General of UNESCO Audrey Azoulay at the"
            " headquarters of UNESCO."
        ),
        [(["Anna Berg", "Audrey Azoulay"], "Audrey Azoulay")],
    ),
    # at the ministry's premises: the one home official meeting foreigners hosts
    (
        (
            "At the headquarters of the Ministry of Culture, Norwegian Deputy"
            " Culture Minister Ola Dahl met Japanese Culture Minister Ken Sato."
        ),
        [(["Ken Sato", "Ola Dahl"], "Ola Dahl")],
    ),
    # the premises of no participant's body: no host from them
    (
        (
            "Norwegian Culture Minister Anna Berg met Italian Culture Minister Marco Rossi"
            " at the headquarters of UNESCO."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREMISES)
def test_meetings_at_one_sides_premises(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


# (text, [(sorted participant names, host name or None), ...])
SIGNINGS: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # a suffix after a signatory's name ("Jr.") does not end the list of signatories;
    # who witnessed the signing after it was there
    (
        (
            "Dr. Ana Cruz, Jr., Chairman of the National Commission for Culture and the"
            " Arts (NCCA) and Daw Mya Win, Permanent Secretary of the Ministry of Culture of"
            " Myanmar, signed an Executive Program on cultural cooperation. Philippine"
            " Ambassador to Myanmar Jose Santos, who witnessed the signing ceremony,"
            " expressed hope for more exchanges."
        ),
        [(["Ana Cruz, Jr.", "Jose Santos", "Mya Win"], None)],
    ),
    # a witness with no signing reported just before meets no one
    (
        (
            "Norwegian Culture Minister Anna Berg met Italian Ambassador Marco Rossi on"
            " Monday. Spanish Ambassador Luis Soto witnessed the signing of a film accord"
            " in Madrid."
        ),
        [(["Anna Berg", "Marco Rossi"], "Anna Berg")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNINGS)
def test_signings_and_their_witnesses(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


def test_a_city_and_its_country_say_who_hosts() -> None:
    """ "signed ... in Nay Pyi Taw, Myanmar": the official of Myanmar hosts, and the
    date after the filing date is the meeting's."""
    text = (
        "date 2016-05-17\nMinisters meet\n\n17 May 2016 - Philippine Culture Secretary"
        " Ana Cruz and Myanmar Culture Minister Mya Win signed a cultural programme on"
        " May 13 in Nay Pyi Taw, Myanmar.\n"
    )
    article = parse_text(text)
    names = {o.id: o.name for o in article.officials}
    assert [(names.get(m.host or ""), m.date) for m in article.meetings] == [
        ("Mya Win", dt.date(2016, 5, 13))
    ]


def test_a_welcome_at_the_meeting_reported_is_no_new_meeting() -> None:
    """ "At the outset, X welcomed Y's visit": the greeting belongs to the meeting just
    reported, which keeps those who joined it."""
    found = _meetings(
        "Foreign Minister Anna Berg received a courtesy call from Italian Culture"
        " Minister Marco Rossi, who is visiting Norway. Italian Ambassador Luis Soto was"
        " also present. At the outset, Minister Berg welcomed Minister Rossi's visit to"
        " Norway and said film was a bridge between nations."
    )
    assert [(names, host) for names, host, _ in found] == [
        (["Anna Berg", "Luis Soto", "Marco Rossi"], "Anna Berg")
    ]


# (text, [(sorted participant names, host name or None), ...])
PRESS_CONFERENCES: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # a joint press conference with someone is a meeting of the speaker and them,
    # held where the sentence says
    (
        (
            "Cultural ties will grow, Norwegian Culture Minister Anna Berg said at a joint"
            " press conference on Monday in Rome with Italian Culture Minister Marco Rossi."
        ),
        [(["Anna Berg", "Marco Rossi"], "Marco Rossi")],
    ),
    # a press conference of one official alone is none
    (
        (
            "Cultural ties will grow, Norwegian Culture Minister Anna Berg said at a press"
            " conference on Monday in Rome."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESS_CONFERENCES)
def test_joint_press_conferences(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected


# (text, [(sorted participant names, host name or None), ...])
SESSIONS: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    # "held a working session with Y" is a meeting, with an unnamed ministry as well
    (
        (
            "Norwegian Culture Minister Anna Berg held a working session with Italian"
            " Culture Minister Marco Rossi on Monday."
        ),
        [(["Anna Berg", "Marco Rossi"], None)],
    ),
    (
        (
            "Norwegian Culture Minister Anna Berg said the Norwegian delegation held a"
            " working session with the Italian Ministry of Culture during its stay."
        ),
        [(["Anna Berg"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SESSIONS)
def test_working_sessions(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """The text reports exactly these meetings, with these hosts."""
    assert [(names, host) for names, host, _ in _meetings(text)] == expected
