#!/usr/bin/env python3
"""Stress test: the detector on lower-cased copies of the interview sets (issue 10, recall1).

Why: some ASR output writes whole lines in lower case; the interview sets are ordinary speech
with capitals, so lower-casing them shows what the lower-case rules cost (precision, flags)
and find (recall) on text that was not written to exercise them. The sets are development
material, so these are development figures. Scoring is ``eval_detect.score`` unchanged.

Usage: python benchmarks/eval_lowercased.py [--lang en|nb|all] [--examples N]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_detect as ed


def lowered(sentence: ed.Sentence) -> ed.Sentence:
    """The sentence in lower case; spans keep their offsets (lower() keeps the length of
    the Latin, Norwegian and Sámi letters the sets use; checked below)."""
    text = sentence.text.lower()
    if len(text) != len(sentence.text):
        raise ValueError(f"lower() changed the length of line {sentence.line}")

    def low(spans: tuple[ed.Span, ...]) -> tuple[ed.Span, ...]:
        return tuple(dataclasses.replace(s, text=s.text.lower()) for s in spans)

    return dataclasses.replace(
        sentence, text=text, gold=low(sentence.gold), distractors=low(sentence.distractors)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "nb", "all"), default="all")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    for lang in ("en", "nb") if args.lang == "all" else (args.lang,):
        sentences = [lowered(s) for s in ed.load_markup(ed.EVAL_DIR / f"interview_{lang}.txt")]
        detect_all, _ = ed.make_detector(lang)
        res = ed.score("interview-lowercased", lang, sentences, detect_all)
        out = res.as_dict(bool(args.examples))
        keys = ("words", "all", "flags", "flags_per_1000_words")
        print(lang, json.dumps({k: out[k] for k in keys if k in out}))
        if args.examples:
            print(ed.render_examples(out, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
