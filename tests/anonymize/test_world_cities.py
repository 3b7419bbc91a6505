"""World cities of 100,000-300,000 inhabitants are places (``places_en.txt``, built by
``scripts/build_gazetteers.py``; session 27): where many immigrant speakers come from."""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize.places import world_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # session 27: world cities of 100,000-300,000 with a name of several words
        ("my nan came from spanish town in the sixties", "spanish town"),
        ("my cousin still lives in tai po", "tai po"),
    ],
)
def test_mid_sized_world_cities_are_places_in_lower_case(detectors, text, place) -> None:
    assert ("LOCATION", place) in typed_replacements(detectors["en"], text)


def test_mid_sized_cities_named_by_words_or_names_are_left_out() -> None:
    """ "Trier" is a word form, "Davie" a name: listing them would turn words into places."""
    assert "Spanish Town" in world_places()
    assert "Trier" not in world_places() and "Davie" not in world_places()


def test_a_listed_place_of_several_words_after_a_preposition_is_taken_whole() -> None:
    """Session 27: the lower-case line's place of several words gets its written capitals
    in English too ("côte d'ivoire": a word-by-word capital gave "Côte D'ivoire")."""
    from anonkit.anonymize.truecase_slots import multiword_places

    line = "she was raised in côte d'ivoire and then in phnom penh"
    assert [written for _start, written in multiword_places(line, "en")] == [
        "Côte d'Ivoire",
        "Phnom Penh",
    ]
    assert multiword_places("the cape of good hope", "en") == []
