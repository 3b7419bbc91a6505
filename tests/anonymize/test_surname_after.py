"""The surname after a lower-case first name joins the name (issue 10, items 1 and 7).

Unit tests of the rule on hand-built detections (fictitious names), then the real detector.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.surname_after import surnames_after_first_names


def _name(text: str, word: str, action: str = REPLACE, kind: str = "PERSON") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.85, word, "test")


@pytest.mark.parametrize(
    ("text", "first", "full"),
    [
        ("jeg ringte til torstein haugen om kvelden", "torstein", "torstein haugen"),
        ("vi bodde hos gunnhild skog en stund", "gunnhild", "gunnhild skog"),
        ("my mate callum rooke drove", "callum", "callum rooke"),
        ("then bridget fernsby-hale came round", "bridget", "bridget fernsby-hale"),
        # session 21: a first name that is also a listed surname after two names; a listed
        # surname that is also a verb after two names
        ("ho het siv anita hagen da", "siv anita", "siv anita hagen"),
        ("my uncle is rhodri wyn parry from bala", "rhodri wyn", "rhodri wyn parry"),
    ],
)
def test_the_word_after_a_first_name_is_the_surname(text, first, full):
    found = surnames_after_first_names(text, [_name(text, first)])
    assert [(d.text, d.action) for d in found] == [(full, REPLACE)]


@pytest.mark.parametrize(
    ("text", "first", "full", "lang"),
    [
        # session 24: on an English line a Bokmål verb form is no reason ("fraser", "brett",
        # "booker" are Norwegian verb forms and English surnames)
        ("my keyworker tamsin fraser came round", "tamsin", "tamsin fraser", "en"),
        ("our social worker nerys brett was lovely", "nerys", "nerys brett", "en"),
        ("my tutor bethan booker helped me", "bethan", "bethan booker", "en"),
        ("my keyworker tamsin fraser came round", "tamsin", "tamsin", None),  # language unknown
        ("torstein kom hjem sent", "torstein", "torstein", "nb"),  # a Norwegian verb
        ("callum came round later", "callum", "callum", "en"),  # an English verb
        ("bethan really helped me", "bethan", "bethan", "en"),  # an English adverb
        ("tamsin monday", "tamsin", "tamsin", "en"),  # an English non-entity
    ],
)
def test_the_transcripts_language_decides_what_is_no_surname(text, first, full, lang):
    found = surnames_after_first_names(text, [_name(text, first)], lang)
    assert [d.text for d in found] == [full]


def test_a_flag_on_the_surname_is_absorbed():
    text = "vi bodde hos gunnhild skog en stund"
    found = [_name(text, "gunnhild"), _name(text, "skog", FLAG, "RARE_WORD")]
    assert [d.text for d in surnames_after_first_names(text, found)] == ["gunnhild skog"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("torstein kom hjem sent", "torstein"),  # a verb
        ("callum came round later", "callum"),  # an English verb
        ("torstein altså, han er grei", "torstein"),  # punctuation: no surname
        ("gunnhild egentlig var snill", "gunnhild"),  # an adverb
        ("gunnhild og jeg", "gunnhild"),  # a function word
        ("gunnhild mandag", "gunnhild"),  # a non-entity
        ("Then Callum Rooke came.", "Callum"),  # a line with capitals: NER's work
        ("torstein ingrid og jeg", "torstein"),  # two first names
        # blind10 session: English prepositions the function-word list lacked
        ("we put holly among the others", "holly"),
        ("she sat iris beside me", "iris"),
    ],
)
def test_no_surname_no_growth(text, first):
    found = [_name(text, first)]
    assert surnames_after_first_names(text, found) == found


def test_another_replaced_entity_is_not_swallowed():
    text = "vi så torstein bergen i fjor"
    found = [_name(text, "torstein"), _name(text, "bergen", kind="LOCATION")]
    assert surnames_after_first_names(text, found) == found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nb", "æ snakka med halvard strand om det i går", "halvard strand"),
        ("en", "it was maureen stone who found me that night", "maureen stone"),
    ],
)
def test_detector_replaces_first_name_and_surname_together(detectors, lang, text, name):
    replaced, _ = by_action(detectors[lang], text)
    assert name in replaced, replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # first names said together, then the surname (session 20)
        ("legen min het sivert arnstein fjellheim.", "sivert arnstein fjellheim"),
        ("ho anne kari brekstad ringte meg", "anne kari brekstad"),
    ],
)
def test_the_surname_after_two_first_names(nb, text, name):
    replaced = [d.text for d in nb.detect(text) if d.action == "replace"]
    assert name in replaced


def test_english_verb_forms_of_consonant_y_verbs_are_spelt_right():
    """Session 24: "pry" gives "pries", "pried", "prying"; "prys" is no verb form (it is a
    Welsh surname, and verb forms are what a surname after a first name is told from)."""
    from anonkit.anonymize.wordlists import word_class_forms

    verbs = word_class_forms("en", "verb")
    assert {"pries", "pried", "prying", "fries", "tried", "crying", "plays", "obeyed"} <= verbs
    assert not {"prys", "frys", "trys", "cryed"} & verbs


def test_a_welsh_surname_that_looked_like_a_verb_form_joins_the_name():
    text = "my social worker gwenllian drys was kind"
    found = surnames_after_first_names(text, [_name(text, "gwenllian")], "en")
    assert [d.text for d in found] == ["gwenllian drys"]
