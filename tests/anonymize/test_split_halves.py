"""A name ASR split in two is one name when one half was found and both together are a
listed name or place (session 29, benchmarks/respelling_stress.py). Invented lines, the
whole detector; the lists are the real ones (no mock)."""

from __future__ import annotations

import pytest

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.detector import Detector
from anonkit.anonymize.split_halves import joined_kind


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    return {"en": Detector("en"), "nb": Detector("nb")}


def test_the_lists_say_the_kind_of_the_joined_pieces() -> None:
    assert joined_kind("Lebes", "by") == et.LOCATION
    assert joined_kind("ragn", "vald") == et.PERSON
    assert joined_kind("kari", "og") is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "etype"),
    [
        ("nb", "Hun heter Ragn vald.", "Ragn vald", "PERSON"),
        ("nb", "opp i Lebes by var det kaldt", "Lebes by", "LOCATION"),
        ("en", "der rick rang me yesterday", "der rick", "PERSON"),
        ("en", "brynam man has changed a lot", "brynam man", "LOCATION"),
        ("en", "we moved out to mother well when i was four", "mother well", "LOCATION"),
    ],
)
def test_split_name_is_replaced_whole(
    detectors: dict[str, Detector], lang: str, text: str, name: str, etype: str
) -> None:
    [found] = detectors[lang].detect_many([text])
    replaced = [(d.text, d.type) for d in found if d.action == "replace"]
    assert (name, etype) in replaced


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "then covid hit in march and the whole thing fell apart", "and"),
        ("en", "the romanian guy on the ward was kind", "on"),
        ("en", "we went down to the new port to see the boats", "port"),
    ],
)
def test_sentence_words_beside_a_name_stay_words(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    [found] = detectors[lang].detect_many([text])
    assert not any(word in d.text.split() for d in found if d.action == "replace")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tromso var fint om sommeren.", "Tromso"),  # ø dropped, opening a sentence
        ("Vagamo har forandra seg mye.", "Vagamo"),  # two å dropped
        ("Aalesund var fint.", "Aalesund"),  # å written out
    ],
)
def test_a_place_without_its_norwegian_letters_is_a_place(
    detectors: dict[str, Detector], text: str, word: str
) -> None:
    [found] = detectors["nb"].detect_many([text])
    assert [(d.text, d.type, d.action) for d in found if d.text == word] == [
        (word, "LOCATION", "replace")
    ]


def test_folding_reads_nothing_into_names_and_words() -> None:
    from anonkit.anonymize.folded_places import fold, folded_place

    assert fold("Ålgård") == fold("Algard") == fold("Aalgaard")
    assert folded_place("Tromso") == "Tromsø"
    assert folded_place("Asa") is None  # a listed first name as written
    assert folded_place("Tromsø") is None  # written right: the place lists have it already
