"""A middle name or a name particle between two replaced names (lcen22): invented lines."""

from __future__ import annotations

import pytest

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.middle_words import middle_words_joined


def _entities(text: str, spans: list[tuple[str, str]]) -> list[DetectedEntity]:
    out, pos = [], 0
    for words, kind in spans:
        start = text.index(words, pos)
        pos = start + len(words)
        out.append(DetectedEntity(start, pos, kind, REPLACE, 0.85, words, "test"))
    return out


def _replaced(text: str, found: list[DetectedEntity]) -> list[str]:
    return [text[d.start : d.end] for d in middle_words_joined(text, found) if d.action == REPLACE]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a word between a replaced first name and a replaced surname on a lower-case line
        (
            "carys wyn beddoe, no, carys beddoe, she dropped the wyn.",
            [("carys", et.PERSON), ("beddoe", et.PERSON), ("carys beddoe", et.PERSON)],
            ["carys wyn beddoe", "carys beddoe"],
        ),
        # a name particle between two replaced parts, lower case or not
        (
            "then i was with coillte na mara for a bit",
            [("coillte", et.ORGANIZATION), ("mara", et.ORGANIZATION)],
            ["coillte na mara"],
        ),
        (
            "Then I worked for Coillte na Mara.",
            [("Coillte", et.ORGANIZATION), ("Mara", et.ORGANIZATION)],
            ["Coillte na Mara"],
        ),
        # verbs, adverbs, function and kinship words between two names stay words
        (
            "tom rang mary the next day",
            [("tom", et.PERSON), ("mary", et.PERSON)],
            ["tom", "mary"],
        ),
        (
            "i told sian yesterday gwen was coming",
            [("sian", et.PERSON), ("gwen", et.PERSON)],
            ["sian", "gwen"],
        ),
        (
            "it was ffion and dewi",
            [("ffion", et.PERSON), ("dewi", et.PERSON)],
            ["ffion", "dewi"],
        ),
        (
            "ffion's mum nerys came",
            [("ffion", et.PERSON), ("nerys", et.PERSON)],
            ["ffion", "nerys"],
        ),
        # a comma between them, or a person and a place: two names
        (
            "carys, wyn, beddoe",
            [("carys", et.PERSON), ("beddoe", et.PERSON)],
            ["carys", "beddoe"],
        ),
        (
            "gwen moved leeds way",
            [("gwen", et.PERSON), ("leeds", et.LOCATION)],
            ["gwen", "leeds"],
        ),
        # session 30: Malay and Arabic particles inside a name
        (
            "My name on the forms is Nurul Aisyah binti Hafiz, everybody calls me Echa.",
            [("Nurul Aisyah", et.PERSON), ("Hafiz", et.PERSON), ("Echa", et.PERSON)],
            ["Nurul Aisyah binti Hafiz", "Echa"],
        ),
        (
            "Siti Hajar bte Osman was my key worker.",
            [("Siti Hajar", et.PERSON), ("Osman", et.PERSON)],
            ["Siti Hajar bte Osman"],
        ),
        # a particle joins two types: an organisation when either side is one
        (
            "The kids go to Maes y Gwendraeth, the Welsh school.",
            [("Maes", et.PERSON), ("Gwendraeth", et.ORGANIZATION)],
            ["Maes y Gwendraeth"],
        ),
        # two types stay apart over a word that is also Norwegian ("der": where)
        (
            "Vi bodde i Bergen der Kari vokste opp.",
            [("Bergen", et.LOCATION), ("Kari", et.PERSON)],
            ["Bergen", "Kari"],
        ),
        # on a line with capitals a lower-case word between two names is no middle name
        (
            "Gwen told Sian about it.",
            [("Gwen", et.PERSON), ("Sian", et.PERSON)],
            ["Gwen", "Sian"],
        ),
    ],
)
def test_middle_words(text: str, spans: list, expected: list[str]) -> None:
    assert _replaced(text, _entities(text, spans)) == expected


def test_a_flag_on_the_middle_word_is_absorbed() -> None:
    text = "carys wyn beddoe came round"
    found = _entities(text, [("carys", et.PERSON), ("beddoe", et.PERSON)])
    found.append(DetectedEntity(6, 9, et.CAPITALIZED, FLAG, 0.3, "wyn", "test"))
    out = middle_words_joined(text, found)
    assert [(d.text, d.action) for d in out] == [("carys wyn beddoe", REPLACE)]


def test_norwegian_da_between_two_people_stays_a_word() -> None:
    text = "jeg ringte per da kari kom"
    found = _entities(text, [("per", et.PERSON), ("kari", et.PERSON)])
    assert _replaced(text, found) == ["per", "kari"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an Irish article or patronymic particle right before a replaced name opens it
        ("we're all na cluainte in our house", "cluainte", ["na cluainte"]),
        ("her name was nic giolla, from donegal", "giolla", ["nic giolla"]),
        # lcen23: the Irish surname prefixes "ó" (grandson of), "uí" and "mhic" (married
        # forms); no English word is spelled so
        ("his name's ó dubhghaill, not doyle", "dubhghaill", ["ó dubhghaill"]),
        ("she signs it uí bhriain since the wedding", "bhriain", ["uí bhriain"]),
        ("mrs mhic suibhne taught us", "suibhne", ["mhic suibhne"]),
        ("Her name is Ó Duibhir.", "Duibhir", ["Ó Duibhir"]),
        # session 30: Spanish and Arabic articles and the kunya "abu" open a nickname or name
        ("Han het Yeison, men vi kalte ham el Flaco.", "Flaco", ["el Flaco"]),
        ("everyone calls my uncle abu nabil", "nabil", ["abu nabil"]),
        ("it was al hasani who signed", "hasani", ["al hasani"]),
        # "o" and "mac" alone are words ("o for orange", "my mac") and stay outside
        ("it's o for orla", "orla", ["orla"]),
        ("on my mac ciara sent it", "ciara", ["ciara"]),
        # a particle after another word of the name is the middle rule's; others stay words
        ("the van jim drove was red", "jim", ["jim"]),
        ("na, sorcha never said", "sorcha", ["sorcha"]),
    ],
)
def test_an_irish_particle_opens_the_name(text: str, name: str, expected: list[str]) -> None:
    assert _replaced(text, _entities(text, [(name, et.PERSON)])) == expected
