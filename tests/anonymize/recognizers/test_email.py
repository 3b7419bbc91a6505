"""E-mail recognizer (Presidio's, registered per language as EMAIL)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.email import EmailRecognizer, build


@pytest.mark.parametrize("lang", ["en", "nb"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send til kari.nordmann@example.no.", ["kari.nordmann@example.no"]),
        ("my address is j.smith+news@example.co.uk ok", ["j.smith+news@example.co.uk"]),
        ("ikke en adresse: kari@ eller @example", []),
        # as a transcriber writes spoken addresses
        ("mail me at jane dot doe at example dot com", ["jane dot doe at example dot com"]),
        (
            "kari punktum nordmann krøllalfa uio punktum no",
            ["kari punktum nordmann krøllalfa uio punktum no"],
        ),
        ("my email is jane at example dot com", ["jane at example dot com"]),
        ("I was at home dot com", []),
        ("look at him dot no", []),
    ],
)
def test_text_spans(lang: str, text: str, expected: list[str]) -> None:
    (rec,) = build(lang)
    assert rec.supported_language == lang
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "EMAIL" for t, _s in found)


def test_spoken_address_scores_below_typed() -> None:
    rec = EmailRecognizer("en")
    typed = rec.analyze("kari@example.no", None, None)[0].score
    spoken = rec.analyze("kari krøllalfa example punktum no", None, None)[0].score
    assert spoken < typed
