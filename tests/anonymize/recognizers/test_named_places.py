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
