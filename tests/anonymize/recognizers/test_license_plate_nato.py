"""Plates read out in the NATO spelling alphabet (blind10 session): after a plate word the
letter words are the plate's letters; without one, or without a plate shape, they are words."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.license_plate import LicensePlateRecognizer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reg was sierra tango six eight, yankee bravo delta, on camera",
         ["sierra tango six eight, yankee bravo delta"]),
        ("the registration is kilo lima one nine, oscar papa delta",
         ["kilo lima one nine, oscar papa delta"]),
        ("The car was Charlie Alpha six nine, X-ray Yankee Zulu.",
         ["Charlie Alpha six nine, X-ray Yankee Zulu"]),
        # no plate word: letter words are words, even with numbers beside them
        ("mike and victor were at the hotel in lima for six nights", []),
        # a plate word, but no plate shape: a date and a name
        ("the car was bought on twelve november, from charlie", []),
        ("he had an x-ray on his leg after the car crash", []),
    ],
)
def test_nato_plates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("en"), text)] == expected
