"""Districts and estates of British and Irish cities are places (issue 10, session 21).

Why: speakers name the part of the city they grew up in ("moss side", "Splott", "Ballymun"),
which identifies them as surely as the town; GeoNames lists settlements, not city sections, so
``places_uk_districts.txt`` lists them. Names that are everyday words stay out of it, so the
word said as a word is not replaced.
"""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.places import uk_districts, uk_towns, world_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i grew up in moss side with my nan.", "moss side"),
        ("easterhouse was rough back then.", "easterhouse"),
        ("me and the lads from lozells used to go everywhere together.", "lozells"),
        ("we got a council flat, knocknaheeny, top floor.", "knocknaheeny"),
        ("i lived round possilpark for a while.", "possilpark"),
        ("my brother still lives in wester hailes.", "wester hailes"),
        ("we were rehoused in seven kings after the fire.", "seven kings"),
        ("Govanhill was where we ended up after the hostel.", "Govanhill"),
        ("My dad drank in every pub around Ancoats.", "Ancoats"),
        ("We moved from Moss Side to Wester Hailes.", "Wester Hailes"),
    ],
)
def test_a_city_district_is_a_location(detectors, text, place):
    assert ("LOCATION", place) in typed_replacements(detectors["en"], text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we went bowling with the kids on friday.", "bowling"),
        ("i was just sitting idle at home for months.", "idle"),
        ("everyone in the village knew my dad.", "village"),
        ("the ward meeting is on teams now.", "teams"),
    ],
)
def test_a_district_name_that_is_an_everyday_word_stays(detectors, text, word):
    assert word not in [found.lower() for _, found in typed_replacements(detectors["en"], text)]


def test_district_list_has_no_duplicates_and_nothing_the_other_place_files_hold():
    names = [cols[0] for cols in data_lines("places_uk_districts.txt")]
    assert len(names) > 300
    lowered = [n.lower() for n in names]
    assert len(set(lowered)) == len(lowered)
    for other in ("places_en.txt", "places_extra.txt", "places_nb.txt", "places_world.txt"):
        held = {cols[0].lower() for cols in data_lines(other)}
        assert not held & set(lowered), other


def test_districts_count_as_british_places():
    assert {"Splott", "Moss Side", "Easterhouse"} <= uk_districts()
    assert uk_districts() <= world_places()
    assert uk_districts() <= uk_towns()
