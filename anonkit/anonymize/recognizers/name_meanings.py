"""A name the speaker explains by its meaning ("her big sister is noi, which means little") →
PERSON on a lower-case line (issue 10, session 47).

Why: participants whose names come from another language often say what a name means right
after saying it: "her big sister is noi, which means little", "dottera heiter nour, det betyr
lys". Only a name (or a place's name) is explained so; a word of the language needs no
meaning. On a line with capitals the name layers take the name; in lower case a short name
that is also an English or Norwegian word ("noi", "lys", "hope") stayed in clear text (the
lower-cased development sets).

The rule, on lower-case lines: one or two words after a copula or naming verb ("is", "was",
"called", "er", "var", "heter", "kalla"), then a comma and "which/that/it means" or "som/det
betyr/tyder": the words are a name. Not closed-class words, adverbs or English adjectives ("it
was hard, which means …", "det var vanskeleg, det betyr …"), nor numbers; after Norwegian
"er"/"var" no everyday word at all (Ordbank has no adjective class: "prisen er høy, som
betyr …"). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import (
    en_lemmas,
    is_everyday_word,
    not_entities,
    word_class_forms,
)

SCORE = 0.6
_WORD = r"[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+"
_EXPLAINED = re.compile(
    r"(?<![\w'’-])(?P<verb>is|was|called|named|er|var|heter|heiter|het|kalla|kalt) "
    rf"(?P<name>{_WORD}(?: {_WORD})?),\s+"
    r"(?:which|that|it|som|det|and it|og det) (?:means|meant|betyr|betydde|tyder|tydde)\b"
)


class NameMeaningRecognizer(AnonkitRecognizer):
    """``… is noi, which means little`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = FUNCTION_WORDS | not_entities(lang) | word_class_forms(lang, "adv")
        self.adjectives = en_lemmas("adj") if lang == "en" else frozenset()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "mean" not in text and "bety" not in text and "tyd" not in text:
            return
        for m in _EXPLAINED.finditer(text):
            words = m.group("name").split()
            if not lower_case_line(text, m.end("name")) or not all(self._word(w) for w in words):
                continue
            if m.group("verb") in ("er", "var") and any(is_everyday_word(w) for w in words):
                continue  # "prisen er høy, som betyr …": Ordbank has no adjective class
            yield m.start("name"), m.end("name"), PERSON, SCORE

    def _word(self, word: str) -> bool:
        return (
            word not in self.skip
            and (word not in self.adjectives or word in en_lemmas("noun"))
            and word_value(word) is None
            and not word.endswith(("lig", "ig", "leg"))  # Norwegian adjectives
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameMeaningRecognizer(lang)]
