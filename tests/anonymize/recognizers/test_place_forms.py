"""Places by their form after a place preposition (place_forms.py, places session): ASR
slips of listed towns, Norwegian definite place forms and capitalized nouns, English
lower-case places of several words and street names. Real detector, fictitious lines."""

from __future__ import annotations

import pytest
from detect_helpers import by_action, typed_replacements

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers.place_forms import near_place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # one slip from a listed town, lower case, after a preposition (compound splitting
        # must not explain it away)
        ("nb", "så dro vi videre til kristiansan med bussen", "kristiansan"),
        ("nb", "vi tok toget til lillehamar den vinteren", "lillehamar"),
        ("nb", "etterpå flytta vi til tønsber", "tønsber"),
        ("en", "we drove out to doncastor most weekends", "doncastor"),
        # Norwegian definite place forms and capitalized nouns after a preposition
        ("nb", "vi hadde båt ved lyngøya hver sommer", "lyngøya"),
        ("nb", "han er oppvokst på hestneset, langt ute", "hestneset"),
        ("nb", "Han bodde på Kvernlandet i mange år.", "Kvernlandet"),
        ("nb", "Vi hadde sommerjobb på Laksen i fjor.", "Laksen"),
        ("nb", "vi flytta til skolegata da", "skolegata"),  # a street without a number
        # English lower-case places of two words and streets
        ("en", "my cousin lives in west bromwich now", "west bromwich"),
        ("en", "we were living in east kilbride back then", "east kilbride"),
        ("en", "the chippy on clifton road was the best", "clifton road"),
        ("en", "she had a flat off percy street", "percy street"),
        # a word no list knows after a building or a particle and a preposition
        ("en", "we had a flat in glenmarrow for a year", "glenmarrow"),
        # named outdoor places (places_extra.txt), also after an article or a verb of visiting
        ("en", "we did the pennine way the summer before he got ill", "pennine way"),
        ("en", "we went camping in the lake district with the kids", "lake district"),
        ("en", "my brother climbed scafell pike for charity", "scafell pike"),
        ("nb", "vi hadde hytte ved femunden i mange år", "femunden"),
        # counties and provinces of Britain and Ireland (places_extra.txt)
        ("en", "we moved down to cornwall when i was ten", "cornwall"),
        ("en", "Her people were from Tipperary, farmers.", "Tipperary"),
        # a compass word and a name
        ("nb", "vi bodde i nord odal i mange år", "nord odal"),
        ("en", "The chapel in West Kirkby was where they married.", "West Kirkby"),
        # where someone grew up, said as a word Ordbank knows only as a verb (session 20)
        ("nb", "hun vokste opp på lure, langt ute ved kysten", "lure"),
        ("nb", "jeg vokste opp i hemne sammen med bestemor", "hemne"),
    ],
)
def test_place_forms_are_replaced_as_places(
    detectors: dict[str, Detector], lang: str, text: str, place: str
) -> None:
    assert ("LOCATION", place) in typed_replacements(detectors[lang], text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "vi gikk over fjellet og ned til sjøen"),  # the words themselves
        ("nb", "jeg vokste opp på landet med tre søsken"),  # a definite noun
        ("nb", "vi vokste opp i fattigdom"),
        ("nb", "vi gikk til legen og så til butikken"),
        ("nb", "vi dro til hammer og kjøpte spiker"),  # a word, though one slip from Hamar
        ("nb", "Vi var på Facebook hele kvelden."),  # a non-entity
        ("nb", "Vi dro til Pappa i helga."),  # a kinship word said as a name
        ("nb", "Det går fort på kunnskapsmotorveien nå."),  # lower case on a cased line
        ("nb", "Jeg leste det i Bibelen."),  # a capitalized noun, no verb of place
        ("en", "we walked down the main road to the shop"),  # an everyday word before "road"
        ("en", "i went to the gym and then to work"),
        ("en", "then we took the new road to the house"),
    ],
)
def test_everyday_words_stay_words(detectors: dict[str, Detector], lang: str, text: str) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert replaced == []


def test_sentence_initial_capital_is_no_place(detectors: dict[str, Detector]) -> None:
    """"Fjorden var kald": a capital at a sentence start proves nothing."""
    replaced, _ = by_action(detectors["nb"], "Fjorden var kald den dagen.")
    assert replaced == []


def test_near_place_needs_the_same_first_letter_and_one_slip() -> None:
    assert near_place("sandefjor") == "sandefjord"
    assert near_place("andefjord") is None  # the first sound survives ASR
    assert near_place("drammmen") == "drammen"
    assert near_place("xyzzyq") is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("dei budde i øvre etasje", "øvre etasje"),  # a floor: shown, not replaced
    ],
)
def test_compass_word_before_an_everyday_word_is_flagged(
    detectors: dict[str, Detector], text: str, shown: str
) -> None:
    replaced, flagged = by_action(detectors["nb"], text)
    assert shown in flagged
    assert not any(w in r for r in replaced for w in shown.split())


def test_an_old_directional_adjective_and_a_word_are_a_name(detectors: dict[str, Detector]) -> None:
    """Session 44 (``directional_names.py``): ``nedre``, ``øvre`` … live on in names only, so
    "i nedre eiker" is the municipality, no longer a flag ("the lower oaks" is not said so)."""
    replaced, _ = by_action(detectors["nb"], "vi bodde i nedre eiker en stund")
    assert "nedre eiker" in replaced


@pytest.mark.parametrize(
    ("lang", "text", "shown"),
    [
        ("en", "we used to drive out to portskerra every summer", "portskerra"),
        ("en", "her sister lives down in cliffs now", "cliffs"),
        ("nb", "vi sykla ned til brygga og så videre", "brygga"),
        # a building and a place preposition
        ("nb", "tante har ei hytte ved bjørnevatn", "bjørnevatn"),
        ("nb", "han hadde kontor på strandkanten i mange år", "strandkanten"),
        ("en", "they had a cottage near thorpe for years", "thorpe"),
        # a long place ASR wrote as several words (Doncaster, Lillehammer)
        ("en", "we moved to donner caster when i was ten", "donner caster"),
        ("nb", "så flytta vi til lille hammar for jobben", "lille hammar"),
        # lcen23: the third piece may be a function word ("aber rust with", Aberystwyth)
        ("en", "she went off to aber rust with for college", "aber rust with"),
    ],
)
def test_bare_word_after_particle_and_preposition_is_shown(
    detectors: dict[str, Detector], lang: str, text: str, shown: str
) -> None:
    replaced, flagged = by_action(detectors[lang], text)
    assert shown in replaced + flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "we got back to work on monday"),  # an idiom
        ("en", "i was up in the attic all day"),  # an article: a thing, not a place
        ("nb", "50 år senere kom han inn i rommet"),  # not a lower-case line
        ("nb", "han flytta hjem til foreldrene"),  # home to people
        ("nb", "vi bor i et hus på landet nå"),  # the countryside
        ("nb", "han døde på sykehjem i tjuetolv"),  # a year
    ],
)
def test_particle_idioms_and_articles_are_not_shown(
    detectors: dict[str, Detector], lang: str, text: str
) -> None:
    found = detectors[lang].detect(text)
    assert not any("PlaceFormRecognizer" in d.source for d in found)


@pytest.mark.parametrize(
    "text",
    [
        # lcen23: a function word ends the pieces only when they make a listed place
        "they came to terms with it in the end",
        "she moved to work with her sister",
        "we were home at christmas and new year",  # a function word as the second piece
        "my nan prays in somali and i answer in english",
    ],
)
def test_a_function_word_piece_needs_a_close_place(
    detectors: dict[str, Detector], text: str
) -> None:
    assert by_action(detectors["en"], text) == ([], [])


def test_a_place_and_the_next_word_are_no_split_place(detectors: dict[str, Detector]) -> None:
    """"moved to bournemouth to get away": the listed place, not "bournemouth to"."""
    replaced, flagged = by_action(detectors["en"], "we moved to bournemouth to get away")
    assert replaced == ["bournemouth"]
    assert "to" not in flagged


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # lcen23: a name before a landform word, lower case, after a place preposition (and
        # perhaps an article), is a place like a street ("up the calder valley")
        ("we had a caravan up the teifi valley for years", "teifi valley"),
        ("she grew up in the calder valley, near the mill", "calder valley"),
        ("they found him on rannoch moor in the end", "rannoch moor"),
        ("we'd walk in kielder forest every sunday", "kielder forest"),
    ],
)
def test_lower_case_landform_names_are_places(
    detectors: dict[str, Detector], text: str, place: str
) -> None:
    assert ("LOCATION", place) in typed_replacements(detectors["en"], text)


@pytest.mark.parametrize(
    "text",
    [
        # everyday words before the landform word, or no preposition: words
        "we lived down in the valley then",
        "we walked up the long valley to the farm",
        "it was out on the open hills, freezing",
        "the teacher said it was a rift valley",
    ],
)
def test_everyday_landforms_stay_words(detectors: dict[str, Detector], text: str) -> None:
    replaced, _ = by_action(detectors["en"], text)
    assert replaced == []
