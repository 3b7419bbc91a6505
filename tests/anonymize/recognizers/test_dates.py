"""Date recognizer: identifying dates only (full dates, birthdays, birth years)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.dates import DateRecognizer


@pytest.fixture(scope="module")
def rec() -> DateRecognizer:
    return DateRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("født 12. mars 1984", ["12. mars 1984"]),
        ("Det skjedde 12.03.1984.", ["12.03.1984"]),
        ("On March 12, 1984 she moved", ["March 12, 1984"]),
        ("12 March 1984", ["12 March 1984"]),
        ("12th of March, 1984", ["12th of March, 1984"]),
        ("dato 1984-03-12", ["1984-03-12"]),
        ("3/12/84", ["3/12/84"]),
        ("Hun er født 1984.", ["1984"]),
        ("I was born in 1984", ["1984"]),
        ("født 12. mars", ["12. mars"]),  # birthday: day + month with a birth cue
        ("I was born on 3 May", ["3 May"]),
        # not identifying / not dates
        ("på mandag", []),
        ("on Monday", []),
        ("i mars", []),
        ("last May", []),
        ("in May", []),
        ("May said no", []),
        ("det var i 1984", []),
        ("on 3 May we went", []),
        ("31.02.1984", []),  # no such day
        ("kl 12.30", []),
        ("versjon 3.12.20", []),
        ("you may 5 times", []),
    ],
)
def test_text_spans(rec: DateRecognizer, text: str, expected: list[str]) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "DATE" for t, _s in found)


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2039, 12, 31)))
def test_every_real_date_in_every_format(date: dt.date) -> None:
    rec = DateRecognizer("en")
    month = date.strftime("%B")
    for text in (
        f"{date.day:02d}.{date.month:02d}.{date.year}",
        date.isoformat(),
        f"{date.day} {month} {date.year}",
        f"{month} {date.day}, {date.year}",
    ):
        assert spans(rec, f"it was {text} then") == [("DATE", text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: the Norwegian day/month-year shape
        ("hun er født 7/3-88", ["7/3-88"]),
        ("Han døde 24/12-2019.", ["24/12-2019"]),
        ("født 1/11-07, tror jeg", ["1/11-07"]),
        ("det ble 31/2-91", []),  # no such day
        ("score 3/4-5", []),
    ],
)
def test_ids20_slash_dash_dates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(DateRecognizer("nb"), text)] == expected
