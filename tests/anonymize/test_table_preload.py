"""Word tables load when a detector is built, never inside the first transcript (session 41).

The check that can fail: detection of a varied passage (names, places, institutions, spoken
ids, lower-case lines, English turns in Norwegian talk) must not build any table. A table is a
cached function whose every argument is a table key (the language, a word class, a brand
pattern's case mode, a language's non-entities): a cache miss of one during detection is a
table ``table_preload`` did not load, for example one of the other language.
"""

from __future__ import annotations

import functools
import inspect
import sys

import pytest

from anonkit.anonymize import wordlists
from anonkit.anonymize.detector import Detector
from anonkit.anonymize.table_preload import _loaders, load_tables

# Arguments that select a table rather than carry text.
TABLE_KEYS = frozenset({"lang", "word_class", "lower_line", "not_entities"})

PASSAGES = {
    "en": [
        "My nan Edie lived in Port Isaac, and she worked at the Cromer Crab Company.",
        "we moved from tipton to the blackbird leys estate when our kid was born",
        "Dr Okonkwo at St Hilda's Ward said Lizzie could go home on the twelfth of March.",
        "His NHS number is 943 476 5919 and the plate was AB12 CDE, right?",
        "she was on olanzapine, and the Tamil nurse, um, Tharshini, was lovely",
        "e-mail it to siv dot berg at gmail dot com, or ring oh seven seven double nine",
        "Og så sa ho Liv at vi skulle til Bergen.",
    ],
    "nb": [
        "Tante Ragnhild bodde i Brumunddal, og ho Liv jobba på Sanderud sykehus.",
        "vi flytta fra ring vass øya til tromso da jeg var liten",
        "Fødselsnummeret mitt er tjueto tolv nittiseks null tre sju førti.",
        "Han Bjørn hadde Zyprexaen, og Vik på NAV sa at det var greit.",
        "ring meg på førtien femtito trettiåtte nittien, eller send til siv krøllalfa gmail",
        "Kjelle fra Kvaløya kom på besøk, han hadde bilen EL 48213.",
        "My mum Hope came from Reading, she said.",
    ],
}


def _table_caches() -> dict[str, functools._lru_cache_wrapper]:
    """Every cached function of the detection modules whose arguments are all table keys."""
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("anonkit.anonymize.") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if not isinstance(value, functools._lru_cache_wrapper):
                continue
            if getattr(value, "__module__", None) != name:
                continue
            try:
                parameters = inspect.signature(value).parameters
            except (TypeError, ValueError):
                continue
            if set(parameters) <= TABLE_KEYS:
                found[f"{name}.{attr}"] = value
    return found


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_detection_builds_no_table(lang: str) -> None:
    detector = Detector(lang)
    caches = _table_caches()
    before = {name: cache.cache_info().misses for name, cache in caches.items()}
    passage = PASSAGES[lang]
    found = list(detector.detect_many([*passage, *(line.lower() for line in passage)]))
    assert any(found), "the passage must exercise the rules"
    built = {
        name: cache.cache_info().misses - before[name]
        for name, cache in caches.items()
        if cache.cache_info().misses > before[name]
    }
    assert built == {}, f"tables built inside detection, not at load: {built}"


def test_loaders_are_found_in_recognizers_and_hooks() -> None:
    Detector("nb")
    names = {getattr(call, "func", call).__module__ for call in _loaders("nb")}
    # cached table functions of recognizer modules, and the modules' preload hooks
    assert "anonkit.anonymize.recognizers.alphanumeric_ids" in names
    assert "anonkit.anonymize.recognizers.employers" in names
    assert "anonkit.anonymize.wordlists" in names
    # pseudonym tables belong to the replacement step
    assert "anonkit.anonymize.pseudonyms" not in names
    # the hook built every word class of both languages
    assert wordlists.word_class_forms.cache_info().currsize >= 7


def test_load_tables_is_once_per_language() -> None:
    Detector("en")
    hits = wordlists.common_words.cache_info().hits
    load_tables("en")  # already loaded: returns without calling a loader
    assert wordlists.common_words.cache_info().hits == hits
