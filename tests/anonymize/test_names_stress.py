"""The names-in-context stress benchmark generates what it promises: the same sentences for
the same seed, gold spans on the name, invented names that no list of ours holds
(benchmarks/names_stress.py, session 29). No detector runs here; its figures are in
docs/benchmarks.md, never asserted."""

from __future__ import annotations

import sys

from eval_loader import load_bench_module


def _module():
    return load_bench_module("names_stress")


def test_generation_is_deterministic_and_spans_hold_the_name_or_filler():
    stress = _module()
    for lang in ("nb", "en"):
        first = stress.generate(lang, 2)
        assert [(i.text, i.start, i.end) for i in first] == [
            (i.text, i.start, i.end) for i in stress.generate(lang, 2)
        ]
        assert {i.case for i in first} == {"cap", "lower"}
        assert any(i.kind == "filler" for i in first)
        for item in first:
            gold = item.text[item.start : item.end]
            assert gold and gold.strip() == gold, item


def test_invented_names_are_in_no_list():
    stress = _module()
    forms = sys.modules["name_forms"]
    for lang in ("nb", "en"):
        invented = [i for i in stress.generate(lang, 3) if i.kind.startswith("inv_")]
        assert invented
        for item in invented:
            first_word = item.text[item.start : item.end].split()[0].strip(",.")
            assert forms.unlisted(first_word), first_word
