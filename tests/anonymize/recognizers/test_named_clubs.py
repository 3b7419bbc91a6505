"""A club named by a word and a club word ("rovers", "united") after a cue of playing for or
supporting it, on a lower-case line (lcen24; invented lines)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.named_clubs import NamedClubRecognizer


@pytest.fixture(scope="module")
def recognizer() -> NamedClubRecognizer:
    return NamedClubRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i played for tarbert rovers till i was sixteen", ["tarbert rovers"]),
        ("my dad's supported kilmore united all his life", ["kilmore united"]),
        ("he's a season-ticket holder at gorsey athletic", ["gorsey athletic"]),
        ("she's a big fan of lisheen celtic, she never misses a game", ["lisheen celtic"]),
        ("i used to play for crannog town under-twelves", ["crannog town"]),
        # a lower-case line the truecaser has capitalised a known place on
        ("i played for Brechin city as a boy", ["Brechin city"]),
        # not: a determiner, a possessive or a kind of place before the club word, no cue of
        # playing or supporting, capitals (the capitals decide there), a sentence apart
        ("i played for the city under-fourteens", []),
        ("i'd support my town over anywhere", []),
        ("i played for our local county side", []),
        ("we moved to the coast, then kilmore united the family again", []),
        ("I played for Tarbert Rovers till I was sixteen", []),
        ("i played for years. kilmore town was where we lived", []),
        ("he plays for time, united we stand", []),
    ],
)
def test_named_clubs(recognizer, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in recognizer.find(text)] == expected
