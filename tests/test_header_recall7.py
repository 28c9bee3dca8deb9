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
        (
            "They will work with the United Nations Educational, Scientific and Cultural"
            " Organization. (UNESCO)"
        ),
        # nor a code without brackets inside the sentence
        "The two agreed to hold a film week with COURIER next year.",
    ],
)
def test_a_bodys_acronym_is_no_sign_off(last: str) -> None:
    assert parse_text(STORY + last + "\n").outlet is None


def test_a_papers_name_and_a_dash_open_the_story_and_credit_it() -> None:
    # "Island Courier – Minister X ...": the paper credits itself before a spaced dash
    article = parse_text("Island Courier – " + STORY)
    assert article.outlet == "Island Courier"
    assert article.body.startswith("Minister of Arts")


def test_a_name_and_a_dash_not_built_like_an_outlets_credit_nothing() -> None:
    article = parse_text("Jean Robert – " + STORY)
    assert article.outlet is None


@pytest.mark.parametrize("line", ["(Courtesy WAM)", "Courtesy of the Island Courier"])
def test_a_courtesy_line_closing_the_story_credits_its_source(line: str) -> None:
    expected = "WAM" if "WAM" in line else "Island Courier"
    assert parse_text(STORY + line + "\n").outlet == expected


def test_a_distribution_service_credits_the_issuer_it_sent_the_story_for() -> None:
    text = STORY + "Distributed by APO Group on behalf of Ministry of Culture of Ruritania.\n"
    assert parse_text(text).outlet == "Ministry of Culture of Ruritania"


@pytest.mark.parametrize(
    "furniture",
    ["Categories: Africa News", "Oct 17, 2023 News"],
)
def test_a_pages_labels_and_dated_sections_are_no_outlets(furniture: str) -> None:
    # a category label or a date before a section's name is page furniture
    assert parse_text(f"{furniture}\n\nMinisters meet in Port Louis\n\n{STORY}").outlet is None
