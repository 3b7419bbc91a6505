"""The gazetteer data API (names, places, word lists) that recognizers and pseudonyms share."""

from __future__ import annotations

import pytest

from anonkit.anonymize import names, places, wordlists


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_first_names_have_gender(lang: str) -> None:
    first = names.first_names(lang)
    assert len(first) > 500
    assert set(first.values()) <= {"f", "m", "u"}
    assert {"f", "m"} <= set(first.values())


def test_norwegian_names() -> None:
    first = names.first_names("nb")
    assert first["Kari"] == "f"
    assert first["Ola"] == "m"
    assert "Johansen" in names.surnames("nb")
    assert len(names.surnames("nb")) > 3000


def test_english_names() -> None:
    assert names.first_names("en")["John"] == "m"
    assert "Smith" in names.surnames("en")


def test_detection_names_include_other_locales_but_pseudonym_lists_do_not() -> None:
    assert "Agneta" in names.all_first_names()  # Swedish
    assert "Agneta" not in names.first_names("nb")
    assert "Ahlström" in names.all_surnames()
    assert "Love" in names.ambiguous_first_names("nb")  # Swedish name, English word


def test_ambiguous_names() -> None:
    assert {"Per", "Liv", "Dag"} <= names.ambiguous_first_names("nb")
    assert {"May", "Mark", "Bill"} <= names.ambiguous_first_names("en")
    assert "Kari" not in names.ambiguous_first_names("nb")


def test_cached_objects_are_shared() -> None:
    assert names.first_names("nb") is names.first_names("nb")
    assert places.places() is places.places()


@pytest.mark.parametrize("lang", ["xx", "no"])
def test_unknown_language(lang: str) -> None:
    with pytest.raises(ValueError):
        names.first_names(lang)
    with pytest.raises(ValueError):
        wordlists.common_words(lang)


def test_common_words() -> None:
    nb = wordlists.common_words("nb")
    assert {"sykepleier", "og", "jeg", "liv", "dag"} <= nb
    assert not {"oslo", "kari", "tromsø"} & nb  # proper nouns are not common words
    en = wordlists.common_words("en")
    assert {"the", "nurse", "hospital", "may"} <= en
    assert not {"london", "smith"} & en
    assert all(w == w.lower() for w in list(nb)[:1000])


def test_not_entities() -> None:
    nb = wordlists.not_entities("nb")
    assert {"freud", "gud", "nav", "seroquel", "cipralex", "mandag", "mars"} <= nb
    en = wordlists.not_entities("en")
    assert {"freud", "god", "monday", "march"} <= en
    assert "may" not in en  # May is also a name: months-vs-names is decided in context


def test_places_and_institutions() -> None:
    assert {"Oslo", "Tromsø", "Bodø"} <= places.places()
    inst = places.health_institutions()
    assert len(inst) > 50
    assert [len(i.name) for i in inst] == sorted((len(i.name) for i in inst), reverse=True)
