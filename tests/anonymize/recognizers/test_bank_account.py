"""Norwegian account-number recognizer and its rule against fødselsnummer look-alikes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recognizer_testkit import make_account, spans

from anonkit.anonymize.recognizers.bank_account import BankAccountRecognizer, is_valid_account
from anonkit.anonymize.recognizers.national_id import is_valid_fnr

ACC = "86011117947"  # fictitious, valid check digit
ACC_DOTTED = "8601.11.17947"
BOTH = "01018010018"  # valid as fødselsnummer; is it also a valid account?


@pytest.fixture(scope="module")
def rec() -> BankAccountRecognizer:
    return BankAccountRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Kontonummeret er {ACC_DOTTED}.", [ACC_DOTTED]),
        (f"Send det til {ACC_DOTTED}", [ACC_DOTTED]),  # grouped form, no context
        ("Send det til 8601 11 17947", ["8601 11 17947"]),
        (f"kontonr {ACC}", [ACC]),  # plain digits need context
        (f"the account number is {ACC}", [ACC]),
        (f"Tallet {ACC} betyr ingenting", []),  # plain digits without context
        ("Kontonummer 8601.11.17948", []),  # wrong check digit
        ("konto 8601.11.179470", []),  # too long
    ],
)
def test_text_spans(rec: BankAccountRecognizer, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


def test_fnr_lookalike_goes_to_national_id_without_account_context(
    rec: BankAccountRecognizer,
) -> None:
    if not is_valid_account(BOTH):
        pytest.skip("fixture number is not a valid account number")
    assert is_valid_fnr(BOTH)
    assert spans(rec, f"nummeret {BOTH[:4]}.{BOTH[4:6]}.{BOTH[6:]}") == []
    assert spans(rec, f"kontonummer {BOTH}") == [("BANK_ACCOUNT", BOTH)]


@pytest.mark.parametrize(
    ("value", "valid"), [(ACC, True), ("86011117948", False), ("1234567890", False)]
)
def test_values(value: str, valid: bool) -> None:
    assert is_valid_account(value) is valid


@settings(max_examples=200, deadline=None)
@given(prefix=st.from_regex(r"\A[1-9][0-9]{9}\Z"), data=st.data())
def test_generated_valid_and_single_digit_change(prefix: str, data: st.DataObject) -> None:
    acc = make_account(prefix)
    if acc is None:
        return
    dotted = f"{acc[:4]}.{acc[4:6]}.{acc[6:]}"
    rec = BankAccountRecognizer("nb")
    assert spans(rec, f"kontonummer {dotted}") == [("BANK_ACCOUNT", dotted)]
    pos = data.draw(st.integers(0, 10))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != acc[pos]]))
    changed = acc[:pos] + new_digit + acc[pos + 1 :]
    assert not is_valid_account(changed)
    assert spans(rec, f"kontonummer {changed}") == []
