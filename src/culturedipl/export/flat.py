"""Flat tables of many articles: one list of rows per record type, in plain Python.

The tables, their columns and the column types are fixed (:data:`~culturedipl.export.flat.COLUMNS`),
so that every export writes the same shape whatever the articles hold:

- ``articles``: one row per article;
- ``officials``: one row per official of each article, with a ``person`` key
  that is the same for one person across articles (:func:`~culturedipl.identify`;
  an official without a name, whom it leaves out, has a key of its own);
- ``meetings``: one row per meeting *and participant*, with the meeting's
  date (else the article's publication date) and whether the participant hosted;
- ``statements``: one row per statement;
- ``initiatives``: one row per initiative of each article.

Lists (authors, portfolio, topics ...) stay lists; dates stay dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from culturedipl.identity import Identities, identify
from culturedipl.model import Article

__all__ = ["COLUMNS", "tables"]

#: Each table's columns and their types: ``str``, ``int``, ``bool``, ``date`` or ``list``
#: (a list of strings). Every ``str``, ``date`` column may hold None.
COLUMNS: Final[dict[str, dict[str, str]]] = {
    "articles": {
        "article_id": "str",
        "source": "str",
        "url": "str",
        "outlet": "str",
        "title": "str",
        "published": "date",
        "authors": "list",
        "officials": "int",
        "meetings": "int",
        "statements": "int",
        "initiatives": "int",
    },
    "officials": {
        "article_id": "str",
        "official_id": "str",
        "person": "str",
        "name": "str",
        "role": "str",
        "title": "str",
        "portfolio": "list",
        "country": "str",
        "organization": "str",
        "posted_to": "str",
    },
    "meetings": {
        "article_id": "str",
        "meeting_id": "str",
        "date": "date",
        "official_id": "str",
        "person": "str",
        "name": "str",
        "country": "str",
        "role": "str",
        "host": "bool",
        "location": "str",
        "topics": "list",
        "span_start": "int",
        "span_end": "int",
    },
    "statements": {
        "article_id": "str",
        "statement_id": "str",
        "date": "date",
        "act": "str",
        "verb": "str",
        "speakers": "list",
        "speaker_countries": "list",
        "addressees": "list",
        "initiatives": "list",
        "meeting_id": "str",
        "topics": "list",
        "text": "str",
        "span_start": "int",
        "span_end": "int",
    },
    "initiatives": {
        "article_id": "str",
        "initiative_id": "str",
        "name": "str",
        "aliases": "list",
        "kind": "str",
        "initiator": "str",
    },
}


def tables(articles: Iterable[Article]) -> dict[str, list[dict[str, object]]]:
    """The five tables of *articles* as lists of rows.

    Each row is a dict keyed by the table's columns in :data:`~culturedipl.export.flat.COLUMNS`.
    """
    articles = list(articles)
    people = identify(articles)
    result: dict[str, list[dict[str, object]]] = {name: [] for name in COLUMNS}
    for article in articles:
        result["articles"].append(
            {
                "article_id": article.id,
                "source": article.source,
                "url": article.url,
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published,
                "authors": list(article.authors),
                "officials": len(article.officials),
                "meetings": len(article.meetings),
                "statements": len(article.statements),
                "initiatives": len(article.initiatives),
            }
        )
        for official in article.officials:
            result["officials"].append(
                {
                    "article_id": article.id,
                    "official_id": official.id,
                    "person": _person(people, article, official.id),
                    "name": official.name,
                    "role": official.role.value,
                    "title": official.title,
                    "portfolio": list(official.portfolio),
                    "country": official.country,
                    "organization": official.organization,
                    "posted_to": official.posted_to,
                }
            )
        for meeting in article.meetings:
            for official in article.participants(meeting):
                result["meetings"].append(
                    {
                        "article_id": article.id,
                        "meeting_id": meeting.id,
                        "date": meeting.date or article.published,
                        "official_id": official.id,
                        "person": _person(people, article, official.id),
                        "name": official.name,
                        "country": official.country,
                        "role": official.role.value,
                        "host": meeting.host == official.id,
                        "location": meeting.location,
                        "topics": list(meeting.topics),
                        "span_start": meeting.span.start,
                        "span_end": meeting.span.end,
                    }
                )
        for statement in article.statements:
            meeting_date = article.meeting(statement.meeting).date if statement.meeting else None
            speakers = article.speakers(statement)
            result["statements"].append(
                {
                    "article_id": article.id,
                    "statement_id": statement.id,
                    "date": meeting_date or article.published,
                    "act": statement.act.value,
                    "verb": statement.verb,
                    "speakers": [official.name for official in speakers],
                    "speaker_countries": [o.country for o in speakers if o.country],
                    "addressees": [article.official(i).name for i in statement.addressees],
                    "initiatives": [i.name for i in article.initiatives_of(statement)],
                    "meeting_id": statement.meeting,
                    "topics": list(statement.topics),
                    "text": statement.text,
                    "span_start": statement.span.start,
                    "span_end": statement.span.end,
                }
            )
        for initiative in article.initiatives:
            result["initiatives"].append(
                {
                    "article_id": article.id,
                    "initiative_id": initiative.id,
                    "name": initiative.name,
                    "aliases": list(initiative.aliases),
                    "kind": initiative.kind.value,
                    "initiator": initiative.initiator,
                }
            )
    return result


def _person(people: Identities, article: Article, official_id: str) -> str:
    # an official without a name, whom identify leaves out, is a person alone
    return people.key(article, official_id, alone=True)
