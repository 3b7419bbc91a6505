"""Session 36's detector rules on invented lines (blind26 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector

# -- a word and a place noun after a place preposition ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "place"),
    [
        ("en", "my cousin took me in when i left the hostel in hither green.", "hither green"),
        ("en", "we lived in old hill for years", "old hill"),
        ("en", "the girls from tonge moor came up to see me", "tonge moor"),
        ("en", "my auntie lives in copper heath, she loves it", "copper heath"),
        (
            "en",
            "so i grew up there and then we moved to quarry bank when me mom remarried",
            "quarry bank",
        ),
        ("en", "we'd go down to spanish point on a sunday", "spanish point"),
        ("en", "we were mostly on orchard park, on the estate", "orchard park"),
        ("nb", "Vi hadde rein i Signal dalen, det var der jeg lærte å være alene.", "Signal dalen"),
        ("nb", "Vi hadde hus i Evens kjær, men det solgte vi.", "Evens kjær"),
        ("nb", "Han kom fra Bruhaug sand i går.", "Bruhaug sand"),
        ("nb", "vi hadde hytte på trollstein vika hver sommer", "trollstein vika"),
    ],
)
def test_a_word_and_a_place_noun_after_a_preposition_are_one_place(
    detectors: dict[str, Detector], lang: str, line: str, place: str
) -> None:
    assert _spans(detectors[lang], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("lang", "line", "words"),
    [
        ("en", "in the end i went home", "the end"),
        ("en", "i was in dark green, she was in red", "dark green"),
        ("en", "at year end we closed the books", "year end"),
        ("en", "i love hill walking in the hills", "hill walking"),
        ("en", "I found it in my head, somehow.", "my head"),
        ("en", "we parked in car park two and walked", "car park"),
        ("en", "i was at food bank, then home", "food bank"),
        ("en", "it was all in me head, honestly", "me head"),
        ("en", "i was at breaking point, to be honest", "breaking point"),
        ("nb", "det var fint i hele dalen", "hele dalen"),
        ("nb", "vi bodde på en gård", "en gård"),
        ("nb", "Vi bodde på ei øy uten bro.", "ei øy"),
    ],
)
def test_an_ordinary_phrase_with_a_place_noun_stays(
    detectors: dict[str, Detector], lang: str, line: str, words: str
) -> None:
    assert words not in _spans(detectors[lang], line)


def test_a_lower_case_adjective_first_word_is_only_flagged(
    detectors: dict[str, Detector],
) -> None:
    """Session 50 changed this row: an everyday first word ("i signal dalen") is replaced
    now (8 of 8 such flags on the lower-cased development sets were places; the row is in
    ``test_session50_rules.py``); an adjective there is still only flagged."""
    line = "vi hadde hytte på gamle moen, det var der"
    assert "gamle moen" not in _spans(detectors["nb"], line)
    assert "gamle moen" in _flags(detectors["nb"], line)


# -- "<landform> of <name>" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("my uncle had a farm on the isle of grain, and it is grim.", "isle of grain"),
        ("she lives on the isle of sheppey", "isle of sheppey"),
        ("we drove down the mull of kintyre", "mull of kintyre"),
        ("he grew up in the vale of leven", "vale of leven"),
    ],
)
def test_a_landform_of_a_name_is_one_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("it felt like the isle of the dead", "isle of the"),
        ("this vale of tears, my nan used to say", "vale of tears"),
        ("I heard the sound of the sea", "sound of the"),
    ],
)
def test_a_landform_phrase_that_names_no_place_stays(
    detectors: dict[str, Detector], line: str, words: str
) -> None:
    assert not any(words in span for span in _spans(detectors["en"], line))


# -- clubs, stations and bands named by their place ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "Lillebror spilte for Ranheim fotball til han fikk kneskade.", "Ranheim fotball"),
        ("nb", "Jeg fikk jobb som vekter på Evenes flystasjon.", "Evenes flystasjon"),
        ("nb", "etter det fikk jeg jobb på evenes flystasjon", "evenes flystasjon"),
        ("nb", "han spilte i vang skolekorps", "vang skolekorps"),
        ("en", "my brother's in the glynn flute band, he plays the big drum.", "glynn flute band"),
    ],
)
def test_a_place_before_a_club_station_or_band_head_is_the_organisation(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "Norsk fotball er kjedelig."),
        ("nb", "vi så på fotball hele kvelden"),
        ("nb", "Han elsker fotball."),
        ("en", "he joined a pipe band"),
        ("en", "she was in the school brass band"),
    ],
)
def test_a_club_head_without_a_name_stays_a_word(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert not _spans(detectors[lang], line)


# -- a place flag the speaker places ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("my mum's in cam, by dursley, so every other weekend i'm on the bus.", "cam"),
        ("we lived in hope in derbyshire for a bit.", "hope"),
        ("then we went to pill, outside portishead, for work", "pill"),
    ],
)
def test_a_word_placed_by_the_next_place_is_a_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("i was in bed in leeds all week", "bed"),
        ("we were born in march in leeds", "march"),
        ("it was a blessing in disguise in the end", "disguise"),
    ],
)
def test_an_everyday_word_before_a_place_stays(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


# -- one of a group, opening the sentence ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Fortunate from the outreach team picks me up on a Wednesday.", "Fortunate"),
        ("Curly from the day centre is bald as an egg.", "Curly"),
        ("Witness from my church, she's Malawian, she came with me.", "Witness"),
    ],
)
def test_a_bare_word_from_a_group_opening_the_sentence_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "Help from the team was slow.",
        "Someone from the ward rang.",
        "Nobody from the church came.",
        "Then from the ward she rang me.",
    ],
)
def test_a_mass_noun_or_pronoun_from_a_group_names_nobody(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not _spans(detectors["en"], line)


# -- a rare Norwegian word with a place-name ending ------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("han lauri fra kvitnes var kjæresten min i to år", "kvitnes"),
        ("etter det kjørte æ fra byen te bergsbotn og tilbake igjen", "bergsbotn"),
        ("og så dagbehandling på lilleaker etterpå", "lilleaker"),
    ],
)
def test_a_rare_word_with_a_place_name_ending_in_a_place_slot_is_the_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("ambulansen kjørte meg til akuttmottaket.", "akuttmottaket"),
        ("vi feiret påske på gården til svigerforeldrene mine.", "svigerforeldrene"),
        ("han var på norskkurset hver dag.", "norskkurset"),
    ],
)
def test_a_rare_everyday_compound_in_a_place_slot_is_not_replaced(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


def test_a_care_centre_with_a_coordinated_head_is_one_organisation(
    detectors: dict[str, Detector],
) -> None:
    line = "pappa sitter på trones bo- og servicesenter nå, han er dement."
    assert _spans(detectors["nb"], line).get("trones bo- og servicesenter") == "ORGANIZATION"


# -- a bare word after "fra" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("mamma er fra hue, den gamle keiserbyen.", "hue"),
        ("farmor va fra nordskot og snakka alltid om krigen", "nordskot"),
        ("og du du sa du kommer fra loshavn", "loshavn"),
    ],
)
def test_a_bare_word_a_place_layer_flagged_after_fra_is_the_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("laimutė fra avdelinga, hun snakka litauisk med meg", "avdelinga"),
        ("og så kom ho gunnbjørg fra hjemmetjenesten, og ho sa det", "hjemmetjenesten"),
        ("nå har jeg oppfølging fra ambulant team.", "ambulant"),
        ("morfar var fra tanger, og han fiksa alt med tanger", "tanger"),
    ],
)
def test_a_definite_noun_or_attribute_after_fra_stays(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


# -- a dialect pronoun, a word, where the person is, and what they do ------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ho berte på legekontoret kjenner heile familien vår.", "berte"),
        ("han bersvend på nabogarden, han kom alltid innom med fisk.", "bersvend"),
    ],
)
def test_a_pronoun_a_word_and_where_they_are_before_a_verb_or_the_pronoun_again(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("han var på jobb, han kom seint", "var"),
        ("ho mor på sjukeheimen er dement", "mor"),
        ("han selv på kontoret sa nei", "selv"),
    ],
)
def test_a_verb_kinship_word_or_pronoun_after_the_pronoun_is_no_name(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


# -- what only a person undergoes or does, after the opening word ----------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Nevermind got sectioned the same week as me.", "Nevermind"),
        ("Solace was on nights, and there was no solace on that ward.", "Solace"),
        ("Goodness used to braid my hair on a Sunday afternoon.", "Goodness"),
    ],
)
def test_an_opening_word_before_a_person_only_predicate_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "Nobody got sectioned that week.",
        "Staff were on nights.",
        "Nurses were on nights.",
        "Music used to help me.",
    ],
)
def test_a_pronoun_plural_or_thing_before_such_a_predicate_is_no_name(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not _spans(detectors["en"], line)


# -- a unit named by a word and house/lodge/court/view/villa (lower case) --------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("the psychiatrist at mill view was doctor abernethy", "mill view"),
        ("i ended up at woodland view, on the acute side, for nine weeks", "woodland view"),
        ("they admitted me to priority house in the august", "priority house"),
        ("i'm at guild lodge now, it's a secure unit", "guild lodge"),
    ],
)
def test_a_name_word_before_a_unit_head_after_a_preposition_is_the_unit(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "we went to the opera house once",
        "i was in the farm house all day",
        "i had to go to crown court",
        "we stayed in a guest house",
        "she lives in the big house on the hill",
    ],
)
def test_a_described_house_or_court_stays_words(detectors: dict[str, Detector], line: str) -> None:
    assert not _spans(detectors["en"], line)


# -- a bare word a place-form shape flagged (Norwegian, lower case) --------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("vi vokste opp på sanidal og mormor bodde ute på skotøy", "skotøy"),
        ("han bodde oppe i hamn med kjæresten sin, helt ute ved havet", "hamn"),
        ("eh fastlegen min heter dordi kvernmo hun har kontor på paradis", "paradis"),
    ],
)
def test_a_bare_word_a_place_form_flagged_is_the_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("han bodde oppe i hamn med kjæresten sin, helt ute ved havet", "havet"),
        ("smed kom inn på rommet og sa at æ måtte ta medisinen.", "rommet"),
        ("vi gikk over myra for å komme til setra, og jeg sank ned til knærne.", "knærne"),
        ("sønnen min går på prestvannet skole, i fjerde klasse.", "fjerde"),
    ],
)
def test_a_definite_or_plural_noun_or_ordinal_stays(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)
