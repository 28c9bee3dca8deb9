"""Officials' names, roles and countries, thirteenth round: constructions seen in two sets or more.

Every sentence and name below is invented for these tests, in the style of
news-agency reports and ministries' press releases.
"""

from __future__ import annotations

import pytest

from culturedipl import parse_text


def people(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each official's name, with the role's value, the country and the organisation."""
    return {o.name: (o.role.value, o.country, o.organization) for o in parse_text(text).officials}


_POSSESSIVE_BODY = (
    "Culture Minister Aino Veskimägi met the head of Egypt's International Arts and"
    " Culture Organization, Samir Fawzy, in Tallinn."
)
_POSSESSIVE_HEAD = (
    "Darius Karimi, president of Iran’s Islamic Heritage and Culture Organization,"
    " received Ambassador Lena Oskarsson of Sweden in Tehran."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _POSSESSIVE_BODY,
            {
                "Aino Veskimägi": ("minister", "EE", None),
                "Samir Fawzy": ("official", "EG", None),
            },
        ),
        (
            _POSSESSIVE_HEAD,
            {
                "Darius Karimi": ("official", "IR", None),
                "Lena Oskarsson": ("ambassador", "SE", None),
            },
        ),
    ],
)
def test_a_body_named_after_a_states_possessive_is_that_states(
    text: str, expected: dict[str, tuple[str, str | None, str | None]]
) -> None:
    """'head of C's International/Islamic X Organization': C's own body, not an international
    one; its head is an official of C."""
    assert people(text) == expected


def test_an_international_body_without_a_possessive_stays_international() -> None:
    """'head of the Islamic X Organization' with no state before it is still a body's head."""
    found = people(
        "Culture Minister Aino Veskimägi met the president of the International Council"
        " for the Arts, Samir Fawzy, in Tallinn."
    )
    assert found["Samir Fawzy"][0] == "head_of_organization"
    assert found["Samir Fawzy"][1] is None


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        (
            (
                "Culture Minister Aino Veskimägi received Tomas Berglund, Resident"
                " Representative of the United Nations Capital Development Fund (UNCDF),"
                " in Tallinn."
            ),
            "Tomas Berglund",
            "UNCDF",
        ),
        (
            (
                "Culture Minister Aino Veskimägi received Tomas Berglund, Head of the United"
                " Nations Assistance Mission in Freedonia (UNAMF), in Tallinn."
            ),
            "Tomas Berglund",
            "UNAMF",
        ),
        (
            (
                "Tomas Berglund, Secretary General of the Global Alliance of Art Museums"
                " (GAAM), met Culture Minister Aino Veskimägi in Tallinn."
            ),
            "Tomas Berglund",
            "GAAM",
        ),
        (
            (
                "Culture Minister Aino Veskimägi met Tomas Berglund, Chairman of the Estonian"
                " Cooperation Agency (ECA), in Tallinn."
            ),
            "Tomas Berglund",
            None,
        ),
    ],
)
def test_a_bodys_short_name_in_brackets_is_its_organization(
    text: str, name: str, organization: str | None
) -> None:
    """'of the United Nations X Fund (ACR)': the body is ACR, not the UN; a national body's
    short name gives no organisation."""
    assert people(text)[name][2] == organization


def test_a_language_is_a_field_of_office() -> None:
    """'Minister of X Language, Culture and Heritage A': 'Language', as 'Languages', is a
    field the office covers, so the title reaches the name."""
    found = people(
        "The Minister of Seto Language, Culture and Heritage Kadri Tamm met with the Latvian"
        " Ambassador Ilze Ozola in Tallinn."
    )
    assert found["Kadri Tamm"][0] == "minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Culture Minister Kadri Lepikson received the Ambassador of Latvia to Estonia"
                " Ilze Ozola. Kadri Leppikson said the two countries share a long history."
            ),
            {"Kadri Lepikson": ["Kadri Leppikson"], "Ilze Ozola": []},
        ),
        (
            (
                "The Minister of Culture, Aino Lindqvist-Oja, met with the Ambassador of"
                " Latvia, Ilze Ozola. Minister Lindqvas-Oja said the meeting was warm."
            ),
            {"Aino Lindqvist-Oja": [], "Ilze Ozola": []},
        ),
    ],
)
def test_a_named_official_respelt_later_is_the_same_official(
    text: str, expected: dict[str, list[str]]
) -> None:
    """'Kadri Leppikson said' after 'Minister Kadri Lepikson', 'Minister Lindqvas-Oja' after
    'Aino Lindqvist-Oja': one official, not two (another full spelling is an alias)."""
    article = parse_text(text)
    assert {o.name: list(o.aliases) for o in article.officials} == expected
    names = {o.id: o.name for o in article.officials}
    assert {names[p] for s in article.statements for p in s.speakers} == {next(iter(expected))}


_SERIAL = (
    "Culture Minister Hamid Osman Karar of Sudan met Mrs. Mary Ajok Deng, the Minister of"
    " Culture, Youth, and sports of the Republic of South Sudan, in Khartoum.\n\n"
    "On her part the South Sudan's culture minister stressed the ties between the two peoples."
)


def test_a_serial_comma_in_a_title_after_the_name() -> None:
    """'A, the Minister of X, Y, and Z of C': the title goes on past ', and' to its last field
    and its state, as a title before a name does."""
    article = parse_text(_SERIAL)
    found = {o.name: (o.title, o.country) for o in article.officials}
    assert found["Mary Ajok Deng"] == (
        "Minister of Culture, Youth, and sports of the Republic of South Sudan",
        "SS",
    )


def test_a_role_phrase_reads_its_state_whole() -> None:
    """'the South Sudan's culture minister' is South Sudan's, not Sudan's ('Sudan's' alone)."""
    article = parse_text(_SERIAL)
    names = {o.id: o.name for o in article.officials}
    assert [[names[p] for p in s.speakers] for s in article.statements][-1] == ["Mary Ajok Deng"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Culture Minister Aino Veskimägi received the newly appointed Ambassador of Japan"
                " Kenji Sato in Tallinn. Accompanied by senior research officer at the Embassy"
                " Yuki Tanaka, Ambassador Kenji Sato spoke of the embassy's plans."
            ),
            "Yuki Tanaka",
        ),
        (
            (
                "Deputy Minister of Culture Kadri Tamm met the Ambassador of Japan to Estonia"
                " Kenji Sato. The meeting was attended by the new Embassy Counsellor for"
                " Cultural Affairs Haruto Mori."
            ),
            "Haruto Mori",
        ),
    ],
)
def test_an_embassys_staff_serve_its_envoys_state(text: str, name: str) -> None:
    """'officer at the Embassy A', 'the Embassy Counsellor B': the embassy is the envoy's
    named beside them, so they serve the envoy's state, not the home country."""
    assert people(text)[name][1] == "JP"
