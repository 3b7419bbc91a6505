"""Session 39's detector rules on invented lines (blind29, the lower-cased development sets and
Nynorsk lines written for the purpose as development material): each row of a family that is
now caught, and the everyday lines beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.truecase_slots import multiword_places

# -- Nynorsk numbers and ordinals: spoken identifiers and dates ------------------------------


@pytest.mark.parametrize(
    ("word", "value"), [("ein", 1), ("eitt", 1), ("tjueein", 21), ("åttiein", 81)]
)
def test_nynorsk_one_is_a_number_word(word: str, value: int) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize(
    ("line", "span", "kind"),
    [
        (
            "Fødselsnummeret er tretti ein null ein åtti to, to to fem fem ni.",
            "tretti ein null ein åtti to, to to fem fem ni",
            "NATIONAL_ID",
        ),
        (
            "Ho sa id-nummeret, åtte fire null tre ein fem ein to tre fire fem.",
            "åtte fire null tre ein fem ein to tre fire fem",
            "NATIONAL_ID",
        ),
        ("Telefonen min er ni ein to, tre fire fem, seks sju åtte.", None, "PHONE"),
        ("ho er fødd den fjortande mars nittenåttifem", "fjortande mars nittenåttifem", "DATE"),
        ("fødd tjueførste i sjuande åttiein", "tjueførste i sjuande åttiein", "DATE"),
    ],
)
def test_nynorsk_spoken_numbers_are_found(
    detectors: dict[str, Detector], line: str, span: str | None, kind: str
) -> None:
    found = _spans(detectors["nb"], line)
    if span is None:
        assert kind in found.values()
    else:
        assert found.get(span) == kind


@pytest.mark.parametrize(
    "line", ["eg har vore der ein gong, ein dag i veka", "det var ein mann som heitte ingenting"]
)
def test_nynorsk_articles_are_no_numbers(detectors: dict[str, Detector], line: str) -> None:
    found = _spans(detectors["nb"], line)
    assert not {"NATIONAL_ID", "PHONE", "DATE"} & set(found.values())


# -- Nynorsk words are words: no names or places made of them --------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "tjueein år gamal var eg då eg flytta heimanfrå",
        "han var veldig grei, men eg vart ikkje kjend med han",
        "no bur eg åleine i ei lita leilegheit",
        "mamma ringde kvar kveld og spurde korleis eg hadde det",
        "dei sende meg vidare til ein psykolog",
        "eg kjende meg som ein annan person",
    ],
)
def test_everyday_nynorsk_is_not_replaced(detectors: dict[str, Detector], line: str) -> None:
    assert _spans(detectors["nb"], line) == {}


@pytest.mark.parametrize("name", ["einar", "ivar", "reidar", "omar", "vågå"])
def test_names_the_spelling_rules_reach_stay_names_in_slots(name: str) -> None:
    # the spelling rules reach them (so the name candidates must check the lists first) ...
    assert nynorsk_form(name)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("mamma einar ringde i går", "einar"),
        ("så var det han omar som kom", "omar"),
    ],
)
def test_listed_names_reached_by_the_spelling_rules_are_still_replaced(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    # ... and do: a listed first name stays a name
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("jeg var der en gang, en dag i uka", "dag"),
        ("nesten hver eneste dag", "dag"),
        ("kvar einaste dag var lik", "dag"),
    ],
)
def test_a_first_name_word_after_an_article_is_a_noun_and_not_flagged(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _flags(detectors["nb"], line)


def test_a_first_name_word_after_an_article_set_off_by_a_comma_stays_flagged(
    detectors: dict[str, Detector],
) -> None:
    assert "ruta" in _flags(detectors["nb"], "og så var det en ruta, fra toruń, som vaska")


# -- Nynorsk place prepositions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("det var ein mann frå Voss", "Voss"),
        ("ho kjem ifrå Vik", "Vik"),
        ("Eg budde utanfor Stryn då.", "Stryn"),
    ],
)
def test_a_place_after_a_nynorsk_preposition_is_replaced(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


# -- a place split at its topographic noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Vi padlet inn Sandnes fjorden, eller så syklet vi hjem.", "Sandnes fjorden"),
        ("Han har en båtplass i Utgårds kilen.", "Utgårds kilen"),
        ("Vi gikk opp på Sarvs fjellet etterpå.", "Sarvs fjellet"),
        ("vi padla inn sandnes fjorden", "sandnes fjorden"),
    ],
)
def test_a_name_and_a_topographic_noun_after_a_preposition_is_one_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    "line", ["vi gikk over brua i går", "vi bada i sjøen", "vi gikk inn i fjellet"]
)
def test_a_topographic_noun_alone_is_no_place(detectors: dict[str, Detector], line: str) -> None:
    assert _spans(detectors["nb"], line) == {}


# -- institutions with a word between the name and its kind -----------------------------------


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "Vi går på Annai Poopathi tamilsk kulturhus på lørdager.",
            "Annai Poopathi tamilsk kulturhus",
        ),
        ("Han gikk på Bardufoss høgtun videregående skole.", "Bardufoss høgtun videregående skole"),
        ("Om sommeren jobber jeg på Kongsvoll fjellstue.", "Kongsvoll fjellstue"),
        ("Eg song i Lykling kyrkjekor i mange år.", "Lykling kyrkjekor"),
    ],
)
def test_a_name_with_its_kind_is_one_organisation(
    detectors: dict[str, Detector], line: str, org: str
) -> None:
    assert _spans(detectors["nb"], line).get(org) == "ORGANIZATION"


def test_a_town_before_a_plain_word_is_no_institution(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "Vi var i Oslo sentrum hele dagen.").get("Oslo") == "LOCATION"


# -- listed places of several words on lower-case lines (now looked up, not one pattern) -----


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        (
            "moved from spanish town to côte d'ivoire",
            "en",
            [(11, "Spanish Town"), (27, "Côte d'Ivoire")],
        ),
        ("from ho chi minh city", "en", [(5, "Ho Chi Minh City")]),
        ("vi kom fra da nang i fjor", "nb", [(11, "Da Nang")]),
        ("from spanish townsend", "en", []),
        ("i like spanish town", "en", []),
    ],
)
def test_multiword_places_take_the_longest_listed_form_after_a_preposition(
    line: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    assert multiword_places(line, lang) == expected


def test_a_norwegian_line_takes_no_british_hamlet() -> None:
    assert multiword_places("vi kom fra wyre piddle", "nb") == []
    assert multiword_places("we came from wyre piddle", "en") == [(13, "Wyre Piddle")]


# -- a place with the acronym of what is there ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "org"),
    [
        ("en", "The Eastbourne DGH sent me home twice.", "Eastbourne DGH"),
        ("nb", "Han er ingeniør på Hammerfest LNG ute på Melkøya.", "Hammerfest LNG"),
    ],
)
def test_a_place_and_an_acronym_after_it_is_one_organisation(
    detectors: dict[str, Detector], lang: str, line: str, org: str
) -> None:
    assert _spans(detectors[lang], line).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "place"),
    [
        ("en", "I moved to Leeds UK in the end.", "Leeds"),
        ("nb", "Jeg bodde i Bergen TV var dårlig", "Bergen"),
    ],
)
def test_acronyms_that_name_no_institution_stay_out(
    detectors: dict[str, Detector], lang: str, line: str, place: str
) -> None:
    assert _spans(detectors[lang], line).get(place) == "LOCATION"


# -- virtue names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("my neighbour trust was the one who phoned the ambulance", "trust"),
        ("i told givemore everything, he's the only one i trust.", "givemore"),
        ("There was another carer, Memory, from Lilongwe, she covered my shifts.", "Memory"),
    ],
)
def test_virtue_names_in_a_name_slot_are_replaced(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line", ["you have to trust the process", "it was a gift from my mum", "my memory is bad"]
)
def test_virtue_words_as_words_are_not_replaced(detectors: dict[str, Detector], line: str) -> None:
    assert _spans(detectors["en"], line) == {}


# -- the cheap number tests before the identifier recognizers still let numbers through ------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("my national insurance is j t, forty eight, twenty seven, ninety three, b", "NATIONAL_ID"),
        ("My IBAN is GB82 WEST 1234 5698 7654 32.", None),
    ],
)
def test_spoken_and_written_identifiers_pass_the_number_gate(
    detectors: dict[str, Detector], line: str, kind: str | None
) -> None:
    found = _spans(detectors["en"], line)
    if kind is None:  # the IBAN is replaced (as an identifier)
        assert "GB82 WEST 1234 5698 7654 32" in found
    else:
        assert kind in found.values()


def test_a_norwegian_line_with_a_sami_name_passes_the_foreign_letter_gate(
    detectors: dict[str, Detector],
) -> None:
    assert _spans(detectors["nb"], "vi bodde hos áilu utsi i mange år").get("áilu utsi") == "PERSON"


# -- more Norwegian kinship words; the dialect article before a capitalised name -------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Farbror Ånen hadde gard i Morgedal.", "Ånen"),
        ("Jeg besøkte morbror Tobbe i går.", "Tobbe"),
        ("Det var a Tonette som fant meg.", "Tonette"),
    ],
)
def test_a_name_after_a_kinship_word_or_the_dialect_article_is_replaced_alone(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    found = _spans(detectors["nb"], line)
    assert found.get(name) == "PERSON"  # the kinship word stays outside the span


def test_the_dialect_article_before_a_listed_noun_is_no_name(
    detectors: dict[str, Detector],
) -> None:
    assert "Skolen" not in _spans(detectors["nb"], "Vi fikk a Skolen til å hjelpe oss.")


# -- a ward named by its compass point ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ward"),
    [
        ("Jeg lå på post 4 nord på Stavne DPS i seks uker.", "post 4 nord"),
        ("det var mottakspost øst, tror jeg", "mottakspost øst"),
        ("Jeg var innlagt på akuttpost vest.", "akuttpost vest"),
    ],
)
def test_a_ward_and_its_compass_point_is_one_organisation(
    detectors: dict[str, Detector], line: str, ward: str
) -> None:
    assert _spans(detectors["nb"], line).get(ward) == "ORGANIZATION"


@pytest.mark.parametrize("line", ["han bor nord for byen", "vinden kom fra sørvest i natt"])
def test_a_compass_point_alone_is_no_name(detectors: dict[str, Detector], line: str) -> None:
    assert not {"ORGANIZATION", "LOCATION"} & set(_spans(detectors["nb"], line).values())


# -- English: "my mate X from …", "X is my sister's girl" -------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("my mate hopper from the boats, he's the one that dragged me along.", "hopper"),
        ("my mate obvious from westbury says hi", "obvious"),
        ("brightness is my sister's girl, she's nine", "brightness"),
    ],
)
def test_a_word_named_by_its_relation_on_a_lower_case_line_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "my friend group from church met on sundays",
        "my mate from the pub said so",
        "with my son home from uni for the summer",
        "Work is my mum's friend, she says.",
    ],
)
def test_relation_phrases_without_a_name_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "PERSON" not in _spans(detectors["en"], line).values()


def test_the_interview_opener_welcome_is_no_name(detectors: dict[str, Detector]) -> None:
    line = "Welcome, and thank you for taking part in this interview."
    assert _flags(detectors["en"], line) == set()
    assert _spans(detectors["en"], line) == {}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("og så ringte bestemor skjæra meg.", "skjæra"),
        ("min bror kråka bor fortsatt hjemme.", "kråka"),
    ],
)
def test_a_nickname_after_a_kinship_word_is_no_nynorsk_word(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    # the spelling rules reach "skjæra" and "kråka"; the kinship rules read only listed
    # Nynorsk words as words (benchmarks/names_stress.py)
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("then major, my mother's cousin, came down from brades to help", "major"),
        ("Blessing, my mother, came to see me.", "Blessing"),
    ],
)
def test_a_name_with_a_mother_or_father_apposition_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"
