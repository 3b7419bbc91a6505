#!/usr/bin/env python3
"""Dump the detector's complete output on every evaluation set, to prove a change neutral.

Why: speed work on the detection pipeline (batching, caching, skipping work that cannot
match) must not move a single span. This script writes every entity the detector returns —
start, end, type, action, score (3 decimals) and source — for all eval sets of both
languages (interview, asr-dev, blind, blind2, blind3, blind4, blind5 when present, heldout) and the
first 500 sentences of NorNE dev when ``../shared/data/norne/nob-dev.conllu`` exists. Take
a snapshot before a change and one after; the two files must be byte-identical
(``cmp`` them). The file holds offsets and labels, never the texts, so it may sit anywhere.

``--mode single`` runs ``Detector.detect`` text by text instead of ``detect_many``: the
two snapshots must also be identical (the batch path is only a faster way to the same
result).

Usage:
    python benchmarks/detect_snapshot.py OUT.json [--mode many|single] [--lang en|nb|all]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_detect

SETS = (
    "interview",
    "asr_dev",
    "blind_asr",
    "blind2_asr",
    "blind3_asr",
    "blind4_asr",
    "blind5_asr",
    "heldout",
)
NORNE_LIMIT = 500


def texts_by_set(lang: str) -> dict[str, list[str]]:
    """Every eval set of ``lang`` that exists here, as plain texts."""
    out: dict[str, list[str]] = {}
    for name in SETS:
        path = eval_detect.EVAL_DIR / f"{name}_{lang}.txt"
        if path.is_file():
            out[name] = [s.text for s in eval_detect.load_markup(path)]
    if lang == "nb" and eval_detect.NORNE_DEV.is_file():
        norne = eval_detect.load_norne(eval_detect.NORNE_DEV.resolve(), NORNE_LIMIT)
        out["norne_dev_500"] = [s.text for s in norne]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=["many", "single"], default="many")
    parser.add_argument("--lang", choices=["en", "nb", "all"], default="all")
    args = parser.parse_args(argv)
    from anonkit.anonymize.detector import Detector

    snapshot: dict[str, list] = {}
    for lang in ["en", "nb"] if args.lang == "all" else [args.lang]:
        detector = Detector(lang)
        for name, texts in texts_by_set(lang).items():
            cpu = time.process_time()
            if args.mode == "many":
                found = list(detector.detect_many(texts))
            else:
                found = [detector.detect(t) for t in texts]
            cpu = time.process_time() - cpu
            snapshot[f"{lang}/{name}"] = [
                [[d.start, d.end, d.type, d.action, round(float(d.score), 3), d.source]
                 for d in entities]
                for entities in found
            ]  # fmt: skip
            words = sum(len(t.split()) for t in texts)
            print(f"{lang}/{name}: {len(texts)} texts, {words} words, "
                  f"{sum(map(len, found))} entities, {cpu:.2f} CPU-s", file=sys.stderr)  # fmt: skip
    data = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
    args.out.write_bytes(data)
    print(f"{args.out}: sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
