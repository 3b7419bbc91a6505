#!/usr/bin/env python3
"""Check that anonkit's fast NER path finds the same entities as spaCy's own, and time both.

Why: ``anonkit.anonymize.nlp`` runs spaCy's NER two ways faster than spaCy does by default:
its layers multiply with numpy (OpenBLAS) instead of blis, and the greedy transition loop
is stepped from Python with the GIL held (``anonkit.anonymize.ner_parse``). The loop is the
same computation; the numpy products differ in the last bits of a float. So the entities
must be compared on much more text than the evaluation sets: this script runs a large
corpus through spaCy's own ``nlp.pipe`` with blis (batch 128: the reference, as spaCy
ships), through ``nlp.pipe`` with numpy products, and through anonkit's path
(``run_pipeline``, batch 128 as ``detect_many`` and batch 1 as ``detect``), and counts the
texts whose entities (start, end, label) differ. Exit status 1 if any do.

Corpora (built here, nothing downloaded): English — sentences of the Markdown docs and
package READMEs in the environment, docstring sentences of the Python standard library,
and templated interview sentences with Faker names, places and companies (30 % lower
case, like some ASR output); Norwegian — NorNE dev + train
(``../shared/data/norne``) plus 5,000 of them lower-cased; skipped when absent.

Usage:
    python benchmarks/ner_fastpath_check.py [--lang en|nb] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import ast
import glob
import json
import os
import random
import re
import sys
import sysconfig
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_detect

_SPLIT = re.compile(r"(?<=[.!?])\s+")


def _sentences(paragraph: str) -> list[str]:
    para = " ".join(paragraph.split())
    if not re.match(r"[A-Z]", para) or any(c in para for c in "`|") or ">>>" in para:
        return []
    return [s for s in _SPLIT.split(para) if 15 <= len(s) <= 300]


def english_corpus(limit: int) -> list[str]:
    """Prose and docstring sentences found on this machine, plus templated interview lines."""
    rng = random.Random(1)
    lines: list[str] = []
    purelib, stdlib = sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"]
    for path in glob.glob(f"{purelib}/**/*.md", recursive=True) + glob.glob(
        str(eval_detect.REPO_ROOT / "docs" / "*.md")
    ):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        for para in re.split(r"\n\s*\n", text):
            lines += [s for s in _sentences(para) if "http" not in s]
    for path in glob.glob(f"{stdlib}/*.py") + glob.glob(f"{stdlib}/*/*.py"):
        try:
            tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                for para in re.split(r"\n\s*\n", ast.get_docstring(node) or ""):
                    lines += _sentences(para)
    lines = list(dict.fromkeys(lines))
    rng.shuffle(lines)
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(3)
    templates = (
        "I met {n} in {c} last {d}.", "{n} works at {co} near {c}.",
        "my mum {f} moved to {c} with {n}", "So {f} said to me, you know, {n} rang from {c}.",
        "we lived on {a} when i was little", "Dr {l} at {c} hospital saw {f} on {d}.",
    )  # fmt: skip
    made = []
    for _ in range(min(6000, limit // 4)):
        line = rng.choice(templates).format(
            n=fake.name(), c=fake.city(), d=fake.day_of_week(), co=fake.company(),
            f=fake.first_name(), l=fake.last_name(), a=fake.street_address(),
        )  # fmt: skip
        made.append(line.lower() if rng.random() < 0.3 else line)
    return lines[: limit - len(made)] + made


def norwegian_corpus(limit: int) -> list[str]:
    """NorNE dev + train sentences (and 5,000 lower-cased); empty when NorNE is absent."""
    texts: list[str] = []
    for name in ("nob-dev.conllu", "nob-train.conll"):
        path = eval_detect.NORNE_DEV.parent / name
        if path.is_file():
            texts += [s.text for s in eval_detect.load_norne(path.resolve())]
    texts += [t.lower() for t in texts[:5000]]
    return texts[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "nb"], default="en")
    parser.add_argument("--limit", type=int, default=30000, help="at most N texts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from thinc.api import NumpyOps

    from anonkit.anonymize.ner_parse import run_pipeline
    from anonkit.anonymize.nlp import load_spacy, one_blas_thread

    texts = english_corpus(args.limit) if args.lang == "en" else norwegian_corpus(args.limit)
    if not texts:
        print("no corpus for this language here (NorNE absent?)", file=sys.stderr)
        return 0
    nlp = load_spacy(args.lang)

    def run(use_blis: bool, loop: str, batch_size: int) -> tuple[list[tuple], float]:
        ops = NumpyOps(use_blis=use_blis)
        for _, component in nlp.pipeline:
            for node in component.model.walk():
                node.ops = ops
        started = time.process_time()
        with one_blas_thread():
            docs = (
                nlp.pipe(texts, batch_size=batch_size)
                if loop == "spacy"
                else run_pipeline(nlp, texts, batch_size)
            )
            found = [tuple((e.start_char, e.end_char, e.label_) for e in doc.ents) for doc in docs]
        return found, time.process_time() - started

    words = sum(len(t.split()) for t in texts)
    rows = []
    reference: list[tuple] = []
    for use_blis, loop, batch in ((True, "spacy", 128), (False, "spacy", 128),
                                  (False, "anonkit", 128), (False, "anonkit", 1)):  # fmt: skip
        found, cpu = run(use_blis, loop, batch)
        reference = reference or found
        diff = sum(a != b for a, b in zip(reference, found, strict=True))
        rows.append({"ops": "blis" if use_blis else "numpy", "loop": loop, "batch": batch,
                     "cpu_s": round(cpu, 2), "differing_texts": diff})  # fmt: skip
    report = {"lang": args.lang, "texts": len(texts), "words": words, "runs": rows,
              "load_average": [round(x, 2) for x in os.getloadavg()]}  # fmt: skip
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.lang}: {len(texts)} texts, {words} words")
        for row in rows:
            print(f"  {row['ops']:5s} {row['loop']:7s} batch {row['batch']:3d}: "
                  f"{row['cpu_s']:7.2f} CPU-s, "
                  f"{words / row['cpu_s']:6.0f} words/CPU-s, "
                  f"{row['differing_texts']} texts with other entities")  # fmt: skip
    return 1 if any(row["differing_texts"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
