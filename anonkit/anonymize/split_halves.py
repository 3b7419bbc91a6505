"""A name ASR split in two: the half beside a found name joins it when both together are a
listed name or place (issue 10, item 4; session 29).

Why: Whisper writes a name it does not know as the words it hears, and a long name often
comes out in two pieces: ``Ragn vald``, ``Bergs vik``, ``Lebes by``, ``brumund dal``,
``der rick``, ``brynam man``, ``new townards``. The name layers find one piece (a listed
first name, a place the NER model guessed, a rare word) and leave the other in clear text
beside the pseudonym; in ``benchmarks/respelling_stress.py`` 37 of 44 silent leaks of split
names were such half-found names (one half replaced, the other kept). The two pieces written
together are the name a list knows (``Ragnvald``, ``Lebesby``, ``Newtownards``), which no
everyday pair of words is by chance when one of them is already a name. So a found
one-word span (replaced or flagged) and the word right beside it — one space apart, no
punctuation — become one replaced span when the pieces joined are a listed first name,
surname or place; the list says the kind.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import person_names_lower
from anonkit.anonymize.places import places_lower, uk_postal_places_lower, uk_towns, uk_villages
from anonkit.anonymize.recognizers._base import word_set

SPLIT_SOURCE = "split-halves"
SCORE = 0.6
# The kinds of a found piece that may be half of a name.
_PIECE_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION, et.CAPITALIZED, et.RARE_WORD})
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{2,}) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]{2,})(?![\w'’-])")
_MIN_JOINED = 5
# Conjunctions, prepositions, articles and pronouns join a sentence, never a name's half
# ("march and" is no "Marchand", "the guy on" no "Guyon", "til ski en gang" no "Skien").
# Not every closed-class word: "der", "man", "well", "by" are halves of names ("der rick",
# "brynam man", "mother well", "Lebes by").
NOT_PIECES = word_set(
    """
    and og on in at to the of or a an is are was were be i på med som for from til fra
    er var han hun ho he she it det de they we vi you du me my min mi his her hans
    en ei et ett ein eit
    da så nå når jo vel bare berre også ikke ikkje then so now just
    sa har hadde kom fikk fekk said had has came got
    """
)  # session 33: Norwegian and English sentence adverbs ("spilte for Lyn da han var ung");
# session 50: the commonest verbs after a subject ("ho kari sa det" was read as "Karisa")


@cache
def _listed_places() -> frozenset[str]:
    # Not the British postal places (session 38): many are two everyday words written as one
    # ("Moorside", "Northend"), and a found half beside the other is the phrase ("on the moor
    # side"), not the hamlet.
    postal = uk_postal_places_lower()
    return (places_lower() | {p.lower() for p in uk_towns() | uk_villages()}) - postal


def joined_kind(first: str, second: str) -> str | None:
    """The kind a list gives the two pieces written as one word, or None."""
    joined = (first + second).lower()
    if len(joined) < _MIN_JOINED:
        return None
    if joined in _listed_places():
        return et.LOCATION
    if joined in person_names_lower():
        return et.PERSON
    return None


def split_halves_joined(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with one-word names grown over their other half (module docstring)."""
    out = list(found)
    for d in found:
        if d.type not in _PIECE_TYPES or " " in d.text or not d.text.isalpha():
            continue
        grown = _grown(text, d, out)
        if grown is None:
            continue
        out = [o for o in out if o is not d and not (o.start < grown.end and grown.start < o.end)]
        out.append(grown)
    return sorted(out, key=lambda e: (e.start, e.end))


def _grown(text: str, d: DetectedEntity, found: list[DetectedEntity]) -> DetectedEntity | None:
    before = _WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
    after = _WORD_AFTER.match(text, d.end)
    for m, start, end in (
        (before, before.start(1) if before else 0, d.end),
        (after, d.start, after.end(1) if after else 0),
    ):
        if m is None:
            continue
        piece = m.group(1)
        if piece.lower() in NOT_PIECES:
            continue
        kind = joined_kind(piece, d.text) if m is before else joined_kind(d.text, piece)
        if kind is None or _claimed(found, d, m.start(1), m.end(1)):
            continue
        return replace(
            d,
            start=start,
            end=end,
            text=text[start:end],
            type=kind,
            action=REPLACE,
            score=max(d.score, SCORE) if d.action != FLAG else SCORE,
            source=f"{d.source}+{SPLIT_SOURCE}",
        )
    return None


def _claimed(found: list[DetectedEntity], d: DetectedEntity, start: int, end: int) -> bool:
    """The other piece is already part of another replaced name."""
    return any(
        o is not d and o.action == REPLACE and o.start < end and start < o.end for o in found
    )
