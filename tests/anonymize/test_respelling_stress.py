"""The respelling stress benchmark generates what it promises: the same sentences for the
same seed, gold spans on the respelt name (benchmarks/respelling_stress.py, session 29). No
detector runs here; its figures are in docs/benchmarks.md, never asserted."""

from __future__ import annotations

from eval_loader import load_bench_module


def _module():
    return load_bench_module("respelling_stress")


def test_generation_is_deterministic_and_spans_hold_the_name():
    stress = _module()
    for lang in ("nb", "en"):
        first = stress.generate(lang, 2)
        assert first
        again = stress.generate(lang, 2)
        assert [(i.text, i.start, i.end) for i in first] == [
            (i.text, i.start, i.end) for i in again
        ]
        for item in first:
            gold = item.text[item.start : item.end]
            assert gold and gold.strip() == gold, item
