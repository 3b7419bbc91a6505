"""Pronoun + name, kinship + name, and one person in several forms (issue 10, items 6-7).

Detector cases run the real detector (spaCy + Presidio); linking cases give detections by
hand. All names are fictitious.
"""

from __future__ import annotations

import re

import pytest

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.linking import Linker
from anonkit.anonymize.name_forms import gender_cue
from anonkit.anonymize.replace import apply_replacements


def replaced(detector: Detector, text: str) -> list[str]:
    return [d.text for d in detector.detect(text) if d.action == "replace"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Han Bjørn kom innom hver dag.", ["Bjørn"]),
        ("Ho Liv var den eneste som ikke dømte meg.", ["Liv"]),
        ("han bjørn og ho liv var gift i tretti år.", ["bjørn", "liv"]),
        ("Mamma Randi ville ikke snakke om det.", ["Randi"]),
        ("Det var han Are som fant meg.", ["Are"]),
        ("Tante Liv sendte meg et kort.", ["Liv"]),
        ("Onkel Kjell hadde en båt.", ["Kjell"]),
    ],
)
def test_nb_pronoun_and_kinship_stay_outside_the_name(nb: Detector, text: str, names) -> None:
    assert replaced(nb, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("My mum Hope never talked about it.", ["Hope"]),
        ("Auntie Joy raised me, really.", ["Joy"]),
        ("Our Kev was always in trouble.", ["Kev"]),
        ("Mr. Little was my head of year.", ["Little"]),
    ],
)
def test_en_kinship_and_titles_stay_outside_the_name(en: Detector, text: str, names) -> None:
    assert replaced(en, text) == names


def test_a_restarted_name_is_replaced_with_the_full_one(nb: Detector) -> None:
    text = "Tor, eh, Tor Arne, han var kontaktpersonen min."
    assert replaced(nb, text) == ["Tor", "Tor Arne"]


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("ho Sol kom", "Sol", "f"),
        ("tante Eli ringte", "Eli", "f"),
        ("han Kim sa det", "Kim", "m"),
        ("my uncle Sandy", "Sandy", "m"),
        ("Tharshini, hun var snill", "Tharshini", "f"),
        ("Przemek said he would come", "Przemek", "m"),
        ("Kim kom ikke", "Kim", "u"),
    ],
)
def test_gender_cue(text: str, name: str, gender: str) -> None:
    start = text.index(name)
    assert gender_cue(text, start, start + len(name)) == gender


def _det(text: str, surface: str, nth: int = 0) -> DetectedEntity:
    start = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return DetectedEntity(start, start + len(surface), "PERSON", "replace", 0.9, surface, "t")


def _overlap(a: DetectedEntity, b: DetectedEntity) -> bool:
    return a.start < b.end and b.start < a.end


def _run(key: PseudonymKey, doc: str, text: str, surfaces: list[str]) -> str:
    """Link the surfaces in order; a surface already inside an earlier one is its next hit."""
    dets: list[DetectedEntity] = []
    for surface in surfaces:
        nth = 0
        while any(_overlap(_det(text, surface, nth), e) for e in dets):
            nth += 1
        dets.append(_det(text, surface, nth))
    return apply_replacements(text, Linker(key).link_document(doc, text, dets))


@pytest.fixture
def key() -> PseudonymKey:
    return PseudonymKey(lang="nb", seed="cd" * 32)


def test_double_first_name_with_and_without_surname_is_one_person(key: PseudonymKey) -> None:
    text = "Stein Ivar Dahl var primærkontakten. Stein Ivar sa det. Dahl skrev epikrisen."
    out = _run(key, "d1", text, ["Stein Ivar Dahl", "Stein Ivar", "Dahl"])
    [person] = key.entities
    first, last = person.pseudonym["first"], person.pseudonym["last"]
    assert person.parts == {"first": "Stein Ivar", "last": "Dahl"}
    assert out == f"{first} {last} var primærkontakten. {first} sa det. {last} skrev epikrisen."


def test_double_first_name_first_then_full_name(key: PseudonymKey) -> None:
    text = "Stein Ivar sa det. Stein Ivar Dahl var primærkontakten."
    _run(key, "d1", text, ["Stein Ivar", "Stein Ivar Dahl"])
    assert len(key.entities) == 1


def test_hyphenated_and_spaced_first_names_are_one_person(key: PseudonymKey) -> None:
    text = "Jon-Erik Strand var i gruppa. Jon Erik hørte stemmer. Mari-Louise og Mari Louise."
    _run(key, "d1", text, ["Jon-Erik Strand", "Jon Erik", "Mari-Louise", "Mari Louise"])
    assert len(key.entities) == 2


def test_aunt_and_pronoun_forms_link_and_keep_the_gender(key: PseudonymKey) -> None:
    text = "tante Liv ringte. ho Liv er søstera til mamma."
    dets = [_det(text, "Liv", 0), _det(text, "Liv", 1)]
    out = apply_replacements(text, Linker(key).link_document("d1", text, dets))
    [person] = key.entities
    assert person.gender == "f"
    pseudo = person.pseudonym["first"]
    assert out == f"tante {pseudo} ringte. ho {pseudo} er søstera til mamma."


def test_a_pronoun_cue_sets_the_gender_of_an_unlisted_name(key: PseudonymKey) -> None:
    text = "han Xandrix kom innom."
    _run(key, "d1", text, ["Xandrix"])
    assert key.entities[0].gender == "m"


def test_detected_pronoun_kinship_and_institution_forms_end_to_end(nb: Detector) -> None:
    """Real detector + linker: pronoun and kinship words stay, one person per name, a
    sentence-initial pronoun after a kinship word is no name, one institution per hospital."""
    from anonkit.anonymize.replace import pseudonymize_text

    key = PseudonymKey(lang="nb", seed="cd" * 32)
    text = (
        "tante Liv ringte. Ho Liv er søstera til mamma. Han Bjørn kom. Han var snill. "
        "Jeg var på Oslo universitetssykehus, og OUS sendte meg hjem."
    )
    detections = nb.detect(text)
    spans = {d.text for d in detections if d.action == "replace"}
    assert "Han" not in spans and "Ho Liv" not in spans and "tante Liv" not in spans
    out = pseudonymize_text(text, "d1", detections, key).text
    people = [e for e in key.entities if e.type == "PERSON"]
    assert sorted(e.originals[0] for e in people) == ["Bjørn", "Liv"]
    assert {e.originals[0]: e.gender for e in people} == {"Liv": "f", "Bjørn": "m"}
    [org] = [e for e in key.entities if e.type == "ORGANIZATION"]
    assert set(org.originals) == {"Oslo universitetssykehus", "OUS"}
    assert out.startswith("tante ") and " Han var snill." in out and "Ho " in out
    assert "Liv" not in out and "Bjørn" not in out and "OUS" not in out
