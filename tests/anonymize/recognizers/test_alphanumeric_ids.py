"""Codes of letters and digits as identifiers (session 30): invented codes with valid check
characters where the kind has one (python-stdnum), and the tokens that are no code."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.it import codicefiscale

from anonkit.anonymize.recognizers.alphanumeric_ids import AlphanumericIdRecognizer, is_code


def test_the_invented_codes_are_valid_for_their_kind() -> None:
    assert codicefiscale.is_valid("FRRCCT58M49A509G")
    assert dni.is_valid("12345678Z")
    assert hetu.is_valid("131052-308T")


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "On the Italian papers her code is FRRCCT58M49A509G, the tax code.",
         ["FRRCCT58M49A509G"]),
        ("en", "on the italian papers her code is frrcct58m49a509g", ["frrcct58m49a509g"]),
        ("nb", "DNI-nummeret mitt er 12345678Z, fra Spania.", ["12345678Z"]),
        ("nb", "Det finske nummeret er 131052-308T.", ["131052-308T"]),
        ("en", "my passport number is ab1234567", ["ab1234567"]),
        # in groups, when one group mixes letters and digits
        ("en", "My Italian tax code is LPS BRB 48M71 F205C.", ["LPS BRB 48M71 F205C"]),
        ("en", "the number on my portuguese id card is 32030828 2 zy1.", ["32030828 2 zy1"]),
        ("en", "yeah, 440106 20051017 496x, i remember that one", ["440106 20051017 496x"]),
        ("nb", "NIE-nummeret var X-8636682-K.", ["X-8636682-K"]),
        # no code: amounts, products, too few digits, e-mail and web addresses
        ("en", "I had SARS-CoV-2 and took 1000000mg of it", []),
        ("en", "we had a Windows2000 laptop and Office365", []),
        ("en", "write to siv85abc123@gmail.com or www.abc123def.com", []),
        ("nb", "Han ble født 12.03.1985 i Bergen.", []),
        ("en", "we met at 10 am and had the 2nd one at 3 pm in the 1990s", []),
        ("en", "and the 2nd and 3rd of May 1985", []),
        # a number and a word in one compound (NorNE dev: "1980-tallet")
        ("nb", "på 1980-tallet 12345 og 125-årsdagen i 2008-utgaven", []),
    ],
)  # fmt: skip
def test_alphanumeric_ids(lang: str, text: str, found: list[str]) -> None:
    assert [t for _, t in spans(AlphanumericIdRecognizer(lang), text)] == found


@pytest.mark.parametrize(
    ("token", "expected"),
    [("AB12CDE", False), ("COVID-19", False), ("12345678", False), ("X1234567", True)],
)
def test_is_code(token: str, expected: bool) -> None:
    assert is_code(token) is expected


def test_a_validated_code_outranks_a_reading_of_its_digits() -> None:
    rec = AlphanumericIdRecognizer("en")
    [(start, end, _, score)] = list(rec.find("Yeah, 49179998H, I remember."))
    assert score > 0.85 and (start, end) == (6, 15)
    [(_, _, _, unvalidated)] = list(rec.find("my passport number is ab1234567"))
    assert unvalidated < 0.6


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a code said character by character; the word "I" after it stays outside
        ("Yeah, B L V B N V seven five B one six C three five one L, I remember that one.",
         ["B L V B N V seven five B one six C three five one L"]),
        ("her codice fiscale is d p t d d m five three d six six h five oh one s, i think",
         ["d p t d d m five three d six six h five oh one s"]),
        # letters that are words, and too few characters, spell no code
        ("i was at a b and b in the 1990s with two or three", []),
        ("it's a b c, one two three", []),
    ],
)  # fmt: skip
def test_a_spelled_code(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(AlphanumericIdRecognizer("en"), text)] == found


def test_a_plate_said_after_the_article_stays_a_plate() -> None:
    """ "a" before a said plate is the article: the spelled code starts after it, so it is
    the plate recognizer's span exactly and the plate wins there (session 30)."""
    from anonkit.anonymize.detector import Detector

    text = "his van was a one nine one, d, four four two oh seven, i told the guards that."
    [found] = Detector("en").detect_many([text])
    assert [(d.text, d.type) for d in found if d.action == "replace"] == [
        ("one nine one, d, four four two oh seven", "LICENSE_PLATE")
    ]


def test_an_iban_said_aloud_is_left_to_the_iban_recognizer() -> None:
    text = "for the rent it's i e eight eight, b o f i, nine oh five eight, three eight one two"
    text += ", four seven nine oh, three six."
    assert list(AlphanumericIdRecognizer("en").find(text)) == []


def test_a_lower_case_iban_said_aloud_is_an_iban() -> None:
    """Session 30: no letter is clearly spelled on a lower-case line, and "o" read as a zero
    is the O of the bank code (a valid invented Irish IBAN)."""
    from anonkit.anonymize.recognizers.iban import IbanRecognizer

    text = "for the rent it's i e eight eight, b o f i, nine oh five eight, three eight one two"
    text += ", four seven nine oh, three six."
    assert [t for _, t in spans(IbanRecognizer("en"), text)] == [
        "i e eight eight, b o f i, nine oh five eight, three eight one two, four seven nine oh, "
        "three six"
    ]
