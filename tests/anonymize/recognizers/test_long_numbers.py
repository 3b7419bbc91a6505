"""Eight or more digits in a row are someone's number, whatever its kind (session 25).

Invented numbers; the kinds are ones no kind-specific recognizer checks (or a misheard digit).
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.long_numbers import LongNumberRecognizer


@pytest.fixture(scope="module")
def rec() -> LongNumberRecognizer:
    return LongNumberRecognizer("en")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("My personal code from Kaunas was 38912074421, I know it by heart.", "38912074421"),
        ("det er 31128744519, nei vent, jeg tror det er riktig", "31128744519"),
        ("the old hospital number was 5912 0384 1177", "5912 0384 1177"),
        ("kundenummeret mitt var 80-4471-0093-51", "80-4471-0093-51"),
    ],
)
def test_eight_or_more_digits_are_an_identifier(
    rec: LongNumberRecognizer, text: str, number: str
) -> None:
    assert spans(rec, text) == [("NATIONAL_ID", number)]


@pytest.mark.parametrize(
    "text",
    [
        "we paid 3 000 000 pounds for the whole street",  # thousands with a unit
        "huset kostet 4 500 000 kroner",
        "between 1984 2003 and 2010 I moved a lot",  # a run of years
        "the flat was number 1234 on the list",  # too short
        "it was 12.5 percent of 1000000.5 units",  # decimals
        # phone numbers are the phone recognizer's: after "+", or of a phone's length
        "call me on +47 912 34 567 tonight",
        "ring 91234567 når du kommer",
        "my mobile is 07700 900123",
    ],
)
def test_amounts_years_and_short_numbers_are_left(rec: LongNumberRecognizer, text: str) -> None:
    assert spans(rec, text) == []
