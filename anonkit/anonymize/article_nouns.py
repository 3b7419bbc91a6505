"""A name that is a word, after "a"/"the" (and an adjective), is the word (blind10 session).

Why: on a line written all in lower case a first name that is also a noun ("rose", "hope",
"holly", "iris") is taken for a person by the name list and the NER model, even where an
article says it is a noun: "a proper rose among thorns", "the holly by the door", "a bit of
hope". English puts no article before a person's first name, so after "a"/"an"/"the",
alone or with one word between ("a proper rose", "the old holly"), the word is dropped
unless a verb follows it ("the lovely rose came in" may be a person said with an article).
Lines written with capitals are left alone ("the lovely Rose said" has its capital).
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.names_in_context import RANKS, TITLES
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import common_words, word_class_forms

_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the)(?: (?P<between>[a-z]+\.?))? $")
_NEXT_WORD = re.compile(r" ([a-z]+)")
# A verb right after the word makes it a subject, which may be a person said with an
# article in speech ("the lovely rose came in"): kept.
_AUXILIARIES = word_set(
    "was is were are has had have does did do would will could can should said says"
)


def _after_article(text: str, start: int) -> bool:
    """An article right before ``start``, or an article and a word that is no title ("a dr
    butcher", "the sergeant frost": a title makes the word a surname)."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    between = (m.group("between") or "").rstrip(".")
    return between not in TITLES and between not in RANKS


def _verb_follows(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word in _AUXILIARIES or word in word_class_forms("en", "verb")


def article_nouns_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without one-word lower-case persons that are an everyday English word or
    a noun of spaCy's lemma index right after an article (module docstring)."""
    return [
        d
        for d in found
        if not (
            d.action == REPLACE
            and d.type == et.PERSON
            and d.text.isalpha()
            and d.text.islower()
            and (d.text in common_words("en") or d.text in word_class_forms("en", "noun"))
            and _after_article(text, d.start)
            and not line_has_capitals(text, d.start)
            and not _verb_follows(text, d.end)
        )
    ]
