"""Places the speaker vouches for or lives in, whatever words they are made of (session 24,
blind12 as development material).

Invented lines: "X, that's a real place/village" after a place preposition or opening the
sentence, and "<my flat/house/cottage> was in/at X". Everyday phrases, discourse words and
function words in the same slots stay words.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.place_claims import PlaceClaimRecognizer


@pytest.fixture(scope="module")
def recognizer() -> PlaceClaimRecognizer:
    return PlaceClaimRecognizer("en")


def _found(recognizer: PlaceClaimRecognizer, text: str) -> list[tuple[str, str, str]]:
    return [
        (t, text[s:e], "replace" if score >= 0.5 else "flag")
        for s, e, t, score in sorted(recognizer.find(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. "X, that's a real place/village/town": the speaker vouches the words are a place
        (
            "We ended up in Nether Wallop, that's a real place.",
            [("LOCATION", "Nether Wallop", "replace")],
        ),
        (
            "Her people were from Mousehole, that's a real village, look it up.",
            [("LOCATION", "Mousehole", "replace")],
        ),
        (
            "Westward-on-Sea, that's a real town, my nan swore by it.",
            [("LOCATION", "Westward-on-Sea", "replace")],
        ),
        ("Giggleswick, it's a real place, honest.", [("LOCATION", "Giggleswick", "replace")]),
        (
            "we ended up in nether wallop, that's a real place",
            [("LOCATION", "nether wallop", "replace")],
        ),
        (
            "her people were from mousehole, that's an actual village",
            [("LOCATION", "mousehole", "replace")],
        ),
        (
            "long itchington, that's a real place, honest",
            [("LOCATION", "long itchington", "replace")],
        ),
        ("That's a real place, honestly.", []),
        ("Honestly, that's a real place.", []),
        ("I went to the shops, that's a real place.", []),
        ("mind you, that's a real place", []),
        ("Home, that's a real place for me.", []),
        ("It was a real shame, that's a real pity.", []),
        ("we went to the seaside, that's a real treat", []),
        ("i was in a state, that's a real thing", []),
        # 2. "<my flat/house/cottage> was in/at X": where someone lived
        (
            "My first bedsit was in Long Sutton, above a chippy.",
            [("LOCATION", "Long Sutton", "replace")],
        ),
        ("Our cottage was at Pity Me, near Durham.", [("LOCATION", "Pity Me", "replace")]),
        (
            "The caravan was on Canvey Island most summers.",
            [("LOCATION", "Canvey Island", "replace")],
        ),
        (
            "my first bedsit was in long sutton, above a chippy",
            [("LOCATION", "long sutton", "flag")],
        ),
        (
            "our cottage was at nether stowey, near bridgwater",
            [("LOCATION", "nether stowey", "flag")],
        ),
        ("My flat was in a state.", []),
        ("The house was in his name.", []),
        ("My flat was in town, near the station.", []),
        ("my flat was in town", []),
        ("the house was in bits after the party", []),
        ("our caravan was in storage all winter", []),
        ("my flat was in a right state", []),
        ("The flat was in January, I think.", []),
        ("Our caravan was at Christmas Eve, so busy.", []),
        (
            "My flat was in Spanish Point, right on the coast.",
            [("LOCATION", "Spanish Point", "replace")],
        ),
        ("we stayed at boxing day, that's a real place", []),
    ],
)
def test_place_claims(recognizer: PlaceClaimRecognizer, text: str, expected: list) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_has_no_such_rule() -> None:
    assert list(PlaceClaimRecognizer("nb").find("in Nether Wallop, that's a real place")) == []
