"""Small readers the recall tests share: what an article reports, by officials' names.

The tests of each recall round compare a short text of our own with the statements
or meetings it should yield; these give them in a form a table can state literally.
"""

from __future__ import annotations

from culturedipl import parse_text

#: (speakers' names, sorted; the act's value), in text order
StatementRows = list[tuple[tuple[str, ...], str]]
#: (participants' names, sorted; the host's name or ``None``), in text order
MeetingRows = list[tuple[list[str], str | None]]


def statements_by_name(text: str) -> StatementRows:
    """The statements of *text*: speakers by name, sorted, and the act."""
    article = parse_text(text)
    names = {official.id: official.name for official in article.officials}
    return [
        (tuple(sorted(names[p] for p in statement.speakers)), statement.act.value)
        for statement in article.statements
    ]


def meetings_by_name(text: str, *, headline: str | None = None) -> MeetingRows:
    """The meetings of *text*: participants by name, sorted, and the host's name.

    With *headline*, the text is read as the body under that headline line.
    """
    article = parse_text(text if headline is None else f"{headline}\n\n{text}\n")
    names = {official.id: official.name for official in article.officials}
    return [
        (
            sorted(names[p] for p in meeting.participants),
            None if meeting.host is None else names[meeting.host],
        )
        for meeting in article.meetings
    ]


#: (name, the kind's value) of each initiative, in text order
InitiativeRows = list[tuple[str, str]]


def initiatives_by_name(text: str) -> InitiativeRows:
    """``(name, kind)`` of each initiative in an article with *text* as its body."""
    return [(i.name, i.kind.value) for i in parse_text(text).initiatives]
