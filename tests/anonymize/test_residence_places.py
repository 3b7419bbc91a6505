"""Where someone lives, grew up or is from is a place, whatever the NER model called it
(``anonkit/anonymize/residence_places.py``; session 27). Invented lines."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.residence_places import residence_places


def _span(text: str, word: str, kind: str, source: str = "spacy-ner") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, REPLACE, 0.85, word, source)


@pytest.mark.parametrize(
    ("lang", "text", "word", "kind"),
    [
        ("en", "he was from lester originally", "lester", et.PERSON),
        ("en", "my sister lives in newcassel now", "newcassel", et.ORGANIZATION),
        ("en", "We moved to Darlo when I was six.", "Darlo", et.PERSON),
        ("nb", "vi flytta til Gjøvikk da jeg var liten", "Gjøvikk", et.ORGANIZATION),
        ("nb", "hun er opprinnelig fra Kåfjorden", "Kåfjorden", et.PERSON),
    ],
)
def test_a_slot_blind_name_in_a_residence_slot_is_a_place(lang, text, word, kind) -> None:
    (out,) = residence_places(text, [_span(text, word, kind)], lang)
    assert out.type == et.LOCATION


@pytest.mark.parametrize(
    ("lang", "text", "word", "source"),
    [
        ("en", "A letter came from Lester.", "Lester", "spacy-ner"),  # no residence slot
        ("en", "She lives in Kari's flat.", "Kari", "spacy-ner"),  # a genitive
        ("en", "I'm from Tesco Express, the delivery.", "Tesco Express", "Employer"),  # listed
        ("nb", "Pakken var fra Kari.", "Kari", "spacy-ner"),  # no pronoun subject
        ("en", "She was from, eh, she was called Rose.", "Rose", "NameInContextRecognizer"),
    ],
)
def test_other_slots_and_context_read_names_keep_their_kind(lang, text, word, source) -> None:
    found = [_span(text, word, et.PERSON, source)]
    assert residence_places(text, found, lang) == found


def test_detector_types_the_town_a_place(detectors) -> None:
    got = typed_replacements(detectors["en"], "he was from lester originally")
    assert got == [("LOCATION", "lester")]
