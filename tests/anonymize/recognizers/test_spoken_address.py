"""Street addresses with the house number said as a word (detect3)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vi bodde i Kongens gate seks, i Trondheim.", ["Kongens gate seks"]),
        ("Hun bor i Bakkeveien tjueto i Bergen.", ["Bakkeveien tjueto"]),
        ("Vi bodde i Storgata to.", ["Storgata to"]),
        ("We lived at forty-two Elm Road in Hull.", ["forty-two Elm Road"]),
        # "to" as a word, no number at all
        ("Jeg gikk Storgata to ganger.", []),
        ("Vi bodde i Storgata.", []),
        # nb22: a written postcode + lower-case place after a lower-case street
        ("jeg bor i lyngstigen 9, 8315 laukvik nå", ["lyngstigen 9, 8315 laukvik"]),
        ("vi bodde i bakkeveien 4, 1000 kroner i måneden", ["bakkeveien 4"]),
    ],
)
def test_spoken_address(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("nb"), text)] == found


# ids20: a house letter, a flat after the street, and lower-case streets of separate words
# (all invented).
@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "we were in twenty-nine c, Hawthorn Avenue then",
         ["twenty-nine c, Hawthorn Avenue"]),
        ("en", "she's at eight a, Quarry Lane now", ["eight a, Quarry Lane"]),
        ("en", "he lived at fifty-five d Millbrook Road", ["fifty-five d Millbrook Road"]),
        ("en", "we got three a Day Road", []),  # "a" is the article here
        ("nb", "Hun bor i Kirkegata tolv, leilighet tre null fire.",
         ["Kirkegata tolv, leilighet tre null fire"]),
        ("en", "It's nineteen Abbey Road, flat six.", ["nineteen Abbey Road, flat six"]),
        ("nb", "adressa er kongsberg gate sju, leilighet h null en null to",
         ["kongsberg gate sju, leilighet h null en null to"]),
        ("nb", "vi bodde i øvre slottsgate fire", ["øvre slottsgate fire"]),
        ("nb", "han bor i søndre gate tretti", ["søndre gate tretti"]),
        ("nb", "jeg bor i samme gate to år", []),
        ("en", "i was on twenty two close calls", []),
    ],
)  # fmt: skip
def test_ids20_addresses(lang: str, text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer(lang), text)] == found


def test_truecased_street_name_in_a_lower_case_line(en, nb) -> None:
    """The truecaser capitalizes a name word of a lower-case street ("sixty-one Kings
    road"); the street is still one address (ids20)."""
    found = [
        (e.type, e.text)
        for e in en.detect("we lived at seventeen queens road")
        if e.action == "replace"
    ]
    assert found == [("ADDRESS", "seventeen queens road")]
    found = [
        (e.type, e.text)
        for e in nb.detect("hun bor i harald hårfagres gate fem")
        if e.action == "replace"
    ]
    assert found == [("ADDRESS", "harald hårfagres gate fem")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ids20: "it's" opens an address; a listed town after it in a lower-case line
        ("it's eh forty-one, um, larch grove, the end house", ["forty-one, um, larch grove"]),
        ("we lived at six harbour road, pontypridd, for a bit", ["six harbour road, pontypridd"]),
        ("we lived at six harbour road, honestly, for a bit", ["six harbour road"]),
        ("it's two long walks from here", []),
    ],
)
def test_ids20_lower_case_streets_and_towns(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ids20: a capital A mid-sentence is the house letter, a lower-case "a" the article
        ("We were at twenty-two A Albert Road then.", ["twenty-two A Albert Road"]),
        ("She's in sixty-one C Park Avenue.", ["sixty-one C Park Avenue"]),
        ("we got three a Day Road", []),
    ],
)
def test_ids20_capital_house_letter(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # ids20: a house number past a hundred; a postcode after a lower-case town, its
        # opening "o"/"oh" the letter O
        ("the hostel was at three hundred and six Iffley Road",
         ["three hundred and six Iffley Road"]),
        ("she lives at a hundred and ten Queens Road", ["a hundred and ten Queens Road"]),
        ("we lived at nine oak rise, thame, o x nine, three d l",
         ["nine oak rise, thame", "o x nine, three d l"]),
        ("her postcode is oh l one, four a b", ["oh l one, four a b"]),
        ("we lived at nine oak rise, oh, it was lovely", ["nine oak rise"]),
    ],
)  # fmt: skip
def test_ids20_hundreds_and_lower_case_postcodes(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found


# blind10 session: a lower-case spoken street with no cue before it counts when a spoken
# postcode follows it (invented addresses).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "nine rowan crescent, hebburn, n e thirty-one two q p, that's me nan's",
            ["nine rowan crescent, hebburn", "n e thirty-one two q p"],
        ),
        (
            "forty-one kestrel road, s k nine, two b w, that's where i grew up",
            ["forty-one kestrel road", "s k nine, two b w"],
        ),
        # no postcode after it: a street said without a cue stays words
        ("six mill lane was lovely in the spring", []),
        ("twenty two close calls, and three near misses", []),
    ],
)
def test_uncued_lower_case_street_with_postcode(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found


# Session 30: the home named before a lower-case street is its cue; a walk or a drive measured
# in minutes or miles is no street.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("our flat was fifty-eight wadsley lane, up by the old hospital",
         ["fifty-eight wadsley lane"]),
        ("my place is 12 mill lane", ["12 mill lane"]),
        ("the house was twenty minute walk from the shops", []),
        ("it's a ten mile drive to the hospital", []),
    ],
)  # fmt: skip
def test_session30_home_word_cues_a_lower_case_street(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found
