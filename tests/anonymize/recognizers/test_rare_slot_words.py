"""A rare word in a place slot of a lower-case line is flagged (session 25). Invented lines.

The frequencies are wordfreq's real lists (no mock): a village's name is a rare "word", the
everyday places of a day are frequent ones.
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.rare_slot_words import (
    RARE_ZIPF,
    RareSlotWordFlagRecognizer,
    zipf,
)


@pytest.fixture(scope="module")
def nb() -> RareSlotWordFlagRecognizer:
    return RareSlotWordFlagRecognizer("nb")


@pytest.fixture(scope="module")
def en() -> RareSlotWordFlagRecognizer:
    return RareSlotWordFlagRecognizer("en")


def test_frequencies_are_read_offline_and_ordered() -> None:
    """An everyday word is far above the bar, a village's name below it, a non-word is 0."""
    assert zipf("jobben", "nb") > 4.5
    assert zipf("brekken", "nb") < RARE_ZIPF
    assert zipf("xqzvbrekk", "nb") == 0.0
    assert zipf("kitchen", "en") > 4.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite form a dictionary explains, after "i"
        ("farmor budde i brekken hele livet", ["brekken"]),
        # dialect "te" for "til"
        ("så flytta vi te oteren da æ var liten", ["oteren"]),
        # a compound of words after "på"
        ("på åkrestrømmen hadde vi ei lita hytte", ["åkrestrømmen"]),
        # a word no list has at all, after "fra"
        ("onkelen min er fra skjolden opprinnelig", ["skjolden"]),
        # one end of a stretch between two places (the place-link layer joins it to the other)
        ("bussen gikk mellom spildravik og honningsvåg", ["spildravik"]),
    ],
)
def test_rare_word_after_place_preposition_is_flagged(
    nb: RareSlotWordFlagRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(nb, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # the everyday places of a day are frequent words
        "jeg satt i kjelleren og på kjøkkenet hele dagen",
        "han var på jobben og så i butikken",
        "det var mellom barna og oss voksne",
        "vi satt nede i fjæra og så på båtene",
        # function words and number words after a preposition
        "det kom fra meg, ikke fra dem",
        "vi kom hjem til tolv",
        # a line written with capitals keeps its own rules (the capital speaks there)
        "Farmor budde i Brekken hele livet.",
    ],
)
def test_frequent_words_and_capitalised_lines_are_left(
    nb: RareSlotWordFlagRecognizer, text: str
) -> None:
    assert spans(nb, text) == []


def test_english_slot(en: RareSlotWordFlagRecognizer) -> None:
    """English prepositions; frequent places of a day stay unflagged."""
    assert [s for _t, s in spans(en, "we lived out at trimdon for years")] == ["trimdon"]
    assert spans(en, "we went to the kitchen and then to work") == []


def test_flag_only_and_not_promoted_by_a_place_beside_it(detectors) -> None:
    """The detector keeps it a flag: a rare noun specified by a town ("på sjukehuset i
    kvinnherad") is no village, so the place-link layer must not promote it."""
    nb = detectors["nb"]
    found = nb.detect("ho mor budde i brekken heile livet")
    assert [(d.text, d.action) for d in found if d.text == "brekken"] == [("brekken", "flag")]
    found = nb.detect("han jobba på byggeplassen i lillestrøm i to år")
    assert not any(d.text == "byggeplassen" and d.action == "replace" for d in found)
