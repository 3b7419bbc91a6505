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
        ("He lives at 12 Baker St. now", ["12 Baker St"]),
        # not addresses
        ("det var i 2010 Bergen", []),
        ("I 1984 Oslo var", []),
        ("Vi var 12 Personer", []),
        ("gata 12", []),  # lower-case "the street"
        ("Han ble 12 i 2003", []),
        ("Storgata er lang", []),  # no house number
        ("We had 3 Good Days", []),
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
