"""Names given by how someone goes by, is known or calls themselves (session 22): table tests
on the recognizer alone, positive and negative; names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.named_as import NamedAsRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, NamedAsRecognizer]:
    return {"en": NamedAsRecognizer("en"), "nb": NamedAsRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # going by, being known as: the word after is the name
        ("en", "she goes by stormy now, she changed it by deed poll", ["stormy"]),
        ("en", "everyone on the island knew her as wynn, never her full name", ["wynn"]),
        ("en", "at work he's known as tank, on paper he's something else", ["tank"]),
        ("en", "On the unit she went by Pebbles, nobody knew why", ["Pebbles"]),
        ("nb", "han gikk under navnet kvitt på skolen", ["kvitt"]),
        ("nb", "ho var kjent som tussa i heile bygda", ["tussa"]),
        # the name before the naming clause
        ("en", "blaa we called her, short for something irish", ["blaa"]),
        ("en", "my grandad, ehm, badger, that's what everyone called him", ["badger"]),
        # session 27: the name someone chose for themselves
        ("en", "this lass on the ward, pixie, that's what she wanted calling", ["pixie"]),
        ("en", "A lad called, um, Wolf, that's what he liked to be called.", ["Wolf"]),
        ("nb", "gutten på rommet, ulven, det var det han ville bli kalt", ["ulven"]),
        ("nb", "tusse, det var det vi kalte ho", ["tusse"]),
        # not: articles, adverbs, vehicles, adjectives, a lower-case word on a line with
        # capitals, what/that before the clause
        ("en", "time goes by so fast in there", []),
        ("en", "she goes by bus to the day centre", []),
        ("en", "everybody just went by nicknames on the ward", []),
        ("en", "i knew her as a child, that's all", []),
        ("en", "i knew him as well as anyone did", []),
        ("en", "I only knew her as mum's friend from church", []),
        ("en", "that's what we called him", []),
        ("en", "the phone box we called her from was broken", []),
        ("nb", "han var kjent som snill og grei", []),
        ("nb", "det var det vi kalte ho", []),
    ],
)
def test_named_as(recs, lang: str, text: str, names: list[str]) -> None:
    assert [t for _, t in spans(recs[lang], text)] == names
