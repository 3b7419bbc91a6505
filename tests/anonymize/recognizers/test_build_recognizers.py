"""The registry entry point, run inside a real Presidio AnalyzerEngine for both languages."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from anonkit.anonymize.entity_types import ALL_TYPES, FLAG_TYPES
from anonkit.anonymize.recognizers import build_recognizers


class _BlankEngine(SpacyNlpEngine):
    """A spaCy NLP engine with blank pipelines: tokens only, no model download needed."""

    def __init__(self, langs: list[str]) -> None:
        super().__init__(models=[{"lang_code": lang, "model_name": "blank"} for lang in langs])
        self.nlp = {lang: spacy.blank(lang) for lang in langs}

    def load(self) -> None:  # already loaded in __init__
        pass


@pytest.fixture(scope="module")
def engines() -> dict[str, AnalyzerEngine]:
    out = {}
    for lang in ("nb", "en"):
        registry = RecognizerRegistry(
            recognizers=build_recognizers(lang), supported_languages=[lang]
        )
        out[lang] = AnalyzerEngine(
            registry=registry, nlp_engine=_BlankEngine([lang]), supported_languages=[lang]
        )
    return out


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_fresh_instances_for_the_language(lang: str) -> None:
    first, second = build_recognizers(lang), build_recognizers(lang)
    assert first and all(r.supported_language == lang for r in first)
    assert not any(a is b for a, b in zip(first, second, strict=True))
    types = {t for r in first for t in r.supported_entities}
    assert types <= ALL_TYPES
    assert types >= FLAG_TYPES


def test_unknown_language_rejected() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        build_recognizers("de")


def test_engine_nb_end_to_end(engines: dict[str, AnalyzerEngine]) -> None:
    text = (
        "Jeg heter Irene Johansen og bor i Storgata 12B, 0150 Oslo. Ring 912 34 567, "
        "fødselsnummer 01018010018, født 12. mars 1984. Jeg var innlagt på Haukeland, "
        "skriv til irene@example.no."
    )
    found = {
        (r.entity_type, text[r.start : r.end])
        for r in engines["nb"].analyze(text=text, language="nb")
    }
    expected = {
        ("PERSON", "Irene Johansen"),
        ("ADDRESS", "Storgata 12B, 0150 Oslo"),
        ("PHONE", "912 34 567"),
        ("NATIONAL_ID", "01018010018"),
        ("DATE", "12. mars 1984"),
        ("ORGANIZATION", "Haukeland"),
        ("EMAIL", "irene@example.no"),
    }
    assert expected <= found
    assert not any(t == "PHONE" and s == "01018010018" for t, s in found)


def test_engine_en_end_to_end(engines: dict[str, AnalyzerEngine]) -> None:
    text = "My name is John Smith, I live at 221B Baker Street and was born on 3 May 1970."
    found = {
        (r.entity_type, text[r.start : r.end])
        for r in engines["en"].analyze(text=text, language="en")
    }
    assert {
        ("PERSON", "John Smith"),
        ("ADDRESS", "221B Baker Street"),
        ("DATE", "3 May 1970"),
    } <= found
