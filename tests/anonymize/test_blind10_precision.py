"""Precision classes of the blind10 session: demonyms made from the country list, owned
kinship words, plate cue words, over-the-counter remedies, apps and drinks (invented lines;
each class with a name or place beside it that must still be replaced)."""

from __future__ import annotations

import pytest
from detect_helpers import assert_kept_and_replaced, by_action

from anonkit.anonymize.demonyms import demonyms


@pytest.mark.parametrize(
    "word", ["rwandan", "kenyans", "ghanaian", "omani", "congolese", "malawian"]
)
def test_demonyms_are_made_from_the_country_list(word: str) -> None:
    assert word in demonyms()


@pytest.mark.parametrize("word", ["malin", "franceian", "kenya", "jordan"])
def test_names_countries_and_made_up_forms_are_no_demonyms(word: str) -> None:
    assert word not in demonyms()


@pytest.mark.parametrize(
    ("text", "kept", "replaced"),
    [
        ("My keyworker, Olamide, she's Rwandan, and very strict.", "Rwandan", ["Olamide"]),
        ("The Malawians on the ward were lovely to Kwame.", "Malawians", ["Kwame"]),
        # owned kinship words: the relation, not a name
        ("my nain lived in pwllheli all her life", "nain", ["pwllheli"]),
        ("we went to my granda's in coleraine every summer", "granda", ["coleraine"]),
        ("My Nana worked in Rochdale at the mill.", "Nana", ["Rochdale"]),
        # a plate's cue word is no person
        ("reg was kilo lima one nine, oscar papa delta, a blue fiesta", "reg", []),
        ("the registration was charlie alpha six nine, x-ray yankee zulu", "registration", []),
        ("his van was a one five two, d, four four two oh seven, so", "van", []),
        # remedies, apps and drinks said as things one takes or uses
        ("I lived on Calpol and Strepsils that week, and Beechams at night.", "Calpol", []),
        ("Day Nurse in the morning, then the bus to Wigan.", "Day Nurse", ["Wigan"]),
        ("duolingo and strava, that's me apps, and lucozade", "strava", []),
    ],
)
def test_words_kept_names_replaced(en, text: str, kept: str, replaced: list[str]) -> None:
    assert_kept_and_replaced(en, text, kept, replaced, whole=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nana Akufo came round yesterday.", "Nana"),  # no possessive: the first name
        ("Reg came round with the car on Sunday.", "Reg"),  # no plate after: the name
        ("my son nana, he's twelve now", "nana"),  # after a relation word: a name
    ],
)
def test_names_that_are_kin_or_cue_words_elsewhere(en, text: str, name: str) -> None:
    got, _ = by_action(en, text)
    assert any(name in r for r in got), got
