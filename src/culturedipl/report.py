"""The analyst's report: one self-contained HTML page that shows a corpus at a glance.

:func:`write_report` (and :meth:`Corpus.report <culturedipl.Corpus.report>`,
``culturedipl report PATH... -o report.html``) writes a page with six
panels: a summary, the who-met-whom network (by country or by person), the
meetings over time, a country's partners, the invitations and initiatives,
and the evidence, where every row opens the sentence it came from with the
record's span highlighted. Clicking a node of the network (or choosing a
country or person in the filter) filters the other panels.

The page needs no network and no server: its script, styles and data are
inlined. The charts are drawn by `plotly.js <https://plotly.com/javascript/>`_
(MIT licence), taken from the ``plotly`` Python package; the page itself is
a Jinja2 template. Both come with ``pip install 'culturedipl[report]'``.

The data the page embeds is :func:`report_data`: compact rows (lists, not
objects) with every count the page shows derivable from them, and for each
article only the text around its records (at most :data:`CONTEXT` characters
either side of a record's span), not the whole body. Offsets count code
points, as Python's do. The page carries that JSON gzipped, in base64
(:func:`pack`, :func:`unpack`), about 1 KB an article.

>>> from culturedipl import parse_text
>>> article = parse_text(
...     "Culture Minister Ilze Kalnina met with Chilean Ambassador to Latvia Tomas Reyes."
... )
>>> data = report_data([article])
>>> [person[0] for person in data["people"]]
['Ilze Kalnina', 'Tomas Reyes']
>>> [(meeting[2], meeting[3]) for meeting in data["meetings"]]
[([0, 1], ['CL', 'LV'])]
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Final

from culturedipl import __version__
from culturedipl._optional import require
from culturedipl.countries import country_name
from culturedipl.identity import identify
from culturedipl.model import Article, Span

__all__ = ["CONTEXT", "pack", "render_report", "report_data", "unpack", "write_report"]

#: How many characters of text the page keeps on each side of a record's span.
CONTEXT: Final = 100

_ASSETS: Final = "report_assets"
_SCRIPT_END: Final = re.compile(r"</(script)", re.IGNORECASE)


def _iso(date: dt.date | None) -> str:
    return "" if date is None else date.isoformat()


def _context(body: str, span: Span) -> tuple[int, int]:
    """The span widened by up to :data:`CONTEXT` characters, cut at spaces."""
    start = max(0, span.start - CONTEXT)
    if start > 0:
        space = body.find(" ", start, span.start)
        start = space + 1 if space >= 0 else span.start
    end = min(len(body), span.end + CONTEXT)
    if end < len(body):
        space = body.rfind(" ", span.end, end)
        end = space if space >= 0 else span.end
    return start, end


def _segments(body: str, spans: Iterable[Span]) -> list[list[Any]]:
    """``[start, text]`` pieces of *body* that cover every span with its context, merged."""
    ranges = sorted(_context(body, span) for span in spans)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [[start, body[start:end]] for start, end in merged]


def _roles(person_roles: Iterable[tuple[dt.date | None, Any, str | None]]) -> str:
    """A person's titles (or roles) as the text names them, oldest first, each once."""
    seen: list[str] = []
    for _date, role, title in person_roles:
        text = title or str(role.value)
        if text not in seen:
            seen.append(text)
    return "; ".join(seen[:4])


def report_data(articles: Iterable[Article]) -> dict[str, Any]:
    """The rows the page is built from, as plain JSON-ready lists.

    - ``articles``: ``[id, source, url, outlet, title, published, officials, segments]``,
      where *segments* are ``[start, text]`` pieces of the body around the records;
    - ``people``: ``[name, countries, titles]`` of each person (one
      :func:`~culturedipl.identify` key) a meeting or statement names;
    - ``meetings``: ``[article, date, people, countries, host, start, end, id]``,
      one per meeting in :func:`culturedipl.query.meetings` order; *date* is
      the meeting's, else its article's; *countries* are the participants'
      (sorted); *host* is a person index or -1;
    - ``statements``: ``[article, date, act, speakers, addressees, initiatives,
      start, end, id, speaker countries]``, in :func:`culturedipl.query.statements`
      order; *initiatives* index ``initiatives``;
    - ``initiatives``: ``[article, name, kind, initiator, mentions, start, end, id]``
      with the first mention's span (-1, -1 without one);
    - ``countries``: the English name of every country code above;
    - ``people_total``: how many people the corpus names in all.
    """
    articles = list(articles)
    identities = identify(articles)
    people: list[list[Any]] = []
    person_index: dict[str, int] = {}

    def person(article: Article, official_id: str) -> int:
        key = identities.key(article, official_id, alone=True)
        if key not in person_index:
            person_index[key] = len(people)
            try:
                found = identities.person(key)
            except KeyError:  # identify leaves out officials without a name: each is its own
                official = article.official(official_id)
                people.append(
                    [official.name, official.country or "", official.title or official.role.value]
                )
            else:
                people.append([found.name, " ".join(found.countries), _roles(found.roles)])
        return person_index[key]

    rows: list[list[Any]] = []
    meetings: list[list[Any]] = []
    statements: list[list[Any]] = []
    initiatives: list[list[Any]] = []
    for index, article in enumerate(articles):
        spans: list[Span] = []
        initiative_index: dict[str, int] = {}
        for initiative in article.initiatives:
            initiative_index[initiative.id] = len(initiatives)
            first = initiative.mentions[0] if initiative.mentions else None
            if first is not None:
                spans.append(first)
            initiatives.append(
                [
                    index,
                    initiative.name,
                    initiative.kind.value,
                    initiative.initiator or "",
                    len(initiative.mentions),
                    first.start if first else -1,
                    first.end if first else -1,
                    initiative.id,
                ]
            )
        for meeting in article.meetings:
            participants = article.participants(meeting)
            spans.append(meeting.span)
            meetings.append(
                [
                    index,
                    _iso(meeting.date or article.published),
                    [person(article, official.id) for official in participants],
                    sorted({official.country for official in participants if official.country}),
                    person(article, meeting.host) if meeting.host else -1,
                    meeting.span.start,
                    meeting.span.end,
                    meeting.id,
                ]
            )
        for statement in article.statements:
            at = article.meeting(statement.meeting) if statement.meeting else None
            speakers = article.speakers(statement)
            spans.append(statement.span)
            statements.append(
                [
                    index,
                    _iso((at.date if at else None) or article.published),
                    statement.act.value,
                    [person(article, official.id) for official in speakers],
                    [person(article, official_id) for official_id in statement.addressees],
                    [initiative_index[i.id] for i in article.initiatives_of(statement)],
                    statement.span.start,
                    statement.span.end,
                    statement.id,
                    sorted({official.country for official in speakers if official.country}),
                ]
            )
        rows.append(
            [
                article.id,
                article.source or "",
                article.url or "",
                article.outlet or "",
                article.title or "",
                _iso(article.published),
                len(article.officials),
                _segments(article.body, spans),
            ]
        )
    codes = {code for row in meetings for code in row[3]}
    codes.update(code for row in statements for code in row[9])
    codes.update(code for row in people for code in row[1].split())
    return {
        "version": __version__,
        "articles": rows,
        "people": people,
        "meetings": meetings,
        "statements": statements,
        "initiatives": initiatives,
        "countries": {code: country_name(code) for code in sorted(codes)},
        "people_total": len(identities),
    }


def pack(data: bytes) -> str:
    """*data* gzipped and in base64: how the page carries its JSON (``DecompressionStream``
    unpacks it), about half the size of the JSON as it is."""
    return base64.b64encode(gzip.compress(data, compresslevel=9, mtime=0)).decode("ascii")


def unpack(text: str) -> dict[str, Any]:
    """The JSON data :func:`pack` packed."""
    data: dict[str, Any] = json.loads(gzip.decompress(base64.b64decode(text)))
    return data


def _asset(name: str) -> str:
    return resources.files("culturedipl").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """*text* that cannot close the ``<script>`` element it is inlined in."""
    return _SCRIPT_END.sub(r"<\\/\1", text)


def render_report(articles: Iterable[Article], *, title: str | None = None) -> str:
    """The report's HTML page for *articles*, as text.

    Needs Jinja2 and plotly (``pip install 'culturedipl[report]'``).
    """
    jinja2: Any = require("jinja2", "report", "the report")
    plotly_offline: Any = require("plotly.offline", "report", "the report")
    data = report_data(articles)
    environment = jinja2.Environment(
        loader=jinja2.FunctionLoader(_asset),
        autoescape=True,
        keep_trailing_newline=True,
    )
    template = environment.get_template("report.html.j2")
    data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    html: str = template.render(
        title=title or f"culturedipl report: {len(data['articles']):,} articles",
        version=__version__,
        css=_asset("report.css"),
        plotly_js=_script_safe(plotly_offline.get_plotlyjs()),
        app_js=_script_safe(_asset("report.js")),
        data=pack(data_json),
    )
    return html


def write_report(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
) -> Path:
    """Write the report page for *articles* to *path* (UTF-8); returns the path."""
    html = render_report(articles, title=title)
    target = Path(path)
    target.write_text(html, encoding="utf-8", newline="\n")
    return target
