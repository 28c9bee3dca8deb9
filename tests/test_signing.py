"""Signing ceremonies: officials who sign a document together met, and signed as one.

ANNOTATION.md ("Ceremonies and openings"): two or more officials who sign a
document together hold a meeting of the signatories, and the signing is their
``agree``; one official who signs alone, or a signing with no counterpart named,
is no meeting of two. Each case is a sentence of our own in the style of the news.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import culturedipl
from culturedipl import lexicon

#: (construction, text, meetings as participant names, statements as (act, speakers))
CASES: list[tuple[str, str, list[list[str]], list[tuple[str, list[str]]]]] = [
    (
        "a passive signing with a time between the verb and its agents",
        (
            "A new cultural agreement was signed today by the Minister of Culture of "
            "Portugal Rui Matos and the Ambassador of Peru Elena Quispe."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "a passive signing with a place and a day between the verb and its agents",
        (
            "The memorandum on film co-production was signed in Lisbon on Tuesday by the "
            "Portuguese Minister of Culture Rui Matos and the Peruvian Ambassador Elena Quispe."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "a passive signing whose second signatory's title holds a place ('in Peru')",
        (
            "The protocol was signed by the Minister of Culture of Chile Ana Soto and "
            "Director of the National Institute of Culture in Peru Luis Rojas."
        ),
        [["Ana Soto", "Luis Rojas"]],
        [("agree", ["Ana Soto", "Luis Rojas"])],
    ),
    (
        "a passive signing 'on behalf of A by X and on behalf of B by Y'",
        (
            "The programme was signed on behalf of Portugal by Minister of Culture Rui Matos "
            "and on behalf of Peru by Ambassador Elena Quispe."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "an active signing by a list of signatories, each with a title in commas",
        (
            "Minister of Culture of Ghana, Kwame Boateng, and the Ambassador of Chile in "
            "Ghana, Jorge Vidal, signed the document that will be valid until 2027."
        ),
        [["Kwame Boateng", "Jorge Vidal"]],
        [("agree", ["Kwame Boateng", "Jorge Vidal"])],
    ),
    (
        "'both officials inked' after a handover that was no meeting: the pair named before",
        (
            "Minister of Culture Rui Matos on Friday handed over a collection of old maps to "
            "Ambassador of Peru Elena Quispe.\n\nThe maps were found in a private library. "
            "At the ceremony, both officials also inked a cooperation agreement."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "'X and Y put their signatures to' a declaration",
        (
            "Minister of Culture Rui Matos and Ambassador of Peru Elena Quispe put their "
            "signatures to a joint declaration on heritage."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "a signing by others than the meeting being reported is a meeting of its own",
        (
            "Minister of Culture Rui Matos met Ambassador of Peru Elena Quispe. Later, Matos "
            "and the Chilean Ambassador Jorge Vidal signed a protocol on museums."
        ),
        [["Rui Matos", "Elena Quispe"], ["Rui Matos", "Jorge Vidal"]],
        [("agree", ["Rui Matos", "Jorge Vidal"])],
    ),
    (
        "a signing after the meeting by the two who met is no second meeting",
        (
            "Minister of Culture Rui Matos met Ambassador of Peru Elena Quispe. After the "
            "talks, the two officials signed a cooperation programme."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "a passive signing 'between' countries: the one official of each named before",
        (
            "Minister of Culture of Portugal Rui Matos, Minister of Culture of Peru Elena "
            "Quispe and Minister of Culture of Chile Ana Soto visited the book fair. A joint "
            "declaration on reading was signed between Portugal, Peru and Chile."
        ),
        [["Rui Matos", "Elena Quispe", "Ana Soto"]],
        [("agree", ["Rui Matos", "Elena Quispe", "Ana Soto"])],
    ),
    (
        "a passive signing 'between' two officials, the second one 'his counterpart'",
        (
            "A memorandum on archives was signed yesterday in Lima between Portuguese "
            "Minister of Culture Rui Matos and his Peruvian counterpart Elena Quispe."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "a letter of intent is a document signed together",
        (
            "The letter of intent was signed on Monday by the Minister of Culture of "
            "Portugal Rui Matos and the Ambassador of Peru Elena Quispe."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "one official who signs alone holds no meeting",
        "Minister of Culture Rui Matos signed a decree on the protection of old maps.",
        [],
        [("agree", ["Rui Matos"])],
    ),
    (
        "a signing with no counterpart named holds no meeting of two",
        "Minister of Culture Rui Matos signed a memorandum with the Peruvian delegation.",
        [],
        [("agree", ["Rui Matos"])],
    ),
    (
        "a signing 'between the two countries' with one official named stays his alone",
        (
            "Minister of Culture Rui Matos arrived in Lima. An agreement on archives was "
            "signed between the two countries."
        ),
        [],
        [],
    ),
    (
        "a signing 'between' countries of which one has no official named is no one's",
        (
            "Minister of Culture of Portugal Rui Matos visited the book fair with Minister of "
            "Culture of Peru Elena Quispe. A declaration was signed between Portugal, Peru "
            "and Chile."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos", "Elena Quispe"])],
    ),
    (
        "'advisers of the two ministers' are no pair of signatories: their head is 'advisers'",
        (
            "Minister of Culture Rui Matos on Friday handed over a collection of old maps to "
            "Ambassador of Peru Elena Quispe. The advisers of the two ministers signed a "
            "work plan."
        ),
        [],
        [],
    ),
    (
        "a relative clause's official before the verb is no co-signatory",
        (
            "Minister of Culture Rui Matos, who met Ambassador of Peru Elena Quispe, signed "
            "the memorandum on archives."
        ),
        [["Rui Matos", "Elena Quispe"]],
        [("agree", ["Rui Matos"])],
    ),
]


def _names(article: culturedipl.Article, ids: tuple[str, ...]) -> list[str]:
    by_id = {official.id: official.name for official in article.officials}
    return sorted(by_id[i] for i in ids)


@pytest.mark.parametrize(
    ("construction", "text", "meetings", "statements"), CASES, ids=[c[0] for c in CASES]
)
def test_signing_is_read(
    construction: str,
    text: str,
    meetings: list[list[str]],
    statements: list[tuple[str, list[str]]],
) -> None:
    """The construction yields exactly its meetings and its statements."""
    article = culturedipl.parse_text(text)
    found_meetings = [_names(article, m.participants) for m in article.meetings]
    assert found_meetings == [sorted(m) for m in meetings], construction
    found_statements = [(s.act.value, _names(article, s.speakers)) for s in article.statements]
    assert found_statements == [(act, sorted(speakers)) for act, speakers in statements]


def _host(text: str) -> str | None:
    article = culturedipl.parse_text(text)
    (meeting,) = article.meetings
    return article.official(meeting.host).name if meeting.host is not None else None


def test_the_place_of_a_signing_makes_its_home_official_the_host() -> None:
    """Signed in Lisbon: the Portuguese minister hosts; a place inside a signatory's
    title ("Director ... in Peru") says nothing of where they signed."""
    assert (
        _host(
            "The memorandum was signed in Lisbon on Tuesday by the Portuguese Minister of "
            "Culture Rui Matos and the Peruvian Ambassador Elena Quispe."
        )
        == "Rui Matos"
    )
    assert (
        _host(
            "The protocol was signed by the Minister of Culture of Chile Ana Soto and "
            "Director of the National Institute of Culture in Peru Luis Rojas."
        )
        is None
    )


def _rows(name: str) -> list[str]:
    return [columns[0] for _, columns in lexicon.read_table(f"en/{name}.tsv")]


@pytest.mark.parametrize("form", _rows("signing_verbs"))
def test_every_signing_verb_is_a_signing_of_two(form: str) -> None:
    """Each signing form makes its two signatories meet; a verb of drafting does not."""
    people = "Minister of Culture Rui Matos and Ambassador of Peru Elena Quispe"
    if form.startswith(("was ", "were ")):
        noun = "The memorandum was" if form.startswith("was ") else "The memoranda were"
        text = f"{noun} {form.split()[1]} on Monday by {people}."
        other = f"{noun} drafted on Monday by {people}."
    else:
        text = f"{people} {form} {'to ' if form.endswith('signatures') else ''}a memorandum."
        other = f"{people} drafted a memorandum."
    article = culturedipl.parse_text(text)
    assert [_names(article, m.participants) for m in article.meetings] == [
        ["Elena Quispe", "Rui Matos"]
    ], text
    assert [s.act.value for s in article.statements] == ["agree"], text
    assert culturedipl.parse_text(other).meetings == (), other


@pytest.mark.parametrize("noun", _rows("signed_documents"))
def test_every_signed_document_makes_a_signing_ceremony(noun: str) -> None:
    """ "The <document> was signed today by A and B" is their signing; of a letter, no one's."""
    people = "Minister of Culture Rui Matos and Ambassador of Peru Elena Quispe"
    article = culturedipl.parse_text(f"The {noun} was signed today by {people}.")
    assert [_names(article, m.participants) for m in article.meetings] == [
        ["Elena Quispe", "Rui Matos"]
    ], noun
    assert culturedipl.parse_text(f"The letter was signed today by {people}.").meetings == ()


_FIRST = ("Rui", "Elena", "Ana", "Jorge", "Kwame", "Ines")
_LAST = ("Matos", "Quispe", "Soto", "Vidal", "Boateng", "Ferreira")
_GAPS = ("", " today", " in Lisbon", " on Monday", " in Lima on 3 May")


@settings(max_examples=30, deadline=None)
@given(
    first=st.permutations(_FIRST),
    last=st.permutations(_LAST),
    gap=st.sampled_from(_GAPS),
    noun=st.sampled_from(_rows("signed_documents")),
)
def test_a_passive_signing_is_the_meeting_of_its_agents(
    first: list[str], last: list[str], gap: str, noun: str
) -> None:
    """Whatever the names, the document and the time or place before "by", the two
    agents of a signing met, and the signing is theirs alone."""
    a, b = f"{first[0]} {last[0]}", f"{first[1]} {last[1]}"
    text = (
        f"The {noun} was signed{gap} by the Minister of Culture of Portugal {a} and the "
        f"Ambassador of Peru {b}."
    )
    article = culturedipl.parse_text(text)
    assert [_names(article, m.participants) for m in article.meetings] == [sorted([a, b])]
    assert [(s.act.value, _names(article, s.speakers)) for s in article.statements] == [
        ("agree", sorted([a, b]))
    ]
