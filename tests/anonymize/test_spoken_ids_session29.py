"""Identifier forms benchmarks/spoken_ids_stress.py found missed or mistyped (session 29),
through the whole detector. Invented numbers, valid where a checksum applies (python-stdnum).
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.entities import DetectedEntity


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    return {"en": Detector("en"), "nb": Detector("nb")}


def _replaced(detectors: dict[str, Detector], lang: str, text: str) -> list[DetectedEntity]:
    [found] = detectors[lang].detect_many([text])
    return [d for d in found if d.action == "replace"]


@pytest.mark.parametrize(
    ("lang", "text", "span", "etype"),
    [
        # British speech puts "the" between month and day
        ("en", "My date of birth is April the 5th 1967.", "April the 5th 1967", "DATE"),
        ("en", "i was born on april the 7th 1943.", "april the 7th 1943", "DATE"),
        # an Eircode in lower case, the cue some words before; and spelled in lower case
        ("en", "the eircode for the house is v94 f5p7.", "v94 f5p7", "ADDRESS"),
        ("en", "the eircode for the house is d oh four h five x f.", "d oh four h five x f",
         "ADDRESS"),
        # without a cue, two digits after the routing key are enough
        ("en", "we were at v94 f5p7 back then", "v94 f5p7", "ADDRESS"),
        # a plate shape inside an Eircode does not cut it ("23 W9" in "T23 W9P4")
        ("en", "Her Eircode is T23 W9P4, if the taxi needs it.", "T23 W9P4", "ADDRESS"),
        # a National Insurance number written in lower case, glued or spaced
        ("en", "his ni number is tk470014b.", "tk470014b", "NATIONAL_ID"),
        ("en", "it was jt 48 20 13 c on the letter", "jt 48 20 13 c", "NATIONAL_ID"),
        # a Norwegian plate with its plate word after it, and in lower case with none
        ("nb", "han kjørte en blå golf med xl 20872 på skiltet.", "xl 20872", "LICENSE_PLATE"),
        ("nb", "han kjørte en blå golf med vk12330 på skiltet.", "vk12330", "LICENSE_PLATE"),
        ("nb", "vi fulgte etter ei bil med ek 41226 hele veien", "ek 41226", "LICENSE_PLATE"),
        # "søtti" (70) and "søtten" (17): spoken Norwegian tens
        ("nb", "fødselsnummeret er null tre null en søttifire en null null tre en",
         "null tre null en søttifire en null null tre en", "NATIONAL_ID"),
        ("nb", "du kan ringe meg på førtito søtten søttifire søttiseks.",
         "førtito søtten søttifire søttiseks", "PHONE"),
        # ten digits with a valid NHS check digit and no trunk "0": an NHS number, no phone
        ("en", "I wrote down 6714140797 on a bit of paper.", "6714140797", "NATIONAL_ID"),
        ("en", "and she said six seven one, four one four, oh seven nine seven",
         "six seven one, four one four, oh seven nine seven", "NATIONAL_ID"),
        ("en", "my number is 0117 527 5606", "0117 527 5606", "PHONE"),
        # a Norwegian postcode said digit by digit before a listed place, no cue word
        ("nb", "og så sa hun bare ni null null åtte tromsø, og det var det.",
         "ni null null åtte tromsø", "ADDRESS"),
        # a bank account: its checksum beats a generic "long number is an ID"
        ("nb", "Lønna går inn på konto 8159 94 18563.", "8159 94 18563", "BANK_ACCOUNT"),
        ("nb", "kontonummeret mitt er åtte en fem ni ni fire en åtte fem seks tre",
         "åtte en fem ni ni fire en åtte fem seks tre", "BANK_ACCOUNT"),
    ],
)  # fmt: skip
def test_identifier_is_replaced_whole_with_its_kind(
    detectors: dict[str, Detector], lang: str, text: str, span: str, etype: str
) -> None:
    found = _replaced(detectors, lang, text)
    assert [(d.text, d.type) for d in found if d.type not in ("PERSON", "LOCATION")] == [
        (span, etype)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a month, "the" and an ordinal with no year and no birth cue is no identifying date
        ("en", "it was march the 3rd, a monday"),
        # two letters that are a short word before five digits: an amount, not a plate
        ("nb", "det kostet kr 12500 og ca 20000 i året"),
        # four numbers before "i" + a place: a count, not a postcode
        ("nb", "vi var fire to to en i bodø"),
        # a lower-case routing-key shape with one digit after it, no cue: a word
        ("en", "we took the a12 back home"),
    ],
)
def test_lookalikes_stay_words(detectors: dict[str, Detector], lang: str, text: str) -> None:
    found = _replaced(detectors, lang, text)
    assert not [d for d in found if d.type in ("DATE", "ADDRESS", "LICENSE_PLATE")]
