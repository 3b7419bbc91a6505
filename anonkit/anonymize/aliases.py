"""A flagged word joined to a replaced person is that person said another way (split out of
:mod:`.restarts` in session 48, when that module passed the house limit; the rules' history is
in their docstrings): "kona hans, Fong, eller Phuong", "Ugochi and Seun", "eh, bassi, altså
nils-aslak".
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS, closed_class
from anonkit.anonymize.recognizers._context_words import KINSHIP, RANKS, TITLES
from anonkit.anonymize.recognizers._slot_words import ASKING_VERBS

# "Fong, eller Phuong", "Fong, or Phuong": one person said two ways (names branch).
_OR = re.compile(r",?\s+(?:eller|or|altså)\s+", re.IGNORECASE)
# Words that stand before a name without being one (titles, ranks, kinship words).
NOT_NAME_BEFORE_NAME = PERSON_CUE_WORDS | TITLES | RANKS | KINSHIP
_AND = re.compile(r"\s+(?:and|og|&)\s+", re.IGNORECASE)
# What may stand before a sentence-opening word: nothing, a sentence end, quotes.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:\n])[\s\"“‘']*$")


def _asking_opener(text: str, d: DetectedEntity) -> bool:
    """``Ask`` of "Ask Jolly, he'll tell you": an imperative opening the sentence, whatever
    lists it is a first name in (session 24)."""
    return d.text.lower() in ASKING_VERBS and (
        _SENTENCE_OPENING.search(text, 0, d.start) is not None
    )


def alias_flags(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A flagged capitalized word and a replaced person joined by "eller"/"or"/"altså"
    ("kona hans, Fong, eller Phuong skrives det") are one person: the flag is promoted. So is
    one listed with a person ("Ugochi and Seun") or said right before one ("Rhodri Alun
    Treharne"): people are listed with people, and a name runs on into a name.

    Why: a spelling restart names the same person twice; :func:`restart_forms` only links
    forms that share their first letters, so an ASR spelling ("Fong") of a replaced name
    ("Phuong") stayed shown beside its pseudonym."""
    names = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    out = list(found)
    for i, d in enumerate(found):
        if d.action != FLAG or not d.text.isalpha():
            continue
        if not d.text[:1].isupper():
            continue  # lower-case flags: :func:`lower_aliases`
        if closed_class(d.text) or d.type in (et.LOCATION, et.NUMBER):
            continue
        if d.text.lower().rstrip(".") in NOT_NAME_BEFORE_NAME:
            continue  # "Professor Jonas Eide", "Uncle Tahir": a title or a relative
        if _asking_opener(text, d):
            continue
        if any(
            _OR.fullmatch(text, d.end, n.start)
            or _OR.fullmatch(text, n.end, d.start)
            # blind6 session: "Ugochi and Seun from church" (people listed with a person),
            # "Rhodri Alun Treharne" (a first name right before the replaced rest)
            or _AND.fullmatch(text, d.end, n.start)
            or _AND.fullmatch(text, n.end, d.start)
            or (n.start == d.end + 1 and text[d.end] == " ")
            for n in names
        ):
            out[i] = replace(d, type=et.PERSON, action=REPLACE, score=max(d.score, 0.5))
    return out


_CLAUSE_OPEN = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:eh|ehm|øh|um|uh|og|and)\s+)$", re.IGNORECASE)


def lower_aliases(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Session 44 (the development sets: "eh, bassi, altså nils-aslak, han kom …"): a
    lower-case person flag joined to a replaced person by "eller"/"or"/"altså" is that
    person said another way, as :func:`alias_flags` reads a capitalized one. Run after the
    apposition flags, which make such a word a flag."""
    names = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    if not names:
        return found
    return [
        replace(d, action=REPLACE, score=max(d.score, 0.5))
        if d.action == FLAG
        and d.type == et.PERSON
        and d.text.isalpha()
        and d.text.islower()
        and _CLAUSE_OPEN.search(text, 0, d.start) is not None  # not "han var snill, altså per"
        and _said_as_name(text, d, names)
        else d
        for d in found
    ]


def _said_as_name(text: str, d: DetectedEntity, names: list[DetectedEntity]) -> bool:
    """The flag ``d`` and a replaced person are joined by "eller"/"or"/"altså"."""
    return not closed_class(d.text) and any(
        _OR.fullmatch(text, d.end, n.start) or _OR.fullmatch(text, n.end, d.start) for n in names
    )
