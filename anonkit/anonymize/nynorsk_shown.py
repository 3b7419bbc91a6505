"""A lower-case Nynorsk word replaced as a name on a Norwegian line is shown instead (session 42).

Why: the Norwegian word list is Bokmål, so on a line without capitals a Nynorsk or dialect
word (``sommaren``, ``fiskar``, ``båtane``, ``heime``, ``gret``, ``sidan``) is a word no list
has, and several layers (the unknown-word rule, slots after ``i``/``på``, the NER model) took
it for a name or a place: such words were a good part of the Norwegian development sets' false
positives. :func:`.nynorsk_forms.nynorsk_form` knows them by the regular correspondences
between the two written standards. A real name rarely passes that test, and when it does the
steward still sees it: a replaced one-word PERSON or LOCATION on a lower-case line that is
a listed Nynorsk word, or such a form with a Nynorsk ending no place ends in as often
(``-aren``; ``-ane`` and ``-ar`` but after a place preposition), and no listed first name,
surname or place, becomes a flag.

Left replaced: names a strong context gave (after ``heiter``, a title, a kinship word: the
context sources below), and spans of more than one word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nynorsk_forms import listed_nynorsk, nynorsk_form
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.span_pieces import line_has_capitals

SCORE_SHOWN = 0.3
# The Nynorsk inflections that no place or name ends in as often ("sommaren", "fiskar"): a
# respelling through the inside correspondences alone ("teisen" → "tesen", "hamn" → "havn",
# "kvitnes") or "-a" ("spildra") named real places on the development sets, and so did "-ar"
# and "-ane" after a place preposition ("på sandar", "på heiane"; but "på båtane" too).
_ENDINGS = ("aren", "arane")
_PLACE_ENDINGS = ("ane", "ar")
_PLACE_PREPOSITION = re.compile(r"\b(?:i|på|fra|frå|til|ved|mot|nær|utanfor|utafor)\s+$")


def _inflected_word(text: str, start: int, low: str) -> bool:
    if low.endswith(_ENDINGS):
        return nynorsk_form(low)
    if low.endswith(_PLACE_ENDINGS):
        after_preposition = _PLACE_PREPOSITION.search(text, max(0, start - 10), start)
        return after_preposition is None and nynorsk_form(low)
    return False
# Sources whose context names the word whatever it means ("ho heiter X", "kona til X").
_CONTEXT_SOURCES = ("NameInContextRecognizer", "NbRelationOfRecognizer", "NbPersonPredicate")


@cache
def _listed_names() -> frozenset[str]:
    return frozenset(n.lower() for n in (*all_first_names(), *all_surnames())) | places_lower()


def nynorsk_words_shown(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with replaced one-word Nynorsk forms on lower-case lines flagged."""
    out = found
    for d in found:
        low = d.text
        if (
            d.action != REPLACE
            or d.type not in (et.PERSON, et.LOCATION)
            or not low.isalpha()
            or not low.islower()
            or any(source in d.source for source in _CONTEXT_SOURCES)
            or line_has_capitals(text, d.start)
            or low in _listed_names()
            or not (listed_nynorsk(low) or _inflected_word(text, d.start, low))
        ):
            continue
        shown = replace(d, action=FLAG, score=min(d.score, SCORE_SHOWN))
        out = [shown if o is d else o for o in out]
    return out
