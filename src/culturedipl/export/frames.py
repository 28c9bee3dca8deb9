"""The tables of :mod:`culturedipl.export.flat` as pandas DataFrames and Parquet files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from culturedipl._optional import require
from culturedipl.corpus import Corpus
from culturedipl.export.flat import COLUMNS, tables
from culturedipl.model import Article

__all__ = ["to_frames", "write_parquet", "write_partition"]


def _arrow_type(pyarrow: Any, kind: str) -> Any:  # noqa: ANN401 - pyarrow is untyped here
    return {
        "str": pyarrow.string(),
        "int": pyarrow.int64(),
        "bool": pyarrow.bool_(),
        "date": pyarrow.date32(),
        "list": pyarrow.list_(pyarrow.string()),
    }[kind]


def _arrow_tables(articles: Iterable[Article]) -> dict[str, Any]:
    pyarrow = require("pyarrow", "parquet", "writing Parquet")
    result = {}
    for name, rows in tables(articles).items():
        schema = pyarrow.schema(
            [(column, _arrow_type(pyarrow, kind)) for column, kind in COLUMNS[name].items()]
        )
        result[name] = pyarrow.Table.from_pylist(rows, schema=schema)
    return result


def to_frames(articles: Iterable[Article]) -> dict[str, Any]:
    """The five tables as pandas DataFrames: ``articles``, ``officials``, ``meetings``
    (one row per participant), ``statements``, ``initiatives``.

    Needs pandas (``pip install 'culturedipl[pandas]'``). Dates are
    ``datetime64`` columns, lists stay Python lists.
    """
    pandas = require("pandas", "pandas", "to_frames")
    frames = {}
    for name, rows in tables(articles).items():
        columns = COLUMNS[name]
        frame = pandas.DataFrame.from_records(rows, columns=list(columns))
        for column, kind in columns.items():
            if kind == "date":
                frame[column] = pandas.to_datetime(frame[column])
            elif kind == "bool":
                frame[column] = frame[column].astype(bool)
            elif kind == "int":
                frame[column] = frame[column].astype("int64")
        frames[name] = frame
    return frames


def write_parquet(
    articles: Iterable[Article], directory: str | os.PathLike[str], *, prefix: str = ""
) -> dict[str, Path]:
    """Write the five tables to *directory* as ``{prefix}{table}.parquet``; returns the paths.

    Needs pyarrow (``pip install 'culturedipl[parquet]'``). DuckDB, polars,
    pandas and Spark read the files directly; a Dask job writes one *prefix*
    per partition.
    """
    parquet = require("pyarrow.parquet", "parquet", "writing Parquet")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, table in _arrow_tables(articles).items():
        path = folder / f"{prefix}{name}.parquet"
        parquet.write_table(table, path)
        written[name] = path
    return written


def write_partition(
    paths: Iterable[str | os.PathLike[str]], directory: str | os.PathLike[str]
) -> list[int]:
    """Read *paths* and write their tables to *directory* as one Parquet partition.

    For Dask and the like: a worker runs this on its share of the files and
    returns only ``[articles read, files that failed]``, never the records
    (pickling an article costs about a third of parsing it). The files are
    named ``{digest}-{table}.parquet`` after the paths, so a rerun of the same
    partition overwrites its own files and no two partitions collide. Person
    keys are computed within the partition.
    """
    sources = [os.fspath(path) for path in paths]
    corpus = Corpus.from_paths(sources)
    digest = hashlib.sha256("\0".join(sources).encode("utf-8", "surrogatepass")).hexdigest()
    write_parquet(corpus, directory, prefix=f"{digest[:16]}-")
    return [len(corpus), len(corpus.failures)]
