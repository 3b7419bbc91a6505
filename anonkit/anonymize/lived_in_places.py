"""A listed place that is a word too, where someone lives, works or stays, is replaced on a
lower-case line (issue 10; lcen24).

Why: English towns named by everyday words (``sale``, ``deal``, ``hay``, ``ware``, ``wick``,
``hull``, ``slough``, ``battle``, ``trim``) are flagged by the truecaser on a lower-case line,
never replaced, since "a sale", "a big deal" and "in battle" are the words. Flags leave the
town in clear text unless the steward acts, and in the lower-cased development sets these
were ten misses in six sets (asr_dev, blind, blind2, blind3, blind4, blind5). The slot tells
them apart: after a verb of living, working or being (``lived``, ``works``, ``was``,
``stayed``, ``grew up``, ``sleeping rough``), a building or a street (``a pub in``, ``a
home in``, ``road in``) and ``in``/``outside``/``near``, the bare word stands where a town
stands, and the words after it show it is no modifier (``in deal.``, ``in hay for a year``,
``in sale these days``). In the same sets the word flagged as a place in that slot was never
anything else.

The rule: a LOCATION flag on one lower-case word right after ``in``/``outside``/``near``,
preceded by such a word, followed by the end of the clause or a word that opens what comes
after a place (``for``, ``these``, ``till``, ``and`` …; not ``with``: "in battle with the
council"); not a time word or a place one is in without naming it (``in march``, ``in
church``, ``in hell``: :data:`.specified_places.TIME_WORDS`), not a verb's ``-ing`` form ("in
reading"; "tring" is none). Session 42: also a place flag where someone is from, said with
"originally" (``he's from orchard originally``; not ``from money``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._place_words import BUILDING_NOUNS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.specified_places import TIME_WORDS
from anonkit.anonymize.wordlists import en_lemmas

LIVED_IN_SOURCE = "lived-in"
_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[a-z]+)\s+(?:in|outside|near)\s+$")
_LIVING = (
    word_set(
        """
        lived live lives living born raised up moved settled stayed stay stays staying was
        were is am works worked working work based rough home road street lane avenue drive
        crescent close terrace estate hostel hotel unit ward
        """
    )
    | BUILDING_NOUNS["en"]
) - word_set("church chapel school")
# Session 42: "he's from orchard originally" (a place flag between the two).
_FROM_BEFORE = re.compile(
    r"(?:['’]s|['’]m|['’]re|\b(?:is|am|are|was|were|come|comes|came)) from\s+$", re.IGNORECASE
)
_ORIGINALLY = re.compile(r"\s+originally\b")
_NOT_ORIGINS = word_set("money scratch abroad overseas home birth work nothing nowhere")
# Session 42 (names_stress.py filler lines): the trades one works in are no towns.
_WORKING = word_set("works worked working work")
_SECTORS = word_set(
    """
    logistics retail care finance construction hospitality marketing sales education
    healthcare admin administration insurance banking catering security accounts accounting
    recruitment manufacturing engineering fashion media journalism law tourism transport
    farming fishing mining property housing payroll research science nursing teaching
    childcare cleaning it hr
    """
)
_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?]|(?:for|these|this|now|then|at|when|till|until|and|but|before|after|"
    r"where|back|since|because|cos|last|so|ever|all|every|anymore|originally)(?![\w'’-]))"
)


def _ing_form(word: str) -> bool:
    """A verb's -ing form ("reading", "swimming"), not a town ending so ("tring")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem, verbs = word[:-3], en_lemmas("verb")
    return stem in verbs or stem + "e" in verbs or (stem[-1:] == stem[-2:-1] and stem[:-1] in verbs)


def lived_in_places(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with each place flag in the slot of a town someone lives in replaced
    (module docstring)."""
    if (
        " in " not in text
        and " outside " not in text
        and " near " not in text
        and " from " not in text
    ):
        return found
    out = list(found)
    for i, d in enumerate(out):
        word = d.text
        if (
            d.action != FLAG
            or d.type != et.LOCATION
            or not word.isalpha()
            or not word.islower()
            or word in TIME_WORDS
            or _ing_form(word)
            or line_has_capitals(text, d.start)
        ):
            continue
        if (
            word not in _NOT_ORIGINS
            and _FROM_BEFORE.search(text, max(0, d.start - 24), d.start)
            and _ORIGINALLY.match(text, d.end)
        ):
            # session 42 (names_stress.py, "residence word_place lower"): "he's from orchard
            # originally": where someone is from, said with "originally", is a place
            out[i] = replace(
                d, action=REPLACE, score=max(d.score, 0.5), source=f"{d.source}+{LIVED_IN_SOURCE}"
            )
            continue
        m = _BEFORE.search(text, max(0, d.start - 30), d.start)
        if m is None or m.group("word") not in _LIVING or not _AFTER.match(text, d.end):
            continue
        if m.group("word") in _WORKING and word in _SECTORS:
            continue  # session 42: "he works in logistics now", a trade, no town
        out[i] = replace(
            d, action=REPLACE, score=max(d.score, 0.5), source=f"{d.source}+{LIVED_IN_SOURCE}"
        )
    return out
