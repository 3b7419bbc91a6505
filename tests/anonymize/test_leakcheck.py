"""Leak check (release gate): planted leaks are found, clean text passes, no substring alarms."""

from __future__ import annotations

import pytest

from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import KeyEntity, PseudonymKey
from anonkit.anonymize.leakcheck import find_leaks

COMMON = frozenset({"per", "og", "liv"})


@pytest.fixture(scope="module")
def key() -> PseudonymKey:
    key = PseudonymKey(lang="nb", seed="00" * 32)
    key.add_entity(KeyEntity(id="", type="PERSON", originals=["Irene Johansen", "Irene"],
                             parts={"first": "Irene", "last": "Johansen"},
                             pseudonym={"first": "Annette", "last": "Berg"}))  # fmt: skip
    key.add_entity(KeyEntity(id="", type="PERSON", originals=["Ann"], parts={"first": "Ann"},
                             pseudonym={"first": "Sigrid", "last": "Moe"}))  # fmt: skip
    key.add_entity(KeyEntity(id="", type="PERSON", originals=["Per"], parts={"first": "Per"},
                             pseudonym={"first": "Odd", "last": "Lie"}))  # fmt: skip
    key.add_entity(
        KeyEntity(id="", type="LOCATION", originals=["Tromsø"], pseudonym={"name": "Bodø"})
    )
    key.add_entity(KeyEntity(id="", type="PHONE", originals=["912 34 567"],
                             pseudonym={"name": "[telefon]"}))  # fmt: skip
    return key


def leaks(key: PseudonymKey, text: str, **kw) -> list[tuple[str, str, bool]]:
    found = find_leaks(text, key, common_words=COMMON, **kw)
    for leak in found:
        assert text[leak.start : leak.end] == leak.text
    return [(leak.text, leak.entity_id, leak.certain) for leak in found]


def test_clean_text_passes(key: PseudonymKey) -> None:
    assert leaks(key, "Annette Berg bor i Bodø. Sigrid sa at Annettes bror ringte [telefon].") == []


def test_pseudonym_containing_an_original_is_not_a_leak(key: PseudonymKey) -> None:
    # "Annette" contains "Ann"; "Johansenveien"-style compounds are not the name either
    assert leaks(key, "Annette og Annettes venner, Tromsøbadet, Perlen") == []


PLANTED = [
    ("Hun heter Irene.", [("Irene", "E0001", True)]),
    ("IRENE var der", [("IRENE", "E0001", True)]),  # different case
    ("irene var der", [("irene", "E0001", True)]),
    ("Irenes mor", [("Irenes", "E0001", True)]),  # Norwegian genitive
    ("Irene's mother", [("Irene's", "E0001", True)]),  # English possessive
    ("Irene’s mother", [("Irene’s", "E0001", True)]),
    ("fru Johansens hus", [("Johansens", "E0001", True)]),  # surname alone, genitive
    ("Irene Johansen kom", [("Irene Johansen", "E0001", True)]),
    ("Johansen-familien", [("Johansen", "E0001", True)]),
    ("Ann kom", [("Ann", "E0002", True)]),
    ("i Tromsø", [("Tromsø", "E0004", True)]),
    ("ring 91234567 nå", [("91234567", "E0005", True)]),  # same digits, other spacing
    ("ring 912.34.567", [("912.34.567", "E0005", True)]),
    ("to ganger per dag", [("per", "E0003", False)]),  # common word: reported, not certain
    ("Per kom", [("Per", "E0003", True)]),
]


@pytest.mark.parametrize(("text", "expected"), PLANTED)
def test_planted_leaks_are_found(key: PseudonymKey, text: str, expected: list) -> None:
    assert leaks(key, text) == expected


def test_unreplaced_detections_are_leaks(key: PseudonymKey) -> None:
    d = DetectedEntity(0, 6, "PERSON", "replace", 0.9, "Solveig", "spacy-ner")
    found = find_leaks("Hei. Solveig kom.", key, unreplaced=[d], common_words=COMMON)
    assert [(x.text, x.kind) for x in found] == [("Solveig", "unreplaced")]


def test_offsets_in_longer_text(key: PseudonymKey) -> None:
    text = "Annette Berg ringte. Så sa Irene hei, og Ann svarte."
    found = find_leaks(text, key, common_words=COMMON)
    assert [(x.start, x.end) for x in found] == [(27, 32), (41, 44)]
