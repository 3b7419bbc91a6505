"""A flagged word the speaker says is a place, or places beside a place, is a place (issue 10,
item 4; session 41, the development sets' English places).

Why: a place whose name is an everyday word (``Eye``, ``March``, ``Pill``, ``No Place``,
``Look Out``) is only flagged by the layers that judge a word alone, and speakers who know it
sounds odd say what it is right after it: ``From Eye, yeah, the town, in Suffolk``,
``Playing Place, honest, it's a real village``, ``Look Out, it's the new town up north``; or
they place it by a town the listener knows: ``We lived in March, near Peterborough``, ``Pill,
outside Portishead``, ``mag wires bridge, just outside Brookeborough``. Either way the flagged
word stayed in clear text beside the explanation that makes it identifying.

The rules, on a flag of a place, a capitalised word or a rare word:

* **said to be a place**: after the flag, past fillers (``yeah``, ``honest``, ``eh``) and
  commas, ``it's``/``that's`` and ``a``/``the`` with at most one describing word, a kind of
  settlement (``village``, ``town``, ``island``, ``hamlet``, ``townland``; Norwegian
  ``bygda``, ``plassen``, ``øya``, ``grenda``): replaced as a place. A capitalised word right
  before a capitalised flag joins it (``Playing Place``), unless it opens a sentence as a
  function word; two or three capitalised words that open the sentence count even when no
  layer flagged them (``Look Out, it's the new town``).
* **named by its river** (English): a place or a flagged word after a place preposition,
  ``on``/``upon`` and one capitalised word that is no weekday or other non-entity (``went to
  Hay on Why``, ``Stratford on Avon``): one place.
* **placed by a replaced place**: the flag, a comma and ``(just) near``/``outside``/``not far
  from``/``close to`` (Norwegian ``like ved``, ``utenfor``, ``nær``) and a replaced
  LOCATION: replaced as a place (a flagged organisation too).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

DESCRIBED_PLACE_SOURCE = "described-place"
_FLAG_TYPES = frozenset({et.LOCATION, "CAPITALIZED", "RARE_WORD"})
_FILLERS = r"(?:\s*,?\s*(?:yeah|yes|honest|honestly|eh|um|like|you know|aye|ja|altså|liksom))*"
_SAID_TO_BE = re.compile(
    _FILLERS + r"\s*,\s*" + _FILLERS + r"\s*(?:it's |it is |that's |that is |det er |det e )?"
    r"(?:a |the |ei |eit |en |et )(?:real |wee |little |small |tiny |new |old |proper |lita |lite "
    r"|liten )?(?P<kind>village|town|island|hamlet|townland|bygd|bygda|plass|plassen|øy|øya|"
    r"grend|grenda)\b",
    re.IGNORECASE,
)
_PLACED_BY = re.compile(
    r"\s*,\s*(?:just |right |like )?(?:near|outside|not far from|close to|like ved|utenfor|"
    r"utafor|nær|rett ved)\s+$",
    re.IGNORECASE,
)
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
# A flagged organisation placed by a town is a place too ("mag wires bridge, just outside …").
_PLACED_TYPES = _FLAG_TYPES | {et.ORGANIZATION}
# Two or three capitalised words opening a sentence that nothing took ("Look Out, it's …").
_OPENER = re.compile(r"(?:^|(?<=[.!?] ))([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?=,)")


# Exclamations and forms of address said before "it's a small town" ("Good Lord", "Yes Sir").
_EXCLAMATION_WORDS = word_set(
    "good oh yes no dear well thank thanks sorry hello hi bloody lord god sir madam jesus "
    "christ heavens gosh herregud jøss"
)
_PLACE_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?:in|from|to|at|near|by|i|på|fra|frå|til)\s+$", re.IGNORECASE
)


def _in_place_slot(text: str, start: int) -> bool:
    """The words open a sentence or follow a place preposition ("From Eye, …")."""
    head = text[:start].rstrip()
    opens = not head or head[-1] in ".!?"
    return opens or _PLACE_PREPOSITION.search(text, max(0, start - 8), start) is not None


# "Hay on Why" (Hay-on-Wye), "Stratford on Avon", "Newcastle upon Tyne": a town named by its
# river, after a place preposition.
_ON_RIVER = re.compile(r" (?:on|upon) (?P<river>[A-Z][a-z]+)(?![\w'’-])")


def _on_river(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """A place (replaced or flagged) or a flagged word after a place preposition, ``on`` or
    ``upon`` and one capitalised word mid-sentence that is no non-entity (a weekday, a brand:
    "in Leeds on Saturday", "to Tom on Facebook"): one place, the town named by its river."""
    out = list(found)
    changed = False
    for d in found:
        if not (d.type == et.LOCATION or d.action == FLAG) or not d.text[:1].isupper():
            continue
        m = _ON_RIVER.match(text, d.end)
        if m is None or not _PLACE_PREPOSITION.search(text, max(0, d.start - 8), d.start):
            continue
        if m.group("river").lower() in not_entities(lang):
            continue
        end = m.end()
        inside = [o for o in out if d.start <= o.start and o.end <= end]
        if any(o.start < end and d.start < o.end and o not in inside for o in out):
            continue
        person = any(o.action == REPLACE and o.type == et.PERSON and o is not d for o in inside)
        if person and not any(o.type == et.LOCATION for o in inside):
            continue
        place = DetectedEntity(
            d.start, end, et.LOCATION, REPLACE, max(d.score, 0.5), text[d.start : end],
            f"{d.source}+{DESCRIBED_PLACE_SOURCE}",
        )
        out = [o for o in out if o not in inside] + [place]
        changed = True
    return sorted(out, key=lambda o: (o.start, o.end)) if changed else found


def _unflagged_openers(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Capitalised words opening a sentence, said right after to be a place, that no layer
    even flagged ("Look Out, it's the new town up north"): flagged here, for the rule above."""
    added = []
    for m in _OPENER.finditer(text):
        start, end = m.span(1)
        if any(o.start < end and start < o.end for o in found):
            continue
        if m.group(1).split()[0].lower() in FUNCTION_WORDS or _SAID_TO_BE.match(text, end) is None:
            continue
        added.append(
            DetectedEntity(start, end, "CAPITALIZED", FLAG, 0.3, m.group(1), DESCRIBED_PLACE_SOURCE)
        )
    return sorted([*found, *added], key=lambda d: (d.start, d.end)) if added else found


def described_places(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with flags said to be a place, or placed by a replaced place, replaced."""
    found = _unflagged_openers(text, found)
    if lang == "en" and (" on " in text or " upon " in text):
        found = _on_river(text, found, lang)
    if not any(d.action == FLAG and d.type in _PLACED_TYPES for d in found):
        return found
    places = [d for d in found if d.action == REPLACE and d.type == et.LOCATION]
    out = list(found)
    changed = False
    for i, d in enumerate(out):
        if d.action != FLAG or d.type not in _PLACED_TYPES:
            continue
        placed = any(
            p.start > d.end and _PLACED_BY.fullmatch(text, d.end, p.start) for p in places
        )
        start = d.start
        before = _CAPITAL_BEFORE.search(text, max(0, start - 20), start)
        if (
            before is not None
            and d.text[:1].isupper()
            and before.group(1).lower() not in FUNCTION_WORDS
            and not any(o.start < start and before.start(1) < o.end for o in out if o is not d)
        ):
            start = before.start(1)  # "Playing Place"
        if not placed and not (
            d.type in _FLAG_TYPES
            and _SAID_TO_BE.match(text, d.end) is not None
            and _in_place_slot(text, start)
            and not _EXCLAMATION_WORDS.intersection(text[start : d.end].lower().split())
        ):
            continue
        out[i] = replace(
            d,
            start=start,
            type=et.LOCATION,
            action=REPLACE,
            score=max(d.score, 0.5),
            text=text[start : d.end],
            source=f"{d.source}+{DESCRIBED_PLACE_SOURCE}",
        )
        changed = True
    return out if changed else found
