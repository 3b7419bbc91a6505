"""An everyday word opening a sentence that the rest of the sentence makes a person
(session 24, blind12 as development material).

Invented lines (other words and phrasings than any eval line): asking someone, a speech
verb followed by a he/she pronoun taking the word up, or a kinship predicate. Abstract and
everyday subjects in the same slots, plurals, kinship words and genitives stay words.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.opener_persons import OpenerPersonRecognizer


@pytest.fixture(scope="module")
def recognizer() -> OpenerPersonRecognizer:
    return OpenerPersonRecognizer("en")


def _found(recognizer: OpenerPersonRecognizer, text: str) -> list[tuple[str, str]]:
    return [(t, text[s:e]) for s, e, t, _ in sorted(recognizer.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. "Ask/ring/phone X, he'll/she knows …": the pronoun takes the asked word up
        ("Ask Biscuit, she'll tell you, she saw it all.", [("PERSON", "Biscuit")]),
        ("Phone Treasure, he knows the way to the flat.", [("PERSON", "Treasure")]),
        ("Ring Sparrow, she's got the keys.", [("PERSON", "Sparrow")]),
        ("ask biscuit, she'll tell you, she saw it all", [("PERSON", "biscuit")]),
        ("phone treasure, he knows the way", [("PERSON", "treasure")]),
        ("Ask Reception, they'll know.", []),
        ("Ask Mum, she'll tell you.", []),
        ("Try Boots, they'll have it.", []),
        ("Ask yourself, he said.", []),
        ("Ask Security, he'll let you in.", []),
        ("Ask anyone, she was the best.", []),
        ("Ask Merry, she'll know where it is.", [("PERSON", "Merry")]),
        ("Ask nicely, she'll help you.", []),
        ("Ask again, he'll tell you.", []),
        ("ask nicely, she'll help you", []),
        ("ask again, he'll tell you", []),
        # 2. "X said/told me he'd/she would …": a speech verb, then he/she and a modal
        ("Blossom said she'd pick me up after the group.", [("PERSON", "Blossom")]),
        ("Thunder told me he was going to the meeting.", [("PERSON", "Thunder")]),
        ("Marble reckons he'll be out by Christmas.", [("PERSON", "Marble")]),
        ("blossom said she'd pick me up after the group", [("PERSON", "blossom")]),
        ("thunder told us he would be late", [("PERSON", "thunder")]),
        ("Hope said it all.", []),
        ("Nature said no.", []),
        ("Chance would be a fine thing.", []),
        ("Everyone said she'd be fine.", []),
        ("Work said she could have the week off.", []),
        ("Doctors said he'd need rest.", []),
        ("Mum said she'd come round.", []),
        ("Honestly, she said she'd come.", []),
        ("hope said it all really", []),
        ("nature said no, so that was that", []),
        ("Yesterday she said she'd come.", []),
        # 3. "X's/is/was my <kin>": a kinship noun heads the predicate
        ("Clover's my niece, she's only six.", [("PERSON", "Clover")]),
        ("Starling is my grandson, he lives with us now.", [("PERSON", "Starling")]),
        ("Pebble was my stepdaughter.", [("PERSON", "Pebble")]),
        ("clover's my niece, she's only six", [("PERSON", "clover")]),
        ("starling is my grandson, he lives with us", [("PERSON", "starling")]),
        ("Music was my brother's thing, he played guitar.", []),
        ("Football was my dad's life, he never missed a game.", []),
        ("Family is my everything.", []),
        ("Next was my sister, she went in after me.", []),
        ("Church was my nan's life.", []),
        ("music was my brother's thing", []),
        ("That's my daughter, she's nine.", []),
        ("Mum is my best friend.", []),
        # 4. "X, <someone> called him/her": a name given, fronted
        (
            "Biscuit, the sergeant called him, because he was always eating.",
            [("PERSON", "Biscuit")],
        ),
        ("Tinker, my grandad called her.", [("PERSON", "Tinker")]),
        ("Sparky, everyone called him, even the nurses.", [("PERSON", "Sparky")]),
        ("whisky, the lads called him, he was six foot six", [("PERSON", "whisky")]),
        ("tinker, my grandad called her", [("PERSON", "tinker")]),
        ("Rubbish, the teacher called it.", []),
        ("Lazy, my mum called me.", []),
        ("Honestly, the nurse called him twice.", []),
        ("Later, the doctor called her back.", []),
        ("Mum, the doctor called her in.", []),
        ("Tuesday, the nurse called him.", []),
        ("yesterday, the doctor called her", []),
        ("Once, the ward called him at home.", []),
        # 5. two words sharing a kinship or friendship predicate (session 27)
        ("Toffee and Button are my cousins.", [("PERSON", "Toffee"), ("PERSON", "Button")]),
        ("toffee and button were my best mates", [("PERSON", "toffee"), ("PERSON", "button")]),
        ("Work and money were my problems.", []),
        ("Bread and butter are my favourites.", []),
        ("Mum and Dad are my rocks.", []),
    ],
)
def test_opener_persons(recognizer: OpenerPersonRecognizer, text: str, expected: list) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_has_no_such_rule() -> None:
    assert OpenerPersonRecognizer("nb").find("Ask Biscuit, she'll tell you.") is not None
    assert list(OpenerPersonRecognizer("nb").find("Ask Biscuit, she'll tell you.")) == []
