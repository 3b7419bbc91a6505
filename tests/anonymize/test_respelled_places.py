"""Two words that an ASR split out of a place name, said right before the place itself
("penny cook, penicuik"), are that place (issue 10; lcen24).

Unit tests of the rule on hand-built detections (invented lines), written before the rule.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.respelled_places import respelled_places


def _span(text: str, word: str, action: str = REPLACE, kind: str = "LOCATION") -> DetectedEntity:
    start = text.rindex(word) if action == REPLACE else text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.85, word, "test")


def _out(text: str, found: list[DetectedEntity]) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.action) for d in respelled_places(text, found)]


@pytest.mark.parametrize(
    ("text", "place", "split"),
    [
        ("we moved to kettle well, kettlewell, when i was nine", "kettlewell", "kettle well"),
        ("my cousin's in mary port, that's maryport, on the coast", "maryport", "mary port"),
        ("ash bourne, you know, ashbourne, it's lovely", "ashbourne", "ash bourne"),
        ("i grew up in bally money, eh, ballymoney", "ballymoney", "bally money"),
    ],
)
def test_two_words_said_before_the_place_they_spell_are_that_place(text, place, split):
    found = [_span(text, place)]
    assert _out(text, found) == [(split, "LOCATION", REPLACE), (place, "LOCATION", REPLACE)]


def test_a_flag_on_one_of_the_words_is_absorbed():
    text = "we lived out in penny cook, penicuik, south of the city"
    found = [_span(text, "penny", FLAG), _span(text, "penicuik")]
    assert _out(text, found) == [
        ("penny cook", "LOCATION", REPLACE),
        ("penicuik", "LOCATION", REPLACE),
    ]


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("we lived by the mill, you know, milngavie way", "milngavie", "LOCATION"),  # "the mill"
        ("we moved to big sister, birmingham", "birmingham", "LOCATION"),  # spelled otherwise
        ("i was in penny cook penicuik", "penicuik", "LOCATION"),  # no comma between
        ("we went to penny lane, penelope and me", "penelope", "PERSON"),  # a person after
        ("We moved to kettle well, Kettlewell", "Kettlewell", "LOCATION"),  # capitals
        ("she said the kettle was, kettlewell", "kettlewell", "LOCATION"),  # a verb between
    ],
)
def test_other_words_before_a_place_stay_words(text, place, kind):
    found = [_span(text, place, kind=kind)]
    assert _out(text, found) == [(place, kind, REPLACE)]
