"""Session 33's detector rules on invented lines (blind23 and the lower-cased development sets
as development material, benchmarks/names_stress.py): each row of a family that is now caught,
and the everyday lines beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.folded_places import folded_place


def _flagged(detector: Detector, text: str) -> set[str]:
    return {d.text for d in detector.detect(text) if d.action == "flag"}


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("rjukkan", "Rjukan"),
        ("brumunndal", "Brumunddal"),
        ("tynnset", "Tynset"),
        ("sogndall", "Sogndal"),
        ("ringebuu", "Ringebu"),
        ("Tromso", "Tromsø"),
    ],
)
def test_asr_doubled_or_dropped_letters_fold_to_the_listed_place(word: str, place: str) -> None:
    assert folded_place(word) == place


@pytest.mark.parametrize("word", ["moors", "bells", "hills", "oss", "moor", "Rjukan"])
def test_everyday_words_plurals_and_listed_places_fold_to_nothing(word: str) -> None:
    assert folded_place(word) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("rjukkan var fint om sommeren", "rjukkan"),
        ("Tynnset, det var der jeg vokste opp", "Tynnset"),
        ("mellom sogndall og stryyn", "sogndall"),
    ],
)
def test_a_respelt_norwegian_place_is_replaced_as_a_place(
    detectors: dict[str, Detector], text: str, place: str
) -> None:
    assert _spans(detectors["nb"], text).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("she works at the L and D now", "L and D"),
        ("he got me a place at d and a, doing joinery", "d and a"),
        ("my sister works at m & s", "m & s"),
    ],
)
def test_letters_joined_by_and_after_at_the_are_shown(
    detectors: dict[str, Detector], text: str, pair: str
) -> None:
    # flagged by the letter-pair rule, or replaced when the model already takes it ("m & s")
    assert pair in _flagged(detectors["en"], text) | set(_spans(detectors["en"], text))


@pytest.mark.parametrize(
    "text",
    [
        "i went to a and e that night",
        "we stayed at a b and b",
        "in the end it was fine",
        "the one in the middle",
        "he had an r and r week",
    ],
)
def test_generic_letter_pairs_and_words_are_not_flagged(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not any(" and " in f or "&" in f for f in _flagged(detectors["en"], text))
    assert not _spans(detectors["en"], text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i used to walk up cold fell every morning", "cold fell"),
        ("out on black moor with the dog", "black moor"),
        ("we climbed up long crag on a sunday", "long crag"),
    ],
)
def test_a_fell_or_moor_named_by_an_everyday_word(
    detectors: dict[str, Detector], text: str, place: str
) -> None:
    assert _spans(detectors["en"], text).get(place) == "LOCATION"


@pytest.mark.parametrize(
    "text",
    [
        "i got up and fell over",
        "we went up the fell",
        "she stood up, fell asleep in the chair",
        "I used to walk up Cold Fell",  # a line with capitals: the model's job
    ],
)
def test_falling_and_the_fell_are_no_places(detectors: dict[str, Detector], text: str) -> None:
    found = _spans(detectors["en"], text)
    assert not any(" fell" in span.lower() and span.islower() for span in found)
    assert "fell" not in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("she drove me to the east riding community hospital every tuesday",
         "east riding community hospital"),
        ("they moved him to west cumberland general hospital", "west cumberland general hospital"),
    ],
)  # fmt: skip
def test_a_hospital_named_by_its_area(
    detectors: dict[str, Detector], text: str, org: str
) -> None:
    assert _spans(detectors["en"], text).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text",
    [
        "the local community hospital shut last year",
        "she was in the general hospital for a week",
        "a new district hospital opened",
    ],
)
def test_generic_hospitals_name_nothing(detectors: dict[str, Detector], text: str) -> None:
    assert not _spans(detectors["en"], text)


def test_a_welsh_college_named_by_its_county(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "our manon goes to coleg sir gar now, she wants to nurse")
    assert found.get("coleg sir gar") == "ORGANIZATION"
    assert found.get("manon") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wor trace never says owt but she came", "trace"),
        ("wor kelly never came to see us", "kelly"),
        ("dr wild was the registrar, very young", "wild"),
        ("mrs long from next door came round", "long"),
        ("our biscuit said she would come", "biscuit"),
        ("our biscuit rang me last night", "biscuit"),
    ],
)
def test_a_name_after_dialect_kinship_or_a_title(
    detectors: dict[str, Detector], text: str, name: str
) -> None:
    found = _spans(detectors["en"], text)
    assert found.get(name) == "PERSON"
    assert not any(span.startswith(("wor ", "our ")) for span in found)


@pytest.mark.parametrize(
    "text",
    [
        "the dr just said no",
        "our kid said no",
        "our house was cold",
        "our dog knew",
        "our lass rang",
        "Nowt really, just the tablets",
        "she is a lassie called rhoda",
    ],
)
def test_words_after_titles_and_our_that_are_no_names(
    detectors: dict[str, Detector], text: str
) -> None:
    found = _spans(detectors["en"], text)
    assert not any(t == "PERSON" and n not in ("rhoda",) for n, t in found.items())


def test_our_one_who_was_there_is_flagged(detectors: dict[str, Detector]) -> None:
    assert "biscuit" in _flagged(detectors["en"], "our biscuit was there as well.")
    assert not _flagged(detectors["en"], "our mam was there as well.")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("the pentecostal church in moseley, kingdom harvest chapel, they were good to me.",
         "kingdom harvest chapel"),
        ("we go to living waters fellowship on sundays", "living waters fellowship"),
    ],
)  # fmt: skip
def test_a_congregation_named_by_everyday_words_is_flagged(
    detectors: dict[str, Detector], text: str, flag: str
) -> None:
    assert flag in _flagged(detectors["en"], text)


@pytest.mark.parametrize(
    "text",
    ["the methodist chapel closed", "she was laid out in the chapel of rest"],
)
def test_denominations_and_rest_are_no_congregation_names(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not any("chapel" in f for f in _flagged(detectors["en"], text))


def test_the_church_in_a_town_is_no_place(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "the church in moseley was good")
    assert "church" not in found
    assert found.get("moseley") == "LOCATION"


def test_a_listed_two_word_place_is_replaced_whole(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "the old lad was from drayton, not market drayton.")
    assert found.get("market drayton") == "LOCATION"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Då var det Hallingdal lokalmedisinske senter som tok imot meg",
         "Hallingdal lokalmedisinske senter"),
        ("so hamna eg på Valdres sjukestugu", "Valdres sjukestugu"),
        ("æ har vært på universitetssykehuset i tromsø to gonga, på akutten.",
         "universitetssykehuset i tromsø"),
    ],
)  # fmt: skip
def test_norwegian_kinds_and_named_hospitals(
    detectors: dict[str, Detector], text: str, org: str
) -> None:
    assert _spans(detectors["nb"], text).get(org) == "ORGANIZATION"


def test_the_towns_hospital_keeps_the_place_alone(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "jeg lå på sykehuset i tromsø") == {"tromsø": "LOCATION"}


def test_a_count_after_a_place_stays_outside_its_span(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "jeg har vært i tromsø to gonga") == {"tromsø": "LOCATION"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hun kalles Spretten av alle på jobben.", "Spretten"),
        ("hun kalles spretten av alle", "spretten"),
        ("Sykepleier Pinnen var veldig grei.", "Pinnen"),
        ("Jeg snakka med lege Ugla på telefonen.", "Ugla"),
        ("vi var hos onkel snuppa i jula.", "snuppa"),
    ],
)
def test_norwegian_names_after_naming_verbs_roles_and_kin(
    detectors: dict[str, Detector], text: str, name: str
) -> None:
    assert _spans(detectors["nb"], text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "vi var i sopot hos farmor hver sommer, og der snakka alle polsk",
        "vi var hos tante i jula",
        "vi var hos mormor ofte",
        "Per i dag går det greit.",
        "kva slags tilbod fekk du der?",
        "Seinare har eg gått til poliklinikk.",
        "ho visste ikkje kva ho skulle gjere med meg.",
        "Wolla, det var ikke lett.",
    ],
)
def test_norwegian_words_that_stay_words(detectors: dict[str, Detector], text: str) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors["nb"], text).values())
    assert "tilbod" not in _spans(detectors["nb"], text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("jeg var innlagt på blefjell sykehus, på avdeling for rus og avhengighet.",
         "avdeling for rus og avhengighet"),
        ("mora mi vaska på institutt for energiteknikk i over tretti år",
         "institutt for energiteknikk"),
        ("behandleren min på samisk helsepark het ellá.", "samisk helsepark"),
        ("det va samisk nasjonalt kompetansesenter som hjalp mæ",
         "samisk nasjonalt kompetansesenter"),
    ],
)  # fmt: skip
def test_norwegian_units_named_for_a_field_and_sami_institutions(
    detectors: dict[str, Detector], text: str, org: str
) -> None:
    assert _spans(detectors["nb"], text).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text",
    ["jeg var på senteret for det meste", "han gikk på samisk skole", "vi snakka samisk hjemme"],
)
def test_a_centre_for_the_most_part_and_sami_schooling_name_nothing(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not any(t == "ORGANIZATION" for t in _spans(detectors["nb"], text).values())


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("i did my access course at lauder college and met him there", "lauder college"),
        ("i did two years at lakes college before i got ill", "lakes college"),
    ],
)
def test_a_college_named_by_a_word(detectors: dict[str, Detector], text: str, org: str) -> None:
    assert _spans(detectors["en"], text).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text", ["she went to art college", "he is at sixth form college", "I was at Lakes College"]
)
def test_kinds_of_college_name_nothing_here(detectors: dict[str, Detector], text: str) -> None:
    found = _spans(detectors["en"], text)
    assert not any(span.islower() and span.endswith("college") for span in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("my gp sent me up to the borders general.", "borders general"),
        ("the southern trust have had me on a waiting list", "southern trust"),
        ("we're forest green rovers fans in our house", "forest green rovers"),
    ],
)
def test_hospitals_trusts_and_clubs_said_short(
    detectors: dict[str, Detector], text: str, org: str
) -> None:
    assert _spans(detectors["en"], text).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text",
    [
        "the attorney general was on the news again.",
        "in general it was fine",
        "the war memorial in the square",
        "the local general was closed",
        "we're big rovers fans",
    ],
)
def test_titles_memorials_and_keen_fans_name_nothing(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not any(t == "ORGANIZATION" for t in _spans(detectors["en"], text).values())


@pytest.mark.parametrize(
    "text",
    [
        "the nurse from the crisis team came",
        "costigan was the charge nurse and he ran that ward like the army.",
        "she was the night nurse who sat with me when i was scared.",
        "like a doctor or a nurse?",
    ],
)
def test_a_function_word_after_a_title_is_no_name(
    detectors: dict[str, Detector], text: str
) -> None:
    found = _spans(detectors["en"], text)
    assert not {"from", "and", "who", "or"} & set(found)


def test_a_name_from_the_team(detectors: dict[str, Detector]) -> None:
    en = detectors["en"]
    assert "modesty" in _flagged(en, "i got on with modesty from the recovery team")
    assert not _flagged(en, "i got support from the team") and not _spans(
        en, "i got support from the team"
    )
    assert _spans(en, "tendai from the housing came round").get("tendai") == "PERSON"


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "her, ailsa, she was my named nurse until she went off sick.", "until"),
        ("en", "i haven't trusted a doctor since.", "since"),
        ("en", "the consultant kept saying insight, like, he has no insight", "like"),
        ("nb", "det var litt sånn samlebånd, ny lege hver gang", "hver"),
        ("nb", "så flytta vi til koppervik, der far fekk jobb på verftet.", "fekk"),
        ("nb", "dei andre pasientane kalla han berre mundi.", "berre"),
        ("nb", "han ville endre alle medisinane mine.", "endre"),
        ("nb", "det var jeg redd for å arve.", "arve"),
    ],
)
def test_closed_words_and_infinitives_are_not_replaced(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], text)


def test_a_listed_name_after_a_plain_verb_stays_a_name(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "jeg skal møte endre i morgen").get("endre") == "PERSON"
    assert _spans(detectors["nb"], "vi kalte ham bare tøffen").get("tøffen") == "PERSON"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("he works for migrant help now", "migrant help"),
        ("we were with turning tides for a year", "turning tides"),
    ],
)
def test_two_bare_words_after_at_or_with_are_flagged(
    detectors: dict[str, Detector], text: str, words: str
) -> None:
    assert words in _flagged(detectors["en"], text)


@pytest.mark.parametrize(
    "text",
    [
        "i was at home with my mum",
        "she was off for six weeks",
        "it's sunny at gmail dot com",
        "i was with him mostly",
        "we had a laugh with mental health stuff",
    ],
)
def test_time_spans_email_pieces_and_collocations_are_not_flagged(
    detectors: dict[str, Detector], text: str
) -> None:
    assert not _flagged(detectors["en"], text)


def test_a_firm_after_a_listed_place_is_taken_whole(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "she was at boston scientific for ten years.")
    assert "boston scientific" in found


def test_a_unit_one_is_under_is_flagged(detectors: dict[str, Detector]) -> None:
    text = "i was under sandalwood court for a while"
    # session 36: replaced since (named_buildings: "court" after a name word is a sure head)
    assert _spans(detectors["en"], text).get("sandalwood court") == "ORGANIZATION"
    for text in ("i was at the crown court", "we played on the tennis court"):
        assert not _flagged(detectors["en"], text) and not _spans(detectors["en"], text)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Precious is my cousin.", "Precious"),
        ("en", "precious is my cousin, she lives in hull", "precious"),
        ("en", "Tiny was my best mate at school.", "Tiny"),
        ("en", "Success is my daughter's name, we are Ghanaian.", "Success"),
        ("nb", "Kløver var bestevenninna mi.", "Kløver"),
        ("nb", "kløver er kusina mi", "kløver"),
    ],
)
def test_a_word_that_is_someones_relative_is_a_name(
    detectors: dict[str, Detector], lang: str, text: str, name: str
) -> None:
    assert _spans(detectors[lang], text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mum is my rock."),
        ("en", "Sunday was my favourite day."),
        ("en", "He is my brother."),
        ("en", "Music is my life."),
        ("nb", "Dette er min bror."),
        ("nb", "Musikken var vennen min."),
        ("en", "Booze was my best friend."),
    ],
)
def test_things_and_pronouns_before_my_are_no_names(
    detectors: dict[str, Detector], lang: str, text: str
) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors[lang], text).values())


def test_a_club_after_a_bare_pair_stays_one_club(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "he played for cardiff rugby club when he was younger.")
    assert found.get("cardiff rugby club") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our Sharon came down from Preston.", "Preston"),
        ("I did my national service up in Bodo, and that's when it started.", "Bodo"),
        ("Then I got sectioned and sent out to Wooster, which is miles away.", "Wooster"),
        ("They moved us to Leigh, the one up north.", "Leigh"),
    ],
)
def test_a_place_slot_with_a_direction_keeps_the_kind(
    detectors: dict[str, Detector], text: str, place: str
) -> None:
    assert _spans(detectors["en"], text).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "name"), [("it is up to Mark now", "Mark"), ("I sent it to Sharon", "Sharon")]
)
def test_a_person_after_up_to_or_sent_it_to_stays_a_person(
    detectors: dict[str, Detector], text: str, name: str
) -> None:
    assert _spans(detectors["en"], text).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "Uncle Dessie was a fitter at the shipyard for thirty years.", "Dessie", "PERSON"),
        ("en", "uncle dessie was a fitter", "dessie", "PERSON"),
        ("nb", "Han jobba på Kværner på Stord, og han var aldri hjemme.", "Kværner",
         "ORGANIZATION"),
        ("nb", "Jeg kjørte buss for Skyss før dette.", "Skyss", "ORGANIZATION"),
        ("nb", "Mamma fikk jobb på Kavli.", "Kavli", "ORGANIZATION"),
        ("nb", "Jeg jobba for Per en stund.", "Per", "PERSON"),
        ("nb", "jeg jobba på stord", "stord", "LOCATION"),
        ("nb", "Han spilte fotball for Lyn da han var ung.", "Lyn", "ORGANIZATION"),
    ],
)  # fmt: skip
def test_the_slot_says_the_kind(
    detectors: dict[str, Detector], lang: str, text: str, name: str, kind: str
) -> None:
    assert _spans(detectors[lang], text).get(name) == kind


def test_a_grandparent_said_bare_is_no_flag(detectors: dict[str, Detector]) -> None:
    found = detectors["nb"].detect("bestefar kom fra åseral, inderst i dalen")
    assert not any(d.text in ("bestefar", "inderst") for d in found)


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        ("Auntie Glenys took us in when it all kicked off.", "Glenys", "Auntie"),
        ("my gran edna raised me in scunthorpe.", "edna", "gran"),
        ("Uncle Dessie was a fitter at the shipyard.", "Dessie", "Uncle"),
    ],
)
def test_the_kinship_word_stays_outside_a_person_the_model_called_a_firm(
    detectors: dict[str, Detector], text: str, name: str, kin: str
) -> None:
    found = detectors["en"].detect(text)
    assert {d.text: d.type for d in found if d.action == "replace"}.get(name) == "PERSON"
    assert not any(kin in d.text for d in found)


def test_a_kinship_word_that_is_a_first_name_stays_in_the_span(
    detectors: dict[str, Detector],
) -> None:
    found = _spans(detectors["en"], "Nana Akufo came round yesterday.")
    assert any("Nana" in span for span in found)
