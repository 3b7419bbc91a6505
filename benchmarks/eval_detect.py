#!/usr/bin/env python3
"""Measure anonkit's detector: recall as coverage, precision, flags and speed.

Why coverage: for anonymization a gold entity is protected only if every identifying character
of it ends up inside a span that will be replaced (of any type: a name replaced as a place is
still gone). So recall counts a gold entity as caught when all of its letters and digits lie
inside ``replace`` spans; type-exact recall additionally requires spans of the gold type.
Precision counts a predicted ``replace`` span as correct when it overlaps any gold entity.

The sets' markup and NorNE's CoNLL-U are read by ``eval_markup.py`` (other scripts and tests read
them too); its names (``load_markup``, ``Sentence``, ``EVAL_DIR``, …) are re-exported here.

Sets:
- ``interview``: tests/data/eval/interview_{en,nb}.txt, written for anonkit (fictitious), in
  inline markup ``[Irene](PERSON)``; ``[Freud](NOT)`` marks a distractor (a non-entity that a
  detector is tempted by). See tests/data/eval/README.md.
- ``blind``: tests/data/eval/blind_asr_{en,nb}.txt, written like Whisper output (lower-case
  lines, ASR spellings, spoken numbers) before the issue-10 changes; never tuned on. Reported
  with a breakdown by category (``#@ N`` lines) and lower-case vs capitalised line.
- ``blind2``: tests/data/eval/blind2_asr_{en,nb}.txt, a second blind ASR-style set written on
  branch detect3 before its detector changes, once ``blind`` had been used to report figures
  (from then on ``blind`` counts as development material). Same breakdown as ``blind``.
- ``blind3``: tests/data/eval/blind3_asr_{en,nb}.txt, the third blind ASR-style set, written on
  branch detect4 before its detector changes (from then on ``blind2`` is development material).
  Same breakdown. Development material since ``blind4`` was written.
- ``blind4``: tests/data/eval/blind4_asr_{en,nb}.txt, the fourth blind ASR-style set, written
  on 2026-11-28 by writers who did not read the detector's code or data, before the session's
  detector changes (from then on ``blind3`` is development material). Same breakdown.
  Development material since ``blind5`` was written.
- ``blind5`` … ``blind18``: tests/data/eval/blindN_asr_{en,nb}.txt, the fifth to eighteenth
  blind ASR-style sets, each written cold the same way before the session that tuned on the
  one before it. Same breakdown. Each is development material since the next was written
  (its "after" was measured once before that); tests/data/eval/README.md has their history.
- ``blind19``: tests/data/eval/blind19_asr_{en,nb}.txt, the nineteenth blind ASR-style set,
  written cold the same way at the end of session 28, after blind18's "after" was measured
  and before any tuning on blind18. Same breakdown; ``--examples`` never prints its misses.
- ``blind20``: tests/data/eval/blind20_asr_{en,nb}.txt, the twentieth, written cold at the
  start of session 29 before any change. blind19 and blind20 are both that session's checks
  (``BLIND_CHECKS``): aggregates only, never their misses.
- ``blind21``: tests/data/eval/blind21_asr_{en,nb}.txt, written cold at the end of session
  29, after its last detector change; a check in session 30, development material since.
- ``blind22``, ``blind23``: written cold at the starts of sessions 30 and 31, before any
  change of those sessions; session 31's checks. blind22 is development material from
  session 32 on.
- ``blind24``: written cold at the start of session 32 (its first detector commit landed
  while the writers wrote; they saw no code); session 32's check with blind23. blind23 is
  development material from session 33 on.
- ``blind25``: written cold at the start of session 33 the same way; session 33's check with
  blind24. blind24 is development material from session 34 on.
- ``blind26``: written cold at the start of session 34 the same way; session 34's check with
  blind25. blind25 is development material from session 35 on.
- ``blind27``: written cold at the start of session 35 the same way; session 35's check with
  blind26. blind26 is development material from session 36 on.
- ``blind28``: written cold at the start of session 36 the same way; session 36's check with
  blind27. blind27 is development material from session 37 on.
- ``blind29``: written cold at the start of session 37 the same way; session 37's check with
  blind28. blind28 is development material from session 38 on.
- ``blind30``: written cold at the start of session 38 the same way; session 38's check with
  blind29. blind29 is development material from session 39 on.
- ``blind31``: written cold at the start of session 39 the same way; session 39's check with
  blind30. blind30 is development material from session 40 on.
- ``blind32``: written cold at the start of session 40 the same way; session 40's check with
  blind31. blind31 is development material from session 41 on.
- ``blind33``: written cold at the start of session 41 the same way; session 41's check with
  blind32. blind32 is development material from session 42 on.
- ``blind34``: written cold at the start of session 42 the same way; session 42's check with
  blind33. blind33 is development material from session 43 on.
- ``blind35``: written cold at the start of session 43 the same way; session 43's check with
  blind34. blind34 is development material from session 44 on.
- ``blind36``: written cold at the start of session 44 the same way; session 44's check with
  blind35. blind35 is development material from session 45 on.
- ``blind37``: written cold at the start of session 45 the same way; session 45's check with
  blind36. blind36 is development material from session 46 on.
- ``blind38``: written cold at the start of session 46 the same way; session 46's check with
  blind37. blind37 is development material from session 47 on.
- ``blind39``: written cold at the start of session 47 the same way; session 47's check with
  blind38. blind38 is development material from session 48 on.
- ``blind40``: written cold at the start of session 48 the same way; session 48's check with
  blind39. blind39 is development material from session 49 on.
- ``blind41``: written cold at the start of session 49 the same way; session 49's check with
  blind40. blind40 is development material from session 50 on.
- ``blind42``: written cold at the start of session 50 the same way. blind41 and blind42 are
  session 50's checks (``BLIND_CHECKS``): aggregates only, never their misses.
- ``asr-dev``: tests/data/eval/asr_dev_{en,nb}.txt, the smaller ASR-style set tuned on.
- ``norne``: NorNE Bokmål dev (``../shared/data/norne/nob-dev.conllu``), Norwegian only;
  skipped with a message when absent. PER -> PERSON, LOC/GPE_LOC/GPE_ORG -> LOCATION,
  ORG -> ORGANIZATION; predictions overlapping PROD/EVT/DRV/MISC, and predictions of types
  NorNE does not annotate (DATE, PHONE, …), are neither right nor wrong.

Usage:
    python benchmarks/eval_detect.py [--lang en|nb|all]
        [--set interview|blind|blind2|…|blind42|asr-dev|norne|all]
        [--json] [--examples N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # throughput is reported for one core
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

# ``benchmarks`` is not a package: scripts and tests load this file by path, so make its
# sibling ``eval_markup`` importable however this module was loaded.
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

# The markup names are re-exported (``eval_detect.load_markup`` etc.) for the scripts that
# read the sets through this module.
from eval_markup import (
    CATEGORIES,
    DISTRACTOR,  # noqa: F401
    EVAL_DIR,
    EXTRA_TYPES,  # noqa: F401
    NORNE_DEV,
    NORNE_TYPES,
    REPO_ROOT,  # noqa: F401
    TYPES,  # noqa: F401
    MarkupError,  # noqa: F401
    Sentence,
    Span,
    load_markup,
    load_norne,
    parse_markup_line,  # noqa: F401
)

# Type groups of the blind-set breakdown: the targets are per group.
GROUPS = {
    "PERSON": "PER",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "DATE": "ids/phones/dates",
    "PHONE": "ids/phones/dates",
    "NATIONAL_ID": "ids/phones/dates",
    "EMAIL": "ids/phones/dates",
    "ADDRESS": "ids/phones/dates",
    "URL": "ids/phones/dates",
    "LICENSE_PLATE": "ids/phones/dates",
}


# --------------------------------------------------------------------------------------------
# scoring


@dataclass
class TypeStats:
    gold: int = 0
    covered: int = 0
    type_exact: int = 0
    flagged_only: int = 0
    predicted: int = 0
    correct: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "gold": self.gold,
            "recall": _ratio(self.covered, self.gold),
            "recall_type_exact": _ratio(self.type_exact, self.gold),
            "flagged_only": self.flagged_only,
            "predicted": self.predicted,
            "precision": _ratio(self.correct, self.predicted),
        }


@dataclass
class SetResult:
    name: str
    lang: str
    sentences: int
    words: int
    per_type: dict[str, TypeStats] = field(default_factory=dict)
    distractor_hits: int = 0
    distractors: int = 0
    # Flags shown to the steward where nothing is replaced: the reviewing cost of recall.
    flags: int = 0
    misses: list[dict[str, str]] = field(default_factory=list)
    false_positives: list[dict[str, str]] = field(default_factory=list)
    detect_seconds: float = 0.0
    detect_cpu_seconds: float = 0.0
    # (group, category, case) -> [gold, covered, flagged only, predicted, correct]
    breakdown: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)

    def count(self, group: str, sentence: Sentence, index: int) -> None:
        """Add one to a breakdown cell, by type group x category x case (and the totals)."""
        case = "lower" if sentence.lower_case else "cap"
        for key in ((group, sentence.category, case), (group, "*", case), (group, "*", "*")):
            self.breakdown.setdefault(key, [0, 0, 0, 0, 0])[index] += 1

    def as_dict(self, show_examples: bool) -> dict:
        total = TypeStats()
        for stats in self.per_type.values():
            for attr in ("gold", "covered", "type_exact", "flagged_only", "predicted", "correct"):
                setattr(total, attr, getattr(total, attr) + getattr(stats, attr))
        out = {
            "set": self.name,
            "lang": self.lang,
            "sentences": self.sentences,
            "words": self.words,
            "per_type": {t: s.as_dict() for t, s in sorted(self.per_type.items())},
            "all": total.as_dict(),
            "distractors": self.distractors,
            "distractors_replaced": self.distractor_hits,
            "flags": self.flags,
            "flags_per_1000_words": (
                round(1000 * self.flags / self.words, 1) if self.words else None
            ),
            "detect_seconds": round(self.detect_seconds, 3),
            "words_per_second": round(self.words / self.detect_seconds)
            if self.detect_seconds
            else None,
            # CPU time of this (single-threaded) process: one core's throughput, robust to
            # other jobs on a shared machine.
            "detect_cpu_seconds": round(self.detect_cpu_seconds, 3),
            "words_per_cpu_second": round(self.words / self.detect_cpu_seconds)
            if self.detect_cpu_seconds
            else None,
        }
        if any(cat for _, cat, _ in self.breakdown if cat not in ("", "*")):
            out["breakdown"] = [
                {
                    "group": group,
                    "category": cat,
                    "case": case,
                    "gold": cell[0],
                    "recall": _ratio(cell[1], cell[0]),
                    "silent_leaks": cell[0] - cell[1] - cell[2],
                    "predicted": cell[3],
                    "precision": _ratio(cell[4], cell[3]),
                }
                for (group, cat, case), cell in sorted(self.breakdown.items())
            ]
        out["silent_leaks"] = sum(
            s.gold - s.covered - s.flagged_only for s in self.per_type.values()
        )
        if show_examples:
            out["misses"] = self.misses
            out["false_positives"] = self.false_positives
        return out


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _covered(text: str, span: Span, intervals: Sequence[tuple[int, int]]) -> bool:
    """True when every letter/digit of ``span`` lies inside one of ``intervals``."""
    for i in range(span.start, span.end):
        if text[i].isalnum() and not any(s <= i < e for s, e in intervals):
            return False
    return True


def _overlaps(a_start: int, a_end: int, b: Span) -> bool:
    return a_start < b.end and b.start < a_end


def score(
    name: str,
    lang: str,
    sentences: Sequence[Sentence],
    detect_all: Callable[[list[str]], list[list]],
    scored_types: frozenset[str] | None = None,
) -> SetResult:
    """Run the detector over the sentences (timed) and score its output against the gold.

    ``scored_types`` limits precision to predictions of types the set annotates at all
    (NorNE has no dates or phone numbers, so a detected date there is neither right nor wrong).
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    predictions = detect_all([s.text for s in sentences])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    result = SetResult(
        name, lang, len(sentences), sum(len(s.text.split()) for s in sentences),
        detect_seconds=elapsed, detect_cpu_seconds=cpu,
    )  # fmt: skip
    for sentence, predicted in zip(sentences, predictions, strict=True):
        replace = [p for p in predicted if p.action == "replace"]
        flags = [p for p in predicted if p.action == "flag"]
        result.flags += len(flags)
        intervals = [(p.start, p.end) for p in replace]
        for gold in sentence.gold:
            stats = result.per_type.setdefault(gold.type, TypeStats())
            stats.gold += 1
            group = GROUPS.get(gold.type, gold.type)
            result.count(group, sentence, 0)
            if _covered(sentence.text, gold, intervals):
                stats.covered += 1
                result.count(group, sentence, 1)
                same = [(p.start, p.end) for p in replace if p.type == gold.type]
                stats.type_exact += _covered(sentence.text, gold, same)
                continue
            flagged = any(_overlaps(f.start, f.end, gold) for f in flags)
            stats.flagged_only += flagged
            if flagged:
                result.count(group, sentence, 2)
            result.misses.append(
                {
                    "type": gold.type,
                    "entity": gold.text,
                    "text": sentence.text,
                    "flagged": flagged,
                    "found": [f"{p.text}/{p.type}/{p.action}" for p in predicted],
                }
            )
        result.distractors += len(sentence.distractors)
        for pred in replace:
            if scored_types is not None and pred.type not in scored_types:
                continue
            if any(_overlaps(pred.start, pred.end, n) for n in sentence.neutral) and not any(
                _overlaps(pred.start, pred.end, g) for g in sentence.gold
            ):
                continue
            stats = result.per_type.setdefault(pred.type, TypeStats())
            stats.predicted += 1
            result.count("all", sentence, 3)
            if any(_overlaps(pred.start, pred.end, g) for g in sentence.gold):
                stats.correct += 1
                result.count("all", sentence, 4)
                continue
            hit = any(_overlaps(pred.start, pred.end, d) for d in sentence.distractors)
            result.distractor_hits += hit
            result.false_positives.append(
                {"type": pred.type, "span": pred.text, "text": sentence.text, "distractor": hit}
            )
    return result


# --------------------------------------------------------------------------------------------
# detector


def make_detector(lang: str) -> tuple[Callable[[list[str]], list[list]], float]:
    """Build anonkit's Detector for ``lang``; returns (detect_all, load seconds incl. warm-up).

    ``detect_all`` uses ``Detector.detect_many`` (spaCy batching, the path transcripts take).
    """
    from anonkit.anonymize.detector import Detector

    started = time.perf_counter()
    detector = Detector(lang)
    detector.detect("Warm-up.")  # lazy loaders finish here, outside the timed loop
    detector.detect("a lower-case warm-up line")  # the lower-case lexicons load lazily too
    # ... and the word-class tables of the first-name and kinship rules (session 19)
    detector.detect("my brother tom stone came round, og broren min per lie kom")
    list(detector.detect_many(["Warm-up: Irene, Bergen, 12. mai 1980."] * 8))

    def detect_all(texts: list[str]) -> list[list]:
        return [list(found) for found in detector.detect_many(texts)]

    return detect_all, time.perf_counter() - started


# --------------------------------------------------------------------------------------------
# reporting


def render_table(results: Sequence[dict], loads: dict[str, float]) -> str:
    """A Markdown table per set, ready to paste into docs/benchmarks.md."""
    lines = []
    for res in results:
        lines.append(
            f"### {res['set']} ({res['lang']}): {res['sentences']} sentences, "
            f"{res['words']} words, {res['words_per_cpu_second']} words/CPU-s "
            f"({res['words_per_second']} words/s wall; load {loads.get(res['lang'], 0):.1f} s)"
        )
        lines.append("")
        lines.append(
            "| type | gold | recall (coverage) | recall (type-exact) | flagged only "
            "| predicted | precision |"
        )
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        rows = [*res["per_type"].items(), ("**all**", res["all"])]
        for name, row in rows:
            lines.append(
                f"| {name} | {row['gold']} | {_fmt(row['recall'])} | "
                f"{_fmt(row['recall_type_exact'])} | {row['flagged_only']} | "
                f"{row['predicted']} | {_fmt(row['precision'])} |"
            )
        lines.append("")
        lines.append(
            f"Flags (steward's review cost): {res['flags']} "
            f"({res['flags_per_1000_words']} per 1,000 words)."
        )
        if res["distractors"]:
            lines.append("")
            lines.append(
                f"Distractors replaced: {res['distractors_replaced']} of {res['distractors']}."
            )
        lines.append("")
    return "\n".join(lines)


def render_breakdown(res: dict) -> str:
    """Blind-set table: recall per type group, silent leaks and precision, by category x case.

    A cell reads ``recall (gold)``; ``leaks`` counts gold entities neither replaced nor flagged.
    """
    cells = {(r["group"], r["category"], r["case"]): r for r in res.get("breakdown", [])}
    groups = ("PER", "LOC", "ORG", "ids/phones/dates")
    head = f"#### {res['set']} ({res['lang']}) by category and case (recall (gold); leaks = silent)"
    lines = [head, "", "| category | case | " + " | ".join(groups) + " | leaks | precision |",
             "|---|---|" + "---:|" * (len(groups) + 2)]  # fmt: skip
    keys = sorted({(cat, case) for _, cat, case in cells}, key=lambda k: (k[0] == "*", k))
    for cat, case in keys:
        row = [f"{cat} {CATEGORIES.get(cat, '')}".strip() if cat != "*" else "**all**", case]
        leaks = 0
        for group in groups:
            cell = cells.get((group, cat, case))
            row.append(f"{_fmt(cell['recall'])} ({cell['gold']})" if cell else "")
            leaks += cell["silent_leaks"] if cell else 0
        total = cells.get(("all", cat, case))
        row += [str(leaks), f"{_fmt(total['precision'])} ({total['predicted']})" if total else ""]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def render_examples(res: dict, limit: int) -> str:
    lines = [f"misses in {res['set']} ({res['lang']}):"]
    for miss in res.get("misses", [])[:limit]:
        flag = " (flagged)" if miss["flagged"] else ""
        lines.append(f"  {miss['type']}: {miss['entity']!r}{flag} in {miss['text']!r}")
    lines.append(f"false positives in {res['set']} ({res['lang']}):")
    for fp in res.get("false_positives", [])[:limit]:
        mark = " [distractor]" if fp["distractor"] else ""
        lines.append(f"  {fp['type']}: {fp['span']!r}{mark} in {fp['text']!r}")
    return "\n".join(lines)


# The blind sets this session measures before/after: reported, never shown line by line (see
# the module docstring). Session 50 wrote blind42 cold at its start; blind41 (written cold at
# the start of session 49) is its second check. blind40, session 49's other check, is
# development material from session 50 on. The newest is ``BLIND_CHECK``.
BLIND_CHECKS: tuple[str, ...] = ("blind41-asr", "blind42-asr")
BLIND_CHECK = BLIND_CHECKS[-1]
# Every blind set, oldest first; all but the newest are development material by now.
BLIND_SETS = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["en", "nb", "all"], default="all")
    sets = ["interview", "norne", *BLIND_SETS, "asr-dev", "all"]
    parser.add_argument("--set", dest="set_name", choices=sets, default="all")
    parser.add_argument("--json", action="store_true", help="JSON to stdout")
    parser.add_argument("--norne-limit", type=int, default=0, help="first N NorNE sentences")
    parser.add_argument(
        "--examples", type=int, default=0, help="print N misses/false positives per interview set"
    )
    args = parser.parse_args(argv)
    langs = ["en", "nb"] if args.lang == "all" else [args.lang]
    results: list[dict] = []
    loads: dict[str, float] = {}
    notes: list[str] = []
    for lang in langs:
        jobs: list[tuple[str, list[Sentence]]] = []
        if args.set_name in ("interview", "all"):
            jobs.append(("interview", load_markup(EVAL_DIR / f"interview_{lang}.txt")))
        if args.set_name in ("asr-dev", "all") and (EVAL_DIR / f"asr_dev_{lang}.txt").is_file():
            jobs.append(("asr-dev", load_markup(EVAL_DIR / f"asr_dev_{lang}.txt")))
        for blind in BLIND_SETS:
            path = EVAL_DIR / f"{blind}_asr_{lang}.txt"
            if args.set_name in (blind, "all") and path.is_file():
                jobs.append((f"{blind}-asr", load_markup(path)))
        if args.set_name in ("norne", "all") and lang == "nb":
            if NORNE_DEV.is_file():
                jobs.append(("norne-dev", load_norne(NORNE_DEV.resolve(), args.norne_limit)))
            else:
                notes.append(f"NorNE dev not found at {NORNE_DEV}; norne set skipped")
        if args.set_name == "norne" and lang != "nb":
            notes.append(f"the norne set is Norwegian only; nothing to run for --lang {lang}")
        if not jobs:
            continue
        detect, loads[lang] = make_detector(lang)
        for name, sentences in jobs:
            # NorNE text must not end up in reports: no examples for it.
            # The newest blind set is the blind check: its misses must not be read either.
            show = name not in ("norne-dev", *BLIND_CHECKS)
            scored = frozenset(NORNE_TYPES.values()) if name == "norne-dev" else None
            results.append(score(name, lang, sentences, detect, scored).as_dict(show))
    for note in notes:
        print(note, file=sys.stderr)
    if args.json:
        payload = {
            "load_seconds": {k: round(v, 2) for k, v in loads.items()},
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
            "results": results,
            "notes": notes,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        print(render_table(results, loads))
        for res in results:
            if "breakdown" in res:
                print(render_breakdown(res))
        if args.examples:
            for res in results:
                if res["set"] not in ("norne-dev", *BLIND_CHECKS):
                    print(render_examples(res, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
