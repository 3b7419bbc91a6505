"""A full name set off after a role or kinship word, taken half, is taken whole (issue 10,
items 1, 2 and 6; session 27, the lower-cased development sets).

Why: ``tanten min, ingir magga, var den som …``, ``terapeuten min, anh khoa dung, han var
…``, ``my key worker, aoife nic giolla, she …``: the speaker names a relative or a member of
staff in apposition, and on a line without capitals the layers took one or two of the
words (the first name a list or the NER model knows) and left the rest — a surname no list
has, or one that is an everyday word (``dung``) — beside the pseudonym. Between the commas
after ``<role> min``/``my <role>`` nothing but the name is said, so every word there that is
no function word, verb or adverb belongs to it.

A replaced place or organisation there that a person layer proposed too is typed a person
(``my key worker, aoife nic giolla, she …``: the NER model's organisation).

The rule, on lower-case lines only (with capitals the capitals say where the name ends): a
replaced person inside a segment of two to four words that a comma opens right after a
role, kinship or relation word (with ``min``/``mi``/``mitt`` or ``my``/``his``/``her``/``our``
before or after it) and a comma or the end of the clause closes, grows to the whole
segment. Fillers, function words, verbs and adverbs in the segment stop it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, RELATIONS, RELATIONS_DEFINITE
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import word_class_forms

APPOSED_FULL_NAME_SOURCE = "apposed-full-name"
_OWNERS_AFTER = word_set("min mi mitt mine vår våre hans hennes")
_OWNERS_BEFORE = word_set("my his her our their your")
_ROLE_WORDS = ROLES | KINSHIP | RELATIONS | RELATIONS_DEFINITE
# "<role> min, " or "my <role>, " right before the segment.
_ROLE_BEFORE = re.compile(r"(?<![\w'’-])([a-zæøå]+)(?: ([a-zæøå]+))?, $")
_SEGMENT = re.compile(r"[a-zæøåáéíóúčđŋšŧž' -]+?(?=,|\.|$| (?:han|ho|hun|he|she)\b)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def apposed_full_names(
    text: str, found: list[DetectedEntity], lang: str | None
) -> list[DetectedEntity]:
    """``found`` with half-taken names set off after a role grown to the whole name."""
    out = [_person_after_role(text, d) for d in found]
    for d in list(out):
        if d.action != REPLACE or d.type != et.PERSON or line_has_capitals(text, d.start):
            continue
        grown = _whole(text, d, out, lang or "en")
        if grown is not None:
            out = [o for o in out if not (grown.start <= o.start and o.end <= grown.end)]
            out.append(grown)
    if out == found:
        return found
    return sorted(out, key=lambda e: (e.start, e.end))


def _whole(
    text: str, d: DetectedEntity, found: list[DetectedEntity], lang: str
) -> DetectedEntity | None:
    start = text.rfind(", ", 0, d.start)
    if start < 0 or not _after_role(text, start + 2):
        return None
    seg_start = start + 2
    m = _SEGMENT.match(text, seg_start)
    if m is None or m.end() < d.end:
        return None
    words = list(_WORD.finditer(text, seg_start, m.end()))
    others = [w.group() for w in words if not (d.start <= w.start() and w.end() <= d.end)]
    if not 2 <= len(words) <= 4 or not all(_name_word(w, lang) for w in others):
        return None  # the words already taken are names whatever else they are ("tove")
    seg_end = words[-1].end()
    if seg_start == d.start and seg_end == d.end:
        return None
    if any(
        o.action == REPLACE and o.type != et.PERSON and o.start < seg_end and seg_start < o.end
        for o in found
    ):
        return None  # a place or organisation in the segment: not one name
    return replace(
        d,
        start=seg_start,
        end=seg_end,
        text=text[seg_start:seg_end],
        source=f"{d.source}+{APPOSED_FULL_NAME_SOURCE}",
    )


def _person_after_role(text: str, d: DetectedEntity) -> DetectedEntity:
    """A replaced place or organisation right after "my key worker, " that a person layer
    proposed too is that person ("my key worker, aoife nic giolla, she …": NER's
    organisation)."""
    if (
        d.action == REPLACE
        and d.type in (et.ORGANIZATION, et.LOCATION)
        and "Person" in d.source
        # a listed place or institution keeps its kind ("my son, leeds united mad, …")
        and not any(kind in d.source for kind in ("Place", "Institution", "Employer", "Org"))
        and text.startswith(", ", d.start - 2)
        and _after_role(text, d.start)
        and not line_has_capitals(text, d.start)
    ):
        return replace(d, type=et.PERSON)
    return d


def _after_role(text: str, pos: int) -> bool:
    """``tanten min, `` / ``my key worker, ``: a role, kinship or relation word with its owner
    right before the comma that opens the segment."""
    m = _ROLE_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if second is not None and second in _OWNERS_AFTER:
        return _a_role(first)  # "tanten min, "
    last = second or first
    if not _a_role(last):
        return False
    owner = text[max(0, m.start() - 12) : m.start()].split()
    # "my mum, ", "my key worker, ": the owner before the role (or one word before it)
    return first in _OWNERS_BEFORE or bool(owner and owner[-1] in _OWNERS_BEFORE)


def _name_word(word: str, lang: str) -> bool:
    low = word.lower()
    return (
        len(low) >= 2
        and low not in FUNCTION_WORDS
        and not is_filler(low)
        and low not in KINSHIP
        and low not in word_class_forms(lang, "verb")
        and low not in word_class_forms(lang, "adv")
    )


def _a_role(word: str) -> bool:
    """A role, kinship or relation word, also in a Norwegian definite form ("tanten",
    "mora", "terapeuten")."""
    if word in _ROLE_WORDS:
        return True
    return any(
        word.endswith(ending) and word[: -len(ending)] in _ROLE_WORDS
        for ending in ("en", "n", "a", "et")
    )
