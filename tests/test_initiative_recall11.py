"""Initiatives and article metadata on unseen real text, eleventh round.

Every sentence and name below is invented, in the style of news-agency, blog,
government and embassy reports. Each test states the general construction it
covers and what the annotation guide (``../shared/corpus/ANNOTATION.md``)
says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


# --------------------------------------------------------------------------
# A blog's or a site's comment box ("No comments:", "Post a Comment", "Leave a
# Comment") closes the story: the agency's sign-off just above it is the
# story's last line, and credits the outlet ("... — Bernama" style).

_SIGNED = (
    "KELLAND CITY, May 3 — Minister Aino Veskimägi met the Ambassador of Ostland,"
    " Tomas Rieve, on Monday to discuss the Dunmore Jazz Festival.\n"
    "He said both sides agreed to widen exchanges between their museums and"
    " theatres next year. — Antara\n"
)


@pytest.mark.parametrize(
    "box",
    [
        "No comments:\nPost a Comment\nNote: Only a member of this blog may post a comment.\n",
        "No comments\n\nPost a Comment\n",
        "Leave a Comment\n\nYour email address will not be published in any of our pages.\n",
        "Leave a Reply\n",
    ],
)
def test_a_comment_box_closes_the_story_and_the_sign_off_credits_it(box: str) -> None:
    article = parse_text(_SIGNED + box)
    assert article.outlet == "Antara"
    assert not article.body.endswith(box.strip())


def test_a_sentence_about_comments_is_still_text() -> None:
    body = _SIGNED.replace(" — Antara", "") + "No comments were made by the press.\n"
    assert parse_text(body).body.endswith("No comments were made by the press.")


# --------------------------------------------------------------------------
# "the Nth session of the (General) Conference of X": a conference that holds
# numbered sessions is a standing body, and its session is a meeting of that
# body, not an initiative (the guide, "Summits and sessions"); the same
# conference named without "session of" is still read, as is a forum's session.


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Minister Aino Veskimägi met her Kelland counterpart on the sidelines of the 40th"
            " session of the General Conference of the United Nations Educational, Scientific and"
            " Cultural Organization in Paris."
        ),
        (
            "The two sides discussed preparations for the 9th session of the Conference of"
            " Ostland Writers, which Dunmore will host in December."
        ),
        (
            "Ambassador Tomas Rieve attended the sessions of the Conference of Varsa Heritage"
            " Keepers last week."
        ),
    ],
)
def test_a_session_of_a_conference_is_the_bodys_meeting(sentence: str) -> None:
    assert read(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Minister Aino Veskimägi addressed the Conference of Ostland Writers in May.",
            [("Conference of Ostland Writers", "forum")],
        ),
        (
            "Minister Aino Veskimägi attended the third session of the Dunmore Global Forum.",
            [("Dunmore Global Forum", "forum")],
        ),
    ],
)
def test_a_conference_or_a_forums_session_named_otherwise_is_read(
    sentence: str, expected: list[Row]
) -> None:
    assert read(sentence) == expected


# --------------------------------------------------------------------------
# A named institution whose press release or report the story passes on ("...,
# the X Ministry of A, B and C said in a press release.", "X's Ministry of
# Culture has reported that ...") is the outlet where nothing else credits the
# story (the guide, "Outlet chains": "the press service of X reported" credits
# it); an unnamed one ("the ministry said in a statement") credits no one, and an
# agency's credit still wins.

_MEETING = "Minister Aino Veskimägi met Ambassador Tomas Rieve in Dunmore on Monday."


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            _MEETING + " They discussed joint exhibitions, the Ostland Ministry of Education,"
            " Science, Culture and Sport said in a press release.\n",
            "Ostland Ministry of Education, Science, Culture and Sport",
        ),
        (
            "Ostland's Ministry of Culture has reported that " + _MEETING[0].lower() + _MEETING[1:],
            "Ostland's Ministry of Culture",
        ),
        (
            _MEETING[:-1] + ", the Embassy of Kelland in Dunmore stated in its statement.\n",
            "Embassy of Kelland in Dunmore",
        ),
        # the part before a comma that holds no head noun is no part of the name
        (
            _MEETING[:-1] + ", Kelland's Embassy in Dunmore said in a statement.\n",
            "Kelland's Embassy in Dunmore",
        ),
    ],
)
def test_a_named_institutions_release_credits_the_story(text: str, outlet: str) -> None:
    assert parse_text(text).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        _MEETING[:-1] + ", the ministry said in a statement.\n",
        "The Ministry said in a statement that " + _MEETING[0].lower() + _MEETING[1:] + "\n",
    ],
)
def test_an_unnamed_institutions_release_credits_no_one(text: str) -> None:
    assert parse_text(text).outlet is None


def test_an_agencys_credit_wins_over_an_institutions_release() -> None:
    text = (
        "Dunmore, May 3 (Xinhua) -- "
        + _MEETING
        + " They discussed museums, the Ostland Ministry of Culture said in a statement.\n"
    )
    assert parse_text(text).outlet == "Xinhua"


# --------------------------------------------------------------------------
# A dateline's brackets after a known place (and a date), then a dash, name the
# outlet that filed the story, whether or not its name holds a word such as
# "News" or "Times" ("Jakarta (Ostland Window) – ..."); not a place's or a body's
# name, and not after a word that is no place.

_FILED = "Minister Aino Veskimägi met Ambassador Tomas Rieve in Dunmore to discuss cultural ties.\n"
_STANDFIRST = (
    "The minister said the scholarship's guests would see how the country works with its"
    " neighbours in a spirit of mutual help, a guide for the largest island state.\n"
)


@pytest.mark.parametrize(
    "dateline",
    ["Jakarta (Ostland Window) – ", "Jakarta, June 5 (Ostland Window) – ", "Hanoi (Varsa Lens) - "],
)
def test_a_datelines_bracketed_name_is_the_outlet(dateline: str) -> None:
    assert parse_text(dateline + _FILED).outlet in {"Ostland Window", "Varsa Lens"}
    assert parse_text(_STANDFIRST + dateline + _FILED).outlet in {"Ostland Window", "Varsa Lens"}


@pytest.mark.parametrize(
    "dateline", ["Jakarta (Indonesia) – ", "Tomas (Ostland Window) – ", "Jakarta (Ostland Window) "]
)
def test_no_outlet_from_a_place_a_non_place_or_brackets_without_a_dash(dateline: str) -> None:
    assert parse_text(dateline + _FILED).outlet is None


# --------------------------------------------------------------------------
# A city's name with a year in a sentence that speaks of capitals of culture is
# the city's title for that year, kind year (the guide, "Initiatives": a
# "Capital of ..." title for a year is year); elsewhere it stays of kind other.


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The ministers reviewed the European Capitals of Culture, Varsahaven 2031 and Kellmoor"
            " 2031, and their joint projects."
        ),
        (
            'They discussed the experience of "Dunmore 2030 – European Capital of Culture" and the'
            " preparations for Varsahaven 2031, the next city to hold the title."
        ),
    ],
)
def test_a_city_year_beside_capitals_of_culture_is_a_year(sentence: str) -> None:
    kinds = dict(read(sentence))
    assert kinds["Varsahaven 2031"] == "year"


def test_a_city_year_in_another_sentence_stays_other() -> None:
    body = (
        "Minister Aino Veskimägi congratulated the city of Dunmore on being named the Arab"
        " Capital of Culture.\nThey met on the sidelines of the conference, Kellmoor 2031.\n"
    )
    kinds = dict(read(body))
    assert kinds.get("Kellmoor 2031", "other") == "other"
