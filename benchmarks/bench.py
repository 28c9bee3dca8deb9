"""Benchmarks of the reader and the codec (issue 4), with the linear-time cases of issue 5.

    python benchmarks/bench.py [--quick] [--output FILE] [--only SECTION ...]
                               [--memory-articles N] [--parallel-files N] [--case-timeout S]
    python benchmarks/bench.py --profile [--profile-input corpus|grown-100k|long-sentence]

One run measures everything side by side, prints a table (name, figure, target,
PASS/FAIL) and writes every figure to ``benchmarks/results.json``. Machines are
shared and noisy, so the targets are ratios measured in the same run, each time
the minimum of several repeats of ``time.perf_counter``.

Sections:

throughput   ``parse_text`` over seed-sized articles against spaCy's blank English
             pipeline with its sentencizer and one compiled regular-expression pass
codec        ``culturedipl.dumps``/``loads`` against ``json`` (and orjson) on the same JSON
growth       one text of 100 KB, 1 MB and 10 MB; a stream of 1 MB and 10 MB of articles
adversarial  hostile inputs at two sizes, S and 10 S (issue 5)
memory       peak RSS of ``culturedipl parse --format jsonl`` over many files
parallel     ``culturedipl parse --jobs 2`` against ``--jobs 1``

Long single-text cases run in a child process with a time limit derived from
the smaller size: a case that cannot finish within 15x the smaller size's time
has already failed the 12x target, so it is stopped and reported as a lower bound.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import hashlib
import importlib
import itertools
import json
import multiprocessing
import multiprocessing.connection
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO / "benchmarks" / "results.json"
SECTIONS = ("throughput", "codec", "growth", "adversarial", "memory", "parallel")

#: The growth target: 10x the input within this many times the time.
GROWTH_LIMIT = 12.0
#: A larger case is stopped once it has run this many times the smaller one's time.
STOP_FACTOR = 15.0
#: ... but never before this many seconds, so that noise cannot stop it.
STOP_FLOOR = 30.0

_WORDS = re.compile(r"\w+|[^\w\s]")
_WARM_UP = (
    "Culture Minister Lale Rzayeva met with Polish Ambassador to Azerbaijan Tomasz Nowicki."
    ' The minister stressed the role of museums. "We welcome it," she said.'
)
_CAPITALISED = (
    "Culture",
    "Minister",
    "Lale",
    "Rzayeva",
    "Polish",
    "Ambassador",
    "Tomasz",
    "Nowicki",
    "Museum",
    "Festival",
)


# ---------------------------------------------------------------------------
# Settings, rows and timing.


@dataclass(frozen=True)
class Settings:
    """What one run measures, and how hard."""

    quick: bool
    repeats: int
    budget: float
    # the two sizes of a growth or adversarial case get the same number of runs, so
    # that the minimum of many fast runs is not set against one slow run
    scaling_repeats: int
    scaling_budget: float
    memory_articles: int
    parallel_files: int
    case_timeout: float
    scale: int  # growth and adversarial sizes are divided by this (10 with --quick)


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    section: str
    name: str
    figure: str
    target: str
    status: str  # PASS, FAIL, INFO or SKIP
    value: float | None = None
    note: str = ""


@dataclass
class Report:
    """Everything one run measured."""

    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, row: Row) -> None:
        """Keep *row* and show it at once, so a long run shows progress."""
        self.rows.append(row)
        print(f"  {row.name}: {row.figure}  [{row.status}]", file=sys.stderr, flush=True)


def _best(run: Callable[[], object], repeats: int, budget: float) -> tuple[float, int]:
    """The fastest of up to *repeats* runs of *run* (fewer once *budget* seconds are spent)."""
    best = float("inf")
    spent = 0.0
    runs = 0
    while runs < repeats and (runs == 0 or spent < budget):
        gc.collect()
        start = time.perf_counter()
        run()
        elapsed = time.perf_counter() - start
        best = min(best, elapsed)
        spent += elapsed
        runs += 1
    return best, runs


def _interleaved(
    runs: dict[str, Callable[[], object]], repeats: int, budget: float
) -> dict[str, tuple[float, int, int]]:
    """The best seconds per call of each run, timed in alternating rounds.

    Every round times each run once, so a machine that speeds up or slows
    down mid-way (shared cores, frequency scaling) moves all runs alike and
    their ratios stay fair. A cheap run is repeated inside one timing until
    that timing lasts about 50 ms. Returns ``{name: (seconds, inner, rounds)}``.
    """
    inner: dict[str, int] = {}
    for name, run in runs.items():
        run()  # warm up: lexicons, vocabularies, caches
        once, _ = _best(run, 3, 1.0)
        inner[name] = max(1, int(0.05 / max(once, 1e-9)))
    best = dict.fromkeys(runs, float("inf"))
    spent = 0.0
    rounds = 0
    while rounds < repeats and (rounds == 0 or spent < budget):
        for name, run in runs.items():
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner[name]):
                run()
            elapsed = time.perf_counter() - start
            best[name] = min(best[name], elapsed / inner[name])
            spent += elapsed
        rounds += 1
    return {name: (best[name], inner[name], rounds) for name in runs}


def _judge(
    value: float | None, *, at_least: float | None = None, at_most: float | None = None
) -> str:
    if value is None:
        return "FAIL"
    if at_least is not None and value < at_least:
        return "FAIL"
    if at_most is not None and value > at_most:
        return "FAIL"
    return "PASS"


def _ratio(value: float) -> str:
    return f"{value:,.2f}x"


def _size(chars: int) -> str:
    if chars >= 1_000_000:
        return f"{chars / 1_000_000:g} MB"
    if chars >= 1_000:
        return f"{chars / 1_000:g} KB"
    return f"{chars} B"


# ---------------------------------------------------------------------------
# Inputs.


def corpus_paths(corpus: Path | None) -> tuple[list[Path], str]:
    """The seed-sized articles' files: the shared corpus when present, else our own."""
    shared = corpus if corpus is not None else REPO.parent / "shared" / "corpus"
    paths = sorted(shared.glob("**/*.txt")) if shared.is_dir() else []
    source = str(shared)
    if not paths:
        paths = sorted((REPO / "tests" / "articles").glob("*.txt")) + sorted(
            (REPO / "examples").glob("*.txt")
        )
        source = "tests/articles + examples"
    if not paths:
        msg = "no article texts found"
        raise SystemExit(msg)
    return paths, source


def corpus_texts(corpus: Path | None) -> tuple[list[str], str]:
    """The seed-sized articles (see :func:`corpus_paths`) and where they come from."""
    paths, source = corpus_paths(corpus)
    return [path.read_text(encoding="utf-8-sig") for path in paths], source


def build(case: str, size: int, bodies: Sequence[str]) -> str:
    """The input of *case* at *size* (characters, words or repetitions, by case)."""
    if case == "grown":  # article bodies as paragraphs, cut at *size* characters
        parts: list[str] = []
        total = 0
        i = 0
        while total < size:
            body = bodies[i % len(bodies)]
            parts.append(body)
            total += len(body) + 2
            i += 1
        return "\n\n".join(parts)[:size]
    if case == "no-spaces":
        letters = "abcdefghijklmnopqrstuvwxyz"
        return (letters * (size // len(letters) + 1))[:size]
    if case == "ambassador":
        return "Ambassador " * size
    if case == "quotes":
        return '"' * size
    if case == "capitalised":
        return " ".join(_CAPITALISED[i % len(_CAPITALISED)] for i in range(size))
    if case == "long-sentence":
        clause = "the minister met the ambassador and "
        return (clause * (size // len(clause) + 1))[:size]
    if case == "he-said-that":
        return "Culture Minister Lale Rzayeva said that " + "he said that " * size
    if case in _OFFICIALS_CASES:
        return _OFFICIALS_CASES[case](size)
    msg = f"unknown case {case!r}"
    raise ValueError(msg)


def _invented(count: int, initial: str) -> list[str]:
    """*count* distinct invented names: Qaaa, Qaab, ... (no digits, one capital)."""
    letters = itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=4)
    return [initial + "".join(next(letters)) for _ in range(count)]


def _full_names(count: int) -> list[str]:
    return [f"{a} {b}" for a, b in zip(_invented(count, "Q"), _invented(count, "V"), strict=True)]


def _and_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


# Issue 13: many officials of one role or surname, each once weighed against all the
# others (by role noun, surname or a one-letter variant of the given name). Each
# builds a text with *size* officials.
_OFFICIALS_CASES: dict[str, Callable[[int], str]] = {
    "role-noun-envoys": lambda size: (
        " ".join(f"Ambassador {name} arrived." for name in _full_names(size))
        + " The ambassador said hello." * size
    ),
    "role-noun-minister": lambda size: " ".join(
        f"Culture Minister {a} {b}ova spoke. The minister stressed culture."
        for a, b in zip(_invented(size, "Q"), _invented(size, "X"), strict=True)
    ),
    "role-noun-speaker": lambda size: " ".join(
        f"Culture Minister {name} thanked the minister." for name in _full_names(size)
    ),
    "role-noun-new-word": lambda size: " ".join(
        f"Culture Minister {a} {b} spoke. The {a.lower()} minister agreed."
        for a, b in zip(_invented(size, "Q"), _invented(size, "V"), strict=True)
    ),
    "comma-list-surname": lambda size: (
        "The minister met " + ", ".join(f"Ambassador {a} Zed" for a in _invented(size, "Q")) + "."
    ),
    "meetings-surnames": lambda size: " ".join(
        f"Culture Minister {a} Zed met Ambassador {b} Yod. Zed and Yod discussed culture."
        for a, b in zip(_invented(size, "Q"), _invented(size, "V"), strict=True)
    ),
    "one-surname": lambda size: " ".join(
        f"Culture Minister {a} Zed spoke." for a in _invented(size, "Q")
    ),
    "surname-references": lambda size: " ".join(
        f"Ambassador {a} Zed arrived. Zed said hello." for a in _invented(size, "Q")
    ),
    "plural-office": lambda size: " ".join(
        f"French Culture Minister {a} {b}, Italian Culture Minister {c} {b} and Spanish"
        f" Culture Minister {d} {b} arrived. Portuguese Culture Minister {e} {b} held"
        " bilateral talks with the Ministers of Culture of France, Italy and Spain."
        for a, b, c, d, e in zip(*(_invented(size, i) for i in "QVXWY"), strict=True)
    ),
    "dateline-meetings": lambda size: (
        "BAKU, May 3 -- "
        + " ".join(
            f"Culture Minister {a} {b} met Ambassador {c} {d}."
            for a, b, c, d in zip(*(_invented(size, i) for i in "QVXW"), strict=True)
        )
    ),
    "thanks-and-list": lambda size: (
        "Culture Minister Lale Zedova thanked "
        + _and_list([f"Ambassador {a} Zed" for a in _invented(size, "Q")])
        + "."
    ),
}

# (case, description, unit, small size); the large size is ten times the small one.
ADVERSARIAL: tuple[tuple[str, str, str, int], ...] = (
    ("no-spaces", "no spaces or punctuation", "chars", 100_000),
    ("ambassador", '"Ambassador " repeated', "reps", 10_000),
    ("quotes", "quotation marks in a row", "marks", 5_000),
    ("capitalised", "capitalised words in a row", "words", 10_000),
    ("long-sentence", "one sentence", "chars", 100_000),
    ("he-said-that", '"he said that " repeated', "reps", 10_000),
    ("role-noun-envoys", 'envoys arrive, then "The ambassador" as often', "envoys", 2_000),
    ("role-noun-minister", 'a minister, then "The minister", repeated', "ministers", 2_000),
    ("role-noun-speaker", '"Minister X thanked the minister", repeated', "ministers", 2_000),
    ("role-noun-new-word", '"The qaaa minister", a new word each time', "ministers", 2_000),
    ("comma-list-surname", "one sentence listing envoys of one surname", "envoys", 5_000),
    ("meetings-surnames", "meetings of two surnames, each named again", "meetings", 2_000),
    ("one-surname", "one surname, a new given name each time", "ministers", 5_000),
    ("surname-references", "envoys of one surname, each named by it", "envoys", 3_000),
    ("thanks-and-list", "one speaker thanks an and-list of envoys", "envoys", 5_000),
    ("plural-office", '"talks with the Ministers of Culture of A, B and C"', "talks", 500),
    ("dateline-meetings", "meetings in one paragraph after a dateline", "meetings", 3_000),
)


# ---------------------------------------------------------------------------
# Timing one long text in a child process, with a time limit.


@dataclass(frozen=True)
class ChildTiming:
    """The time of one case in a child process, or a lower bound when it was stopped."""

    case: str
    size: int
    chars: int
    seconds: float | None
    lower_bound: float | None
    runs: int
    body_chars: int | None
    error: str | None = None


@dataclass(frozen=True)
class ChildJob:
    """What a child process parses, and how many times."""

    case: str
    size: int
    repeats: int
    budget: float
    bodies: tuple[str, ...]


def _child(job: ChildJob, conn: multiprocessing.connection.Connection) -> None:
    """Runs in the child: build the input, then time ``parse_text`` on it."""
    from culturedipl.text import parse_text

    parse_text(_WARM_UP)  # load the lexicons outside the timing
    text = build(job.case, job.size, job.bodies)
    conn.send(("start", len(text)))
    spent = 0.0
    runs = 0
    body_chars = 0
    while runs < job.repeats and (runs == 0 or spent < job.budget):
        gc.collect()
        start = time.perf_counter()
        article = parse_text(text, max_chars=None)
        elapsed = time.perf_counter() - start
        body_chars = len(article.body)
        spent += elapsed
        runs += 1
        conn.send(("run", elapsed, body_chars))
    conn.send(("done",))
    conn.close()


def time_in_child(
    case: str, size: int, settings: Settings, bodies: Sequence[str], timeout: float
) -> ChildTiming:
    """Parse the input of *case* at *size* in a fresh process; stop it after *timeout* s."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    job = ChildJob(case, size, settings.scaling_repeats, settings.scaling_budget, tuple(bodies))
    process = context.Process(target=_child, args=(job, sender))
    process.start()
    sender.close()
    chars = 0
    best: float | None = None
    runs = 0
    body_chars: int | None = None
    lower: float | None = None
    error: str | None = None
    try:
        if not receiver.poll(120):
            error = "the child did not start"
        else:
            _, chars = receiver.recv()
            started = time.perf_counter()
            deadline = started + timeout
            while True:
                remaining = deadline - time.perf_counter()
                if remaining <= 0 or not receiver.poll(remaining):
                    if best is None:
                        lower = time.perf_counter() - started
                    break
                message = receiver.recv()
                if message[0] == "done":
                    break
                best = message[1] if best is None else min(best, message[1])
                body_chars = message[2]
                runs += 1
    except EOFError:
        error = "the child died"
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    return ChildTiming(case, size, chars, best, lower, runs, body_chars, error)


def _stop_after(smaller: ChildTiming | None, settings: Settings) -> float:
    if smaller is None or smaller.seconds is None:
        return settings.case_timeout
    return min(settings.case_timeout, max(STOP_FLOOR, STOP_FACTOR * smaller.seconds))


def _scaling_row(
    report: Report, section: str, name: str, small: ChildTiming, large: ChildTiming
) -> dict[str, Any]:
    """A row for the time ratio of *large* to *small* (target: within 12x)."""
    target = f"<= {GROWTH_LIMIT:g}x"
    if small.seconds is None:
        report.add(Row(section, name, "smaller size did not finish", target, "FAIL"))
        return {"small": asdict(small), "large": asdict(large), "ratio": None}
    if large.seconds is not None:
        ratio = large.seconds / small.seconds
        figure = f"{_ratio(ratio)} ({small.seconds:.3f} s -> {large.seconds:.3f} s)"
        report.add(Row(section, name, figure, target, _judge(ratio, at_most=GROWTH_LIMIT), ratio))
        return {"small": asdict(small), "large": asdict(large), "ratio": ratio}
    bound = (large.lower_bound or 0.0) / small.seconds
    figure = (
        f"> {_ratio(bound)} ({small.seconds:.3f} s -> stopped after {large.lower_bound or 0:.1f} s)"
    )
    status = "FAIL" if bound > GROWTH_LIMIT else "SKIP"
    note = large.error or "stopped: too slow"
    report.add(Row(section, name, figure, target, status, bound, note))
    return {"small": asdict(small), "large": asdict(large), "ratio_lower_bound": bound}


# ---------------------------------------------------------------------------
# Sections.


def bench_throughput(report: Report, settings: Settings, texts: Sequence[str]) -> None:
    """Articles per second: the reader, spaCy's blank pipeline, one regex pass."""
    import spacy

    from culturedipl.text import parse_text

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    findall = _WORDS.findall

    def reader() -> None:
        for text in texts:
            parse_text(text)

    def spacy_pass() -> None:
        for text in texts:
            nlp(text)

    def regex_pass() -> None:
        for text in texts:
            findall(text)

    runs: dict[str, Callable[[], object]] = {
        "reader": reader,
        "spacy": spacy_pass,
        "regex": regex_pass,
    }
    timed = _interleaved(runs, settings.repeats, settings.budget * 3)
    rates: dict[str, float] = {}
    for name, (seconds, inner, rounds) in timed.items():
        rates[name] = len(texts) / seconds
        report.details.setdefault("throughput", {})[name] = {
            "articles_per_second": rates[name],
            "chars_per_second": sum(map(len, texts)) / seconds,
            "passes_per_timing": inner,
            "timings": rounds,
        }
    vs_spacy = rates["reader"] / rates["spacy"]
    vs_regex = rates["reader"] / rates["regex"]
    stages = stage_times(texts)
    section = "throughput"
    report.add(
        Row(
            section,
            "reader articles/s, one core",
            f"{rates['reader']:,.0f}",
            "-",
            "INFO",  # an absolute rate moves with the machine: the ratio below is the target
            rates["reader"],
        )
    )
    report.add(
        Row(
            section,
            "reader / spaCy blank+sentencizer",
            f"{_ratio(vs_spacy)} (spaCy {rates['spacy']:,.0f}/s)",
            ">= 1.4x",  # the project's settled per-core target
            _judge(vs_spacy, at_least=1.4),
            vs_spacy,
        )
    )
    report.add(
        Row(
            section,
            "reader / one regex pass",
            f"{_ratio(vs_regex)} (regex {rates['regex']:,.0f}/s)",
            "-",
            "INFO",
            vs_regex,
        )
    )
    total = sum(stages.values())
    shares = sorted(stages.items(), key=lambda item: -item[1])
    report.add(
        Row(
            section,
            "reader time by stage",
            ", ".join(f"{name} {ms / total:.0%}" for name, ms in shares[:4]),
            "-",
            "INFO",
            total,
            note="; ".join(f"{name} {ms:.3f} ms" for name, ms in shares),
        )
    )
    report.details["throughput"]["stage_ms_per_article"] = stages
    report.details["throughput"]["reader_vs_spacy"] = vs_spacy
    report.details["throughput"]["reader_vs_regex"] = vs_regex


#: The stages parse_text calls, by the names it calls them under.
STAGES = (
    "read_header",
    "Document",
    "read_people",
    "home_country",
    "complete_people",
    "read_events",
    "find_initiatives",
    "_assemble",
)


def stage_times(texts: Sequence[str], rounds: int = 5) -> dict[str, float]:
    """Milliseconds per article spent in each stage of parse_text (CPU time, best round).

    The stages are wrapped with timers where parse_text looks them up, so the
    real pipeline runs; "other" is what lies between them.
    """
    import culturedipl.text as reader

    spent: dict[str, float] = {}
    originals = {name: getattr(reader, name) for name in STAGES}

    def timed(name: str, stage: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return stage(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return run

    best: dict[str, float] = {}
    try:
        for name, stage in originals.items():
            setattr(reader, name, timed(name, stage))
        for _ in range(rounds):
            spent.clear()
            start = time.process_time()
            for text in texts:
                reader.parse_text(text)
            spent["total"] = time.process_time() - start
            for name, seconds in spent.items():
                best[name] = min(best.get(name, float("inf")), seconds)
    finally:
        for name, stage in originals.items():
            setattr(reader, name, stage)
    total = best.pop("total")
    best["other"] = max(0.0, total - sum(best.values()))
    return {name.strip("_"): seconds / len(texts) * 1e3 for name, seconds in best.items()}


def bench_codec(report: Report, settings: Settings, texts: Sequence[str]) -> None:
    """Typed dumps/loads against plain json (and orjson) on the same documents."""
    import culturedipl
    from culturedipl.text import parse_text

    articles = [parse_text(text) for text in texts]
    documents = [culturedipl.dumps(article) for article in articles]
    data = [json.loads(document) for document in documents]
    orjson: Any = None
    with contextlib.suppress(ImportError):  # orjson is in the bench extra
        orjson = importlib.import_module("orjson")

    runs: dict[str, Callable[[], object]] = {
        "typed dumps": lambda: [culturedipl.dumps(article) for article in articles],
        "json dumps": lambda: [json.dumps(obj, separators=(",", ":")) for obj in data],
        "typed loads": lambda: [culturedipl.loads(document) for document in documents],
        "json loads": lambda: [json.loads(document) for document in documents],
    }
    if orjson is not None:
        runs["orjson dumps"] = lambda: [orjson.dumps(obj) for obj in data]
        runs["orjson loads"] = lambda: [orjson.loads(document) for document in documents]
    seconds = {
        name: per_pass / len(documents)
        for name, (per_pass, _, _) in _interleaved(runs, settings.repeats, settings.budget).items()
    }
    details: dict[str, Any] = {
        "documents": len(documents),
        "mean_json_bytes": sum(len(d.encode()) for d in documents) / len(documents),
        "seconds_per_document": seconds,
    }
    section = "codec"
    for op in ("dumps", "loads"):
        ratio = seconds[f"typed {op}"] / seconds[f"json {op}"]
        details[f"typed_{op}_vs_json"] = ratio
        per_doc = seconds[f"typed {op}"] * 1e6
        report.add(
            Row(
                section,
                f"typed {op} / json.{op}",
                f"{_ratio(ratio)} ({per_doc:,.0f} us/doc)",
                "<= 5x",
                _judge(ratio, at_most=5),
                ratio,
            )
        )
        if orjson is not None:
            vs_orjson = seconds[f"typed {op}"] / seconds[f"orjson {op}"]
            details[f"typed_{op}_vs_orjson"] = vs_orjson
            report.add(
                Row(section, f"typed {op} / orjson.{op}", _ratio(vs_orjson), "-", "INFO", vs_orjson)
            )
    report.details["codec"] = details


def bench_growth(
    report: Report, settings: Settings, texts: Sequence[str], bodies: Sequence[str]
) -> None:
    """Parse time against input size: one long text, and a stream of articles."""
    from culturedipl.text import parse_text

    section = "growth"
    details: dict[str, Any] = {}
    sizes = [size // settings.scale for size in (100_000, 1_000_000, 10_000_000)]
    timings: list[ChildTiming] = []
    previous: ChildTiming | None = None
    for size in sizes:
        if previous is not None and previous.seconds is None:
            break  # the smaller size was already stopped
        timing = time_in_child("grown", size, settings, bodies, _stop_after(previous, settings))
        timings.append(timing)
        previous = timing
    details["one_text"] = [asdict(timing) for timing in timings]
    details["one_text_ratios"] = [
        _scaling_row(
            report, section, f"one text {_size(small.size)} -> {_size(large.size)}", small, large
        )
        for small, large in itertools.pairwise(timings)
    ]
    if len(timings) < len(sizes):
        report.add(
            Row(
                section,
                f"one text {_size(sizes[-2])} -> {_size(sizes[-1])}",
                "not run: the smaller size was stopped",
                f"<= {GROWTH_LIMIT:g}x",
                "FAIL",
            )
        )

    # a stream of seed-sized articles: no state may build up from one article to the next
    def stream(total: int) -> list[str]:
        batch: list[str] = []
        chars = 0
        i = 0
        while chars < total:
            batch.append(texts[i % len(texts)])
            chars += len(batch[-1])
            i += 1
        return batch

    small_total, large_total = sizes[1], sizes[2]
    small_batch, large_batch = stream(small_total), stream(large_total)

    def consume(batch: Sequence[str]) -> None:
        for text in batch:  # as a stream: each article is dropped once read
            parse_text(text)

    parse_text(_WARM_UP)
    # interleaved, so that a busy spell on a shared machine hits both sizes alike
    small_seconds = large_seconds = float("inf")
    for _ in range(2 if settings.quick else 3):
        small_seconds = min(small_seconds, _best(lambda: consume(small_batch), 1, 0)[0])
        large_seconds = min(large_seconds, _best(lambda: consume(large_batch), 1, 0)[0])
    ratio = large_seconds / small_seconds
    details["stream"] = {
        "small": {"chars": small_total, "articles": len(small_batch), "seconds": small_seconds},
        "large": {"chars": large_total, "articles": len(large_batch), "seconds": large_seconds},
        "ratio": ratio,
    }
    report.add(
        Row(
            section,
            f"stream of articles {_size(small_total)} -> {_size(large_total)}",
            f"{_ratio(ratio)} ({small_seconds:.2f} s -> {large_seconds:.2f} s)",
            f"<= {GROWTH_LIMIT:g}x",
            _judge(ratio, at_most=GROWTH_LIMIT),
            ratio,
        )
    )
    report.details[section] = details


def bench_adversarial(report: Report, settings: Settings) -> None:
    """Hostile inputs at S and 10 S: the time ratio must stay within 12x."""
    details: dict[str, Any] = {}
    for case, description, unit, full_size in ADVERSARIAL:
        small_size = full_size // settings.scale
        small = time_in_child(case, small_size, settings, (), settings.case_timeout)
        if small.seconds is None:
            large = ChildTiming(case, small_size * 10, 0, None, None, 0, None, "not run")
        else:
            large = time_in_child(case, small_size * 10, settings, (), _stop_after(small, settings))
        name = f"{description}: {small_size:,} -> {small_size * 10:,} {unit}"
        details[case] = _scaling_row(report, "adversarial", name, small, large)
    report.details["adversarial"] = details


def _write_files(directory: Path, count: int, texts: Sequence[str]) -> list[str]:
    """*count* copies of the corpus texts under short names, relative to *directory*.

    The files go in a subfolder: the commands run in *directory*, and Python lists
    the folder it starts in (``sys.path[0]``), which would count 100,000 names
    against the command's memory.
    """
    (directory / "a").mkdir()
    names = [f"a/{i:x}" for i in range(count)]
    for i, name in enumerate(names):
        (directory / name).write_text(texts[i % len(texts)], encoding="utf-8")
    return names


# A small process between us and the command: the command's peak RSS (ru_maxrss
# survives exec, so a command started straight from this large process would
# inherit our size), its CPU time with its workers, and its wall time.
_LAUNCHER = """\
import json, resource, subprocess, sys, time
start = time.perf_counter()
status = subprocess.call(sys.argv[2:])
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"status": status, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
               "maxrss": usage.ru_maxrss}, out)
"""


@dataclass(frozen=True)
class CliRun:
    """One run of ``culturedipl parse --format jsonl``."""

    jobs: int
    files: int
    wall: float
    cpu: float
    peak_rss_mb: float
    lines: int
    output_bytes: int
    output_sha256: str
    status: int
    stderr_lines: int
    invocation: str


def run_cli(names: Sequence[str], jobs: int, directory: Path) -> CliRun:
    """``python -m culturedipl parse --format jsonl --jobs JOBS`` over *names* (in *directory*).

    When the file names do not fit on a command line, a one-line runner calls
    ``culturedipl.cli.main`` with the same arguments instead.
    """
    base = ["parse", "--format", "jsonl", "--jobs", str(jobs)]
    argv_bytes = sum(len(name) + 9 for name in names) + sum(
        len(key) + len(value) + 10 for key, value in os.environ.items()
    )
    if argv_bytes < os.sysconf("SC_ARG_MAX") // 3:
        command = [sys.executable, "-m", "culturedipl", *base, *names]
        invocation = "python -m culturedipl parse"
    else:
        listing = directory / "_files.lst"
        listing.write_text("\n".join(names), encoding="utf-8")
        runner = (
            "import sys; from pathlib import Path; from culturedipl.cli import main; "
            "files = Path(sys.argv[1]).read_text(encoding='utf-8').split('\\n'); "
            f"raise SystemExit(main({base!r} + files))"
        )
        command = [sys.executable, "-c", runner, str(listing)]
        invocation = "culturedipl.cli.main (file list too long for argv)"
    digest = hashlib.sha256()
    lines = 0
    size = 0
    with (
        tempfile.TemporaryDirectory() as scratch,
        tempfile.TemporaryFile() as errors,
    ):
        figures_path = Path(scratch) / "figures.json"
        launcher = [sys.executable, "-c", _LAUNCHER, str(figures_path), *command]
        with subprocess.Popen(
            launcher, cwd=directory, stdout=subprocess.PIPE, stderr=errors
        ) as child:
            assert child.stdout is not None
            while chunk := child.stdout.read(1 << 20):
                digest.update(chunk)
                lines += chunk.count(b"\n")
                size += len(chunk)
        errors.seek(0)
        stderr_lines = errors.read().count(b"\n")
        figures = json.loads(figures_path.read_text(encoding="utf-8"))
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return CliRun(
        jobs=jobs,
        files=len(names),
        wall=figures["wall"],
        cpu=figures["cpu"],
        peak_rss_mb=figures["maxrss"] * scale / 1e6,
        lines=lines,
        output_bytes=size,
        output_sha256=digest.hexdigest(),
        status=figures["status"],
        stderr_lines=stderr_lines,
        invocation=invocation,
    )


def bench_memory(report: Report, directory: Path, names: Sequence[str]) -> None:
    """Peak RSS of one ``culturedipl parse --format jsonl`` over many files."""
    one = run_cli(names[:1], 1, directory)
    run = run_cli(names, 1, directory)
    ok = run.lines == len(names) and run.status == 0
    report.details["memory"] = {
        "one_file": asdict(one),
        "all_files": asdict(run),
        "articles_per_second": len(names) / run.wall,
    }
    report.add(
        Row(
            "memory",
            f"peak RSS, parse --format jsonl, {len(names):,} files",
            f"{run.peak_rss_mb:,.0f} MB (1 file: {one.peak_rss_mb:,.0f} MB)",
            "< 200 MB",
            _judge(run.peak_rss_mb, at_most=199.999) if ok else "FAIL",
            run.peak_rss_mb,
            "" if ok else f"{run.lines} lines, exit status {run.status}",
        )
    )


def bench_parallel(
    report: Report, settings: Settings, directory: Path, names: Sequence[str]
) -> None:
    """Wall time of ``--jobs 2`` against ``--jobs 1`` (interleaved), and the same output."""
    section = "parallel"
    cores = os.cpu_count() or 1
    runs: dict[int, list[CliRun]] = {1: [], 2: []}
    for _ in range(1 if settings.quick else 3):
        for jobs in (1, 2):
            runs[jobs].append(run_cli(names, jobs, directory))
    best = {jobs: min(found, key=lambda run: run.wall) for jobs, found in runs.items()}
    speedup = best[1].wall / best[2].wall
    cpu_ratio = best[2].cpu / best[1].cpu
    every = [run for found in runs.values() for run in found]
    same = (
        len({run.output_sha256 for run in every}) == 1
        and all(run.lines == len(names) for run in every)
        and all(run.status == 0 for run in every)
    )
    report.details[section] = {
        "files": len(names),
        "cores": cores,
        "runs": {str(jobs): [asdict(run) for run in found] for jobs, found in runs.items()},
        "speedup": speedup,
        "cpu_jobs2_vs_jobs1": cpu_ratio,
        "identical_output": same,
    }
    status = _judge(speedup, at_least=1.7) if cores >= 2 else "SKIP"
    report.add(
        Row(
            section,
            f"--jobs 2 / --jobs 1 wall, {len(names):,} files",
            f"{_ratio(speedup)} ({best[1].wall:.2f} s -> {best[2].wall:.2f} s)",
            ">= 1.7x",
            status,
            speedup,
            "" if cores >= 2 else f"{cores} core(s)",
        )
    )
    report.add(
        Row(
            section,
            "--jobs 2 / --jobs 1 CPU time",
            f"{_ratio(cpu_ratio)} ({best[1].cpu:.2f} s -> {best[2].cpu:.2f} s)",
            "-",
            "INFO",
            cpu_ratio,
        )
    )
    report.add(
        Row(
            section,
            "--jobs 2 output == --jobs 1 output",
            "yes" if same else "no",
            "identical",
            "PASS" if same else "FAIL",
        )
    )


# ---------------------------------------------------------------------------
# Profile.


def _profile_inputs(texts: Sequence[str], bodies: Sequence[str], which: str) -> list[str]:
    if which == "corpus":
        return list(texts) * 30
    if which == "grown-100k":
        return [build("grown", 100_000, bodies)]
    small = {case: size for case, _, _, size in ADVERSARIAL}
    return [build(which, small[which], bodies)]


def _where(filename: str, line: int) -> str:
    marker = "/culturedipl/"
    short = "culturedipl/" + filename.rsplit(marker, 1)[-1] if marker in filename else filename
    return f"{short}:{line}"


def profile(texts: Sequence[str], bodies: Sequence[str], which: str, top: int, tool: str) -> None:
    """Profile the reader on *which* input; print the hot spots by own (and total) time.

    ``cprofile`` counts every call (and slows small functions down more than large
    ones); ``pyinstrument`` samples, so its shares are closer to an unprofiled run.
    """
    from culturedipl.text import parse_text

    inputs = _profile_inputs(texts, bodies, which)
    parse_text(_WARM_UP)
    if tool == "pyinstrument":
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.0002)
        sampler.start()
        for text in inputs:
            parse_text(text, max_chars=None)
        sampler.stop()
        root = sampler.last_session.root_frame() if sampler.last_session else None
        own: dict[tuple[str, str, int], float] = {}
        stack = [root] if root is not None else []
        while stack:
            frame = stack.pop()
            ident = (frame.function, frame.file_path or "?", frame.line_no or 0)
            own[ident] = own.get(ident, 0.0) + frame.total_self_time
            stack.extend(child for child in frame.children if not child.is_synthetic)
        total = root.time if root is not None else 0.0
        print(f"pyinstrument profile of parse_text on {which} ({len(inputs)} texts, {total:.2f} s)")
        print(f"\nby own time:\n{'%':>6} {'seconds':>8}  function (file:line)")
        for (function, filename, line), seconds in sorted(
            own.items(), key=lambda item: item[1], reverse=True
        )[:top]:
            share = 100 * seconds / total
            print(f"{share:6.1f} {seconds:8.3f}  {function} ({_where(filename, line)})")
        print()
        print(sampler.output_text(unicode=False, color=False, show_all=False))
        return
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for text in inputs:
        parse_text(text, max_chars=None)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in entries.values())
    print(f"cProfile of parse_text on {which} ({len(inputs)} texts, {total:.2f} s)")
    for key, title in ((2, "own time"), (3, "total time, culturedipl functions")):
        print(f"\nby {title}:")
        print(f"{'%':>6} {'seconds':>8} {'calls':>9}  function (file:line)")
        ranked = sorted(entries.items(), key=lambda item: item[1][key], reverse=True)
        if key == 3:
            ranked = [item for item in ranked if "culturedipl" in item[0][0]]
        for (filename, line, function), values in ranked[:top]:
            seconds = values[key]
            share = 100 * seconds / total
            print(
                f"{share:6.1f} {seconds:8.3f} {values[1]:9,}  {function} ({_where(filename, line)})"
            )


# ---------------------------------------------------------------------------
# The run.


def print_table(rows: Sequence[Row]) -> None:
    """The table: name, figure, target, status."""
    headers = ("benchmark", "figure", "target", "status")
    cells = [headers, *((row.name, row.figure, row.target, row.status) for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(4)]
    for n, line in enumerate(cells):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )
        if n == 0:
            print("  ".join("-" * width for width in widths))


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for name in ("culturedipl", "spacy", "orjson", "cattrs", "attrs"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def _source_state() -> dict[str, Any]:
    """The commit, and a digest of the imported package's files: a run must not straddle an edit."""
    import culturedipl

    digest = hashlib.sha256()
    package = Path(culturedipl.__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    if not package.is_relative_to(REPO):  # a copy, e.g. on PYTHONPATH: no commit describes it
        return {
            "package": str(package),
            "commit": None,
            "src_modified": None,
            "src_digest": digest.hexdigest()[:16],
        }
    git = ["git", "-C", str(REPO)]
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "--", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    return {
        "package": str(package),
        "commit": commit.stdout.strip() or None,
        "src_modified": bool(dirty.stdout.strip()),
        "src_digest": digest.hexdigest()[:16],
    }


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--quick", action="store_true", help="a fast smoke run: fewer repeats, smaller sizes"
    )
    parser.add_argument(
        "--output", "-o", type=Path, default=DEFAULT_OUTPUT, help="the JSON file of figures"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        metavar="SECTION",
        help=f"run only these: {', '.join(SECTIONS)}",
    )
    parser.add_argument(
        "--memory-articles",
        type=int,
        help="files parsed in the memory run (100,000; --quick 2,000)",
    )
    parser.add_argument(
        "--parallel-files", type=int, help="files parsed in the parallel run (3,000; --quick 300)"
    )
    parser.add_argument(
        "--case-timeout",
        type=float,
        default=300.0,
        help="stop any one long case after this many seconds",
    )
    parser.add_argument(
        "--corpus", type=Path, help="folder of *.txt articles (default ../shared/corpus)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile the reader instead of benchmarking"
    )
    parser.add_argument(
        "--profile-input",
        default="corpus",
        choices=("corpus", "grown-100k", *(case for case, *_ in ADVERSARIAL)),
        help="what --profile parses",
    )
    parser.add_argument("--top", type=int, default=15, help="hot spots --profile prints")
    parser.add_argument(
        "--profiler", choices=("cprofile", "pyinstrument"), default="cprofile", help="for --profile"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; returns 1 when a target fails."""
    args = _arguments(argv)
    texts, source = corpus_texts(args.corpus)
    from culturedipl.text import parse_text

    bodies = [parse_text(text).body for text in texts]
    if args.profile:
        profile(texts, bodies, args.profile_input, args.top, args.profiler)
        return 0
    quick: bool = args.quick
    settings = Settings(
        quick=quick,
        repeats=3 if quick else 7,
        budget=1.0 if quick else 3.0,
        scaling_repeats=2 if quick else 3,
        scaling_budget=5.0 if quick else 20.0,
        memory_articles=args.memory_articles or (2_000 if quick else 100_000),
        parallel_files=args.parallel_files or (300 if quick else 3_000),
        case_timeout=min(args.case_timeout, 60.0) if quick else args.case_timeout,
        scale=10 if quick else 1,
    )
    sections: Sequence[str] = args.only or SECTIONS
    report = Report()
    report.details["meta"] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "versions": _versions(),
        "corpus": source,
        "articles": len(texts),
        "mean_article_chars": sum(map(len, texts)) / len(texts),
        "settings": asdict(settings),
        "load_average_at_start": os.getloadavg(),
        "source": _source_state(),
    }
    print(f"{len(texts)} articles from {source}; sections: {', '.join(sections)}", file=sys.stderr)
    start = time.perf_counter()
    if "throughput" in sections:
        bench_throughput(report, settings, texts)
    if "codec" in sections:
        bench_codec(report, settings, texts)
    if "growth" in sections:
        bench_growth(report, settings, texts, bodies)
    if "adversarial" in sections:
        bench_adversarial(report, settings)
    if "memory" in sections or "parallel" in sections:
        with tempfile.TemporaryDirectory(prefix="culturedipl-bench-") as folder:
            directory = Path(folder)
            needed = max(
                settings.memory_articles if "memory" in sections else 0,
                settings.parallel_files if "parallel" in sections else 0,
            )
            names = _write_files(directory, needed, texts)
            if "memory" in sections:
                bench_memory(report, directory, names[: settings.memory_articles])
            if "parallel" in sections:
                bench_parallel(report, settings, directory, names[: settings.parallel_files])
    report.details["meta"]["seconds"] = time.perf_counter() - start
    report.details["meta"]["load_average_at_end"] = os.getloadavg()
    source_at_end = _source_state()
    report.details["meta"]["source_at_end"] = source_at_end
    changed = source_at_end["src_digest"] != report.details["meta"]["source"]["src_digest"]
    report.details["meta"]["source_changed_during_run"] = changed
    print()
    print_table(report.rows)
    failed = [row for row in report.rows if row.status == "FAIL"]
    print(f"\n{len(failed)} of {len(report.rows)} rows fail; figures in {args.output}")
    loads = report.details["meta"]["load_average_at_start"][0], os.getloadavg()[0]
    print(
        f"load average at start and end: {loads[0]:.1f}, {loads[1]:.1f} on {os.cpu_count()} cores"
    )
    if changed:
        print("warning: the culturedipl package changed during the run; the figures mix versions")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    results = {"rows": [asdict(row) for row in report.rows], **report.details}
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
