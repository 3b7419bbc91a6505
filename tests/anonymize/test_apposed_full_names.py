"""A name set off after a role or kinship word and taken half is taken whole
(``anonkit/anonymize/apposed_full_names.py``; session 27). Invented lines."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.apposed_full_names import apposed_full_names
from anonkit.anonymize.entities import REPLACE, DetectedEntity


def _person(text: str, word: str, kind: str = et.PERSON, source: str = "test") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, REPLACE, 0.85, word, source)


@pytest.mark.parametrize(
    ("lang", "text", "half", "whole"),
    [
        ("nb", "tanten min, sunniva rypdal, kom hver jul", "sunniva", "sunniva rypdal"),
        ("nb", "terapeuten min, tove haugli, hun var grei", "tove", "tove haugli"),
        ("en", "my key worker, orla fennelly, she was great", "orla", "orla fennelly"),
    ],
)
def test_the_rest_of_the_set_off_name_joins(lang, text, half, whole) -> None:
    out = apposed_full_names(text, [_person(text, half)], lang)
    assert [(d.type, d.text) for d in out] == [(et.PERSON, whole)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nb", "sjefen min, per sa ja, og det var det", "per"),  # a verb: a clause, not a name
        ("nb", "tanten min, sunniva, kom hver jul", "sunniva"),  # nothing else there
        ("en", "the ward, orla fennelly ran it", "orla"),  # no role before the comma
        ("en", "My key worker, Orla Fennelly, she was great.", "Orla"),  # capitals decide
        ("en", "my mum, eh, orla, came", "orla"),  # a filler
    ],
)
def test_other_segments_are_left_alone(lang, text, name) -> None:
    found = [_person(text, name)]
    assert apposed_full_names(text, found, lang) == found


def test_a_persons_organisation_after_a_role_is_a_person_but_a_listed_club_is_not() -> None:
    text = "my key worker, orla fennelly, she was great"
    org = _person(text, "orla fennelly", et.ORGANIZATION, "PersonGazetteerRecognizer+spacy-ner")
    assert [d.type for d in apposed_full_names(text, [org], "en")] == [et.PERSON]
    text = "my son, leeds united mad, was there"
    club = _person(text, "leeds united", et.ORGANIZATION, "PersonGazetteerRecognizer+Place")
    assert apposed_full_names(text, [club], "en") == [club]


def test_detector_takes_the_whole_name(detectors) -> None:
    got = typed_replacements(detectors["nb"], "tanten min, ingunn magga, var den som ringte")
    assert got == [("PERSON", "ingunn magga")]
