#!/usr/bin/env python3
"""Grammar-generated stress benchmark for foreign identity numbers (Norwegian and English).

Why it exists: interviewees in Norway and the UK/Ireland come from everywhere, and they say or
write the personal numbers of other countries (an Italian codice fiscale, a Polish PESEL, a
Swedish personnummer, a Chinese resident ID ending in X, a passport number), which the
hand-written sets hardly hold, so a country whose number goes through unseen shows up nowhere.
Here a fixed seed generates valid numbers for invented people (python-stdnum check digits,
dates of birth 1935-2008) of some thirty countries plus passport numbers, and each *form* (as
usually written with the country's dots, hyphens, slashes and spaces; compact; letters in lower
case as ASR writes them; digits said one by one or in date-like pairs, letters spelled) is put
in interview carrier sentences with a cue ("my Italian tax code is", "personnummeret mitt fra
Sverige er") and without one (after a comma, in a list, at the end of a sentence), capitalised
and all lower-case. Every (language, kind, form, cue, case) cell is scored, so a gap shows up as
a whole cell. It reads no evaluation data (benchmarks/foreign_id_forms.py holds the generators,
forms and carriers).

Scoring follows spoken_ids_stress.py: a number is CAUGHT when ``replace`` spans cover every
letter and digit of it (spaces and punctuation between are ignored), FLAGGED when not caught but
replace and flag spans together cover it, else MISSED (a silent leak). Every kind is a personal
identity number, so a caught number overlapped by a replace span of any type but NATIONAL_ID
(PHONE, DATE, LICENSE_PLATE, BANK_ACCOUNT, ...) counts as ``wrong_type``: it is hidden, but
under a label that misleads the reader of the anonymised text. Gold is the number only.

Usage:
    python benchmarks/foreign_ids_stress.py [--lang nb|en|all] [--per N] [--json] [--examples N]
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
from foreign_id_forms import CUES, EXPECTED, KINDS, NO_CUE, SEED, R, forms

# --------------------------------------------------------------------------------------------
# generation and scoring


@dataclass
class Item:
    lang: str
    kind: str
    form: str
    cue: bool
    case: str
    number: str  # as stored (compact, upper case; HETU keeps its century sign), for validity
    text: str
    start: int
    end: int
    status: str = ""
    types: list[str] = field(default_factory=list)  # of replace spans overlapping the number
    spans: list[str] = field(default_factory=list)
    wrong_type: bool = False

    def cell(self) -> tuple[str, str, str, str, str]:
        return (self.lang, self.kind, self.form, "cue" if self.cue else "no-cue", self.case)


def generate(lang: str, per: int) -> list[Item]:
    """``per`` sentences for every (kind, form, cue, case); carriers taken in turn, so each
    cue-less slot (comma, list, end of sentence) is used."""
    R.seed(f"{SEED}-{lang}")
    items = []
    for kind in KINDS:
        for form, render in forms(kind, lang):
            for cue in (True, False):
                carriers = (CUES[lang][kind.key] if cue else NO_CUE[lang]).split("|")
                for case in ("cap", "lower"):
                    for i in range(per):
                        number = kind.make()
                        text, s, e = place(carriers[i % len(carriers)], render(number))
                        assert len(text.lower()) == len(text)
                        text = text.lower() if case == "lower" else text
                        items.append(Item(lang, kind.key, form, cue, case, number, text, s, e))
    return items


def score(item: Item, found: Sequence) -> None:
    """CAUGHT / FLAGGED / MISSED by coverage of the number's letters and digits."""
    cov = coverage(item.text, item.start, item.end, found, digits=True)
    item.status, item.types, item.spans = cov.status, cov.types, cov.spans
    item.wrong_type = item.status == "caught" and bool(set(item.types) - EXPECTED)


def cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    return tally(items, key, counts=("wrong_type",))


def main(argv: list[str] | None = None) -> int:
    args = stress_args(
        __doc__,
        "sentences per cell: kind, form, cue and case (20)",
        "missed, then wrong-type, sentences per cell",
        argv,
    )
    langs = ["nb", "en"] if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    items: list[Item] = detect_and_score(langs, args.per, generate, score)
    by_cell = cells(items, Item.cell)
    by_kind = cells(items, lambda it: (it.lang, it.kind))
    by_slot = cells(items, lambda it: (it.lang, "cue" if it.cue else "no-cue", it.case))
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
        cells_out = named(("lang", "kind", "form", "cue", "case"), by_cell)
        for row, key in zip(cells_out, by_cell, strict=True):
            row["examples"] = ex[key]
        out = {"seed": SEED, "per": args.per, "total": total, "cells": cells_out,
               "by_kind": named(("lang", "kind"), by_kind),
               "by_slot": named(("lang", "cue", "case"), by_slot),
               "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'lang':4} {'kind':10} {'form':12} {'cue':6} {'case':5} {'n':>3} {'caught':>6} "
          f"{'flag':>4} {'miss':>4} {'rate':>6} {'wrongT':>6}")  # fmt: skip
    for (lang, kind, form, cue, case), c in by_cell.items():
        rate, wrong_n = c["caught_rate"], c["wrong_type"]
        print(f"{lang:4} {kind:10} {form:12} {cue:6} {case:5} {c['n']:3} {c['caught']:6} "
              f"{c['flagged']:4} {c['missed']:4} {rate:6.3f} {wrong_n:6}")  # fmt: skip
    print(f"\nby kind: {'lang':4} {'kind':10} {'n':>4} {'rate':>6} {'miss':>4} {'wrongT':>6}")
    for (lang, kind), c in by_kind.items():
        print(f"         {lang:4} {kind:10} {c['n']:4} {c['caught_rate']:6.3f} {c['missed']:4} "
              f"{c['wrong_type']:6}")  # fmt: skip
    print(f"\nby slot: {'lang':4} {'cue':6} {'case':5} {'n':>5} {'rate':>6} {'miss':>4}")
    for (lang, cue, case), c in by_slot.items():
        print(f"         {lang:4} {cue:6} {case:5} {c['n']:5} {c['caught_rate']:6.3f} "
              f"{c['missed']:4}")  # fmt: skip
    print(f"\nall: {total['n']} numbers, caught {total['caught_rate']:.3f}, flagged "
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
