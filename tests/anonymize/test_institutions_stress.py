"""The institutions stress benchmark generates what it promises: the same sentences for the same
seed, gold spans on the whole institution name with its kind word (no "the" before it), every
(language, shape, source, case) cell, each sentence in both cases, invented names that are none
of the module's real ones (benchmarks/institutions_stress.py). No detector runs here; its
figures are never asserted."""

from __future__ import annotations

import sys

from eval_loader import load_bench_module


def _module():
    return load_bench_module("institutions_stress")


def test_generation_is_deterministic_and_every_cell_is_present():
    stress = _module()
    forms = sys.modules["institution_forms"]
    for lang in ("nb", "en"):
        first = stress.generate(lang, 3)
        assert [(i.text, i.start, i.end) for i in first] == [
            (i.text, i.start, i.end) for i in stress.generate(lang, 3)
        ]
        expected = {
            (lang, shape, source, case)
            for shape, sources in forms.SOURCES[lang].items()
            for source in sources
            for case in ("cap", "lower")
        }
        cells = [i.cell() for i in first]
        assert set(cells) == expected
        assert all(cells.count(c) == 3 for c in expected)


def test_gold_is_the_whole_institution_with_its_kind_word():
    stress = _module()
    for lang in ("nb", "en"):
        for item in stress.generate(lang, 4):
            gold = item.text[item.start : item.end]
            assert gold and gold.strip() == gold, item
            if item.shape == "possessive":  # the "'s" lies outside gold
                assert gold.lower() == item.name.lower(), item
                assert item.text[item.end :].startswith("'s"), item
                continue
            kind = item.kind.replace("{}", item.name)
            if lang == "nb" and "{}s " in item.kind and item.name[-1] in "sxz":
                kind = item.kind.replace("{}s ", item.name + "' ")  # "St. Johannes' hospital"
            assert gold.lower() == kind.lower(), item
            assert not gold.lower().startswith("the "), item
            assert item.name.lower() in gold.lower(), item


def test_cases_pair_the_same_sentence():
    stress = _module()
    for lang in ("nb", "en"):
        items = stress.generate(lang, 3)
        for cap, low in zip(items[::2], items[1::2], strict=True):
            assert (cap.case, low.case) == ("cap", "lower")
            assert low.text == cap.text.lower()
            assert cap.text[0] == cap.text[0].upper()
            assert (cap.start, cap.end) == (low.start, low.end)


def test_invented_names_are_none_of_the_real_pools():
    stress = _module()
    forms = sys.modules["institution_forms"]
    for lang in ("nb", "en"):
        invented = [i for i in stress.generate(lang, 5) if i.source == "invented"]
        assert invented
        for item in invented:
            assert item.name.lower() not in forms.real(lang), item.name
            assert forms.pronounceable(item.name), item.name


def test_carriers_suit_the_kind():
    stress = _module()
    forms = sys.modules["institution_forms"]
    for lang in ("nb", "en"):
        slots = {s.name: s for s in forms.SLOTS[lang]}
        kinds = {k.template: k for ks in forms.KINDS[lang].values() for k in ks}
        for item in stress.generate(lang, 5):
            assert kinds[item.kind].category in slots[item.slot].categories, item
