"""Everyday-word names in name slots (session 29, found by benchmarks/names_stress.py):
a role apposition or a relative clause names the word before it; a word paired with the
speaker or (capitalized) with a replaced name is shown; a noun after a naming verb, a bare
kinship title or a dialect pronoun on a lower-case line is shown. Invented lines, the
whole detector (no mock)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    return {"en": Detector("en"), "nb": Detector("nb")}


def _action(detectors: dict[str, Detector], lang: str, text: str, word: str) -> str | None:
    [found] = detectors[lang].detect_many([text])
    hits = [d for d in found if d.text.lower() == word and d.type == "PERSON"]
    return hits[0].action if hits else None


@pytest.mark.parametrize(
    ("lang", "text", "word", "action"),
    [
        # a role apposition or a relative clause about a person names the word before it
        ("nb", "Stabben, kontaktpersonen min, var der hele tiden.", "stabben", "replace"),
        ("nb", "jeg prata med spretten, naboen vår, om det.", "spretten", "replace"),
        ("nb", "kubben, han som jobber på lageret, sa det samme.", "kubben", "replace"),
        ("en", "Crumble, the one who works in the kitchen, said the same.", "crumble",
         "replace"),
        ("en", "i talked to pickle, our neighbour, about it.", "pickle", "replace"),
        # the speaker's partner in a pair, and a capitalized word paired with a name
        ("nb", "jeg og snurra dro på hytta.", "snurra", "flag"),
        ("en", "it was john and gravy who sorted it.", "gravy", "flag"),
        ("nb", "Tusten og Kari kom sammen.", "tusten", "flag"),
        ("en", "Pebble and Sarah came together.", "pebble", "flag"),
        # a noun after a naming verb, a bare kinship title, a dialect pronoun
        # session 32: a pronoun subject before the naming verb makes it a replacement
        ("nb", "hun kalles fnugget av alle på jobben.", "fnugget", "replace"),
        # session 33: at a relative's home the word after the kin title is the name
        ("nb", "vi var hos tante snøfnugg i jula.", "snøfnugg", "replace"),
        ("nb", "og så kom han klumpen inn døra.", "klumpen", "flag"),
    ],
)  # fmt: skip
def test_everyday_word_in_a_name_slot_is_not_left_silent(
    detectors: dict[str, Detector], lang: str, text: str, word: str, action: str
) -> None:
    assert _action(detectors, lang, text, word) == action


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a person described, an apology, a vocative: no name
        ("nb", "jeg prata med damen, naboen vår, om det.", "damen"),
        ("en", "it was rommel, sorry, the porter who found me.", "sorry"),
        # the speaker's companions named by role or group
        ("nb", "æ og kjæresten dro på hytta.", "kjæresten"),
        ("nb", "jeg og kona dro på tur.", "kona"),
        ("en", "me and the kids went to town.", "kids"),
        # the sentence going on after the cue: a verb, a possessive, a kinship word
        ("nb", "så kom han hjem igjen.", "hjem"),
        ("nb", "tante min kom på besøk.", "min"),
        ("nb", "ho mamma kom på besøk.", "mamma"),
        ("en", "they called him names at school.", "names"),
    ],
)
def test_everyday_phrases_in_the_same_slots_stay_words(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert _action(detectors, lang, text, word) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("doktor fra legevakta skrev ut medisinen.", "fra"),  # a preposition after a title
        ("vi kalte han ingenting spesielt da han var liten.", "ingenting"),
        ("jeg og gutta dro på hytta.", "gutta"),  # the speaker's group
    ],
)
def test_closed_class_words_and_groups_in_name_slots_are_not_replaced(
    detectors: dict[str, Detector], text: str, word: str
) -> None:
    [found] = detectors["nb"].detect_many([text])
    assert not any(d.text.lower() == word and d.action == "replace" for d in found)


@pytest.mark.parametrize(
    ("lang", "text", "word", "etype"),
    [
        # the speaker says it is a name (a friend's nickname, a street name, a common name)
        ("en", "Puffin, that's my mate's nickname, he swims every day.", "puffin", "PERSON"),
        ("en", "Treacle was her street name, I never knew her real one.", "treacle", "PERSON"),
        ("en", "Bellamy is a big name among our people.", "bellamy", "PERSON"),
        # a place opening the sentence, then said to be a place
        ("en", "Kettle, it's a wee village out past Cupar.", "kettle", "LOCATION"),
        ("nb", "Skarvet, det er ei lita bygd på Hitra.", "skarvet", "LOCATION"),
    ],
)
def test_the_sentence_says_what_the_word_names(
    detectors: dict[str, Detector], lang: str, text: str, word: str, etype: str
) -> None:
    [found] = detectors[lang].detect_many([text])
    assert [(d.type, d.action) for d in found if d.text.lower() == word] == [(etype, "replace")]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Honestly, it's a small town, everyone knows you.", "honestly"),
        ("nb", "Jaja, det er en liten by.", "jaja"),
        ("en", "Love is a strong word.", "love"),
    ],
)
def test_replies_and_words_talked_about_stay_words(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    [found] = detectors[lang].detect_many([text])
    assert not any(d.text.lower() == word and d.action == "replace" for d in found)
