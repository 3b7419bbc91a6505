"""Session 34's detector rules on invented lines (blind24 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.folded_places import folded_place


def _flagged(detector: Detector, text: str) -> set[str]:
    return {d.text for d in detector.detect(text) if d.action == "flag"}


def _shown(detector: Detector, text: str) -> set[str]:
    return {d.text for d in detector.detect(text)}


# -- vowels respelt as they sound ----------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Honningsvog", "Honningsvåg"),
        ("Berlevog", "Berlevåg"),
        ("Svolver", "Svolvær"),
        ("henningsver", "Henningsvær"),
        ("Åndalsnæs", "Åndalsnes"),
        ("Tønsbærg", "Tønsberg"),
        ("Mosjøn", "Mosjøen"),
        ("okrehamn", "Åkrehamn"),
    ],
)
def test_norwegian_vowels_written_as_heard_fold_to_the_place(word: str, place: str) -> None:
    assert folded_place(word) == place


@pytest.mark.parametrize("word", ["skotøy", "boler", "hus", "seter", "Lene", "Ole", "tøssen"])
def test_everyday_words_and_names_are_no_respelt_place(word: str) -> None:
    assert folded_place(word) is None


def test_a_vowel_respelt_place_is_replaced_in_a_sentence(detectors: dict[str, Detector]) -> None:
    assert (
        _spans(detectors["nb"], "Vi kjørte helt til Berlevog den sommeren.").get("Berlevog")
        == "LOCATION"
    )


# -- a place split in two, neither half found -----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "I was on the line in Wolver Hampton until it shut.", "Wolver Hampton"),
        ("en", "we went to aberist with every summer in the caravan", "aberist with"),
        ("en", "We used to go to the strand at Bally cotton as kids.", "Bally cotton"),
        ("en", "Her family have a farm outside Tubber curry, near the mountain.", "Tubber curry"),
        ("en", "i was born in mary hill and we moved away", "mary hill"),
        ("nb", "Ho e fra Kongs vinger, og han e fra Lille strøm.", "Kongs vinger"),
        ("nb", "vi bodde på lakse våg før vi flytta", "lakse våg"),
        ("nb", "Mora mi flytta til Hamar øy for å være nær søstera.", "Hamar øy"),
    ],
)
def test_a_split_place_after_a_place_preposition_is_replaced(
    detectors: dict[str, Detector], lang: str, text: str, pair: str
) -> None:
    assert _spans(detectors[lang], text).get(pair) == "LOCATION"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "My son is doing well now.", ("My son",)),
        ("en", "we've been in and out of the hospital", ("been in",)),
        ("en", "they did the paperwork for us last year", ("for us",)),
        ("en", "i walked from me mam's to the shop", ("from me",)),
        ("nb", "og så var det ferdig", ("så var",)),
        ("nb", "Har du noen søsken?", ("du noen",)),
        ("nb", "det var to uker før de kom", ("før de",)),
    ],
)
def test_everyday_pairs_that_spell_a_place_are_left_alone(
    detectors: dict[str, Detector], lang: str, text: str, words: tuple[str, ...]
) -> None:
    shown = _shown(detectors[lang], text)
    assert not any(w in shown for w in words)


# -- dialect naming verbs and hyphenated first names on lower-case lines --------------------


def test_a_dialect_naming_verb_names_the_full_name(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["nb"], "je hæiter rolf-magne kveen, og je kjem frå bjølstad")
    assert found.get("rolf-magne kveen") == "PERSON"
    assert "hæiter" not in _shown(detectors["nb"], "Eg hæiter Sunniva og kjem frå Bø")


# -- a word a person noun introduces, a short name -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("nb", "der va det ein gammal kar, fartein, som sat på same rom", "fartein"),
        (
            "nb",
            "eg gjekk nattskift, og ein kollega, eh, torjer, han såg at eg var trøytt",
            "torjer",
        ),
        ("en", "there was this young lad, tosh, who ran the bar", "tosh"),
    ],
)
def test_a_word_set_off_after_a_person_noun_is_the_name(
    detectors: dict[str, Detector], lang: str, text: str, name: str
) -> None:
    assert _spans(detectors[lang], text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("nb", "det var en fyr, kjempehyggelig, som hjalp meg", "kjempehyggelig"),
        ("nb", "ein kollega, eh, torjer, han såg at eg var sliten", "såg"),
        ("nb", "han sat der lenge og venta", "sat"),
        ("en", "there was a lad, lovely, who never said a word", "lovely"),
    ],
)
def test_a_description_or_a_dialect_verb_is_no_name(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert word not in _shown(detectors[lang], text)


def test_a_word_said_short_for_a_name_is_shown(detectors: dict[str, Detector]) -> None:
    text = "my sister-in-law, eh, pinky, short for parminder, she never left my side."
    assert "pinky" in _shown(detectors["en"], text)
    assert (
        _spans(detectors["en"], "everyone says zizi, short for zinaida, at work").get("zizi")
        == "PERSON"
    )


# -- a Norwegian employer's second word on a lower-case line --------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("jeg jobba på celsa armeringsstål i tolv år", "celsa armeringsstål"),
        ("han jobber i produksjonen på kronos titan.", "kronos titan"),
        ("pappa jobba på kirkenes næringshage til de kutta", "kirkenes næringshage"),
        ("jeg jobba på coop marked på ljan i tre år", "coop marked"),
    ],
)
def test_an_employer_grows_over_its_second_word(
    detectors: dict[str, Detector], text: str, org: str
) -> None:
    assert _spans(detectors["nb"], text).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("han jobba på stord lenge", "stord"),
        ("hun jobber på kiwi nå", "kiwi"),
        ("jeg jobba på ikea furuset i to år", "ikea"),
    ],
)
def test_an_adverb_or_a_place_after_the_employer_stays_outside(
    detectors: dict[str, Detector], text: str, kept: str
) -> None:
    assert kept in _spans(detectors["nb"], text)


# -- a relative's first name that is also a word, before a replaced name --------------------


def test_a_word_between_a_kinship_title_and_a_name_is_the_first_name(
    detectors: dict[str, Detector],
) -> None:
    text = "she lives two doors down from my auntie dil maya"
    assert _spans(detectors["en"], text).get("dil maya") == "PERSON"
    assert "always maya" not in _spans(detectors["en"], "my uncle always maya said")


# -- where someone lives, said in two bare words; a verb after a subject pronoun -------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we moved to broad oak when i was six", "broad oak"),
        ("i grew up in nether edge, near the park", "nether edge"),
    ],
)
def test_two_bare_words_where_someone_lives_are_shown(
    detectors: dict[str, Detector], text: str, place: str
) -> None:
    assert place in _shown(detectors["en"], text)


@pytest.mark.parametrize(
    "text",
    [
        "i live in supported housing now",
        "we moved to a new flat",
        "i moved to leeds when i was ten",
    ],
)
def test_housing_articles_and_clauses_are_no_place_pair(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not any(d.source.endswith("BarePairRecognizer") for d in detectors["en"].detect(text))


def test_a_place_and_the_farm_or_park_that_ends_its_name(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "i live in lewsey farm and i'm at college")
    assert found.get("lewsey farm") == "LOCATION"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "i live in marsh gibbon now", "live"),
        ("en", "we hope it works out", "hope"),
    ],
)
def test_a_word_after_a_subject_pronoun_is_the_verb(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert word not in _shown(detectors[lang], text)


def test_norwegian_i_is_a_preposition_not_a_pronoun(detectors: dict[str, Detector]) -> None:
    shown = _shown(detectors["nb"], "jeg ble konfirmert i vår frue kirke, fordi mormor ville det")
    assert any("vår" in s for s in shown)
