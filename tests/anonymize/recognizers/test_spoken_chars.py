# ruff: noqa: E501  (table rows read best on one line each)
"""Characters said one by one (blind6 session): the reader in :mod:`anonkit.anonymize.spoken_chars`
and the identifiers built on it — plates, postcodes, names spelled by letter name — plus the
other spoken-identifier gaps of that session (old counting written apart, Norwegian "dått" and
"krøll", Irish domains, mobile numbers by shape). Positive rows and the everyday words that
must stay words; all data fictitious."""

from __future__ import annotations

import re

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.numberwords import digit_runs, word_value
from anonkit.anonymize.recognizers.cued_numbers import CuedNumberRecognizer
from anonkit.anonymize.recognizers.iban import IbanRecognizer
from anonkit.anonymize.recognizers.license_plate import LicensePlateRecognizer
from anonkit.anonymize.recognizers.phone import PhoneRecognizer
from anonkit.anonymize.recognizers.spelled_names import SpelledNameRecognizer
from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer
from anonkit.anonymize.recognizers.spoken_dates import SpokenDateRecognizer
from anonkit.anonymize.recognizers.spoken_email import SpokenEmailRecognizer
from anonkit.anonymize.recognizers.spoken_numbers import SpokenNumberRecognizer
from anonkit.anonymize.recognizers.spoken_url import SpokenUrlRecognizer
from anonkit.anonymize.spoken_chars import said_runs, shaped_spans


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("skiltet var ærr kå fem ni tre null sju, tror jeg", ["RK59307"]),
        ("The reg was Y-R-six-eight, P-K-L, a silver one.", ["YR68PKLA"]),
        ("b-eleven, two-d-q, ground floor", ["B112DQ"]),
        ("twenty-one, D, double four", ["21D44"]),
        ("you'd see it", []),  # the "d" of "you'd" is no letter
        ("det e i fem år siden", []),  # no clearly spelled letter: nothing is read
    ],
)
def test_said_runs(text: str, chars: list[str]) -> None:
    assert ["".join(p.chars for p in run) for run in said_runs(text)] == chars


def test_shaped_spans_need_clear_letters() -> None:
    shape = re.compile(r"[A-Z]{2}\d{5}")
    clear = "skiltet e ærr kå fem ni tre null sju"
    assert [c for _, _, c in shaped_spans(clear, shape)] == ["RK59307"]
    # "se de" are words ("see them"): two unclear letters never spell a plate.
    assert list(shaped_spans("Ærr, se de fem ni tre null sju", shape)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Æ husker skiltet, ærr kå fem ni tre null sju, for æ skreiv det ned.", ["ærr kå fem ni tre null sju"]),
        ("The reg was Y-R-six-eight, P-K-L, a silver Skoda.", ["Y-R-six-eight, P-K-L"]),
        ("He had a one-five-one, D, four four two nine, a black one.", ["one-five-one, D, four four two nine"]),
        ("a two-one-two, K-Y, one five, parked outside", ["two-one-two, K-Y, one five"]),
        ("The car was a blue Astra, reg Y R one seven K P O, they towed it.", ["Y R one seven K P O"]),
        ("vi så de to fem ni tre null sju ganger", []),
        ("I see you, five four three two one", []),
    ],
)
def test_plates_said_character_by_character(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Our address was twenty-seven Cranbourne Avenue, L-S-eight, four-R-T, the house with the blue door.", ["twenty-seven Cranbourne Avenue", "L-S-eight, four-R-T"]),
        ("en", "now i'm in flat nine, forty-one kestrel road, b-eleven, two-d-q, ground floor", ["flat nine, forty-one kestrel road", "b-eleven, two-d-q"]),
        ("en", "it was somewhere in E-C-one, A-four-J-J, near the market", ["E-C-one, A-four-J-J"]),
        ("nb", "Ho budde i Tollbodgata fem og tjue i Tvedestrand.", ["Tollbodgata fem og tjue"]),
        ("nb", "vi bodde i storgata fem og tretti, og så flytta vi", ["storgata fem og tretti"]),
        ("en", "the flat was nice, two bedrooms and a garden", []),
        ("en", "I see you at five, OK?", []),
    ],
)
def test_spoken_addresses_and_postcodes(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ho heter Sunná, ess u enn enn a, med aksent på a-en.", ["ess u enn enn a"]),
        ("Det staves kå ell a u ess, ikkje med c.", ["kå ell a u ess"]),
        ("It's Ciarán, see eye ay arr ay enn, with the fada.", ["see eye ay arr ay enn"]),
        ("ess u enn, sa han, og gikk", []),  # no name said before it and no spelling cue
    ],
)
def test_names_spelled_by_letter_name(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpelledNameRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("word", "value"), [("fem og tjue", 25), ("en og seksti", 61), ("to og to", None)]
)
def test_old_counting_written_apart(word: str, value: int | None) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kontoret har fem og femti, tjue, åtte og førti, sytten, det e fasttelefon.", [("PHONE", "fem og femti, tjue, åtte og førti, sytten")]),
        ("to og to er fire, fem og seks er elleve", []),
    ],
)
def test_phone_said_in_old_counting(text: str, expected: list[tuple[str, str]]) -> None:
    found = [s for s in spans(SpokenNumberRecognizer("nb"), text) if s[0] != "NUMBER"]
    assert found == expected


def test_fnr_said_in_old_counting_is_read_whole() -> None:
    text = "Mitt e null fire, null to, en og seksti, null seks en to null, ja."
    runs = [(text[r.start : r.end], r.digits) for r in digit_runs(text, 5)]
    assert runs == [("null fire, null to, en og seksti, null seks en to null", "04026106120")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eposten hennes e jorid punktum rypdal krøll gmail dått com", ["jorid punktum rypdal krøll gmail dått com"]),
        ("skriv til ola krøllalfa fjellnett punktum no", ["ola krøllalfa fjellnett punktum no"]),
        ("håret var krøll og det var dått", []),
    ],
)
def test_spoken_email_norwegian_spellings(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenEmailRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The website is w w w dot hearingvoicesmidwest dot ie, loads on there.", ["w w w dot hearingvoicesmidwest dot ie"]),
        ("their page is glenview counselling dot ie", ["glenview counselling dot ie"]),
        ("i.e. the one we said", []),
    ],
)
def test_spoken_irish_sites(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenUrlRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You can get me on 07700 900 562 any time after four.", ["07700 900 562"]),
        ("Han har 912 34 567 som nummer.", ["912 34 567"]),
        ("It cost 07700 in the end", []),
        ("we had 1234 567 890 visitors", []),
    ],
)
def test_mobile_numbers_by_shape(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(PhoneRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "my hospital number is four four seven, two one nine one, they check it", [("NATIONAL_ID", "four four seven, two one nine one")]),
        ("en", "my mobile? the last four are two eight seven one", [("PHONE", "two eight seven one")]),
        ("nb", "mobilnummeret mitt, de fire siste e to åtte sju en", [("PHONE", "to åtte sju en")]),
        ("nb", "saksnummeret var 2023/4471, står det i brevet", [("NATIONAL_ID", "2023/4471")]),
        ("en", "sort code twenty, forty-one, ninety-nine", [("NATIONAL_ID", "twenty, forty-one, ninety-nine")]),
        ("en", "Eircode is A six five, F four E two.", [("ADDRESS", "A six five, F four E two")]),
        ("en", "her PPS number, one two three four five six seven, T, A, was on it", [("NATIONAL_ID", "one two three four five six seven, T, A")]),
        ("en", "I was the last one to leave, at ten past four", []),
        ("en", "the lease ends in 2027, so we have time", []),
        ("en", "it ends in tears every time, two or three times a week", []),
        ("en", "my case number is in the letter somewhere", []),
        ("nb", "de fire siste årene har vært tunge", []),
    ],
)
def test_numbers_named_by_a_cue(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(set(spans(CuedNumberRecognizer(lang), text))) == expected


@pytest.mark.parametrize(
    ("lang", "text", "covered"),
    [
        ("en", "my number is nine one two, sorry, nine one three four five six seven, yeah", "nine one two, sorry, nine one three four five six seven"),
        ("nb", "det e null fire, nei, null fem, tolv, åtti, tre fire fem seks sju", "null fire, nei, null fem, tolv, åtti, tre fire fem seks sju"),
    ],
)
def test_self_corrected_numbers_are_replaced_whole(lang: str, text: str, covered: str) -> None:
    replaced = [t for e, t in spans(SpokenNumberRecognizer(lang), text) if e != "NUMBER"]
    assert covered in replaced


def test_a_correction_between_small_numbers_is_no_number() -> None:
    assert spans(SpokenNumberRecognizer("en"), "I have two, no, three kids") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("han e født den fjortende i tiende nitti", ["fjortende i tiende nitti"]),
        ("han e født fjortende i tiende, tror æ", ["fjortende i tiende"]),
        ("det var fjortende i tiende nitti kroner", []),  # no birth word: an amount
        ("vi kom fjortende i tiende", []),
    ],
)
def test_birth_dates_with_ordinal_month_and_short_year(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("it's plus four four, seven seven double oh, nine hundred, one two three", ["+447700900123"]),
        ("we had two, three, five hundred people there", []),  # a run of two digits ends at "five"
    ],
)
def test_hundred_inside_a_said_number(text: str, digits: list[str]) -> None:
    assert [r.digits for r in digit_runs(text, 7)] == digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my IBAN is G B two nine, N W B K six zero one six one three three one nine two six eight one nine", ["G B two nine, N W B K six zero one six one three three one nine two six eight one nine"]),
        ("IBAN-en e N O ni tre, åtte seks null en, en en en sju, ni fire sju", ["N O ni tre, åtte seks null en, en en en sju, ni fire sju"]),
        ("the IBAN is G B two nine, N W B K six zero one six one three three one nine two six eight one one", ["G B two nine, N W B K six zero one six one three three one nine two six eight one one"]),
        ("G B two nine, N W B K six zero one six one three three one nine two six eight one one", []),  # invalid, no cue
    ],
)
def test_iban_said_aloud(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(IbanRecognizer("en"), text)] == expected


def test_written_fnr_shape_with_a_birth_date_but_wrong_check_digit() -> None:
    from anonkit.anonymize.recognizers.national_id import NationalIdRecognizer

    found = spans(NationalIdRecognizer("nb"), "The Norwegian one was 290995 31853, I think.")
    assert found == [("NATIONAL_ID", "290995 31853")]
    assert spans(NationalIdRecognizer("nb"), "room 123456 78901 was free") == []  # no date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the van was a cork reg, one six two, c, four four eight one", ["one six two, c, four four eight one"]),
        # no plate word: "c" spells nothing unless a plate year comes before it (ids20:
        # "one six two" is 2016's second half, so that one is a plate even without a cue)
        ("we had one two three, c, four four eight one", []),
        ("we had one six two, c, four four eight one", ["one six two, c, four four eight one"]),
    ],
)
def test_a_plate_word_lets_lower_case_letters_spell(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "De fire siste på mobilnummeret hans er to åtte sju en, resten husker jeg ikke.", [("PHONE", "to åtte sju en")]),
        ("en", "my pps is seven six four two eight one nine a, i know it off by heart", [("NATIONAL_ID", "seven six four two eight one nine a")]),
        ("en", "I checked the nhs website twice", []),
    ],
)
def test_id_nouns_and_words_between_cue_and_number(lang: str, text: str, expected: list) -> None:
    assert sorted(set(spans(CuedNumberRecognizer(lang), text))) == expected


def test_norwegian_postcode_said_as_two_pairs() -> None:
    text = "Postnummeret var femtifire sytti, det er Rosendal."
    assert [t for _, t in spans(SpokenAddressRecognizer("nb"), text)] == ["femtifire sytti"]


def test_international_number_with_a_correction_reads_long_but_is_one_phone() -> None:
    text = "It's plus four four seven eight, no, seven nine, one two six, six four oh, oh nine."
    found = [t for e, t in spans(SpokenNumberRecognizer("en"), text) if e == "PHONE"]
    assert "plus four four seven eight, no, seven nine, one two six, six four oh, oh nine" in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "Alt står på nattlysdagbok punktum wordpress punktum com, hvis du vil lese.", ["nattlysdagbok punktum wordpress punktum com"]),
        ("en", "I write a blog, it's sorrelwrites dot wordpress dot com, about it.", ["sorrelwrites dot wordpress dot com"]),
        ("en", "He set up a page, gofundme dot com slash bring vithu home, and loads gave.", ["gofundme dot com slash bring vithu home"]),
        ("en", "the form is on mysite dot com slash contact and then you send it", ["mysite dot com slash contact"]),
    ],
)
def test_hosted_blogs_and_paths_said_aloud(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenUrlRecognizer(lang), text)] == expected


def test_alfa_alone_is_the_at_sign() -> None:
    text = "mailen min er sunnivagjerde åttisju alfa gmail punktum com"
    found = [t for _, t in spans(SpokenEmailRecognizer("nb"), text)]
    assert found == ["sunnivagjerde åttisju alfa gmail punktum com"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("det er h o v d e n a k med k på slutten", ["h o v d e n a k"]),
        ("And my surname, it's O, fada, D, U, B, H, G, H, A, I, L, L, nobody gets it.", ["O, fada, D, U, B, H, G, H, A, I, L, L"]),
        ("I, I, I, I, I mean it", []),  # a stutter: one letter
        ("we learnt a b c at school", []),  # three letters, no cue
    ],
)
def test_long_spellings_need_no_cue(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpelledNameRecognizer("en"), text)] == expected


def test_welsh_street_names_with_a_circumflex() -> None:
    text = "We lived at number nineteen, Tŷ Gwyn Road, Pontypridd, C F thirty-seven, one, J G."
    found = [t for _, t in spans(SpokenAddressRecognizer("en"), text)]
    # the town after the street belongs to the address (session 20)
    assert found == ["number nineteen, Tŷ Gwyn Road, Pontypridd", "C F thirty-seven, one, J G"]


# orgids: a reference alone is a cue, a said separator ("dash", "slash", "strek") joins its
# parts, and a self-correction inside the number does not cut it in two.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the council reference is k l nine one five dash c", [("NATIONAL_ID", "k l nine one five dash c")]),
        ("en", "my claim reference was four two two slash eight one", [("NATIONAL_ID", "four two two slash eight one")]),
        ("nb", "referansen er fem fem to strek tre null", [("NATIONAL_ID", "fem fem to strek tre null")]),
        ("en", "Patient number P, um, one one two, sorry, one one three, four five.", [("NATIONAL_ID", "P, um, one one two, sorry, one one three, four five")]),
        ("en", "the reference was glowing, two pages long", []),
        # session 27: an ID card's check digit said in brackets, the card from abroad
        ("en", "my id card number from home was r four four seven one two nine, bracket five", [("NATIONAL_ID", "r four four seven one two nine, bracket five")]),
    ],
)  # fmt: skip
def test_orgids_references_separators_and_corrections(lang: str, text: str, expected: list) -> None:
    found = spans(CuedNumberRecognizer(lang), text)
    # the whole identifier is one span (shorter readings of its parts may come too)
    assert set(expected) <= set(found) and bool(found) == bool(expected), found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: "number's" names the number too; a PPS number's letters said lower-case
        ("en", "her hospital number's k, um, four four one, nine zero two", ["k, um, four four one, nine zero two"]),
        ("en", "the case number's two two nine, one eight", ["two two nine, one eight"]),
        ("en", "my pps number's eight eight one two three four five, w", ["eight eight one two three four five, w"]),
        ("en", "pps number is two two three four five six seven, f, a.", ["two two three four five six seven, f, a"]),
        ("en", "my pps number is three three four four five five six, i think", ["three three four four five five six"]),
    ],
)  # fmt: skip
def test_ids20_cued_numbers(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(CuedNumberRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen23: a written PPS number on a lower-case line, its letters glued to the digits
        ("my pps is 6612093tw, it's on the medical card", "6612093tw"),
        ("the form had 1204577k on it, the old kind", "1204577k"),
        ("8823410wa, that's the pps, the new kind", "8823410wa"),
        # an ordinal or a letter set apart is no PPS number; eight digits are none either
        ("he was the 1234567th caller", None),
        ("it was 2019 and 1234567 a year, roughly", None),
        ("my code is 12345678ab", None),
    ],
)
def test_lcen23_written_pps_in_lower_case(text: str, expected: str | None) -> None:
    found = [t for _, t in spans(CuedNumberRecognizer("en"), text)]
    if expected is None:
        assert not any(t[-1:].isalpha() for t in found), found
    else:
        assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind10 session: letters said after "surname's"/"my name is", with a doubled letter
        ("The surname's em see gee ay double ar eye gee el ee, yeah.",
         ["em see gee ay double ar eye gee el ee"]),
        ("my name is dee ay vee ee, dave", ["dee ay vee ee"]),
        # six letter names or more with two clearly spelled: a spelling without a cue
        ("it's aitch ay double ell ee tee tee, two t's", ["aitch ay double ell ee tee tee"]),
        # the alphabet said, and a few letter names that are words
        ("she sang ay bee see dee ee eff gee to the baby", []),
        ("I see you, why not", []),
    ],
)
def test_letter_names_after_a_name_cue_or_long(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpelledNameRecognizer("en"), text)] == expected
