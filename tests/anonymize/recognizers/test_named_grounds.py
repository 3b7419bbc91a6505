"""A club's ground named by a word and "Field"/"Park"/"Stadium" (session 23; invented)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.named_grounds import NamedGroundRecognizer


@pytest.fixture(scope="module")
def recognizer() -> NamedGroundRecognizer:
    return NamedGroundRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He has a season ticket at Larne, Station Field every other week.", ["Station Field"]),
        ("The lads played their home games at Mill Park for years.", ["Mill Park"]),
        ("We'd go to the match at Bridge Stadium with my dad.", ["Bridge Stadium"]),
        ("my da's a season-ticket holder at glenavon, mourneview field every week",
         ["mourneview field"]),
        ("the football team trained at cross park on tuesdays", ["cross park"]),
        # not: no club or game in the sentence, a determiner or a sport before the head,
        # a sentence start
        ("We saw Jurassic Park at the cinema.", []),
        ("We played football on the playing field.", []),
        ("the team trained on the football field", []),
        ("the match was at the big park near us", []),
        ("Station Field was where the team played.", []),
    ],
)
def test_named_grounds(recognizer, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in recognizer.find(text)] == expected
