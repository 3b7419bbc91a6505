"""Pet forms of listed first names (detect4): table tests, fictitious sentences."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nicknames import NicknameRecognizer


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "Kjelle kom innom.", ["Kjelle"]),
        ("nb", "vi møtte kjelle i går.", ["kjelle"]),  # a lower-case line
        ("nb", "Vi møtte kjelle i går.", []),  # written with capitals: lower case is a word
        ("nb", "Annen gang gikk det bedre.", []),  # ann + en, but a word
        ("en", "Tommo came round.", ["Tommo"]),  # tom, doubled m
        # ("Lizzie" is a listed short form since session 21: the gazetteer takes it)
        ("en", "Robbo rang me.", ["Robbo"]),
        ("en", "I saw Danny there.", []),  # a listed name itself: the gazetteer's
        ("en", "Sometimes it rains.", []),
    ],
)
def test_nicknames(lang: str, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(NicknameRecognizer(lang), text)] == expected
