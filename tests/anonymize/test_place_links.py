"""A doubtful place beside a sure one (place_links.py, blind6 session): the real detector on
fictitious lines, the positive forms and the everyday words that must stay words."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


def _replaced(detector: Detector, text: str) -> dict[str, str]:
    return {d.text: d.type for d in detector.detect(text) if d.action == "replace"}


@pytest.fixture(scope="module")
def nb() -> Detector:
    return Detector("nb")


@pytest.fixture(scope="module")
def en() -> Detector:
    return Detector("en")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("det va på bussen mellom nesna og korgen", "korgen"),
        ("så flytta vi til sula, altså sula på sunnmøre, ikkje fuglen", "sula"),
        ("Skjold i Vindafjord, ja, det e der æ vokste opp.", "Skjold"),
        # nb23: the same place word without "ved" before it is still the place
        ("vi bodde på vika i selje", "vika"),
    ],
)
def test_flagged_place_tied_to_a_replaced_place(nb: Detector, text: str, place: str) -> None:
    assert _replaced(nb, text).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("vi snakka om Bergen og sola hele dagen", "sola"),  # the sun
        ("sola skein i Bergen", "sola"),
        # nb23: a landform noun after "ved"/"langs" is the feature by which one lived
        ("vi bodde i et lite hus nede ved sjøen i molde", "sjøen"),
        ("vi gikk tur langs elva i nittedal hver søndag", "elva"),
        ("hytta lå oppe ved vannet i gausdal", "vannet"),
    ],
)
def test_everyday_words_beside_a_place_stay_words(nb: Detector, text: str, word: str) -> None:
    assert word not in _replaced(nb, text)


def test_a_flagged_name_mid_sentence_before_in_place_is_no_place(en: Detector) -> None:
    assert _replaced(en, "I saw Meadow in Leeds last week.").get("Meadow") != "LOCATION"


def test_a_route_to_a_place_is_no_pair_of_places(nb: Detector) -> None:
    found = nb.detect("Jeg var på Hurtigruta til Kirkenes en gang.")
    assert not [d for d in found if "place-link" in d.source]


@pytest.mark.parametrize(
    "text", ["he'd come out to Lochmaddy on the ferry.", "We went to Lochmaddy on the ferry."]
)
def test_unknown_capitalised_word_after_a_verb_of_going_to(en: Detector, text: str) -> None:
    assert _replaced(en, text).get("Lochmaddy") == "LOCATION"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Then Scarbra, sorry, Scarborough, my nan had a caravan there.", "Scarbra"),
        ("We stayed in Harrowgate, Harrogate I mean, for a year.", "Harrowgate"),
    ],
)
def test_a_place_said_twice_in_a_repair_is_one_place(en: Detector, text: str, place: str) -> None:
    """places session: a flagged spelling next to the replaced place, apart by a repair."""
    assert _replaced(en, text).get(place) == "LOCATION"


def test_a_restatement_needs_a_repair_and_a_like_spelling() -> None:
    from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
    from anonkit.anonymize.place_links import _restated

    def pair(text: str, flag: str, place: str) -> tuple[DetectedEntity, DetectedEntity]:
        f, p = text.index(flag), text.index(place)
        return (
            DetectedEntity(f, f + len(flag), "CAPITALIZED", FLAG, 0.35, flag, "x"),
            DetectedEntity(p, p + len(place), "LOCATION", REPLACE, 0.9, place, "y"),
        )

    text = "Then Scarbra, sorry, Scarborough."
    assert _restated(text, *pair(text, "Scarbra", "Scarborough"))
    text = "Scarborough, well, Scotland really."  # another place, not a repair
    assert not _restated(text, *pair(text, "Scotland", "Scarborough"))
    text = "Scarbra and then Scarborough."  # "and then" is no repair
    assert not _restated(text, *pair(text, "Scarbra", "Scarborough"))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Vi bodde på Nesodden, altså Nes odden, som det står i teksten.", "Nes odden"),
        ("Han er fra Lillestrøm, eller lille strøm som appen skrev.", "lille strøm"),
    ],
)
def test_a_place_said_again_in_two_pieces_is_that_place(
    nb: Detector, text: str, pieces: str
) -> None:
    """places session: ASR split a place the same text names whole."""
    assert _replaced(nb, text).get(pieces) == "LOCATION"


def test_pieces_of_no_replaced_place_stay_words(nb: Detector) -> None:
    assert "lille strøm" not in _replaced(nb, "Det var bare en lille strøm av folk.")


def _flagged(detector: Detector, text: str) -> dict[str, str]:
    return {d.text: d.type for d in detector.detect(text) if d.action == "flag"}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "my uncle farms out near rock, in cornwall, always has", "rock"),
        ("en", "she moved to bath, in somerset, after the divorce", "bath"),
        ("en", "we had a caravan at sandy, in bedfordshire", "sandy"),
        ("nb", "farmor kom fra bud, i møre og romsdal, og snakka sånn", "bud"),
        # a service someone was at or with, before "in" + a place
        ("en", "i was at shelter in bristol for a few months", "shelter"),
        ("en", "she's been with compass in durham since may", "compass"),
        ("en", "i did a course at catch in liverpool", "catch"),
    ],
)
def test_an_everyday_word_specified_by_a_place_is_shown(request, lang, text, word):
    """session 20: "lives in dull, in perthshire" left "dull" unjudged beside the pseudonym."""
    detector = request.getfixturevalue(lang)
    found = {d.text: (d.type, d.action) for d in detector.detect(text)}
    assert found.get(word, (None, None))[0] in ("LOCATION", "ORGANIZATION"), found


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "i was in bed, in leeds, when it happened", "bed"),
        ("en", "he went to school, in hull, for a year", "school"),
        ("nb", "han satt i fengsel, i trondheim, i to år", "fengsel"),
        ("en", "i was at work in leeds when she rang", "work"),
        ("en", "we stayed with mum in leeds", "mum"),
        ("en", "he was at uni in york", "uni"),
    ],
)
def test_idioms_before_a_specified_place_stay_words(request, lang, text, word):
    detector = request.getfixturevalue(lang)
    assert word not in _flagged(detector, text) and word not in _replaced(detector, text)


@pytest.mark.parametrize(
    ("text", "flag", "place", "linked"),
    [
        # nb22: one place set against another
        ("ja, nesbyen, ikkje rukkedalen altså, lenger ned.", "rukkedalen", "nesbyen", True),
        ("vi bodde ikke på skrøvja, men på Rjukan.", "skrøvja", "Rjukan", True),
        ("It was Leyland, not Lydgate, that we moved to.", "Lydgate", "Leyland", True),
        # no contrast: a list, or a word after a clause
        ("nesbyen, og så rukkedalen etterpå", "rukkedalen", "nesbyen", False),
        ("vi var på Rjukan, det var ikke skrøvja som sa det", "skrøvja", "Rjukan", False),
    ],
)
def test_a_flagged_place_set_against_a_replaced_place(text, flag, place, linked) -> None:
    from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
    from anonkit.anonymize.place_links import _contrasted

    f, p = text.index(flag), text.index(place)
    flagged = DetectedEntity(f, f + len(flag), "RARE_WORD", FLAG, 0.2, flag, "x")
    replaced = DetectedEntity(p, p + len(place), "LOCATION", REPLACE, 0.9, place, "y")
    assert _contrasted(text, flagged, replaced) is linked


def test_the_contrasted_place_is_replaced(nb: Detector) -> None:
    assert _replaced(nb, "ja, nesbyen, ikkje hedalen altså, det er lenger ned.").get(
        "hedalen"
    ) == "LOCATION"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # session 22: a place-name tail word after a listed place is part of the place
        ("en", "I was at the car plant at Ellesmere Port for eleven years.", "Ellesmere Port"),
        ("en", "we had a caravan at ellesmere port when i was little", "ellesmere port"),
        ("en", "She moved down to Milford Haven after the divorce.", "Milford Haven"),
    ],
)
def test_a_place_tail_word_joins_the_place(request, lang, text, place):
    from detect_helpers import typed_replacements

    assert ("LOCATION", place) in typed_replacements(request.getfixturevalue(lang), text)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # nb22: a place said again and specified by a replaced place, both times
        ("han var fra vik, vik i sogn, ikke det andre", "vik", 2),
        ("vi bodde på holmen, holmen i Vestvågøy, i mange år", "holmen", 2),
        # no preposition before the first one, or two different words
        ("det var bra, bra i Bergen", "bra", 0),
        ("vi var på vik, lia i Sogn", "vik", 0),
    ],
)
def test_a_place_said_again_and_specified(nb: Detector, text: str, word: str, expected: int):
    found = [
        d for d in nb.detect(text) if d.action == "replace" and d.type == "LOCATION"
        and d.text.lower() == word
    ]
    assert len(found) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a unit named after a village the lists know, lower case and capitalised (session 25)
        ("after that i was moved to cranwell lodge for rehab", "cranwell lodge"),
        ("She spent a month at Ambleside House before coming home.", "Ambleside House"),
        ("the day unit was glassford centre, two buses away", "glassford centre"),
    ],
)
def test_a_village_with_a_buildings_head_is_the_institution(en: Detector, text: str, name: str):
    found = [(d.text, d.type) for d in en.detect(text) if d.action == "replace"]
    assert (name, "ORGANIZATION") in found, found


def test_a_place_and_a_lower_case_head_after_a_capital_stay_apart(en: Detector) -> None:
    """"the Leeds hall of residence": a town's capital and a common head are not one name."""
    found = [(d.text, d.type) for d in en.detect("I lived in a Leeds hall of residence.")]
    assert ("Leeds", "LOCATION") in found
    assert not any("hall" in t for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Norwegian institution named by its place: the compound head joins it (session 25)
        (
            "Etterpå begynte hun på Hamresanden frivilligsentral to dager i uka.",
            "Hamresanden frivilligsentral",
        ),
        ("han jobba på sulitjelma fiskeoppdrett i mange år", "sulitjelma fiskeoppdrett"),
        ("Faren var smed på Skjetten verk før krigen.", "Skjetten verk"),
    ],
)
def test_a_place_with_a_norwegian_institution_head_is_the_institution(
    nb: Detector, text: str, name: str
) -> None:
    """One replacement covers the whole name (its type may come from another layer that
    took the name first; what counts is that no head is left beside a pseudonym)."""
    found = [d.text for d in nb.detect(text) if d.action == "replace"]
    assert name in found, found


def test_a_town_centre_is_no_institution(nb: Detector) -> None:
    """``sentrum`` is no institution head: the town stays a place, the word a word."""
    found = [(d.text, d.type) for d in nb.detect("Vi bodde i Tromsø sentrum i to år.")]
    assert ("Tromsø", "LOCATION") in found
