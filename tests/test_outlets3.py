"""Outlets on unseen text (ANNOTATION.md, "Outlet of a reprint", "Outlet chains"), and the
Document, read once and not changed after."""

from __future__ import annotations

import pytest

from culturedipl._document import Document, Topics
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
