"""``the greyhound hotel``, ``the shed distillery`` on a lower-case line → a flagged
ORGANIZATION (session 49).

Why: small businesses are named by one everyday noun and their kind: a pub's animal, a
building, a trade. With capitals the capital says it is a name ("the Greyhound Hotel"); ASR
lines without them left such names in clear text (blind39 lower-cased: "we run the greyhound
hotel in shap", "a job at the shed distillery"), since no rule replaces an everyday word. The
same shape also names no one ("the station hotel" may be either, "the airport hotel" is a
kind), so the span is only *flagged*: the steward decides in one click, and a silent leak
becomes a question. Only a noun stands there (``en_lemmas("noun")``, not a verb or an adverb
form, not a closed-class word); the adjectives a speaker uses to describe a business ("the
old hotel", "the local brewery", "the nice bakery") are left out by a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, not_entities

SCORE = 0.35  # a flag (resolve's thresholds): the steward decides
_KINDS = (
    "hotel|distillery|brewery|inn|bakery|bistro|winery|vineyard|café|cafe|tea rooms|tearooms|"
    "guest house|guesthouse|b and b|b&b|restaurant|takeaway|chippy|garage"
)
_NOUN_NAMED = re.compile(rf"(?<![\w'’-])the (?P<name>[a-z]+) (?:{_KINDS})(?![\w'’-])")
# Words that describe a business or say which one, not name it.
_DESCRIBING = word_set(
    """
    old new big small little local main nice good best worst only same other first last next
    cheap posh fancy family village town city country seaside airport motorway roadside
    hospital prison staff works school college university ward army navy
    """
)


class NounNamedBusinessRecognizer(AnonkitRecognizer):
    """``the <noun> hotel|distillery|…`` on a lower-case line → a flag (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or "the " not in text:
            return
        for m in _NOUN_NAMED.finditer(text):
            name = m.group("name")
            if not lower_case_line(text, m.start()) or not _naming_noun(name):
                continue
            yield m.start("name"), m.end(), ORGANIZATION, SCORE


def _naming_noun(word: str) -> bool:
    return (
        len(word) >= 3
        and word in en_lemmas("noun")
        and word not in _DESCRIBING
        and word not in FUNCTION_WORDS
        and word not in not_entities("en")
        and word not in en_lemmas("adv")
    )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NounNamedBusinessRecognizer(lang)]
