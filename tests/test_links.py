"""Portfolios read from titles, and statements linked to the initiatives they name (issue 12)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from culturedipl import (
    Act,
    Article,
    DecodeError,
    Initiative,
    InvalidArticleError,
    Span,
    Statement,
    dumps,
    loads,
    parse_text,
)
from culturedipl._portfolio import portfolio_of
from culturedipl.lexicon import portfolios
from culturedipl.testing import articles


@pytest.mark.parametrize(
    ("title", "labels"),
    [
        ("Minister of Culture", ("culture",)),
        ("Estonian Culture Minister", ("culture",)),
        ("Minister of Culture, Sports and Tourism", ("culture", "sport", "tourism")),
        ("Deputy Foreign Minister", ("foreign affairs",)),
        ("Minister of Foreign Affairs of Chile", ("foreign affairs",)),
        ("Minister for Europe and Foreign Affairs", ("foreign affairs",)),
        ("Foreign Trade Minister", ("trade",)),
        ("Minister of Youth and Sports", ("youth", "sport")),
        ("Minister of Education, Science and Culture", ("education", "science", "culture")),
        ("Minister of Cultural Heritage and Tourism", ("heritage", "tourism")),
        ("Minister of Information and Culture", ("information", "culture")),
        ("Minister of Physical Culture and Sport", ("sport",)),
        ("Vice-Minister of Culture and Culture", ("culture",)),
        ("Ambassador to Peru", ()),
        ("Prime Minister", ()),
        ("Director (Culture)", ()),
        (None, ()),
        ("", ()),
    ],
)
def test_portfolio_of_titles(title: str | None, labels: tuple[str, ...]) -> None:
    """Each field the title names, in order, once; the longest phrase wins; brackets are skipped."""
    assert portfolio_of(title) == labels


def test_portfolio_lexicon_labels_are_few_and_lowercase() -> None:
    """The lexicon's labels are short lowercase words, a closed list a query can name."""
    labels = set(portfolios().values())
    assert {"culture", "foreign affairs", "tourism", "education", "youth", "sport"} <= labels
    assert {"information", "heritage"} <= labels
    assert all(label == label.casefold().strip() for label in labels)
    assert len(labels) < 40


def test_reader_gives_officials_their_portfolio() -> None:
    """parse_text fills Official.portfolio from the title it reads."""
    article = parse_text(
        "Latvian Minister of Culture and Tourism Ilze Kalnina met with Chilean Foreign "
        "Minister Tomas Reyes in Riga. Kalnina said the countries share a love of choirs."
    )
    by_name = {official.name: official for official in article.officials}
    assert by_name["Ilze Kalnina"].portfolio == ("culture", "tourism")
    assert by_name["Tomas Reyes"].portfolio == ("foreign affairs",)


def test_statements_point_at_the_initiatives_they_name() -> None:
    """A statement naming an initiative lists its id; initiatives_of looks the records up."""
    article = parse_text(
        "Culture Minister Ilze Kalnina met with Chilean Ambassador to Latvia Tomas Reyes. "
        'Kalnina invited Reyes to the "Baltic Song Bridge" festival. '
        "Reyes thanked Kalnina for the warm welcome."
    )
    (initiative,) = article.initiatives
    assert initiative.name == "Baltic Song Bridge"
    invitation, thanks = article.statements
    assert invitation.act is Act.INVITE
    assert invitation.initiatives == (initiative.id,)
    assert article.initiatives_of(invitation) == (initiative,)
    assert thanks.initiatives == ()
    assert article.initiatives_of(thanks) == ()


BODY = "Ms Ode launched the Open Doors Year. Ode praised it."


def _article(named: tuple[str, ...]) -> Article:
    return Article(
        id="a1",
        body=BODY,
        statements=(
            Statement(
                id="s1",
                speakers=(),
                act=Act.SAY,
                text="Ode praised it.",
                initiatives=named,
                span=Span(37, 52),
            ),
        ),
        initiatives=(Initiative(id="i1", name="Open Doors Year", mentions=(Span(20, 35),)),),
    )


def test_statement_initiatives_must_resolve() -> None:
    """A statement's initiative ids are checked like its meeting: each must name an initiative."""
    assert _article(("i1",)).statements[0].initiatives == ("i1",)
    with pytest.raises(InvalidArticleError) as raised:
        _article(("i1", "i9"))
    assert raised.value.problems == ("statements[0].initiatives[1]: unknown initiative id 'i9'",)


def test_loads_reports_a_dangling_initiative_id() -> None:
    """The codec reports an unknown initiative id with its JSON path, among other problems."""
    document = json.loads(dumps(_article(("i1",))))
    document["statements"][0]["initiatives"] = ["i1", "i7"]
    document["published"] = "soon"
    with pytest.raises(DecodeError) as raised:
        loads(json.dumps(document))
    assert raised.value.problems == (
        "$.published: invalid date 'soon'",
        "$.statements[0].initiatives[1]: unknown initiative id 'i7'",
    )


@settings(max_examples=60, deadline=None)
@given(articles())
def test_drawn_links_resolve_and_round_trip(article: Article) -> None:
    """The testing strategies draw the new fields, always resolving, and JSON keeps them."""
    initiative_ids = {initiative.id for initiative in article.initiatives}
    for statement in article.statements:
        assert set(statement.initiatives) <= initiative_ids
        assert [i.id for i in article.initiatives_of(statement)] == list(statement.initiatives)
    again = loads(dumps(article))
    assert again == article
    assert again.source == article.source
    assert [o.portfolio for o in again.officials] == [o.portfolio for o in article.officials]
