"""A place or institution introduced by its kind and a naming word takes that kind, never a
person's (session 21). The real detector; places and institutions are invented or public."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "my gran lived in a little place called pennyglen, up the coast",
         [("LOCATION", "pennyglen")]),
        ("en", "We drank in a pub called the Bell and Drum most nights.",
         [("ORGANIZATION", "Bell and Drum")]),
        ("nb", "Vi bodde i ei lita bygd som heter Skjervøyhamn.",
         [("LOCATION", "Skjervøyhamn")]),
        ("nb", "jeg gikk på en skole som het tonevik", [("ORGANIZATION", "tonevik")]),
        # a person's noun before the naming word keeps the person
        ("en", "There was a lad called Biscuit on the ward.", [("PERSON", "Biscuit")]),
        ("nb", "Jeg hadde en venninne som het Flo.", [("PERSON", "Flo")]),
        # "royal" and a listed town: the town's hospital
        ("en", "i was in the royal bolton for a month", [("ORGANIZATION", "royal bolton")]),
        ("en", "the royal family were on the telly", []),
        # a street named after someone is a street
        ("en", "the shop was on albert street by the bridge", [("LOCATION", "albert street")]),
    ],
)
def test_kind_before_the_naming_word(detectors, lang, text, expected) -> None:
    assert typed_replacements(detectors[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # session 22: the name, then its kind set off after a comma, on a lower-case line
        ("en", "i went to kelmscott all souls, the school in shadwell",
         [("ORGANIZATION", "kelmscott all souls")]),
        ("en", "then i stepped down to tirlan fach, at llanrumney, the new unit",
         [("ORGANIZATION", "tirlan fach")]),
        ("nb", "jeg gikk på brekkehaugen, skolen ved kirka", [("ORGANIZATION", "brekkehaugen")]),
        ("en", "we moved to gorsey bank, a little village near the coast",
         [("LOCATION", "gorsey bank")]),
        # not: words before a kind that is said of them ("the food, the school said"), a
        # line with capitals, a person before a role
        ("en", "i hated the food, the school never changed it", []),
        ("en", "i went to see my nan, the home rang us later", []),
    ],
)
def test_a_name_before_its_kind_set_off_by_a_comma(recognizer, lang, text, expected) -> None:
    assert [(t, text[s:e]) for s, e, t, _ in recognizer[lang].find(text)] == expected


@pytest.fixture(scope="module")
def recognizer():
    from anonkit.anonymize.recognizers.named_places import NamedPlaceRecognizer

    return {"en": NamedPlaceRecognizer("en"), "nb": NamedPlaceRecognizer("nb")}
