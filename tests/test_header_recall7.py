"""Outlets credited by their own staff and by a code signing the story off.

Every text below is invented for these tests; each test names the general
construction it covers.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text

STORY = (
    "Minister of Arts Jean Robert met the Ambassador of India, Rahul Mehta, on Monday."
    " They discussed cultural cooperation.\n"
)


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By the Island Courier staff", "Island Courier"),
        ("By Island Courier Staff", "Island Courier"),
        ("By Times of Oman Staff Writer", "Times of Oman"),
    ],
)
def test_an_outlets_own_staff_credits_the_outlet(byline: str, outlet: str) -> None:
    # ANNOTATION.md: an outlet by-line is an outlet, not an author
    article = parse_text(f"Ministers meet in Port Louis\n{byline}\n{STORY}")
    assert (article.outlet, article.authors) == (outlet, ())


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By our staff"])
def test_a_staff_by_line_without_a_name_credits_no_outlet(byline: str) -> None:
    assert parse_text(f"Ministers meet in Port Louis\n{byline}\n{STORY}").outlet is None


def test_a_code_in_brackets_after_the_last_sentence_signs_the_story_off() -> None:
    # "... next year. (PNA)": a paper's or an agency's code closing the story
    text = STORY + "The two agreed to hold a film week next year. (COURIER)\n"
    assert parse_text(text).outlet == "COURIER"


@pytest.mark.parametrize(
    "last",
    [
        # a body's short name after its full name is no sign-off
        "They will work with the United Nations Educational, Scientific and Cultural"
        " Organization. (UNESCO)",
        # nor a code without brackets inside the sentence
        "The two agreed to hold a film week with COURIER next year.",
    ],
)
def test_a_bodys_acronym_is_no_sign_off(last: str) -> None:
    assert parse_text(STORY + last + "\n").outlet is None
