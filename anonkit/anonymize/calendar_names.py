"""A day or month said again is not the relative it named (session 45).

Why: "my uncle sunday still rings from freetown every sunday night": after a kinship word a
day or month is a name (:func:`~anonkit.anonymize.recognizers._context_words.
kin_named_calendar`, Ghanaian and Nigerian day names, "June"), and the repeat rules then
took every later "sunday" of the line as the same person, so "every sunday night" lost its
day. A day or month name elsewhere in the line is the day or month: only the spans that a
kinship word, a naming verb or a title opens stay.

Session 50 (blind40 as development material: "The pastor, Sunday Kortu, came every week"): a
day or month right before a replaced surname is that person's first name when a comma, a role
or a kinship word stands before it (a day said as a time has a preposition or a determiner
there: "on Sunday Kortu came"). The surname alone was replaced and the first name left.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._context_words import (
    CALENDAR_NAMES,
    KINSHIP,
    TITLES,
    kin_named_calendar,
)
from anonkit.anonymize.recognizers._slot_words import ROLES

_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,]))([^\W\d_]+) $")


def calendar_repeats_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without one-word persons that are a day or month outside a naming slot."""
    return [
        d
        for d in found
        if not (
            d.type == et.PERSON
            and d.text.lower() in CALENDAR_NAMES
            and not kin_named_calendar(text, d.start, d.end)
            and _another_named(text, d, found)
        )
    ]


def _another_named(text: str, d: DetectedEntity, found: list[DetectedEntity]) -> bool:
    """Another span of the same word in the line is the named one (so ``d`` is a repeat)."""
    low = d.text.lower()
    return any(
        o is not d and o.text.lower() == low and kin_named_calendar(text, o.start, o.end)
        for o in found
    )


def calendar_first_names(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with a capitalised day or month grown into the replaced person's name right
    after it, when a comma, a role or a kinship word stands before the day (module
    docstring)."""
    out = list(found)
    for i, d in enumerate(out):
        if d.type != et.PERSON or d.action != REPLACE or not d.text[:1].isupper():
            continue
        m = re.search(r"([A-Z][a-z]+) $", text[max(0, d.start - 12) : d.start])
        if m is None or m.group(1).lower() not in CALENDAR_NAMES:
            continue
        start = d.start - len(m.group(0))
        before = text[max(0, start - 24) : start]
        word = _WORD_BEFORE.search(before)
        set_off = before.endswith(", ")
        if not set_off and not (
            word is not None and word.group(1).lower() in ROLES | KINSHIP | TITLES
        ):
            continue
        if any(o is not d and o.start < d.start and start < o.end for o in out):
            continue
        out[i] = replace(d, start=start, text=text[start : d.end], source=f"{d.source}+calendar")
    return out
