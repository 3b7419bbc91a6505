"""Pseudonym rules: genitive rendering, case, deterministic draws, plausibility, exclusions."""

from __future__ import annotations

import pytest

from anonkit.anonymize.names import first_names, surnames
from anonkit.anonymize.places import places
from anonkit.anonymize.pseudonyms import (
    PseudonymGenerator,
    add_genitive,
    gender_of,
    match_case,
    org_kind,
    placeholder,
    split_genitive,
)

GENITIVE = [
    # name, suffix seen in the original, lang, expected
    ("Agnes", "s", "nb", "Agnes'"),  # Irenes -> Agnes'
    ("Kari", "s", "nb", "Karis"),
    ("Max", "s", "nb", "Max'"),
    ("Fritz", "s", "nb", "Fritz'"),
    ("Kari", "'", "nb", "Karis"),  # Hans' -> Karis
    ("Agnes", "'s", "en", "Agnes's"),  # Irene's -> Agnes's
    ("Mary", "'s", "en", "Mary's"),
    ("Agnes", "'", "en", "Agnes'"),  # James' -> Agnes'
    ("Mary", "'", "en", "Mary's"),
    ("Mary", "’s", "en", "Mary’s"),  # typographic apostrophe kept
    ("Agnes", "", "nb", "Agnes"),
]


@pytest.mark.parametrize(("name", "suffix", "lang", "expected"), GENITIVE)
def test_add_genitive(name: str, suffix: str, lang: str, expected: str) -> None:
    assert add_genitive(name, suffix, lang) == expected


SPLIT = [
    ("Irenes", ("Irene", "s")),
    ("Irene's", ("Irene", "'s")),
    ("Irene’s", ("Irene", "’s")),
    ("Hans'", ("Hans", "'")),
    ("Hans", ("Hans", "")),  # a base itself is never split
    ("Agnes", ("Agnes", "")),
    ("Unknowns", ("Unknowns", "")),
]


@pytest.mark.parametrize(("token", "expected"), SPLIT)
def test_split_genitive(token: str, expected: tuple[str, str]) -> None:
    bases = {"irene", "hans", "agnes"}
    assert split_genitive(token, lambda b: b.lower() in bases) == expected


def test_match_case() -> None:
    assert match_case("IRENE", "Agnes") == "AGNES"
    assert match_case("irene", "Agnes") == "agnes"
    assert match_case("Irene", "Agnes") == "Agnes"


def test_draws_are_deterministic_given_the_seed() -> None:
    a = PseudonymGenerator("nb", b"\x01" * 32)
    b = PseudonymGenerator("nb", b"\x01" * 32)
    c = PseudonymGenerator("nb", b"\x02" * 32)
    draws_a = [a.person(n, "f", set()) for n in range(1, 6)]
    assert draws_a == [b.person(n, "f", set()) for n in range(1, 6)]
    assert draws_a != [c.person(n, "f", set()) for n in range(1, 6)]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("gender", ["f", "m"])
def test_names_are_plausible_for_language_and_gender(lang: str, gender: str) -> None:
    gen = PseudonymGenerator(lang, bytes(range(32)))
    firsts, lasts = first_names(lang), surnames(lang)
    for n in range(1, 40):
        fam = gen.person(n, gender, set())
        assert firsts[fam["first"]] in (gender, "u")
        assert fam["last"] in lasts


def test_excluded_names_are_never_drawn() -> None:
    gen = PseudonymGenerator("nb", bytes(32))
    first = gen.person(1, "f", set())["first"]
    exclude = {first.lower()}
    for n in range(1, 200):
        fam = gen.person(n, "f", exclude)
        assert fam["first"].lower() not in exclude
        assert fam["last"].lower() not in exclude


def test_gender_of() -> None:
    assert gender_of("Irene", "nb") == "f"
    assert gender_of("Per", "nb") == "m"
    assert gender_of("Zzyzx", "nb") == "u"


def test_place_from_the_same_list() -> None:
    gen = PseudonymGenerator("nb", bytes(32))
    drawn = gen.place("Tromsø", 1, {"tromsø"})
    assert drawn in places() and drawn != "Tromsø"
    assert gen.place("Storgata", 1, set()) is None  # not a known place: placeholder instead


def test_org_kinds_and_placeholders() -> None:
    assert org_kind("Universitetssykehuset Nord-Norge") == "hospital"
    assert org_kind("Nordlys sykehjem") == "nursing_home"
    assert org_kind("Acme AS") == "ORGANIZATION"
    assert placeholder("hospital", "nb", 1) == "[sykehus-1]"
    assert placeholder("hospital", "en", 2) == "[hospital-2]"
    assert placeholder("PERSON", "nb", 3) == "[PERSON-3]"
    assert placeholder("PHONE", "nb") == "[telefon]"
    assert placeholder("NATIONAL_ID", "nb") == "[fødselsnummer]"
    assert placeholder("NATIONAL_ID", "en") == "[national ID]"
    assert placeholder("PHONE", "en") == "[phone]"
