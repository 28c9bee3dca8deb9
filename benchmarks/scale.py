"""Scale figures of issue 12 for docs/performance.md: Parquet throughput with 1 and 2 Dask
workers, memory per article in a Corpus, query time over 100,000 articles, JSON Lines load time.

    python benchmarks/scale.py [--files 600] [--load-articles 10000]
    nox -s scale

The articles are our own (tests/articles*/*.txt), copied as often as needed.
Not part of the test suite; prints one line per figure.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
import tracemalloc
from pathlib import Path

from culturedipl import Corpus
from culturedipl.export import write_partition
from culturedipl.query import meetings, partners

OWN = sorted(Path(__file__).parents[1].glob("tests/articles*/*.txt"))


def _files(folder: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        source = OWN[n % len(OWN)]
        target = folder / f"{n:06d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(str(target))
    return paths


def _parquet_rate(files: list[str], out: Path, workers: int) -> float:
    import dask.bag
    from distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        bag = dask.bag.from_sequence(files, npartitions=workers * 2)
        client.submit(len, [0]).result()  # workers up before the clock starts
        start = time.perf_counter()
        counts = bag.map_partitions(write_partition, str(out)).compute()
        seconds = time.perf_counter() - start
    return sum(counts[0::2]) / seconds


def main() -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=600)
    parser.add_argument("--load-articles", type=int, default=10_000)
    parser.add_argument("--query-articles", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        (folder / "in").mkdir()
        files = _files(folder / "in", args.files)
        start = time.perf_counter()
        write_partition(files, folder / "serial")
        rate = len(files) / (time.perf_counter() - start)
        print(f"parse to Parquet, one process:  {rate:7.1f} articles/s")
        for workers in (1, 2):
            rate = _parquet_rate(files, folder / f"dask{workers}", workers)
            print(f"parse to Parquet, Dask {workers} worker(s): {rate:7.1f} articles/s")

        base = Corpus.from_paths(OWN)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        held = Corpus.from_paths(files[: min(len(files), 600)])
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        print(f"memory per article in a Corpus: {(after - before) / len(held) / 1024:7.1f} KiB")

        copies = (args.query_articles + len(base) - 1) // len(base)
        big = Corpus(tuple(base.articles * copies)[: args.query_articles])
        start = time.perf_counter()
        found = sum(1 for _ in meetings(big, country="IT", since="2019"))
        ranked = partners(big, "AZ")
        seconds = time.perf_counter() - start
        print(
            f"query over {len(big):,} articles: {seconds:6.2f} s "
            f"(meetings with Italy since 2019: {found:,}; partners of AZ: {len(ranked)})"
        )

        lines = folder / "corpus.jsonl"
        copies = (args.load_articles + len(base) - 1) // len(base)
        Corpus(tuple(base.articles * copies)[: args.load_articles]).save(lines)
        start = time.perf_counter()
        loaded = Corpus.load(lines)
        seconds = time.perf_counter() - start
        print(
            f"load {len(loaded):,} articles of JSON Lines ({lines.stat().st_size / 1e6:.0f} MB): "
            f"{seconds:6.2f} s, {len(loaded) / seconds:,.0f} articles/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
