"""A flagged capitalized word right after a replaced first name is its surname (blind10
session; :mod:`anonkit.anonymize.surname_flags`). Invented names."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.surname_flags import flagged_surnames, same_word_persons


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Her dad Chidi, Chidi Baker, he drove up every weekend.", "Chidi Baker"),
        ("My nephew Oisin, Oisin Ward-Hale, he's the clever one.", "Oisin Ward-Hale"),
        ("His sister Adaeze, Adaeze Fountain, works at the school.", "Adaeze Fountain"),
    ],
)
def test_restated_full_name_is_one_person(en, text: str, full: str) -> None:
    assert ("PERSON", full) in typed_replacements(en, text)


def _ent(text: str, word: str, kind: str, action: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.5, word, "test")


@pytest.mark.parametrize(
    ("text", "first", "word", "kind"),
    [
        ("I gave Chidi Lemsip for his cold.", "Chidi", "Lemsip", "CAPITALIZED"),  # non-entity
        ("We saw Chidi Leeds way, near the ring road.", "Chidi", "Leeds", "LOCATION"),  # a place
        ("Then Chidi Mum came in, laughing.", "Chidi", "Mum", "CAPITALIZED"),  # kinship word
        ("That was Chidi And Olamide both.", "Chidi", "And", "CAPITALIZED"),  # closed class
    ],
)
def test_flags_after_a_first_name_that_stay_flags(text, first, word, kind) -> None:
    found = [_ent(text, first, "PERSON", "replace"), _ent(text, word, kind, "flag")]
    assert flagged_surnames(text, found) == found


def test_no_surname_after_a_full_name_or_across_a_comma() -> None:
    text = "Then Chidi Obi, Baker came."
    found = [_ent(text, "Chidi Obi", "PERSON", "replace"), _ent(text, "Baker", "PERSON", "flag")]
    assert flagged_surnames(text, found) == found


def test_ner_place_becomes_the_person_only_when_a_rule_found_the_person() -> None:
    from dataclasses import replace

    text = "Jeg bodde i Namsås, eh, nei, Namsås sa jeg."
    first = _ent(text, "Namsås", "LOCATION", "replace")
    second = replace(first, start=text.rindex("Namsås"), end=text.rindex("Namsås") + 6)
    ner_only = [
        replace(first, source="spacy-ner"),
        replace(second, type="PERSON", source="spacy-ner"),
    ]
    assert same_word_persons(ner_only, "spacy-ner") == ner_only
    ruled = [ner_only[0], replace(ner_only[1], source="NameInContextRecognizer+spacy-ner")]
    assert [d.type for d in same_word_persons(ruled, "spacy-ner")] == ["PERSON", "PERSON"]
