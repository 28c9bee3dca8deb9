"""Initiatives and article metadata on unseen real text, thirteenth round: one
general construction a test.

Every sentence below is invented, in the style of news-agency, government and
embassy reports. Each test states the construction it covers and what the
annotation guide (``../shared/corpus/ANNOTATION.md``) says a careful reader
extracts from it.
"""

from __future__ import annotations

import pytest

from culturedipl._header import read_header

STORY = (
    "Minister of Culture Aino Veskimägi received Ambassador Tomas Rieve on Monday "
    "to discuss an exchange of theatre companies."
)

# --------------------------------------------------------------------------
# An agency's full name alone in the source slot of a story's head (after the
# date line's date, or before the place it writes from in brackets), in a text
# that never prints the agency's code: the outlet is the name as written, as a
# prose credit's is; the code stays where the text prints it.


@pytest.mark.parametrize(
    "text",
    [
        f"date 2031-05-02 Agence Congolaise de Presse\n\nBrazzaville: {STORY}",
        f"2 May 2031\n\nAgence Congolaise de Presse (Brazzaville)\n\n{STORY}",
    ],
)
def test_a_full_name_in_the_source_slot_is_the_outlet_as_written(text: str) -> None:
    assert read_header(text).outlet == "Agence Congolaise de Presse"


@pytest.mark.parametrize(
    "text",
    [
        # the code printed in the text names the outlet
        f"2 May 2031\n\nAgence Congolaise de Presse (Brazzaville)\n\n{STORY} (ACP)",
        # a sign-off and a dateline's brackets keep the code
        f"{STORY}\n\nThe sides will meet again in June.\n\nAgence Congolaise de Presse",
        f"Brazzaville, May 2 (Agence Congolaise de Presse) - {STORY}",
    ],
)
def test_the_code_stays_outside_the_source_slot(text: str) -> None:
    assert read_header(text).outlet == "ACP"
