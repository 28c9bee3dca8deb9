"""culturedipl.query: filters and aggregates over many articles (issue 12)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from culturedipl import Act, Article, Corpus, Role, identify, parse_text
from culturedipl.cli import main
from culturedipl.query import (
    initiatives,
    invitations,
    meetings,
    officials,
    partners,
    statements,
    timeline,
)
from culturedipl.query import rows as query_rows
from culturedipl.testing import articles, country_codes

TEXTS = [
    (
        "BAKU, Azerbaijan, May 3, 2022. Culture Minister Jeyran Mammadli met with Italian "
        "Ambassador to Azerbaijan Marco Vitale. Mammadli invited Vitale to the "
        '"Silk Road Voices" festival. Vitale thanked Mammadli for the invitation.'
    ),
    (
        "BAKU, Azerbaijan, June 9, 2023. Culture Minister Jeyran Mammadli received Peruvian "
        "Ambassador to Azerbaijan Rosa Vera. The sides discussed cooperation in museums."
    ),
    (
        "ROME, Italy, January 12, 2021. Italian Foreign Minister Paolo Greco met with Peruvian "
        "Foreign Minister Luis Ortega. Greco stressed the role of the "
        '"Silk Road Voices" festival.'
    ),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Three articles written for these tests."""
    return Corpus(tuple(parse_text(text) for text in TEXTS))


def test_meetings_by_country_portfolio_and_dates(corpus: Corpus) -> None:
    """Which officials of which countries met Azerbaijan's culture minister, and when."""
    found = list(meetings(corpus, country="AZ", portfolio="culture"))
    assert [(m.date, sorted(m.countries)) for m in found] == [
        (dt.date(2022, 5, 3), ["AZ", "IT"]),
        (dt.date(2023, 6, 9), ["AZ", "PE"]),
    ]
    assert [m.article for m in found] == [corpus[0], corpus[1]]
    assert corpus[0].text_of(found[0].span).startswith("Culture Minister Jeyran Mammadli met")
    assert len(list(meetings(corpus, country="IT", since="2022"))) == 1
    assert len(list(meetings(corpus, country="IT", until="2021"))) == 1
    assert len(list(meetings(corpus, since="2022-05-04", until="2023-06"))) == 1
    assert len(list(meetings(corpus, role=Role.MINISTER, portfolio="foreign affairs"))) == 1
    assert len(list(meetings(corpus, person="Rosa Vera"))) == 1
    assert [m.date for m in meetings(corpus, host_country="IT")] == [dt.date(2021, 1, 12)]
    with pytest.raises(ValueError, match="not an ISO date"):
        list(meetings(corpus, since="May 2022"))


def test_statements_by_act_initiative_and_words(corpus: Corpus) -> None:
    """Statements filter by act, speaker country, addressee, initiative named and words."""
    invited = list(statements(corpus, act=Act.INVITE))
    assert [s.statement.text for s in invited] == [
        'Mammadli invited Vitale to the "Silk Road Voices" festival.'
    ]
    assert [s.statement.act for s in statements(corpus, initiative="Silk Road Voices")] == [
        Act.INVITE,
        Act.STRESS,
    ]
    assert len(list(statements(corpus, country="IT", words="invitation"))) == 1
    assert len(list(statements(corpus, addressee="Jeyran Mammadli"))) == 1
    assert [s.statement.act for s in statements(corpus, speaker="Rosa Vera")] == [Act.DISCUSS]
    assert list(statements(corpus, speaker="Rosa Vera", act="thank")) == []


def test_officials_initiatives_and_aggregates(corpus: Corpus) -> None:
    """Culture ministers are a query; partners rank countries; invitations say who, whom, what."""
    assert [o.name for o in officials(corpus, portfolio="culture")] == ["Jeyran Mammadli"] * 2
    assert {o.name for o in officials(corpus, country="PE")} == {"Rosa Vera", "Luis Ortega"}
    assert [i.initiative.name for i in initiatives(corpus, kind="festival")] == [
        "Silk Road Voices",
        "Silk Road Voices",
    ]
    assert len(list(initiatives(corpus, name="silk road"))) == 2
    assert partners(corpus, "AZ") == [("IT", 1), ("PE", 1)]
    assert partners(corpus, "PE") == [("AZ", 1), ("IT", 1)]
    assert [(i.inviter, i.invitee, i.initiative) for i in invitations(corpus)] == [
        ("Jeyran Mammadli", "Marco Vitale", "Silk Road Voices")
    ]
    assert [e.date for e in timeline(corpus, country="IT")] == [
        dt.date(2021, 1, 12),
        dt.date(2022, 5, 3),
    ]
    assert [e.date.year for e in timeline(corpus, person="Jeyran Mammadli") if e.date] == [
        2022,
        2023,
    ]


def test_a_person_of_identify_matches_every_spelling() -> None:
    """Filtering by a Person finds the meetings of every spelling of that person's name."""
    texts = [
        TEXTS[0],
        TEXTS[1].replace("Jeyran Mammadli", "Ceyran Mammadli"),
    ]
    spelled = Corpus(tuple(parse_text(text) for text in texts))
    people = identify(spelled)
    minister = people.person(people.key(spelled[0], spelled[0].officials[0]))
    assert minister.names == ("Jeyran Mammadli", "Ceyran Mammadli")
    assert len(list(meetings(spelled, person="Jeyran Mammadli"))) == 1
    assert [m.date for m in meetings(spelled, person=minister)] == [
        dt.date(2022, 5, 3),
        dt.date(2023, 6, 9),
    ]
    assert len(list(officials(spelled, person=minister))) == 2


_DATES = st.none() | st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(articles(max_records=3), max_size=4), country_codes(), _DATES, _DATES)
def test_country_filter_and_date_bounds(
    corpus: list[Article], country: str, since: dt.date | None, until: dt.date | None
) -> None:
    """A country filter gives a subset whose members all involve the country; dates hold."""
    everything = list(meetings(corpus))
    found = list(meetings(corpus, country=country, since=since, until=until))
    assert all(result in everything for result in found)
    for result in found:
        assert country in result.countries
        assert result.date is not None or (since is None and until is None)
        if since is not None and result.date is not None:
            assert result.date >= since
        if until is not None and result.date is not None:
            assert result.date <= until
    for said in statements(corpus, country=country, since=since, until=until):
        assert any(o.country == country for o in said.speakers)


@settings(max_examples=60, deadline=None)
@given(st.lists(articles(max_records=3), max_size=5), st.integers(0, 5), country_codes())
def test_a_query_over_a_corpus_is_the_union_over_its_parts(
    items: list[Article], cut: int, country: str
) -> None:
    """Queries over a corpus equal the query over each part, joined; partners add up."""
    whole = Corpus(tuple(items))
    left, right = whole[:cut], whole[cut:]
    for query in (meetings, statements, officials, initiatives):
        assert list(query(whole)) == [*query(left), *query(right)]
    assert list(meetings(whole, country=country)) == [
        *meetings(left, country=country),
        *meetings(right, country=country),
    ]
    joined: dict[str, int] = {}
    for part in (left, right):
        for other, count in partners(part, country):
            joined[other] = joined.get(other, 0) + count
    assert dict(partners(whole, country)) == joined


@pytest.mark.parametrize(
    ("since", "until", "first", "last"),
    [
        ("2021", "2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
        ("2024-02", "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-05-06", "2023-05-06", dt.date(2023, 5, 6), dt.date(2023, 5, 6)),
    ],
)
def test_partial_dates_cover_their_period(
    since: str, until: str, first: dt.date, last: dt.date
) -> None:
    """since is the period's first day and until its last: 'until 2021' includes 31 December."""
    from culturedipl.query import _bound

    assert _bound(since, end=False) == first
    assert _bound(until, end=True) == last


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """The three texts as files, and the same articles parsed to JSON Lines."""
    for n, text in enumerate(TEXTS):
        (tmp_path / f"a{n}.txt").write_text(text, encoding="utf-8")
    Corpus.from_paths([tmp_path]).save(tmp_path / "parsed.jsonl")
    return tmp_path


def test_cli_query_table_json_and_csv(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """culturedipl query prints a table, JSON, JSON Lines or CSV; .jsonl input gives the same."""
    texts = [str(news / f"a{n}.txt") for n in range(3)]
    assert main(["query", "meetings", "--country", "AZ", "--format", "table", *texts]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:3] == ["date", "participants", "countries"]
    assert table[2].startswith("2022-05-03  Jeyran Mammadli; Marco Vitale  AZ IT")
    assert len(table) == 4
    assert main(["query", "meetings", "--since", "2023", "--format", "json", *texts]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["countries"] == "AZ PE"
    assert row["source"] == texts[1]
    assert row["span"] == [32, 118]
    assert TEXTS[1][32:118].startswith("Culture Minister Jeyran Mammadli received")
    assert main(["query", "partners", "PE", str(news / "parsed.jsonl"), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "country,meetings\nAZ,1\nIT,1\n"
    assert main(["query", "statements", "--act", "invite", str(news / "parsed.jsonl")]) == 0
    (line,) = capsys.readouterr().out.splitlines()  # not a terminal: JSON Lines
    assert json.loads(line)["initiatives"] == "Silk Road Voices"
    assert main(["query", "officials", "--portfolio", "culture", "--format", "csv", *texts]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["name"], r["portfolio"], r["source"]) for r in rows] == [
        ("Jeyran Mammadli", "culture", texts[0]),
        ("Jeyran Mammadli", "culture", texts[1]),
    ]


def test_cli_query_reports_bad_input(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is one line on stderr and status 1; a bad filter status 2."""
    assert main(["query", "initiatives", str(news / "a0.txt"), str(news / "gone.txt")]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["name"] == "Silk Road Voices"
    assert captured.err == f"culturedipl: {news / 'gone.txt'}: No such file or directory\n"
    assert main(["query", "officials", "--role", "boss", str(news)]) == 2
    assert "'boss' is not a valid Role" in capsys.readouterr().err
    assert main(["query", "timeline", "--until", "soon", str(news)]) == 2
    with pytest.raises(ValueError, match="takes no filter"):
        query_rows("officials", [], act="say")
