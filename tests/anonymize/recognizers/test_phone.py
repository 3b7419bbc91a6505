"""Phone recognizer: Norwegian and international numbers, never IDs, accounts or dates."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.phone import PhoneRecognizer, is_valid_phone

FNR = "01018010018"  # fictitious valid fødselsnummer
US_SHAPED_FNR = "18012345678"  # 11 digits that also parse as a US number


@pytest.fixture(scope="module")
def rec() -> PhoneRecognizer:
    return PhoneRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring meg på 912 34 567 i morgen", ["912 34 567"]),
        ("Sentralbordet er 22 11 22 33.", ["22 11 22 33"]),
        ("tlf +47 912 34 567", ["+47 912 34 567"]),
        ("mobil 91234567", ["91234567"]),
        ("Call 020 7946 0958 after five", ["020 7946 0958"]),
        ("Svensk nummer +46 70 123 45 67", ["+46 70 123 45 67"]),
        # possible-but-not-valid numbers only with a phone context word
        ("You can reach me on 07700 900123 if", ["07700 900123"]),
        ("ring 12345678", ["12345678"]),
        ("I counted 12345678 sheep", []),
        (f"Fødselsnummer {FNR}", []),
        (f"fnr {FNR[:6]} {FNR[6:]}", []),
        (f"nummeret {US_SHAPED_FNR}", []),
        ("Kontonummer 8601.11.17947", []),
        ("Kontonummer 8601 11 17947", []),
        ("Hun ble født 12.03.1984", []),
        ("Det var i 1984 og 2003", []),
        ("Vi var 12 stykker", []),
    ],
)
def test_text_spans(rec: PhoneRecognizer, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


def test_each_number_once(rec: PhoneRecognizer) -> None:
    # +47 numbers are valid for several regions' matchers; one span must come out.
    assert len(rec.analyze("+47 912 34 567", None, None)) == 1


@pytest.mark.parametrize(
    ("value", "region", "valid"),
    [("912 34 567", "NO", True), ("22 11 22 33", "NO", True), ("123", "NO", False)],
)
def test_values(value: str, region: str, valid: bool) -> None:
    assert is_valid_phone(value, region) is valid
