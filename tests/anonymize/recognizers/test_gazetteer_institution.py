"""Institution gazetteer: hospitals, DPS, clinics and wards as ORGANIZATION."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.places import (
    health_institution_names,
    health_institutions,
    organizations,
)
from anonkit.anonymize.recognizers.gazetteer_institution import (
    AdjectiveInstitutionRecognizer,
    InstitutionGazetteerRecognizer,
)


@pytest.fixture(scope="module")
def rec() -> InstitutionGazetteerRecognizer:
    return InstitutionGazetteerRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Han var på Haukeland", ["Haukeland"]),
        ("Han var på Haukeland sykehus i fjor", ["Haukeland sykehus"]),
        ("innlagt på St. Olavs hospital i Trondheim", ["St. Olavs hospital"]),
        ("innlagt på St. Olavs Hospital", ["St. Olavs Hospital"]),
        ("Han var på Ahus", ["Ahus"]),
        ("på UNN i Tromsø", ["UNN"]),
        ("Jeg gikk til Lovisenberg DPS", ["Lovisenberg DPS"]),
        ("Hun var på Kleppestø DPS", ["Kleppestø DPS"]),  # pattern, not in the list
        ("Hun var på DPS Nidaros", ["DPS Nidaros"]),
        ("Sykehuset Telemark", ["Sykehuset Telemark"]),
        ("bodde på Solvang sykehjem", ["Solvang sykehjem"]),
        ("Vi var på post 3B", ["post 3B"]),
        ("flyttet til sengepost 2", ["sengepost 2"]),
        # session 26: a section or unit by number where someone works or stays
        ("Hun var sykepleier på seksjon 4", ["seksjon 4"]),
        ("jeg ble flytta til enhet tre", ["enhet tre"]),
        ("Det står i seksjon 4 i boka", []),  # a book's section: no "på"/"til"/"fra"
        ("Avdeling for psykisk helse var full", ["Avdeling for psykisk helse"]),
        ("Avdeling for rus og avhengighet", ["Avdeling for rus og avhengighet"]),
        ("Ward 7 was busy", ["Ward 7"]),
        # session 20: NHS teams by area, prisons by prefix, named units and wards
        ("I was under the Ashfield and Mansfield CMHT then", ["Ashfield and Mansfield CMHT"]),
        ("Bolton CAMHS saw him", ["Bolton CAMHS"]),
        ("He did two years in HMP Altcourse", ["HMP Altcourse"]),
        ("she was at HMYOI Polmont", ["HMYOI Polmont"]),
        ("the Rainbow Mother and Baby Unit took us", ["Rainbow Mother and Baby Unit"]),
        ("Jeg lå på avdeling Furulund i fire uker", ["avdeling Furulund"]),
        ("Hun jobbet på avdelingen Sjøsiden", ["avdelingen Sjøsiden"]),
        ("the psychiatric ward at Ullevål", ["Ullevål"]),
        ("She was at Riverside Hospital", ["Riverside Hospital"]),
        ("I was sectioned at the Maudsley", ["Maudsley"]),
        ("she went to Guy's in London", ["Guy's"]),
        ("innlagt på Mo i Rana sykehus", ["Mo i Rana sykehus"]),
        ("De flyttet meg fra akuttposten til post 3B", ["akuttposten", "post 3B"]),
        # employers, schools, municipalities (curated list and patterns)
        # a chain is an employer only in a work context: recognizers/employers.py (recall2)
        ("Jeg jobbet på Rema 1000 på Lillehammer", []),
        ("Jeg jobbet på Equinor på Lillehammer", ["Equinor"]),
        ("My manager at Telenor, Sunniva", ["Telenor"]),
        ("Seinere studerte jeg på OsloMet.", ["OsloMet"]),
        ("Jeg jobbet i Posten i ti år", ["Posten"]),
        ("Hun gikk på Sagene skole", ["Sagene skole"]),
        ("Jeg jobber i Oslo kommune", ["Oslo kommune"]),
        ("She studied at the University of Leeds", ["University of Leeds"]),
        ("He went to Kingsway Primary School", ["Kingsway Primary School"]),
        ("Han satt på Ila fengsel", ["Ila fengsel"]),
        ("I Tromsø sykehus var det fullt", ["Tromsø sykehus"]),  # leading "I" trimmed
        ("I found Fjordklinikken through a friend.", ["Fjordklinikken"]),
        ("Fjordklinikken var bra", ["Fjordklinikken"]),
        ("innlagt på Tromsøsykehuset", ["Tromsøsykehuset"]),
        # not institutions
        ("Posten kom sent", []),  # the post, sentence-initial
        ("Sykehuset var fullt", []),
        ("Hvilken skole gikk du på?", []),  # session 26: a question word, not a name
        ("Eg vart flytta til skjermingsposten.", ["skjermingsposten"]),  # a ward compound
        ("Hun var på Sykehjemmet", []),  # capitalized common noun
        ("The University was closed", []),
        ("Det sykehuset var fint", []),
        ("The hospital was fine", []),
        ("Jeg var hos NAV", []),
        ("Han fikk post fra banken", []),
        # nb22: a sentence-initial preposition before a kind word is no name, the name after
        # it still is
        ("Etter skolen begynte jeg på Fagerlia skole", ["Fagerlia skole"]),
        ("Før barnehagen var hun hjemme", []),
        ("After School we went to Kingsway Primary School", ["Kingsway Primary School"]),
    ],
)
def test_text_spans(rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "ORGANIZATION" for t, _s in found)


def test_generic_ward_word_scores_below_named_wards(rec: InstitutionGazetteerRecognizer) -> None:
    (generic,) = rec.analyze("akuttposten var full", None, None)
    (named,) = rec.analyze("post 3 var full", None, None)
    assert 0.5 <= generic.score < named.score


def test_list_has_major_hospitals() -> None:
    names = health_institution_names()
    assert {"Haukeland", "Ullevål", "Rikshospitalet", "St. Olavs hospital", "UNN"} <= names
    # Kinds must be ones the pseudonymizer has placeholder labels for.
    assert {i.kind for i in health_institutions()} <= {
        "hospital",
        "dps",
        "clinic",
        "nursing_home",
        "ward",
    }
    assert {"Equinor", "OsloMet", "Rema 1000"} <= {o.name for o in organizations()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcnb23: the large Norwegian humanitarian organisations, as Røde Kors and Kirkens
        # Bymisjon already were
        ("Norsk Folkehjelp hadde ei besøkstjeneste", ["Norsk Folkehjelp"]),
        ("Han jobba for Kirkens Nødhjelp i Malawi", ["Kirkens Nødhjelp"]),
        ("Hun var hos Flyktninghjelpen i to år", ["Flyktninghjelpen"]),
        ("Ho var frivillig hos Sanitetskvinnene", ["Sanitetskvinnene"]),
        # not the words alone
        ("Det var en norsk organisasjon", []),
    ],
)
def test_humanitarian_organisations(
    rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcnb23: the accredited university colleges besides the universities (HK-dir's list)
        ("Hun studerte på Dronning Mauds Minne Høgskole", ["Dronning Mauds Minne Høgskole"]),
        ("Jeg gikk på Sámi allaskuvla i Kautokeino", ["Sámi allaskuvla"]),
        ("Han tok bachelor ved Høgskulen i Volda", ["Høgskulen i Volda"]),
        # not a queen's name alone
        ("Dronning Maud var født i London", []),
    ],
)
def test_university_colleges(
    rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nb24: compound heads of institutions a person lives or is treated at: reception
        # centres (UDI: "X asylmottak", "X transittmottak") and parks of health or research
        ("Vi bodde et år på Fjellvik asylmottak.", ["Fjellvik asylmottak"]),
        ("Han ble flyttet til Hvalø transittmottak", ["Hvalø transittmottak"]),
        ("Hun jobber på Sandvika forskningspark nå", ["Sandvika forskningspark"]),
        # the words alone are no name
        ("Det asylmottaket var stort", []),
        ("Vi fikk et godt mottak der", []),
        ("Barna lekte i parken hele dagen", []),
    ],
)
def test_reception_centres_and_parks(
    rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nb24: a nationality adjective written with a capital inside a sentence before a
        # kind is the institution's name (Norwegian writes adjectives in lower case)
        ("Hun gikk tre år på Samisk videregående skole", ["Samisk videregående skole"]),
        ("Sønnen vår går på Tysk skole i byen", ["Tysk skole"]),
        ("Han lå en uke på Russisk sykehus i Murmansk", ["Russisk sykehus"]),
        # first in the sentence, in lower case, or with no kind after it: the adjective
        ("Samisk skole er viktig for oss", []),
        ("Hun gikk på samisk skole", []),
        ("Jeg snakket Samisk på skolen", []),
        ("Han snakket Norsk skole-norsk hele tida", []),
    ],
)
def test_capitalised_nationality_before_a_kind(text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(AdjectiveInstitutionRecognizer("nb"), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nb24: the team someone played for, said in Norwegian with capitals (as "played
        # rugby for Featherstone Rovers" in English)
        ("Han spilte håndball for Fyllingsdal til han var tjue.", ["Fyllingsdal"]),
        ("Eg spelte fotball for Kvernviks Ballklubb i mange år", ["Kvernviks Ballklubb"]),
        ("Hun spiller for Tertnesvik nå", ["Tertnesvik"]),
        # what one plays for otherwise: a non-entity, a pronoun, a word
        ("De spilte for Kongen på slottet", []),
        ("Hun spilte for meg hver kveld", []),
        ("Han spilte for moro skyld", []),
    ],
)
def test_norwegian_team_played_for(
    rec: InstitutionGazetteerRecognizer, text: str, expected: list[str]
) -> None:
    assert [s for _t, s in spans(rec, text)] == expected
