#!/usr/bin/env python3
"""Grammar-generated stress benchmark for names in context (Norwegian and English).

Why it exists: the hand-written ASR-style sets test names one sentence at a time, so a gap (a
slot the context rules do not know, a name no list has, a lower-case line) shows up as one miss
among many and is easy to patch as that one example. Here a fixed seed generates names that no
list of anonkit has (invented syllable names, places and organisations) or that are everyday
words (nicknames like "Biscuit", "Rype"; places like "Kettle"), puts them in interview carrier
sentences by *slot* (naming verb, kinship word, dialect pronoun, title, subject, object,
apposition, coordination; residence, motion, bare "in"; work, admission, membership), written
capitalised as Whisper does and all lower-case, and scores every (language, slot, kind, case)
cell, so a gap shows up as a whole cell. The same slots filled with everyday non-names ("jobba
på kjøkkenet", "lives in a flat", "my mum said") count false positives per slot. It reads no
evaluation data (benchmarks/name_forms.py holds the generators and templates).

Scoring follows eval_detect.py: a name is CAUGHT when ``replace`` spans cover every letter of
it, FLAGGED when not caught but replace and flag spans together cover it, else MISSED (a silent
leak). ``right_type`` counts caught names whose overlapping replace spans all carry the kind's
type (PERSON, LOCATION, ORGANIZATION); its rate is over caught names. Gold for "<name> <head>"
organisations is the name part ("Tavrik" in "Tavrik klinikk": a bare head word identifies no
one); title words and kinship words lie outside gold. A non-name filler line is REPLACED when a
replace span overlaps the filler, FLAGGED when only a flag span does.

Usage:
    python benchmarks/names_stress.py [--lang nb|en|all] [--per N] [--json] [--examples N]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stress_kit import coverage, detect_and_score, named, place, stress_args, tally
from name_forms import EXPECTED, KINDS, SEED, SLOTS, R, render, word_pool

FILLER = re.compile(r"\{([^{}]+)\}")

# --------------------------------------------------------------------------------------------
# generation and scoring


@dataclass
class Item:
    lang: str
    slot: str
    kind: str  # a name kind, or "filler" for the false-positive lines
    case: str
    text: str
    start: int
    end: int
    status: str = ""  # caught/flagged/missed; replaced/flagged/clean for fillers
    types: list[str] = field(default_factory=list)  # of replace spans overlapping gold
    spans: list[str] = field(default_factory=list)
    right_type: bool = False

    def cell(self) -> tuple[str, str, str, str]:
        return (self.lang, self.slot, self.kind, self.case)


def fillers(template: str) -> list[tuple[str, int, int]]:
    """Each of the "{a|b|c}" alternatives put in; gold is the filler."""
    m = FILLER.search(template)
    assert m, template
    pre, post = template[: m.start()], template[m.end() :]
    return [(pre + a + post, len(pre), len(pre) + len(a)) for a in m.group(1).split("|")]


def cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text[0].upper() + text[1:]


def generate(lang: str, per: int) -> list[Item]:
    R.seed(f"{SEED}-{lang}")
    items: list[Item] = []
    for slot in SLOTS[lang]:
        for case in ("cap", "lower"):
            for kind in KINDS[slot.family]:
                for i in range(per):
                    text, s, e = place(slot.names[i % len(slot.names)], render(lang, kind, slot))
                    assert len(text.lower()) == len(text)
                    items.append(Item(lang, slot.name, kind, case, cased(text, case), s, e))
            lines = [line for t in slot.fillers for line in fillers(t)]  # each in turn
            for i in range(per):
                text, s, e = lines[i % len(lines)]
                items.append(Item(lang, slot.name, "filler", case, cased(text, case), s, e))
    return items


def score(item: Item, found: Sequence) -> None:
    """CAUGHT / FLAGGED / MISSED by letter coverage; fillers REPLACED / FLAGGED / clean."""
    cov = coverage(item.text, item.start, item.end, found)
    item.spans, item.types = cov.spans, cov.types
    if item.kind == "filler":
        touched = cov.actions
        item.status = "replaced" if "replace" in touched else "flagged" if touched else "clean"
        return
    item.status = cov.status
    item.right_type = item.status == "caught" and set(item.types) == {EXPECTED[item.kind]}


def cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    return tally((it for it in items if it.kind != "filler"), key, of_caught=("right_type",))


def fp_cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    out: dict[tuple, dict] = {}
    for it in (it for it in items if it.kind == "filler"):
        c = out.setdefault(key(it), dict.fromkeys(("n", "replaced", "flagged", "clean"), 0))
        c["n"] += 1
        c[it.status] += 1
        c["replaced_rate"] = round(c["replaced"] / c["n"], 3)
        c["flagged_rate"] = round(c["flagged"] / c["n"], 3)
    return out


def example(it: Item) -> dict:
    return {"status": it.status, "text": it.text, "gold": it.text[it.start : it.end],
            "spans": it.spans}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = stress_args(
        __doc__,
        "sentences per cell (20)",
        "per cell: missed, flagged and wrong-type sentences; per slot: replaced fillers",
        argv,
    )
    langs = ["nb", "en"] if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    items: list[Item] = detect_and_score(langs, args.per, generate, score)
    by_cell = cells(items, Item.cell)
    by_slot = cells(items, lambda it: (it.lang, it.slot, it.case))
    by_kind = cells(items, lambda it: (it.lang, it.kind, it.case))
    fps = fp_cells(items, lambda it: (it.lang, it.slot, it.case))
    total = cells(items, lambda it: ("all",))[("all",)]
    fp_total = fp_cells(items, lambda it: ("all",))[("all",)]
    n = args.examples
    order = {"missed": 0, "flagged": 1}
    ex: dict[tuple, list[dict]] = {k: [] for k in by_cell}
    for it in sorted(items, key=lambda it: order.get(it.status, 2)):
        if it.kind != "filler" and (it.status != "caught" or not it.right_type):
            ex[it.cell()].append(example(it))
    for k, v in ex.items():  # N not caught, then N caught with a wrong type
        ex[k] = [e for e in v if e["status"] != "caught"][:n] + [
            e | {"status": "caught, wrong type"} for e in v if e["status"] == "caught"
        ][:n]
    fp_ex: dict[tuple, list[dict]] = {k: [] for k in fps}
    for it in items:
        k = (it.lang, it.slot, it.case)
        if it.kind == "filler" and it.status != "clean" and len(fp_ex[k]) < n:
            fp_ex[k].append(example(it))
    if args.json:
        cells_out = named(("lang", "slot", "kind", "case"), by_cell)
        for row, key in zip(cells_out, by_cell, strict=True):
            row["examples"] = ex[key]
        fp_out = named(("lang", "slot", "case"), fps)
        for row, key in zip(fp_out, fps, strict=True):
            row["examples"] = fp_ex[key]
        pools = {f"{lang}/{fam}": dict(zip(("kept", "dropped"), word_pool(lang, fam), strict=True))
                 for lang in langs for fam in ("person", "place")}  # fmt: skip
        out = {"seed": SEED, "per": args.per, "total": total, "fp_total": fp_total,
               "cells": cells_out, "by_slot": named(("lang", "slot", "case"), by_slot),
               "by_kind": named(("lang", "kind", "case"), by_kind), "false_positives": fp_out,
               "word_pools": pools, "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"{'lang':4} {'slot':12} {'kind':10} {'case':5} {'n':>3} {'caught':>6} {'flag':>4} "
          f"{'miss':>4} {'rate':>6} {'typeOK':>6}")  # fmt: skip
    for (lang, slot, kind, case), c in by_cell.items():
        rt = "-" if c["right_type_rate"] is None else f"{c['right_type_rate']:.3f}"
        print(f"{lang:4} {slot:12} {kind:10} {case:5} {c['n']:3} {c['caught']:6} "
              f"{c['flagged']:4} {c['missed']:4} {c['caught_rate']:6.3f} {rt:>6}")  # fmt: skip
    print(f"\nby slot: {'lang':4} {'slot':12} {'case':5} {'n':>4} {'rate':>6} {'miss':>4}")
    for (lang, slot, case), c in by_slot.items():
        print(f"         {lang:4} {slot:12} {case:5} {c['n']:4} {c['caught_rate']:6.3f} "
              f"{c['missed']:4}")  # fmt: skip
    print(f"\nby kind: {'lang':4} {'kind':10} {'case':5} {'n':>4} {'rate':>6} {'miss':>4}")
    for (lang, kind, case), c in by_kind.items():
        print(f"         {lang:4} {kind:10} {case:5} {c['n']:4} {c['caught_rate']:6.3f} "
              f"{c['missed']:4}")  # fmt: skip
    print(f"\nfalse positives: {'lang':4} {'slot':12} {'case':5} {'n':>3} {'repl':>4} "
          f"{'flag':>4} {'replR':>6} {'flagR':>6}")  # fmt: skip
    for (lang, slot, case), c in fps.items():
        print(f"                 {lang:4} {slot:12} {case:5} {c['n']:3} {c['replaced']:4} "
              f"{c['flagged']:4} {c['replaced_rate']:6.3f} {c['flagged_rate']:6.3f}")  # fmt: skip
    print(f"\nall: {total['n']} names, caught {total['caught_rate']:.3f}, flagged "
          f"{total['flagged']}, missed {total['missed']}, right type {total['right_type']}; "
          f"{fp_total['n']} filler lines, replaced {fp_total['replaced']}, flagged "
          f"{fp_total['flagged']} ({time.perf_counter() - started:.1f} s)")  # fmt: skip
    for key, examples in ex.items() if n else ():
        c = by_cell[key]
        if examples:
            print(f"\n## {' '.join(key)}: caught {c['caught_rate']:.3f}, missed {c['missed']}")
        for e in examples:
            print(f"  [{e['status']}] {e['text']}\n      gold {e['gold']!r} -> {e['spans']}")
    for key, examples in fp_ex.items() if n else ():
        if examples:
            print(f"\n## false positives {' '.join(key)}: replaced {fps[key]['replaced']}")
        for e in examples:
            print(f"  [{e['status']}] {e['text']}\n      filler {e['gold']!r} -> {e['spans']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
