"""Place gazetteer: Norwegian and world places, ambiguity with surnames and words."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers.gazetteer_place import PlaceGazetteerRecognizer


@pytest.fixture(scope="module")
def rec() -> PlaceGazetteerRecognizer:
    return PlaceGazetteerRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg bor i Tromsø.", ["Tromsø"]),
        ("Tromsø er fint", ["Tromsø"]),
        ("Han bor i Moss", ["Moss"]),  # ambiguous, but after a place preposition
        ("Vi dro til Berg", ["Berg"]),
        ("Han bor på Ski", ["Ski"]),
        ("Oslos gater er trange", ["Oslo"]),  # genitive: base name only
        ("Mo i Rana er fin", ["Mo i Rana"]),  # multi-word place, one span
        ("Vi reiste til Sverige og London", ["Sverige", "London"]),
        ("I Bergen regner det", ["Bergen"]),
        ("Hun kommer fra Nord-Norge", ["Nord-Norge"]),
        # not places
        ("Ola Berg kom", []),  # surname
        ("Kari Moss kom", []),
        ("Ski er gøy", []),  # the word
        ("Han var på Haukeland", []),  # institution, not a place
        ("Hun tok Seroquel", []),
        ("jeg bor i tromsø", []),  # lower case is not looked up
    ],
)
def test_text_spans(rec: PlaceGazetteerRecognizer, text: str, expected: list[str]) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


def test_gazetteer_contents() -> None:
    nb = places()
    assert {"Oslo", "Tromsø", "Bærum", "Lillestrøm", "Moss"} <= nb
    assert len(nb) > 500
    assert {"Norge", "Sverige", "London", "Stockholm"} <= world_places()
