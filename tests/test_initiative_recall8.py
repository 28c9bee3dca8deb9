"""Initiatives on unseen real text, eighth round: one general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and
"Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


# --------------------------------------------------------------------------
# A named fair (a book fair, a trade or tourism fair) is a named event taken up
# together, like a named exhibition: kind "other", not "festival".


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two ministers agreed to take part in the Varna International Book Fair in May.",
            [("Varna International Book Fair", "other")],
        ),
        (
            "Kelland was the guest country of the 12th International Crafts Fair in Ostrava.",
            [("International Crafts Fair", "other")],
        ),
    ],
)
def test_a_named_fair_is_an_other_event(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


def test_a_festival_keeps_its_kind_beside_a_fair() -> None:
    body = "The Tarn Folk Festival and the Tarn Tourism Fair both open on Friday."
    assert sorted(read(body)) == [
        ("Tarn Folk Festival", "festival"),
        ("Tarn Tourism Fair", "other"),
    ]


# --------------------------------------------------------------------------
# A standing intergovernmental body named like a forum or conference is an
# organisation, not an initiative ("Organisations ... are not initiatives").


@pytest.mark.parametrize(
    "body",
    [
        (
            "Tokyo pledged support to Chile as president of the Asia-Pacific Economic"
            " Cooperation Forum (APEC) next year."
        ),
        (
            "The two states work together in regional bodies, including the International"
            " Conference on the Great Lakes Region (ICGLR), which Kenya will chair."
        ),
        (
            "Both countries sit in the International Conference for the Great Lakes Region,"
            " where Burundi holds the rotating presidency."
        ),
    ],
)
def test_a_body_named_like_a_forum_is_no_initiative(body: str) -> None:
    assert read(body) == []


def test_a_forum_beside_the_body_is_still_read() -> None:
    body = (
        "On the sidelines of the Asia-Pacific Economic Cooperation Forum, the ministers opened"
        " the Pacific Rim Heritage Forum in Lima."
    )
    assert read(body) == [("Pacific Rim Heritage Forum", "forum")]


# --------------------------------------------------------------------------
# A quoted title that a full stop inside it cuts into two sentences: the
# title runs to its closing mark in the next sentence, and the part before
# the stop (a main title before its subtitle) is another name of it.


def aliases(body: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(name, kind, aliases)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.kind.value, tuple(i.aliases)) for i in parse_text(body).initiatives]


def test_a_title_with_a_full_stop_inside_runs_to_its_closing_mark() -> None:
    body = (
        "The minister recalled the National Gallery exhibition ‘Dutch fine arts. Light"
        " through water’ at the Central Museum of Art."
    )
    assert aliases(body) == [
        ("Dutch fine arts. Light through water", "other", ("Dutch fine arts",))
    ]


def test_the_subtitle_after_the_stop_is_no_second_exhibition() -> None:
    body = (
        "She will open an international exhibition named “The Amber Kings: Court Life under"
        " Otto III. Exhibition of the Varmian State Collections” on Friday."
    )
    assert aliases(body) == [
        (
            "Amber Kings: Court Life under Otto III. Exhibition of the Varmian State Collections",
            "other",
            ("The Amber Kings: Court Life under Otto III",),
        )
    ]


def test_a_quotation_over_two_sentences_is_no_title() -> None:
    """No head word or titling word before the mark: speech, not a title."""
    body = "The minister added: “We love this festival. It brings our peoples together.”"
    assert aliases(body) == []


# --------------------------------------------------------------------------
# Who put an initiative forward, named as the subject of the clause right
# before it: "<subject> proposed hosting X", "<subject> launched “X”",
# "<subject> came out with the initiative to organise a X", "<subject>
# agreed to develop a common X". A pronoun or a role phrase alone names nobody.


def initiators(body: str) -> list[tuple[str, str | None]]:
    """``(name, initiator)`` of each initiative in an article with *body* as its text."""
    return [(i.name, i.initiator) for i in parse_text(body).initiatives]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "To deepen ties between the two countries, the Kelland side proposed hosting"
                " Tarvian Culture Days in Kelland in 2027."
            ),
            [("Tarvian Culture Days", "the Kelland side")],
        ),
        (
            "Tarvia launched “Stay Close with Tarvian Music” online service for fans abroad.",
            [("Stay Close with Tarvian Music", "Tarvia")],
        ),
        (
            "“The Norlanders came out with the initiative to organise a Year of Norland Culture.",
            [("Year of Norland Culture", "The Norlanders")],
        ),
        (
            (
                "He said that at the summit, Andean culture authorities agreed to develop a common"
                " Cultural Digital Agenda for the region."
            ),
            [("Cultural Digital Agenda", "Andean culture authorities")],
        ),
    ],
)
def test_the_subject_that_proposes_a_name_initiates_it(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert initiators(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "He launched the Blue Sea Festival in May.",
        "The minister said the country proposed the Blue Sea Festival.",
        "The two ministers agreed the Blue Sea Festival would return next year.",
        "Kelland and Tarvia held the Blue Sea Festival in May.",
    ],
)
def test_a_pronoun_or_a_role_phrase_initiates_nothing(body: str) -> None:
    assert initiators(body) == [("Blue Sea Festival", None)]
