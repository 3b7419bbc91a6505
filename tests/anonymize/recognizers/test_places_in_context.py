"""Unknown and ASR-misspelled places after verbs of living and moving (detect3)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.places_in_context import (
    PlaceInContextRecognizer,
    resembles_place,
)


@pytest.fixture(scope="module")
def recs() -> dict[str, PlaceInContextRecognizer]:
    return {"en": PlaceInContextRecognizer("en"), "nb": PlaceInContextRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "He's from Edinburra, you know.", ["Edinburra"]),
        ("en", "They moved to Glosta last year.", ["Glosta"]),
        ("nb", "vi bodde i trumsø da.", ["trumsø"]),
        ("nb", "vi var i trumsø på bursdagen.", ["trumsø"]),
        ("nb", "vi var i tvil om det.", []),
        ("nb", "born again, one day I know I'll be fine", []),
        ("nb", "vi flytta til sarpsbor i fjor.", ["sarpsbor"]),
        ("nb", "hun kommer fra Xyzby.", ["Xyzby"]),
        ("nb", "Vi bodde på Å i Lofoten en sommer.", ["Å"]),
        ("en", "We moved to Wool in Dorset.", ["Wool", "Dorset"]),
        ("nb", "Jeg snakket med Kari i Bergen.", []),
        # not places: everyday words, listed places (the gazetteer's job), first names,
        # no verb of living or moving
        ("en", "we moved to the seaside.", []),
        ("en", "he lived in fear for years.", []),
        ("en", "I moved to London.", []),
        ("en", "I was born in Lester.", []),
        ("en", "I went to Aldi for bread.", []),
        ("nb", "han bor i blokka.", []),
        ("nb", "vi snakket om trumsø.", []),
    ],
)
def test_places_in_context(recs, lang: str, text: str, places: list[str]) -> None:
    assert [t for _, t in spans(recs[lang], text)] == places


def test_resembles_place() -> None:
    assert resembles_place("trumsø") and resembles_place("sarpsbor")
    assert not resembles_place("blokka")
