"""A word in the shape of an Irish O' surname is a person's name (session 24, blind12 as
development material).

Invented lines, lower case and capitalized: ``o'dowd``, ``O'Rourke``; the clock, poetic
``o'er``, ``cup o' tea``, ``jack-o'-lantern`` and an O' street (the address layers') are not.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.gaelic_surnames import GaelicSurnameRecognizer


@pytest.fixture(scope="module")
def recognizer() -> GaelicSurnameRecognizer:
    return GaelicSurnameRecognizer("en")


def _found(recognizer: GaelicSurnameRecognizer, text: str) -> list[tuple[str, str]]:
    return [(t, text[s:e]) for s, e, t, _ in sorted(recognizer.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my maths teacher mrs o'dowd was strict", [("PERSON", "o'dowd")]),
        ("we lived next door to the o'rourkes for years", [("PERSON", "o'rourkes")]),
        ("ask o’shea, he knows", [("PERSON", "o’shea")]),
        ("Mr O'Dowd was strict but fair.", [("PERSON", "O'Dowd")]),
        ("fr o'driscoll buried my dad", [("PERSON", "o'driscoll")]),
        ("we met at six o'clock", []),
        ("a cup o' tea and a biscuit", []),
        ("over the hills and o'er the sea", []),
        ("a jack-o'-lantern in the window", []),
        ("we lived on o'connell street then", []),
        ("the O'Connell Street flat", []),
    ],
)
def test_gaelic_surnames(recognizer: GaelicSurnameRecognizer, text: str, expected: list) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_has_no_such_rule() -> None:
    assert list(GaelicSurnameRecognizer("nb").find("mrs o'dowd")) == []
