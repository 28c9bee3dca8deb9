"""The header keeps a one-sentence first paragraph in the body, and never takes a credit as title.

Texts in, the header's reading out: the title, how the body starts, the outlet
and the publication date. Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import culturedipl
from culturedipl import lexicon
from culturedipl._header import read_header

PROSE = (
    "The two discussed a joint exhibition of textiles at the national museum next "
    "spring, the ministry said in a statement on its website."
)

# (text, title, the body's first 30 characters, outlet, published)
CASES = [
    # a one-sentence first paragraph is the story's first sentence
    (
        f"Culture Minister Anna Berg received Chilean Ambassador Tomas Reyes.\n\n{PROSE}\n",
        None,
        "Culture Minister Anna Berg rec",
        None,
        None,
    ),
    # ... after the headline, the by-line and the date line, which are still read
    (
        (
            "Berg meets Chilean envoy\nBy Lena Vasko\n12 May 2021\n\n"
            f"Minister Anna Berg met Ambassador Tomas Reyes.\n\n{PROSE}\n"
        ),
        "Berg meets Chilean envoy",
        "Minister Anna Berg met Ambass",
        None,
        dt.date(2021, 5, 12),
    ),
    # two such lines in a row are both kept
    (
        (
            "Minister Anna Berg received Ambassador Tomas Reyes.\n"
            f"Deputy Minister Ole Dahl also attended.\n{PROSE}\n"
        ),
        None,
        "Minister Anna Berg received A",
        None,
        None,
    ),
    # a headline in title case, even with a period, is still no sentence of the body
    (
        f"Culture Minister Meets Chilean Ambassador.\n\n{PROSE}\n",
        None,
        PROSE[:30],
        None,
        None,
    ),
    # a line of names with small words only ("of", "in") is no sentence
    (
        f"Embassy of Chile in Norway.\n\n{PROSE}\n",
        None,
        PROSE[:30],
        None,
        None,
    ),
    # a header line between the sentence and the story leaves the sentence in the header
    (
        (f"Minister Anna Berg received Ambassador Tomas Reyes.\nNordic Culture Wire\n{PROSE}\n"),
        None,
        PROSE[:30],
        "Nordic Culture Wire",
        None,
    ),
    # picture credits are never the title
    (
        f"Berg meets Chilean envoy\nPhoto credit: Lena Vasko for the ministry\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
    (
        f"Berg meets Chilean envoy\nSursă foto: Arhiva Ministerului Culturii\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
    (
        f"Berg meets Chilean envoy\n(Photo by Lena Vasko)\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
    (
        f"Berg meets Chilean envoy\nImage: Embassy of Chile in Oslo\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
    (
        f"Berg meets Chilean envoy\n[Photo: dancers in the museum yard | LENA VASKO]\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
    # a named press service that told or reported the story is its innermost source
    (
        f"{PROSE} Press service of the Ministry of Culture of Norway reported.\n",
        None,
        PROSE[:30],
        "Press service of the Ministry of Culture of Norway",
        None,
    ),
    (
        (
            "OSLO, May 12, NORDPRESS. Minister Anna Berg met Ambassador Tomas Reyes, "
            "press service of the Norwegian culture ministry told Nordpress.\n"
        ),
        None,
        "OSLO, May 12, NORDPRESS. Minis",
        "press service of the Norwegian culture ministry",
        None,
    ),
    # ... but not one that only said something, nor an unnamed one
    (
        f"{PROSE} The press service of the ministry said so, Nordic Culture Wire reports.\n",
        None,
        PROSE[:30],
        "Nordic Culture Wire",
        None,
    ),
    (
        f"{PROSE} The press service of the ministry told Nordic Culture Wire.\n",
        None,
        PROSE[:30],
        "Nordic Culture Wire",
        None,
    ),
    (
        f"{PROSE} The ministry's press service told Nordic Culture Wire.\n",
        None,
        PROSE[:30],
        "Nordic Culture Wire",
        None,
    ),
    # a press release signed off by its issuer: a mission's name and its post
    (
        f"{PROSE}\n\nEmbachile Norway.\n",
        None,
        PROSE[:30],
        "Embachile Norway",
        None,
    ),
    # ... not a person's name, nor a sentence, nor a place alone
    (f"{PROSE}\n\nLena Vasko.\n", None, PROSE[:30], None, None),
    (f"{PROSE}\n\nOslo Norway.\n", None, PROSE[:30], None, None),
    (f"{PROSE}\n\nThe envoy left for Norway.\n", None, PROSE[:30], None, None),
    # a labelled by-line is the author's, not the title
    (
        f"Berg meets Chilean envoy\nAuthor: Lena Vasko\n{PROSE}\n",
        "Berg meets Chilean envoy",
        PROSE[:30],
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "body", "outlet", "published"), CASES)
def test_header_reading(
    text: str, title: str | None, body: str, outlet: str | None, published: dt.date | None
) -> None:
    """The header gives the title, body start, outlet and date of the table."""
    header = read_header(text)
    assert header.title == title
    assert text[header.body_start :].startswith(body)
    assert header.outlet == outlet
    assert header.published == published


def test_the_meeting_of_a_one_sentence_first_paragraph_is_read() -> None:
    """The meeting a one-sentence first paragraph reports is found, not silently dropped."""
    article = culturedipl.parse_text(
        f"Culture Minister Anna Berg received Chilean Ambassador Tomas Reyes.\n\n{PROSE}\n"
    )
    names = {official.id: official.name for official in article.officials}
    meetings = [sorted(names[who] for who in meeting.participants) for meeting in article.meetings]
    assert meetings == [["Anna Berg", "Tomas Reyes"]]


def test_every_credit_opener_makes_a_credit_line() -> None:
    """A line opening with any listed credit opener, then a colon, is never the title."""
    ordinary = f"Berg meets Chilean envoy\nArchive: Lena Vasko of Oslo\n{PROSE}\n"
    assert read_header(ordinary).title == "Archive: Lena Vasko of Oslo"
    for opener in lexicon.word_list("credit_openers"):
        text = f"Berg meets Chilean envoy\n{opener.title()}: Lena Vasko of Oslo\n{PROSE}\n"
        assert read_header(text).title == "Berg meets Chilean envoy", opener


def test_every_small_word_is_no_verb() -> None:
    """A period-ended line whose only lower-case word is a listed small word stays in the header."""
    ordinary = f"Ambassador Tomas Reyes visited Oslo.\n{PROSE}\n"
    assert read_header(ordinary).body_start == 0
    for word in lexicon.word_list("small_words"):
        text = f"Ambassador Tomas Reyes {word} Oslo.\n{PROSE}\n"
        assert read_header(text).body_start > 0, word


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Lina al-Rashid", ("Lina al-Rashid",)),
        ("By Omar el-Sayed Haddad", ("Omar el-Sayed Haddad",)),
        ("By Lina of-Rashid", ()),  # "of" is no particle of a name
        ("By lina al-Rashid", ()),
    ],
)
def test_a_byline_name_may_hold_a_hyphened_particle(byline: str, authors: tuple[str, ...]) -> None:
    """A by-line name with "al-" or "el-" before a capitalised surname is an author's."""
    assert read_header(f"Berg meets Chilean envoy\n{byline}\n{PROSE}\n").authors == authors


def test_every_hyphened_particle_joins_a_name() -> None:
    """Each listed particle, joined by a hyphen to a capitalised part, keeps a by-line a name."""
    for particle in lexicon.word_list("hyphened_name_particles"):
        text = f"Berg meets Chilean envoy\nBy Lina {particle}-Rashid\n{PROSE}\n"
        assert read_header(text).authors == (f"Lina {particle}-Rashid",), particle
