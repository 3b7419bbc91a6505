"""Where someone lives, grew up or is from is a place, whatever the NER model called the word
(issue 10, item 9: pseudonyms that keep the kind; session 27).

Why: ASR spellings and small towns come out of the NER model as persons or organisations —
``he was from lester originally``, ``my sister's in newcassel``, ``vi flytta til Batman`` —
and the pseudonym then takes that kind: a first name where a town was ("he was from Kevin
originally"), a company ("my sister's in Acme"). The name is hidden either way, but the
transcript no longer reads, and a steward has to fix every one. The slot settles the kind:
after a verb of living, growing up, being born or moving and its preposition, or after
"I'm/he's/she was from", a one- or two-word name is a place.

Only spans the NER model or a name list proposed (a person layer that read the context —
"called", "heter", titles — keeps its person; a listed institution keeps its kind), only
when nothing but the name stands in the slot (not a genitive: "lives in Kari's flat").
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers.residence_slots import RESIDENCE_SLOTS

# The slots are the residence recognizer's (one table; session 28 added "budd på", "kommer
# fra", "came from" …), here closing right before the span.
_EN_SLOT = re.compile(
    # session 33: "up in Bodo", "up past Bradford" settle the kind of a name found there, but
    # propose none ("down in the valley" is no place name)
    r"(?<![\w'’-])(?:" + RESIDENCE_SLOTS["en"] + r"|(?:up|down|out|over) (?:in|past))\s+$",
    re.IGNORECASE,
)
_NB_SLOT = re.compile(r"(?<![\w'’-])" + RESIDENCE_SLOTS["nb"] + r"\s+$", re.IGNORECASE)
# Sources that only name a word, without reading its slot: the NER model and the name lists;
# and the residence recognizer, which read this very slot and says "place" (session 28).
_SLOT_BLIND_SOURCES = frozenset(
    # session 33: the place list too ("came down from Preston": a surname and a town)
    {"spacy-ner", "PersonGazetteerRecognizer", "ResidenceSlotRecognizer",
     "PlaceGazetteerRecognizer"}
)  # fmt: skip
_AFTER_OK = re.compile(r"(?:\s*(?:[,.;:!?]|$)|\s+(?:originally|opprinnelig|og|and|but|men|for"
                       r"|i|in|til|till|when|da|som|where|der|now|nå|then|så)\b)")  # fmt: skip


def residence_places(
    text: str, found: list[DetectedEntity], lang: str | None
) -> list[DetectedEntity]:
    """``found`` with slot-blind persons and organisations in a residence slot as places."""
    slot = _NB_SLOT if lang == "nb" else _EN_SLOT
    out = []
    for d in found:
        if (
            d.action == REPLACE
            and d.type in (et.PERSON, et.ORGANIZATION)
            and set(d.source.split("+")) <= _SLOT_BLIND_SOURCES
            and len(d.text.split()) <= 2
            and slot.search(text, max(0, d.start - 40), d.start)
            and _AFTER_OK.match(text, d.end)
        ):
            d = replace(d, type=et.LOCATION)
        out.append(d)
    return out
