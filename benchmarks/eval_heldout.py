#!/usr/bin/env python3
"""Measure anonkit's detector on the held-out sets (or any markup file): honest figures.

Why a separate script: ``eval_detect.py`` reads only the interview sets, which were used to
tune the detector, so its figures are training figures. This script reuses its loader, scorer
and table (imported, not copied, so both report the same metrics) on
``tests/data/eval/heldout_{en,nb}.txt``, which were written blind and committed before the
first run. Do not tune on these sets; see tests/data/eval/README.md ("Held-out sets").

Usage:
    python benchmarks/eval_heldout.py [--lang en|nb|all] [--examples N] [--json]
    python benchmarks/eval_heldout.py --file PATH --lang en|nb
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

BENCH_DIR = Path(__file__).resolve().parent


def _load_eval_detect() -> ModuleType:
    """Import ``eval_detect.py`` by path (``benchmarks`` is not a package)."""
    spec = importlib.util.spec_from_file_location("eval_detect", BENCH_DIR / "eval_detect.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


eval_detect = _load_eval_detect()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "nb", "all"], default="all")
    parser.add_argument(
        "--file", type=Path, help="score this markup file instead (needs --lang en or nb)"
    )
    parser.add_argument("--json", action="store_true", help="JSON to stdout")
    parser.add_argument(
        "--examples", type=int, default=0, help="print N misses and N false positives per set"
    )
    args = parser.parse_args(argv)
    if args.file and args.lang == "all":
        parser.error("--file needs --lang en or --lang nb")
    langs = ["en", "nb"] if args.lang == "all" else [args.lang]
    results: list[dict] = []
    loads: dict[str, float] = {}
    for lang in langs:
        path = args.file or eval_detect.EVAL_DIR / f"heldout_{lang}.txt"
        sentences = eval_detect.load_markup(path)
        detect, loads[lang] = eval_detect.make_detector(lang)
        results.append(eval_detect.score(path.stem, lang, sentences, detect).as_dict(True))
    if args.json:
        payload = {"load_seconds": {k: round(v, 2) for k, v in loads.items()}, "results": results}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(eval_detect.render_table(results, loads))
    for res in results:
        if args.examples:
            print(eval_detect.render_examples(res, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
