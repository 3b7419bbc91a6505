#!/usr/bin/env python3
"""Grammar-generated stress benchmark for ASR misspellings of real names and places.

Why it exists: Whisper writes a name it has not learnt the way it sounds ("Kjeshti", "Tonsberg",
"Siovan", "brumund dal"), and the hand-written sets hold such respellings one at a time, so a
gap shows up as one miss and is easy to patch as that one example. Here a fixed seed picks real
Norwegian and UK/Irish towns and Norwegian, English, Irish and immigrant first names and
surnames from anonkit's own lists, respells each by one *rule* (å -> a, kj -> sh, rs -> sh,
doubled consonant, sound-alike letter, split in two words; bh -> v, ch -> k, -ough -> -uff,
silent letters, one vowel, dropped last letter ...), drops respellings that are themselves listed
names, places or common words, and puts each in interview carrier sentences with and without a
slot cue, capitalised as Whisper writes and all lower-case. Every (language, family, rule, case)
cell is scored, and the same sentence with the name spelt right is scored beside it, so the cost
of each respelling is the gap to that paired baseline. It reads no evaluation data
(benchmarks/respelling_forms.py holds the rules, pools and carriers).

Scoring follows names_stress.py: a name is CAUGHT when ``replace`` spans cover every letter of
it (both parts of a split), FLAGGED when not caught but replace and flag spans together cover it,
else MISSED (a silent leak). ``right_type`` counts caught names whose overlapping replace spans
all carry the family's type (PERSON, LOCATION); its rate is over caught names.

Usage:
    python benchmarks/respelling_stress.py [--lang nb|en|all] [--per N] [--json] [--examples N]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stress_kit import coverage, detect_and_score, named, stress_args
from respelling_forms import CARRIERS, EXPECTED, RULES, SEED, R, candidates, surface

FAMILIES = ("person", "place")

# --------------------------------------------------------------------------------------------
# generation and scoring


@dataclass
class Item:
    lang: str
    family: str
    form: str  # the respelling rule; the paired baseline item carries it too
    case: str
    cue: bool
    spelling: str  # "correct" or "respelt"
    name: str  # the real name, as listed
    text: str
    start: int
    end: int
    status: str = ""
    types: list[str] = field(default_factory=list)  # of replace spans overlapping gold
    spans: list[str] = field(default_factory=list)
    right_type: bool = False
    base: str = ""  # on a respelt item: the status of its correctly spelt twin
    base_type: bool = False  # ... and whether the twin was caught with the right type

    def cell(self) -> tuple[str, str, str, str]:
        return (self.lang, self.family, self.form, self.case)


def generate(lang: str, per: int) -> list[Item]:
    """Pairs (correct, respelt) in the same carrier; sources (first names, surnames, ...) take
    turns, each shuffled, so a cell holds as many different names as its pools allow. Each cell
    has a seed of its own: a rule added or changed leaves the other cells' sentences alone."""
    items: list[Item] = []
    for family in FAMILIES:
        for form, _ in RULES[lang]:
            sources = candidates(lang, family, form)
            for case in ("cap", "lower") if sources else ():
                R.seed(f"{SEED}-{lang}-{family}-{form}-{case}")
                queues = [R.sample(src, len(src)) for src in sources]
                for i in range(per):
                    queue = queues[i % len(queues)]
                    name, respelt = queue[(i // len(queues)) % len(queue)]
                    cue = i % 2 == 0
                    template = R.choice(CARRIERS[lang][family]["cue" if cue else "bare"])
                    pre, _, post = template.partition("{}")
                    for spelling, word in (("correct", name), ("respelt", surface(respelt, lang))):
                        text = pre + word + post
                        text = text.lower() if case == "lower" else text
                        items.append(
                            Item(lang, family, form, case, cue, spelling, name, text,
                                 len(pre), len(pre) + len(word))
                        )  # fmt: skip
    return items


def score(item: Item, found: Sequence) -> None:
    """CAUGHT / FLAGGED / MISSED by letter coverage (``stress_kit.coverage``)."""
    cov = coverage(item.text, item.start, item.end, found)
    item.status, item.types, item.spans = cov.status, cov.types, cov.spans
    item.right_type = item.status == "caught" and set(item.types) == {EXPECTED[item.family]}


def cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    """Counts and rates per key; on respelt items also the paired baseline's counts."""
    out: dict[tuple, dict] = {}
    for it in items:
        c = out.setdefault(key(it), dict.fromkeys(("n", "caught", "flagged", "missed"), 0))
        c["n"] += 1
        c[it.status] += 1
        c["right_type"] = c.get("right_type", 0) + it.right_type
        c.setdefault("names", set()).add(it.name)
        if it.base:
            c[f"base_{it.base}"] = c.get(f"base_{it.base}", 0) + 1
            c["base_right_type"] = c.get("base_right_type", 0) + it.base_type
    for c in out.values():
        c["names"] = len(c["names"])
        for s in ("caught", "flagged", "missed"):
            c[f"{s}_rate"] = round(c[s] / c["n"], 3)
            if any(k.startswith("base_") for k in c):
                c[f"base_{s}_rate"] = round(c.get(f"base_{s}", 0) / c["n"], 3)
        c["right_type_rate"] = round(c["right_type"] / c["caught"], 3) if c["caught"] else None
        if c.get("base_caught"):
            c["base_right_type_rate"] = round(c["base_right_type"] / c["base_caught"], 3)
    return out


def example(it: Item) -> dict:
    return {"status": it.status, "baseline": it.base, "text": it.text, "name": it.name,
            "gold": it.text[it.start : it.end], "spans": it.spans}  # fmt: skip


def pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:4.0f}"


def table(title: str, heads: Sequence[str], widths: Sequence[int], rows: dict) -> None:
    """One line per key: caught/flag/miss % respelt, then the baseline's, and right type %."""
    print(f"\n{title}\n" + " ".join(f"{h:{w}}" for h, w in zip(heads, widths, strict=True))
          + f" {'n':>4} {'names':>5} | {'caught':>6} {'flag':>4} {'miss':>4} {'type':>4} | "
          f"{'base':>4} {'bflag':>5} {'bmiss':>5} {'btype':>5} | {'Δcaught':>7}")  # fmt: skip
    for key, c in rows.items():
        base = c.get("base_caught_rate")
        delta = "" if base is None else f"{100 * (c['caught_rate'] - base):+7.0f}"
        print(" ".join(f"{k:{w}}" for k, w in zip(key, widths, strict=True))
              + f" {c['n']:4} {c['names']:5} | {pct(c['caught_rate']):>6} "
              f"{pct(c['flagged_rate'])} {pct(c['missed_rate'])} {pct(c['right_type_rate'])} | "
              f"{pct(base)} {pct(c.get('base_flagged_rate')):>5} "
              f"{pct(c.get('base_missed_rate')):>5} {pct(c.get('base_right_type_rate')):>5} | "
              f"{delta}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = stress_args(
        __doc__, "sentences per cell (20)", "per cell: missed, then flagged, respellings", argv
    )
    langs = ["nb", "en"] if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    items: list[Item] = detect_and_score(langs, args.per, generate, score)
    # each respelt item follows its correctly spelt twin (every batch holds whole pairs)
    for correct, respelt in zip(items[::2], items[1::2], strict=True):
        respelt.base, respelt.base_type = correct.status, correct.right_type
    resp = [it for it in items if it.spelling == "respelt"]
    base = [it for it in items if it.spelling == "correct"]
    by_cell = cells(resp, Item.cell)
    by_form = cells(resp, lambda it: (it.lang, it.family, it.form))
    baseline = cells(base, lambda it: (it.lang, it.family, "(correct)", it.case))
    by_cue = cells(resp, lambda it: (it.lang, it.family, "cue" if it.cue else "bare", it.case))
    total = cells(resp, lambda it: ("all",))[("all",)]
    base_total = cells(base, lambda it: ("all",))[("all",)]
    n = args.examples
    ex: dict[tuple, list[dict]] = {k: [] for k in by_cell}
    for status in ("missed", "flagged"):
        for it in resp:
            if it.status == status and sum(e["status"] == status for e in ex[it.cell()]) < n:
                ex[it.cell()].append(example(it))
    if args.json:
        cells_out = named(("lang", "family", "form", "case"), by_cell)
        for row, key in zip(cells_out, by_cell, strict=True):
            row["examples"] = ex[key]
        pools = {f"{lang}/{fam}/{form}": [len(s) for s in candidates(lang, fam, form)]
                 for lang in langs for fam in FAMILIES for form, _ in RULES[lang]}  # fmt: skip
        out = {"seed": SEED, "per": args.per, "total": total, "baseline_total": base_total,
               "baseline": named(("lang", "family", "form", "case"), baseline),
               "by_form": named(("lang", "family", "form"), by_form), "cells": cells_out,
               "by_cue": named(("lang", "family", "cue", "case"), by_cue),
               "pool_sizes": pools, "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print("rates in %; base* = the same sentence with the name spelt right")
    heads, widths = ("lang", "family", "form", "case"), (4, 6, 16, 5)
    table("baseline (correct spelling, all carriers):", heads, widths, baseline)
    table("cells (respelt):", heads, widths, by_cell)
    table("by rule, both cases:", heads[:3], widths[:3], by_form)
    table("by cue:", ("lang", "family", "cue", "case"), (4, 6, 4, 5), by_cue)
    print(f"\nall: {total['n']} respelt names, caught {total['caught_rate']:.3f}, flagged "
          f"{total['flagged']}, missed {total['missed']}, right type {total['right_type']}; "
          f"spelt right: caught {base_total['caught_rate']:.3f}, flagged "
          f"{base_total['flagged']}, missed {base_total['missed']} "
          f"({time.perf_counter() - started:.1f} s)")  # fmt: skip
    for key, examples in ex.items() if n else ():
        c = by_cell[key]
        if examples:
            print(f"\n## {' '.join(key)}: caught {c['caught_rate']:.3f} (baseline "
                  f"{c['base_caught_rate']:.3f}), missed {c['missed']}")  # fmt: skip
        for e in examples:
            print(f"  [{e['status']}; spelt right: {e['baseline']}] {e['text']}\n"
                  f"      {e['name']} -> {e['gold']!r} -> {e['spans']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
