"""A place the speaker then describes as a settlement, or locates, is a place (session 26).
Invented lines; the places are real or invented."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.place_appositions import (
    FLAG_SCORE,
    SCORE,
    PlaceAppositionRecognizer,
)


@pytest.fixture(scope="module")
def recs() -> dict[str, PlaceAppositionRecognizer]:
    return {lang: PlaceAppositionRecognizer(lang) for lang in ("en", "nb")}


def _found(rec: PlaceAppositionRecognizer, text: str) -> list[tuple[str, float]]:
    return [(text[s:e], score) for s, e, _t, score in rec.find(text)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "Farfar kom fra Sørvær, et lite fiskevær ytterst mot havet.", [("Sørvær", SCORE)]),
        ("nb", "Vi flytta til Kjøpsvik, ei lita bygd i Nordland.", [("Kjøpsvik", SCORE)]),
        ("nb", "Hun er fra Qui Nhon, den gamle havnebyen.", [("Qui Nhon", SCORE)]),
        ("nb", "vi bodde i bjørnskinn, en liten plass på andøya", [("bjørnskinn", SCORE)]),
        ("en", "My gran was from Ballinamore, a small town in Leitrim.", [("Ballinamore", SCORE)]),
        ("en", "I was born in Kumbungu, up in the north.", [("Kumbungu", SCORE)]),
        # a dictionary word on a lower-case line is only shown
        ("en", "we lived in dollar, a wee town near stirling", [("dollar", FLAG_SCORE)]),
    ],
)
def test_a_described_or_located_place(recs, lang, text, expected):
    assert _found(recs[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I was in hospital, a place I hated."),  # any place, not a settlement
        ("nb", "Kari, en snill dame, kom innom."),  # no place preposition
        ("nb", "Jeg var på jobben, et sted jeg hatet."),
        ("en", "I was born in March, up in the north."),  # a month
        ("en", "We went to the cinema, a small place"),  # capital line, lower-case word
    ],
)
def test_no_place_there(recs, lang, text):
    assert _found(recs[lang], text) == []
