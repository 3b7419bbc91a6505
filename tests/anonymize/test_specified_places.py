"""A place flag that the speaker places (", in devon", ", near maidstone") is replaced on a
lower-case line (issue 10; lcen24).

Unit tests of the rule on hand-built detections (invented lines), written before the rule.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.specified_places import specified_places_replaced


def _span(
    text: str,
    word: str,
    action: str = REPLACE,
    kind: str = "LOCATION",
    source: str = "PlaceInContextRecognizer",
) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.35, word, source)


def _out(text: str, found: list[DetectedEntity]) -> list[tuple[str, str]]:
    return [(d.text, d.action) for d in specified_places_replaced(text, found)]


@pytest.mark.parametrize(
    ("text", "flagged", "place"),
    [
        ("we lived in crook, in durham, for years", "crook", "durham"),
        ("my gran had a house at mold, near chester", "mold", "chester"),
        ("he moved out to ripple, over near tewkesbury", "ripple", "tewkesbury"),
        ("she's from nook, up in cumbria, originally", "nook", "cumbria"),
    ],
)
def test_a_place_flag_the_speaker_places_is_replaced(text, flagged, place):
    found = [_span(text, flagged, FLAG), _span(text, place)]
    assert _out(text, found) == [(flagged, REPLACE), (place, REPLACE)]


@pytest.mark.parametrize(
    ("text", "replaced", "flagged"),
    [
        # the region after a replaced place: a county that is a word too
        ("she came from kilbeg, in clare, originally", "kilbeg", "clare"),
        ("my da's from ballyvaun, in down", "ballyvaun", "down"),
        ("we stayed at tregarth, near bangor", "tregarth", "bangor"),
    ],
)
def test_a_place_flag_that_places_a_replaced_place_is_replaced(text, replaced, flagged):
    found = [_span(text, replaced), _span(text, flagged, FLAG, source="truecase")]
    assert _out(text, found) == [(replaced, REPLACE), (flagged, REPLACE)]


@pytest.mark.parametrize(
    ("text", "flagged", "place", "kind", "source"),
    [
        # a month or a time, not a place
        ("i was born in march, in leeds", "march", "leeds", "LOCATION", "truecase"),
        ("we got there in time, in london", "time", "london", "LOCATION", "truecase"),
        ("she moved from leeds, in june", "june", "leeds", "LOCATION", "truecase"),
        # no comma and "in": two places said one after the other
        ("we lived in crook, and then in durham", "crook", "durham", "LOCATION", "truecase"),
        # a flag of a person
        ("i sat with rose, in leeds", "rose", "leeds", "PERSON", "truecase"),
        # a flag only this cue made: "in lockdown, in leeds" is said too
        ("we were stuck in lockdown, in leeds", "lockdown", "leeds", "LOCATION", "place-link"),
        # capitals: the capital decides
        ("We lived in crook, in Durham", "crook", "Durham", "LOCATION", "truecase"),
        # no place preposition before the word
        ("it was dull, in leeds, that winter", "dull", "leeds", "LOCATION", "truecase"),
    ],
)
def test_other_flags_stay_flags(text, flagged, place, kind, source):
    found = sorted(
        [_span(text, flagged, FLAG, kind, source), _span(text, place)], key=lambda d: d.start
    )
    assert _out(text, found) == [(d.text, d.action) for d in found]


def test_two_flags_stay_flags():
    text = "we went to knock, in mayo, on a pilgrimage"
    found = [_span(text, "knock", FLAG), _span(text, "mayo", FLAG, source="truecase")]
    assert _out(text, found) == [("knock", FLAG), ("mayo", FLAG)]


@pytest.mark.parametrize(
    ("text", "flagged", "words"),
    [
        ("she's from nettle, it's a village in kent", "nettle", "nettle"),
        ("i grew up in fold, it's a small town up north", "fold", "fold"),
        ("we moved to long puddle, it's a tiny village", "puddle", "long puddle"),
        ("i was born in pity me, it's a village, honest", "pity", "pity me"),
    ],
)
def test_words_the_speaker_calls_a_village_are_a_place(text, flagged, words):
    found = [_span(text, flagged, FLAG)]
    assert _out(text, found) == [(words, REPLACE)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("we went to bingo, it's a nice place", "bingo"),  # no word of size or settlement
        ("i was in care, it's a village near leeds", "care"),  # no place one lives in
        ("i was in town, it's a small town really", "town"),
        ("she got a job in a shop, it's a small place", "shop"),  # an article first
        ("I was born in pity me, it's a village", "pity"),  # capitals
        ("we went to crook and then it's a village", "crook"),  # no comma
    ],
)
def test_other_words_before_its_a_village_stay_flags(text, flagged):
    found = [_span(text, flagged, FLAG)]
    assert _out(text, found) == [(flagged, FLAG)]


def test_a_word_nothing_flagged_stays_a_word():
    text = "i was in bits, it's a small place"
    assert _out(text, []) == []
