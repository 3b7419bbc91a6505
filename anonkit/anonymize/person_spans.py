"""Person-name decisions of conflict resolution that read the words around a span (names branch).

Why a module of its own: ``resolve.py`` decides between overlapping candidates; these three
rules decide what a *person* candidate is from its neighbours, and ``resolve.py`` was past the
house limit of ~500 lines already.

* :func:`closed_class` — NER calls a capitalized conjunction or pronoun a person ("han sa bare
  Fordi."): a closed-class word is never a name, so such a span is dropped.
* :func:`coordinated_with_person` — a sentence-initial everyday word that NER calls a person
  is only flagged (its capital proves nothing), unless it is coordinated with another person
  ("Tobben og Bettan va der"): only people are listed with people.
* :func:`join_surnames` — a flagged capitalized word right after a replaced person, inside a
  sentence, is that person's surname ("Brage Fjære", "Chukwuemeka Obi"): a surname that is an
  everyday word or no list has would otherwise stay shown beside the pseudonym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

# Conjunctions and question words NER has called people, beyond the closed class of
# ``name_words.FUNCTION_WORDS``.
_MORE_CLOSED = word_set("fordi hvis dersom mens siden because unless although while whether")
_AND_AFTER = re.compile(r"(?:,\s*|\s+)(?:og|and|&)\s+")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


class _Span(Protocol):
    start: int
    end: int
    type: str


def closed_class(word: str) -> bool:
    """A pronoun, preposition, conjunction or question word: never a name."""
    low = word.lower()
    return low in FUNCTION_WORDS or low in _MORE_CLOSED


def coordinated_with_person(text: str, end: int, names: Sequence[_Span]) -> bool:
    """``text[:end]`` is followed by "og"/"and" and a person candidate."""
    m = _AND_AFTER.match(text, end)
    return m is not None and any(
        n.type == et.PERSON and n.start == m.end() for n in names
    )


def surname_after(text: str, person: _Span, flag: _Span) -> bool:
    """``flag`` is one capitalized word, one space after ``person``, mid-sentence."""
    word = text[flag.start : flag.end]
    return (
        person.type == et.PERSON
        and flag.start == person.end + 1
        and text[person.end] == " "
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and not closed_class(word)
        and not _SENTENCE_END.search(text[: person.end])
    )
