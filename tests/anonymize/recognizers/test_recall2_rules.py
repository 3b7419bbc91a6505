"""recall2 rules (issue 10, items 5, 8, 9): spoken dates, UK postcodes, NHS numbers, clubs,
schools, chains as employers, brands and cars as non-entities.

Recognizer-level cases run one recognizer; the detector-level cases run real Presidio with
our spaCy models through :class:`Detector`, since the non-entity filter and the merging of
spans live there. Every name, number and postcode here is made up.
"""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements as _replaced
from recognizer_testkit import spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers.address import AddressRecognizer
from anonkit.anonymize.recognizers.dates import DateRecognizer
from anonkit.anonymize.recognizers.employers import EmployerGazetteerRecognizer
from anonkit.anonymize.recognizers.gazetteer_institution import InstitutionGazetteerRecognizer
from anonkit.anonymize.recognizers.license_plate import LicensePlateRecognizer
from anonkit.anonymize.recognizers.national_id import ForeignNationalIdRecognizer
from anonkit.anonymize.recognizers.spelled_names import SpelledNameRecognizer
from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer
from anonkit.anonymize.recognizers.spoken_dates import SpokenDateRecognizer
from anonkit.anonymize.recognizers.spoken_numbers import SpokenNumberRecognizer
from anonkit.anonymize.recognizers.uk_national_insurance import UkNationalInsuranceRecognizer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hun er født 3. juni -90.", ["3. juni -90"]),
        ("I was admitted on the 3rd of June 1990, a Sunday.", ["the 3rd of June 1990"]),
        ("I was born on 3rd of June '90.", ["3rd of June '90"]),
        # a day and month without a year and without a birth cue: no date
        ("Vi kom 3. juni - da regnet det.", []),
        ("I went there the 3rd of June.", []),
        # a year alone is no date
        ("Vi flytta dit i 1990.", []),
    ],
)
def test_written_dates_short_year_and_article(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(DateRecognizer("nb"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Han er født den tjuefemte november totusenogseks.", ["tjuefemte november totusenogseks"]),
        ("Han ble født andre februar totusenogén.", ["andre februar totusenogén"]),
        # the year stops before ", en søndag" (a comma does not continue a spoken year)
        (
            "Jeg er født den første januar totusenogfire, en søndag.",
            ["første januar totusenogfire"],
        ),
        (
            "His birthday is the second of May two thousand and four.",
            ["the second of May two thousand and four"],
        ),
        # no year: the month and an ordinal alone are not a full date
        ("The twelfth of March was a Monday.", []),
        # a year said alone, with "born": not a date (a year alone is no entity)
        ("I was born in nineteen seventy-eight.", []),
        ("Jeg er fødd i nittensyttiåtte.", []),
    ],
)
def test_spoken_dates(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("nb"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Our postcode was M1 4BT in those days.", ["M1 4BT"]),
        ("my postcode is ls6 4jt now", ["ls6 4jt"]),
        # a car plate and an ordinary code have other shapes
        ("The registration was YK19 LMZ.", []),
        ("I was on the A1 for 2 hours.", []),
    ],
)
def test_uk_postcode_alone(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(AddressRecognizer("en"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The postcode is L S six, four J T, up near the park.", ["L S six, four J T"]),
        ("my postcode is m one four b t", ["m one four b t"]),
        ("the postcode's b s one, one double e", ["b s one, one double e"]),
        # "postcode" without one after it, and letters that never make a postcode
        ("The postcode is a bit of a mess.", []),
        ("The postcode was in the letter I think.", []),
        # session 27: the whole postcode without the word, opening with a postcode area
        ("it's k y one, two s r if you're putting it in the sat nav", ["k y one, two s r"]),
        ("Put in P H seven, three D B and you'll find us.", ["P H seven, three D B"]),
        ("we did a b c one two three at school", []),  # "AB" is an area, but no postcode
        ("plan b, one two three, go", []),
    ],
)
def test_spoken_uk_postcode(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenAddressRecognizer("en"), text)] == found


def test_nhs_number_with_context_even_when_the_check_fails() -> None:
    rec = ForeignNationalIdRecognizer("en")
    assert spans(rec, "My NHS number is 485 777 3210.") == [("NATIONAL_ID", "485 777 3210")]
    # the same digits without "NHS" are left to the phone recognizer
    assert spans(rec, "Call 485 777 3210 after six.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeg spilte på Ullern IF da jeg var liten.", ["Ullern IF"]),
        ("Broren min spilte for Heimdal BK i mange år.", ["Heimdal BK"]),
        ("Jeg gikk på Voss vidaregåande skule i tre år.", ["Voss vidaregåande skule"]),
        ("I played for Clitheroe Town FC until I was sixteen.", ["Clitheroe Town FC"]),
        ("I trained at Fitzroy Lodge ABC as a boy.", ["Fitzroy Lodge ABC"]),
        ("He went to St Anne's primary round the corner.", ["St Anne's primary"]),
        # no name before the kind word
        ("My primary school was rubbish.", []),
        ("Jeg gikk på skulen i bygda.", []),
    ],
)
def test_clubs_and_schools(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(InstitutionGazetteerRecognizer("nb"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I stacked shelves at Morrisons for a couple of years.", ["Morrisons"]),
        ("my partner works nights at the tesco in stockport.", ["tesco"]),
        ("Hun jobba på Narvesen på stasjonen.", ["Narvesen"]),
        ("Jeg hadde sommerjobb på Elkjøp i to år.", ["Elkjøp"]),
        ("He worked at Nissan in Sunderland.", ["Nissan"]),
        ("She drove a little red Nissan Micra.", []),
        # a chain where nobody works is a brand
        ("I had a Greggs sausage roll every day.", []),
        ("I got a meal deal from Tesco most days.", []),
        ("Vi handla på Elkjøp før jul.", []),
        # the work word belongs to another clause
        ("I worked nights. Then we went to Tesco.", []),
    ],
)
def test_chains_only_as_employers(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(EmployerGazetteerRecognizer("en"), text)] == found


def test_detector_employer_beats_the_brand_filter(en: Detector) -> None:
    assert _replaced(en, "She worked at Asda on the tills.") == [("ORGANIZATION", "Asda")]
    assert _replaced(en, "My brother got a job at Costa after college.") == [
        ("ORGANIZATION", "Costa")
    ]
    assert _replaced(en, "I had a Greggs sausage roll every day.") == []
    assert ("ORGANIZATION", "Nissan") in _replaced(en, "He worked at Nissan in Sunderland.")


def test_detector_cars_and_medicine_lists_are_not_entities(en: Detector, nb: Detector) -> None:
    assert _replaced(en, "She drove a little red Nissan Micra.") == []
    assert _replaced(nb, "Jeg gikk på Vival og Sobril i lange perioder.") == []
    assert _replaced(nb, "Vi kjørte en gammel Volvo hele oppveksten.") == []
    # a surname that is also a car make stays a name
    assert ("PERSON", "Ford") in _replaced(en, "Dr Ford saw me on Monday.")
    # a name next to a non-entity keeps the span
    assert _replaced(nb, "Jeg fikk Sobril av Ingrid Solheim.") == [("PERSON", "Ingrid Solheim")]


def test_detector_dates_ages_counts_doses(en: Detector, nb: Detector) -> None:
    assert _replaced(en, "I was born on the 3rd of June 1990.") == [
        ("DATE", "the 3rd of June 1990")
    ]
    assert _replaced(nb, "Hun er født 3. juni -90.") == [("DATE", "3. juni -90")]
    # an age, a count and a dose are not identifiers
    assert _replaced(en, "He's forty-five now and he's got three kids.") == []
    assert _replaced(en, "I take fifty milligrams twice a day, sometimes one hundred.") == []
    assert _replaced(nb, "Han er førtifem og har tre barn.") == []


def test_detector_multi_word_non_entities_cover_their_words(en: Detector, nb: Detector) -> None:
    # a make that is also a place or surname, with its model, is one product
    assert _replaced(en, "He always wanted a Toyota Yaris like his sister's.") == []
    assert _replaced(nb, "Han hadde en rusten Toyota Corolla.") == []
    assert _replaced(en, "It was Christmas Eve when they sectioned me.") == []
    # the same words alone stay names and places
    assert _replaced(en, "My sister Eve came at Christmas.") == [("PERSON", "Eve")]
    assert _replaced(en, "I lived in Vauxhall for years.") == [("LOCATION", "Vauxhall")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeg er født tredje i sjette åttifem.", ["tredje i sjette åttifem"]),
        ("Han er født tjuende i tolvte nittifire.", ["tjuende i tolvte nittifire"]),
        ("Hun er født 3. i 6. 1985.", ["3. i 6. 1985"]),
        # an ordinal "i" an ordinal without a year is a school class, not a date
        ("Hun kom i tredje i sjette klasse.", []),
        ("Det var den andre i andre gangen.", []),
    ],
)
def test_spoken_dates_with_the_month_as_an_ordinal(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("nb"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeg heter Siv, S I V.", ["S I V"]),
        ("Etternavnet er Berg, b-e-r-g.", ["b-e-r-g"]),
        ("It's spelt K. E. M. P.", ["K. E. M. P"]),
        # spaced letters that spell nothing said before and follow no spelling cue
        ("We watched I T V all day.", []),
        ("He said a b c d loudly.", []),
    ],
)
def test_spelled_names_spaced_and_lower_case(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpelledNameRecognizer("nb"), text)] == found


def test_plate_with_every_digit_apart() -> None:
    rec = LicensePlateRecognizer("nb")
    assert ("LICENSE_PLATE", "E L 4 8 2 1 3") in spans(rec, "Skiltnummeret var E L 4 8 2 1 3.")
    # two capitals and a short number are no plate
    assert spans(rec, "Vi var I A 1 2 3 ganger.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I was born on March the twelfth, nineteen eighty-five.", [
            "March the twelfth, nineteen eighty-five"]),
        ("My mum's birthday is on the fifth of November.", ["the fifth of November"]),
        ("Bursdagen til mamma er femte november.", ["femte november"]),
        # a day and month without a year and without a birth word: no date
        ("The appointment was on the fourth of May, a Tuesday.", []),
        ("Timen var fjerde mai, en tirsdag.", []),
        ("May the fourth be with you.", []),
    ],
)  # fmt: skip
def test_spoken_dates_month_first_and_birthdays(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(SpokenDateRecognizer("en"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Date of birth twelve oh three eighty-five.", [("DATE", "twelve oh three eighty-five")]),
        ("Fødselsdatoen min er null tre null seks åttifem.", [
            ("DATE", "null tre null seks åttifem")]),
        # the same digits without a birth word are no date: after a phone word a phone number
        # said short (session 20), and shown as a NUMBER flag as well
        ("My number is one two oh three eight five.", [
            ("NUMBER", "one two oh three eight five"), ("PHONE", "one two oh three eight five")]),
        ("The code was one two oh three eight five.", [("NUMBER", "one two oh three eight five")]),
        # not a real date (month 13): not a date of birth
        ("Date of birth twelve thirteen eighty-five.", [("NUMBER", "twelve thirteen eighty-five")]),
    ],
)  # fmt: skip
def test_date_of_birth_said_as_digits(text: str, found: list[tuple[str, str]]) -> None:
    assert spans(SpokenNumberRecognizer("nb"), text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("My national insurance number is Q Q one two, three four, five six C.", [
            "Q Q one two, three four, five six C"]),
        ("It's J K twelve, thirty-four, fifty-six A.", ["J K twelve, thirty-four, fifty-six A"]),
        ("My national insurance number is QQ 12 34 56 C.", ["QQ 12 34 56 C"]),
        # a prefix HMRC never issues, and too few digits
        ("It was D F one two three four five six A.", []),
        ("I got A B one two three marks, C.", []),
    ],
)  # fmt: skip
def test_national_insurance_said_aloud(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(UkNationalInsuranceRecognizer("en"), text)] == found


def test_detector_recall2_list_additions(en: Detector, nb: Detector) -> None:
    assert _replaced(nb, "Jeg fikk Abilify og senere Rispolept.") == []
    assert _replaced(nb, "Legen ga meg Lergigan for søvnen.") == []
    assert _replaced(en, "He drank Red Bull all day long.") == []
    assert _replaced(en, "I went to Alcoholics Anonymous twice a week.") == []
    # a club someone played for stays an organisation
    assert _replaced(en, "I played for Bamber Bridge FC as a boy.") == [
        ("ORGANIZATION", "Bamber Bridge FC")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They took me to Royal Oldham General first.", ["Royal Oldham General"]),
        ("I spent a month at Cygnet Sheffield after that.", ["Cygnet Sheffield"]),
        ("My son goes to Castleford High now.", ["Castleford High"]),
        ("He played rugby league for Featherstone Rovers.", ["Featherstone Rovers"]),
        # a title, a film, a street, and "played for" without a name
        ("The Attorney General was on the news again.", []),
        ("Sky High was my favourite film as a kid.", []),
        ("We lived at the top of Castleford High Street.", []),
        ("We played for hours.", []),
    ],
)
def test_general_hospitals_groups_high_schools_teams(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(InstitutionGazetteerRecognizer("en"), text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I volunteered at Mencap for a year.", ["Mencap"]),
        ("I worked at Mind in Leeds.", ["Mind"]),
        # a charity name that is also a word: with an article it is the word
        ("I worked at a shelter for a while.", []),
        ("i worked at the shelter for a while.", []),
        # orgids: in a lower-case line, right after "at" with no article, it is the charity
        ("i volunteered at mind in leeds.", ["mind"]),
    ],
)
def test_charities_in_a_work_context(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(EmployerGazetteerRecognizer("en"), text)] == found


# orgids: a brand that is also a word counts in a lower-case line after a workplace slot;
# work experience ("praksis", "work placement") is a work context.
@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("nb", "jeg hadde sommerjobb på spar på hjørnet", ["spar"]),
        ("nb", "Hun var utplassert på Europris i et halvår.", ["Europris"]),
        ("en", "i did my work experience at boots in town", ["boots"]),
        ("en", "i volunteered at mind for two years", ["mind"]),
        ("en", "i worked with sense and patience", []),
        ("en", "I worked in boots all winter, walking the hills.", []),
    ],
)
def test_brands_in_lower_case_work_slots(lang: str, text: str, found: list[str]) -> None:
    assert [t for _, t in spans(EmployerGazetteerRecognizer(lang), text)] == found


# orgids: a charity or housing association named as the service that supports someone.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Centrepoint found me a room when I was sixteen.", ["Centrepoint"]),
        ("We were rehoused by Peabody after the fire.", ["Peabody"]),
        ("The St Mungo's outreach team found him by the station.", ["St Mungo's"]),
        ("I got a sofa from the Emmaus shop.", []),  # a shop names no one
        ("The landlord was fine about it.", []),
    ],
)
def test_charities_that_support_someone(text: str, found: list[str]) -> None:
    assert [t for _, t in spans(EmployerGazetteerRecognizer("en"), text)] == found


def test_old_norwegian_counting() -> None:
    from anonkit.anonymize.numberwords import word_value

    assert word_value("femogtretti") == 35
    assert word_value("enogtyve") == 21
    assert word_value("niogførti") == 49
    # "og" inside other words is no number
    assert word_value("togtretti") is None
    assert word_value("nullogti") is None
    rec = SpokenNumberRecognizer("nb")
    said = "pluss førtisju, femogtretti, åttito, enogtyve, femti"
    assert ("PHONE", said) in spans(rec, f"Telefonen til pappa er {said}.")
    # an age said the old way is no number run
    assert spans(rec, "Han er femogførti år og bor alene.") == []
