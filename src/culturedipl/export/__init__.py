"""Exports of many articles: tables, DataFrames, Parquet, a who-met-whom graph, CAMEO and PLOVER.

The optional libraries are imported when first needed; without them the
function raises :class:`~culturedipl.MissingExtraError` naming the extra to
install: ``pandas`` (:func:`to_frames`), ``parquet`` (:func:`write_parquet`)
and ``graph`` (:func:`to_graph`). :func:`tables` and :func:`events` need
nothing beyond culturedipl.
"""

from __future__ import annotations

from culturedipl.export.events import EventRecord, Events, events
from culturedipl.export.flat import COLUMNS, tables
from culturedipl.export.frames import to_frames, write_parquet, write_partition
from culturedipl.export.graph import to_graph

__all__ = [
    "COLUMNS",
    "EventRecord",
    "Events",
    "events",
    "tables",
    "to_frames",
    "to_graph",
    "write_parquet",
    "write_partition",
]
