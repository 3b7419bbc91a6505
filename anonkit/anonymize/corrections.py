"""A name given as a correction of a replaced one is of the same kind (issue 10, item 7;
session 22).

Why: speakers correct themselves — "it was at Rosslynlee... no, sorry, it was Sunnyside",
"vi bodde på Nesna, nei, unnskyld, Lurøy". The second name is the one that counts, yet it
is often a word no list has, so it was only flagged while the first, corrected one was
replaced: the real place or institution stayed in clear text beside a pseudonym. A flagged
word right after a correction of a replaced person, place or institution takes that one's
type and is replaced.

The correction: punctuation, then a correction word (``no``, ``sorry``, ``I mean``, ``nei``,
``unnskyld``, ``jeg mener``), then perhaps ``it was``/``det var`` and a preposition; the
flagged word must end its clause (a comma, a full stop or the end of the text follow it), so
"no, Mark said …" leaves Mark to the person layers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity

_KINDS = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})
_CORRECTION = re.compile(
    r"(?:\.{2,3}|…|,|-|–)\s*"
    r"(?:(?:no|nope|sorry|i mean|nei|unnskyld|jeg mener|æ mener|altså)[,.]?\s+){1,3}"
    r"(?:(?:it was|it's|it were|det var|det va|det e|det er)\s+)?"
    r"(?:(?:at|in|on|to|from|på|i|til|fra)\s+)?",
    re.IGNORECASE,
)
_MAX_GAP = 40
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?…]|$)")


def corrected_flags(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with each flag that corrects a replaced name promoted (module docstring)."""
    named = [d for d in found if d.action == REPLACE and d.type in _KINDS]
    if not named:
        return found
    out = list(found)
    for i, d in enumerate(found):
        if d.action != FLAG or not _CLAUSE_END.match(text, d.end):
            continue
        for n in named:
            if 0 < d.start - n.end <= _MAX_GAP and _CORRECTION.fullmatch(text, n.end, d.start):
                out[i] = replace(d, type=n.type, action=REPLACE, score=max(d.score, 0.5))
                break
    return out
