"""The domain model: construction, validation, equality, immutability and lookups."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from culturedipl import (
    Act,
    Article,
    CulturediplError,
    Initiative,
    InitiativeKind,
    InvalidArticleError,
    Meeting,
    Official,
    Role,
    Span,
    Statement,
    article_id,
)

SENTENCES = (
    "Culture Minister Lena Varga received Ambassador Tomas Reyes of Chile on Monday.",
    "They agreed to hold a week of Chilean cinema in Szeged.",
    '"Our archives should travel," Varga said.',
)
BODY = " ".join(SENTENCES)  # 177 characters


def at(text: str, after: int = 0) -> Span:
    """The span of the first *text* in BODY at or after *after*."""
    start = BODY.index(text, after)
    return Span(start, start + len(text))


FIRST, SECOND, THIRD = (at(sentence) for sentence in SENTENCES)  # [0, 79] [80, 135] [136, 177]


def make_article(**changes: object) -> Article:
    """A small, valid article; *changes* replace its fields."""
    fields: dict[str, object] = {
        "id": "a1",
        "url": "https://news.example/varga-reyes",
        "outlet": "News Example",
        "title": "Minister meets envoy",
        "published": dt.date(2023, 4, 18),
        "authors": ("Ida Kis",),
        "body": BODY,
        "officials": (
            Official(
                id="o1",
                name="Lena Varga",
                aliases=("Varga",),
                role=Role.MINISTER,
                title="Culture Minister",
                country="HU",
                mentions=(at("Lena Varga"), at("Varga", THIRD.start)),  # [17, 27] [166, 171]
            ),
            Official(
                id="o2",
                name="Tomas Reyes",
                role=Role.AMBASSADOR,
                title="Ambassador",
                country="CL",
                posted_to="HU",
                mentions=(at("Tomas Reyes"),),
            ),
        ),
        "meetings": (
            Meeting(
                id="m1",
                participants=("o1", "o2"),
                host="o1",
                date=dt.date(2023, 4, 17),
                topics=("cinema",),
                span=FIRST,
            ),
        ),
        "statements": (
            Statement(
                id="s1",
                speakers=("o1", "o2"),
                act=Act.AGREE,
                verb="agreed",
                text=BODY[SECOND.start : SECOND.end],
                content="to hold a week of Chilean cinema in Szeged",
                meeting="m1",
                topics=("cinema",),
                span=SECOND,
            ),
            Statement(
                id="s2",
                speakers=("o1",),
                act=Act.SAY,
                verb="said",
                text=BODY[THIRD.start : THIRD.end],
                content="Our archives should travel,",
                addressees=("o2",),
                meeting="m1",
                span=THIRD,
            ),
        ),
        "initiatives": (
            Initiative(
                id="i1",
                name="week of Chilean cinema",
                kind=InitiativeKind.FESTIVAL,
                mentions=(at("week of Chilean cinema"),),
            ),
        ),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def problems_of(**changes: object) -> tuple[str, ...]:
    """The problems InvalidArticleError reports for make_article(**changes)."""
    with pytest.raises(InvalidArticleError) as info:
        make_article(**changes)
    return info.value.problems


# --- Span -----------------------------------------------------------------


def test_span_holds_offsets_and_length() -> None:
    """A span keeps its offsets and its length is end - start."""
    span = Span(3, 10)
    assert (span.start, span.end, span.length) == (3, 10, 7)
    assert bool(Span(5, 5)) is True  # an empty span is still a span


def test_empty_span_is_allowed() -> None:
    """start == end is a valid, empty span."""
    assert Span(5, 5).length == 0


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (3, 1, "invalid span [3, 1]: need 0 <= start <= end"),
        (-1, 4, "invalid span [-1, 4]: need 0 <= start <= end"),
        (-5, -2, "invalid span [-5, -2]: need 0 <= start <= end"),
    ],
)
def test_invalid_span_is_rejected(start: int, end: int, message: str) -> None:
    """A span with start > end or a negative offset cannot be built."""
    with pytest.raises(CulturediplError) as info:
        Span(start, end)
    assert str(info.value) == message


def test_span_contains_offsets_and_spans() -> None:
    """``in`` tests offsets half-open and spans by inclusion; anything else is not in."""
    span = Span(2, 6)
    assert 2 in span
    assert 6 not in span
    assert Span(2, 6) in span
    assert Span(3, 4) in span
    assert Span(1, 4) not in span
    assert "3" not in span


def test_spans_order_by_start_then_end() -> None:
    """Spans sort by start, then by end."""
    assert sorted([Span(4, 5), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(4, 5)]


# --- records ----------------------------------------------------------------


def test_enums_have_the_agreed_values() -> None:
    """Role, Act and InitiativeKind hold exactly the values the format defines."""
    assert [role.value for role in Role] == [
        "head_of_state",
        "head_of_government",
        "minister",
        "deputy_minister",
        "ambassador",
        "charge_d_affaires",
        "consul",
        "secretary_general",
        "head_of_organization",
        "parliamentarian",
        "official",
    ]
    assert [act.value for act in Act] == [
        "say",
        "stress",
        "express",
        "thank",
        "invite",
        "inform",
        "propose",
        "discuss",
        "agree",
    ]
    assert [kind.value for kind in InitiativeKind] == [
        "campaign",
        "platform",
        "programme",
        "project",
        "year",
        "forum",
        "festival",
        "process",
        "other",
    ]


def test_official_defaults() -> None:
    """An official needs only an id and a name; the rest defaults to empty."""
    official = Official(id="o1", name="Lena Varga")
    assert (official.aliases, official.role, official.title, official.mentions) == (
        (),
        Role.OFFICIAL,
        None,
        (),
    )
    assert (official.country, official.organization, official.posted_to) == (None, None, None)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("country", "ZZ", "country: not an ISO 3166-1 alpha-2 code: 'ZZ'"),
        ("country", "hu", "country: not an ISO 3166-1 alpha-2 code: 'hu'"),
        ("country", "HUN", "country: not an ISO 3166-1 alpha-2 code: 'HUN'"),
        ("posted_to", "", "posted_to: not an ISO 3166-1 alpha-2 code: ''"),
    ],
)
def test_bad_country_code_is_rejected(field: str, value: str, message: str) -> None:
    """country and posted_to accept only upper-case ISO 3166-1 alpha-2 codes."""
    with pytest.raises(CulturediplError) as info:
        Official(id="o1", name="Lena Varga", **{field: value})  # type: ignore[arg-type]
    assert str(info.value) == message


def test_kosovo_code_is_accepted() -> None:
    """XK, user-assigned in ISO 3166-1 but in diplomatic use, is accepted."""
    assert Official(id="o1", name="Ana", country="XK", posted_to="XK").country == "XK"


def test_records_are_keyword_only() -> None:
    """Records cannot be built from positional arguments."""
    with pytest.raises(TypeError):
        Official("o1", "Lena Varga")  # type: ignore[call-arg]


def test_meeting_and_statement_defaults() -> None:
    """Optional meeting and statement fields default to None or empty tuples."""
    meeting = Meeting(id="m1", participants=(), span=Span(0, 0))
    assert (meeting.host, meeting.date, meeting.location, meeting.topics) == (None, None, None, ())
    statement = Statement(id="s1", speakers=(), act=Act.SAY, text="", span=Span(0, 0))
    assert (statement.verb, statement.content, statement.addressees) == (None, None, ())
    assert (statement.meeting, statement.topics) == (None, ())
    initiative = Initiative(id="i1", name="Silk Road Days")
    assert (initiative.aliases, initiative.kind, initiative.initiator, initiative.mentions) == (
        (),
        InitiativeKind.OTHER,
        None,
        (),
    )


# --- Article: construction and validation -------------------------------------


def test_valid_article_is_built() -> None:
    """A consistent article builds and keeps every field as given."""
    article = make_article()
    assert article.id == "a1"
    assert article.published == dt.date(2023, 4, 18)
    assert [official.id for official in article.officials] == ["o1", "o2"]


def test_empty_article_is_valid() -> None:
    """An article with no fields at all is valid, with an id derived from the empty body."""
    assert Article().id == article_id("")


def test_missing_id_is_derived_from_url_and_body() -> None:
    """An article without id gets article_id(body, url)."""
    article = make_article(id="")
    assert article.id == article_id(BODY, "https://news.example/varga-reyes")


def test_article_id_is_stable() -> None:
    """article_id gives the same 16 hex digits for the same input, in every process and version."""
    assert article_id("Text.", "https://example.org/a") == "56dbf0fc7a6a5139"
    assert article_id("") == "6e340b9cffb37a98"
    assert article_id("Text.") == "be76dd2045771025"


def test_article_id_depends_on_url_and_body() -> None:
    """Changing the URL or the body changes the id; URL and body do not run together."""
    ids = {
        article_id("Text.", "https://example.org/a"),
        article_id("Text!", "https://example.org/a"),
        article_id("Text.", "https://example.org/b"),
        article_id("b", "a"),
        article_id("", "ab"),
    }
    assert len(ids) == 5
    assert all(len(i) == 16 and int(i, 16) >= 0 for i in ids)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"officials": (Official(id="o1", name="A"), Official(id="o1", name="B"))},
            (
                "officials[1].id: duplicate id 'o1' (also officials[0])",
                "meetings[0].participants[1]: unknown official id 'o2'",
                "statements[0].speakers[1]: unknown official id 'o2'",
                "statements[1].addressees[0]: unknown official id 'o2'",
            ),
        ),
        (
            {"initiatives": (Initiative(id="s2", name="X"),)},
            ("statements[1].id: duplicate id 's2' (also initiatives[0])",),
        ),
        (
            {"meetings": (Meeting(id="m1", participants=("o1", "o7"), host="o1", span=FIRST),)},
            ("meetings[0].participants[1]: unknown official id 'o7'",),
        ),
        (
            {"meetings": (Meeting(id="m1", participants=("o2",), host="o1", span=FIRST),)},
            ("meetings[0].host: 'o1' is not a participant",),
        ),
        (
            {"meetings": (Meeting(id="m1", participants=(), span=Span(0, 999)),)},
            ("meetings[0].span: span [0, 999] lies outside the body (177 characters)",),
        ),
        (
            {
                "initiatives": (
                    Initiative(id="i1", name="X", mentions=(Span(1, 2), Span(170, 178))),
                )
            },
            ("initiatives[0].mentions[1]: span [170, 178] lies outside the body (177 characters)",),
        ),
        (
            {"meetings": ()},
            (
                "statements[0].meeting: unknown meeting id 'm1'",
                "statements[1].meeting: unknown meeting id 'm1'",
            ),
        ),
        (
            {"body": BODY.replace("Szeged", "Pécs!!")},
            ("statements[0].text: does not match the body at [80, 135]",),
        ),
        (
            {"body": BODY[:150]},
            (
                "officials[0].mentions[1]: span [166, 171] lies outside the body (150 characters)",
                "statements[1].span: span [136, 177] lies outside the body (150 characters)",
            ),
        ),
    ],
)
def test_inconsistent_article_is_rejected(
    changes: dict[str, object], expected: tuple[str, ...]
) -> None:
    """Duplicate ids, dangling references and spans off the body are each reported."""
    assert problems_of(**changes) == expected


def test_invalid_article_error_lists_every_problem() -> None:
    """InvalidArticleError is a CulturediplError and ValueError whose message lists each problem."""
    with pytest.raises(ValueError, match="invalid article") as info:
        make_article(meetings=())
    error = info.value
    assert isinstance(error, InvalidArticleError)
    assert isinstance(error, CulturediplError)
    assert str(error) == (
        "invalid article:\n"
        "  statements[0].meeting: unknown meeting id 'm1'\n"
        "  statements[1].meeting: unknown meeting id 'm1'"
    )


# --- equality, hashing, immutability -----------------------------------------------


def test_equal_articles_are_equal_and_hash_alike() -> None:
    """Two articles built from the same values are equal and have the same hash."""
    first, second = make_article(), make_article()
    assert first == second
    assert first is not second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


def test_different_articles_are_unequal() -> None:
    """Changing any value makes articles unequal."""
    base = make_article()
    assert base != make_article(title="Envoy meets minister")
    assert base != make_article(published=None)
    assert base != make_article(id="a2")
    assert base.officials[0] != attrs.evolve(base.officials[0], aliases=())


def test_records_hash_by_value() -> None:
    """Records can key dicts: equal records find the same entry."""
    table = {Span(1, 2): "span", Official(id="o1", name="A"): "official"}
    assert table[Span(1, 2)] == "span"
    assert table[Official(id="o1", name="A")] == "official"


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (Span(1, 2), "start"),
        (Official(id="o1", name="A"), "name"),
        (Meeting(id="m1", participants=(), span=Span(0, 0)), "host"),
        (Statement(id="s1", speakers=(), act=Act.SAY, text="", span=Span(0, 0)), "text"),
        (Initiative(id="i1", name="X"), "kind"),
        (Article(), "body"),
    ],
)
def test_records_are_immutable(record: object, field: str) -> None:
    """Setting a field of any record raises FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field, None)


def test_records_are_slotted() -> None:
    """Records have no __dict__, so no stray attributes can be added."""
    article = make_article()
    assert not hasattr(article, "__dict__")
    with pytest.raises((AttributeError, TypeError)):
        article.extra = 1  # type: ignore[attr-defined]


def test_collections_are_tuples() -> None:
    """Every collection in an article is a tuple."""
    article = make_article()
    assert isinstance(article.officials, tuple)
    assert isinstance(article.officials[0].mentions, tuple)
    assert isinstance(article.meetings[0].participants, tuple)


# --- lookups --------------------------------------------------------------------


def test_official_lookup() -> None:
    """official() finds by id and raises KeyError for an unknown id."""
    article = make_article()
    assert article.official("o2").name == "Tomas Reyes"
    with pytest.raises(KeyError):
        article.official("o9")


def test_official_named_matches_name_and_aliases() -> None:
    """official_named() matches a full name or an alias, and returns None otherwise."""
    article = make_article()
    assert article.official_named("Lena Varga") == article.officials[0]
    assert article.official_named("Varga") == article.officials[0]
    assert article.official_named("Reyes") is None


def test_meeting_and_initiative_lookup() -> None:
    """meeting() and initiative() find by id and raise KeyError otherwise."""
    article = make_article()
    assert article.meeting("m1").host == "o1"
    assert article.initiative("i1").kind is InitiativeKind.FESTIVAL
    with pytest.raises(KeyError):
        article.meeting("m2")
    with pytest.raises(KeyError):
        article.initiative("s1")


def test_statement_and_meeting_queries() -> None:
    """statements_of, statements_by and meetings_with select by meeting and official."""
    article = make_article()
    assert [s.id for s in article.statements_of("m1")] == ["s1", "s2"]
    assert article.statements_of("m9") == ()
    assert [s.id for s in article.statements_by("o1")] == ["s1", "s2"]
    assert [s.id for s in article.statements_by("o2")] == ["s1"]
    assert [m.id for m in article.meetings_with("o2")] == ["m1"]
    assert article.meetings_with("o9") == ()


def test_text_participants_and_speakers() -> None:
    """text_of slices the body; participants and speakers resolve ids to officials."""
    article = make_article()
    assert article.text_of(Span(17, 27)) == "Lena Varga"
    assert article.text_of(article.statements[1].span) == article.statements[1].text
    assert article.participants(article.meetings[0]) == article.officials
    assert article.speakers(article.statements[1]) == (article.officials[0],)
