"""Car registration plates → LICENSE_PLATE (issue 10, item 5).

Why: a plate identifies its owner through a public register as surely as a phone number. Two
shapes, as ASR writes them (spaces optional, and sometimes between every character):

* Norwegian: two letters and five digits (``EL 48213``, ``DN 55 123``, ``BR12345``);
* British (since 2001): two letters, two digits, three letters (``AB12 CDE``, ``LK 19 XYZ``,
  ``Y R 63 K L M``).

Upper-case letters only: ``en 12345`` is words and a number, left to the NUMBER flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LICENSE_PLATE
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

_L = "[A-ZÆØÅ]"
PLATE_RES = (
    re.compile(rf"(?<![\w-]){_L}{{2}} ?\d{{2}} ?\d{{3}}(?![\w-])"),
    re.compile(r"(?<![\w-])[A-Z] ?[A-Z] ?\d ?\d ?[A-Z] ?[A-Z] ?[A-Z](?![\w-])"),
)
SCORE = 0.8


class LicensePlateRecognizer(AnonkitRecognizer):
    """Norwegian and British plates (module docstring)."""

    ENTITIES = (LICENSE_PLATE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for pattern in PLATE_RES:
            for m in pattern.finditer(text):
                yield m.start(), m.end(), LICENSE_PLATE, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LicensePlateRecognizer(lang)]
