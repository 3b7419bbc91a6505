"""A name with a kinship apposition after it is a person (session 26). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.kin_appositions import SCORE, KinAppositionRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, KinAppositionRecognizer]:
    return {lang: KinAppositionRecognizer(lang) for lang in ("en", "nb")}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # an everyday word as a name, then who the person is
        ("en", "Precious, my eldest, lives in Luton now.", ["Precious"]),
        ("en", "treasure, our youngest, started school this year", ["treasure"]),
        ("en", "I went with Comfort, my wife, to the appointment.", ["Comfort"]),
        ("en", "Then Dawn, my little sister, rang.", ["Dawn"]),
        ("nb", "Fryd, dattera mi, kom innom i går.", ["Fryd"]),
        ("nb", "og bris, sønnen min, han bor i byen", ["bris"]),
        ("nb", "Storm, den eldste, bor hjemme ennå.", ["Storm"]),
    ],
)
def test_a_word_before_an_owned_kinship_term_is_a_person(recs, lang, text, names):
    found = spans(recs[lang], text)
    assert [t for _type, t in found] == names
    assert all(kind == "PERSON" for kind, _t in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She's been an angel, my sister, she really has."),  # right-dislocated
        ("en", "a heart of gold, my mam, a proper rose"),
        ("en", "Monday, my son came round."),  # a weekday, no comma after the kin term
        ("en", "Sorry, my love, I forgot."),  # an address, no kinship
        ("en", "Well, my daughter, she said no."),  # a function word
        ("en", "Mum, my mother, was strict."),  # a kinship word itself
        ("nb", "Hun var der hele tiden, mora mi, hun ga aldri opp."),
        ("nb", "Ja, dattera mi, hun kom."),  # an interjection
    ],
)
def test_no_name_before_the_apposition(recs, lang, text):
    assert spans(recs[lang], text) == []


def test_score_replaces() -> None:
    assert SCORE >= 0.4  # the pattern layer's replace threshold
