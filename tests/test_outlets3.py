"""Outlets on unseen text (ANNOTATION.md, "Outlet of a reprint", "Outlet chains"), and the
Document, read once and not changed after."""

from __future__ import annotations

import pytest

from culturedipl._document import Document, Topics
from culturedipl._header import read_header
from culturedipl._officials import read_people

# --- the Document, read once -------------------------------------------------

SURNAME_PLACE = (
    "The Director of the National Gallery Ana Lima met Culture Minister John Brandt. "
    "Ms. Maria Jordan, the Chilean Ambassador, also attended the meeting."
)


def test_document_takes_no_new_attributes() -> None:
    """A stage cannot hang its own state on the Document (it has slots, no home)."""
    doc = Document(SURNAME_PLACE, None)
    with pytest.raises(AttributeError):
        doc.home = "NO"  # type: ignore[attr-defined]


def test_surname_that_is_a_place_leaves_the_document_as_read() -> None:
    """The officials stage reads 'Lima' and 'Jordan' as surnames in a new document of
    its own; the document it was given still has them as places."""
    doc = Document(SURNAME_PLACE, None)
    lima, jordan = doc.words.index("Lima"), doc.words.index("Jordan")
    assert {lima, jordan} <= set(doc.places)
    read, people = read_people(doc)
    assert {lima, jordan} <= set(doc.places)  # unchanged
    assert not {lima, jordan} & set(read.places)
    assert read.body == doc.body
    assert read.words == doc.words
    assert [person.name for person in people] == ["Ana Lima", "John Brandt", "Maria Jordan"]


def test_no_surname_place_keeps_the_document() -> None:
    """Where no place is read as a surname, the stages after go on with the same document."""
    doc = Document("Culture Minister John Brandt met Ambassador Ana Berg in Oslo.", None)
    read, _ = read_people(doc)
    assert read is doc


def test_topics_found_once_serve_every_span() -> None:
    """Topics built once give each span what the Document gives for it alone."""
    doc = Document(
        "The ministers discussed cultural heritage. They spoke of film and museums.", None
    )
    keywords = Topics(doc)
    for first, last in [(0, len(doc.keys) - 1), (0, 5), (6, len(doc.keys) - 1), (3, 3)]:
        assert keywords.between(first, last) == doc.topics(first, last)
    assert keywords.between(0, len(doc.keys) - 1)


def test_topics_of_some_sentences_serve_their_spans() -> None:
    """Topics found in a few sentences give each span inside them what the Document gives."""
    doc = Document(
        "The ministers discussed cultural heritage. They met. They spoke of film and museums.",
        None,
    )
    for chosen in [{0}, {2}, {0, 2}, {1}]:
        keywords = Topics(doc, chosen)
        for index in chosen:
            tokens = doc.sentence_tokens(index)
            first, last = tokens.start, tokens.stop - 1
            assert keywords.between(first, last) == doc.topics(first, last)
    assert Topics(doc, {0}).between(0, 5)


# --- outlets: the general forms of ANNOTATION.md -----------------------------
# Made-up outlets and people; each story is the header line(s), then the body.

MEETING = (
    "Culture Minister Ana Berg met Ambassador Ion Rus of Westland on Monday to discuss "
    "joint exhibitions and the exchange of artists."
)
FOLLOW_UP = "The two sides agreed to hold a week of Westland culture in the capital next year."


def outlet_of(text: str) -> str | None:
    """The outlet the header reads for *text*."""
    return read_header(text).outlet


OUTLETS: list[tuple[str, str | None]] = [
    # a reprint chain in a dateline's brackets: the innermost link, an agency code
    (
        (
            "Minister Meets Envoy\n\nPORTVILLE, (Ostpoint / Ost Point Daily / ONA - "
            f"3rd May, 2021) {MEETING}\n\n{FOLLOW_UP}\n"
        ),
        "ONA",
    ),
    # a place of two words opens the dateline
    (
        (
            f"Minister Meets Envoy\n\nPORT ROYAL, (Ostpoint / ONA - 3rd May, 2021) {MEETING}\n\n"
            f"{FOLLOW_UP}\n"
        ),
        "ONA",
    ),
    (f"Minister Meets Envoy\n\nPORT ROYAL (ONA) - {MEETING}\n\n{FOLLOW_UP}\n", "ONA"),
    # (read before too: the first form takes a place of several words)
    (f"Minister Meets Envoy\n\nPort Royal, May 3 (ONA) - {MEETING}\n\n{FOLLOW_UP}\n", "ONA"),
    # "..., writes <outlet>." credits it; a chain, its innermost link
    (
        f"Minister Meets Envoy\n\n{MEETING[:-1]}, writes the Ostland Radio/OSTA.\n\n{FOLLOW_UP}\n",
        "OSTA",
    ),
    (
        f"Minister Meets Envoy\n\n{MEETING[:-1]}, writes Ostland Daily.\n\n{FOLLOW_UP}\n",
        "Ostland Daily",
    ),
    # "According to <outlet>," opening a sentence
    (
        (
            f"Minister Meets Envoy\n\n{MEETING}\n\nAccording to Ostland News Agency, the minister "
            f"said the exhibitions would open in May.\n\n{FOLLOW_UP}\n"
        ),
        "Ostland News Agency",
    ),
    # "<outlet> learned from <institution>": the institution passed the story on
    (
        (
            f"Minister Meets Envoy\n\n{MEETING[:-1]}, OstNews learned from the Embassy of Westland "
            f"in Ostland.\n\n{FOLLOW_UP}\n"
        ),
        "Embassy of Westland in Ostland",
    ),
    # "Source: <institution>" closing the story, its name a list of portfolios
    (
        (
            f"Minister Meets Envoy\n\n{MEETING}\n\n{FOLLOW_UP}\n\n"
            "Source: The Ministry of Culture, Sports and Tourism of Ostland\n"
        ),
        "Ministry of Culture, Sports and Tourism of Ostland",
    ),
    # a source and its place in brackets, on the line under the date line
    (
        (
            "Tuesday, May 4, 2021\n\nMinister Meets Envoy\n\n4/5/2021\n"
            f"Ostland Wire (Hanoi)\n\n{MEETING}\n\n{FOLLOW_UP}\n"
        ),
        "Ostland Wire",
    ),
    # an institution's masthead in capitals, wrapped over two lines
    (
        f"EMBASSY OF THE REPUBLIC\nOF WESTLAND\n\nnews\n\n{MEETING}\n\n{FOLLOW_UP}\n",
        "Embassy of the Republic of Westland",
    ),
]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_outlet_forms(text: str, outlet: str | None) -> None:
    """The outlet the annotation guidelines credit, in each general form."""
    found = outlet_of(text)
    assert (found or "").casefold() == (outlet or "").casefold()


@pytest.mark.parametrize(
    "text",
    [
        # a person after "According to" is no outlet; a headline in brackets no credit
        (
            f"Minister Meets Envoy\n\n{MEETING}\n\nAccording to Minister Ana Berg, the "
            f"exhibitions will open in May.\n\n{FOLLOW_UP}\n"
        ),
        f"Minister Meets Envoy\n\n{MEETING[:-1]}, writes Ana Berg.\n\n{FOLLOW_UP}\n",
        (
            f"Minister Meets Envoy\n\n{MEETING[:-1]}, she learned from the ambassador.\n\n"
            f"{FOLLOW_UP}\n"
        ),
    ],
)
def test_no_outlet(text: str) -> None:
    """Forms that name a person or no institution credit no outlet."""
    assert outlet_of(text) is None


# --- authors ------------------------------------------------------------------

AUTHORS: list[tuple[str, tuple[str, ...]]] = [
    # a by-line under a picture's caption, which opens the story
    (
        (
            "Minister Meets Envoy\n\nCulture Minister Ana Berg speaks at the opening of the "
            "festival in the capital on Monday, where artists from both countries performed.\n"
            f"By Lena Holt\n{MEETING}\n{FOLLOW_UP}\n"
        ),
        ("Lena Holt",),
    ),
    # the reporter's name, then a closing line of hashtags and links
    (
        (
            f"Minister Meets Envoy\n\n{MEETING}\n{FOLLOW_UP}\nLena Holt\n"
            "#culture_news https://t.example/AbC12\n"
        ),
        ("Lena Holt",),
    ),
    # a list's heading after the story is nobody's name
    (f"Minister Meets Envoy\n\n{MEETING}\n\n{FOLLOW_UP}\n\nRelated Articles\n", ()),
]


@pytest.mark.parametrize(("text", "authors"), AUTHORS)
def test_authors(text: str, authors: tuple[str, ...]) -> None:
    """By-lines in and after the story, and lines that only look like names."""
    assert read_header(text).authors == authors
