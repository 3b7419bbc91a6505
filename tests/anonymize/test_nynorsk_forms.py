"""Nynorsk and dialect spellings of Bokmål words are words, not unknown names (session 24).

Why: on a line without capitals a word the Bokmål word list lacks is taken as a name; Nynorsk
forms ("eigentleg", "jobbar") were replaced as people. Names must not pass as respellings.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.nynorsk_forms import nynorsk_form


@pytest.mark.parametrize(
    "word",
    [
        "eigentleg",
        "jobbar",
        "einaste",
        "mørkare",
        "einig",
        "kva",
        "draum",
        "snakka",
        "heile",
        # session 27
        "sommaren",
        "stengd",
        "tenkjer",
        "etternamn",
    ],
)
def test_nynorsk_spellings_of_bokmal_words_are_words(word):
    assert nynorsk_form(word)


@pytest.mark.parametrize(
    "word",
    # names and unknown words: no respelling makes them a Bokmål word ("frøy" is no "frø":
    # the øy/ø correspondence is left out for that reason)
    ["frøy", "bojana", "eikedal", "tomina", "sigrunn", "ola", "kari", "hamar"],
)
def test_names_are_no_nynorsk_spellings(word):
    assert not nynorsk_form(word)


@pytest.mark.parametrize(
    "text",
    [
        # one dialect or Nynorsk form in a Bokmål line: each was replaced as a name before
        "vi har en hund, og det er eigentleg det beste jeg har.",
        "jeg husker ikke så mye frå skolen.",
        "hun jobbar på kjøkkenet hver dag.",
        "det var den einaste gangen jeg gråt.",
        "jeg var einig med legen til slutt.",
        "det ble mørkare og mørkare utover høsten.",
        "han fann nøkkelen under matta.",
        # session 27: the NER model's own persons on Nynorsk lines are asked about, not replaced
        "det er ikkje noko eg snakkar om med kven som helst",
        "han er den einaste eg stolar på",
    ],
)
def test_nynorsk_forms_on_lines_without_capitals_are_no_names(nb, text):
    replaced, _ = by_action(nb, text)
    assert replaced == []


def test_a_name_on_a_nynorsk_line_is_still_replaced(nb):
    replaced, _ = by_action(nb, "eg snakka med bojana i går, og ho var einig med meg.")
    assert replaced == ["bojana"]


def test_the_flag_keeps_a_name_the_model_found_in_view(nb):
    """A one-word NER person that is a Nynorsk form is flagged, so it is never silent."""
    replaced, flagged = by_action(nb, "det er ikkje noko eg snakkar om med kven som helst")
    assert replaced == [] and flagged == ["snakkar"]
