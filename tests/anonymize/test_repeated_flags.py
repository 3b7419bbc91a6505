"""A flag said again in the same line is flagged again (session 26). Invented lines."""

from __future__ import annotations

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.repeated_flags import REPEATED_FLAG_SOURCE, repeated_flags


def _flag(text: str, word: str, kind: str = "LOCATION", nth: int = 0) -> DetectedEntity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return DetectedEntity(start, start + len(word), kind, FLAG, 0.3, word, "test")


def _spans(found: list[DetectedEntity]) -> list[tuple[int, str, str]]:
    return [(d.start, d.text, d.action) for d in found]


def test_a_repeat_of_a_flagged_place_is_flagged_with_its_type() -> None:
    text = "she was from cloughmills, aye, cloughmills, a wee place"
    found = repeated_flags(text, [_flag(text, "cloughmills")])
    assert [(d.text, d.type, d.action) for d in found] == [
        ("cloughmills", "LOCATION", FLAG),
        ("cloughmills", "LOCATION", FLAG),
    ]
    assert found[1].source == REPEATED_FLAG_SOURCE
    assert found[1].start == text.rindex("cloughmills")


def test_only_the_same_line_and_the_same_case() -> None:
    text = "we lived in brae for years\nthe brae was steep, Brae too"
    found = repeated_flags(text, [_flag(text, "brae")])
    assert _spans(found) == [(12, "brae", FLAG)]


def test_a_repeat_another_span_covers_is_left_to_it() -> None:
    text = "gunnhild kom, gunnhild sa det"
    first = _flag(text, "gunnhild", "PERSON")
    second = DetectedEntity(14, 22, "PERSON", REPLACE, 0.85, "gunnhild", "test")
    assert repeated_flags(text, [first, second]) == [first, second]


def test_flags_of_other_kinds_are_not_repeated() -> None:
    text = "she said nine, nine times"
    number = DetectedEntity(9, 13, "NUMBER", FLAG, 0.3, "nine", "test")
    assert repeated_flags(text, [number]) == [number]


def test_a_word_inside_another_word_is_no_repeat() -> None:
    text = "from kell, and kellington too"
    assert len(repeated_flags(text, [_flag(text, "kell")])) == 1


def test_detector_flags_the_repeat(detectors) -> None:
    """Wired into the detector: the village flagged after "til" is flagged where it is said
    again with no cue of its own."""
    # (session 31: a listed village that is a word, "til napp", is replaced; "kroken" is in
    # no list)
    found = detectors["nb"].detect("mormor flytta til kroken, ja, kroken, etter krigen")
    assert [(d.text, d.action) for d in found if d.type == "LOCATION"] == [
        ("kroken", FLAG),
        ("kroken", FLAG),
    ]
