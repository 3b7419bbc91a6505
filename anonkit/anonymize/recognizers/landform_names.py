"""A landform word and its name → one LOCATION (session 43; English).

Why: ``under Mount Agou``, ``on Lough Swilly``, ``past Loch Eil``, ``out at Cape Clear``: the
name layers took the name word (as a person, ``Agou``; or not at all) and left the landform
word flagged or in clear text beside the pseudonym, so a reader saw "under Mount Kari". The
landform word opens a place's name the way ``isle of`` does (:mod:`.isle_of_places`).

The rule: ``Mount``/``Mt``/``Lough``/``Loch``/``Cape``/``Strath`` with its capital and one or
two capitalised words after it; on a lower-case line ``lough``/``loch`` (no English word) and
the next word that is no function word. Not ``Glen`` or ``Ben`` (first names as often), not a
lower-case ``mount`` (a verb). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_CAPITALISED = re.compile(
    r"(?<![\w'’-])(?:Mount|Mt\.?|Lough|Loch|Cape|Strath)\s+"
    r"(?P<name>[A-ZÁÉÍÓÚ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚ][\w'’-]*)?)"
)
_LOWER = re.compile(r"(?<![\w'’-])(?:lough|loch)\s+(?P<name>[a-záéíóú][\w'’-]*)")


class LandformNameRecognizer(AnonkitRecognizer):
    """``Mount Agou`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        for m in _CAPITALISED.finditer(text):
            if m.group("name").split()[0].lower() not in FUNCTION_WORDS:
                yield m.start(), m.end(), LOCATION, SCORE
        for m in _LOWER.finditer(text):
            name = m.group("name")
            if name not in FUNCTION_WORDS and lower_case_line(text, m.end()):
                yield m.start(), m.end(), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LandformNameRecognizer(lang)] if lang == "en" else []
