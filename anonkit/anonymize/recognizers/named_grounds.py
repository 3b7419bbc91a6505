"""A club's ground named by a word and a ground head → LOCATION (English; session 23).

Why: football, rugby and GAA grounds are named by an everyday word and ``Field``, ``Park``,
``Stadium`` or ``Ground`` (``Markets Field``, ``Mourneview Park``, ``Station Park``); the first
word is a word, so the name layers only flagged it, and on a lower-case line nothing did.
Where a supporter or player says it, the ground places the club and often the speaker's
town. A sentence about a club or a game (``season ticket``, ``match``, ``played``, ``team``,
``United``/``City``/``Rovers`` …) before the name is the cue; the name is one word before the
head, not after a determiner or a sport (``the playing field``, ``the football field``), and
not at a sentence start. Capitalized on a line written with capitals, any case on a lower-case
line. Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
_GROUND = re.compile(
    r"(?<=[\s,])(?P<name>[^\W\d_][\w'’-]+) (?P<head>field|park|stadium|ground|arena)(?![\w'’-])",
    re.IGNORECASE,
)
_SPORT_CUE = re.compile(
    r"(?<![\w'’-])(?:season[- ]ticket|match|matches|games?|football|rugby|hurling|gaelic|"
    r"club|team|fans?|supporters?|supported|support|played|plays|playing|trained|united|"
    r"city|rovers|athletic|wanderers|celtic|rangers|fc|afc|rfc|gaa|home games)(?![\w'’-])",
    re.IGNORECASE,
)
# Words before a ground head that say what kind of field, not whose.
_KIND_WORDS = word_set(
    """
    football rugby hurling cricket hockey playing sports sport training school car retail
    business caravan theme trailer skate water national home big small local old new main
    """
)
_DETERMINERS = word_set("the a an this that our my his her their your its")


class NamedGroundRecognizer(AnonkitRecognizer):
    """``at Treaty United, Markets Field`` (module docstring); English."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        for m in _GROUND.finditer(text):
            name, head = m.group("name"), m.group("head")
            low = name.lower()
            if low in FUNCTION_WORDS or low in _KIND_WORDS or low in self.skip:
                continue
            if not lower_case_line(text, m.end()) and not (
                name[:1].isupper() and head[:1].isupper()
            ):
                continue
            before = text[: m.start()].rstrip(" ,")
            prev = re.search(r"([\w'’-]+)$", before)
            if prev is None or prev.group(1).lower() in _DETERMINERS or before.endswith(
                (".", "!", "?")
            ):
                continue
            if _SPORT_CUE.search(text, max(0, m.start() - 80), m.start()):
                yield m.start(), m.end(), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedGroundRecognizer(lang)] if lang == "en" else []
