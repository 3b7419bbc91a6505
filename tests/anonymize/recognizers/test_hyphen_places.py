"""English place names joined by hyphens around a connector (session 23; invented lines)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.hyphen_places import HyphenPlaceRecognizer


@pytest.fixture(scope="module")
def recognizer() -> HyphenPlaceRecognizer:
    return HyphenPlaceRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I went to school in Hetton-le-Hole, then to work.", ["Hetton-le-Hole"]),
        ("We moved to Barton-upon-Humber in June.", ["Barton-upon-Humber"]),
        ("We had a caravan at Weston-super-Mare.", ["Weston-super-Mare"]),
        ("My nan's in Ashby-de-la-Zouch now.", ["Ashby-de-la-Zouch"]),
        ("He drove a bus in Newcastle-under-Lyme.", ["Newcastle-under-Lyme"]),
        ("we lived in houghton-le-spring for years", ["houghton-le-spring"]),
        ("my gran's in frinton-on-sea", ["frinton-on-sea"]),
        ("she grew up in chapel-en-le-frith", ["chapel-en-le-frith"]),
        # not: compounds of everyday words, in-laws
        ("My mother-in-law came round.", []),
        ("my brother-in-law drove", []),
        ("a hands-on manager, a one-on-one session", []),
        ("we had a run-in with the staff", []),
        ("Mother-In-Law was on the telly", []),
        ("it's a well-to-do area", []),
    ],
)
def test_hyphen_places(recognizer, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e, _, _ in recognizer.find(text)] == expected


def test_norwegian_reads_nothing() -> None:
    assert list(HyphenPlaceRecognizer("nb").find("i Hetton-le-Hole")) == []
