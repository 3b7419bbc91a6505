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
