"""Meetings: what a receiving verb and a visit's object do not report.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

from culturedipl import parse_text

OPENING = (
    "(Cairo) - Prince Omar Haddad, Ruler of Qadira, met with Dr. Samir Nabil,"
    " Egyptian Minister of Culture, in Cairo. "
)


def participants(text: str) -> list[list[str]]:
    article = parse_text(text)
    names = {o.id: o.name for o in article.officials}
    return [sorted(names.get(p, p) for p in m.participants) for m in article.meetings]


def test_a_gift_received_receives_no_one() -> None:
    # "X received a souvenir from the ministry": a gift taken, no meeting; the one who
    # attends next joins the meeting reported
    text = OPENING + (
        "Nabil hosted a dinner, at which Prince Omar received a souvenir from the ministry."
        " The meeting was attended by Karim Fadel, Ambassador of Qadira to Egypt."
    )
    assert participants(text) == [["Karim Fadel", "Omar Haddad", "Samir Nabil"]]


def test_a_person_received_is_still_met() -> None:
    text = OPENING + "Later, Nabil received the Ambassador of Qadira, Karim Fadel."
    assert ["Karim Fadel", "Samir Nabil"] in participants(text)


def test_an_apostrophe_closing_a_name_leaves_it_the_subject() -> None:
    # "Mr. Da'ud Jaama' received Y": a transliterated ayn (or a possessive's mark) after
    # the name stands between the subject and its verb
    text = (
        "Mogadishu - Today, Somalia’s Minister of Information, Culture, and Tourism,"
        " Mr. Da’ud Aweys Jaama’ warmly received Karin Holm, the European Union Ambassador"
        " to Somalia, at his office in Mogadishu."
    )
    assert participants(text) == [["Da’ud Aweys Jaama", "Karin Holm"]]


def test_a_courtesy_call_by_someone_is_a_meeting_of_the_one_called_on() -> None:
    # "X was speaking at a courtesy call by Y": Y called on X, who hosts
    text = (
        "KINGSTON - Minister of Information Robert Mills has hailed the ties with China."
        " He was speaking at a courtesy call by Chinese Ambassador to Jamaica, His"
        " Excellency Chen Dao, at the Office of the Prime Minister on Wednesday."
    )
    article = parse_text(text)
    names = {o.id: o.name for o in article.officials}
    assert [
        (sorted(names[p] for p in m.participants), names.get(m.host or ""))
        for m in article.meetings
    ] == [(["Chen Dao", "Robert Mills"], "Robert Mills")]


def test_talks_in_a_place_between_two_officials_are_their_meeting() -> None:
    # "Friday's talks in Madrid between A and B": the place between the noun and "between"
    text = (
        "One topic of Friday's talks in Madrid between Polish Culture Minister Jan Nowak"
        " and Spanish Culture Minister Luis Ortega was a joint festival."
    )
    assert participants(text) == [["Jan Nowak", "Luis Ortega"]]


def test_the_participants_are_all_at_the_meeting() -> None:
    # "The participants discussed ...": a group noun for everyone at the meeting
    text = OPENING + "The participants discussed the state of bilateral exchanges."
    article = parse_text(text)
    names = {o.id: o.name for o in article.officials}
    assert [sorted(names[p] for p in s.speakers) for s in article.statements] == [
        ["Omar Haddad", "Samir Nabil"]
    ]


def test_a_series_of_meetings_then_those_met_are_one_meeting_each() -> None:
    # "X held a series of bilateral meetings ... X met with A, B and C": one each
    open_series = (
        "Minister of Culture Tamara Vukic held a series of bilateral meetings on the"
        " sidelines of the Platform for Culture, the ministry announced.\n"
        "As announced, Vukic met with the Minister of Culture of Hungary, Balazs Hanko,"
        " the Minister of Culture of North Macedonia, Zoran Lutkov, and the Deputy"
        " Director General of the Directorate, Norman Poppe."
    )
    assert participants(open_series) == [
        ["Balazs Hanko", "Tamara Vukic"],
        ["Tamara Vukic", "Zoran Lutkov"],
        ["Norman Poppe", "Tamara Vukic"],
    ]
    # without the series, one meeting of all
    single = open_series.split("\n", 1)[1]
    assert len(participants(single)) == 1
