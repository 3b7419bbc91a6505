"""Names written with letters foreign to the language (session 22); names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.foreign_letters import ForeignLetterNameRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, ForeignLetterNameRecognizer]:
    return {"en": ForeignLetterNameRecognizer("en"), "nb": ForeignLetterNameRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Sámi letters, with the word after them when it closes the name or is no word
        ("nb", "biret gáddi var i samme gruppe", [("PERSON", "biret gáddi")]),
        ("nb", "ho som tolka, sárá lund, forsto meg", [("PERSON", "sárá lund")]),
        ("nb", "máret kom alltid for seint", [("PERSON", "máret")]),
        # a Norwegian imperative form is a name word ("skum"); a finite verb is not ("var")
        ("nb", "ho som tolka, ánne skum, forsto meg", [("PERSON", "ánne skum")]),
        ("nb", "ánne var der hver dag", [("PERSON", "ánne")]),
        ("nb", "han kom fra ávžžuvuopmi opprinnelig", [("LOCATION", "ávžžuvuopmi")]),
        # Irish particles and fadas, Polish letters
        ("en", "his dad, mr ó faoláin, wrote to the trust", [("PERSON", "ó faoláin")]),
        ("en", "my husband is przemysław, he works nights", [("PERSON", "przemysław")]),
        ("en", "siobhán came round with the kids", [("PERSON", "siobhán")]),
        # listed words with such letters, lower-case words on a line with capitals, ASCII
        ("en", "we went to the café on the corner", []),
        ("nb", "det var en god idé, syns jeg", []),
        ("en", "We had crème brûlée for pudding.", []),
        ("nb", "Voilà, sa han, og så var det gjort.", []),
        ("en", "we had chips on the way home", []),
    ],
)
def test_foreign_letters(recs, lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(recs[lang], text) == expected
