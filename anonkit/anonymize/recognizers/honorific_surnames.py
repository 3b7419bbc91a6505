"""Any word after an honorific → PERSON (session 43; English).

Why: ``Mr``, ``Mrs``, ``Ms``, ``Miss`` (with its capital) and ``Dr`` are said before a surname
and nothing else, but the name layers took the word after one only when it could be a name on
its own: ``the ward manager was a mrs. kindly`` (an adverb) and ``the pharmacist is a mr
bean`` leaked on the lower-cased development sets, and ``mr little's`` was only flagged. The
honorific is the cue, so the word after it is a surname whatever else it is; a listed
non-entity only when an article says "someone called" (``a dr who``), not ``watching Mr
Bean``-style talk of a programme or public figure.

Not: ``nurse``, ``sister``, ``doctor`` (nouns as often as titles), ``miss`` in lower case (``i
miss home``), ``missus`` (a wife), a function word or pronoun (``mr and mrs``), ``mr right``
or ``mr nobody`` (idioms). Score 0.6: replaced; this recognizer is one of resolve's context
sources, so a listed non-entity after ``a mr`` survives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.non_names import inside_non_entity_phrase
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import PRONOUNS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
_HONORIFIC = re.compile(
    r"(?<![\w'’-])(?P<article>(?:an?|the)\s+)?(?:mr|mrs|ms|mister|dr|(?-i:Miss))\.?\s+"
    r"(?P<name>[^\W\d_][\w'’-]*?)(?:['’]s)?(?![\w'’-])",
    re.IGNORECASE,
)
_GATE = re.compile(r"(?<![\w'’-])(?:[Mm][Rr][Ss]?|[Mm][Ss]|[Dd][Rr]|Miss|[Mm]ister)(?![\w'’-])")
_IDIOMS = word_set("right wrong nobody nice big fix universe")


class HonorificSurnameRecognizer(AnonkitRecognizer):
    """``a mrs. kindly`` → PERSON ``kindly`` (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.not_entities = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or _GATE.search(text) is None:
            return  # speed: most lines hold no honorific
        for m in _HONORIFIC.finditer(text):
            low = m.group("name").lower()
            if len(low) < 2 or low in FUNCTION_WORDS or low in PRONOUNS or low in _IDIOMS:
                continue
            if not m.group("article") and (
                low in self.not_entities
                or inside_non_entity_phrase(text, m.start("name"), m.end("name"), self.not_entities)
            ):
                continue  # "Mr Bean was on the telly", "Mrs Brown's Boys"
            yield m.start("name"), m.end("name"), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [HonorificSurnameRecognizer(lang)] if lang == "en" else []
