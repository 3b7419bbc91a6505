"""A place that a following "det er ei lita bygd" says is a place (nb24). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.place_predicates import PlacePredicateRecognizer


@pytest.fixture(scope="module")
def rec() -> PlacePredicateRecognizer:
    return PlacePredicateRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject that opens the sentence, a kind of place said of it after a comma
        ("Kjølsund var der eg vaks opp, det er ei bitte lita bygd.", ["Kjølsund"]),
        ("kjølsund var der eg vaks opp, det er ei bitte lita bygd", ["kjølsund"]),
        # past an everyday word in a preposition's slot
        ("Kjølsund var der eg gjekk på skulen, det er ei lita bygd.", ["Kjølsund"]),
        # the word after a place preposition
        ("han jobba i tverrbakk ei stund, det er ein liten by på kysten", ["tverrbakk"]),
        ("Vi flytta til Grøtvær, det er ei øy utafor Bodø.", ["Grøtvær"]),
        # said right after it
        ("Sjøvågnes er ei lita øy ytst i fjorden", ["Sjøvågnes"]),
        ("sjøvågnes e ei lita bygd, alle kjenne alle", ["sjøvågnes"]),
    ],
)
def test_a_place_said_to_be_a_kind_of_place(
    rec: PlacePredicateRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # an everyday word, a pronoun or a listed first name is no place's name
        "Byen var der eg vaks opp, det er ein fin by.",
        "det var der eg vaks opp, det er ei lita bygd",
        "vi bodde i huset, det er ein fin plass",
        "Kari var der eg bodde, det er ei lita bygd.",
        # a kind that is no place, or a sentence before it
        "han jobba i tverrbakk ei stund, det er ein fin jobb",
        "Kjølsund var fint. Mamma sa det er ei lita bygd.",
    ],
)
def test_no_place_without_a_name_and_a_place_kind(rec: PlacePredicateRecognizer, text: str) -> None:
    assert spans(rec, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a size said in the neuter of a name: places are neuter ("Oslo er stort"), people
        # are not ("Ola er stor")
        ("alle visste det, kjølsund er ikkje stort", ["kjølsund"]),
        ("Grøtvær var så lite at alle kjente alle.", ["Grøtvær"]),
        ("tverrbakk er jo bitte lite, berre ein butikk", ["tverrbakk"]),
        # a common noun, a pronoun, a person's size, or a neuter before a noun
        ("huset er ikkje stort", []),
        ("Kari er ikkje stor", []),
        ("sjøvågnes er ikkje stort hus", []),
    ],
)
def test_a_name_with_a_neuter_size_is_a_place(
    rec: PlacePredicateRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, der bodde eg …": "der" and a verb of living, working or going to school after
        # a comma point back to a place
        ("så var det kjølsund, der bodde eg i to år", ["kjølsund"]),
        ("Vi flytta til Grøtvær, der vaks eg opp.", ["Grøtvær"]),
        ("tverrbakk, der jobba æ på fabrikken", ["tverrbakk"]),
        # an everyday word, a pronoun, or "der" as no place's pointer
        ("så var det skolen, der gikk eg i fire år", []),
        ("og så var det han, der bodde vi lenge", []),
        ("vi kjøpte kjølsund, der er det billig", []),
    ],
)
def test_a_name_that_der_and_a_verb_of_living_point_back_to(
    rec: PlacePredicateRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected
