"""An everyday word that opens a place name before a replaced name (lcen22).

Why: on lines that lost their capitals a place of two words whose second word is a listed
surname or first name ("lives in dun leary", "from point pedro originally", "outside cherry
hinton") had its second word replaced as a person and its first, an everyday word ("dun",
"point", "cherry"), left in clear text beside the pseudonym: half the place. After a place
preposition ("in", "from", "outside", "near") a person's name does not follow an everyday
word, a place's second word does.

The rule, on lower-case lines: a one-word PERSON that ends its clause (a comma, a full stop,
the line's end or "originally" after it) right after "<in|from|outside|near> <word>", where
the word is no closed-class word, person cue (kinship, title, role) or relation word and no
other replaced span (a flag on it is no claim), becomes a LOCATION with that word. "in case
morag needed me" goes on after the name; "from nurse tarrant", "from uncle hennessy" have a
person cue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._context_words import KINSHIP, RELATIONS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals

PLACE_OPENER_SOURCE = "place-opener"
_OPENER = re.compile(r"(?<![\w'’-])(?:in|from|outside|near) (?P<word>[a-z]{3,}) $")
_CLAUSE_END = re.compile(r"(?:\s*[,.!?;]|\s*$| originally\b)")


def place_openers(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with one-word persons after "<place preposition> <everyday word>" grown into
    that place (module docstring)."""
    out = []
    for d in found:
        m = None
        if (
            d.action == REPLACE
            and d.type == et.PERSON
            and d.text.islower()
            and " " not in d.text
            and _CLAUSE_END.match(text, d.end)
            and not line_has_capitals(text, d.start)
        ):
            m = _OPENER.search(text, max(0, d.start - 24), d.start)
        if m is not None:
            word = m.group("word")
            start = m.start("word")
            if not (
                word in FUNCTION_WORDS
                or word in PERSON_CUE_WORDS
                or word in KINSHIP
                or word in RELATIONS
                or any(
                    o is not d and o.action == REPLACE and o.start < d.start and start < o.end
                    for o in found
                )
            ):
                d = replace(
                    d,
                    start=start,
                    type=et.LOCATION,
                    text=text[start : d.end],
                    source=f"{d.source}+{PLACE_OPENER_SOURCE}",
                )
        out.append(d)
    return sorted(out, key=lambda e: (e.start, e.end))
