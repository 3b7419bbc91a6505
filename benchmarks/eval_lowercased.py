#!/usr/bin/env python3
"""Detection on lower-cased copies of the development sets (issue 10: lower-case ASR lines).

Why: about a fifth of ASR lines come without capitals, and that is where the detector leaks
most; the blind sets hold only ~50 such lines each. Lower-casing every line of the
development sets (the gold spans keep their offsets: ``str.lower`` keeps the length of these
texts) gives ~2,500 lower-case lines per language to measure rules on. The blind sets being
checked (``eval_detect.BLIND_CHECKS``) and the held-out sets are never read here.

Usage:
    python benchmarks/eval_lowercased.py [--lang en|nb|all] [--json OUT] [--leaks]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import eval_detect  # noqa: E402

DEV_SETS = (
    "interview",
    "asr_dev",
    "blind_asr",
    *(
        f"{name}_asr"
        for name in eval_detect.BLIND_SETS[1:]
        if f"{name}-asr" not in eval_detect.BLIND_CHECKS
    ),
)


def lowered(sentence: eval_detect.Sentence) -> eval_detect.Sentence:
    """The sentence in lower case with its spans' texts lower-cased (offsets unchanged)."""
    if len(sentence.text.lower()) != len(sentence.text):
        return sentence  # a letter whose lower case is longer ("İ"): kept as written

    def low(span: eval_detect.Span) -> eval_detect.Span:
        return dataclasses.replace(span, text=span.text.lower())

    return dataclasses.replace(
        sentence,
        text=sentence.text.lower(),
        gold=tuple(map(low, sentence.gold)),
        distractors=tuple(map(low, sentence.distractors)),
        neutral=tuple(map(low, sentence.neutral)),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "nb", "all"], default="all")
    parser.add_argument("--json", type=Path, help="write the per-set figures here")
    parser.add_argument("--leaks", action="store_true", help="print every silent leak")
    args = parser.parse_args(argv)
    results = {}
    for lang in ("en", "nb") if args.lang == "all" else (args.lang,):
        detect, _ = eval_detect.make_detector(lang)
        leaks = 0
        for name in DEV_SETS:
            path = eval_detect.EVAL_DIR / f"{name}_{lang}.txt"
            if not path.is_file():
                continue
            sentences = [lowered(s) for s in eval_detect.load_markup(path)]
            res = eval_detect.score(f"{name}-lc", lang, sentences, detect).as_dict(args.leaks)
            results[f"{name}/{lang}"] = res
            leaks += res["silent_leaks"]
            total = res["all"]
            print(
                f"{lang} {name:12s} recall {total['recall']:.3f} precision "
                f"{total['precision']:.3f} silent leaks {res['silent_leaks']} flags {res['flags']}"
            )
            for miss in res.get("misses", []):
                if not miss["flagged"]:
                    print(f"    leak {miss['type']}: {miss['entity']!r} in {miss['text']!r}")
        print(f"{lang} silent leaks, all lower-cased development sets: {leaks}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
