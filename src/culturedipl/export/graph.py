"""Who met whom, as a networkx graph."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any, Literal

from culturedipl._optional import require
from culturedipl.identity import identify
from culturedipl.model import Article

__all__ = ["to_graph"]


def to_graph(articles: Iterable[Article], *, by: Literal["person", "country"] = "person") -> Any:  # noqa: ANN401 - a networkx.Graph
    """A graph of who met whom: nodes are people (identity keys) or countries.

    Each edge has ``meetings`` (how many meetings joined the two), ``dates``
    (the meetings' dates, else their articles' publication dates, sorted;
    undated ones left out) and ``articles`` (the ids). Person nodes carry
    ``name`` and ``country``. Needs networkx (``pip install 'culturedipl[graph]'``).
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
                    key = people.key(article, official)
                    nodes.setdefault(
                        key, {"name": people.person(key).name, "country": official.country}
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
