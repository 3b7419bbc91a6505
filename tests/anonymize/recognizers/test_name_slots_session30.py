"""Slots from blind19/20 (development material from session 30): the person a cleft points
at, the person someone talked with or rang, where a walk goes, a lower-case acronym where a
firm or country stands, and a Nynorsk verb after a surname alone. Invented lines, the whole
detector (no mock)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    return {"en": Detector("en"), "nb": Detector("nb")}


def _actions(detectors: dict[str, Detector], lang: str, text: str, word: str) -> set[str]:
    """The actions of the spans that cover ``word``."""
    [found] = detectors[lang].detect_many([text])
    start = text.lower().index(word)
    return {d.action for d in found if d.start <= start and start + len(word) <= d.end}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("nb", "og så var det snurra da som hadde nattevakt", "snurra"),
        ("nb", "det var klumpen som kjørte meg hjem", "klumpen"),
        ("nb", "jeg snakka med fryd på telefonen i går", "fryd"),
        ("nb", "så ringte jeg tufsa og sa det", "tufsa"),
        ("en", "i spoke to sparky about it yesterday", "sparky"),
        ("nb", "vi gikk tur rundt hvalstein og hjem igjen", "hvalstein"),
        ("en", "my uncle is in the drc now", "drc"),
        ("en", "she got a job at kbr after college", "kbr"),
        ("nb", "Gjerstadnes skreiv ein rapport om meg.", "gjerstadnes"),
    ],
)  # fmt: skip
def test_the_slot_is_not_left_silent(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert _actions(detectors, lang, text, word) & {"flag", "replace"}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # an adjective in a cleft, a pronoun after a verb of talking, the everyday end of a walk
        ("nb", "det var greit som det var", "greit"),
        ("en", "it was my mum who came", "mum"),
        ("en", "i talked to someone about it", "someone"),
        ("nb", "vi tok en tur til butikken", "butikken"),
        ("nb", "vi gikk tur langs elva", "elva"),
        # agencies, diagnoses and sounds are no firm
        ("en", "i was at the gp and then the dwp", "dwp"),
        ("en", "i was at hmm the place", "hmm"),
        # a role said in the definite opens the sentence
        ("nb", "Fastlegen på Kleppestø skreiv tilvising same dagen.", "fastlegen"),
    ],
)  # fmt: skip
def test_everyday_words_in_the_slot_stay_words(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert not _actions(detectors, lang, text, word) & {"flag", "replace"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an object pronoun after a naming verb: a verb form after it is the name
        ("og han kalte mæ nusse da", "nusse"),
        ("han sa at vi skulle kalle ham basse", "basse"),
        # a clitic pronoun before a name, a pronoun opening the line before "på"
        ("æ snakka med'n tostein i går", "tostein"),
        ("han bersvend på nabogarden kom innom", "bersvend"),
        # a noun a cleft points at, a club one played for or supports
        ("det var rype som hadde vakta den natta", "rype"),
        ("han er med i supporterklubben til pors", "pors"),
        ("bror min spelar old boys for kvik", "kvik"),
    ],
)
def test_norwegian_slots_from_the_lower_cased_copies(
    detectors: dict[str, Detector], text: str, word: str
) -> None:
    assert _actions(detectors, "nb", text, word) & {"flag", "replace"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("han spilte for moro skyld", "moro"),
        ("det var viktig som bare det", "viktig"),
        ("han kom på besøk i går", "kom"),
    ],
)
def test_norwegian_everyday_words_in_those_slots(
    detectors: dict[str, Detector], text: str, word: str
) -> None:
    assert not _actions(detectors, "nb", text, word) & {"flag", "replace"}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # a nickname cue names the word wherever it stands, a filler may come first
        ("en", "then there was brick, that's what everybody called him", "brick"),
        ("en", "our ot was pudding, well, that's what the patients called her", "pudding"),
        ("en", "my nickname on the site was lofty, because i'm tall", "lofty"),
        ("nb", "kallenavnet hans var snurr, det var et sånt navn", "snurr"),
    ],
)
def test_a_nickname_cue_names_the_word(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert "replace" in _actions(detectors, lang, text, word)


def test_a_word_that_is_no_name_stays_a_word_before_the_cue(
    detectors: dict[str, Detector],
) -> None:
    assert not _actions(detectors, "en", "i said no, that's what they called it", "no")


def test_a_quantity_before_the_cue_is_no_name(detectors: dict[str, Detector]) -> None:
    text = "he sat with me for six hours, that's his nickname, he's always in black"
    assert not _actions(detectors, "en", text, "hours")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # "short for" names what follows; "the one who" names who opens the sentence; a
        # written postcode after "postnummeret"
        ("en", "My cousin, eh, Bubs, short for Harbinder, came every day.", "harbinder"),
        ("en", "Mercy was the one who found me that night.", "mercy"),
        ("nb", "postnummeret er 9512 hvis du skal sende brevet", "9512"),
    ],
)
def test_cues_that_turn_a_flag_into_a_replacement(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert "replace" in _actions(detectors, lang, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CBT is short for cognitive behavioural therapy", "cognitive"),
        ("Work was the one thing that kept me going.", "work"),
    ],
)
def test_those_cues_leave_words_alone(detectors: dict[str, Detector], text: str, word: str) -> None:
    assert "replace" not in _actions(detectors, "en", text, word)


@pytest.mark.parametrize(
    ("text", "word", "shown"),
    [
        # a name that is also a verb form after a main verb or a preposition and the pronoun
        ("vi traff ho kløver på butikken", "kløver", True),
        ("jeg snakka med han trollet i går", "trollet", True),
        # after an auxiliary it is the verb; a participle of manner is no name
        ("i går har han jobbet hele dagen", "jobbet", False),
        ("så kom han gående", "gående", False),
    ],
)
def test_a_pronoun_name_that_is_also_a_verb_form(
    detectors: dict[str, Detector], text: str, word: str, shown: bool
) -> None:
    assert bool(_actions(detectors, "nb", text, word) & {"flag", "replace"}) is shown
