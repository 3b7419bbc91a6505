"""Listed places and institutions split in two words by speech recognition (session 22)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.split_compounds import SplitCompoundRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, SplitCompoundRecognizer]:
    return {"en": SplitCompoundRecognizer("en"), "nb": SplitCompoundRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "æ va innlagt på diakon hjemmet i tre uker", [("ORGANIZATION", "diakon hjemmet")]),
        ("nb", "vi flytta til Lille hammer da jeg var ti", [("LOCATION", "Lille hammer")]),
        ("nb", "han bodde i kristian sand en stund", [("LOCATION", "kristian sand")]),
        ("en", "my cousin lives in middles brough now", [("LOCATION", "middles brough")]),
        # function words and short parts never join: "bar du", "for sand", "ski en"
        ("nb", "bar du den hele veien hjem?", []),
        ("nb", "vi betalte for sand og grus", []),
        ("nb", "vi gikk på ski en gang", []),
        # a listed name written whole is the gazetteers' job
        ("nb", "vi flytta til Lillehammer", []),
    ],
)
def test_split_compounds(recs, lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(recs[lang], text) == expected
