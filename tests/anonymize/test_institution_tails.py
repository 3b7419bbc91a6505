"""A congregation or school named by a name, a faith word and an institution noun is one
organisation (``anonkit/anonymize/institution_tails.py``; session 27)."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.institution_tails import an_institution_noun, institution_tails


def _entity(text: str, word: str, kind: str, action: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.5, word, "test")


def test_a_replaced_name_takes_its_faith_words_and_institution_noun() -> None:
    text = "Hver søndag gikk vi til Abune Aregawi ortodokse kirke, men ikke nå."
    found = [_entity(text, "Abune Aregawi", et.PERSON, REPLACE)]
    (church,) = institution_tails(text, found)
    assert (church.type, church.action, church.text) == (
        et.ORGANIZATION,
        REPLACE,
        "Abune Aregawi ortodokse kirke",
    )


def test_a_flagged_last_word_takes_the_capitalized_words_before_it() -> None:
    text = "On a Sunday I go to Debre Genet Eritrean Orthodox Church in Beeston."
    found = [
        _entity(text, "Genet", "CAPITALIZED", FLAG),
        _entity(text, "Church", et.PERSON, FLAG),
        _entity(text, "Beeston", et.LOCATION, REPLACE),
    ]
    out = institution_tails(text, found)
    assert [(d.type, d.action, d.text) for d in out] == [
        (et.ORGANIZATION, REPLACE, "Debre Genet Eritrean Orthodox Church"),
        (et.LOCATION, REPLACE, "Beeston"),
    ]


def test_a_sentence_opening_function_word_is_no_part_of_the_name() -> None:
    text = "Then Genet Orthodox Church closed."
    out = institution_tails(text, [_entity(text, "Genet", "CAPITALIZED", FLAG)])
    assert [d.text for d in out] == ["Genet Orthodox Church"]


def test_no_faith_word_or_no_institution_noun_changes_nothing() -> None:
    text = "Abune Aregawi kirke og Abune Aregawi ortodokse prest."
    found = [
        DetectedEntity(0, 13, et.PERSON, REPLACE, 0.8, "Abune Aregawi", "test"),
        DetectedEntity(23, 36, et.PERSON, REPLACE, 0.8, "Abune Aregawi", "test"),
    ]
    assert institution_tails(text, found) is found


def test_a_replaced_place_or_person_ending_in_an_institution_noun_is_an_organisation() -> None:
    text = "Hun gikk på Bodø katedralskole og i Sankt Olav katolske kirke."
    found = [
        _entity(text, "Bodø katedralskole", et.LOCATION, REPLACE),
        _entity(text, "Sankt Olav katolske kirke", et.PERSON, REPLACE),
    ]
    assert {d.type for d in institution_tails(text, found)} == {et.ORGANIZATION}


@pytest.mark.parametrize(
    ("word", "noun"),
    [("kirke", True), ("katedralskole", True), ("Church", True), ("Kirkegata", False),
     ("churches", False), ("prest", False)],
)  # fmt: skip
def test_institution_nouns(word: str, noun: bool) -> None:
    assert an_institution_noun(word) is noun


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Every Sunday we went to Kidane Mehret Eritrean Orthodox Church in Luton.",
         [("ORGANIZATION", "Kidane Mehret Eritrean Orthodox Church"), ("LOCATION", "Luton")]),
        ("nb", "Vi gikk til Medhane Alem ortodokse kirke hver søndag.",
         [("ORGANIZATION", "Medhane Alem ortodokse kirke")]),
        ("nb", "Hun gikk på Bodø katedralskole i tre år.",
         [("ORGANIZATION", "Bodø katedralskole")]),
        # a denomination with no name identifies no one
        ("nb", "Han var med i den katolske kirka.", []),
        ("en", "I went to the Catholic church every week.", []),
    ],
)  # fmt: skip
def test_detector_keeps_the_congregation_whole(detectors, lang, text, expected) -> None:
    assert typed_replacements(detectors[lang], text) == expected
