"""An institution named by two places joined by "and" ("the norfolk and norwich", "the mull and
iona community hospital"): one name, not two places (split out of :mod:`.org_edges` in session
47, when that module passed the house limit; the rules' history is in their comments).

Why: hospital trusts, schools and boards are named by the two places they serve. The layers
find the places (or one of them, or the second place with the kind) and replace each with its
own pseudonym, leaving "and" between them, or leave the first place in clear text when it is
an everyday word ("mull"); the pair is one institution and one pseudonym.
"""

from __future__ import annotations

import itertools
import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_growth import grown

_TAG = "org-edge"
_NAME_TYPES = (et.PERSON, et.LOCATION, et.ORGANIZATION)
_WORD_AFTER = re.compile(r" ([a-zæøå]+)(?![\w'’-])")
_THE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|den|det) $", re.IGNORECASE)
_AREA_WORDS = word_set(
    "area region border road line side coast valley district way areas borders"
)


def paired_institutions(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with two places joined by "and" after "the" made one institution."""
    return _first_of_pair_led(text, _joined_pairs(text, found))


def _joined_pairs(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``the norfolk and norwich``: two replaced places joined by ``and`` after ``the`` name
    one institution (a hospital trust, a school), unless a noun of area follows (``the leeds
    and bradford area``); the first may be a place the layers took for a person. Without
    "the", a capitalised place joined to a named institution (``Nordmøre og Romsdal DPS``)."""
    names = sorted(
        (d for d in found if d.action == REPLACE and d.type in _NAME_TYPES),
        key=lambda d: d.start,
    )
    out = list(found)
    changed = False
    for a, b in itertools.pairwise(names):
        if text[a.end : b.start].lower() not in (" and ", " & ", " og "):
            continue
        if a.type == et.PERSON and (b.type != et.LOCATION or a.text.lower() not in places_lower()):
            continue  # session 41: a county taken for a person ("the Tyrone and Fermanagh")
        if b.type == et.PERSON:
            continue
        if not _THE_BEFORE.search(text, max(0, a.start - 5), a.start) and not (
            # session 50 (blind40 as development material: "på Nordmøre og Romsdal DPS"): a
            # region joined to a named institution of two words or more needs no "the"
            b.type == et.ORGANIZATION
            and " " in b.text
            and a.type == et.LOCATION
            and " " not in a.text
            and a.text[:1].isupper()
            and b.text[:1].isupper()
        ):
            continue
        after = _WORD_AFTER.match(text, b.end)
        if after is not None and after.group(1).lower() in _AREA_WORDS:
            continue
        joined = grown(text, a, a.start, b.end, _TAG, et.ORGANIZATION)
        out = [joined if d is a else d for d in out if d is not b]
        changed = True
    return out if changed else found


# Session 47 (blind37 as development material: "the mull and iona community hospital", "the
# Mull and Iona Community Hospital"): one "the" before a word, "and" and a replaced
# organisation: the word is the first of the two places the institution is named by, found
# or not ("mull" is an everyday word). Not a role or a plural ("the staff and …").
_THE_WORD_AND = re.compile(
    r"(?<![\w'’-])(?:the|den|det) (?P<word>[^\W\d_]{3,}) (?:and|og) $", re.IGNORECASE
)


def _first_of_pair_led(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """An organisation grown over the first name of its pair (``_THE_WORD_AND``)."""
    if " and " not in text and " og " not in text:
        return found
    out = list(found)
    for d in found:
        if d.action != REPLACE or d.type != et.ORGANIZATION:
            continue
        m = _THE_WORD_AND.search(text, max(0, d.start - 30), d.start)
        if m is None:
            continue
        word = m.group("word").lower()
        if word in FUNCTION_WORDS or word in ROLES or word.endswith("s"):
            continue
        start = m.start("word")
        if any(o.action == REPLACE and o is not d and start <= o.start < d.start for o in found):
            continue  # two names already: _joined_pairs's work
        joined = grown(text, d, start, d.end, _TAG, et.ORGANIZATION)
        out = [joined if o is d else o for o in out if not (start <= o.start and o.end <= m.end())]
    return out
