"""Trimming the NER model's span of a name to the name itself (split out of ``resolve.py`` in
session 33 to keep that file under ~500 lines).

Why: the model's organisation and place spans take words with them that are no part of the
name: an owner before it ("My National Insurance is"), a verb after it (session 26), a count
and its noun after a listed place ("i tromsø to gonga", session 33). The pseudonym would
replace those words too. ``resolve.py`` trims each such span before it weighs candidates.
"""

from __future__ import annotations

import re

from anonkit.anonymize.places import places_lower

_LEADING_OWNER = re.compile(
    r"(?:my|his|her|our|their|your|min|mi|mitt|hans|hennes|vår|våre)\s+", re.IGNORECASE
)
_TRAILING_VERB = re.compile(
    # session 49: a preposition too ("We run the Greyhound Hotel in Shap": the model took
    # "in" into the hotel's name)
    r"\s+(?:is|was|are|were|has|had|er|var|har|hadde|blir|ble|in|at|on|i|på)$",
    re.IGNORECASE,
)

# Session 49 (blind39 as development material: "My National Insurance is W J, eight three,
# …"): the model ran on past the copula into what the name is; no organisation's or place's
# name holds one.
_INNER_COPULA = re.compile(r"\s+(?:is|was|er|var)\s", re.IGNORECASE)


# Session 33: "i tromsø to gonga" (twice): the model took a count and its noun after a
# listed place into the name.
_TRAILING_COUNT = re.compile(
    r"\s+(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+[^\W\d_]+$",
    re.IGNORECASE,
)


def next_word_start(text: str, pos: int) -> int:
    """Where the next word after ``pos`` starts (past spaces)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def trim_owner_verb_count(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without an owner word before the name or a verb after it, nor a count
    after a listed place ("tromsø to gonga")."""
    m = _LEADING_OWNER.match(text, start, end)
    if m is not None:
        start = m.end()
    m = _TRAILING_VERB.search(text, start, end)
    if m is not None:
        end = m.start()
    m = _INNER_COPULA.search(text, start, end)
    if m is not None and text[start : start + 1].isupper():
        end = m.start()  # not on a lower-case line: "the housing association was peabody"
    m = _TRAILING_COUNT.search(text, start, end)
    if m is not None and listed_place(text[start : m.start()]):
        end = m.start()
    return start, end


def listed_place(span: str) -> bool:
    """A listed place as written (any case): "Toten" is no "to" + "ten"."""
    return span.lower() in places_lower()
