"""A kinship word after a possessive is no one's name (blind10 session).

Why: the English NER model takes some words for grandparents and parents for a name or an
organisation ("my nana lived in cushendall" → ORGANIZATION "nana", "my taid's side" →
PERSON "taid"), most of all on lines without capitals and for dialect words (Welsh "taid",
"nain"; Scots "granda"). After "my", "his", "our" … such a word is the relation itself: the
speaker names how someone stands to them, not who they are. A kinship word that is also a
first name ("Nana Akufo") is still a name where no possessive stands before it.
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._context_words import KINSHIP

# Possessives before a relation word, with the spoken "me"/"ma"/"mi" ("me mam", "ma da").
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?:my|his|her|our|your|their|me|ma|mi|min|hans|hennes)\s+$", re.IGNORECASE
)
# Session 23: Irish, Scots and northern English speech says "ma", "da" and "pa" for mother
# and father ("my ma's from darndale"). Not in ``KINSHIP``, which the Norwegian rules read
# too ("da" is a Norwegian word there); only after a possessive here.
SPOKEN_PARENTS = frozenset({"ma", "da", "pa"})
_GENITIVE = re.compile(r"['’]s?$")
_NAME_TYPES = frozenset({et.PERSON, et.ORGANIZATION, et.LOCATION})


def is_owned_kin_word(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one kinship word ("nana", "Taid's") right after a possessive."""
    word = _GENITIVE.sub("", text[start:end]).lower()
    return (word in KINSHIP or word in SPOKEN_PARENTS) and (
        _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def kin_words_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without replaced names that are an owned kinship word (module docstring)."""
    return [
        d
        for d in found
        if not (
            d.action == REPLACE
            and d.type in _NAME_TYPES
            and is_owned_kin_word(text, d.start, d.end)
        )
    ]
