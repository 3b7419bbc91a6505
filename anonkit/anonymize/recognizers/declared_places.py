"""A name the speaker says is a village or a town → LOCATION (session 44).

Why: some villages are everyday words or phrases (``playing place``, ``london apprentice``,
``no place``, ``look out``), and speakers who know it say so: "london apprentice is a
village, not a job", "i grew up in no place, it's a real village, look it up". No list or
capital marks such a name, and the words read as a sentence (the lower-cased development
sets: four silent leaks of this kind). The sentence itself declares the kind:

* ``<one to three words> is a (small|tiny|little|real) village|hamlet|town|townland``
  opening the sentence → the words are a place;
* ``<one to three words>, (honest|honestly|really|no joke,) it's/that's a real
  village|place|town`` after a sentence start or ``in``/``from``/``at``/``near`` → the same.

Both English, in any case; the words must not open with an article or a possessive ("the
next one is a village"), nor be a pronoun alone ("it is a village").

Norwegian says it with a naming verb and the kind in its definite form: ``sappen heiter
plassen`` (the lower-cased development sets), ``garden heitte nordstu``, ``plassen vi budde
på het bakken``: one word before ``heiter/heter/het`` and ``plassen/garden/grenda/bygda``
opening the sentence, or after ``plassen/garden/grenda/bygda (der/vi budde på) heiter/het``
ending the clause; the kind in lower case (``Sjefen min het Plassen`` is a surname).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set

SCORE = 0.6
_NAME = r"(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})"
_KIND = r"(?:village|hamlet|town|townland|place|island|parish)"
_IS_A = re.compile(
    r"(?:^|(?<=[.!?] ))" + _NAME + r",? (?:is|was) (?:a|an) (?:(?:small|tiny|little|real|"
    r"proper|wee|actual) )*(?:village|hamlet|town|townland|island)\b",
    re.IGNORECASE | re.MULTILINE,
)
_REAL = re.compile(
    r"(?:^|(?<=[.!?] )|(?<![\w'’-])(?:in|from|at|near|to) )" + _NAME
    + r",(?: (?:honest|honestly|really|seriously|no joke|swear to god),)? "
    r"(?:it['’]s|it is|that['’]s|that is) a (?:real|proper|actual) " + _KIND + r"\b",
    re.IGNORECASE | re.MULTILINE,
)  # fmt: skip
# The kind in lower case: "Sjefen min het Plassen" is a surname.
_NB_KIND = r"(?-i:plassen|garden|gården|grenda|bygda|staden|stedet|bruket|setra|sætra|øya|holmen)"
_NB_NAMING = r"(?:heiter|heter|het|heitte|hette|heite)"
_NB_NAME = r"(?P<name>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?)"
_NB_BEFORE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[^\W\d_][\w'’-]*) " + _NB_NAMING + " " + _NB_KIND + r"\b",
    re.IGNORECASE | re.MULTILINE,
)
_NB_AFTER = re.compile(
    r"(?<![\w'’-])" + _NB_KIND + r"(?: (?:der|dit|vi|me|dei|de|eg|jeg|han|ho|hun) [a-zæøå]+"
    r"(?: [a-zæøå]+)?)? " + _NB_NAMING + " " + _NB_NAME + r"(?=\s*(?:[,.;:!?]|$|og\b|men\b))",
    re.IGNORECASE | re.MULTILINE,
)
_NB_NOT_NAMES = word_set(
    "det den dette ikke ikkje noko noe ingenting sånn slik så bare berre han ho hun hu eg jeg "
    "æ vi me de dei dem du ein en ei"
)
_NOT_FIRST = word_set(
    "the a an this that these those my our his her their your it its there here which what "
    "who one next other same each every some any and but so then well yes no-one nobody "
    "i he she we they you"
)


class DeclaredPlaceRecognizer(AnonkitRecognizer):
    """``london apprentice is a village`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if self.lang == "nb":
            if "he" in low:
                for regex in (_NB_BEFORE, _NB_AFTER):
                    for m in regex.finditer(text):
                        if m.group("name").split()[0].lower() not in _NB_NOT_NAMES:
                            yield m.start("name"), m.end("name"), LOCATION, SCORE
            return
        if not any(k in low for k in ("village", "hamlet", "town", "island", "place")):
            return
        for regex in (_IS_A, _REAL):
            for m in regex.finditer(text):
                name = m.group("name")
                if name.split()[0].lower() in _NOT_FIRST:
                    continue
                yield m.start("name"), m.end("name"), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [DeclaredPlaceRecognizer(lang)]
