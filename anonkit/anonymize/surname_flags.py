"""A flagged capitalized word right after a replaced first name is its surname (blind10).

Why: a speaker restates a name in full after a kinship word and the first name ("His mum
Obiageli, Obiageli Price, she came …", "Her son Ruairidh, Ruairidh Buchanan-Rae, wee
Ruairidh"). The first name is replaced (a listed or cued name), but NER did not join the
surname to it and the word lists know it as a word or not at all ("Price" is a word, the
double-barrelled "Buchanan-Rae" a capitalized unknown): it was only flagged, and the
steward saw the surname beside the first name's pseudonym. On a line written with capitals a
capitalized word right after a first name, mid-sentence, is the surname; the two become one
person. :func:`restarts.alias_flags` promotes the word said right *before* a replaced name.

Not taken: place flags ("Anna in Bergen" has a word between anyway), closed-class words,
titles, ranks and kinship words (``restarts.NOT_NAME_BEFORE_NAME``), non-entities, and words
after a name of more than one word (the surname is there already).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.aliases import NOT_NAME_BEFORE_NAME
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import closed_class
from anonkit.anonymize.wordlists import not_entities

SURNAME_FLAG_SOURCE = "surname-flag"
# A capitalized surname, perhaps double-barrelled or with an apostrophe ("O'Neill").
_SURNAME = re.compile(r"[A-ZÆØÅ][^\W\d_]*(?:[-'’][A-ZÆØÅa-zæøå][^\W\d_]*)*")
_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})


def _surname_like(d: DetectedEntity) -> bool:
    word = d.text
    if d.action != FLAG or d.type in (et.LOCATION, et.NUMBER) or not _SURNAME.fullmatch(word):
        return False
    low = word.lower()
    return not (
        closed_class(word)
        or low in NOT_NAME_BEFORE_NAME
        or low in not_entities("en")
        or low in not_entities("nb")
    )


def flagged_surnames(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with each flagged surname joined to the replaced first name before it.

    The first name counts when it is a replaced person, or a replaced word of another type
    that is a replaced person elsewhere in the text (NER's "Ruairidh" place beside the
    cued person "Ruairidh")."""
    flags = [d for d in found if _surname_like(d)]
    if not flags:
        return found
    persons = {d.text for d in found if d.action == REPLACE and d.type == et.PERSON}
    out = list(found)
    for flag in flags:
        first = next(
            (
                n
                for n in out
                if n.action == REPLACE
                and n.end + 1 == flag.start
                and text[n.end] == " "
                and n.type in _NAME_TYPES
                and (n.type == et.PERSON or n.text in persons)
                and " " not in n.text
                and n.text[:1].isupper()
            ),
            None,
        )
        if first is None:
            continue
        merged = replace(
            first,
            end=flag.end,
            type=et.PERSON,
            text=text[first.start : flag.end],
            score=max(first.score, 0.5),
            source=f"{first.source}+{SURNAME_FLAG_SOURCE}",
        )
        out = [merged if d is first else d for d in out if d is not flag]
    return out


def same_word_persons(found: list[DetectedEntity], ner_source: str) -> list[DetectedEntity]:
    """A one-word place or organisation that only NER found, and that is the text of a
    replaced person in the same text that a rule or list found, is that person ("Her son
    Ruairidh, …, wee Ruairidh": NER called the last one a place). The word is replaced
    either way; the type decides the pseudonym, and one name must get one pseudonym."""
    persons = {
        d.text
        for d in found
        if d.action == REPLACE
        and d.type == et.PERSON
        and " " not in d.text
        and d.source != ner_source  # a rule or a list says person, not NER alone ("Namsås")
    }
    if not persons:
        return found
    return [
        replace(d, type=et.PERSON)
        if d.action == REPLACE
        and d.type in (et.LOCATION, et.ORGANIZATION)
        and d.source == ner_source
        and d.text in persons
        else d
        for d in found
    ]
