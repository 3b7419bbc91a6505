"""The Norwegian name slots of lower-case lines (split out of :mod:`.lower_subjects` in
session 44): a word between a dialect pronoun and a finite verb, clefts, pet-name pairs.
Table tests on the recognizer alone; names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.lower_pronoun_names import LowerPronounNameRecognizer, build
from anonkit.anonymize.recognizers.lower_subjects import SCORE, SCORE_PRONOUN


@pytest.fixture(scope="module")
def recs() -> dict[str, LowerPronounNameRecognizer]:
    return {"nb": LowerPronounNameRecognizer("nb")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dialect pronoun, a word, a finite verb: the word is who the pronoun is
        ("ho glede var den eneste som kom", ["glede"]),
        ("han storm sa at det gikk bra", ["storm"]),
        # adverbs, "sjøl", role nouns and kinship words in that slot name no one
        ("han sjøl var ikke der", []),
        ("ho bare var sånn", []),
        ("han legen kom inn", []),
        ("ho mor var syk", []),
        # session 22: the pronoun said again after a comma ("ho svale, ho sa")
        ("sykepleieren, ho svale, ho sa at det var normalt", ["svale"]),
        ("og han filmon, dæm kom og henta meg", ["filmon"]),
        ("egentlig naboen, ho torgunnhild, ho kom med middag", ["torgunnhild"]),
        ("han vigleik, han jobba på sagbruket", ["vigleik"]),
        ("ho mor, ho var syk lenge", []),
        ("han legen, han kom aldri", []),
        ("ho bare, ho gikk", []),
        # session 26: "som" opening a relative clause after the word
        ("det var ho ingvill som tok meg imot", ["ingvill"]),
        ("han brumle som budde nedi gata", ["brumle"]),
        ("det var ho jenta som hjalp meg", []),  # a definite noun
        ("han der som satt ved døra", []),  # a function word
        # where the person was, then the verb
        ("han lyng på lageret hjalp meg med alt", ["lyng"]),
        ("han mannen i kassa ga meg en pose", []),  # a definite noun
    ],
)
def test_pronoun_slot(recs, text: str, names: list[str]) -> None:
    found = list(recs["nb"].find(text))
    assert [text[s:e] for s, e, _t, _score in found] == names
    assert all(score == SCORE_PRONOUN for *_rest, score in found)



@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # lcnb22: two pet-name-shaped words joined by "og" opening a sentence, one of them
        # no word at all ("bettan"): a pair of nicknames
        ("jonnen og tussan va der, og flere til", ["jonnen", "tussan"]),
        ("og kassan og tobben kom sammen", ["kassan", "tobben"]),
        ("sekken og hatten var der", []),  # both everyday words
        ("bussen og toget var fulle", []),
        ("Jonnen og Tussan va der", []),  # a line with capitals: other layers
    ],
)
def test_pet_name_pairs_are_flagged(recs, text: str, flagged: list[str]) -> None:
    found = list(recs["nb"].find(text))
    assert [t for _, t in spans(recs["nb"], text)] == flagged
    assert all(score == SCORE for *_rest, score in found)


@pytest.mark.parametrize(
    ("text", "word", "score"),
    [
        # session 32: a cleft about what only a person does; a bare noun is replaced, an
        # adjective's shape only flagged, a definite noun left
        ("det var juni som hadde nattevakt", "juni", SCORE_PRONOUN),
        ("det var a tonette som fant meg", "tonette", SCORE_PRONOUN),
        ("det var tilfeldig som hjalp meg", "tilfeldig", SCORE),
        ("det var bussen som kom", None, None),
        ("det var legen som hjalp meg", None, None),
    ],
)
def test_clefts(recs, text: str, word: str | None, score: float | None) -> None:
    found = [(text[s:e], sc) for s, e, _t, sc in recs["nb"].find(text)]
    assert found == ([(word, score)] if word else [])


def test_the_slots_are_norwegian_only() -> None:
    assert build("en") == []
    assert [type(r) for r in build("nb")] == [LowerPronounNameRecognizer]
