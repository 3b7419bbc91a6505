# ruff: noqa: E501  (table rows read best on one line each)
"""Spoken identifiers (issue 10, item 5): numbers, dates, e-mail said as words, spelled
names, plates, NI numbers. Table tests (text → expected spans; all data fictitious) and a
property test over the fødselsnummer checksum."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recognizer_testkit import make_fnr, spans

from anonkit.anonymize.numberwords import digit_runs, word_value
from anonkit.anonymize.recognizers.license_plate import LicensePlateRecognizer
from anonkit.anonymize.recognizers.spelled_names import SpelledNameRecognizer
from anonkit.anonymize.recognizers.spoken_dates import SpokenDateRecognizer
from anonkit.anonymize.recognizers.spoken_email import SpokenEmailRecognizer
from anonkit.anonymize.recognizers.spoken_numbers import SpokenNumberRecognizer
from anonkit.anonymize.recognizers.uk_national_insurance import UkNationalInsuranceRecognizer

NB_DIGITS = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@pytest.mark.parametrize(
    ("word", "value"),
    [("førtien", 41), ("femtito", 52), ("nitten", 19), ("åttitre", 83), ("tjueni", 29),
     ("forty-one", 41), ("oh", 0), ("null", 0), ("twelve", 12), ("sytti", 70),
     ("hund", None), ("tjueen", 21), ("fireogtjue", 24)],  # old counting (recall2)
)  # fmt: skip
def test_word_value(word: str, value: int | None) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring meg på førtien femtito nitten åttitre.", [("førtien femtito nitten åttitre", "41521983")]),
        ("mobilen er ni to tre, fire fem, seks sju åtte", [("ni to tre, fire fem, seks sju åtte", "92345678")]),
        ("nitti åtte sytti seks femti fire tretti to", [("nitti åtte sytti seks femti fire tretti to", "98765432")]),
        ("on oh seven seven double oh, nine one two, three four five", [("oh seven seven double oh, nine one two, three four five", "07700912345")]),
        ("plus four four seven seven double oh nine double oh one two three", [("plus four four seven seven double oh nine double oh one two three", "+447700900123")]),
        ("var 22 13 57 91 her", [("22 13 57 91", "22135791")]),
        ("Jeg var tjuefem da, og to av oss tre var der.", []),
    ],
)  # fmt: skip
def test_digit_runs(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[r.start : r.end], r.digits) for r in digit_runs(text)] == expected


@pytest.fixture(scope="module")
def numbers() -> SpokenNumberRecognizer:
    return SpokenNumberRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fødselsnummeret mitt er 03 04 88 265 03.", [("NATIONAL_ID", "03 04 88 265 03")]),
        ("Nummeret er tjueni null to syttiseks tre en tre fem tre.",
         [("NATIONAL_ID", "tjueni null to syttiseks tre en tre fem tre")]),
        # a misspoken digit: the checksum fails, the ID word still makes it an ID
        ("Fødselsnummeret er 03 04 88 265 04, tror jeg.", [("NATIONAL_ID", "03 04 88 265 04")]),
        ("My NHS number is four eight five, seven seven seven, three four five six.",
         [("NATIONAL_ID", "four eight five, seven seven seven, three four five six")]),
        ("Ring meg på førtien femtito nitten åttitre.", [("PHONE", "førtien femtito nitten åttitre")]),
        ("Ring fastlegen på 22 45 67 89.", [("PHONE", "22 45 67 89")]),
        ("Det var i 2015 2016 og 2017.", []),
        ("Vi var tre, fire stykker der.", []),
        ("Han er 40718236 år", []),  # one token: the written phone recognizer's job
    ],
)  # fmt: skip
def test_spoken_numbers(numbers: SpokenNumberRecognizer, text: str, expected: list) -> None:
    assert [s for s in spans(numbers, text) if s[0] != "NUMBER"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("det var fire fem seks sju åtte ni", [("NUMBER", "fire fem seks sju åtte ni")]),
        ("vi var to og tre", []),
    ],
)
def test_spoken_runs_are_flagged(
    numbers: SpokenNumberRecognizer, text: str, expected: list
) -> None:
    """A spoken number that is no valid phone or ID is still shown (safety net)."""
    assert [s for s in spans(numbers, text) if s[0] == "NUMBER"] == expected


@settings(max_examples=60, deadline=None)
@given(
    day=st.dates(dt.date(1930, 1, 1), dt.date(1999, 12, 31)),
    individual=st.integers(0, 499),
    words=st.booleans(),
)
def test_any_valid_fnr_said_digit_by_digit_is_an_id(day, individual, words) -> None:
    fnr = make_fnr(day, individual)
    if fnr is None:
        return
    said = (
        " ".join(NB_DIGITS[int(d)] for d in fnr)
        if words
        else " ".join([fnr[:2], fnr[2:4], fnr[4:6], fnr[6:9], fnr[9:]])
    )
    text = f"Jeg sa {said}, altså."
    found = [s for s in spans(SpokenNumberRecognizer("nb"), text) if s[0] != "NUMBER"]
    assert found == [("NATIONAL_ID", said)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 9), min_size=8, max_size=8))
def test_eight_digits_said_in_english_are_a_phone(digits: list[int]) -> None:
    said = " ".join(EN_DIGITS[d] for d in digits)
    found = [
        s for s in spans(SpokenNumberRecognizer("en"), f"call {said} please") if s[0] != "NUMBER"
    ]
    assert found == [("PHONE", said)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeg er født fjortende mars nittenåttisju.", ["fjortende mars nittenåttisju"]),
        ("Han er født den tjuende juni nittennittien.", ["tjuende juni nittennittien"]),
        ("jeg er født tolvte mars syttini.", ["tolvte mars syttini"]),
        ("innlagt tredje november to tusen og nitten", ["tredje november to tusen og nitten"]),
        ("born on the twelfth of March, nineteen eighty-five", ["the twelfth of March, nineteen eighty-five"]),
        ("the first of May, eighty-eight", ["the first of May, eighty-eight"]),
        ("twenty first of july ninety two", ["twenty first of july ninety two"]),
        ("fjortende mars en gang til", []),  # "en" alone is not a year
        ("den første mai var det fint", []),
        ("12. mars 1984", []),  # written: the dates recognizer's
    ],
)  # fmt: skip
def test_spoken_dates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E-posten er siv punktum berg krøllalfa gmail punktum com.",
         ["siv punktum berg krøllalfa gmail punktum com"]),
        ("Skriv til tor.ivar krøllalfa online punktum no", ["tor.ivar krøllalfa online punktum no"]),
        ("My email is john dot smith at gmail dot com.", ["john dot smith at gmail dot com"]),
        ("Send it to kaz underscore b at hotmail dot co dot uk", ["kaz underscore b at hotmail dot co dot uk"]),
        ("My email's lizzie ninety one at yahoo dot com", ["lizzie ninety one at yahoo dot com"]),
        ("I was at home dot dot dot", []),
        ("we met at the station", []),
    ],
)  # fmt: skip
def test_spoken_email(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenEmailRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Navnet er Siv, S-I-V, med én S.", ["S-I-V"]),
        ("Etternavnet staves B-R-E-I-V-I-K.", ["B-R-E-I-V-I-K"]),
        ("Jeg var på A-E og fikk hjelp.", []),
        ("en X-Y-aktig ting", []),
    ],
)
def test_spelled_names(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpelledNameRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("skiltnummer EL 48213", ["EL 48213"]),
        ("en gammel Volvo, DN 55 123 tror jeg", ["DN 55 123"]),
        ("His car was AB12 CDE.", ["AB12 CDE"]),
        ("The plate was LK 19 XYZ", ["LK 19 XYZ"]),
        ("the reg was Y R 63 K L M.", ["Y R 63 K L M"]),
        ("NAV 12345", []),
        ("en 12345", []),
        # detect4: plates said as letters and number words
        ("The reg was B D fifty one, X Y Z.", ["B D fifty one, X Y Z"]),
        ("Bilen hadde D N fem fem en to null.", ["D N fem fem en to null"]),
        ("Skiltet var E L førtiåtte to tretten.", ["E L førtiåtte to tretten"]),
        ("He was in room B C twelve.", []),
        # blind5 session: Irish plates (year, county code, serial), written and said
        ("his van, 151-CW-4472, was outside", ["151-CW-4472"]),
        ("a 12 D 3456 reg", ["12 D 3456"]),
        (
            "his van, one five one C W four four seven two.",
            ["one five one C W four four seven two"],
        ),
        # session 26: the county codes 2014 replaced (WD Waterford, TN/TS Tipperary)
        ("an old 08-WD-1172 Fiesta", ["08-WD-1172"]),
        ("a two-tone 99 TN 405 van", ["99 TN 405"]),
        (
            "it was a one three two, W D, nine nine one four",
            ["one three two, W D, nine nine one four"],
        ),
        # ASR writes the letter K as "ka" ("kå"); after a plate cue the letters need not be clear
        ("skiltet var ve ka tre fire null en ni", ["ve ka tre fire null en ni"]),
        # session 26: a current British plate said on a lower-case line after a plate word
        ("the reg was kp seventy-one, wxn i think", ["kp seventy-one, wxn"]),
        ("the car was an old one, sixty-eight and red", []),
        ("he was in room C W twelve.", []),  # a county code without a year is no plate
        ("I A one two three.", []),
    ],
)
def test_license_plates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My NI number is QQ 12 34 56 C.", ["QQ 12 34 56 C"]),
        ("AB123456D on the form", ["AB123456D"]),
        ("DA 12 34 56 C", []),  # D is never a first prefix letter
    ],
)
def test_uk_national_insurance(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(UkNationalInsuranceRecognizer("en"), text)] == expected


# orgids: a line ASR wrote in lower case, letters after the NI cue, pairs said as tens.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my national insurance number is p r, sixty one, twelve, eighty, c", ["p r, sixty one, twelve, eighty, c"]),
        ("her ni number's w l one two three four five six a", ["w l one two three four five six a"]),
        ("national insurance was a nightmare, two or three calls a day", []),
        ("we were at the a b twelve, thirty four, fifty six c", []),  # no NI cue: lower-case letters spell nothing
    ],
)  # fmt: skip
def test_orgids_lower_case_ni_numbers(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(UkNationalInsuranceRecognizer("en"), text)] == expected


# Session 23: the NI cue after the number, in the same sentence ("…, that's my national
# insurance"); lower-case letters still spell nothing without the cue in their sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("k m four one two two nine oh b, that's my national insurance", ["k m four one two two nine oh b"]),
        ("it's r t, eleven, forty, sixty two, d, my ni number", ["r t, eleven, forty, sixty two, d"]),
        ("k m four one two two nine oh b. national insurance was hard to sort", []),
        ("the a b twelve, thirty four, fifty six c bus, no insurance on it", []),
    ],
)  # fmt: skip
def test_ni_cue_after_the_number(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(UkNationalInsuranceRecognizer("en"), text)] == expected


# ids20: shapes of spoken identifiers the next interview will use (all invented).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a day corrected or given as a choice before the date
        ("en", "I went in on the third, no, the fourth of March, twenty twenty",
         ["the third, no, the fourth of March, twenty twenty"]),
        ("en", "it was the eleventh or twelfth of May nineteen ninety-nine",
         ["the eleventh or twelfth of May nineteen ninety-nine"]),
        ("en", "the sixth, sorry, seventh of July, two thousand and two",
         ["the sixth, sorry, seventh of July, two thousand and two"]),
        ("nb", "Han kom hjem femte, nei, sjette august totusenogsju.",
         ["femte, nei, sjette august totusenogsju"]),
        ("nb", "det var tolvte eller trettende mars nittenåttifem",
         ["tolvte eller trettende mars nittenåttifem"]),
        # an ordinal list before a date is no correction
        ("en", "the second, no wait", []),
    ],
)  # fmt: skip
def test_corrected_day_joins_the_date(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "her date of birth is nine, eleven, seventy-four", ["nine, eleven, seventy-four"]),
        ("en", "I was born twenty-three, four, nineteen sixty-eight",
         ["twenty-three, four, nineteen sixty-eight"]),
        ("en", "born thirty one, twelve, two thousand", ["thirty one, twelve, two thousand"]),
        ("nb", "jeg er født atten, ni, nittito", ["atten, ni, nittito"]),
        ("nb", "bursdagen hans er tjueen / fire / åttini", ["tjueen / fire / åttini"]),
        # not a date: month 13, an age list, no birth word
        ("en", "born thirteen, thirteen, eighty-one", []),
        ("en", "she was born when I was nine, two years after the move", []),
        ("en", "we had twelve, three, forty-four people in the groups", []),
    ],
)  # fmt: skip
def test_cardinal_dates_after_a_birth_word(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "fødselsdagen min er niende niende", ["niende niende"]),
        ("en", "my birthday's the fourth, fourth, easy", ["the fourth, fourth"]),
        ("nb", "født andre tiende", ["andre tiende"]),
        ("nb", "den andre tiende gangen", []),  # no birth word
    ],
)
def test_day_and_month_ordinals_after_a_birth_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "my home landline is four one seven, three three two", ["four one seven, three three two"]),
        ("en", "the direct line was eight nine two, oh four one", ["eight nine two, oh four one"]),
        ("nb", "fasttelefonen var sju tre, femti, elleve", ["sju tre, femti, elleve"]),
        # a restart with a filler and a correction in it is one number
        ("en", "it's oh seven, um, four, no sorry, oh seven eight four one, six six two, nine oh three",
         ["oh seven, um, four, no sorry, oh seven eight four one, six six two, nine oh three"]),
        ("en", "I counted one two three four five in my head", []),
    ],
)  # fmt: skip
def test_ids20_phone_shapes(lang: str, text: str, expected: list[str]) -> None:
    found = [t for k, t in spans(SpokenNumberRecognizer(lang), text) if k == "PHONE"]
    assert sorted(set(found), key=len)[-1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plate word lets a plate stand in a lower-case line
        ("the reg on it was mx21 bbt", ["mx21 bbt"]),
        ("skiltet hennes var ze 40 817", ["ze 40 817"]),
        ("bilen var en gammel golf, ek 77 205", ["ek 77 205"]),
        # older British plates after a plate word, written or said
        ("his reg was P412 KWX, a proper banger", ["P412 KWX"]),
        ("the van was R two one four, D F T", ["R two one four, D F T"]),
        ("the car was a v seventy, p q n", ["a v seventy, p q n"]),
        # amounts and words after a plate word are no plate
        ("vi solgte bilen på 45 500", []),
        ("the car was in for 3 days", []),
        ("the van cost 350 quid", []),
    ],
)  # fmt: skip
def test_ids20_plates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: digits joined by hyphens are read one by one; a year with a hyphen is not
        ("it's oh-one-six-one, four-nine-eight, two-two-seven", [("0161498227", "oh-one-six-one, four-nine-eight, two-two-seven")]),
        ("double-oh three five three, eight seven", [("0035387", "double-oh three five three, eight seven")]),
        ("nummeret er fem-fire-sju, åtte-åtte", [("54788", "fem-fire-sju, åtte-åtte")]),
        # a pause written as an ellipsis does not end the number
        ("oh seven eight... four four one... nine nine two", [("078441992", "oh seven eight... four four one... nine nine two")]),
        ("twenty-twenty, twenty-twenty-one, twenty-twenty-two", []),
        ("I was seven... eight... nine", []),
    ],
)  # fmt: skip
def test_ids20_digit_runs(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.digits, text[r.start : r.end]) for r in digit_runs(text, 5)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "double oh" is the international prefix, as "plus" is
        ("ring him on double-oh four seven, nine one, two two, three three, four four",
         [("PHONE", "double-oh four seven, nine one, two two, three three, four four")]),
        ("it's double oh three five three, eight six, one two three, four five six seven",
         [("PHONE", "double oh three five three, eight six, one two three, four five six seven")]),
        ("my mobile is oh-seven-nine-one-two, three-three-four, five-five-six",
         [("PHONE", "oh-seven-nine-one-two, three-three-four, five-five-six")]),
    ],
)  # fmt: skip
def test_ids20_international_and_hyphenated_phones(text: str, expected: list) -> None:
    assert [s for s in spans(SpokenNumberRecognizer("en"), text) if s[0] != "NUMBER"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter O said "o"/"oh" after a plate word reads as a zero; still the plate
        ("the plate was b d seventy-one, o x p", ["b d seventy-one, o x p"]),
        ("his reg is L M fifty-eight, J O Y", ["L M fifty-eight, J O Y"]),
        # two capitals written together, then the digits said; a filler inside
        ("Skiltet var KF, eh, tre null, åtte åtte en.", ["KF, eh, tre null, åtte åtte en"]),
        ("skiltnummeret er BT sju sju fem to null", ["BT sju sju fem to null"]),
        ("OK, fire fem seks sju åtte", []),
        ("the reg was in the file, TV four five six seven eight", []),
    ],
)
def test_ids20_plate_letters(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: a free-mail provider without its ".com", a domain said as words, "dått kom"
        ("en", "just email me, it's niamh o two at hotmail", ["niamh o two at hotmail"]),
        ("en", "her address was bev sixty at yahoo, all one word", ["bev sixty at yahoo"]),
        ("nb", "skriv til post krøllalfa grønn dal yoga punktum no", ["post krøllalfa grønn dal yoga punktum no"]),
        ("nb", "e-posten er sindre at icloud dått kom", ["sindre at icloud dått kom"]),
        ("nb", "send det til guri krøllalfa gmail, takk", ["guri krøllalfa gmail"]),
        # an everyday word, a sentence and a dotless domain that is no provider
        ("en", "we met at outlook village", []),
        ("en", "I was at the office dot com thing", []),
        ("en", "we stayed at home, it was fine", []),
    ],
)  # fmt: skip
def test_ids20_spoken_email(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenEmailRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: an Irish plate in a lower-case line: plate year + county letter + serial
        ("she drove a one-six-two, w, three three eight one back then", ["one-six-two, w, three three eight one"]),
        ("it was a ninety-eight, l, four four one, a red one", ["ninety-eight, l, four four one"]),
        ("we had one two three, d, four five six", []),  # 123 is no plate year
        ("he is ninety, d, four hundred", []),
    ],
)  # fmt: skip
def test_ids20_lower_case_irish_plates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: a group said as a hundred ("fire hundre og tolv"), apart or as one word
        ("nummeret er fem hundre og tretten, førtito, nitti, åtte", [("51342908", "fem hundre og tretten, førtito, nitti, åtte")]),
        ("ring seven hundred and twelve, three three four, five five", [("71233455", "seven hundred and twelve, three three four, five five")]),
        ("mobilen er sjuhundreogfire tolv trettien", [("7041231", "sjuhundreogfire tolv trettien")]),
        # amounts said as hundreds alone are no number to read
        ("det kosta tre hundre og femti, fire hundre og tjue", []),
        ("I paid two hundred and fifty, then three hundred and twenty", []),
    ],
)  # fmt: skip
def test_ids20_hundreds_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.digits, text[r.start : r.end]) for r in digit_runs(text, 5)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: a hedge inside the date, the weekday before it, "or was it" corrections
        ("en", "born on the ninth, I think, of June, eighty-two", ["the ninth, I think, of June, eighty-two"]),
        ("en", "it was Sunday the second of April, twenty twenty-three", ["Sunday the second of April, twenty twenty-three"]),
        ("nb", "det var lørdag fjerde mai totusenogni", ["lørdag fjerde mai totusenogni"]),
        ("nb", "innlagt tiende, eller var det ellevte, juni nittenåttifem", ["tiende, eller var det ellevte, juni nittenåttifem"]),
        ("en", "on Sunday we had the fifth of the group", []),
    ],
)  # fmt: skip
def test_ids20_date_hedges_and_weekdays(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: two lower-case letters right after a plate word start the plate
        ("skiltnummeret var el førtiåtte tjueen tre", ["el førtiåtte tjueen tre"]),
        ("the reg was yk, sixty-nine, f n o", ["yk, sixty-nine, f n o"]),
        ("bilen var på fire fem seks sju åtte", []),
        ("skiltet, eh, fire fem seks sju åtte", []),
    ],
)
def test_ids20_lower_case_plate_letters(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(LicensePlateRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: written English ordinals for day and month
        ("He was born on the 3rd of the 4th, 1991.", ["the 3rd of the 4th, 1991"]),
        ("admitted the 21st of the 11th, twenty nineteen", ["the 21st of the 11th, twenty nineteen"]),
        ("the 2nd of the 3rd", []),  # no year, no birth word
    ],
)
def test_ids20_written_ordinal_dates(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("en"), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # ids20: a day said as a cardinal (a mumbled ordinal), with a whole year
        ("en", "she was born the nine of July, nineteen seventy", ["the nine of July, nineteen seventy"]),
        ("en", "admitted twenty one October two thousand and six", ["twenty one October two thousand and six"]),
        ("nb", "han døde fjorten februar totusenogåtte", ["fjorten februar totusenogåtte"]),
        ("en", "we had forty May nineteen ninety", []),  # no day 40
        ("en", "in May nineteen ninety", []),
        ("nb", "vi var fem i mai totusenogto", []),
    ],
)  # fmt: skip
def test_ids20_cardinal_day_dates(lang: str, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer(lang), text)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ids20 traps: years, counts, amounts, a building's extension, Norwegian words that
        # are English words, a provider's name in a sentence
        ("en", "The van was off the road from twenty twelve to twenty fourteen."),
        ("en", "The extension was built in nineteen ninety-nine, two thousand."),
        ("en", "seven... eight... nine... ten... eleven, I counted the tiles."),
        ("en", "It was two hundred and twelve pounds, then three hundred and four."),
        ("en", "I got five hundred and sixty-two points, then six hundred."),
        ("nb", "Jeg telte en-to-tre, fire-fem-seks og pustet ut."),
        ("nb", "Dosen gikk fra femti til hundre til hundre og femti milligram."),
    ],
)
def test_ids20_number_traps(lang: str, text: str) -> None:
    found = [s for s in spans(SpokenNumberRecognizer(lang), text) if s[0] != "NUMBER"]
    assert found == []


def test_ids20_provider_in_a_sentence_is_no_email() -> None:
    assert spans(SpokenEmailRecognizer("en"), "I worked at Gmail support for a bit.") == []
    assert spans(SpokenEmailRecognizer("en"), "it's dee at gmail.") == [("EMAIL", "dee at gmail")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ids20: British "treble", "naught", and a provider's name split by ASR
        ("it's oh seven eight, treble five, two one, nine four six", [("PHONE", "oh seven eight, treble five, two one, nine four six")]),
        ("ring naught one two one, four nine six, three three eight", [("PHONE", "naught one two one, four nine six, three three eight")]),
    ],
)  # fmt: skip
def test_ids20_british_digit_words(text: str, expected: list) -> None:
    assert [s for s in spans(SpokenNumberRecognizer("en"), text) if s[0] != "NUMBER"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at rory dot b at g mail dot com", ["rory dot b at g mail dot com"]),
        ("it's sue lim at hot mail dot co dot uk", ["sue lim at hot mail dot co dot uk"]),
        ("we ate at the hot dog dot com stand", []),
    ],
)
def test_ids20_split_provider_names(text: str, expected: list[str]) -> None:
    assert [t for _, t in spans(SpokenEmailRecognizer("en"), text)] == expected
