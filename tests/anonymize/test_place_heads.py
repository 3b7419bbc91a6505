"""A replaced place and the word that ends its name are one place on a lower-case line
(session 31). Invented lines; the places are real public names."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she grew up right on the edge of the malvern hills, by the quarry", "malvern hills"),
        ("we went walking on cannock chase most weekends", "cannock chase"),
        ("my cousin was from moulvi bazaar, near the tea gardens", "moulvi bazaar"),
        ("my da worked at appledore shipbuilders on the river", "appledore shipbuilders"),
    ],
)
def test_place_grows_over_the_word_that_ends_its_name(en: Detector, text: str, place: str) -> None:
    found = en.detect(text)
    assert any(d.text == place and d.action == "replace" for d in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("john hill came round on the sunday", "john hill"),  # a person keeps his surname
        ("We walked on Cannock Chase on Sunday.", "Cannock Chase"),  # capitals: the model's
    ],
)
def test_persons_and_capitalized_lines_are_left_to_the_other_layers(
    en: Detector, text: str, name: str
) -> None:
    found = en.detect(text)
    assert not any("place-head" in d.source for d in found)
    assert any(d.text == name for d in found), found


def test_other_languages_are_left_alone(detectors: dict[str, Detector]) -> None:
    found = detectors["nb"].detect("vi gikk tur på lillehammer hill hver dag")
    assert not any("place-head" in d.source for d in found)


def test_a_name_cut_at_its_hyphened_particle_is_joined(en: Detector) -> None:
    found = en.detect("We fled from Mazar-i-Sharif in 2001.")
    assert next(d.text for d in found if d.action == "replace") == "Mazar-i-Sharif"


def test_an_organisation_grows_over_the_word_that_ends_a_firms_name(en: Detector) -> None:
    found = en.detect("he works for northumbrian water now")
    assert any(d.text == "northumbrian water" and d.action == "replace" for d in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my son lives in high wickham and he wants me to move there", "high wickham"),
        ("we moved down to port erin when i was about nine", "port erin"),
    ],
)
def test_a_place_flag_opens_the_replaced_name_after_it(en: Detector, text: str, place: str) -> None:
    found = en.detect(text)
    assert any(d.text == place and d.type == "LOCATION" for d in found), found


def test_a_flag_not_after_a_place_preposition_stays(en: Detector) -> None:
    found = en.detect("i was in may sarah came round")
    assert not any(" " in d.text for d in found), found


def test_a_family_word_after_the_hyphen_is_not_the_names_rest(
    detectors: dict[str, Detector],
) -> None:
    found = detectors["nb"].detect(
        "Hvordan gikk det med Irene? Kari sier at Johansen-familien flyttet."
    )
    assert not any("place-head" in d.source for d in found)
