"""English place names joined by hyphens around a connector → LOCATION (session 23).

Why: English towns and villages of the form ``<name>-<connector>-<name>`` — ``Hetton-le-Hole``,
``Stoke-on-Trent``, ``Barton-upon-Humber``, ``Newcastle-under-Lyme``, ``Weston-super-Mare``,
``Ashby-de-la-Zouch``, ``Bolton-by-Bowland`` — are many and small, so the place lists miss
most of them, and those they hold are written as GeoNames capitalizes them (``Hetton-Le-Hole``),
not as speech transcripts do. NER took ``Hetton`` and left ``le-Hole`` as a flag. The shape
itself names a place: the Anglo-Norman connectors ``le``, ``upon``, ``under``, ``super``,
``cum``, ``en``, ``de la`` join names only; ``on``, ``by``, ``in``, ``next the`` do so when a
part is no everyday word (``Frinton-on-Sea``), never in ``mother-in-law``, ``hands-on``,
``one-on-one``.

On a line with capitals the first and last parts are capitalized; on a line written in lower
case the strong connectors suffice, the weak ones need a part that no word list has. Score
0.75: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import is_everyday_word, not_entities

SCORE = 0.75
_STRONG = word_set("le upon under super cum en de la sur")
_WEAK = word_set("on by in next the")
_SHAPE = re.compile(
    r"(?<![\w'’-])(?P<head>[^\W\d_]{2,})"
    r"(?P<mid>(?:-(?:le|upon|under|super|cum|en|de|la|sur|on|by|in|next|the))+)"
    r"-(?P<tail>[^\W\d_]{2,})(?![\w'’-])",
    re.IGNORECASE,
)
# Session 28: the shape with spaces, as speech recognition also writes it.
# A lookahead, so that overlapping candidates are all seen ("lives in Stratford upon Avon").
_SPACED = re.compile(
    r"(?<![\w'’-])(?=(?P<head>[^\W\d_]{3,}) (?P<mid>upon|under|on|in|by|le)(?: the)?"
    r" (?P<tail>[^\W\d_]{3,})(?![\w'’-]))",
    re.IGNORECASE,
)
_SPACED_GATE = re.compile(r" (?:upon|under|on|in|by|le) ", re.IGNORECASE)
# Capitalized everyday words said after "on the" that are no part of a place's name.
_ON_THE_WORDS = word_set(
    "tube underground overground metro internet web news radio telly dole mend"
)
# Tails that make everyday compounds with these connectors ("mother-in-law").
_NOT_TAILS = word_set("law laws")


class HyphenPlaceRecognizer(AnonkitRecognizer):
    """``Hetton-le-Hole``, ``Stoke-on-Trent`` (module docstring); English."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        if _SPACED_GATE.search(text):
            yield from self._spaced(text)
        if "-" not in text:
            return
        for m in _SHAPE.finditer(text):
            head, tail = m.group("head"), m.group("tail")
            connectors = m.group("mid").strip("-").lower().split("-")
            if tail.lower() in _NOT_TAILS:
                continue
            if any(c != c.lower() for c in connectors):
                continue  # "Mother-In-Law": a title's capitals, not a place's connector
            if lower_case_line(text, m.end()):
                strong = any(c in _STRONG for c in connectors)
                unknown = not (
                    self.lexicon.is_common(head.lower(), compounds=False)
                    and self.lexicon.is_common(tail.lower(), compounds=False)
                )
                if not (strong or unknown):
                    continue
            elif not (head[:1].isupper() and tail[:1].isupper()):
                continue
            yield m.start(), m.end(), LOCATION, SCORE

    @staticmethod
    def _named_on_the(text: str, m: re.Match[str]) -> bool:
        """Session 48 (blind38 as development material: "a tea room in Burton on the Water"):
        on a line with capitals, "on the" before a capitalized everyday word that no list
        calls a non-entity ("London on the Monday", "Paris on the Eurostar", "Camden on the
        Tube" are words)."""
        head, tail = m.group("head"), m.group("tail")
        return (
            m.group("mid").lower() == "on"
            and text[m.end("mid") : m.start("tail")] == " the "
            and head[:1].isupper()
            and tail[:1].isupper()
            and not lower_case_line(text, m.end("tail"))
            and is_everyday_word(tail.lower())
            and tail.lower() not in not_entities("en") | _ON_THE_WORDS
        )

    def _common(self, low: str) -> bool:
        return self.lexicon.is_common(low, compounds=False)

    def _spaced(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """The same names said without hyphens ("sutton on sea", "Stratford upon Avon";
        session 28): "sea" after "on"/"by"/"in", or a name after "upon"/"under"/"le" (on a
        lower-case line a word no list has), after a listed place that is no everyday word
        or a word no list has ("Burton on the Water", :meth:`_named_on_the`). "london on sunday",
        "leeds by bus" are words; "ruthin in
        denbighshire" is a place in a region: two places, left to the place layers."""
        for m in _SPACED.finditer(text):
            head, tail = m.group("head"), m.group("tail")
            low_head, low_tail = head.lower(), tail.lower()
            strong = m.group("mid").lower() in _STRONG
            if not (low_tail == "sea" or strong or self._named_on_the(text, m)):
                continue
            listed = low_head in places_lower() and not is_everyday_word(low_head)
            if not (listed or not self._common(low_head)):
                continue
            end = m.end("tail")
            if lower_case_line(text, end):
                if low_tail != "sea" and self._common(low_tail):
                    continue
            elif not (head[:1].isupper() and tail[:1].isupper()):
                continue
            yield m.start("head"), end, LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [HyphenPlaceRecognizer(lang)] if lang == "en" else []
