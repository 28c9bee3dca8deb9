"""A corpus: many articles that remember where they came from.

:meth:`Corpus.from_paths` reads files, folders and glob patterns in one go:

- ``.txt`` (and any other file named explicitly) is news text, read with
  :func:`~culturedipl.parse_file`;
- ``.html`` / ``.htm`` is a web page: its text and metadata come from
  `trafilatura <https://trafilatura.readthedocs.io/>`_ (``pip install
  culturedipl[html]``), then the reader reads the text;
- ``.json`` holds one article or an array of them, and ``.jsonl`` one article
  a line, as :func:`~culturedipl.dumps` writes them (parsed once, queried
  many times).

Each article's :attr:`~culturedipl.Article.source` is the path it came from
(decoded articles keep a source they already have). A file that cannot be
read does not stop the others: it goes to :attr:`Corpus.failures` with the
reason. A bad line of a ``.jsonl`` file, or a bad item of a ``.json`` array,
is a failure of its own (``line 3: $.published: invalid date 'soon'``,
``[2].id: ...``) and the good ones around it are read. A folder with no such
file, and a pattern that matches no file, are failures too.

>>> import tempfile
>>> from pathlib import Path
>>> temporary = tempfile.TemporaryDirectory()
>>> folder = Path(temporary.name)
>>> _ = (folder / "riga.txt").write_text(
...     "Culture Minister Ilze Kalnina met with Chilean Ambassador to Latvia Tomas Reyes.",
...     encoding="utf-8",
... )
>>> _ = (folder / "broken.json").write_text("{", encoding="utf-8")
>>> corpus = Corpus.from_paths([folder])
>>> len(corpus), [Path(article.source).name for article in corpus]
(1, ['riga.txt'])
>>> [(Path(failure.source).name, failure.reason) for failure in corpus.failures]
[('broken.json', '$: invalid JSON: Expecting property name ... at line 1 column 2')]
>>> corpus.save(folder / "corpus.jsonl")
1
>>> Corpus.load(folder / "corpus.jsonl") == corpus.without_failures()
True
>>> temporary.cleanup()
"""

from __future__ import annotations

import datetime as dt
import functools
import glob
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Final, Literal, NamedTuple, SupportsIndex, overload

import attrs

from culturedipl._optional import require
from culturedipl.codec import dumps, from_dict, iter_jsonl, loads
from culturedipl.errors import CulturediplError, DecodeError, MissingExtraError, TextParseError
from culturedipl.model import Article
from culturedipl.text import (
    DEFAULT_MAX_CHARS,
    decode_bytes,
    parse_file,
    parse_text,
)

__all__ = ["Corpus", "Failure", "iter_sources"]

#: The suffixes a folder is searched for; a file named explicitly is read whatever its suffix.
SUFFIXES: Final = (".txt", ".html", ".htm", ".json", ".jsonl")
#: The suffix of the annotation files of an annotated set (``NAME.gold.json`` beside
#: ``NAME.txt``): not articles, so a folder search leaves them out, with a warning.
ANNOTATION_SUFFIX: Final = ".gold.json"
_GLOB_CHARACTERS: Final = frozenset("*?[")
#: Reading more files than this shows a progress bar, when standard error is a terminal.
_PROGRESS_FROM: Final = 50
#: How many of a JSON document's problems a failure names before it counts the rest.
_NAMED_PROBLEMS: Final = 3


def _summary(problems: Sequence[str], where: str = "") -> str:
    """One short reason for the *problems* of one JSON document (a file, an item, a line).

    A few are named in full; more say what the document is not, name the first
    :data:`_NAMED_PROBLEMS` and count the rest, so that a file of another shape
    (an annotation file beside the articles, say) gives one line, not thousands of
    characters. *where* (``line 3: ``, ``[2]``) starts the reason.
    """
    if len(problems) <= _NAMED_PROBLEMS:
        return where + "; ".join(problems)
    named = "; ".join(problems[:_NAMED_PROBLEMS])
    more = len(problems) - _NAMED_PROBLEMS
    return f"{where}not an article as culturedipl writes it: {named}; and {more} more"


@attrs.frozen
class Failure:
    """A source that could not be read, and why."""

    source: str
    reason: str
    #: The optional extra whose absence is why (``"html"``: trafilatura), else None.
    extra: str | None = None


#: The extra that installs what reading web pages needs (trafilatura).
_HTML_EXTRA: Final = "html"


class _Read(NamedTuple):
    """What reading one source gave: articles, failures (a whole file, or lines); warnings."""

    articles: tuple[Article, ...]
    failures: tuple[Failure, ...]
    warnings: tuple[tuple[type[Warning], str], ...]  # (category, message): raised again in order


def iter_sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """The files *paths* stand for, in order: files as given, folders searched, globs expanded.

    A folder gives the files under it (at any depth) whose suffix is one of
    ``.txt .html .htm .json .jsonl``, sorted, except ``NAME.gold.json``
    annotation files (a :class:`UserWarning` counts them); a pattern with ``*``, ``?`` or
    ``[`` that is not itself a file gives its matches, sorted (``**`` reaches
    any depth). Anything else is yielded as it is, so that reading it reports
    why it cannot be read.
    """
    for source in _sources(paths):
        if isinstance(source, str):
            yield source


def _sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Failure]:
    """:func:`iter_sources`, with a failure for a folder or a pattern that gives no file."""
    for given in paths:
        path = os.fspath(given)
        if Path(path).is_dir():
            found = [
                os.path.join(path, os.path.relpath(os.path.join(root, name), path))  # noqa: PTH118
                for root, _dirs, names in os.walk(path)
                for name in names
                if name.lower().endswith(SUFFIXES)
            ]
            annotations = [name for name in found if name.lower().endswith(ANNOTATION_SUFFIX)]
            if annotations:
                found = [name for name in found if not name.lower().endswith(ANNOTATION_SUFFIX)]
                noun = "file" if len(annotations) == 1 else "files"
                warnings.warn(
                    f"{path}: {len(annotations)} {ANNOTATION_SUFFIX} annotation {noun} "
                    "not read (not articles; name one to read it)",
                    UserWarning,
                    stacklevel=3,
                )
            if not found:
                yield Failure(path, f"no {', '.join(SUFFIXES)} file in this folder")
            yield from sorted(found)
        elif _GLOB_CHARACTERS.intersection(path) and not Path(path).exists():
            matches = sorted(glob.glob(path, recursive=True))  # noqa: PTH207 - a str pattern
            files = [match for match in matches if not Path(match).is_dir()]
            if not files:
                yield Failure(path, "no file matches this pattern")
            yield from files
        else:
            yield path


def _read_html(data: bytes, source: str, max_chars: int | None) -> Article:
    trafilatura: Any = require("trafilatura", _HTML_EXTRA, "reading HTML")
    document = trafilatura.bare_extraction(
        decode_bytes(data, source=source), with_metadata=True, include_comments=False
    )
    if document is None:
        msg = "no article text found in the HTML"
        raise CulturediplError(msg)
    meta: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else document
    text: str = meta.get("text") or ""
    title: str | None = meta.get("title") or None
    lines = text.splitlines()
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])  # the page's heading repeats its title
    published: dt.date | None = None
    if meta.get("date"):
        try:
            published = dt.date.fromisoformat(str(meta["date"])[:10])
        except ValueError:
            published = None
    article = parse_text(
        text,
        url=meta.get("url") or None,
        published=published,
        max_chars=max_chars,
        source=source,
    )
    author = meta.get("author") or ""
    authors = tuple(name.strip() for name in author.split(";") if name.strip())
    return attrs.evolve(
        article,
        title=title or article.title,
        outlet=article.outlet or meta.get("sitename") or None,
        authors=article.authors or authors,
    )


def _with_source(article: Article, source: str) -> Article:
    return article if article.source is not None else attrs.evolve(article, source=source)


def _decode_json(data: bytes, source: str) -> tuple[list[Article], list[Failure]]:
    """One article or an array of them; a bad item is a failure, the others are read."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return [_with_source(loads(data), source)], []  # loads words the problem
    if not isinstance(document, list):
        return [_with_source(loads(data), source)], []
    articles, failures = [], []
    for index, item in enumerate(document):
        try:
            articles.append(_with_source(from_dict(item), source))
        except DecodeError as error:
            problems = [f"[{index}]{problem[1:]}" for problem in error.problems]
            failures.append(Failure(source, _summary(problems)))
        except Exception as error:  # one bad item must not sink the others
            reason = f"[{index}]: internal error: {type(error).__name__}: {error}"
            failures.append(Failure(source, reason))
    return articles, failures


def _decode_jsonl(source: str) -> tuple[list[Article], list[Failure]]:
    """The articles of a JSON Lines file, one a line; a bad line is a failure, the others are read.

    Lines are numbered as :func:`~culturedipl.iter_jsonl` numbers them; blank ones are skipped.
    """
    articles, failures = [], []
    with Path(source).open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                articles.append(_with_source(loads(line), source))
            except DecodeError as error:
                if len(error.problems) <= _NAMED_PROBLEMS:
                    reason = "; ".join(f"line {number}: {p}" for p in error.problems)
                else:
                    reason = _summary(error.problems, f"line {number}: ")
                failures.append(Failure(source, reason))
            except Exception as error:  # one bad line must not sink the others
                reason = f"line {number}: internal error: {type(error).__name__}: {error}"
                failures.append(Failure(source, reason))
    return articles, failures


def _read_source(
    source: str, max_chars: int | None = DEFAULT_MAX_CHARS, *, missing_extras: bool = True
) -> _Read:
    """Read one file into articles, or say why it cannot be read; never raises for a bad file.

    A missing optional extra (trafilatura for HTML) raises :class:`MissingExtraError`,
    or with *missing_extras* false is a failure whose reason names the extra.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles: list[Article] = []
        failures: list[Failure] = []
        try:
            suffix = Path(source).suffix.lower()
            if suffix == ".jsonl":
                articles, failures = _decode_jsonl(source)
            elif suffix == ".json":
                articles, failures = _decode_json(Path(source).read_bytes(), source)
            elif suffix in {".html", ".htm"}:
                articles = [_read_html(Path(source).read_bytes(), source, max_chars)]
            else:
                # read as parse_file reads: one bounded read, the same errors
                articles = [parse_file(source, max_chars=max_chars, source=source)]
        except MissingExtraError as error:
            if missing_extras:
                raise
            failures = [Failure(source, str(error), extra=_HTML_EXTRA)]  # only HTML needs one
        except OSError as error:
            failures = [Failure(source, error.strerror or str(error))]
        except TextParseError as error:  # without the source, which the failure names already
            reason = str(TextParseError(error.reason, position=error.position))
            failures = [Failure(source, " ".join(reason.split()))]
        except CulturediplError as error:
            problems = getattr(error, "problems", None)
            reason = _summary(problems) if problems else " ".join(str(error).split())
            failures = [Failure(source, reason)]
        except Exception as error:  # one bad file must not sink a corpus
            failures = [Failure(source, f"internal error: {type(error).__name__}: {error}")]
    return _Read(
        tuple(articles),
        tuple(failures),
        tuple((warning.category, str(warning.message)) for warning in caught),
    )


def _cores() -> int:
    """How many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _reads(sources: Sequence[str], jobs: int, read_one: Callable[[str], _Read]) -> Iterator[_Read]:
    if jobs <= 1 or len(sources) < 2:
        yield from map(read_one, sources)
        return
    chunk = max(1, min(64, len(sources) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(read_one, sources, chunksize=chunk)


def _progress(reads: Iterator[_Read], total: int, show: bool | None) -> Iterator[_Read]:
    """*reads*, counted on a progress bar on standard error when that is wanted and possible."""
    if show is None:
        show = total >= _PROGRESS_FROM and sys.stderr.isatty()
        if show:
            try:
                tqdm: Any = require("tqdm", "progress", "a progress bar").tqdm
            except MissingExtraError:
                return reads
    elif show:
        tqdm = require("tqdm", "progress", "a progress bar").tqdm
    if not show:
        return reads
    bar: Iterator[_Read] = tqdm(reads, total=total, unit="file", file=sys.stderr)
    return bar


@attrs.frozen(eq=True)
class Corpus(Sequence[Article]):
    """An immutable sequence of articles, with the sources that could not be read.

    A corpus is a :class:`~collections.abc.Sequence`: ``len``, iteration,
    indexing (a slice is a corpus) and ``+`` (which keeps both sides'
    failures) work as for a tuple.
    """

    articles: tuple[Article, ...] = ()
    failures: tuple[Failure, ...] = ()

    # -- reading -------------------------------------------------------------

    @classmethod
    def from_paths(
        cls,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        jobs: int | None = None,
        progress: bool | None = None,
        missing_extra: Literal["raise", "fail"] = "raise",
    ) -> Corpus:
        """Read the files *paths* stand for (:func:`~culturedipl.corpus.iter_sources`), in order.

        *jobs* processes read files in parallel (``None`` or 1: this process
        only; never more than one per file and per available core); the
        result is the same. A progress bar is shown on standard
        error when it is a terminal and there are many files, if tqdm is
        installed (``culturedipl[progress]``); ``progress=False`` hides it,
        ``True`` asks for it. Reading HTML without trafilatura raises
        :class:`MissingExtraError`; with ``missing_extra="fail"`` each such
        file is a failure whose reason names the extra, and the others are read.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        workers = 1 if jobs is None else jobs
        if workers < 1:
            msg = f"jobs must be at least 1, got {jobs}"
            raise ValueError(msg)
        files: list[str] = []
        # a folder or a pattern that gave no file: a failure in its place, before files[i]
        before: list[list[Failure]] = [[]]
        for item in _sources(paths):
            if isinstance(item, Failure):
                before[-1].append(item)
            else:
                files.append(item)
                before.append([])
        read_one = functools.partial(_read_source, missing_extras=missing_extra == "raise")
        workers = min(workers, len(files), _cores())
        articles: list[Article] = []
        failures: list[Failure] = []
        reads = _progress(_reads(files, workers, read_one), len(files), progress)
        for index, read in enumerate(reads):
            failures.extend(before[index])
            for category, message in read.warnings:
                warnings.warn(message, category, stacklevel=2)
            articles.extend(read.articles)
            failures.extend(read.failures)
        failures.extend(before[-1])
        return cls(tuple(articles), tuple(failures))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Corpus:
        """The corpus saved at *path* by :meth:`save` (JSON Lines, read a line at a time).

        A bad line raises :class:`~culturedipl.DecodeError` with its line number.
        """
        with Path(path).open("rb") as lines:
            return cls(tuple(iter_jsonl(lines)))

    def save(self, path: str | os.PathLike[str] | IO[str]) -> int:
        """Write the articles to *path* (or an open text file) as JSON Lines, one at a time.

        Returns how many were written. Failures are not saved.
        """
        if isinstance(path, str | os.PathLike):
            with Path(path).open("w", encoding="utf-8", newline="\n") as stream:
                return self._write(stream)
        return self._write(path)

    def _write(self, stream: IO[str]) -> int:
        for article in self.articles:
            stream.write(dumps(article))
            stream.write("\n")
        return len(self.articles)

    # -- the sequence --------------------------------------------------------

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return Corpus(self.articles[index])
        return self.articles[index]

    def __add__(self, other: object) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus(self.articles + other.articles, self.failures + other.failures)

    def __repr__(self) -> str:
        return f"<Corpus of {len(self.articles)} articles, {len(self.failures)} failures>"

    # -- lookups -------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The article with id *article_id*; ``KeyError`` if there is none."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def without_failures(self) -> Corpus:
        """The same articles, with the failures forgotten."""
        return Corpus(self.articles)

    def filter(self, keep: Callable[[Article], bool]) -> Corpus:
        """The articles for which *keep* is true (failures kept)."""
        return Corpus(tuple([article for article in self.articles if keep(article)]), self.failures)

    def report(self, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
        """Write the analyst's HTML page of these articles to *path*: :mod:`culturedipl.report`.

        Needs ``pip install 'culturedipl[report]'``.
        """
        from culturedipl.report import write_report  # noqa: PLC0415 - an optional feature

        return write_report(self.articles, path, title=title)
