"""Initiatives on unseen real text, ninth round: one general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``, "Initiatives" and
"Initiatives, more") says a careful reader extracts from it.
"""

from __future__ import annotations

import pytest

from tests.readers import initiatives_by_name as read

Row = tuple[str, str]


# --------------------------------------------------------------------------
# A page's links to its neighbours ("Previous Post", "Next Article"), each over
# another story's headline, end the story: the headline below them is noise,
# not text, and its festival is no initiative of this article.

_STORY = (
    "Minister Arlo Venn met the Ambassador of Kelland, Tomas Rieve, in Dunmore on Monday"
    " to discuss the Dunmore Jazz Festival.\n\n"
)


@pytest.mark.parametrize("link", ["Previous Post", "Next Post", "Previous Article", "Next Article"])
def test_a_neighbour_link_ends_the_story(link: str) -> None:
    body = _STORY + f"{link}\n\n12th Varsa Mountain Film Festival Opens in Style\n"
    assert read(body) == [("Dunmore Jazz Festival", "festival")]


def test_a_sentence_that_opens_with_next_is_still_text() -> None:
    body = _STORY + "Next Article of the plan is the Varsa Mountain Film Festival in June.\n"
    assert ("Varsa Mountain Film Festival", "festival") in read(body)


# --------------------------------------------------------------------------
# A named programme or undertaking whose name holds "Digital" or "Online" is a
# standing platform (the guide's "platform": standing online or institutional
# platforms); a head word of another kind keeps its kind, and so does a project.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two ministries launched the Kelland Digital Home programme in May.",
            [("Kelland Digital Home", "platform")],
        ),
        (
            "The ministers agreed to develop a common Cultural Digital Agenda for the region.",
            [("Cultural Digital Agenda", "platform")],
        ),
        (
            "The agencies opened the Varsa Heritage Online programme to schools.",
            [("Varsa Heritage Online", "platform")],
        ),
    ],
)
def test_a_digital_programme_is_a_platform(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Varsa Digital Arts Festival opens in May.",
            [("Varsa Digital Arts Festival", "festival")],
        ),
        (
            "The Kelland Online Culture Forum met in Dunmore.",
            [("Kelland Online Culture Forum", "forum")],
        ),
        (
            "The agencies opened the Varsa Heritage Online project to schools.",
            [("Varsa Heritage Online", "project")],
        ),
        (
            "The Kelland Heritage Programme was renewed.",
            [("Kelland Heritage Programme", "programme")],
        ),
    ],
)
def test_another_head_keeps_its_kind(body: str, expected: list[Row]) -> None:
    assert read(body) == expected


# --------------------------------------------------------------------------
# A quoted title whose opening mark is never closed, after a head word or a
# titling word ("exhibition entitled ‘…"): the title runs to the participle's
# clause that follows it (", displaying …", ", aimed at …").


_UNCLOSED = (
    "He also visited the special exhibition entitled ‘Distant Shores: Kelland Prints,"
    " displaying works by young artists from Varsa and Dunmore.\n"
    "The Ambassador also saw the museum’s new hall."
)
_UNCLOSED_DOUBLE = (
    "The guests toured the exhibition “Distant Shores: Kelland Prints, organised by"
    " the Varsa Academy of Arts. They met the curators afterwards."
)


@pytest.mark.parametrize("body", [_UNCLOSED, _UNCLOSED_DOUBLE])
def test_an_unclosed_title_runs_to_a_participle_clause(body: str) -> None:
    assert read(body) == [("Distant Shores: Kelland Prints", "other")]


def test_an_unclosed_quotation_after_a_verb_names_nothing() -> None:
    body = (
        "The minister said ‘Culture brings Varsa and Kelland together, adding that more"
        " was to come. The talks went on."
    )
    assert read(body) == []
