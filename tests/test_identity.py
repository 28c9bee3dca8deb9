"""People across articles: culturedipl.identity (issue 12), on names written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from culturedipl import Article, Official, Role, parse_text
from culturedipl.identity import identify, skeleton
from culturedipl.testing import articles


def _article(article_id: str, *officials: tuple[str, str | None, Role]) -> Article:
    return Article(
        id=article_id,
        body="x",
        officials=tuple(
            Official(id=f"o{n}", name=name, country=country, role=role)
            for n, (name, country, role) in enumerate(officials, start=1)
        ),
    )


M, A, OF = Role.MINISTER, Role.AMBASSADOR, Role.OFFICIAL


def _same(people: object, first: tuple[str, str], second: tuple[str, str]) -> bool:
    return bool(people.key(*first) == people.key(*second))  # type: ignore[attr-defined]


def test_transliteration_variants_are_one_person() -> None:
    """j/c, k/c, dzh/j, -yev/-ev, kh/x, hyphens, particles and accents fold to one spelling."""
    pairs = [
        ("Jeyran Mammadli", "Ceyran Mammadli"),
        ("Ercan Tuzcu", "Erkan Tüzcü"),
        ("Dzhamal Orazbekov", "Jamal Orazbekov"),
        ("Rufat Guliyev", "Rufat Guliev"),
        ("Sergei Matveyev", "Sergei Matveev"),
        ("Khayal Nasibli", "Xayal Nasibli"),
        ("Yusuf bin Omar Al-Harbi", "Yusuf Omar Al Harbi"),
        ("Tariq M. AlSaadi", "Tariq M Al-Saadi"),
        ("José María Ortega", "Jose Maria Ortega"),
        ("Dyuman Orazov", "Duman Orazov"),
    ]
    for first, second in pairs:
        assert skeleton(first) == skeleton(second), (first, second)


def test_identify_merges_variants_and_short_forms_across_articles() -> None:
    """Spellings, a dropped middle name and an initial merge; the roles over time are listed."""
    people = identify(
        [
            _article("a", ("Jeyran Mammadli", "AZ", M), ("Leila bint Omar Al Harbi", "QA", M)),
            _article("b", ("Ceyran Mammadli", "AZ", M), ("Leila Al-Harbi", "QA", M)),
            _article("c", ("J. Mammadli", "AZ", M), ("Erkan Tuzcu", "TR", A)),
            _article("d", ("Ercan Tüzcü", None, A)),
        ]
    )
    assert _same(people, ("a", "o1"), ("b", "o1"))
    assert _same(people, ("a", "o1"), ("c", "o1"))
    assert _same(people, ("a", "o2"), ("b", "o2"))
    assert _same(people, ("c", "o2"), ("d", "o1"))
    assert len(people) == 3
    tuzcu = people.person(people.key("d", "o1"))
    assert tuzcu.countries == ("TR",)
    assert tuzcu.names == ("Erkan Tuzcu", "Ercan Tüzcü")
    assert [role for _date, role, _title in tuzcu.roles] == [A, A]
    assert people.person(people.key("a", "o2")).name == "Leila bint Omar Al Harbi"


def test_namesakes_stay_apart() -> None:
    """Similar names never merge by spelling; an initial that fits two people merges neither."""
    people = identify(
        [
            _article("a", ("Ramil Aliyev", "AZ", OF), ("Ramiz Aliyev", "AZ", OF)),
            _article("b", ("R. Aliyev", "AZ", OF), ("Anar Sultanov", "AZ", M)),
            _article("c", ("Islam Sultanov", "UZ", M), ("Omar bin Yusuf Al Harbi", "QA", OF)),
            _article("d", ("Yusuf bin Omar Al Harbi", "QA", OF)),
        ]
    )
    assert len(people) == 7
    assert not _same(people, ("a", "o1"), ("a", "o2"))
    assert not _same(people, ("b", "o1"), ("a", "o1"))
    assert not _same(people, ("b", "o1"), ("a", "o2"))
    assert not _same(people, ("c", "o2"), ("d", "o1"))


def test_same_name_of_two_countries_is_two_people() -> None:
    """A name shared by officials of two countries is two people, even through a countryless one."""
    people = identify(
        [
            _article("a", ("Nodir Karimov", "UZ", M)),
            _article("b", ("Nodir Karimov", None, M)),
            _article("c", ("Nodir Karimov", "TJ", M)),
        ]
    )
    assert not _same(people, ("a", "o1"), ("c", "o1"))
    assert sorted(len(person.officials) for person in people) == [1, 2]


def test_identify_reads_parsed_articles() -> None:
    """On the reader's output: one person over two articles, the dates of the roles kept."""
    first = parse_text(
        "BAKU, Azerbaijan, May 3, 2022. Culture Minister Jeyran Mammadli met with "
        "Turkish Ambassador Erkan Tuzcu."
    )
    second = parse_text(
        "BAKU, Azerbaijan, June 9, 2023. Foreign Minister Ceyran Mammadli received "
        "Turkish Ambassador Ercan Tüzcü."
    )
    people = identify([first, second])
    minister = people.person(people.key(first, first.officials[0]))
    assert minister.officials == ((first.id, "o1"), (second.id, "o1"))
    assert [title for _date, _role, title in minister.roles] == [
        "Culture Minister",
        "Foreign Minister",
    ]
    assert [date.year for date, _role, _title in minister.roles if date] == [2022, 2023]


@settings(max_examples=60, deadline=None)
@given(st.lists(articles(max_records=3), max_size=4, unique_by=lambda a: a.id))
def test_identity_never_merges_two_countries(corpus: list[Article]) -> None:
    """Every person holds records of at most one country, and every record has one key."""
    people = identify(corpus)
    keys = set()
    for person in people:
        countries = {
            official.country
            for article_id, official_id in person.officials
            for article in corpus
            if article.id == article_id
            for official in article.officials
            if official.id == official_id and official.country
        }
        assert len(countries) <= 1
        assert person.countries == tuple(countries)
        keys.add(person.key)
    assert len(keys) == len(people)
    named = sum(1 for article in corpus for official in article.officials if official.name.strip())
    assert sum(len(person.officials) for person in people) == named
