"""Courtesies and styles before an official's name are no words of the name.

The honorific rows of words.tsv, the two-word courtesies of en/courtesy_pairs.tsv
and the short forms of en/abbreviated_honorifics.tsv. Every name and sentence below
is invented; a name a style may also be (Nana, Begum, Pastor, Tan, Yang) keeps it.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text
from culturedipl._segment import sentences


def names(text: str) -> list[str]:
    """The names of the officials read from *text*."""
    return [o.name for o in parse_text(text).officials]


def minister(style: str, name: str) -> str:
    """A sentence naming a minister in apposition, after *style*."""
    styled = f"{style} {name}" if style else name
    return f"The Minister of Culture, {styled}, met the visiting envoy on Monday."


@pytest.mark.parametrize(
    ("style", "name"),
    [
        # Malay and Brunei
        ("Hjh", "Aminah Rosli"),
        ("Datuk Hjh.", "Aminah Rosli"),
        ("YB", "Ahmad Zulkarnain"),
        ("YAB", "Ahmad Zulkarnain"),
        ("YBhg", "Ahmad Zulkarnain"),
        ("Ustaz", "Ahmad Zulkarnain"),
        ("Cik", "Aminah Rosli"),
        # Indonesian
        ("Bapak", "Budi Santoso"),
        ("Ir.", "Budi Santoso"),
        ("Drs.", "Budi Santoso"),
        ("Kyai", "Budi Santoso"),
        # Cambodian
        ("Samdech", "Hun Sokha"),
        ("Oknha", "Sok Chenda"),
        # South Asian
        ("Janab", "Imran Qadir"),
        ("Mohtarma", "Nasreen Qadir"),
        ("Thiru", "Arun Kumaravel"),
        ("Allama", "Imran Qadir"),
        ("Mullah", "Imran Qadir"),
        ("Alhaj", "Imran Qadir"),
        # Iranian
        ("Hojatoleslam", "Reza Karimi"),
        # West African
        ("Otunba", "Adewale Ogunbiyi"),
        ("Mallam", "Sani Dauda"),
        ("Mazi", "Chidi Okonkwo"),
        ("Togbe", "Kwaku Asante"),
        ("Barrister", "Adewale Ogunbiyi"),
        ("Arc.", "Adewale Ogunbiyi"),
        ("Pharm.", "Adewale Ogunbiyi"),
        ("Comr.", "Adewale Ogunbiyi"),
        # Southern and East African
        ("Adv.", "Thabo Dlamini"),
        ("Inkosi", "Thabo Dlamini"),
        ("Cde", "Tendai Moyo"),
        ("Comrade", "Tendai Moyo"),
        ("Mheshimiwa", "Juma Mrisho"),
        # European
        ("Mme", "Marie Dufresne"),
        ("Monsieur", "Pierre Dufresne"),
        ("Herr", "Karl Weidmann"),
        ("Frau", "Anna Weidmann"),
        ("Dott.", "Marco Rossetti"),
        ("Mister", "Karl Weidmann"),
        # Latin American
        ("Señor", "Juan Perales"),
        ("Doña", "Ana Perales"),
        ("Dra.", "Ana Perales"),
        ("Lic.", "Juan Perales"),
        ("Arq.", "Juan Perales"),
        ("Mtra.", "Ana Perales"),
        # clergy
        ("Cardinal", "Pietro Rossetti"),
        ("Patriarch", "Ilia Gogadze"),
        ("Rabbi", "David Steinberg"),
        ("Fr.", "Juan Perales"),
        # military and police ranks, and the royal "HM"
        ("Captain", "Karl Weidmann"),
        ("Commander", "Karl Weidmann"),
        ("Sgt.", "Karl Weidmann"),
        ("Cmdr.", "Karl Weidmann"),
        ("Lt. Gen. (Retd)", "Karl Weidmann"),
        ("Rt. Hon.", "Anna Weidmann"),
    ],
)
def test_a_courtesy_before_the_name_is_cut_from_it(style: str, name: str) -> None:
    """The style stands before the name and is none of it."""
    assert names(minister(style, name)) == [name]


@pytest.mark.parametrize(
    ("style", "name"),
    [
        ("Tan Sri", "Ahmad Zulkarnain"),
        ("Toh Puan", "Aminah Rosli"),
        ("Yang Berhormat Dato", "Ahmad Zulkarnain"),
        ("Yang Amat Berhormat", "Ahmad Zulkarnain"),
        ("Yang Mulia", "Ahmad Zulkarnain"),
        ("Pehin Orang Kaya", "Rahim Osman"),
        ("Lok Chumteav", "Sok Chenda"),
        ("Air Marshal", "Adewale Ogunbiyi"),
        ("Air Chief Marshal", "Somchai Rattanakul"),
        ("Group Captain", "Adewale Ogunbiyi"),
        ("Pol Gen", "Somchai Rattanakul"),
        ("Pol Lt Gen", "Somchai Rattanakul"),
    ],
)
def test_a_courtesy_of_two_words_is_cut_whole(style: str, name: str) -> None:
    """ "Yang Berhormat", "Orang Kaya", "Air Marshal": both words are the style's,
    though the first alone may be a surname or a noun."""
    assert names(minister(style, name)) == [name]


@pytest.mark.parametrize(
    "name",
    [
        # the first word of a two-word courtesy, alone, is a surname
        "Tan Wei Ming",
        "Toh Wei Ming",
        "Yang Wei",
        "Lok Sim",
        "Pol Garcia",
        "Ahmet Kaya",
        # styles that are also given names or surnames are not honorifics
        "Nana Kwaku Asante",
        "Begum Nasreen Qadir",
        "Kumari Meena Devi",
        "Pastor Adewale Ogunbiyi",
        "Don Juan Perales",
        "Edwin Major",
    ],
)
def test_a_name_holding_a_word_some_courtesy_is_keeps_it(name: str) -> None:
    """A given name or surname that is also a style elsewhere stays in the name."""
    assert names(minister("", name)) == [name]


def test_chief_is_a_title_before_a_name_and_in_a_longer_title() -> None:
    """ "Chief" is a title word: cut before a name, and still the head of "Chief
    Executive", whose holder is an official."""
    assert names("Chief Adewale Ogunbiyi, the Minister of Culture, met the envoy.") == [
        "Adewale Ogunbiyi"
    ]
    article = parse_text("The Chief Executive of the Arts Council, Marta Olsen, met the envoy.")
    assert [(o.name, o.title) for o in article.officials] == [
        ("Marta Olsen", "Chief Executive of the Arts Council")
    ]


def test_a_capitalised_short_style_ends_no_sentence_but_a_lower_case_word_does() -> None:
    """ "Arc. A B" is one sentence; "a narrative arc. The ..." is two."""
    assert len(sentences("The Minister of Culture, Arc. Ada Obi, met the envoy.")) == 1
    assert len(sentences("He praised the narrative arc. The film won.")) == 2
