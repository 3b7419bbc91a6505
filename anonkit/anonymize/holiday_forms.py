"""A first name in a holiday's genitive used as an adjective is the holiday (session 23).

Why: "a Valentine's baby", "the Valentine's card", "every Patrick's weekend": speech drops
"Day" when a saint's day describes something, and the name layers (the first-name list, NER)
replaced the saint's name as a person. The holiday lists (``holidays_en.txt``) know
"Valentine's Day" and "Stephen's Day"; a determiner before the genitive ("a", "the",
"every", "last") says it describes a thing, where a person's genitive has none ("Valentine's
mum"). Only replaced persons directly followed by ``'s`` are read.
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.wordlists import not_entities

_GENITIVE_AFTER = re.compile(r"['’]s ")
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an|the|this|that|every|last|next|our|my)\s+$", re.IGNORECASE
)


def holiday_genitives_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without replaced persons that are a holiday's saint in "a X's <noun>"."""
    if "'s " not in text and "’s " not in text:
        return found
    holidays = not_entities("en")
    return [
        d
        for d in found
        if not (
            d.action == REPLACE
            and d.type == et.PERSON
            and _GENITIVE_AFTER.match(text, d.end)
            and f"{d.text.lower()}'s day" in holidays
            and _DETERMINER_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
        )
    ]
