"""Two letters joined by "and" after "at the"/"to" → an organisation flag (session 33).

Why: British speech names hospitals, services and employers by their initials joined with
"and": "the L and D" (Luton and Dunstable hospital), "a place at d and a" (a drug-and-alcohol
service), "she works at m and s", "b and q". Single letters are in no list, so such a name was
kept silently (blind23 as development material). Which organisation the letters stand for
cannot be known, and some are generic ("a and e" is any emergency department, "b and b" any
guest house), so the pair is flagged for the steward, never replaced.

The rule: one letter, "and" or "&", one letter, after a place preposition or "the"; not the
generic pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import RARE_WORD
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

SCORE = 0.3
_PAIR = re.compile(
    r"(?<![\w'’-])(?:at|to|from|in|on|with|for|the)\s+(?:the\s+)?"
    r"(?P<pair>(?P<a>[a-z])(?:\s+and\s+|\s*&\s*)(?P<b>[a-z]))(?![\w'’&-])",
    re.IGNORECASE,
)
# Generic pairs: any emergency department, a guest house, questions and answers, rest,
# "p and o" ferries are named by the crossing, not the person.
_GENERIC = frozenset({"ae", "bb", "qa", "rr", "po", "ie", "ii", "aa"})


class LetterPairOrgRecognizer(AnonkitRecognizer):
    """``at the L and D`` → a flag (module docstring)."""

    ENTITIES = (RARE_WORD,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or (" and " not in text and "&" not in text):
            return
        for m in _PAIR.finditer(text):
            if (m.group("a") + m.group("b")).lower() not in _GENERIC:
                yield m.start("pair"), m.end("pair"), RARE_WORD, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LetterPairOrgRecognizer(lang)] if lang == "en" else []  # English only
