#!/usr/bin/env python3
"""Grammar-generated stress benchmark for institutions named by a place or name plus a kind word.

Why it exists: interviewees name where they worked, were admitted, went to school or played as
a PLACE or NAME with a KIND word ("Bergen sykehus", "Skien-fabrikken", "døgnenheten Lien",
"Hansen bil", "Sankt Olav menighet"; "Wigan Athletic", "the Port of Dover", "Heart of Devon
College", "Colman's", "Jenkins and Sons", "St Brendan's"), and such a name identifies a person
as surely as a town does. The hand-written sets hold these one at a time, so a gap (a kind word
no rule knows, a village or invented name before it, a hyphen, a lower-case line, a place and a
kind replaced as two spans) shows up as one miss and is easy to patch as that one example.
Here a fixed seed fills every *shape* (place + kind, hyphenated definite, kind first, saint,
surname + trade; "<kind> of <Place>", "<Surname>'s", "<Surname> and Sons") from four *sources*
(well-known real towns, small real villages, invented syllable names, surnames), puts each in
interview carrier sentences that suit its kind (worked at, admitted to, went to school at,
member of, played for, married in, subject, apposition), written capitalised as Whisper does
and the same sentence all lower-case, and scores every (language, shape, source, case) cell,
so a gap shows up as a whole cell. It reads no evaluation data and none of anonkit's lists
(benchmarks/institution_forms.py holds the pools, kinds and carriers).

Scoring follows names_stress.py, with one difference: gold is the WHOLE institution name with
its kind word ("Bergen sykehus", "Port of Dover", "Heart of Devon College"); a "the" before it
lies outside gold, and so does the "'s" of "<Surname>'s" (a pseudonym keeps it: "Colman's" ->
"Hartley's", so replacing the surname leaks nothing). A name is CAUGHT when ``replace`` spans
cover every letter of it, FLAGGED when not caught but replace and flag spans together cover it,
else MISSED (a silent leak). ``right_type`` counts caught names whose overlapping replace spans
are all ORGANIZATION; its rate is over caught names. ``split`` counts caught names covered by
more than one replace span (a place and its kind word replaced apart read badly once
pseudonymised: "Tromsø sykehus" -> "Vardø Sjøbad"); its rate is over caught names too.

Usage:
    python benchmarks/institutions_stress.py [--lang nb|en|all] [--per N] [--json] [--examples N]
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
from institution_forms import (
    INVENTED_STYLE,
    KINDS,
    SEED,
    SLOTS,
    SOURCES,
    R,
    fits,
    invented,
    pool,
    render,
)

PER = 60  # sentences per (shape, source) and case: ~4,100 sentences, about 20 s on one core

# --------------------------------------------------------------------------------------------
# generation and scoring


@dataclass
class Item:
    lang: str
    shape: str
    source: str
    kind: str  # the kind's template, "{} sykehus"
    slot: str
    case: str
    name: str  # the place or name put into the kind
    text: str
    start: int
    end: int
    status: str = ""  # caught/flagged/missed
    types: list[str] = field(default_factory=list)  # of replace spans overlapping gold
    spans: list[str] = field(default_factory=list)
    right_type: bool = False
    split: bool = False

    def cell(self) -> tuple[str, str, str, str]:
        return (self.lang, self.shape, self.source, self.case)


def cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text[0].upper() + text[1:]


def generate(lang: str, per: int) -> list[Item]:
    """Per (shape, source): ``per`` sentences, each written capitalised and then all lower-case
    (the same sentence, so the case gap is the gap between the pair). Kinds that suit the source
    and the source's names take turns, each shuffled; the carrier is drawn among those that suit
    the kind. Each (shape, source) has a seed of its own: a kind or source added elsewhere leaves
    its sentences alone."""
    items: list[Item] = []
    for shape, sources in SOURCES[lang].items():
        for source in sources:
            R.seed(f"{SEED}-{lang}-{shape}-{source}")
            usable = [k for k in KINDS[lang][shape] if fits(k, shape, source)]
            kinds = R.sample(usable, len(usable))
            real = pool(lang, shape, source)
            names = R.sample(real, len(real))
            for i in range(per):
                kind = kinds[i % len(kinds)]
                name = (
                    names[i % len(names)]
                    if names
                    else invented(lang, INVENTED_STYLE.get(shape, "place"))
                )
                slot = R.choice([s for s in SLOTS[lang] if kind.category in s.categories])
                text, s, e = place(slot.template, render(lang, shape, kind, name))
                for case in ("cap", "lower"):
                    line = cased(text, case)
                    assert len(line) == len(text), text
                    items.append(
                        Item(lang, shape, source, kind.template, slot.name, case, name, line, s, e)
                    )
    return items


def score(item: Item, found: Sequence) -> None:
    """CAUGHT / FLAGGED / MISSED by letter coverage (``stress_kit.coverage``); right type when
    every overlapping replace span is ORGANIZATION; split when more than one covers it."""
    cov = coverage(item.text, item.start, item.end, found)
    item.status, item.types, item.spans = cov.status, cov.types, cov.spans
    item.right_type = item.status == "caught" and set(item.types) == {"ORGANIZATION"}
    item.split = item.status == "caught" and len(item.types) > 1


def cells(items: list[Item], key: Callable[[Item], tuple]) -> dict[tuple, dict]:
    return tally(items, key, of_caught=("right_type", "split"))


def example(it: Item) -> dict:
    return {"status": it.status, "text": it.text, "gold": it.text[it.start : it.end],
            "kind": it.kind, "slot": it.slot, "spans": it.spans}  # fmt: skip


def pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:4.0f}"


def table(title: str, heads: Sequence[str], widths: Sequence[int], rows: dict) -> None:
    """One line per key: n, caught/flagged/missed counts, caught %, right type % and split %
    (both of caught)."""
    print(f"\n{title}\n" + " ".join(f"{h:{w}}" for h, w in zip(heads, widths, strict=True))
          + f" {'n':>4} {'caught':>6} {'flag':>4} {'miss':>4} {'rate':>4} {'type':>4} "
          f"{'split':>5}")  # fmt: skip
    for key, c in rows.items():
        print(" ".join(f"{k:{w}}" for k, w in zip(key, widths, strict=True))
              + f" {c['n']:4} {c['caught']:6} {c['flagged']:4} {c['missed']:4} "
              f"{pct(c['caught_rate'])} {pct(c['right_type_rate'])} "
              f"{pct(c['split_rate']):>5}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    args = stress_args(
        __doc__,
        f"sentences per (shape, source), each in both cases ({PER})",
        "per cell: missed, flagged, wrong-type and split institutions",
        argv,
    )
    given = sys.argv[1:] if argv is None else argv
    if not any(a == "--per" or a.startswith("--per=") for a in given):
        args.per = PER  # the shared command line defaults to 20; this grid is wider
    langs = ["nb", "en"] if args.lang == "all" else [args.lang]
    started = time.perf_counter()
    items: list[Item] = detect_and_score(langs, args.per, generate, score)
    by_cell = cells(items, Item.cell)
    by_shape = cells(items, lambda it: (it.lang, it.shape, it.case))
    by_source = cells(items, lambda it: (it.lang, it.source, it.case))
    by_kind = cells(items, lambda it: (it.lang, it.shape, it.kind))
    by_slot = cells(items, lambda it: (it.lang, it.slot, it.case))
    total = cells(items, lambda it: ("all",))[("all",)]
    n = args.examples
    ex: dict[tuple, list[dict]] = {k: [] for k in by_cell}
    for label, test in (
        ("missed", lambda it: it.status == "missed"),
        ("flagged", lambda it: it.status == "flagged"),
        ("caught, wrong type", lambda it: it.status == "caught" and not it.right_type),
        ("caught, split", lambda it: it.split),
    ):
        taken: dict[tuple, int] = {}
        for it in items:
            if test(it) and taken.get(it.cell(), 0) < n:
                taken[it.cell()] = taken.get(it.cell(), 0) + 1
                ex[it.cell()].append(example(it) | {"status": label})
    if args.json:
        cells_out = named(("lang", "shape", "source", "case"), by_cell)
        for row, key in zip(cells_out, by_cell, strict=True):
            row["examples"] = ex[key]
        out = {"seed": SEED, "per": args.per, "total": total, "cells": cells_out,
               "by_shape": named(("lang", "shape", "case"), by_shape),
               "by_source": named(("lang", "source", "case"), by_source),
               "by_kind": named(("lang", "shape", "kind"), by_kind),
               "by_slot": named(("lang", "slot", "case"), by_slot),
               "seconds": round(time.perf_counter() - started, 1)}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print("type and split in % of caught")
    table("cells:", ("lang", "shape", "source", "case"), (4, 10, 8, 5), by_cell)
    table("by shape:", ("lang", "shape", "case"), (4, 10, 5), by_shape)
    table("by source:", ("lang", "source", "case"), (4, 8, 5), by_source)
    table("by slot:", ("lang", "slot", "case"), (4, 12, 5), by_slot)
    table("by kind, both cases:", ("lang", "shape", "kind"), (4, 10, 26), by_kind)
    print(f"\nall: {total['n']} institutions, caught {total['caught_rate']:.3f}, flagged "
          f"{total['flagged']}, missed {total['missed']}, right type {total['right_type']}, "
          f"split {total['split']} ({time.perf_counter() - started:.1f} s)")  # fmt: skip
    for key, examples in ex.items() if n else ():
        c = by_cell[key]
        if examples:
            print(f"\n## {' '.join(key)}: caught {c['caught_rate']:.3f}, missed {c['missed']}, "
                  f"split {c['split']}")  # fmt: skip
        for e in examples:
            print(f"  [{e['status']}] {e['text']}\n      gold {e['gold']!r} -> {e['spans']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
