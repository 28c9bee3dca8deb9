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


def test_the_signatories_of_a_passive_signing_met() -> None:
    # "The agreement was signed by A and B", titles with "at" and a possessive between
    # them: the signatories met (ANNOTATION.md, signing ceremonies); on the sidelines
    # of a fair, no host
    text = (
        "The agreement was signed by Assistant Undersecretary for Culture at the"
        " Ministry of Culture Dr. Aino Veskimägi and Secretary to Latvia’s Culture"
        " Ministry Ilze Ozolina on the sidelines of the Tartu Book Fair."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Ilze Ozolina"], None)]


def test_the_signatories_named_in_a_reduced_relative_met() -> None:
    # "The MoU ... – signed by A and B – will ...": the same signing, told in passing
    text = (
        "The MoU on the new cultural centre – signed by Ambassador of Latvia Ilze"
        " Ozolina and Secretary to the Ministry of Culture Aino Veskimägi – will"
        " strengthen cooperation."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Ilze Ozolina"], None)]


def test_a_place_in_a_signatorys_title_is_no_place_of_the_signing() -> None:
    # "Director of the Institute in Peru B": a post, not where they signed
    text = (
        "The protocol was signed by the Minister of Culture of Estonia Aino Veskimägi"
        " and the Director of the National Institute of Culture in Latvia Ilze Ozolina."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Ilze Ozolina"], None)]


def test_a_document_signed_by_one_official_is_no_meeting() -> None:
    # one signatory named: no one met
    text = "The decree signed by Minister of Culture Aino Veskimägi entered into force."
    assert meetings_by_name(text) == []


def test_a_counterpart_named_by_the_office_of_one_met_is_that_official() -> None:
    # "X received Y. Y also talked with the Minister of Culture about ...": the
    # minister named by office is X, at the meeting reported: no meeting of Y alone
    text = (
        "Minister of Culture Aino Veskimägi received today Resident Representative of"
        " the Nordic Heritage Fund Mr. Tomas Rindler. Mr. Tomas Rindler expressed his"
        " request to hold a fair. He also talked with the Minister of Culture about the"
        " goal of a joint fair."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tomas Rindler"], "Aino Veskimägi")]


def test_heads_named_by_office_after_their_meeting_are_those_met() -> None:
    # "X met President A and Prime Minister B ... He called on the state and
    # government heads on Wednesday": the same encounter, told again
    text = (
        "Council President Tomas Rindler met Latvian President Ilze Ozolina and Prime"
        " Minister Juris Kalnins on Wednesday. He called on the state and government"
        " heads during his visit."
    )
    assert meetings_by_name(text) == [(["Ilze Ozolina", "Juris Kalnins", "Tomas Rindler"], None)]


def test_an_office_no_one_met_holds_is_another_meeting() -> None:
    # "X also met the rector of the academy": no one at the meeting reported is a
    # rector, so X met someone else, unnamed (ANNOTATION.md: one participant)
    text = (
        "Minister of Culture Aino Veskimägi met with Special Representative Tomas"
        " Rindler. As part of her visit, Aino Veskimägi also met with the rector of the"
        " Tartu Academy of Arts."
    )
    assert meetings_by_name(text) == [
        (["Aino Veskimägi", "Tomas Rindler"], None),
        (["Aino Veskimägi"], None),
    ]
