"""The spoken-identifier stress benchmark generates what it promises: the same sentences for
the same seed, gold spans on the identifier, valid check digits (benchmarks/
spoken_ids_stress.py, session 29). No detector runs here; the benchmark's figures are in
docs/benchmarks.md, never asserted."""

from __future__ import annotations

import re

from eval_loader import load_bench_module
from stdnum.no import fodselsnummer


def _module():
    return load_bench_module("spoken_ids_stress")


def test_generation_is_deterministic_and_gold_spans_hold_the_identifier():
    stress = _module()
    for lang in ("nb", "en"):
        first = stress.generate(lang, 3)
        again = stress.generate(lang, 3)
        assert [(i.text, i.start, i.end) for i in first] == [
            (i.text, i.start, i.end) for i in again
        ]
        assert {i.case for i in first} == {"cap", "lower"}
        assert any(i.cue for i in first) and any(not i.cue for i in first)
        for item in first:
            gold = item.text[item.start : item.end]
            assert gold.strip() == gold and any(ch.isalnum() for ch in gold), item


def test_birth_numbers_written_as_digits_are_valid_unless_marked_wrong():
    stress = _module()
    items = [
        i for i in stress.generate("nb", 5) if i.kind == "fnr" and i.form.startswith("digits")
    ]
    assert items
    for item in items:
        digits = re.sub(r"\D", "", item.text[item.start : item.end])
        assert fodselsnummer.is_valid(digits), item.text
    wrong = [i for i in stress.generate("nb", 5) if i.form == "one_wrong_digits"]
    assert wrong and not any(
        fodselsnummer.is_valid(re.sub(r"\D", "", i.text[i.start : i.end])) for i in wrong
    )
