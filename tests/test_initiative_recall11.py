"""Initiatives and article metadata on unseen real text, eleventh round.

Every sentence and name below is invented, in the style of news-agency, blog,
government and embassy reports. Each test states the general construction it
covers and what the annotation guide (``../shared/corpus/ANNOTATION.md``)
says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text

Row = tuple[str, str]


def read(body: str) -> list[Row]:
    """``(name, kind)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.kind.value) for i in parse_text(body).initiatives]


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
