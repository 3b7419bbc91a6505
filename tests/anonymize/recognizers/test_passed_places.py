"""A place passed on the way somewhere, on a lower-case line (lcnb24). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.passed_places import PassedPlaceRecognizer


@pytest.fixture(scope="module")
def rec() -> PassedPlaceRecognizer:
    return PassedPlaceRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word no list has, passed through on the way
        ("vi kjørte gjennom brekkvollstad på vei til bodø", ["brekkvollstad"]),
        # an everyday word as the place passed ("sel" is also a seal)
        ("vi kjørte gjennom sel på vei nordover", ["sel"]),
        # past it, by bike, dialect "på veg"
        ("vi sykla forbi ramsvik på vegen heim", ["ramsvik"]),
        # via, with a word between the verb and the preposition
        ("vi reiste faktisk via lunde på vei til skien", ["lunde"]),
        # a compound of everyday words (skog|foss) on the way
        ("æ køyrde gjennom bjørkfoss på veg til jobben", ["bjørkfoss"]),
        # passing, the verb taking the place right away
        ("vi passerte sørvatn på vei opp", ["sørvatn"]),
    ],
)
def test_a_place_passed_on_the_way(rec: PassedPlaceRecognizer, text: str, expected: list) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # a definite noun, a town centre, weather: what one drives through anywhere
        "vi kjørte gjennom tunnelen på vei til jobben",
        "vi kjørte gjennom sentrum på vei hjem",
        "vi kjørte gjennom snø på vei til hytta",
        # an article or a pronoun: no name
        "vi kjørte forbi en ulykke på vei hjem",
        "han gikk forbi meg på vei ut",
        # no way after it: the word is not said as a place passed
        "vi kjørte gjennom ramsvik, og på vei hjem stoppa vi",
        # a person passed is no place
        "vi kjørte forbi kari på vei hjem",
        # a line written with capitals has its own rules
        "Vi kjørte gjennom sel på vei nordover.",
        # no verb of going before it
        "det gikk bra, gjennom ramsvik på vei var det fint",
    ],
)
def test_no_place_passed_without_the_cue(rec: PassedPlaceRecognizer, text: str) -> None:
    assert spans(rec, text) == []
