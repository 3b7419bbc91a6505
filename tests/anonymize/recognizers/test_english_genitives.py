"""An everyday word in the genitive before someone's things is flagged on a lower-case line
(session 26). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.english_genitives import (
    SCORE,
    EnglishGenitiveFlagRecognizer,
    build,
)


@pytest.fixture(scope="module")
def rec() -> EnglishGenitiveFlagRecognizer:
    return EnglishGenitiveFlagRecognizer("en")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("i still ring sparky's number now and then", ["sparky"]),
        ("we all went back to biscuit's flat after", ["biscuit"]),
        ("it was at chalky's funeral i last saw him", ["chalky"]),
        # an article or an owner makes it a thing's or a relative's
        ("i rang the nurse's number", []),
        ("we went to my mate's flat", []),
        # time, kinship, places, plurals
        ("it was in today's paper", []),
        ("mum's house was cold", []),
        ("we drove to leeds's ring road", []),
        ("the girls's room", []),
        # a line with capitals is left to the capital rules
        ("I still ring Sparky's number.", []),
    ],
)
def test_genitive_before_belongings(rec, text, flagged):
    found = spans(rec, text)
    assert [t for _type, t in found] == flagged
    assert all(kind == "PERSON" for kind, _t in found)


def test_english_only_and_a_flag() -> None:
    assert build("nb") == []
    assert SCORE < 0.4  # below the pattern layer's replace threshold: a flag
