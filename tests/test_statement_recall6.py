"""Statements on constructions of unseen real news the reader used to miss (round 6).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text


def _statements(text: str) -> list[tuple[tuple[str, ...], str]]:
    article = parse_text(text)
    names = {official.id: official.name for official in article.officials}
    return [
        (tuple(sorted(names[p] for p in statement.speakers)), statement.act.value)
        for statement in article.statements
    ]


# "She" after two women: the given names "-ine", "-ette", "-elle" (and "Shaikha")
# are women's, so the pronoun may take the official named last, not only a "-a" name
GENDER_CASES = [
    (
        (
            "TUNIS, May 3 - Culture Minister Hela Trabelsi received Belgian Ambassador Martine "
            "Dupont. Trabelsi praised the exhibition. The ambassador thanked the ministry. She "
            "stressed that the festival will open in June."
        ),
        [
            (("Hela Trabelsi",), "express"),
            (("Martine Dupont",), "thank"),
            (("Martine Dupont",), "stress"),
        ],
    ),
    (
        (
            "TUNIS, May 3 - Culture Minister Rania Haddad met French Minister Yvette Moreau. "
            "Moreau welcomed the cooperation. She added that a film week is planned."
        ),
        [(("Yvette Moreau",), "express"), (("Yvette Moreau",), "say")],
    ),
    # a man's name with that ending stays a man's: "She" passes him over
    (
        (
            "RABAT, May 3 - Culture Minister Amine Bennani received Spanish Ambassador Laura "
            "Ortiz. Bennani praised the exhibition. She stressed that the festival will open."
        ),
        [(("Amine Bennani",), "express"), (("Laura Ortiz",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENDER_CASES)
def test_she_after_a_womans_given_name(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert _statements(text) == expected
