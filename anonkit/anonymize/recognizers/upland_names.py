"""A fell, moor or crag named by an everyday word on a lower-case line → LOCATION (session 33).

Why: English hills and moors are named by a plain word and the upland noun: "cold fell",
"black moor", "high pike", "long crag". On a line ASR wrote in lower case both words are in
the word lists, so nothing was found and the place a participant walks every morning stayed
in the transcript (blind23 as development material). Said after a preposition of movement or
place without an article ("walk up cold fell", "out on black moor"), the two words are the
name: a common noun would take "the" ("up the fell"). Not when the first word is a function
word or a pronoun ("got up she fell"), nor when "fell" is the verb of the next words ("up
and fell over"): the word after "fell" must not be a particle of falling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_UPLAND = re.compile(
    r"(?<![\w'’-])(?:up|on|over|across|onto|round|around|to|from|past|near|below|under)\s+"
    r"(?P<name>(?P<word>[a-z]{3,})\s+(?P<head>fell|moor|pike|crag|tarn|knott|scar|brow|edge|"
    r"rigg|howe|gill|ghyll))(?![\w'’-])(?P<after>\s*[a-z]*)",
)
# Words after "fell" that make it the verb ("fell over", "fell asleep").
_FALLING = word_set("over down off asleep apart out ill pregnant through behind back into in")


class UplandNameRecognizer(AnonkitRecognizer):
    """``walk up cold fell`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        for m in _UPLAND.finditer(text):
            word = m.group("word")
            if word in FUNCTION_WORDS or not lower_case_line(text, m.start("name")):
                continue
            if m.group("head") == "fell" and m.group("after").strip() in _FALLING:
                continue
            yield m.start("name"), m.end("name"), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [UplandNameRecognizer(lang)] if lang == "en" else []  # English only
