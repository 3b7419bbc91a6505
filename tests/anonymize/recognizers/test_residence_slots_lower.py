"""On a Norwegian line written in lower case, the word where someone lives or comes from is
flagged (session 29); a capital the truecaser gave a listed place still replaces. Invented
lines."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers.residence_slots import FLAG_SCORE, ResidenceSlotRecognizer


@pytest.fixture(scope="module")
def nb() -> ResidenceSlotRecognizer:
    return ResidenceSlotRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("vi bodde på haugen, i et gammelt hus", "haugen"),
        ("ho va fra lia, lenger oppi dalen", "lia"),  # dialect "va", "ho"
        ("hu e fra sjøen egentlig", "sjøen"),  # "hu"
        ("vi flytta til vika da jeg var ti", "vika"),
        ("han vokste opp i bakken ved kirka", "bakken"),
    ],
)
def test_word_in_residence_slot_is_flagged(
    nb: ResidenceSlotRecognizer, text: str, word: str
) -> None:
    found = list(nb.find(text))
    assert [(text[s:e], t, score) for s, e, t, score in found] == [(word, "LOCATION", FLAG_SCORE)]


@pytest.mark.parametrize(
    "text",
    [
        "vi bodde på hytta hele sommeren",  # a generic home
        "vi bodde på hybel i to år",
        "han bodde i samme blokk som meg",  # "samme"
        "vi flytta til byen da jeg var fem",
        "hun er fra nittensyttiåtte",  # a year said as one word
        "vi bodde hos mormor",  # no slot
        "han flytta til pappa",  # a kinship word
    ],
)
def test_generic_words_are_not_flagged(nb: ResidenceSlotRecognizer, text: str) -> None:
    assert list(nb.find(text)) == []


def test_english_lower_case_slots_are_left_to_the_bare_noun_rule() -> None:
    assert list(ResidenceSlotRecognizer("en").find("we lived in kettle for years")) == []


def test_listed_place_the_truecaser_capitalized_is_still_replaced() -> None:
    [found] = Detector("nb").detect_many(["eg kjem frå brandal eigentleg men eg bur i volda"])
    brandal = [d for d in found if d.text.lower() == "brandal"]
    assert brandal and brandal[0].action == "replace" and brandal[0].type == "LOCATION"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hun reiste til sanden i fjor.", "sanden"),
        ("så kom vi til vika etter krigen.", "vika"),  # the subject after the verb
        ("vi flykta fra lia om natta", "lia"),
    ],
)
def test_word_where_a_journey_ends_or_starts_is_flagged(
    nb: ResidenceSlotRecognizer, text: str, word: str
) -> None:
    assert [(text[s:e], score) for s, e, _t, score in nb.find(text)] == [(word, FLAG_SCORE)]


@pytest.mark.parametrize(
    "text",
    [
        "han kom til å gå hjem",  # the infinitive
        "vi dro til byen på lørdag",  # a generic place
        "vi kjørte til legen",  # a person by role
        "han kom fra krigen som en annen mann",  # a time
    ],
)
def test_journeys_to_no_named_place_are_not_flagged(nb: ResidenceSlotRecognizer, text: str) -> None:
    assert list(nb.find(text)) == []


# Session 30: where a place-bound thing is, and the dialect locatives (invented places).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("dei la ned gruva i tvea, og då mista eg jobben", "tvea"),
        ("oppi skrei har dei ein kafé", "skrei"),
        ("vi hadde et lite småbruk på rø, og der hadde vi høner", "rø"),
        ("jeg gikk på ungdomsskolen på brynn, og det begynte der", "brynn"),
        ("vi gikk tur rundt røysa og hjem", "røysa"),
    ],
)
def test_session30_site_and_trip_slots_are_flagged(
    nb: ResidenceSlotRecognizer, text: str, word: str
) -> None:
    assert [text[s:e] for s, e, _, _ in nb.find(text)] == [word]


@pytest.mark.parametrize(
    "text",
    ["han bodde oppi skogen", "vi har hytte på fjellet", "vi tok en tur til butikken"],
)
def test_session30_generic_sites_are_not_flagged(nb: ResidenceSlotRecognizer, text: str) -> None:
    assert list(nb.find(text)) == []


def test_session30_a_word_no_list_knows_in_the_slot_is_replaced(
    nb: ResidenceSlotRecognizer,
) -> None:
    """The slot says "a place", the lists say "no word": replaced (0.6), while a word the
    lists know ("kampen") stays a flag; the South of a holiday is no place's name."""
    [(_, _, _, unknown)] = list(nb.find("vi bodde på åkrebrømmen i mange år"))
    [(_, _, _, known)] = list(nb.find("vi bodde på kampen i mange år"))
    assert unknown >= 0.5 > known
    assert list(nb.find("hun reiste til syden i fjor")) == []


def test_session30_a_compound_of_words_in_the_slot_stays_a_flag(
    nb: ResidenceSlotRecognizer,
) -> None:
    """A compound of everyday words ("kommunebolig": council flat) is a word, not a place."""
    assert all(score < 0.5 for *_, score in nb.find("vi bodde i kommunebolig den gangen"))


# Session 31: a listed place that is also a word, in any of the slots, is replaced.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("han var fra fister, innerst i fjorden", "fister"),  # listed as a word-named place
        ("vi dro til napp hver sommer", "napp"),
        ("æ vokste opp på sekken, øya utafor", "sekken"),
        ("vi hadde hytte på hovet, heilt oppe", "hovet"),
    ],
)
def test_session31_listed_place_that_is_a_word_is_replaced(
    nb: ResidenceSlotRecognizer, text: str, word: str
) -> None:
    assert [(text[s:e], score >= 0.5) for s, e, _, score in nb.find(text)] == [(word, True)]


@pytest.mark.parametrize(
    "text",
    [
        "vi dro til stranda etter skolen",  # a listed village, but the everyday end of a trip
        "vi bodde i dalen den gangen",
        "han flytta til plassen etter krigen",
    ],
)
def test_session31_everyday_ends_stay_flags(nb: ResidenceSlotRecognizer, text: str) -> None:
    assert all(score < 0.5 for *_, score in nb.find(text))


def test_session31_unlisted_word_that_is_a_word_stays_a_flag(
    nb: ResidenceSlotRecognizer,
) -> None:
    """``bukta`` (the bay) is in no place list: the slot alone leaves it a flag."""
    [(_, _, _, score)] = list(nb.find("jeg flytta til bukta da jeg begynte å studere"))
    assert score < 0.5


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i'm from kill, yeah, the village", "kill"),
        ("we moved from forth, the wee village", "forth"),
    ],
)
def test_session31_english_listed_place_in_the_slot_is_replaced(text: str, word: str) -> None:
    found = list(ResidenceSlotRecognizer("en").find(text))
    assert [(text[s:e], score >= 0.5) for s, e, _, score in found] == [(word, True)]


def test_session31_english_everyday_things_in_the_slot_are_left() -> None:
    rec = ResidenceSlotRecognizer("en")
    assert list(rec.find("it was like living in hell back then")) == []
    assert list(rec.find("she was born in march")) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jeg er fra bulken egentlig", "bulken"),  # a rare word (Zipf < 2.7) where one is from
        ("ho mor budde i brekken heile livet", "brekken"),
    ],
)
def test_session31_rare_word_where_someone_lives_is_replaced(
    nb: ResidenceSlotRecognizer, text: str, word: str
) -> None:
    assert [(text[s:e], score >= 0.5) for s, e, _, score in nb.find(text)] == [(word, True)]


@pytest.mark.parametrize(
    "text",
    [
        "vi bodde i kanalbåt en stund",  # a rare compound of a vehicle
        "vi bodde i eneboligen i tjue år",  # of a home
    ],
)
def test_session31_rare_homes_and_vehicles_stay_flags(
    nb: ResidenceSlotRecognizer, text: str
) -> None:
    assert all(score < 0.5 for *_, score in nb.find(text))


def test_session31_the_ordinal_of_a_date_is_no_place(nb: ResidenceSlotRecognizer) -> None:
    assert list(nb.find("hun er født på syttende mai")) == []
