"""What the stress benchmarks share (``spoken_ids_stress``, ``names_stress``,
``respelling_stress``, ``institutions_stress``, ``foreign_ids_stress``): an offline
environment, putting a generated phrase into its carrier sentence, running the detector over
the generated items, scoring one gold span against the detector's spans, and counting the
results per cell.

Why a module: the three runners score the same way as ``eval_detect.py`` (a gold span counts
as caught only when replaced spans cover every letter, digit too for identifiers), and one
copy of that rule keeps them comparable.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def place(template: str, rendered: str) -> tuple[str, int, int]:
    """Put ``rendered`` into ``template``; gold is its [bracketed] part, else all of it."""
    pre, _, post = template.partition("{}")
    a, g, b = ("", rendered, "")
    if "[" in rendered:
        a, rest = rendered.split("[", 1)
        g, b = rest.split("]", 1)
    return pre + a + g + b + post, len(pre) + len(a), len(pre) + len(a) + len(g)


@dataclass
class Coverage:
    """How the detector's spans cover one gold span."""

    status: str  # caught / flagged / missed
    types: list[str] = field(default_factory=list)  # of replace spans overlapping the gold
    actions: set[str] = field(default_factory=set)  # of any span overlapping the gold
    spans: list[str] = field(default_factory=list)  # every span, for examples


def coverage(text: str, start: int, end: int, found: Sequence, digits: bool = False) -> Coverage:
    """CAUGHT when replace spans cover every letter (and digit, with ``digits``) of
    ``text[start:end]``, FLAGGED when replace and flag spans together do, else MISSED."""
    replaced: set[int] = set()
    covered: set[int] = set()
    out = Coverage("missed")
    for e in found:
        covered.update(range(e.start, e.end))
        if e.action == "replace":
            replaced.update(range(e.start, e.end))
        out.spans.append(f"{e.type}/{e.action} {text[e.start : e.end]!r}")
        if e.start < end and e.end > start:
            out.actions.add(e.action)
            if e.action == "replace":
                out.types.append(e.type)
    keep = str.isalnum if digits else str.isalpha
    need = {i for i in range(start, end) if keep(text[i])}
    out.status = "caught" if need <= replaced else "flagged" if need <= covered else "missed"
    return out


def stress_args(
    doc: str, per_help: str, examples_help: str, argv: list[str] | None
) -> argparse.Namespace:
    """The command line every stress benchmark takes: ``--lang``, ``--per``, ``--json``,
    ``--examples``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--lang", choices=["nb", "en", "all"], default="all")
    ap.add_argument("--per", type=int, default=20, help=per_help)
    ap.add_argument("--json", action="store_true", help="print a machine-readable dict")
    ap.add_argument("--examples", type=int, default=0, help=examples_help)
    return ap.parse_args(argv)


def detect_and_score(
    langs: Sequence[str],
    per: int,
    generate: Callable[[str, int], list],
    score: Callable[[object, Sequence], None],
) -> list:
    """Generate each language's items, run that language's detector over their texts in one
    batch and score every item against its spans; the items, languages in order."""
    import eval_detect

    items: list = []
    for lang in langs:
        batch = generate(lang, per)
        detect, _ = eval_detect.make_detector(lang)
        for item, found in zip(batch, detect([it.text for it in batch]), strict=True):
            score(item, found)
        items += batch
    return items


def tally(
    items: Iterable,
    key: Callable[[object], tuple],
    counts: Sequence[str] = (),
    of_caught: Sequence[str] = (),
) -> dict[tuple, dict]:
    """Per key: n, caught, flagged, missed, each boolean attribute in ``counts`` and
    ``of_caught`` summed, the caught rate, and for ``of_caught`` its rate among the caught."""
    out: dict[tuple, dict] = {}
    for it in items:
        c = out.setdefault(key(it), dict.fromkeys(("n", "caught", "flagged", "missed"), 0))
        c["n"] += 1
        c[it.status] += 1
        for name in (*counts, *of_caught):
            c[name] = c.get(name, 0) + getattr(it, name)
    for c in out.values():
        c["caught_rate"] = round(c["caught"] / c["n"], 3)
        for name in of_caught:
            c[f"{name}_rate"] = round(c[name] / c["caught"], 3) if c["caught"] else None
    return out


def named(names: Sequence[str], cells: dict[tuple, dict]) -> list[dict]:
    """Per-cell counts as JSON rows: each key's parts under ``names``, then the counts."""
    return [dict(zip(names, key, strict=True)) | counts for key, counts in cells.items()]
