"""Project dictionary: file formats, inflections, name parts, near misses, Presidio recognizer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonkit.anonymize.dictionary import (
    SCORE_EXACT,
    SCORE_LOWER_COMMON,
    DictionaryEntry,
    DictionaryRecognizer,
    ProjectDictionary,
    phonetic_key,
)
from anonkit.errors import InputError

ENTRIES = (
    DictionaryEntry("Irene Johansen", "PERSON", "Agnes Berg"),
    DictionaryEntry("Per Pedersen", "PERSON"),
    DictionaryEntry("Agnes Olsen", "PERSON"),
    DictionaryEntry("Tromsø", "LOCATION"),
    DictionaryEntry("Post 3 Nord", "ORGANIZATION", aliases=("Tretten",)),
)


@pytest.fixture(scope="module")
def d() -> ProjectDictionary:
    return ProjectDictionary(ENTRIES, "nb")


def hits(d: ProjectDictionary, text: str) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(m.text, m.how, m.entries) for m in d.find(text)]


CASES = [
    ("Jeg heter Irene Johansen.", [("Irene Johansen", "exact", (0,))]),
    ("Irene kom sent", [("Irene", "exact", (0,))]),  # first name alone
    ("Johansen kom sent", [("Johansen", "exact", (0,))]),  # surname alone
    ("IRENE og Irene", [("IRENE", "exact", (0,)), ("Irene", "exact", (0,))]),
    ("Irenes mor", [("Irenes", "inflected", (0,))]),  # Norwegian genitive
    ("Irene's mother", [("Irene's", "inflected", (0,))]),  # English possessive
    ("Irene’s mother", [("Irene’s", "inflected", (0,))]),  # typographic apostrophe
    ("Agnes' hund", [("Agnes'", "exact", (2,))]),  # genitive apostrophe belongs to the name
    ("Irene Johansens hus", [("Irene Johansens", "inflected", (0,))]),
    ("Pederson kom", [("Pederson", "phonetic", (1,))]),  # ASR near miss, sound-alike
    ("Perdersen kom", [("Perdersen", "fuzzy", (1,))]),  # one letter off
    ("Johansen-familien flyttet", [("Johansen", "exact", (0,))]),  # hyphen compounds
    ("Hun bor i Tromsø", [("Tromsø", "exact", (3,))]),
    ("på Post 3 Nord i går", [("Post 3 Nord", "exact", (4,))]),
    ("post 3 er stengt", []),  # part of a non-person form is not a match
    ("Tretten sa", [("Tretten", "exact", (4,))]),  # alias
    ("Annette og Ann", []),  # whole words only
    ("Ingen navn her.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_table(d: ProjectDictionary, text: str, expected: list) -> None:
    assert hits(d, text) == expected
    for m in d.find(text):
        assert text[m.start : m.end] == m.text


def test_lowercase_common_word_scores_low(d: ProjectDictionary) -> None:
    # "per" (a preposition) vs the name Per: found, but with a score that makes it a flag
    [m] = d.find("to ganger per dag")
    assert m.text == "per" and m.score == SCORE_LOWER_COMMON
    [m] = d.find("Per kom")
    assert m.score == SCORE_EXACT


def test_fuzzy_needs_capital_letter(d: ProjectDictionary) -> None:
    assert d.find("pederson kom") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("Pederson", "Pedersen"), ("Christian", "Kristian"), ("Thomas", "Tomas"),
     ("Mathias", "Matias"), ("Aase", "Åse"), ("Anne", "Ann"), ("Hanssen", "Hansen")],
)  # fmt: skip
def test_phonetic_key_equal(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(("a", "b"), [("Irene", "Agnes"), ("Per", "Pål"), ("Olsen", "Nilsen")])
def test_phonetic_key_different(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)


def test_load_json_csv_toml_agree(tmp_path: Path) -> None:
    (tmp_path / "d.json").write_text(
        json.dumps({"version": 1, "entries": [
            {"name": "Irene Johansen", "type": "person", "pseudonym": "Agnes Berg"},
            {"name": "Tromsø", "type": "town", "aliases": ["Tromsøya"]}]}),
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "d.csv").write_text(
        "name,type,pseudonym,aliases\nIrene Johansen,PERSON,Agnes Berg,\nTromsø,place,,Tromsøya\n",
        encoding="utf-8",
    )
    (tmp_path / "d.toml").write_text(
        '[[entry]]\nname = "Irene Johansen"\ntype = "PERSON"\npseudonym = "Agnes Berg"\n'
        '[[entry]]\nname = "Tromsø"\ntype = "LOCATION"\naliases = ["Tromsøya"]\n',
        encoding="utf-8",
    )
    loaded = [ProjectDictionary.load(tmp_path / f"d.{ext}") for ext in ("json", "csv", "toml")]
    assert loaded[0].entries == loaded[1].entries == loaded[2].entries
    assert loaded[0].entries == (
        DictionaryEntry("Irene Johansen", "PERSON", "Agnes Berg"),
        DictionaryEntry("Tromsø", "LOCATION", None, ("Tromsøya",)),
    )
    again = ProjectDictionary.from_json(loaded[0].to_json())
    assert again.entries == loaded[0].entries


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("d.json", "{not json", "not valid json"),
     ("d.csv", "name,type\nIrene,spaceship\n", "unknown entity type"),
     ("d.json", '[{"type": "PERSON"}]', "has no name"),
     ("d.xml", "<x/>", "unknown format")],
)  # fmt: skip
def test_bad_files_are_input_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        ProjectDictionary.load(path)


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        ProjectDictionary.load(tmp_path / "nope.json")


def test_recognizer_returns_presidio_results(d: ProjectDictionary) -> None:
    rec = d.recognizer()
    assert isinstance(rec, DictionaryRecognizer)
    results = rec.analyze("Irenes mor bor i Tromsø", ["PERSON", "LOCATION", "ORGANIZATION"])
    assert [(r.entity_type, r.start, r.end) for r in results] == [
        ("PERSON", 0, 6),
        ("LOCATION", 17, 23),
    ]
    assert rec.analyze("Irenes mor bor i Tromsø", ["LOCATION"])[0].entity_type == "LOCATION"


def test_shared_first_name_lists_every_candidate() -> None:
    d = ProjectDictionary((DictionaryEntry("Per Hansen"), DictionaryEntry("Per Olsen")), "nb")
    [m] = d.find("Per kom")
    assert m.entries == (0, 1)
    [m] = d.find("Per Olsen kom")
    assert m.entries == (1,)
    assert d.entry_for("Per Olsen") == [1]


def test_titles_and_initials_are_not_name_parts() -> None:
    d = ProjectDictionary((DictionaryEntry("Dr. Kari J. Hansen"),), "nb")
    assert hits(d, "Dr. Olsen og J. Berg") == []
    assert [m.text for m in d.find("Kari og Hansen")] == ["Kari", "Hansen"]
