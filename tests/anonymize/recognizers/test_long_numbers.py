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
        # session 31: dots and a dash are an identifier's written form (a CPF)
        ("my CPF from Brazil is 390.533.447-05, the tax one", "390.533.447-05"),
        ("cpf-en min er 123.456.789-09", "123.456.789-09"),
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
        "det kostet 1.500.000 til slutt",  # an amount with dots, no dash
        # phone numbers are the phone recognizer's: after "+", or of a phone's length
        "call me on +47 912 34 567 tonight",
        "ring 91234567 når du kommer",
        "my mobile is 07700 900123",
    ],
)
def test_amounts_years_and_short_numbers_are_left(rec: LongNumberRecognizer, text: str) -> None:
    assert spans(rec, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my asmens kodas is 48203170640, it is on the old passport",
        "My brother's asmens kodas is 48203170640.",
        "the pesel was eight three zero seven one nine four three eight two three",
    ],
)
def test_session31_the_schemes_name_is_no_ones(text: str) -> None:
    """The name of a foreign identity-number scheme is the cue before the number, no one's
    name: on a lower-case line its words were replaced as unknown words ("asmens", "kodas")."""
    from anonkit.anonymize.detector import Detector

    found = Detector("en").detect(text)
    assert not [d for d in found if d.type in ("PERSON", "LOCATION", "ORGANIZATION")]
    assert any(d.type == "NATIONAL_ID" or d.type == "PHONE" for d in found)
