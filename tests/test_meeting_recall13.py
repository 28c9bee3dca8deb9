"""Meetings, thirteenth round: constructions that recur across outlets.

Every sentence below is invented for these tests, in the style of news-agency
reports; each test names the general construction it covers.
"""

from __future__ import annotations

from tests.readers import meetings_by_name


def test_a_time_between_his_meeting_and_with_leaves_the_meeting() -> None:
    # "During his meeting Monday, with Y": a time between the noun and "with"; those
    # named after it met the minister of the story (home: the minister hosts)
    text = (
        "Tallinn — The Minister of Culture, Tarmo Kask, praised the ties with Latvia."
        " During his meeting Monday, with the Latvian ambassador in Tallinn, Aino"
        " Veskimägi, the minister said that Latvia is a close partner."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], "Tarmo Kask")]


def test_his_meeting_at_his_office_with_y_is_a_meeting_with_y() -> None:
    # "X, during his meeting at his office with, Y, stressed": a place and a stray comma
    # between
    text = (
        "Tallinn — The Minister of Culture, Tarmo Kask, during his meeting at his office"
        " with, Mrs. Aino Veskimägi, the Minister of Culture and Sports of Latvia,"
        " stressed the unity of the two peoples."
    )
    assert [p for p, _ in meetings_by_name(text)] == [["Aino Veskimägi", "Tarmo Kask"]]


def test_his_meeting_with_with_left_out_names_the_counterpart() -> None:
    # "During his meeting Minister Y, the two sides reviewed ...": "with" left out, the
    # title and name right after the noun
    text = (
        "Minister of Culture Tarmo Kask met several guests in Tallinn. During his meeting"
        " Latvian Minister of Culture and Sports Aino Veskimägi, the two sides reviewed"
        " bilateral cultural relations."
    )
    assert [p for p, _ in meetings_by_name(text)] == [["Aino Veskimägi", "Tarmo Kask"]]


def test_his_meeting_then_a_comma_and_a_name_is_no_counterpart() -> None:
    # "In his meeting, Minister X said": the name after the comma is the speaker
    text = (
        "Minister of Culture Tarmo Kask spoke to the press in Tallinn. In his meeting,"
        " Minister Tarmo Kask said the ties were strong."
    )
    assert meetings_by_name(text) == []


def test_his_meeting_at_his_office_is_hosted_by_him() -> None:
    # "X, during his meeting at his office with Y": X received Y in his own office
    # (Y's country unknown: no home official to host otherwise)
    text = (
        "The Minister of Culture, Tarmo Kask, during his meeting at his office with"
        " Mrs. Aino Veskimägi, the Minister of Culture of Latvia, stressed the unity of"
        " the two peoples."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], "Tarmo Kask")]


def test_a_meeting_held_in_her_office_is_hosted_by_her() -> None:
    # "X held a meeting with Y ... at her office": the subject's own premises
    text = (
        "Minister of Culture Aino Veskimägi held a meeting with Ilze Ozolina, the Special"
        " Representative of the Baltic Council, at her office."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Ilze Ozolina"], "Aino Veskimägi")]


def test_a_meeting_in_his_office_without_a_subject_has_no_office_host() -> None:
    # "A and B met in his office": whose office is not said by a subject of one
    text = (
        "Minister of Culture Aino Veskimägi and Latvian Ambassador Tarmo Kask held a"
        " meeting in his office on Monday."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], None)]


def test_the_sidelines_of_a_bilateral_visit_leave_the_visited_host() -> None:
    # "On the sidelines of the visit, A and B signed ...": a bilateral visit, not a
    # multilateral summit; the visited official hosts (ANNOTATION.md, host finer points)
    text = (
        "Within the framework of the visit of Estonian Minister of Culture Tarmo Kask,"
        " he held talks in Riga on Sunday with Aino Veskimägi, Minister of Culture of"
        " Latvia. On the sidelines of the visit, Tarmo Kask and Aino Veskimägi signed a"
        " memorandum of understanding."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], "Aino Veskimägi")]


def test_the_sidelines_of_a_joint_commission_leave_the_home_host() -> None:
    # "on the sidelines of the 4th Session of the A-B Joint Commission": a bilateral body
    text = (
        "RIGA: Latvian Minister of Culture Aino Veskimägi met Estonian Minister of Culture"
        " Tarmo Kask on the sidelines of the 4th Session of the Latvia-Estonia Joint"
        " Commission in Riga."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], "Aino Veskimägi")]


def test_the_sidelines_of_a_summit_leave_no_host() -> None:
    # a multilateral summit's sidelines: no host, even in one of the states
    text = (
        "Latvian Minister of Culture Aino Veskimägi met Estonian Minister of Culture"
        " Tarmo Kask on the sidelines of the Baltic Culture Summit in Riga."
    )
    assert meetings_by_name(text) == [(["Aino Veskimägi", "Tarmo Kask"], None)]


def test_during_a_working_session_with_y_attended_by_z() -> None:
    # "X expressed, during a working session with Y, attended by Z, ...": a session is a
    # meeting noun of the "at" kind, as of the "held" kind, and those attending join
    text = (
        "The Estonian Minister of Culture, Tarmo Kask, visited the Baltic Heritage Agency"
        " in Riga. The Agency states that the Estonian minister expressed, during a"
        " working session with the Agency's Managing Director, Aino Veskimägi, attended"
        " by Estonia's ambassador to Latvia, Ilze Ozolina, his wish to cooperate."
    )
    assert [p for p, _ in meetings_by_name(text)] == [
        ["Aino Veskimägi", "Ilze Ozolina", "Tarmo Kask"]
    ]


def test_a_training_session_with_students_is_no_meeting() -> None:
    # the counterpart of a session must be named officials
    text = (
        "Minister of Culture Tarmo Kask spoke in Riga. During a training session with"
        " students, the minister said culture unites the two peoples."
    )
    assert meetings_by_name(text) == []


def test_his_meeting_then_a_name_and_a_verb_names_the_speaker() -> None:
    # "During his meeting Minister X said": no comma closes the name, X is the subject
    text = (
        "Minister of Culture Aino Veskimägi arrived in Riga. During his meeting Minister"
        " Tarmo Kask said the ties were strong."
    )
    assert meetings_by_name(text) == []
