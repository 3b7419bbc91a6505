"""IBAN recognizer: validation through stdnum.iban (mod 97 + country format)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recognizer_testkit import spans
from stdnum import iban

from anonkit.anonymize.recognizers.iban import IbanRecognizer

# Example IBANs as published in the IBAN registry (fictitious accounts).
NO = "NO93 8601 1117 947"
GB = "GB29 NWBK 6016 1331 9268 19"
DE = "DE89 3704 0044 0532 0130 00"


@pytest.fixture(scope="module")
def rec() -> IbanRecognizer:
    return IbanRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"IBAN: {NO} takk", [NO]),
        (f"Pay to {GB} today", [GB]),
        (f"{DE}.", [DE]),
        ("NO9386011117947", ["NO9386011117947"]),
        (f"{NO} 2024 var året", [NO]),  # a following number is not swallowed
        ("NO93 8601 1117 948", []),  # check digits wrong
        ("AB12 3456 7890 1234", []),  # no such country
    ],
)
def test_text_spans(rec: IbanRecognizer, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


@pytest.mark.parametrize(
    ("value", "valid"), [(NO, True), (GB, True), ("NO93 8601 1117 948", False)]
)
def test_values(value: str, valid: bool) -> None:
    assert iban.is_valid(value) is valid


@settings(max_examples=200, deadline=None)
@given(bban=st.from_regex(r"\A[0-9]{11}\Z"), data=st.data())
def test_generated_valid_and_single_digit_change(bban: str, data: st.DataObject) -> None:
    value = "NO" + iban.calc_check_digits("NO00" + bban) + bban
    if not iban.is_valid(value):  # Norwegian BBAN has its own mod-11 digit too
        return
    rec = IbanRecognizer("nb")
    assert spans(rec, f"IBAN {value}") == [("IBAN", value)]
    pos = data.draw(st.integers(2, len(value) - 1))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != value[pos]]))
    changed = value[:pos] + new_digit + value[pos + 1 :]
    assert spans(rec, f"IBAN {changed}") == []
