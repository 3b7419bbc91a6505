"""The dialect pronoun "a"/"'a" (= ho) before a name (session 23, nb23).

Why: in Oslo, Trøndelag and Eastern dialects a woman's name takes the article "a" ("a Lubna",
"'a Kari"); a name no list has after it was only flagged as a rare word. Cases invented.
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nb_dialect_article import NbDialectArticleRecognizer


@pytest.fixture(scope="module")
def rec() -> NbDialectArticleRecognizer:
    return NbDialectArticleRecognizer("nb")


def _persons(rec: NbDialectArticleRecognizer, text: str) -> list[str]:
    return [t for kind, t in spans(rec, text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("så sa a zuleika at jeg måtte spise", ["zuleika"]),
        ("jeg ringte til a kirsti i går", ["kirsti"]),
        ("Det var a Solvor som kom med maten.", ["Solvor"]),
        ("og 'a marit hadde bil", ["marit"]),
        ("Vi var hos a Nafisa hele kvelden.", ["Nafisa"]),
    ],
)
def test_name_after_dialect_article(rec, text: str, names: list[str]) -> None:
    assert _persons(rec, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "vi hadde plan a og plan b",
        "fra a til å var det kaos",
        "vitamin a er viktig for synet",
        "klasse a hadde gym på fredag",
        "jeg fikk a på eksamen",
        "det var a lot of people der",
        "så sa a at hun ikke ville",  # no word that may be a name
        "han tok a-hus toget",
        "Så sa a skolen nei.",  # an everyday word
    ],
)
def test_not_after_dialect_article(rec, text: str) -> None:
    assert _persons(rec, text) == []
