"""``isle of grain``, ``the mull of kintyre``, ``vale of leven`` → one LOCATION (session 36).

Why: a place named "<landform> of <name>" has an everyday word for its name as often as not
(``Isle of Grain``, ``Isle of Dogs``, ``Isle of Man``, ``Vale of White Horse``). On a line
ASR wrote in lower case the place layers took at most the last word (``isle of sheppey`` →
``sheppey``), leaving ``isle of`` beside the pseudonym, or nothing when the last word is a
word (``isle of grain`` leaked whole in blind26, development material from session 36 on).
The landform and ``of`` say that a place's name follows, so the span is the whole name: the
landform, ``of``, a compass word if one is said, and the name word.

Landforms: isle, isles, mull, rhins, rinns, kyles, braes, vale, port (not after "the": "the
port of mayo" is the port's authority), gap (session 42) — not ``sound``, ``forest`` or
``bay`` (``the sound of the sea``, ``a forest of hands``, ``a bay of windows`` are phrases).
Left alone: a function word or ``the`` after ``of`` (``isle of the dead``), ``vale of tears``,
``port of call``; on a line written with capitals, a name word in lower case (the model reads
the capitalised ones). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_ISLE_OF = re.compile(
    # session 42 (the lower-cased development sets: "by port of ness", "past the gap of
    # mamore"): ports and gaps too
    r"(?<![\w'’-])(?:isle|isles|mull|rhins|rinns|kyles|braes|vale|port|gap)\s+of\s+"
    r"(?:(?:north|south|east|west)\s+)?(?P<name>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$", re.IGNORECASE)
_NOT_NAMES = word_set(
    "the a an this that my our his her their tears sorrow despair call entry origin departure"
)


class IsleOfPlaceRecognizer(AnonkitRecognizer):
    """``isle of grain`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if " of " not in text.lower():
            return
        for m in _ISLE_OF.finditer(text):
            name = m.group("name")
            low = name.lower()
            if low in _NOT_NAMES or (low in FUNCTION_WORDS and low != "man"):
                continue
            if not name[0].isupper() and not lower_case_line(text, m.start()):
                continue
            if m.group(0)[:4].lower() == "port" and _THE_BEFORE.search(text, 0, m.start()):
                continue  # "the port of mayo" is the port's authority (institutions_stress)
            yield m.start(), m.end(), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [IsleOfPlaceRecognizer(lang)] if lang == "en" else []
