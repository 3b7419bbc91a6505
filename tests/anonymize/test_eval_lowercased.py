"""The lower-cased development copies keep their gold offsets and never read the newest blind
set (benchmarks/eval_lowercased.py, session 22)."""

from __future__ import annotations

import importlib.util
import sys

from eval_loader import REPO_ROOT, load_eval_module, load_markup_module


def _module():
    load_eval_module()  # registers eval_detect for the script's own import
    spec = importlib.util.spec_from_file_location(
        "eval_lowercased", REPO_ROOT / "benchmarks" / "eval_lowercased.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_lowered_sentences_keep_their_gold_spans():
    lc = _module()
    markup = load_markup_module()
    sent = markup.parse_markup_line("Tante [Ragnhild](PERSON) bor i [Brumunddal](LOCATION).")
    low = lc.lowered(sent)
    assert low.text == "tante ragnhild bor i brumunddal."
    assert [low.text[s.start : s.end] for s in low.gold] == ["ragnhild", "brumunddal"]
    assert low.lower_case


def test_the_newest_blind_set_and_held_out_sets_are_not_read():
    lc = _module()
    ed = sys.modules["eval_detect"]
    assert ed.BLIND_CHECK in ed.BLIND_CHECKS
    for check in ed.BLIND_CHECKS:
        assert f"{check.removesuffix('-asr')}_asr" not in lc.DEV_SETS
    assert not any(name.startswith("heldout") for name in lc.DEV_SETS)
    assert "blind10_asr" in lc.DEV_SETS
