"""The last passes over the detector's output (split out of ``detector.py`` in session 50,
when it reached the house limit): a replaced span inside a longer one of the same kind, and
words that name no one whichever rule took them.
"""

from __future__ import annotations

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.non_names import id_scheme_word, nb_word_reading, spelling_word


def nested_dropped(found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Session 48: a replaced span inside a longer replaced span of the same kind ("Ler Wah" in
    "Saw Ler Wah", two rules' readings of one name) is left out. The linker skipped it
    already; the steward's list and the counts showed it twice."""
    replaced = [d for d in found if d.action == REPLACE]
    if len(replaced) < 2:
        return found
    return [
        d
        for d in found
        if d.action != REPLACE
        or not any(
            o is not d
            and o.type == d.type
            and o.start <= d.start
            and d.end <= o.end
            and (o.end - o.start) > (d.end - d.start)
            for o in replaced
        )
    ]


_SPELLABLE_TYPES = frozenset(
    {et.PERSON, et.LOCATION, et.ORGANIZATION, et.CAPITALIZED, et.RARE_WORD}
)


def word_readings_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Session 47: a word spelling out a letter ("J for Juliet", ``non_names.spelling_word``)
    or a lower-case listed name the words before make a Norwegian word ("noko anna", "han
    lo", ``non_names.nb_word_reading``) names no one, whichever rule took or flagged it (a
    capitalised unknown word is replaced after conflict resolution, so resolve's own test
    cannot see it). Session 50: nor does a number scheme's short name ("My NIP, the tax
    number …", ``non_names.id_scheme_word``), which NER read as an organisation."""
    return [
        d
        for d in found
        if d.type not in _SPELLABLE_TYPES
        or not (
            spelling_word(text, d.start, d.end)
            or nb_word_reading(text, d.start, d.end)
            or id_scheme_word(text, d.start, d.end)
        )
    ]
