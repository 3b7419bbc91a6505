"""Nicknames beside a name (blind10 session; :mod:`anonkit.anonymize.nickname_forms`) and a
person's word that NER typed as a place elsewhere in the line. Invented names."""

from __future__ import annotations

import pytest
from detect_helpers import by_action, typed_replacements

from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.nickname_forms import nickname_forms


def _ent(text: str, word: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), "PERSON", "replace", 0.85, word, "test")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("so wee shug from next door came round", "shug", "wee shug"),
        ("Big Tam was in the next bed.", "Tam", "Big Tam"),
        ("my wee brother euan was six", "euan", "euan"),  # a possessive: an adjective
        ("a wee bit of kindness from Morag", "Morag", "Morag"),
    ],
)
def test_nickname_prefixes(text: str, name: str, expected: str) -> None:
    out = nickname_forms(text, [_ent(text, name)])
    assert [d.text for d in out] == [expected]


@pytest.mark.parametrize(
    ("text", "full", "expected"),
    [
        ("my pal orla mcgarry, oz, she's from kirkby", "orla mcgarry", ["orla mcgarry", "oz"]),
        ("his brother dylan price, dizzy, he was the wild one", "dylan price",
         ["dylan price", "dizzy"]),
        # terms of address and adverbs between the commas are no nickname
        ("i told siobhan doyle, love, she's fine", "siobhan doyle", ["siobhan doyle"]),
        ("it was kerry walsh, honestly, she's a saint", "kerry walsh", ["kerry walsh"]),
        # after a first name alone the word may be anything: no rule
        ("my pal orla, oz, she's from kirkby", "orla", ["orla"]),
    ],
)
def test_apposed_nickname_after_a_full_name(text: str, full: str, expected: list[str]) -> None:
    out = nickname_forms(text, [_ent(text, full)])
    assert [d.text for d in out] == expected


def test_detector_replaces_the_nickname(en) -> None:
    replaced, _ = by_action(en, "my boyfriend kieran doherty, kez, he's from bootle")
    assert "kez" in replaced


def test_ner_place_that_is_a_person_of_the_line(en) -> None:
    text = "Her son Ruairidh, Ruairidh Buchanan-Rae, wee Ruairidh as everyone calls him."
    assert all(kind == "PERSON" for kind, _ in typed_replacements(en, text))


def test_a_prefix_already_replaced_is_not_doubled() -> None:
    text = "Macca and Big Shaun were both there."
    found = [_ent(text, "Big"), _ent(text, "Shaun")]
    assert [d.text for d in nickname_forms(text, found)] == ["Big", "Shaun"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # lcen22: what a person is called somewhere ("X at work", "X to her mates"), between
        # commas after the person's name, is a nickname, even after a first name alone
        (
            "my husband is zbigniew, zibi at work, zbigniew nowak on paper",
            "zbigniew",
            ["zbigniew", "zibi"],
        ),
        ("she's margaret, peg to her mates, and she's ninety", "margaret", ["margaret", "peg"]),
        ("Her name's Philippa, Pip for short, and she's lovely.", "Philippa", ["Philippa", "Pip"]),
        # adverbs, closed-class and everyday pronoun words there are no nickname
        ("i saw tomasz, twice at work, and then never again", "tomasz", ["tomasz"]),
        ("i rang tomasz, then at work, he said no", "tomasz", ["tomasz"]),
        ("i told tomasz, everyone at work, all of them", "tomasz", ["tomasz"]),
        ("i told tomasz, love, at work, he said no", "tomasz", ["tomasz"]),
    ],
)
def test_nickname_said_where_it_is_used(text: str, name: str, expected: list[str]) -> None:
    out = nickname_forms(text, [_ent(text, name)])
    assert [d.text for d in out] == expected
