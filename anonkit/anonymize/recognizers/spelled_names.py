"""Names spelled out letter by letter → PERSON (issue 10, item 5).

Why: participants spell their names for the interviewer (``Siv, S-I-V``; ``B-R-E-I-V-I-K``)
and ASR writes the letters joined by hyphens. The spelling *is* the name, so it must be
replaced with it; no gazetteer can know it. Three or more single capital letters joined by
hyphens count; a two-letter ``A-E`` does not (it is more often an abbreviation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

SPELLED_RE = re.compile(r"(?<![\w-])[A-ZÆØÅÄÖÜÁ](?:-[A-ZÆØÅÄÖÜÁ]){2,}(?![\w-])")
SCORE = 0.75


class SpelledNameRecognizer(AnonkitRecognizer):
    """Hyphen-joined capital letters (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in SPELLED_RE.finditer(text):
            yield m.start(), m.end(), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpelledNameRecognizer(lang)]
