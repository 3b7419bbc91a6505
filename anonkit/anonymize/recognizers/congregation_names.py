"""Everyday words before "chapel", "ministries" or "fellowship" on a lower-case line → a flag
(session 33).

Why: independent and Pentecostal congregations are named by everyday words ("kingdom harvest
chapel", "living waters fellowship", "mountain of fire ministries"). The lower-case institution
rule (``lower_institutions.py``) takes a name only when one of its words is unknown to every
list, so these stayed in clear text, and a congregation narrows down who a participant is
(blind23 and the lower-cased development sets). Whether "harvest chapel" is a name or a
description cannot be told from the words, so the span is flagged for the steward, never
replaced: one to three words that are no function word before the head, without a
denomination or a generic adjective right before it ("the methodist chapel", "the little
chapel", "a chapel of rest" are words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import RARE_WORD
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.3
_HEAD = re.compile(
    r"(?<![\w'’-])(?P<words>(?:[a-z][\w'’-]* ){1,3})(?:chapel|ministries|ministry|fellowship|"
    r"tabernacle|gospel hall|christian centre|worship centre)(?![\w'’-])"
)
_GENERIC = word_set(
    """
    methodist baptist pentecostal catholic anglican wesleyan congregational presbyterian
    evangelical reformed primitive free independent welsh english gaelic polish african
    local little old new big small village hospital prison school college university
    family christian church women's men's youth student students prayer bible sunday
    """
)


class CongregationNameRecognizer(AnonkitRecognizer):
    """``kingdom harvest chapel`` → a flag (module docstring)."""

    ENTITIES = (RARE_WORD,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or not any(
            h in text for h in ("chapel", "minist", "fellowship", "tabernacle", "centre", "hall")
        ):
            return
        for m in _HEAD.finditer(text):
            words = m.group("words").split()
            # keep the words after the last function word ("we go to kingdom harvest chapel")
            kept: list[str] = []
            for word in reversed(words):
                if word in FUNCTION_WORDS:
                    break
                kept.insert(0, word)
            if not kept or kept[-1] in _GENERIC or not lower_case_line(text, m.start()):
                continue
            start = m.end("words") - len(" ".join(kept)) - 1
            yield start, m.end(), RARE_WORD, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [CongregationNameRecognizer(lang)] if lang == "en" else []  # English only
