"""Address recognizer: Norwegian streets and postcodes, English street addresses."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.address import AddressRecognizer


@pytest.fixture(scope="module")
def rec() -> AddressRecognizer:
    return AddressRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg bor i Storgata 12B nå", ["Storgata 12B"]),
        ("Kirkeveien 166 er adressen", ["Kirkeveien 166"]),
        ("Møllergata 3, 0179 Oslo", ["Møllergata 3, 0179 Oslo"]),
        ("Send det til 0150 Oslo.", ["0150 Oslo"]),
        ("Hun flyttet til 9008 Tromsø.", ["9008 Tromsø"]),
        ("Thorvald Meyers gate 12", ["Thorvald Meyers gate 12"]),
        ("Solbakken 4", ["Solbakken 4"]),
        ("adresse: 2000 Lillestrøm", ["2000 Lillestrøm"]),
        ("He lives at 12 Baker Street.", ["12 Baker Street"]),
        ("221B Baker Street, London NW1 6XE", ["221B Baker Street, London NW1 6XE"]),
        ("Flat 3, 10 High Road", ["Flat 3, 10 High Road"]),
        # blind10 session: the flat in lower case or said, before number and street
        ("she's in flat 7, 58 Carntyne Road, G32 6AB now", ["flat 7, 58 Carntyne Road, G32 6AB"]),
        ("We got flat two, 19 Mill Lane, off the council.", ["flat two, 19 Mill Lane"]),
        ("the flat 3 times a week, 12 Good Days", []),
        ("He lives at 12 Baker St. now", ["12 Baker St"]),
        # not addresses
        ("det var i 2010 Bergen", []),
        ("I 1984 Oslo var", []),
        ("Vi var 12 Personer", []),
        ("gata 12", []),  # lower-case "the street"
        ("Han ble 12 i 2003", []),
        ("Storgata er lang", []),  # no house number
        ("We had 3 Good Days", []),
        # nb22: more street endings (Kartverket's address names: -stigen, -faret, -tråkket,
        # -vangen, -tangen); a postcode + place said in lower case after a street
        ("Jeg bor i Lyngstigen 9, 8315 Laukvik, i andre etasje.", ["Lyngstigen 9, 8315 Laukvik"]),
        ("Hun bodde i Hestefaret 2 i mange år", ["Hestefaret 2"]),
        ("Vi bor i Bjørketråkket 14.", ["Bjørketråkket 14"]),
        ("vi bor i Kleivstien 3, 9372 gibostad nå", ["Kleivstien 3, 9372 gibostad"]),
        ("Storgata 5, 1000 kroner i måneden", ["Storgata 5"]),  # an amount, not a postcode
        ("stigen 4 var for kort", []),
    ],
)
def test_text_spans(rec: AddressRecognizer, text: str, expected: list[str]) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "ADDRESS" for t, _s in found)


def test_known_place_scores_higher(rec: AddressRecognizer) -> None:
    known = rec.analyze("0150 Oslo", None, None)[0].score
    unknown = rec.analyze("0150 Xyzzyby", None, None)[0].score
    assert known > unknown


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: a written UK postcode in a lower-case line, and a flat after the street
        # session 40: the street on a lower-case line joins its town and postcode
        ("en", "it's 4 mill lane, ripon, hg4 2ab", ["4 mill lane, ripon, hg4 2ab"]),
        ("en", "send it to m14 5ty please", ["m14 5ty"]),
        ("en", "we took the a1 2nd exit and got there at b12 3pm", []),
        ("nb", "Hun bor i Storgata 12, leilighet 304.", ["Storgata 12, leilighet 304"]),
        ("en", "He's at 9 Mill Lane, flat 2b.", ["9 Mill Lane, flat 2b"]),
    ],
)
def test_ids20_postcodes_and_flats(lang: str, text: str, expected: list[str]) -> None:
    assert [
        text[r.start : r.end] for r in AddressRecognizer(lang).analyze(text, None, None)
    ] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: British and Irish street endings and names with an apostrophe
        ("en", "She lives at 3 Orchard View now.", ["3 Orchard View"]),
        ("en", "We had 41 Beechwood Lawns, Navan.", ["41 Beechwood Lawns, Navan"]),
        ("en", "He's in 8 O'Neill Street.", ["8 O'Neill Street"]),
        ("en", "It's 27 St. Bride's Close.", ["27 St. Bride's Close"]),
        ("nb", "Vi bodde i Bekkeveien 9, H0102.", ["Bekkeveien 9, H0102"]),
        ("en", "we saw 3 Green things", []),
        # session 27: Welsh, Irish and Gaelic street types come before the name
        ("en", "We're at 9 Stryd Fawr, Bala, since May.", ["9 Stryd Fawr, Bala"]),
        ("en", "Mam lived at 14 Heol y Felin.", ["14 Heol y Felin"]),
        ("en", "It was 6 Bóthar na Mara, Spiddal.", ["6 Bóthar na Mara, Spiddal"]),
        ("en", "There were 3 Maes in the class.", []),
    ],
)
def test_ids20_street_shapes(lang: str, text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in AddressRecognizer(lang).analyze(text, None, None)] == [
        *expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: a post-office box names its holder
        ("Adressen er Postboks 4410, 0403 Oslo.", ["Postboks 4410, 0403 Oslo"]),
        ("skriv til postboks 77, 9008 Tromsø", ["postboks 77, 9008 Tromsø"]),
        ("Send it to PO Box 512 please.", ["PO Box 512"]),
        ("I kept it in a box 512 times", []),
    ],
)
def test_ids20_post_boxes(text: str, expected: list[str]) -> None:
    assert [text[r.start : r.end] for r in AddressRecognizer("nb").analyze(text, None, None)] == [
        *expected
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # the district or town after a written street (session 20)
        ("It's Flat 2, 41 Beech Road, Roundhay, top bell.", "Flat 2, 41 Beech Road, Roundhay"),
        ("She had a room at 7 Marsh Lane, Bootle.", "7 Marsh Lane, Bootle"),
        ("We were at 15 Grange Avenue, Newton-le-Willows then.",
         "15 Grange Avenue, Newton-le-Willows"),
        # an everyday word after the comma opens the rest of the sentence
        ("It was 3 Park Road, but we moved.", "3 Park Road"),
        ("I lived at 14 Mill Road, I think, for a year.", "14 Mill Road"),
    ],
)  # fmt: skip
def test_town_after_a_street(text: str, address: str) -> None:
    from anonkit.anonymize.recognizers.address import AddressRecognizer

    assert ("ADDRESS", address) in spans(AddressRecognizer("en"), text)


# Session 30: a street named without a street ending counts when a house number and a
# postcode + place follow (invented addresses); a month or everyday word before a number and a
# year-like postcode stay out.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg bor i Vallermyrene 71, 3917 Porsgrunn, i tredje etasje.",
         ["Vallermyrene 71, 3917 Porsgrunn"]),
        ("jeg bor i tuftemyra 4b, 8315 laukvik nå", ["tuftemyra 4b, 8315 laukvik"]),
        ("Rom 12, 4000 Stavanger var kontoret.", ["4000 Stavanger"]),
        ("Hun ble født 12, 2010 Oslo.", ["2010 Oslo"]),
        ("Det kostet 12, 5000 kroner.", []),
    ],
)  # fmt: skip
def test_session30_street_without_an_ending(rec: AddressRecognizer, text: str, expected) -> None:
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected
