#!/usr/bin/env python3
"""Grammar-generated stress benchmark for spoken identifiers (Norwegian and English).

Why it exists: the hand-written ASR-style sets test number-word handling one example at a time,
so a gap (a tens form, a digit grouping, a cue-less or lower-case sentence) shows up as one miss
among many and is easy to patch as that one example. Here a fixed seed generates valid
identifiers for invented people (python-stdnum check digits, dates of birth 1935-2008), each
*form* (digit groupings, pair/single number words, old/new tens, "double seven", spelled letters,
e-mail said aloud, ...) is put in interview carrier sentences with and without a cue word,
capitalised and all lower-case, and every (language, kind, form, case) cell is scored, so a gap
shows up as a whole cell. It reads no evaluation data.

Scoring follows eval_detect.py: an identifier is CAUGHT when ``replace`` spans cover every letter
and digit of it (spaces and punctuation between are ignored), FLAGGED when not caught but replace
and flag spans together cover it, else MISSED. A caught identifier overlapped by a replace span of
an unexpected type (a fødselsnummer as PHONE) counts as ``wrong_type``. Gold is the identifier
only ("den"/"the" before a date and the place after a postcode lie outside it); a fødselsnummer
with one digit wrong is still gold (a mis-heard number is still personal data).

Usage:
    python benchmarks/spoken_ids_stress.py [--lang nb|en|all] [--per N] [--json] [--examples N]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stress_kit import coverage, detect_and_score, named, place, stress_args, tally
from spoken_id_forms import CUES, EXPECTED, FORMS, SEED, R

# --------------------------------------------------------------------------------------------
# generation and scoring


@dataclass
class Item:
    lang: str
    kind: str
    form: str
    case: str
    cue: bool
    text: str
    start: int
    end: int
    status: str = ""
    types: list[str] = field(default_factory=list)  # of replace spans overlapping the identifier
    spans: list[str] = field(default_factory=list)
    wrong_type: bool = False

    def cell(self) -> tuple[str, str, str, str]:
        return (self.lang, self.kind, self.form, self.case)


def generate(lang: str, per: int) -> list[Item]:
    R.seed(f"{SEED}-{lang}")
    items = []
    for kind, form, render in FORMS[lang]:
        for case in ("cap", "lower"):
            for i in range(per):
                cue = i % 3 != 2
                text, s, e = place(R.choice(CUES[lang][kind if cue else ""].split("|")), render())
                assert len(text.lower()) == len(text)
                text = text.lower() if case == "lower" else text
                items.append(Item(lang, kind, form, case, cue, text, s, e))
    return items


def score(item: Item, found: Sequence) -> None:
    """CAUGHT / FLAGGED / MISSED by coverage of the identifier's letters and digits."""
    cov = coverage(item.text, item.start, item.end, found, digits=True)
    item.status, item.types, item.spans = cov.status, cov.types, cov.spans
    item.wrong_type = item.status == "caught" and bool(set(item.types) - EXPECTED[item.kind])


def cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    return tally(items, key, counts=("wrong_type",))


def main(argv: list[str] | None = None) -> int:
    args = stress_args(
        __doc__,
        "sentences per form and case (20)",
        "missed, then wrong-type, sentences per cell",
        argv,
    )
    langs = ["nb", "en"] if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    items: list[Item] = detect_and_score(langs, args.per, generate, score)
    by_cell = cells(items, Item.cell)
    by_cue = cells(items, lambda it: (it.lang, it.kind, "cue" if it.cue else "no-cue", it.case))
    total = cells(items, lambda it: ("all",))[("all",)]
    # Per cell: up to N missed/flagged examples, then up to N caught with a wrong type.
    missed: dict[tuple, list[dict]] = {k: [] for k in by_cell}
    wrong: dict[tuple, list[dict]] = {k: [] for k in by_cell}
    for it in items:
        if it.status != "caught" or it.wrong_type:
            status = it.status if it.status != "caught" else "caught, wrong type"
            example = {"status": status, "text": it.text, "gold": it.text[it.start : it.end]}
            (missed if it.status != "caught" else wrong)[it.cell()].append(
                example | {"spans": it.spans}
            )
    ex = {k: missed[k][: args.examples] + wrong[k][: args.examples] for k in by_cell}
    if args.json:
        cells_out = named(("lang", "kind", "form", "case"), by_cell)
        for row, key in zip(cells_out, by_cell, strict=True):
            row["examples"] = ex[key]
        out = {"seed": SEED, "per": args.per, "total": total, "cells": cells_out,
               "by_cue": named(("lang", "kind", "cue", "case"), by_cue),
               "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'lang':4} {'kind':8} {'form':28} {'case':5} {'n':>3} {'caught':>6} {'flag':>4} "
          f"{'miss':>4} {'rate':>6} {'wrongT':>6}")  # fmt: skip
    for (lang, kind, form, case), c in by_cell.items():
        print(f"{lang:4} {kind:8} {form:28} {case:5} {c['n']:3} {c['caught']:6} {c['flagged']:4} "
              f"{c['missed']:4} {c['caught_rate']:6.3f} {c['wrong_type']:6}")  # fmt: skip
    print(f"\nby cue: {'lang':4} {'kind':8} {'cue':6} {'case':5} {'n':>4} {'rate':>6}")
    for (lang, kind, cue, case), c in by_cue.items():
        print(f"        {lang:4} {kind:8} {cue:6} {case:5} {c['n']:4} {c['caught_rate']:6.3f}")
    print(f"\nall: {total['n']} identifiers, caught {total['caught_rate']:.3f}, flagged "
          f"{total['flagged']}, missed {total['missed']}, wrong type {total['wrong_type']} "
          f"({time.perf_counter() - started:.1f} s)")  # fmt: skip
    for key, examples in ex.items() if args.examples else ():
        c = by_cell[key]
        if examples:
            print(
                f"\n## {' '.join(key)}: caught {c['caught_rate']:.3f}, wrong type {c['wrong_type']}"
            )
        for e in examples:
            print(f"  [{e['status']}] {e['text']}\n      gold {e['gold']!r} -> {e['spans']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
