"""E-mail recognizer (Presidio's, registered per language as EMAIL)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.email import build


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send til kari.nordmann@example.no.", ["kari.nordmann@example.no"]),
        ("my address is j.smith+news@example.co.uk ok", ["j.smith+news@example.co.uk"]),
        ("ikke en adresse: kari@ eller @example", []),
    ],
)
def test_text_spans(lang: str, text: str, expected: list[str]) -> None:
    (rec,) = build(lang)
    assert rec.supported_language == lang
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "EMAIL" for t, _s in found)
