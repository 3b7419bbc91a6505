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
        "it's a fucking mess, sa han",  # English
        "så sa a at hun ikke ville",  # no word that may be a name
        "han tok a-hus toget",
        "Så sa a skolen nei.",  # an everyday word
    ],
)
def test_not_after_dialect_article(rec, text: str) -> None:
    assert _persons(rec, text) == []


# nb23: "han lemet kom": a pronoun opening a clause, a noun and a finite verb — Norwegian
# puts no noun between a subject pronoun and its verb, so the noun is a name with its article.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("han bekken kom helt fra byen for å hjelpe", ["bekken"]),
        ("og ho stjerna sa at det gikk bra", ["stjerna"]),
        ("Da hadde han Lemet ringt, og hu Berget kom.", []),  # capitals: names_in_context's
    ],
)
def test_noun_between_pronoun_and_verb(rec, text: str, names: list[str]) -> None:
    assert _persons(rec, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "han sjøl kom ikke",  # a reflexive word
        "ho også sa det",  # an adverb
        "han heldigvis kom",  # an adverb
        "vi ga han bilen var det",  # the pronoun is an object, no clause opens
        "han huset var stort",  # a possessive in dialect? no: not a finite person verb
        "jeg så at han kom",  # no word between
    ],
)
def test_no_noun_between_pronoun_and_verb(rec, text: str) -> None:
    assert _persons(rec, text) == []
