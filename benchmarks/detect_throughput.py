#!/usr/bin/env python3
"""Detection throughput on one core, this checkout side by side with another (JSON out).

Why: detection speed is one of issue 10's targets (>= 5,000 words/s on one core) and every
rule added for recall costs some of it. On a shared box single runs of the same code vary by
±15 %, so a before/after claim needs both versions measured in the same run, interleaved:
``--against PATH`` runs the same measurement on another checkout (a ``git worktree`` of the
commit before a change) in alternating rounds and reports medians and their ratio.

What is timed: ``Detector.detect_many`` (the path transcripts take) over the six development
sets of a language (interview, asr-dev, blind, blind2, blind3, blind4), once as written and once
lower-cased (all-lower-case ASR output goes through the truecasing rules), CPU seconds
(``time.process_time``) with ``OMP_NUM_THREADS=1``, after the detector's warm-up. Then both
again (``, again``): the detector of a long run, whose per-word caches and spaCy vocabulary
already hold these words; the first two are what the first transcript of a run gets. ``load
seconds`` is building the detector and its warm-up (wall clock, tables included).

Usage:
    python benchmarks/detect_throughput.py [--lang en|nb|all] [--rounds 4]
        [--against ../wt-base]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("interview", "asr_dev", "blind_asr", "blind2_asr", "blind3_asr", "blind4_asr")
KINDS = ("as written", "lower-cased")
AGAIN = tuple(f"{kind}, again" for kind in KINDS)
LOAD = "load seconds"


def measure_once(lang: str) -> dict[str, float]:
    """Words per CPU second of this interpreter's anonkit on the dev sets of ``lang``."""
    sys.path.insert(0, str(HERE))
    import eval_detect

    detect, load_seconds = eval_detect.make_detector(lang)
    texts = [
        s.text
        for name in SETS
        for s in eval_detect.load_markup(eval_detect.EVAL_DIR / f"{name}_{lang}.txt")
    ]
    out = {LOAD: load_seconds}
    batches = (texts, [t.lower() for t in texts]) * 2
    for kind, batch in zip(KINDS + AGAIN, batches, strict=True):
        words = sum(len(t.split()) for t in batch)
        started = time.process_time()
        detect(batch)
        out[kind] = words / (time.process_time() - started)
    return out


def run_checkout(root: Path, lang: str) -> dict[str, float]:
    """One round in a fresh interpreter with ``root`` first on the import path."""
    env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, str(HERE / "detect_throughput.py"), "--once", lang],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "nb", "all"], default="all")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--once", choices=["en", "nb"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.once:
        print(json.dumps(measure_once(args.once)))
        return 0
    roots = {"this": HERE.parent}
    if args.against is not None:
        roots["against"] = args.against.resolve()
    langs = ["en", "nb"] if args.lang == "all" else [args.lang]
    runs: dict[str, dict[str, list[float]]] = {}
    for _ in range(args.rounds):
        for lang in langs:
            for who, root in roots.items():
                result = run_checkout(root, lang)
                for kind in (*KINDS, *AGAIN, LOAD):
                    if kind in result:  # an older copy of this script may lack some
                        runs.setdefault(f"{who} {lang} {kind}", []).append(result[kind])
    report: dict[str, object] = {"rounds": args.rounds, "load_average": os.getloadavg()}
    for key, values in runs.items():
        digits = 2 if key.endswith(LOAD) else None
        report[key] = {
            "median": round(statistics.median(values), digits),
            "runs": [round(v, digits) for v in values],
        }
    if "against" in roots:
        report["ratio this/against"] = {
            f"{lang} {kind}": round(
                statistics.median(runs[f"this {lang} {kind}"])
                / statistics.median(runs[f"against {lang} {kind}"]),
                3,
            )
            for lang in langs
            for kind in (*KINDS, *AGAIN, LOAD)
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
