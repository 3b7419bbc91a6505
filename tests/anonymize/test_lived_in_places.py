"""A listed place that is a word too, where someone lives, works or stays ("we lived in
hay for a year", "a pub in deal."), is replaced on a lower-case line (issue 10; lcen24).

Unit tests of the rule on hand-built detections (invented lines), written before the rule.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.lived_in_places import lived_in_places


def _flag(text: str, word: str, kind: str = "LOCATION") -> DetectedEntity:
    start = text.index(f" {word}") + 1
    return DetectedEntity(start, start + len(word), kind, FLAG, 0.3, word, "truecase")


def _out(text: str, word: str, kind: str = "LOCATION") -> str:
    return lived_in_places(text, [_flag(text, word, kind)])[0].action


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my cousin lives in crook these days.", "crook"),
        ("we stayed in settle for a fortnight", "settle"),
        ("my dad had a shop in street, near glastonbury", "street"),  # a building noun
        ("i was in bury for the court case.", "bury"),
        ("she worked in sale till she retired", "sale"),
        ("we lived on a farm outside tring", "tring"),
        ("he grew up in mold.", "mold"),
    ],
)
def test_a_place_word_where_someone_lives_or_stays_is_replaced(text, word):
    assert _out(text, word) == REPLACE


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("then in march i got the letter", "march", "LOCATION"),  # a month
        ("i was in hell for years", "hell", "LOCATION"),  # no place one lives in
        ("i was in church every sunday", "church", "LOCATION"),
        ("i was in battle with the council for years", "battle", "LOCATION"),  # "with"
        ("it was set in stone.", "stone", "LOCATION"),  # no verb of living before
        ("i was in reading group on mondays", "reading", "LOCATION"),  # a word after it
        ("we were in bath towels", "bath", "LOCATION"),
        ("i lived in hope for years", "hope", "PERSON"),  # a person flag
        ("I was in Bury for the case.", "Bury", "LOCATION"),  # capitals
        ("i was interested in reading.", "reading", "LOCATION"),  # an -ing word
    ],
)
def test_other_flags_after_in_stay_flags(text, word, kind):
    assert _out(text, word, kind) == FLAG
