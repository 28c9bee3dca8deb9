"""The Dask recipe of docs/performance.md, on Dask's processes scheduler (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pandas
import pytest

from culturedipl import Corpus
from culturedipl.export import COLUMNS, write_parquet, write_partition

OWN = Path(__file__).parent / "articles"


def _read(folder: Path, table: str) -> pandas.DataFrame:
    frames = [pandas.read_parquet(path) for path in sorted(folder.glob(f"*{table}.parquet"))]
    frame = pandas.concat(frames, ignore_index=True)
    keys = [c for c in COLUMNS[table] if c.endswith("_id")]
    return frame.drop(columns=["person"], errors="ignore").sort_values(keys, ignore_index=True)


def test_dask_bag_writes_the_same_tables(tmp_path: Path) -> None:
    """A bag over files, each partition written by a worker process: the tables of one run."""
    dask_bag = pytest.importorskip("dask.bag")
    files = sorted(str(path) for path in OWN.glob("*.txt"))[:12]
    counts = (
        dask_bag.from_sequence(files, npartitions=3)
        .map_partitions(write_partition, str(tmp_path / "dask"))
        .compute(scheduler="processes", num_workers=2)
    )
    assert sum(counts[0::2]) == 12  # articles read, per partition
    assert sum(counts[1::2]) == 0  # failures
    assert len(list((tmp_path / "dask").glob("*-meetings.parquet"))) == 3
    write_parquet(Corpus.from_paths(files), tmp_path / "one")
    for table in COLUMNS:
        pandas.testing.assert_frame_equal(
            _read(tmp_path / "dask", table), _read(tmp_path / "one", table)
        )


def test_write_partition_names_files_after_its_paths(tmp_path: Path) -> None:
    """The same paths write the same files again; other paths write other files."""
    files = sorted(str(path) for path in OWN.glob("*.txt"))[:2]
    assert write_partition(files, tmp_path) == [2, 0]
    first = sorted(path.name for path in tmp_path.iterdir())
    assert write_partition(files, tmp_path) == [2, 0]
    assert sorted(path.name for path in tmp_path.iterdir()) == first
    assert write_partition([*files, str(tmp_path / "missing.txt")], tmp_path) == [2, 1]
    assert len(list(tmp_path.iterdir())) == 10
