"""Everyday words in the object slot of a verb said of people, on lower-case lines, are
flagged (lcen23). Table tests on the recognizer alone; lines and names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.lower_objects import SCORE, LowerCaseObjectRecognizer
from anonkit.anonymize.resolve import DEFAULT_THRESHOLDS


@pytest.fixture(scope="module")
def rec() -> LowerCaseObjectRecognizer:
    return LowerCaseObjectRecognizer("en")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a bare singular word right after seeing, meeting, telling, ringing: a person
        ("she said she'd seen wren at the bus station", ["wren"]),
        ("i met blossom in the day room", ["blossom"]),
        ("so i told pebble, and she cried", ["pebble"]),
        ("i rang sparrow the next morning", ["sparrow"]),
        # not: pronouns, kinship and roles, plurals, articles, adverbs, idioms, capitals
        ("i met him at the bus station", []),
        ("i rang mum the next morning", []),
        ("i told the nurse, and she cried", []),
        ("i met nurses at the day room", []),
        ("she'd seen sense at last", []),
        ("he saw red at that", []),
        ("i rang twice and nobody came", []),
        ("i met loads of people there", []),
        ("She'd seen Wren at the bus station.", []),
        ("we've seen worse, honestly", []),
        ("they visited every single week", []),
        ("i didn't want to tell anyone", []),
        ("the one by the ring road", []),
        ("she said her married name, then", []),
    ],
)
def test_object_flags(rec, text: str, flagged: list[str]) -> None:
    assert [t for _, t in spans(rec, text)] == flagged


def test_the_score_is_a_flag() -> None:
    pattern = DEFAULT_THRESHOLDS["pattern"]
    assert pattern.flag <= SCORE < pattern.replace
