"""Session 38's detector rules on invented lines (blind28 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.nynorsk_forms import listed_nynorsk
from anonkit.anonymize.place_sounds import place_sounding_like
from anonkit.anonymize.places import uk_postal_places, word_places
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.unknown_words import _closed_compound_en, rare_word

# -- an unlisted English compound with a place-name tail is a name, not a word ---------------


@pytest.mark.parametrize("word", ["knightstown", "holetown", "marshfield", "oakborough"])
def test_a_compound_with_a_place_tail_is_no_closed_compound(word: str) -> None:
    assert not _closed_compound_en(word, Lexicon("en"))
    assert rare_word(word, word, "en")


@pytest.mark.parametrize("word", ["carehome", "dockyard", "headteacher"])
def test_compounds_of_everyday_words_stay_words(word: str) -> None:
    assert _closed_compound_en(word, Lexicon("en"))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("my father fished out of knightstown in the summer.", "knightstown"),
        ("she was from holetown, up by the sea, my mother.", "holetown"),
    ],
)
def test_an_unlisted_place_compound_on_a_lower_case_line_is_replaced(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert place in _spans(detectors["en"], line)


# -- British and Irish postal places (GeoNames' postal-code table) ---------------------------


@pytest.mark.parametrize(
    "place",
    ["Wyre Piddle", "Clows Top", "Cunningsburgh", "Maguiresbridge", "Saltfleetby", "Saltwood"],
)
def test_small_british_places_are_listed(place: str) -> None:
    assert place in uk_postal_places()


@pytest.mark.parametrize("words", ["Moor Side", "The Bog", "New Town", "Cross", "Meir"])
def test_postal_places_made_of_everyday_words_are_not_listed_places(words: str) -> None:
    assert words not in uk_postal_places()


@pytest.mark.parametrize("place", ["pill", "tongue", "sheet", "moor side"])
def test_postal_places_named_by_words_are_word_places(place: str) -> None:
    assert place in word_places("en")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Then we were over at clows top on the hill, the bus came twice a day.", "clows top"),
        (
            "After the ward they put me in a flat in cunnings burgh, way down south.",
            "cunnings burgh",
        ),
        ("My uncle's farm is at theddle thorp, the one with the church.", "theddle thorp"),
        ("My gran lived at Wyre Piddle all her life.", "Wyre Piddle"),
    ],
)
def test_a_small_british_place_is_replaced(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize("words", ["big house", "wire piddle"])
def test_postal_places_are_not_matched_by_sound(words: str) -> None:
    assert place_sounding_like(words) is None  # Bighouse, Wyre Piddle: postal places only


@pytest.mark.parametrize(
    "line",
    [
        "I grew up in Keethly, up past Bradford, on the moor side.",
        "she only speaks irish to me when she's cross",
        "i was drinking from about fourteen, buckfast and cider, everybody was.",
        "We drank Buckfast in the park behind the flats.",
        "we were in the camp for two years before the boat",
    ],
)
def test_everyday_phrases_that_are_also_postal_places_stay(
    detectors: dict[str, Detector], line: str
) -> None:
    found = _spans(detectors["en"], line)
    assert not {"moor side", "cross", "buckfast", "Buckfast", "the camp"} & set(found)


# -- Norwegian numbers and postcodes ----------------------------------------------------------


def test_the_stressed_one_is_a_number_word() -> None:
    assert word_value("én") == 1


def test_a_national_id_ending_in_a_stressed_one_is_whole(detectors: dict[str, Detector]) -> None:
    line = "Fødselsnummeret mitt er tjuefem null sju sekstitre, fjorten sju førti én."
    found = _spans(detectors["nb"], line)
    assert found.get("tjuefem null sju sekstitre, fjorten sju førti én") == "NATIONAL_ID"


def test_one_brother_is_no_number(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["nb"], "Jeg har bare én bror, og han bor i Tromsø.")
    assert "én" not in found


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (
            "Vi bor i Slåstadvegen 9, og postnummeret der heime var ni åtte fire fem.",
            "ni åtte fire fem",
        ),
        ("postnummeret hjæmme e ni to fire tre", "ni to fire tre"),
    ],
)
def test_a_postcode_said_of_home_in_dialect_is_an_address(
    detectors: dict[str, Detector], line: str, code: str
) -> None:
    assert _spans(detectors["nb"], line).get(code) == "ADDRESS"


# -- Nynorsk "frå" opens a sentence as a preposition -----------------------------------------


def test_fra_in_nynorsk_is_a_listed_word() -> None:
    assert listed_nynorsk("frå")


@pytest.mark.parametrize(
    "line",
    ["Frå ei lita bygd utanfor byen, heilt nord.", "Frå då av gjekk det betre."],
)
def test_nynorsk_fra_opening_a_sentence_is_no_name(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "Frå" not in _spans(detectors["nb"], line)


# -- a British hamlet's pseudonym is a British town -------------------------------------------


def test_a_british_hamlet_becomes_a_british_town() -> None:
    from anonkit.anonymize.places import uk_towns
    from anonkit.anonymize.pseudonyms import PseudonymGenerator

    gen = PseudonymGenerator("en", b"session38")
    drawn = {gen.place("Wyre Piddle", n, set()) for n in range(1, 6)}
    assert drawn and drawn <= uk_towns()


# -- a listed place with a drug-class ending is no medicine ----------------------------------


def test_a_place_ending_like_a_drug_is_no_distractor() -> None:
    from anonkit.anonymize.non_names import is_distractor

    assert not is_distractor("Torridon", frozenset(), name=True)
    assert is_distractor("Paliperidone", frozenset(), name=True)


def test_a_ward_named_after_a_place_with_a_drug_ending_is_replaced(
    detectors: dict[str, Detector],
) -> None:
    line = "after the acute ward i went to torridon ward, the rehab one, which was calmer."
    assert _spans(detectors["en"], line).get("torridon ward") == "ORGANIZATION"


# -- a mosque named with the Arabic article ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "org"),
    [
        ("Vi går i Al-Noor-moskeen på fredagene.", "Al-Noor-moskeen"),
        ("Han ber i Ar-Rahma-moskeen hver fredag.", "Ar-Rahma-moskeen"),
        ("Han ber i Tawfiq-moskeen hver fredag.", "Tawfiq-moskeen"),
    ],
)
def test_a_hyphened_mosque_with_an_article_is_one_organisation(
    detectors: dict[str, Detector], line: str, org: str
) -> None:
    assert _spans(detectors["nb"], line).get(org) == "ORGANIZATION"


def test_a_kind_said_by_letters_stays(detectors: dict[str, Detector]) -> None:
    assert "MC-klubben" not in _spans(detectors["nb"], "Jeg var med i MC-klubben i mange år.")


# -- a Norwegian farm-name surname opening a lower-case clause before its verb -----------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("kalvenes skreiv ein rapport som eigentleg redda meg.", "kalvenes"),
        ("ja, faleide sender meg kort til jul, hver eneste jul.", "faleide"),
        ("dragsten flytta sørover til slutt, og da ble det stille.", "dragsten"),
        ("kappfjell var den første som spurte meg om reinen.", "kappfjell"),
    ],
)
def test_a_farm_name_before_a_verb_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("kalvenes mor brølte hele natta.", "kalvenes"),  # a genitive before its noun
        ("eposten er feil, den kom aldri fram.", "eposten"),  # e-posten without its hyphen
        ("ja, bestemoren sa ingenting.", "bestemoren"),
    ],
)
def test_words_shaped_like_farm_names_stay(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


def test_a_possessive_pronoun_shaped_like_a_farm_name_stays(detectors: dict[str, Detector]) -> None:
    assert "hennes" not in _spans(detectors["nb"], "hennes er tretti null seks sytti, en fire.")


# -- a place split in three -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "place", "action"),
    [
        (
            "nb",
            "så flytta vi til lang fjord hamn, og der var det bare én butikk.",
            "lang fjord hamn",
            "replace",
        ),
        (
            "en",
            "I was working the potatoes out by salt fleet bee, you know.",
            "salt fleet bee",
            "flag",
        ),
    ],
)
def test_a_place_split_in_three_after_a_preposition(
    detectors: dict[str, Detector], lang: str, line: str, place: str, action: str
) -> None:
    found = {d.text: d.action for d in detectors[lang].detect(line)}
    assert found.get(place) == action


@pytest.mark.parametrize(
    "line",
    ["we sat by the fire all night", "he walked by the big old house", "i went to see my mum"],
)
def test_three_everyday_words_after_a_preposition_stay(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not detectors["en"].detect(line)


# -- British postal places named by everyday words are word places ----------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("he's from tongue, right up at the top of sutherland.", "tongue"),
        ("we moved to sheet, yeah, like a sheet, near petersfield.", "sheet"),
    ],
)
def test_a_postal_word_place_in_a_residence_slot_is_replaced(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    "line",
    [
        "i got sectioned in twenty nineteen and they took me to the old building.",
        "drew was my roommate in halls, he studied pharmacy.",
        "my nan knew her from chapel, small world like.",
        "we moved to the coast when i was seven.",
    ],
)
def test_numbers_and_places_of_a_day_are_no_postal_word_places(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not {"twenty", "halls", "chapel", "coast"} & set(_spans(detectors["en"], line))


# -- more kinds after a found name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "org"),
    [
        ("nb", "no sveisar eg for buøy sveis nede ved kristianslyst.", "buøy sveis"),
        ("nb", "mor strikka for rauma ull hjemmefra i mange år.", "rauma ull"),
        ("nb", "han jobber på hålogaland teater nå som lystekniker", "hålogaland teater"),
        ("en", "the crew from st davids lifeboat found him.", "st davids lifeboat"),
        (
            "en",
            "she referred me to haringey talking therapies first.",
            "haringey talking therapies",
        ),
    ],
)
def test_a_found_name_and_its_kind_are_one_organisation(
    detectors: dict[str, Detector], lang: str, line: str, org: str
) -> None:
    assert _spans(detectors[lang], line).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Vi kjøpte ull fra Rauma.", "ull"),
        ("en", "my mum took care of me after that", "care"),
    ],
)
def test_a_kind_word_alone_stays(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert not any(word in span for span in _spans(detectors[lang], line))


@pytest.mark.parametrize(
    "line",
    [
        "diolch, it's alright, the crew found him.",
        "she was St Lucian as well, she kind of clocked it.",
        "We watched Bob Marley documentaries on repeat in the ward.",
        "I had a bit of a Napoleon complex, which, fine.",
        "my teudat zehut number is on the card, the clinic needed it.",
    ],
)
def test_words_that_name_no_one(detectors: dict[str, Detector], line: str) -> None:
    found = _spans(detectors["en"], line)
    assert not {"diolch", "St Lucian", "Bob Marley", "Napoleon", "teudat zehut"} & set(found)


# -- an English sentence-opening word that speaks, on a line with capitals --------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Echo said I should write it all down, so I did, every night.", "Echo"),
        ("Chalky said he'd sort the boiler but he never showed up.", "Chalky"),
    ],
)
def test_a_capitalised_opener_that_speaks_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "Work rang me twice that morning.",
        "Google said it was nothing to worry about.",
        "Housing rang about the flat again.",
        "Mum always said we shouldn't talk about it.",
        "Nobody told me what the diagnosis meant.",
    ],
)
def test_places_media_kin_and_pronouns_that_speak_stay(
    detectors: dict[str, Detector], line: str
) -> None:
    first = line.split()[0]
    assert first not in _spans(detectors["en"], line)


def test_a_first_name_and_a_word_are_no_postal_place(detectors: dict[str, Detector]) -> None:
    assert "Mark well" not in _spans(detectors["en"], "I said to Mark well done")


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("we moved to six mile cross after my dad died.", "six mile cross"),
        ("she trained at mill brook, the hospital, for three years", "mill brook"),
    ],
)
def test_a_postal_place_said_in_everyday_words_is_replaced(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert span in _spans(detectors["en"], line)
