"""A bare word after a place preposition that the speaker places by ", in/near <place>" is a
place (lcen23): shown on a lower-case line. Table tests on the recognizer; lines invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.place_specified import SCORE, SpecifiedPlaceRecognizer
from anonkit.anonymize.resolve import DEFAULT_THRESHOLDS


@pytest.fixture(scope="module")
def rec() -> SpecifiedPlaceRecognizer:
    return SpecifiedPlaceRecognizer("en")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # motion to or from a word, then where it lies: a listed place or a word no list has
        ("we drove out to lamb, near galway, every easter", ["lamb"]),
        ("my gran came from crook, in durham, originally", ["crook"]),
        ("we lived in spout, up in glenbrack, for a year", ["spout"]),
        ("they took him to fold, down near ballinrobe", ["fold"]),
        ("she did a year at college in shield, up in glenbrack", ["shield"]),
        ("i got a job in retail, in leeds", []),  # "in" after no building or verb of living
        # not: what one goes to that is no place, the same with capitals, no place after
        ("she went back to work, in leeds, the week after", []),
        ("we went to mass, in galway, on the sunday", []),
        ("i was in love, in paris, for a week", []),
        ("we went to see, in leeds, what it was like", []),
        ("we drove out to lamb, and then home", []),
        ("We drove out to Lamb, near Galway, every Easter.", []),
        ("we went to my nan's, in leeds", []),
        ("he came to london, in the end", []),
    ],
)
def test_a_word_placed_by_a_place_after_it_is_shown(rec, text: str, shown: list[str]) -> None:
    assert [t for _, t in spans(rec, text)] == shown


def test_the_score_is_a_flag() -> None:
    pattern = DEFAULT_THRESHOLDS["pattern"]
    assert pattern.flag <= SCORE < pattern.replace
