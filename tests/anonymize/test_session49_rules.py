"""Session 49's detector rules on invented lines (blind39 and its lower-cased copy as
development material): each row of a family that is now caught, and the everyday lines beside
it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _shown(detector: Detector, line: str) -> dict[str, str]:
    """Every span the detector reports, replaced or flagged, with its action."""
    return {d.text: d.action for d in detector.detect(line)}


# -- "punkt" is a spoken dot --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "E-posten min er eldbjørg punkt vik krøllalfa online punkt no.",
            "eldbjørg punkt vik krøllalfa online punkt no",
        ),
        ("skriv til torgrim krøllalfa gmail punkt com", "torgrim krøllalfa gmail punkt com"),
        ("Gå inn på www punkt vikfoto punkt no, der ligg bileta.", "www punkt vikfoto punkt no"),
    ],
)
def test_an_address_said_with_punkt_is_caught(
    detectors: dict[str, Detector], line: str, address: str
) -> None:
    assert _spans(detectors["nb"], line).get(address) in ("EMAIL", "URL")


@pytest.mark.parametrize(
    "line",
    [
        "Det er et punkt på lista, punkt to er verre.",
        "Hun fikk tre punkt fem i snitt på eksamen.",
        "på et punkt sa han at alfa og omega er søvn",
    ],
)
def test_punkt_in_everyday_talk_is_no_address(detectors: dict[str, Detector], line: str) -> None:
    assert not any(t in ("EMAIL", "URL") for t in _spans(detectors["nb"], line).values())


# -- A 24-hour unit named by a word; a works named by its place --------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Eg var innlagd tre veker på døgnpost Kornvik i 2020.", "døgnpost Kornvik"),
        ("Han låg på døgnenhet Lia ei stund.", "døgnenhet Lia"),
        ("Mannen min har jobba på Sagvollen bruk sidan 2011.", "Sagvollen bruk"),
        ("Far jobba på Brekkeli sagbruk heile livet.", "Brekkeli sagbruk"),
    ],
)
def test_a_unit_or_works_with_its_name_is_one_organisation(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "Mye bruk av rusmidler gjorde det verre.",
        "Riktig bruk av medisinen er viktig.",
        "Vi tok det nye systemet i bruk i fjor.",
    ],
)
def test_use_is_no_works(detectors: dict[str, Detector], line: str) -> None:
    assert "ORGANIZATION" not in _spans(detectors["nb"], line).values()


# -- A name written with its glottal stop --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ta'alolo was my coach, he said go and get help.", "Ta'alolo"),
        ("Sa'imoa rang me the night before.", "Sa'imoa"),
    ],
)
def test_a_name_with_an_apostrophe_is_a_subject(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize("line", ["Y'all were great to me.", "Ma'am said no, not today."])
def test_apostrophe_words_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "PERSON" not in _spans(detectors["en"], line).values()


# -- A short or closed word with a capital after a preposition of place -------------------------


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Vi flytta til Nå då eg var sju, det er ei lita bygd.", "Nå"),
        ("Vi hadde eit småbruk på Re, med høner og to griser.", "Re"),
    ],
)
def test_a_capitalised_short_word_after_a_place_preposition_is_shown(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word in _shown(detectors["nb"], line)


def test_a_capitalised_closed_word_elsewhere_stays_unshown(
    detectors: dict[str, Detector],
) -> None:
    assert "Fordi" not in _shown(detectors["nb"], "Han sa bare Fordi, og gikk.")


# -- Lower-case lines: more kind words after a name word ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        (
            "nb",
            "etterpå fekk eg oppfølging på brattvoll legekontor ein gong i veka",
            "brattvoll legekontor",
        ),
        ("nb", "han har jobba på sagvollen bruk sidan 2011", "sagvollen bruk"),
        (
            "en",
            "i worked cleaning at parva farm vineyard and then in the café",
            "parva farm vineyard",
        ),
        ("en", "we stayed two nights at the skelwith hotel in the end", "skelwith hotel"),
    ],
)
def test_a_lower_case_name_word_before_a_kind_is_one_organisation(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "mye bruk av rusmidler gjorde det verre"),
        ("nb", "det var feil bruk av medisinen"),
        ("en", "we stayed in a cheap hotel by the station"),
        ("en", "my brother was in the marine corps for a bit"),
    ],
)
def test_kind_words_after_everyday_words_stay_words(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert "ORGANIZATION" not in _spans(detectors[lang], line).values()


# -- First names that are also words, in a name's slot -------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("my husband con dineen fished out of there for thirty years", "con dineen"),
        ("she lives in the village now with her husband euros, and they drive me down", "euros"),
    ],
)
def test_a_word_name_in_a_name_slot_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "we walked along the piers at the seafront",
        "it was a con, the whole thing, from start to finish",
        "prices in euros went up after that",
        "it was a bright morning when they let me out",
    ],
)
def test_the_same_words_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "PERSON" not in _spans(detectors["en"], line).values()


# -- A club's letters after any word; words and sayings the lists now hold -----------------------


def test_a_lower_case_club_is_named_by_any_word_before_its_letters(
    detectors: dict[str, Detector],
) -> None:
    line = "det lokale laget, sundet il, har eit tilbod for folk som meg"
    assert _spans(detectors["nb"], line).get("sundet il") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Legen sa det var PTSD, og eg fekk Prazosin mot marerittane.", "Prazosin"),
        ("nb", "Ringjer du, er det best etter klokka fire.", "Ringjer"),
        ("nb", "Liv og helse var det einaste mor brydde seg om.", "Liv"),
        ("nb", "Eg drakk Munkholm på julebordet for å ikkje vere annleis.", "Munkholm"),
        ("en", "Goodness knows how she put up with me, honestly.", "Goodness"),
        ("en", "she is six now and she talks like a proper cumbrian", "cumbrian"),
    ],
)
def test_listed_words_and_sayings_are_not_replaced(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "Liv kom på besøk i går, ho hadde med kake.", "Liv"),
        ("en", "Goodness was my carer, she came every day.", "Goodness"),
    ],
)
def test_the_names_in_those_sayings_are_still_names(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


# -- A compound hill, lake or point below or along which something lies ------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("men sjølve huset ligg under kvassberget", "kvassberget"),
        ("hytta står nedanfor svartfjellet, heilt åleine", "svartfjellet"),
    ],
)
def test_a_compound_place_after_under_or_below_is_a_place(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "LOCATION"


@pytest.mark.parametrize(
    "line", ["det var under kveldsmaten at han ringte", "vi satt under solseilet heile dagen"]
)
def test_everyday_compounds_after_under_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "LOCATION" not in _spans(detectors["nb"], line).values()


# -- A National Insurance number spelled in the NATO alphabet ------------------------------------


@pytest.mark.parametrize(
    ("line", "number"),
    [
        (
            "My National Insurance is whiskey juliet, eight three, five two, one seven, charlie.",
            "whiskey juliet, eight three, five two, one seven, charlie",
        ),
        (
            "my national insurance number is sierra tango one two three four five six alpha",
            "sierra tango one two three four five six alpha",
        ),
    ],
)
def test_a_national_insurance_number_in_the_nato_alphabet(
    detectors: dict[str, Detector], line: str, number: str
) -> None:
    assert _spans(detectors["en"], line).get(number) == "NATIONAL_ID"


def test_the_scheme_before_the_number_is_no_organisation(detectors: dict[str, Detector]) -> None:
    line = "My National Insurance is W J, eight three, five two, one seven, C, I always spell it."
    assert "ORGANIZATION" not in _spans(detectors["en"], line).values()


def test_nato_words_without_the_cue_are_no_number(detectors: dict[str, Detector]) -> None:
    line = "we stayed at the hotel by the golf course, charlie and me, for two nights"
    assert "NATIONAL_ID" not in _spans(detectors["en"], line).values()


# -- Hospitals abroad that say their kind first; a relative by age set off by commas ----------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("I Moroni låg eg på Hôpital El-Maarouf med malaria i to veker.", "Hôpital El-Maarouf"),
        ("Mor låg på Ospedale San Raffaele i Milano ei veke.", "Ospedale San Raffaele"),
    ],
)
def test_a_hospital_abroad_with_its_kind_first(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "ORGANIZATION"


def test_a_road_named_after_the_hospital_is_no_hospital(detectors: dict[str, Detector]) -> None:
    assert "ORGANIZATION" not in _spans(detectors["en"], "We lived on Hospital Road.").values()


def test_the_youngest_set_off_by_commas_is_named(detectors: dict[str, Detector]) -> None:
    line = "My youngest, Cherish, she drew me a card every day I was in hospital."
    assert _spans(detectors["en"], line).get("Cherish") == "PERSON"


def test_the_youngest_alone_is_no_name(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["en"], "My youngest is doing well at school now.") == {}


# -- A Norwegian address with a lead word and a postcode's place that is a word too ------------


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "huset vårt er i nedre feiringvei 12, 2093 feiring, det gule ved vegen.",
            "nedre feiringvei 12, 2093 feiring",
        ),
        ("Dei budde i Øvre Bakkeveg 3, 6856 Sogndal.", "Øvre Bakkeveg 3, 6856 Sogndal"),
    ],
)
def test_a_norwegian_address_whole(detectors: dict[str, Detector], line: str, address: str) -> None:
    assert _spans(detectors["nb"], line).get(address) == "ADDRESS"


def test_an_amount_after_an_address_stays_out(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["nb"], "han bodde i storgata 5, 1000 kroner kosta det")
    assert spans.get("storgata 5") == "ADDRESS"


# -- A flagged word right after a replaced name is the rest of it --------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name", "kind"),
    [
        ("nb", "Seinare flytta dei til Tbeng meanchey.", "Tbeng meanchey", "LOCATION"),
        ("nb", "Ja, Aputsiaq Lynge, en fetter, han bor i Nuuk.", "Aputsiaq Lynge", "PERSON"),
        ("en", "I'm from Gurrana brar, on the north side of the city.", "Gurrana brar", "LOCATION"),
    ],
)
def test_a_flagged_tail_joins_the_name_before_it(
    detectors: dict[str, Detector], lang: str, line: str, name: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == kind


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        ("en", "We drove to Leeds and back the same day.", "Leeds"),
        ("nb", "Vi reiste til Bergen og så heim att.", "Bergen"),
    ],
)
def test_words_after_a_place_that_join_a_sentence_stay_apart(
    detectors: dict[str, Detector], lang: str, line: str, kept: str
) -> None:
    assert _spans(detectors[lang], line).get(kept) == "LOCATION"


def test_a_verb_after_a_name_stays_outside_it(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["en"], "On Sundays Dyson hoovered the landing while we slept.")
    assert not any("hoovered" in s for s in spans)


# -- A monastery named before a hyphen; a temple that says "Wat" first --------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Vi var på Kykkos-klosteret i Troodos hver påske.", "Kykkos-klosteret"),
        ("Me gjekk i Wat Khmer kvar søndag då eg var barn.", "Wat Khmer"),
    ],
)
def test_a_monastery_or_temple_is_an_organisation(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "ORGANIZATION"


def test_what_is_no_temple(detectors: dict[str, Detector]) -> None:
    assert "ORGANIZATION" not in _spans(detectors["en"], "What Mark said was fine.").values()


# -- A flagged word right before a replaced name, and the kinship words that stay out ----------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "At Bro Morgannwg they said it was Asperger's at first.", "Bro Morgannwg"),
        (
            "nb",
            "eg gjekk på knut hamsun videregående skole, og det var der",
            "knut hamsun videregående skole",
        ),
    ],
)
def test_a_flagged_head_joins_the_name_after_it(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert name in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line", "kin", "name"),
    [
        ("en", "My bibi Jasbir, my grandmother, she covers for me.", "bibi", "Jasbir"),
        ("nb", "Sønnen min bor i Iligan med lola Neneng.", "lola", "Neneng"),
        ("en", "my apa gulnar raised me until i was twelve", "apa", "gulnar"),
    ],
)
def test_a_kinship_word_before_a_name_stays_outside_it(
    detectors: dict[str, Detector], lang: str, line: str, kin: str, name: str
) -> None:
    spans = _spans(detectors[lang], line)
    assert spans.get(name) == "PERSON"
    assert not any(kin in s.split() for s in spans)


# -- A lower-case name that splits into a two-letter word and short pieces ---------------------


def test_a_name_of_a_short_word_and_short_pieces_is_no_compound(
    detectors: dict[str, Detector],
) -> None:
    line = "sonen min, edmilson, begynte på skulen hausten etter."
    assert _spans(detectors["nb"], line).get("edmilson") == "PERSON"


def test_a_two_letter_head_and_a_word_is_still_a_compound(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "vi drakk tekoppen ut før vi gjekk") == {}


# -- A verb-only word after a preposition of place is the place's name --------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("me budde ei stund på vinnes, like ved ferjekaia.", "vinnes"),
        ("han rav fra tennes var også med i gruppa", "tennes"),
    ],
)
def test_a_verb_form_in_a_place_slot_is_a_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert place in _shown(detectors["nb"], line)


@pytest.mark.parametrize(
    "line", ["eg var der i går, det var fint", "vi sette det på vent ei stund", "ho var på besøk"]
)
def test_set_phrases_after_a_preposition_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert _shown(detectors["nb"], line) == {}


def test_a_word_name_before_was_my_corporal_is_a_person(detectors: dict[str, Detector]) -> None:
    line = "Coward was my corporal, and he was the first one I ever told."
    assert _spans(detectors["en"], line).get("Coward") == "PERSON"


def test_my_sergeant_alone_names_no_one(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["en"], "My sergeant said no, not this weekend.") == {}


# -- An identifier named by a short unknown word on a lower-case line ---------------------------


@pytest.mark.parametrize(
    ("lang", "line", "number"),
    [
        ("en", "and my san marino tax code, the coe, is 27513, if the council needs it", "27513"),
        (
            "nb",
            "skattenummeret mitt fra liechtenstein, peid, er en to åtte fire null ni tre.",
            "en to åtte fire null ni tre",
        ),
    ],
)
def test_a_lower_case_acronym_before_a_copula_names_an_identifier(
    detectors: dict[str, Detector], lang: str, line: str, number: str
) -> None:
    assert _spans(detectors[lang], line).get(number) == "NATIONAL_ID"


@pytest.mark.parametrize(
    "line",
    [
        "the bus, is it one two three four five six?",
        "she had an electric tesla, e l four two five one eight, parked outside",
    ],
)
def test_everyday_words_before_a_copula_name_no_identifier(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "NATIONAL_ID" not in _spans(detectors["en"], line).values()


# -- A place's prefix word on a lower-case line -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("aye, lower foxdale, my great-granda was a miner there", "lower foxdale"),
        ("we lived on little sark, over the causeway, for ten years", "little sark"),
    ],
)
def test_a_prefixed_place_is_one_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "place"),
    [("the little leeds we knew is gone", "leeds"), ("a great grimsby pub", "grimsby")],
)
def test_an_adjective_after_an_article_stays_outside_the_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


# -- A business named by one noun on a lower-case line is shown ----------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("we run the greyhound hotel in shap, my husband and me", "greyhound hotel"),
        ("after that i had a job at the shed distillery, bottling the gin", "shed distillery"),
    ],
)
def test_a_noun_named_business_is_flagged(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _shown(detectors["en"], line).get(name) == "flag"


def test_a_described_business_is_not_shown(detectors: dict[str, Detector]) -> None:
    assert _shown(detectors["en"], "we stayed at the old hotel by the sea for a week") == {}


def test_a_preposition_after_a_named_hotel_stays_outside(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["en"], "We run the Greyhound Hotel in Shap.")
    assert not any(s.endswith(" in") for s in spans)


def test_a_nynorsk_definite_role_after_ho_is_no_name(detectors: dict[str, Detector]) -> None:
    line = "det var ho sjukepleiaren som kom heim til meg"
    assert "sjukepleiaren" not in _spans(detectors["nb"], line)


def test_a_name_after_ho_in_a_cleft_is_still_a_name(detectors: dict[str, Detector]) -> None:
    line = "det var ho kolfinna som høyrde på meg"
    assert _spans(detectors["nb"], line).get("kolfinna") == "PERSON"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Participant: I talked to Solveig Aasen about it, and she said no.", "Solveig Aasen"),
        ("Vi bodde i Oslo anyway, så det gjekk fint.", "Oslo"),
    ],
)
def test_a_word_of_the_other_language_stays_outside_a_name(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    # an English word in a line read as Norwegian is a rare word there, never a name's end
    assert name in _spans(detectors["nb"], line)
