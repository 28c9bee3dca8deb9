"""Who met whom, as a networkx graph."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any, Literal

from culturedipl._optional import require
from culturedipl.identity import Identities, identify
from culturedipl.model import Article, Official

__all__ = ["to_graph"]


def to_graph(articles: Iterable[Article], *, by: Literal["person", "country"] = "person") -> Any:  # noqa: ANN401 - a networkx.Graph
    """A graph of who met whom: nodes are people (identity keys) or countries.

    Each edge has ``meetings`` (how many meetings joined the two), ``dates``
    (the meetings' dates, else their articles' publication dates, sorted;
    undated ones left out) and ``articles`` (the ids). Person nodes carry
    ``name`` and ``country``; an official without a name (whom
    :func:`~culturedipl.identify` leaves out) is a node of its own, keyed
    ``"<article id>#<official id>"``. Needs networkx (``pip install 'culturedipl[graph]'``).
    """
    networkx = require("networkx", "graph", "to_graph")
    articles = list(articles)
    people = identify(articles) if by == "person" else None
    graph = networkx.Graph()
    for article in articles:
        for meeting in article.meetings:
            date = meeting.date or article.published
            nodes: dict[str, dict[str, object]] = {}
            for official in article.participants(meeting):
                if people is not None:
                    # an official without a name, whom identify leaves out, is a node alone
                    key = people.key(article, official, alone=True)
                    nodes.setdefault(
                        key, {"name": _name(people, key, official), "country": official.country}
                    )
                elif official.country:
                    nodes.setdefault(official.country, {})
            for node, attributes in nodes.items():
                if node not in graph:
                    graph.add_node(node, **attributes)
            for first, second in combinations(sorted(nodes), 2):
                if graph.has_edge(first, second):
                    edge = graph.edges[first, second]
                else:
                    graph.add_edge(first, second, meetings=0, dates=[], articles=[])
                    edge = graph.edges[first, second]
                edge["meetings"] += 1
                if date is not None:
                    edge["dates"] = sorted([*edge["dates"], date])
                if article.id not in edge["articles"]:
                    edge["articles"].append(article.id)
    return graph


def _name(people: Identities, key: str, official: Official) -> str:
    """The person's fullest name, or the official's own for an official alone."""
    try:
        return people.person(key).name
    except KeyError:
        return official.name
