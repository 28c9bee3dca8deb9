"""Statements on constructions of unseen real news the reader used to miss or credit
to the wrong speaker (round 8).

Each case is a short text of our own; the statements it should yield are listed
as (speakers, act) in text order, speakers sorted by name.
"""

from __future__ import annotations

import pytest

from tests.readers import StatementRows, statements_by_name

# "The Turkish Minister for Culture declared ...": a role phrase whose office is
# worded with "for" (as "of" in "the Minister of Culture") names its official
FOR_ROLE_CASES = [
    (
        (
            "MALABO, May 3 - Culture Minister Pedro Nsue Obama met his Turkish counterpart, "
            "Kemal Aydin, in Malabo. In that respect, the Turkish Minister for Culture declared "
            "that visas must be easier to obtain."
        ),
        [(("Kemal Aydin",), "say")],
    ),
    (
        (
            "CARACAS, May 3 - Deputy Foreign Minister Luis Pereira met Ugandan Ambassador Grace "
            "Nakato in Caracas. The Deputy Minister for Africa also emphasized that tourism can "
            "diversify the economy."
        ),
        [(("Luis Pereira",), "stress")],
    ),
    # the office's own words decide between two ministers of the same country
    (
        (
            "APIA, May 3 - Education Minister Tavita Leota and Tourism Minister Sione Fale "
            "visited the museum. The Minister for Tourism said the museum would draw visitors."
        ),
        [(("Sione Fale",), "say")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOR_ROLE_CASES)
def test_a_role_phrase_with_for_names_its_official(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The ambassadors told ...", "The Presidents agreed ..." where no meeting is being
# reported: the officials of that office the text has named before (ANNOTATION.md,
# "Groups": the named officials the phrase points back to)
PLURAL_OFFICE_CASES = [
    (
        (
            "MANILA, May 3 - The visitors were Ambassadors Omar Haddad of Jordan, Nikhil Rao of "
            "India and Lena Park of South Korea. They toured the old port. The ambassadors told "
            "the press that they would promote trade with the province."
        ),
        [(("Lena Park", "Nikhil Rao", "Omar Haddad"), "inform")],
    ),
    # one president named (the other is not): "the Presidents" is that one
    (
        (
            "RIGA, May 3 - President Janis Berzins attended the song festival in Tallinn. "
            "Afterwards, the Presidents emphasised the close ties between the two nations."
        ),
        [(("Janis Berzins",), "stress")],
    ),
    # a meeting being reported keeps "the two officials" its own pair
    (
        (
            "RIYADH, May 3 - Deputy Minister Sara Al-Harbi met Italian Ambassador Paolo Conti. "
            "The two officials signed a memorandum on museums."
        ),
        [(("Paolo Conti", "Sara Al-Harbi"), "agree")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_OFFICE_CASES)
def test_a_plural_office_names_its_holders(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The Heads of Mission of ASEAN countries welcomed ...": envoys, not the meeting's
# hosts ("the heads of the two delegations" are its participants)
def test_heads_of_mission_are_envoys_not_the_hosts() -> None:
    """Unnamed envoys welcoming a proposal make no statement of the hosts."""
    text = (
        "COLOMBO, May 3 - State Minister Nimal Perera chaired a meeting with the Heads of "
        "Mission of ASEAN countries, which was also attended by Secretary Ruwan Silva of the "
        "Buddhist Council. Perera proposed visits of monks to the region. The Heads of Mission "
        "of ASEAN countries welcomed the State Minister's proposal."
    )
    assert statements_by_name(text) == [(("Nimal Perera",), "propose")]


# "A, on a visit to X, and his counterpart B signed ...", "A, Minister of Arts, Culture
# & Heritage, and B inked ...": every signatory of the list before the verb signs
# (an aside after a name and an ampersand in a title do not cut the list)
COSIGNATORY_CASES = [
    (
        (
            "PRAGUE, May 3 - Czech Culture Minister Pavel Novak, on a visit to Israel, and his "
            "counterpart Dana Levi signed an agreement on film cooperation on Wednesday."
        ),
        [(("Dana Levi", "Pavel Novak"), "agree")],
    ),
    (
        (
            "COLOMBO, May 3 - Maldives' Minister of State for Arts, Culture & Heritage, Ahmed "
            "Naseem and Secretary to Sri Lanka's Ministry of Religious & Cultural Affairs, Ruwan "
            "Jayasena inked the MoU on cultural cooperation."
        ),
        [(("Ahmed Naseem", "Ruwan Jayasena"), "agree")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COSIGNATORY_CASES)
def test_cosignatories_with_an_aside_or_an_ampersand(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "took the opportunity to discuss (acknowledge) ...": the purpose infinitive carries
# the act (ANNOTATION.md, "A light verb with a purpose"), a base form too
LIGHT_VERB_CASES = [
    (
        (
            "SALZBURG, May 3 - Foreign Minister Karl Huber received Korean Foreign Minister Kim "
            "Dong-su in Salzburg. The two ministers took the opportunity to discuss trade "
            "between their countries."
        ),
        [(("Karl Huber", "Kim Dong-su"), "discuss")],
    ),
    (
        (
            "MEXICO CITY, May 3 - Foreign Minister Luis Ortega announced a dual year of culture "
            "with Colombia. Ortega took the opportunity to acknowledge the peace process in "
            "Colombia."
        ),
        [(("Luis Ortega",), "say"), (("Luis Ortega",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT_VERB_CASES)
def test_a_light_verb_with_a_base_form_purpose(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "held fruitful discussions with A, Ambassador of X, B, Ambassador of Y, and C":
# the adjective leaves the report a discussion, and every partner listed discussed
# (a list that runs into a verb is a clause of its own: its subject does not join)
DISCUSSED_WITH_LIST_CASES = [
    (
        (
            "NAIROBI, May 3 - Foreign Secretary Daniel Kiptoo held fruitful discussions with "
            "H.E. Anna Berg, Swedish Ambassador to Kenya, H.E. Omar Al-Sayed, Ambassador of "
            "Qatar to Kenya, and H.E. Grace Moyo, Director General of the UN Office in Nairobi."
        ),
        [(("Anna Berg", "Daniel Kiptoo", "Grace Moyo", "Omar Al-Sayed"), "discuss")],
    ),
    (
        (
            "NAIROBI, May 3 - Foreign Secretary Daniel Kiptoo held cordial discussions with "
            "Swedish Ambassador Anna Berg, and Tourism Minister Paul Otieno stressed the value "
            "of Nordic visitors."
        ),
        [(("Anna Berg", "Daniel Kiptoo"), "discuss"), (("Paul Otieno",), "stress")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCUSSED_WITH_LIST_CASES)
def test_discussions_with_a_list_of_partners(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "The agreement was signed on Monday in Havana." before anyone is named: the
# signatories the text names in the next sentences (else the participants of the
# meeting it goes on to report) signed it; with no one named after, no statement
SIGNED_BEFORE_NAMED_CASES = [
    (
        (
            "KINGSTOWN, May 3 - The tourism agreement was signed on Monday in Havana. Cuban "
            "Tourism Minister Jorge Alvarez hosted a bilateral meeting with the delegation led "
            "by Tourism Minister Dwight Baptiste."
        ),
        [(("Dwight Baptiste", "Jorge Alvarez"), "agree")],
    ),
    (
        (
            "WINDHOEK, May 3 - An agreement on technical cooperation was signed in Windhoek on "
            "Tuesday. Planning Minister Peter Nangolo and Chinese Ambassador Li Wen signed the "
            "agreement at the ministry."
        ),
        [(("Li Wen", "Peter Nangolo"), "agree"), (("Li Wen", "Peter Nangolo"), "agree")],
    ),
    (
        (
            "WINDHOEK, May 3 - An agreement on technical cooperation was signed in Windhoek on "
            "Tuesday. It will run for five years."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_BEFORE_NAMED_CASES)
def test_a_signing_before_its_signatories_are_named(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected


# "..., Y and Z, with whom he spoke regarding ...": every official named before "with
# whom" talked with the subject; "had a meeting with his counterpart, Y, with whom he
# discussed ...": the pronoun is the official the clause opened with, not Y
WITH_WHOM_CASES = [
    (
        (
            "MALABO, May 3 - Culture Minister Pedro Nsue Obama received the ambassadors of "
            "Spain and Italy, Carlos Ruiz and Marco Bellini, with whom he spoke regarding the "
            "independence celebrations."
        ),
        [(("Carlos Ruiz", "Marco Bellini", "Pedro Nsue Obama"), "discuss")],
    ),
    (
        (
            "BUCHAREST, May 3 - Minister Ioana Radu had, last week, a meeting with his "
            "Moldovan counterpart, Sergiu Ciobanu, with whom he discussed joint heritage "
            "projects."
        ),
        [(("Ioana Radu", "Sergiu Ciobanu"), "discuss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_WHOM_CASES)
def test_with_whom_names_the_partners_not_the_pronoun(text: str, expected: StatementRows) -> None:
    """The text yields exactly these statements, by these speakers with these acts."""
    assert statements_by_name(text) == expected
