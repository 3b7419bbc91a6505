"""A day or month said again is not the relative it named (session 45).

Why: "my uncle sunday still rings from freetown every sunday night": after a kinship word a
day or month is a name (:func:`~anonkit.anonymize.recognizers._context_words.
kin_named_calendar`, Ghanaian and Nigerian day names, "June"), and the repeat rules then
took every later "sunday" of the line as the same person, so "every sunday night" lost its
day. A day or month name elsewhere in the line is the day or month: only the spans that a
kinship word, a naming verb or a title opens stay.
"""

from __future__ import annotations

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.recognizers._context_words import CALENDAR_NAMES, kin_named_calendar


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
