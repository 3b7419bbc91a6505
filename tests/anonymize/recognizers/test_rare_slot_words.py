"""A rare word in a place slot of a lower-case line is flagged (session 25). Invented lines.

The frequencies are wordfreq's real lists (no mock): a village's name is a rare "word", the
everyday places of a day are frequent ones.
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.rare_slot_words import (
    EN_REPLACE_SCORE,
    RARE_ZIPF,
    SCORE,
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
        "vi satt nede i stua og så på tv",
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
    # (session 31: where someone lives, "budde i brekken", the rare word is replaced)
    found = nb.detect("ho mor jobba i brekken heile livet")
    assert [(d.text, d.action) for d in found if d.text == "brekken"] == [("brekken", "flag")]
    found = nb.detect("han jobba på byggeplassen i lillestrøm i to år")
    assert not any(d.text == "byggeplassen" and d.action == "replace" for d in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Norwegian postal places that are words (Røst, Napp) in a place slot
        ("nb", "vi hadde ei hytte på røst da jeg var liten", ["røst"]),
        ("nb", "mormor flytta til napp etter krigen", ["napp"]),
        # a British village after a verb of going: "to" is a destination there
        ("en", "we moved to settle when i was ten", ["settle"]),
        ("en", "my nan was born near cheddar, on a farm", ["cheddar"]),
        # the price: a shore is also a village (Fjæra), so "i fjæra" is shown to the steward
        ("nb", "vi satt nede i fjæra og så på båtene", ["fjæra"]),
    ],
)
def test_place_named_by_an_everyday_word_is_flagged(
    nb: RareSlotWordFlagRecognizer,
    en: RareSlotWordFlagRecognizer,
    lang: str,
    text: str,
    expected: list[str],
) -> None:
    """Places the other lists leave out because they are words (places.word_places): a flag
    in the place slot, whatever the word's frequency below the most common words."""
    recognizer = nb if lang == "nb" else en
    found = spans(recognizer, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "to" before a verb is the infinitive, not a destination
        ("en", "i just wanted to settle down and have a quiet life"),
        # the most frequent words are left even when a place has the name ("land", "street")
        ("en", "we walked down to the street and back"),
        ("nb", "båten la til land ved brygga"),
        # a place that is a word, on a line with capitals: the capital rules speak there
        ("nb", "Vi hadde ei hytte på røst."),
    ],
)
def test_everyday_uses_of_place_words_are_left(
    nb: RareSlotWordFlagRecognizer, en: RareSlotWordFlagRecognizer, lang: str, text: str
) -> None:
    assert spans(nb if lang == "nb" else en, text) == []


def test_word_places_are_kept_apart_from_the_place_lists() -> None:
    """The word places are no known place to the other layers (they would turn the words
    into places); each language reads its own country's and the world's."""
    from anonkit.anonymize.places import places, word_places

    assert {"røst", "napp", "bleik", "bjerka", "batman"} <= word_places("nb")
    assert {"settle", "cheddar", "batman"} <= word_places("en")
    assert "settle" not in word_places("nb") and "napp" not in word_places("en")
    assert not {"Bleik", "Bjerka", "Batman"} & places()


def _scores(recognizer: RareSlotWordFlagRecognizer, text: str) -> dict[str, float]:
    return {text[r.start : r.end]: r.score for r in recognizer.analyze(text, None, None)}


def test_english_rare_word_is_replaced_norwegian_stays_a_flag(
    nb: RareSlotWordFlagRecognizer, en: RareSlotWordFlagRecognizer
) -> None:
    """English's large corpus makes a rare word in the slot a name (replace score); a
    Norwegian word in an English line and Norwegian rare words stay flags."""
    assert _scores(en, "i was on a ward at thornhedge for a month") == {
        "thornhedge": EN_REPLACE_SCORE
    }
    # a word no list explains is left to the unknown-word step (it knows an employer's slot)
    assert _scores(en, "i was on a ward at ravenscraig for a month") == {"ravenscraig": SCORE}
    assert _scores(en, "on syttende mai we went into town") == {"syttende": SCORE}
    assert _scores(nb, "farmor budde i brekken hele livet") == {"brekken": SCORE}
    # a place named by an everyday word is only shown in English too
    assert _scores(en, "we moved to settle when i was ten") == {"settle": SCORE}


def test_detector_replaces_the_english_rare_place_with_its_ward(detectors) -> None:
    """The replaced rare word takes the building's head after it ("ward") with it."""
    found = detectors["en"].detect("they had me on gorsefield ward for a fortnight")
    assert [(d.text, d.action) for d in found if d.action == "replace"] == [
        ("gorsefield ward", "replace")
    ]
