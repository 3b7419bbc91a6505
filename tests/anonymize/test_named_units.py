"""Institutions named by a head word: schools, centres, units (issue 10, item 9).

Why: a named centre or unit identifies where a participant was treated or lived as surely as a
hospital does; "Viken senter" was half replaced (as a person) and "Høgskulen i Volda" as two
places, "the Priestley Unit" only flagged.
"""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize.recognizers.gazetteer_institution import build


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("nb", "Broren min studerte ved Høgskulen i Volda.", "Høgskulen i Volda"),
        ("nb", "Jeg fikk plass på Viken senter etter to år.", "Viken senter"),
        ("en", "I got referred to the Priestley Unit.", "Priestley Unit"),
    ],
)
def test_named_schools_centres_and_units_are_organizations(detectors, lang, text, org):
    assert ("ORGANIZATION", org) in typed_replacements(detectors[lang], text)


def test_a_determiner_and_a_kind_word_name_nothing():
    (recognizer,) = [r for r in build("en") if r.name == "InstitutionGazetteerRecognizer"]
    found = recognizer.analyze("I said the Centre was closed.", None, None)
    assert not [r for r in found if r.entity_type == "ORGANIZATION"]
