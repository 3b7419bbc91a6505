"""The foreign-identity-number stress benchmark generates what it promises: the same sentences
for the same seed, gold spans on the number, every (kind, form, cue, case) cell, numbers that
pass python-stdnum's check for their kind (benchmarks/foreign_ids_stress.py). No detector runs
here; the benchmark's figures are never asserted."""

from __future__ import annotations

import itertools
import re
import sys

from eval_loader import load_bench_module


def _module():
    return load_bench_module("foreign_ids_stress")


def _forms():
    return sys.modules["foreign_id_forms"]


def test_generation_is_deterministic_and_gold_spans_hold_the_number():
    stress = _module()
    for lang in ("nb", "en"):
        first = stress.generate(lang, 2)
        again = stress.generate(lang, 2)
        assert [(i.text, i.start, i.end, i.number) for i in first] == [
            (i.text, i.start, i.end, i.number) for i in again
        ]
        for item in first:
            gold = item.text[item.start : item.end]
            assert gold.strip() == gold and any(ch.isalnum() for ch in gold), item


def test_every_cell_is_present():
    stress, forms = _module(), _forms()
    for lang in ("nb", "en"):
        got = {i.cell() for i in stress.generate(lang, 1)}
        want = {
            (lang, kind.key, form, cue, case)
            for kind in forms.KINDS
            for form, _ in forms.forms(kind, lang)
            for cue, case in itertools.product(("cue", "no-cue"), ("cap", "lower"))
        }
        assert got == want
        assert len({k.key for k in forms.KINDS}) == len(forms.KINDS) >= 30


def test_numbers_are_valid_and_written_forms_hold_their_characters():
    stress, forms = _module(), _forms()
    for lang in ("nb", "en"):
        for item in stress.generate(lang, 3):
            kind = forms.BY_KEY[item.kind]
            assert kind.valid(item.number), (item.kind, item.number)
            gold = item.text[item.start : item.end]
            if forms.spoken(item.form):
                assert not re.search(r"\d", gold), gold  # said aloud: words and letters only
            else:  # the Swedish long form adds the century
                written = forms.alnum(gold).upper()[2 if item.form == "long" else 0 :]
                assert written == forms.alnum(item.number), (item.form, gold, item.number)


def test_check_letters_occur_and_passports_mix_letters_and_digits():
    stress = _module()
    items = stress.generate("en", 6)
    for kind, letter in (("cn_ric", "X"), ("cl_rut", "K")):
        assert any(i.number.endswith(letter) for i in items if i.kind == kind), kind
    passports = [i.number for i in items if i.kind == "passport"]
    assert passports and all(re.search(r"\d", p) and re.search(r"[A-Z]", p) for p in passports)
