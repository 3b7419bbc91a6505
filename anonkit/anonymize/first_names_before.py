"""The first name right before a replaced one-word name (issue 10, items 1 and 7; blind8).

Why: the NER model often takes only the surname ("Rosalinda Pangilinan var nattevakt": the
surname alone, as a place), and on a lower-case line a first name that is no listed word
stands beside the surname's pseudonym. :func:`first_name_before`: on a line with capitals, a
capitalized word right before a replaced one-word name that is a listed first name or in no
word list is the first half of that name; on a line without capitals, a word no list has
(``rosalinda pangilinan``), a listed first name opening a clause (``og dag berge kom``), or
any word after a kinship title (``auntie …``, ``tante …``) or, session 42, an owned relative
(``my wife rain collins``; moved here from :mod:`.coordinated` that session).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.apposed_names import name_slot_stopwords, no_name_word
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.wordlists import is_everyday_word, word_class_forms

_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())


def _skip() -> frozenset[str]:
    return name_slot_stopwords()


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÆØÅ][^\W\d_]{2,}) $")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-zæøå][^\W\d_]{2,}) $")
def first_name_before(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with one-word names grown over the first name before them (above)."""
    out = list(found)
    for d in found:
        if d.action != REPLACE or d.type not in _NAME_TYPES or not d.text.isalpha():
            continue
        m = _WORD_BEFORE.search(text, max(0, d.start - 40), d.start)
        kin_led = False
        if m is None and d.text.islower():
            # session 21, a line without capitals: a word that is no everyday word (a listed
            # first name or none) before the name ("rosalinda pangilinan var nattevakt");
            # lcnb24: or a listed first name that is a word opening a clause ("sol hagen var")
            m = _LOWER_WORD_BEFORE.search(text, max(0, d.start - 40), d.start)
            kin_led = m is not None and _kin_led_first_name(text, m.start(1), m.group(1))
            if (
                m is not None
                and not kin_led
                and _a_word(m.group(1))
                and not (
                    # session 45 (blind35 lower-cased: "but una gilheaney next door"): or a
                    # word only the NER model typed, as a place or a firm
                    (d.type == et.PERSON or d.source == "spacy-ner")
                    and m.group(1) in _first_names()
                    and _opens_clause(text, m.start(1))
                )
            ):
                continue
        if m is None:
            continue
        low = m.group(1).lower()
        if low in _skip() or (_a_word(low) and low not in _first_names() and not kin_led):
            continue
        start = m.start(1)
        # lcnb24: a flag on the word (a rare first name: "maaret hætta") becomes part of the
        # name; any other span keeps the word
        if any(
            o is not d and o.start < d.start and start < o.end and o.action != FLAG for o in out
        ):
            continue
        kind = et.PERSON if low in _first_names() or d.type == et.PERSON else d.type
        grown = replace(d, start=start, type=kind, text=text[start : d.end])
        out = [
            grown if o is d else o
            for o in out
            if o is d or not (o.action == FLAG and start <= o.start and o.end <= d.start)
        ]
    return out


# Session 34 (blind24 as development material: "two doors down from my auntie dil maya"): a
# bare kinship title before two words of which the second is a replaced name: the first is
# the relative's first name even when it is also a word, unless it is a verb form, an adverb
# or a closed-class word ("my uncle always maya" is no name).
_KIN_TITLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:auntie|aunty|aunt|uncle|nan|nana|nanna|gran|granny|grandma|grandad|"
    r"cousin|tante|onkel|mormor|morfar|farmor|farfar|bestemor|bestefar|kusine|fetter) $",
    re.IGNORECASE,
)


# Session 42 (the lower-cased development sets: "my husband con harrington fished"): an owned
# relative before the first name, which may be a word of any class but a finite verb.
_OWNED_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:my|his|her|our|their|your|me) (?:husband|wife|partner|son|daughter|"
    r"brother|sister|father|mother|dad|mum|mam|grandfather|grandmother|grandad|grandson|"
    r"granddaughter|nephew|niece|boyfriend|girlfriend|fiancé|fiancée) $",
    re.IGNORECASE,
)
_NOT_FIRST_AFTER_OWNED = frozenset(
    (
        "late", "dear", "poor", "old", "little", "big", "young", "younger", "older", "eldest",
        "youngest", "ex", "current", "new", "first", "second", "real", "own", "step", "half",
        "great",
    )
)  # fmt: skip


def _kin_led_first_name(text: str, start: int, word: str) -> bool:
    low = word.lower()
    if _OWNED_RELATIVE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return (
            not no_name_word(low)
            and low not in _skip()
            and low not in _NOT_FIRST_AFTER_OWNED
            and word_value(low) is None
            and not low.endswith(("ed", "ing"))
            and low not in word_class_forms("en", "adv")
            and low not in word_class_forms("en", "verb")  # "my son loves gazza"
        )
    return (
        _KIN_TITLE_BEFORE.search(text, max(0, start - 12), start) is not None
        and not no_name_word(low)
        and low not in _skip()
        and word_value(low) is None
        and not any(
            low in word_class_forms(lang, cls) for lang in ("en", "nb") for cls in ("verb", "adv")
        )
    )


def _a_word(low: str) -> bool:
    """An everyday word, also in a Nynorsk spelling ("heiter flom": session 27)."""
    return is_everyday_word(low) or nynorsk_form(low)


_CLAUSE_OPENING = re.compile(r"(?:^|[.,;:!?\n]\s*|\b(?:og|men|så|da|at|and|but|so)\s+)$")


def _opens_clause(text: str, start: int) -> bool:
    """The word at ``start`` opens the line, a sentence or a clause (lcnb24): there a first
    name that is an everyday word before a surname is the first name ("og dag berge kom");
    inside a clause it may be the word ("i dag berge kom hjem")."""
    return bool(_CLAUSE_OPENING.search(text, max(0, start - 6), start)) or start == 0
