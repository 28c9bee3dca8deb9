"""Draw the documentation's figures: who met whom in the example articles.

Usage::

    python scripts/figures.py            # writes docs/_static/network.png
    nox -s figures                       # the same, in the docs environment

The figure is the graph of :func:`culturedipl.export.to_graph` over the
repository's own example articles (``examples/*.txt`` and ``tests/articles/*.txt``,
written for the project with invented people): one node per person, one edge per
pair of people who met, thicker for more meetings, nodes coloured by country.
It needs networkx and matplotlib (``pip install -e ".[docs]"``). ``nox -s docs``
runs this first; the PNG is committed too, so the docs build without it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import culturedipl
from culturedipl.export import to_graph

ROOT = Path(__file__).resolve().parents[1]
#: The articles the figure is drawn from, relative to the repository.
SOURCES = ("examples/*.txt", "tests/articles/*.txt")
OUTPUT = ROOT / "docs" / "_static" / "network.png"


def _roles(corpus: culturedipl.Corpus) -> dict[str, culturedipl.Role]:
    """The role of each person of :func:`~culturedipl.identify`, by key (the last one read)."""
    people = culturedipl.identify(corpus)
    return {
        people.key(article, official): official.role
        for article in corpus
        for official in article.officials
    }


def _label(node: dict[str, Any]) -> str:
    """A node's name, and its country's code when it has one."""
    country = node.get("country")
    return f"{node['name']} ({country})" if country else str(node["name"])


def _layout(graph: Any) -> dict[Any, tuple[float, float]]:  # noqa: ANN401 - a networkx.Graph
    """Node positions: each group of people who met laid out on its own, the groups in a
    grid, largest first, so that no edge crosses between groups."""
    import networkx as nx  # noqa: PLC0415

    groups = sorted(nx.connected_components(graph), key=lambda nodes: (-len(nodes), sorted(nodes)))
    columns = 4
    positions: dict[Any, tuple[float, float]] = {}
    for index, nodes in enumerate(groups):
        row, column = divmod(index, columns)
        centre = (column * 1.0, -row * 1.0)
        # a new graph in sorted order: a subgraph view would iterate the set *nodes*,
        # whose order changes with the hash seed, and so would the layout
        group = nx.Graph()
        group.add_nodes_from(sorted(nodes))
        group.add_edges_from(sorted(tuple(sorted(edge)) for edge in graph.edges(nodes)))
        if len(nodes) == 1:
            placed = {next(iter(nodes)): centre}
        else:
            scale = min(0.42, 0.2 + 0.04 * len(nodes))  # larger groups get more room
            placed = nx.spring_layout(group, seed=14, scale=scale, center=centre)
        positions.update({node: (float(x), float(y)) for node, (x, y) in placed.items()})
    return positions


def draw(output: Path = OUTPUT) -> tuple[int, int]:
    """Draw the network of :data:`SOURCES` into *output*; returns its nodes and edges."""
    import matplotlib as mpl  # noqa: PLC0415 - only this script needs it

    mpl.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import networkx as nx  # noqa: PLC0415

    corpus = culturedipl.Corpus.from_paths([str(ROOT / pattern) for pattern in SOURCES])
    graph = to_graph(corpus)
    role = _roles(corpus)
    roles = [r for r in culturedipl.Role if any(role[node] == r for node in graph)]
    palette = plt.get_cmap("tab10")
    colour = {r: palette(index % 10) for index, r in enumerate(roles)}
    layout = _layout(graph)

    figure, axes = plt.subplots(figsize=(12, 11), dpi=100)
    nx.draw_networkx_edges(
        graph,
        layout,
        ax=axes,
        width=[1.0 + 1.5 * (data["meetings"] - 1) for _, _, data in graph.edges(data=True)],
        edge_color="#888888",
    )
    for r in roles:
        nx.draw_networkx_nodes(
            graph,
            layout,
            nodelist=[node for node in graph if role[node] == r],
            ax=axes,
            node_size=90,
            node_color=[colour[r]],
            label=r.value.replace("_", " "),
        )
    nx.draw_networkx_labels(
        graph,
        {node: (x, y + 0.06) for node, (x, y) in layout.items()},
        labels={node: _label(data) for node, data in graph.nodes(data=True)},
        ax=axes,
        font_size=6.5,
    )
    axes.legend(loc="lower right", fontsize=8, title="role", title_fontsize=8, frameon=False)
    axes.set_title(
        f"Who met whom: {graph.number_of_nodes()} officials and {graph.number_of_edges()} pairs "
        f"who met, in {len(corpus)} example articles",
        fontsize=10,
    )
    axes.set_axis_off()
    figure.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    # no timestamp or version in the file, so that a rerun writes the same bytes
    figure.savefig(output, metadata={"Software": None})
    plt.close(figure)
    return graph.number_of_nodes(), graph.number_of_edges()


def main() -> int:
    """Draw every figure and say where each went."""
    nodes, edges = draw()
    sys.stdout.write(f"{OUTPUT.relative_to(ROOT)}: {nodes} nodes, {edges} edges\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
