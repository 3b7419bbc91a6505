"""A college named by a word, without an article, on a lower-case line → ORGANIZATION
(session 33).

Why: "i did my access course at lauder college", "two years at lakes college": British
colleges are named by a place or a founder, and on a line ASR wrote in lower case the
lower-case institution rule (``lower_institutions.py``) takes the name only when its word is
unknown to every list; "lauder" and "lakes" are words, so the college stayed (blind23 and the
lower-cased development sets). Said after "at"/"to"/"from" with no article, one word before
"college" is a name, unless it says what kind of college it is ("at art college", "to sixth
form college", "at bible college", "the recovery college" takes an article anyway).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_COLLEGE = re.compile(
    r"(?<![\w'’-])(?:at|to|from|in)\s+(?P<name>(?P<word>[a-z][\w'’-]*)\s+college)(?![\w'’-])"
)
_KINDS = word_set(
    """
    art arts form sixth community technical tech agricultural music bible training teacher
    teachers further nursing recovery catering drama dance business city local secretarial
    theological medical dental veterinary police fire naval military war staff sports sport
    hair beauty cookery bible-college university
    """
)


class NamedCollegeRecognizer(AnonkitRecognizer):
    """``at lauder college`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or "college" not in text:
            return
        for m in _COLLEGE.finditer(text):
            word = m.group("word")
            if word in FUNCTION_WORDS or word in _KINDS or not lower_case_line(text, m.start()):
                continue
            yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedCollegeRecognizer(lang)] if lang == "en" else []  # English only
