"""The exceptions culturedipl raises: one tree under :class:`CulturediplError`."""

from __future__ import annotations

__all__ = [
    "CulturediplError",
    "DecodeError",
    "InvalidArticleError",
    "LexiconError",
    "TextParseError",
]


class CulturediplError(ValueError):
    """Base class of every error culturedipl raises on purpose."""


class _ProblemListError(CulturediplError):
    """An error that reports every problem it found, one line each."""

    def __init__(self, summary: str, problems: tuple[str, ...] | list[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{summary}:\n{lines}" if lines else summary)


class InvalidArticleError(_ProblemListError):
    """An :class:`~culturedipl.Article` whose parts do not fit together.

    ``problems`` lists each bad reference or span, for example
    ``meetings[0].participants[1]: unknown official id 'o9'``.
    """

    def __init__(self, problems: tuple[str, ...] | list[str]) -> None:
        super().__init__("invalid article", problems)


class DecodeError(_ProblemListError):
    """JSON that is not a valid culturedipl document.

    ``problems`` holds one line per problem, each starting with the JSON path
    of the bad value, for example ``$.meetings[0].date: invalid date 'yesterday'``.
    """

    def __init__(self, problems: tuple[str, ...] | list[str]) -> None:
        super().__init__("invalid culturedipl JSON", problems)


class TextParseError(CulturediplError):
    """Text the reader refuses to parse, with where and why."""

    def __init__(
        self, reason: str, *, position: int | None = None, source: str | None = None
    ) -> None:
        self.reason = reason
        self.position = position
        self.source = source
        where = ""
        if source is not None:
            where += f"{source}: "
        if position is not None:
            where += f"at character {position}: "
        super().__init__(f"{where}{reason}")


class LexiconError(CulturediplError):
    """A lexicon data file that cannot be read, with the file and line."""


class MissingExtraError(ImportError):
    """An optional dependency is not installed; the message names the extra that installs it.

    For example ``pip install 'culturedipl[html]'`` for reading web pages.
    """
