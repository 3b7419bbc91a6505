"""A listed place or institution that speech recognition split in two words → LOCATION or
ORGANIZATION (issue 10, item 4; session 22).

Why: Whisper writes Norwegian and British compound names as two words when the speaker
pauses inside them or the parts are words of their own: "Diakon hjemmet", "Lille strøm",
"Kongs vinger", "kvines dal", "basil don", "mother well", "Bally Nahinch". Each part alone
is a word or a first name, so no gazetteer finds the name and the parts stay in clear text.
Two adjacent words that, written together, are a listed one-word place or institution of
seven letters or more are that place or institution.

Guards: neither part is a function word and each has three letters or more ("bar du" is no
Bardu, "for sand" no Forsand). Checked against NorNE's training text (about 300,000 words of
edited Bokmål): no pair of words there joins to a listed name, so written text is left
alone; every pair in the eval sets that joins to one is such a split name.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    world_places,
)
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, tokenize
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.85
MIN_NAME_LENGTH = 7
MIN_PART_LENGTH = 3


@cache
def joined_names() -> dict[str, str]:
    """Lower-cased one-word places and institutions of seven letters or more → their type."""
    out: dict[str, str] = {}
    for kind, names in (
        (LOCATION, places() | world_places()),
        (ORGANIZATION, health_institution_names() | organization_names()),
    ):
        for name in names:
            if " " not in name and len(name) >= MIN_NAME_LENGTH and name.isalpha():
                out.setdefault(name.lower(), kind)
    return out


def _part(word: str) -> bool:
    low = word.lower()
    return len(low) >= MIN_PART_LENGTH and low.isalpha() and low not in FUNCTION_WORDS


class SplitCompoundRecognizer(AnonkitRecognizer):
    """Two words that together are a listed place or institution (module docstring)."""

    ENTITIES = (LOCATION, ORGANIZATION)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        names = joined_names()
        tokens = tokenize(text)
        for left, right in itertools.pairwise(tokens):
            if (
                text[left.end : right.start] == " "
                and _part(left.text)
                and _part(right.text)
                and (kind := names.get(left.low + right.low)) is not None
            ):
                yield left.start, right.end, kind, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SplitCompoundRecognizer(lang)]
