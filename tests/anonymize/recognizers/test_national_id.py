"""Fødselsnummer / D-nummer recognizer: table of texts, table of values, checksum property."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recognizer_testkit import make_fnr, spans
from stdnum import luhn

from anonkit.anonymize.recognizers.national_id import NationalIdRecognizer, build, is_valid_fnr

# Fictitious, generated with make_fnr (valid check digits, invented people).
FNR = "01018010018"  # 1 Jan 1980
DNR = "52038410075"  # D-nummer, 12 Mar 1984


@pytest.fixture(scope="module")
def rec() -> NationalIdRecognizer:
    return NationalIdRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Fødselsnummeret mitt er {FNR}.", [FNR]),
        (f"fnr {FNR[:6]} {FNR[6:]} står på skjemaet", [f"{FNR[:6]} {FNR[6:]}"]),
        (f"D-nummer: {DNR}", [DNR]),
        (f"My national ID is {FNR}, okay?", [FNR]),
        ("Fødselsnummer 01018010019 er feil", []),  # one check digit off
        ("Nummeret 12345678901 er bare tull", []),
        (f"x{FNR}", []),  # glued to a letter
        (f"1{FNR}", []),  # part of a longer number
        ("Vi møttes 12.03.1984 klokka 10", []),
    ],
)
def test_text_spans(rec: NationalIdRecognizer, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


def test_context_raises_score(rec: NationalIdRecognizer) -> None:
    with_ctx = rec.analyze(f"personnummer {FNR}", None, None)[0].score
    without = rec.analyze(f"det var {FNR}", None, None)[0].score
    assert with_ctx > without >= 0.85


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        (FNR, True),
        (DNR, True),
        ("01018010019", False),
        ("32018010018", False),
        ("00000000000", False),
    ],
)
def test_values(value: str, valid: bool) -> None:
    assert is_valid_fnr(value) is valid


def test_future_birth_date_rejected() -> None:
    future = make_fnr(dt.date(2039, 1, 1), 600)
    assert future is not None and not is_valid_fnr(future)


_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31))


@settings(max_examples=200, deadline=None)
@given(date=_dates, individual=st.integers(0, 999), d_number=st.booleans(), data=st.data())
def test_generated_valid_and_single_digit_change(
    date: dt.date, individual: int, d_number: bool, data: st.DataObject
) -> None:
    fnr = make_fnr(date, individual, d_number)
    if fnr is None:
        return
    rec = NationalIdRecognizer("nb")
    assert spans(rec, f"fnr {fnr}") == [("NATIONAL_ID", fnr)]
    pos = data.draw(st.integers(0, 10))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != fnr[pos]]))
    changed = fnr[:pos] + new_digit + fnr[pos + 1 :]
    assert not is_valid_fnr(changed)
    assert spans(rec, f"fnr {changed}") == []


# -- other countries' IDs (all values fictitious; NHS example from the NHS data dictionary) --
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my NHS number is 943 476 5919.", ["943 476 5919"]),
        ("call 943 476 5919", []),  # no NHS context: could be a phone number
        ("svensk personnummer 811218-9876", ["811218-9876"]),
        ("hon har 811218-9876", ["811218-9876"]),  # Luhn-valid dash form is distinctive
        ("personnummer 811218-9875", []),  # Luhn wrong
        ("CPR 211062-5629", ["211062-5629"]),
        ("SSN 536-90-4399", ["536-90-4399"]),
        ("SSN 078-05-1120", []),  # the famous invalid Woolworth card number
    ],
)
def test_foreign_ids(text: str, expected: list[str]) -> None:
    (_, foreign) = build("en")
    assert [s for _t, s in spans(foreign, text)] == expected


@settings(max_examples=100, deadline=None)
@given(date=_dates, serial=st.integers(0, 999), data=st.data())
def test_generated_swedish_ids(date: dt.date, serial: int, data: st.DataObject) -> None:
    base = f"{date:%y%m%d}{serial:03d}"
    number = f"{base[:6]}-{base[6:]}{luhn.calc_check_digit(base)}"
    (_, foreign) = build("nb")
    assert spans(foreign, f"personnummer {number}") == [("NATIONAL_ID", number)]
    pos = data.draw(st.sampled_from([i for i in range(len(number)) if number[i] != "-"]))
    new_digit = data.draw(st.sampled_from([d for d in "0123456789" if d != number[pos]]))
    changed = number[:pos] + new_digit + number[pos + 1 :]
    assert spans(foreign, f"svensk nummer {changed}") == []
