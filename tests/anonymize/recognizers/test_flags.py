"""Flag recognizers: suspicious capitalized tokens, rare words, long numbers; low flag rate."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.entity_types import FLAG_TYPES
from anonkit.anonymize.recognizers.flags import (
    CapitalizedFlagRecognizer,
    NumberFlagRecognizer,
    RareWordFlagRecognizer,
    build,
)

# Ordinary interview speech without personal data (written for this test).
PARAGRAPH = {
    "nb": (
        "Jeg begynte å jobbe på sykehuset da jeg var ganske ung, og det var egentlig en "
        "tilfeldighet. Moren min hadde vært sykepleier hele livet, så jeg visste litt om hva "
        "det innebar. Men det var først da jeg kom inn på akuttmottaket at jeg forsto hvor "
        "krevende det kunne være. Vi hadde lange vakter, og noen ganger var det så travelt at "
        "vi knapt rakk å spise. Samtidig var det et veldig godt arbeidsmiljø, og kollegene "
        "mine betydde mye for meg. Jeg husker spesielt en natt da vi fikk inn en ung pasient "
        "med alvorlige skader etter en trafikkulykke. Det var vanskelig, men vi klarte å "
        "stabilisere ham før han ble sendt videre. Etter noen år begynte jeg å kjenne på "
        "slitasjen, og jeg søkte meg over til en poliklinikk. Der var arbeidstiden mer "
        "forutsigbar, og jeg fikk mer tid til familien. Barna var små den gangen, og mannen "
        "min jobbet turnus på jernbanen, så hverdagen var et puslespill. Nå ser jeg tilbake "
        "på den tiden med blandede følelser, men jeg angrer ikke på at jeg valgte dette "
        "yrket. Det har gitt meg mye, både faglig og personlig, og jeg har lært utrolig mye "
        "om mennesker. Ja, altså, det var liksom sånn det var, mhm."
    ),
    "en": (
        "I started working at the hospital when I was quite young, and honestly it was a "
        "coincidence. My mother had been a nurse her whole life, so I knew a bit about what "
        "it involved. But it was only when I got into the emergency department that I "
        "understood how demanding it could be. We had long shifts, and sometimes it was so "
        "busy that we barely had time to eat. At the same time there was a really good "
        "working environment, and my colleagues meant a lot to me. I remember especially one "
        "night when we got a young patient with serious injuries after a traffic accident. "
        "It was difficult, but we managed to stabilise him before he was transferred. After "
        "a few years I began to feel worn out, and I applied for a job at an outpatient "
        "clinic. The working hours were more predictable there, and I had more time for the "
        "family. The kids were small back then, and my husband worked shifts on the railway, "
        "so everyday life was a puzzle. Yeah, um, I don't regret choosing this profession."
    ),
}
# At most this share of words may be flagged in ordinary speech.
MAX_FLAG_RATE = 0.02


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_flag_rate_on_ordinary_speech(lang: str) -> None:
    text = PARAGRAPH[lang]
    flags = [s for rec in build(lang) for s in spans(rec, text)]
    rate = len(flags) / len(text.split())
    assert rate <= MAX_FLAG_RATE, flags


def test_types_are_flag_types() -> None:
    assert {t for rec in build("nb") for t in rec.supported_entities} == FLAG_TYPES


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "Vi bodde i Svartlia ved Kløvertunet.", ["Svartlia", "Kløvertunet"]),
        ("nb", "Og så sa KRS at det var greit", ["KRS"]),
        ("nb", "Svartlia er fint", []),  # sentence-initial
        ("nb", "Jeg bor i Tromsø", []),  # known place: an entity, not a flag
        ("nb", "Hun var hos NAV og Freud", []),  # known non-entities
        ("nb", "Han sa OK til meg", []),
        ("en", "We lived in Quelbury near Thornfield Lane", ["Quelbury", "Thornfield"]),
        ("en", "I think the Hospital was fine", []),  # capitalized common word
        ("en", "I walk there on Sundays", []),  # plural of a known non-entity
        ("en", "And then I'm not sure, I’d say I've been better", []),  # contractions
        ("en", "Then Quelbury's car broke", ["Quelbury's"]),  # a possessive is no contraction
    ],
)
def test_capitalized(lang: str, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(CapitalizedFlagRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "jeg bodde i tromsø med kari", ["tromsø", "kari"]),
        ("nb", "sykehusmaten var god", []),  # compound of common words
        ("nb", "barnehagelæreren kom", []),
        ("nb", "vi møtte ahmed der", ["ahmed"]),
        ("en", "we visited marbury often", ["marbury"]),
        ("en", "the nurses were walking", []),  # inflections
        ("en", "and I said thank you, hello", []),  # often capitalized, still common
    ],
)
def test_rare_words(lang: str, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(RareWordFlagRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("saksnummer 2023-4411 og rom 4012", ["2023-4411", "4012"]),
        ("skiltet var AB 12345", ["12345"]),
        ("tlf 912 34 567", ["912 34 567"]),  # also a phone: the detector keeps the phone
        ("i 1984 og 2003", []),  # years
        ("kl 12.30", []),
        ("den 12.03.1984", []),  # date: the date recognizer's job
        ("vi var 12 stykker, 150 kroner", []),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(NumberFlagRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("word", "common"),
    [
        ("romkameraten", True),  # rom|kamerat-en: a compound of known words, inflected
        ("barnehagen", True),
        ("bosjena", False),  # "bos|jena" is no compound of "j" + endings (blind6 session)
        ("sivakumar", False),  # nor "siva|kum-ar"
    ],
)
def test_norwegian_compounds_need_a_real_stem(word: str, common: bool) -> None:
    assert RareWordFlagRecognizer("nb").lex.is_common(word) is common
