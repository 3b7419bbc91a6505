"""Housing estates named in speech → LOCATION (read by :mod:`.places_in_context`; moved here in
session 40, when that file passed the house limit of ~500 lines).

Why: people say where they grew up by the estate ("on the Park Hill estates", "the cowley
estate"), and the estate's name is often everyday words no place list holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import Token, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6

# Session 21: a housing estate named by capitalized words ("the Meadow Well estate", "on the
# Park Hill estates"): every one of them is the place's name, the everyday ones too.
_ESTATE_WORDS = word_set("estate estates")
_MAX_ESTATE_WORDS = 3
_ESTATE_STOPS = word_set("the a an on in at of to from my our his her their this that i we they")


def capitalised_estates(
    text: str, tokens: tuple[Token, ...]
) -> Iterator[tuple[int, int, str, float]]:
    """``the Meadow Well estate`` → LOCATION: the capitalised words before "estate"."""
    for k, tok in enumerate(tokens):
        if tok.low not in _ESTATE_WORDS or k == 0:
            continue
        first = k
        while (
            first > 0
            and k - first < _MAX_ESTATE_WORDS
            and tokens[first - 1].text[:1].isupper()
            and tokens[first - 1].low not in _ESTATE_STOPS
            and text[tokens[first - 1].end : tokens[first].start] == " "
        ):
            first -= 1
        if first < k:
            yield tokens[first].start, tokens[k - 1].end, LOCATION, SCORE


# Session 40 (the lower-cased development sets: "on the cowley estate", "the alton estate",
# "the blackbird leys estate"): on a line written in lower case no capital marks the name;
# after a place preposition and "the", one or two words and "estate" are one place (with
# "estate"), unless a word says what kind of estate it is.
_THE_ESTATE = re.compile(
    r"(?<![\w'’-])(?:on|in|off|from|to|near|at|round|around) the "
    r"(?P<name>[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?) estate(?![\w'’-])",
    re.IGNORECASE,  # the truecaser capitalises listed places ("the Cowley estate")
)
_ESTATE_KINDS = word_set(
    """
    housing council industrial real country private new old big whole same trading business
    farm family local social rough grim nice posh little biggest worst estate other next
    """
)


def lower_case_estates(text: str) -> Iterator[tuple[int, int, str, float]]:
    """``on the cowley estate`` on a lower-case line → LOCATION (``_THE_ESTATE``)."""
    for m in _THE_ESTATE.finditer(text):
        if not lower_case_line(text, m.start("name")):
            continue
        words = m.group("name").lower().split(" ")
        if any(w in _ESTATE_KINDS or w in _ESTATE_STOPS or w in FUNCTION_WORDS for w in words):
            continue
        yield m.start("name"), m.end(), LOCATION, SCORE
