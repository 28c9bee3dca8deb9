"""Why each record is there: an article sentence by sentence, with what each sentence gave.

The reader's stages propose drafts, each with the name of the rule that made it
and, for a meeting, the words that triggered it; :func:`explain_text` lines
them up with the sentences of the body, so that a user (or the next engineer)
sees at once which rule read which sentence:

>>> from culturedipl.explain import explain_text, format_explanation
>>> lines = explain_text(
...     "Culture Minister Lale Rzayeva met Polish Ambassador Tomasz Nowicki. "
...     "The ambassador thanked the minister."
... )
>>> print(format_explanation(lines))
[1] Culture Minister Lale Rzayeva met Polish Ambassador Tomasz Nowicki.
    meeting: Lale Rzayeva, Tomasz Nowicki (rule: met; trigger: 'met')
[2] The ambassador thanked the minister.
    statement thank: Tomasz Nowicki (rule: reporting verb; verb: 'thanked')

The JSON an article is written as does not change: rules are not part of the
model, only of this explanation.
"""

from __future__ import annotations

import os

import attrs

from culturedipl.model import Span
from culturedipl.text import DEFAULT_MAX_CHARS, _read, _read_text_file

__all__ = ["SentenceExplanation", "explain_file", "explain_text", "format_explanation"]


@attrs.frozen(kw_only=True)
class SentenceExplanation:
    """One sentence of an article's body and the drafts the reader made from it."""

    #: the sentence's position in the body, from 1
    number: int
    #: the sentence as written
    text: str
    #: where it stands in the body
    span: Span
    #: one line per meeting or statement the sentence gave, with its rule
    records: tuple[str, ...]


def explain_text(
    text: str, *, max_chars: int | None = DEFAULT_MAX_CHARS
) -> tuple[SentenceExplanation, ...]:
    """Read *text* as :func:`~culturedipl.parse_text` does and explain it sentence by sentence."""
    reading = _read(text, max_chars=max_chars)
    names = [person.name for person in reading.people]
    lines: dict[int, list[str]] = {}
    for meeting in reading.meetings:
        who = ", ".join(names[p] for p in meeting.participants)
        why = f"rule: {meeting.rule or 'meeting'}"
        if meeting.trigger:
            why += f"; trigger: {' '.join(meeting.trigger.split())!r}"
        lines.setdefault(meeting.sentence, []).append(f"meeting: {who} ({why})")
    for statement in reading.statements:
        who = ", ".join(names[p] for p in statement.speakers)
        why = f"rule: {statement.rule}"
        if statement.verb:
            why += f"; verb: {' '.join(statement.verb.split())!r}"
        lines.setdefault(statement.sentence, []).append(
            f"statement {statement.act.value}: {who} ({why})"
        )
    return tuple(
        SentenceExplanation(
            number=index + 1,
            text=sentence.text,
            span=Span(sentence.start, sentence.end),
            records=tuple(lines.get(index, ())),
        )
        for index, sentence in enumerate(reading.document.sentences)
    )


def explain_file(
    path: str | os.PathLike[str], *, max_chars: int | None = DEFAULT_MAX_CHARS
) -> tuple[SentenceExplanation, ...]:
    """:func:`explain_text` of a file, read and decoded as :func:`~culturedipl.parse_file`
    reads it (with its bound and its errors)."""
    return explain_text(_read_text_file(path, max_chars), max_chars=max_chars)


def format_explanation(
    lines: tuple[SentenceExplanation, ...], *, all_sentences: bool = True
) -> str:
    """The explanation as text: each sentence (numbered), its records indented under it.

    With *all_sentences* false, sentences that gave nothing are left out.
    """
    out: list[str] = []
    for line in lines:
        if not line.records and not all_sentences:
            continue
        out.append(f"[{line.number}] {' '.join(line.text.split())}")
        out.extend(f"    {record}" for record in line.records)
    return "\n".join(out)
