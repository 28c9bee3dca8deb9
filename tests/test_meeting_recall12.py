"""Meetings, twelfth round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

from tests.readers import meetings_by_name


def test_the_official_who_opened_a_ministers_meeting_was_at_it_and_hosts() -> None:
    # "X opened the 8th meeting of the ministers ... in <X's country>", then "The
    # meeting is attended by A and B": one meeting of the opener and those listed
    text = (
        "TALLINN: Estonia's Minister of Culture Aino Veskimägi has opened the 5th"
        " meeting of Baltic Ministers of Culture in Tartu on Tuesday. The meeting is"
        " attended by Latvian Minister of Culture Ilze Ozolina and Lithuanian Minister"
        " of Culture Tomas Rindauskas."
    )
    assert meetings_by_name(text) == [
        (["Aino Veskimägi", "Ilze Ozolina", "Tomas Rindauskas"], "Aino Veskimägi")
    ]


def test_a_meeting_a_place_hosted_is_a_meeting_of_who_speaks_there() -> None:
    # "Tartu hosted the first meeting of the ministers ...": a meeting held, no one
    # named; the minister named speaking next was at it (no host: not at home)
    text = (
        "Today, the city of Tartu hosted the First Meeting of the Ministers of Culture"
        " of the Baltic States. Welcoming her colleagues, Latvian Minister of Culture"
        " Ilze Ozolina noted that the event marks a milestone."
    )
    assert meetings_by_name(text) == [(["Ilze Ozolina"], None)]


def test_opening_an_exhibition_is_no_meeting() -> None:
    # only a meeting noun after "opened the" reports a meeting held
    text = (
        "Estonia's Minister of Culture Aino Veskimägi opened the 5th exhibition of"
        " Baltic painters in Tartu. Latvian Minister of Culture Ilze Ozolina said"
        " the show was a success."
    )
    assert meetings_by_name(text) == []
