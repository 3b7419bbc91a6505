"""spoken2 rules (issue 10): web addresses, handles, street addresses, dates and phone numbers
said aloud, with hesitation fillers inside. Recognizer-level cases run one recognizer; the
detector-level cases run real Presidio with our spaCy models through :class:`Detector`.
Every name, number, site and address here is made up.
"""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements as _replaced
from recognizer_testkit import spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers._fillers import without_fillers
from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer
from anonkit.anonymize.recognizers.spoken_dates import SpokenDateRecognizer
from anonkit.anonymize.recognizers.spoken_numbers import SpokenNumberRecognizer
from anonkit.anonymize.recognizers.spoken_url import SpokenUrlRecognizer
from anonkit.anonymize.recognizers.url import UrlRecognizer


def _texts(recognizer: object, text: str, kind: str) -> list[str]:
    return [t for k, t in spans(recognizer, text) if k == kind]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "it's w w w dot hopewell counselling dot co dot uk now",
         ["w w w dot hopewell counselling dot co dot uk"]),
        ("en", "find them at hopewell counselling dot org i think",
         ["hopewell counselling dot org"]),
        ("en", "she's on instagram, at sunny underscore bakes, she does cakes",
         ["at sunny underscore bakes"]),
        ("en", "follow me at sunnybakes on instagram", ["at sunnybakes"]),
        ("nb", "nettsida er www punktum solsikken barnehage punktum no hvis",
         ["www punktum solsikken barnehage punktum no"]),
        ("nb", "du finner dem på fjellro punktum no skråstrek kontakt.",
         ["fjellro punktum no skråstrek kontakt"]),
        # big public sites identify no one
        ("en", "it was on google dot com somewhere", []),
        ("nb", "jeg søkte på nav punktum no, men", []),
        ("nb", "se på www punktum helsenorge punktum no", []),
        # a decimal and "at" in an ordinary sentence are not addresses
        ("nb", "det var tre punktum to prosent", []),
        ("en", "we met at the station on Monday", []),
    ],
)  # fmt: skip
def test_spoken_urls(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenUrlRecognizer(lang), text, "URL") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # nb24: a personal part before a host whose own name is a stop word ("blogg", "web",
        # "side"): the host after a dot is part of the address, not a word that introduces it
        ("nb", "du finn henne på fjellrypa punktum blogg punktum no",
         ["fjellrypa punktum blogg punktum no"]),
        ("nb", "sida heiter hagekos punktum side punktum no", ["hagekos punktum side punktum no"]),
        ("en", "it's called runningmum dot blog dot com these days",
         ["runningmum dot blog dot com"]),
        # the host alone, or a stop word with no dot before it, is no one's address
        ("nb", "ho skreiv på blogg punktum no før", []),
        ("nb", "bloggen heiter blogg punktum no", []),
        ("en", "read it on the web dot com or something", []),
    ],
)  # fmt: skip
def test_spoken_url_personal_part_before_a_stopword_host(
    lang: str, text: str, found: list[str]
) -> None:
    assert _texts(SpokenUrlRecognizer(lang), text, "URL") == found


def test_written_generic_sites_are_skipped() -> None:
    assert _texts(UrlRecognizer("nb"), "sjekk helsenorge.no og fjellro.no", "URL") == ["fjellro.no"]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "a bedsit, flat three, twelve Harbour Road, above the chippy",
         ["flat three, twelve Harbour Road"]),
        ("en", "they moved to number nine Chapel Street after", ["number nine Chapel Street"]),
        ("en", "it's um twenty-seven, uh, Rose Crescent, the one",
         ["twenty-seven, uh, Rose Crescent"]),
        ("nb", "de flytta til Kirkeveien nummer tolv be etter", ["Kirkeveien nummer tolv be"]),
        # "de" (they) after the number is a word, not a house letter
        ("nb", "i Storgata tolv de bodde der", ["Storgata tolv"]),
        ("nb", "adressen er Bakkeveien fjorten, postnummer null tre seks åtte.",
         ["Bakkeveien fjorten", "null tre seks åtte"]),
        # a postcode has four digits exactly
        ("nb", "postnummeret er null tre seks", []),
        # a flat alone and a room number are no address
        ("en", "i was in flat three for a year", []),
        ("en", "i was in room twelve for three weeks", []),
    ],
)  # fmt: skip
def test_spoken_addresses(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenAddressRecognizer(lang), text, "ADDRESS") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "i was born nineteen ninety-one, the sixth of May, a sunday",
         ["nineteen ninety-one, the sixth of May", "the sixth of May"]),
        ("nb", "jeg er født sjette femte nittien.", ["sjette femte nittien"]),
        ("en", "born on the, um, twelfth of June nineteen eighty-four.",
         ["the, um, twelfth of June nineteen eighty-four", "twelfth of June nineteen eighty-four"]),
        # an age before a day and month is no year
        ("en", "i was twenty-one, the sixth of May was", []),
        # ordinals in a row without a year are no date
        ("nb", "den sjette femte gangen", []),
    ],
)  # fmt: skip
def test_spoken_dates(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenDateRecognizer(lang), text, "DATE") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("nb", "nummeret mitt er nittito, eh, tretti, førtifem, sekstisju.",
         ["nittito, eh, tretti, førtifem, sekstisju"]),
        ("en", "it's oh seven nine, um, four six one, two two eight, three nine five.",
         ["oh seven nine, um, four six one, two two eight, three nine five"]),
        ("nb", "ring meg på ni en åtte, sjuogtjue, tre åtte to etter",
         ["ni en åtte, sjuogtjue, tre åtte to"]),
        # numbers with a filler between them that are too short stay words
        ("en", "i was twenty, um, thirty at the time", []),
        # "er" is the Norwegian verb, never a filler: two amounts stay apart
        ("nb", "det er tolv tretti er fire", []),
    ],
)  # fmt: skip
def test_spoken_phones_across_fillers(lang: str, text: str, found: list[str]) -> None:
    # the run before a filler is found too; the detector merges it into the longest span
    got = _texts(SpokenNumberRecognizer(lang), text, "PHONE")
    assert ([max(got, key=len)] if got else []) == found


def test_without_fillers_maps_offsets() -> None:
    text = "the, um, twelfth"
    clean, offsets = without_fillers(text, "en") or ("", [])
    assert clean == "the twelfth"
    assert text[offsets[4] :] == "twelfth"
    assert without_fillers("nummeret er tolv", "nb") is None


def test_detector_spoken2(en: Detector, nb: Detector) -> None:
    assert ("URL", "hopewell counselling dot org") in _replaced(
        en, "you can find them at hopewell counselling dot org i think."
    )
    assert ("ADDRESS", "twenty-seven, uh, Rose Crescent") in _replaced(
        en, "it's um twenty-seven, uh, Rose Crescent, the one with the blue door."
    )
    assert ("DATE", "nineteen ninety-one, the sixth of May") in _replaced(
        en, "i was born nineteen ninety-one, the sixth of May, a sunday apparently."
    )
    assert ("PHONE", "nittito, eh, tretti, førtifem, sekstisju") in _replaced(
        nb, "nummeret mitt er nittito, eh, tretti, førtifem, sekstisju."
    )
    # non-entities: an age, a count, a dose, a time, money, a room, a big site
    assert _replaced(en, "i took forty milligrams and it was twenty past six.") == []
    assert _replaced(en, "it cost twenty-two pounds and i was thirty-four at the time.") == []
    assert _replaced(nb, "jeg lå på rom tolv i tre uker.") == []
    assert _replaced(nb, "jeg søkte på nav punktum no, men fant ingenting.") == []


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "we lived at forty-two mill lane till i was ten.", ["forty-two mill lane"]),
        ("en", "i lived at 42 mill lane for years.", ["42 mill lane"]),
        ("nb", "vi bodde i storgata førtito da jeg var liten.", ["storgata førtito"]),
        ("nb", "jeg bor i kirkeveien 12 nå.", ["kirkeveien 12"]),
        # no address cue, a determiner as the name, or "to år" (two years): no address
        ("en", "at two we went down the lane.", []),
        ("en", "i walked forty-two mill lane", []),
        ("nb", "vi bodde i hovedgata to år.", []),
    ],
)
def test_lower_case_addresses_after_a_cue(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenAddressRecognizer(lang), text, "ADDRESS") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "follow her @sunny_bakes for cakes", ["@sunny_bakes"]),
        ("nb", "hun heter krøllalfa solveig_bakst på instagram", ["krøllalfa solveig_bakst"]),
        # an e-mail address is the e-mail recognizer's; a dictionary word is no handle
        ("en", "mail me at kari@example.no please", []),
        ("en", "we met at school on instagram", []),
    ],
)
def test_handles(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenUrlRecognizer(lang), text, "URL") == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the town said after the street is part of the address (blind8)
        ("en", "we were at thirty-one Station Road, Leeds, L S six, four J T.",
         ["thirty-one Station Road, Leeds", "L S six, four J T"]),
        # the post town after a Norwegian postcode is part of the address (orgids)
        ("nb", "hun bor i Kongens gate tjuefire, null en fem to Oslo.",
         ["Kongens gate tjuefire", "null en fem to Oslo"]),
        ("nb", "vi bodde i Havnegata sju, åtte to null null brønnøysund, helt nede ved kaia",
         ["Havnegata sju", "åtte to null null brønnøysund"]),
        ("nb", "adressa hans var visst fjordveien ni, fire fire null null i sentrum",
         ["fjordveien ni", "fire fire null null"]),
        # three number words after a street are no postcode
        ("nb", "hun bor i Storgata tolv, to tre fire år", ["Storgata tolv"]),
    ],
)  # fmt: skip
def test_postcode_right_after_a_spoken_street(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenAddressRecognizer(lang), text, "ADDRESS") == found


# orgids: a postcode given as the answer to a question ("Postnummeret? …", "Postcode? …").
@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("nb", "Postnummeret? Sju null tre en.", ["Sju null tre en"]),
        ("nb", "Postnummer? Null fem fem sju, Oslo.", ["Null fem fem sju, Oslo"]),
        ("en", "Postcode? B S one, six Q W.", ["B S one, six Q W"]),
        ("nb", "Postnummeret? Det husker jeg ikke.", []),
    ],
)  # fmt: skip
def test_postcode_answering_a_question(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenAddressRecognizer(lang), text, "ADDRESS") == found


def test_site_name_with_a_joiner() -> None:
    text = "nettsida heter fjellro bindestrek terapi punktum no."
    found = _texts(SpokenUrlRecognizer("nb"), text, "URL")
    assert found == ["fjellro bindestrek terapi punktum no"]


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # ids20: a page on a big public site is one person's; a dotted path runs on
        ("en", "her page is facebook dot com slash mags dot dunne dot art, have a look",
         ["facebook dot com slash mags dot dunne dot art"]),
        ("en", "it's instagram dot com slash wee underscore robbie",
         ["instagram dot com slash wee underscore robbie"]),
        ("nb", "se facebook punktum com skråstrek lise punktum holm",
         ["facebook punktum com skråstrek lise punktum holm"]),
        ("en", "she's on facebook dot com like everyone", []),
    ],
)  # fmt: skip
def test_ids20_pages_on_big_sites(lang: str, text: str, found: list[str]) -> None:
    assert _texts(SpokenUrlRecognizer(lang), text, "URL") == found


# --- session 20 (blind8 as development material) -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a partial number after "ended" / "de siste fire" (any word order)
        ("en", "Her old mobile ended three nine oh two, that's all I remember.",
         ["three nine oh two"]),
        ("en", "the account ended in seven seven four one", ["seven seven four one"]),
        ("nb", "de siste fire var åtte en en null, tror jeg", ["åtte en en null"]),
        ("nb", "Siste fire sifrene er to null sju ni.", ["to null sju ni"]),
        # no digits after the cue: nothing
        ("en", "The meeting ended five minutes early.", []),
        # "I" after a comma is the pronoun, not a spelled letter
        ("en", "the reference ended two two six one, I think", ["two two six one"]),
    ],
)  # fmt: skip
def test_partial_numbers_after_an_ending_cue(lang: str, text: str, found: list[str]) -> None:
    from anonkit.anonymize.recognizers.cued_numbers import CuedNumberRecognizer

    assert [t for _, t in spans(CuedNumberRecognizer(lang), text)] == found


@pytest.mark.parametrize(
    ("lang", "text", "phone"),
    [
        # a run read short (a tens word swallowed a unit) right after a phone word
        ("nb", "ring meg på ni to tolv sytti fem null", "ni to tolv sytti fem null"),
        ("nb", "mobilnummeret er fire en nitti sju null", "fire en nitti sju null"),
        ("en", "call me on oh seven seven one two", "oh seven seven one two"),
        # restarted after a correction: one number, the misspoken part with it
        ("en", "It's oh seven eight, six two, sorry, oh seven eight six three, one one four, "
         "five five two.",
         "oh seven eight, six two, sorry, oh seven eight six three, one one four, five five two"),
        ("nb", "nummeret er ni null fire, nei, ni null fem, tolv trettifire åtte",
         "ni null fire, nei, ni null fem, tolv trettifire åtte"),
    ],
)  # fmt: skip
def test_phone_after_a_phone_word_and_restarted(lang: str, text: str, phone: str) -> None:
    # eleven digits read whole may be an ID number as well: replaced either way
    found = spans(SpokenNumberRecognizer(lang), text)
    assert ("PHONE", phone) in found or ("NATIONAL_ID", phone) in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "det var rom nummer fire sju tolv"),  # too few digits for a run
        ("en", "I was born in nineteen ninety-two and moved in two thousand and five"),
    ],
)
def test_no_phone_without_a_phone_word(lang: str, text: str) -> None:
    assert [s for s in spans(SpokenNumberRecognizer(lang), text) if s[0] == "PHONE"] == []


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # ordinal day and ordinal month apart by commas, after a birth word
        ("en", "his date of birth is the ninth, fourth, seventy-seven",
         "the ninth, fourth, seventy-seven"),
        ("nb", "hun er født tjueførste, tolvte, nittiåtte", "tjueførste, tolvte, nittiåtte"),
        # a holiday with a year, or after a birth word
        ("en", "Mum died on Christmas Eve twenty eighteen.", "Christmas Eve twenty eighteen"),
        ("nb", "Han ble født på julaften nitten åttifire.", "julaften nitten åttifire"),
        ("en", "She was born on Bonfire Night, would you believe.", "Bonfire Night"),
    ],
)  # fmt: skip
def test_comma_dates_and_holidays(lang: str, text: str, date: str) -> None:
    assert ("DATE", date) in spans(SpokenDateRecognizer(lang), text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We came second, third and fourth, twenty twenty was a good year."),
        ("en", "We had Christmas Day on the ward."),
        ("nb", "Vi feiret julaften på avdelinga."),
    ],
)
def test_lists_and_holidays_alone_are_no_dates(lang: str, text: str) -> None:
    assert spans(SpokenDateRecognizer(lang), text) == []


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # the town said after a spoken street is part of the address
        ("en", "we lived at nine Orchard Close, um, Stockton-on-Tees for years",
         ["nine Orchard Close, um, Stockton-on-Tees"]),
        ("en", "it was twenty Mill Lane, I think, near the station", ["twenty Mill Lane"]),
        # a Norwegian postcode said as two pairs after the street, with its town
        ("nb", "adressa er bakkevegen fjorten, femtitre tjueto lensvik",
         ["bakkevegen fjorten", "femtitre tjueto lensvik"]),
    ],
)  # fmt: skip
def test_town_and_paired_postcode_after_a_spoken_street(
    lang: str, text: str, found: list[str]
) -> None:
    assert set(found) <= set(_texts(SpokenAddressRecognizer(lang), text, "ADDRESS"))


@pytest.mark.parametrize(
    ("lang", "text", "url"),
    [
        # generic top-level domains of small sites and blogs, said aloud
        ("en", "it's all on www dot quietharbourdiary dot blog now",
         "www dot quietharbourdiary dot blog"),
        ("nb", "hun har en side, www dått lillefjellstua dått online",
         "www dått lillefjellstua dått online"),
        ("en", "my shop was w w w dot moorlandknits dot shop", "w w w dot moorlandknits dot shop"),
    ],
)  # fmt: skip
def test_spoken_urls_with_generic_domains(lang: str, text: str, url: str) -> None:
    assert _texts(SpokenUrlRecognizer(lang), text, "URL") == [url]
