"""Institution gazetteer: hospitals, DPS, clinics and wards as ORGANIZATION."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.places import health_institution_names, health_institutions
from anonkit.anonymize.recognizers.gazetteer_institution import InstitutionGazetteerRecognizer


@pytest.fixture(scope="module")
def rec() -> InstitutionGazetteerRecognizer:
    return InstitutionGazetteerRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han var på Haukeland", ["Haukeland"]),
        ("Han var på Haukeland sykehus i fjor", ["Haukeland sykehus"]),
        ("innlagt på St. Olavs hospital i Trondheim", ["St. Olavs hospital"]),
        ("innlagt på St. Olavs Hospital", ["St. Olavs Hospital"]),
        ("Han var på Ahus", ["Ahus"]),
        ("på UNN i Tromsø", ["UNN"]),
        ("Jeg gikk til Lovisenberg DPS", ["Lovisenberg DPS"]),
        ("Hun var på Kleppestø DPS", ["Kleppestø DPS"]),  # pattern, not in the list
        ("Hun var på DPS Nidaros", ["DPS Nidaros"]),
        ("Sykehuset Telemark", ["Sykehuset Telemark"]),
        ("bodde på Solvang sykehjem", ["Solvang sykehjem"]),
        ("Vi var på post 3B", ["post 3B"]),
        ("flyttet til sengepost 2", ["sengepost 2"]),
        ("Avdeling for psykisk helse var full", ["Avdeling for psykisk helse"]),
        ("Avdeling for rus og avhengighet", ["Avdeling for rus og avhengighet"]),
        ("Ward 7 was busy", ["Ward 7"]),
        ("the psychiatric ward at Ullevål", ["Ullevål"]),
        ("She was at Riverside Hospital", ["Riverside Hospital"]),
        ("I was sectioned at the Maudsley", ["Maudsley"]),
        ("she went to Guy's in London", ["Guy's"]),
        ("innlagt på Mo i Rana sykehus", ["Mo i Rana sykehus"]),
        # not institutions
        ("Det sykehuset var fint", []),
        ("The hospital was fine", []),
        ("Jeg var hos NAV", []),
        ("Han fikk post fra banken", []),
    ],
)
def test_text_spans(rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "ORGANIZATION" for t, _s in found)


def test_generic_ward_word_scores_low(rec: InstitutionGazetteerRecognizer) -> None:
    (result,) = rec.analyze("akuttposten var full", None, None)
    assert result.score < 0.5


def test_list_has_major_hospitals() -> None:
    names = health_institution_names()
    assert {"Haukeland", "Ullevål", "Rikshospitalet", "St. Olavs hospital", "UNN"} <= names
    assert all(i.kind for i in health_institutions())
