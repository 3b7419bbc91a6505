"""An everyday word opening a place name before a replaced name (lcen22): invented lines."""

from __future__ import annotations

import pytest

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.place_openers import place_openers


def _ent(text: str, word: str, kind: str = et.PERSON) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, REPLACE, 0.85, word, "test")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a place preposition, an everyday word, a replaced name that ends the clause
        ("my gran still lives in mill tarrant, she won't move.", "tarrant", "mill tarrant"),
        ("his people are from port hennessy originally.", "hennessy", "port hennessy"),
        ("we lived just outside bell moreton.", "moreton", "bell moreton"),
        # the clause goes on, a person cue or a closed-class word before: no place
        ("i only went in case morag needed me.", "morag", "morag"),
        ("i got a lift from nurse tarrant.", "tarrant", "tarrant"),
        ("i heard it from my tarrant.", "tarrant", "tarrant"),
        ("a card came from uncle hennessy, bless him.", "hennessy", "hennessy"),
        ("it was in with morag.", "morag", "morag"),
        # on a line with capitals the capitals say where the name starts
        ("My gran lives in mill Tarrant.", "Tarrant", "Tarrant"),
    ],
)
def test_place_openers(text: str, name: str, expected: str) -> None:
    out = place_openers(text, [_ent(text, name)])
    assert [d.text for d in out] == [expected]
    if expected != name:
        assert out[0].type == et.LOCATION
