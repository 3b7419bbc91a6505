"""Nicknames said beside a name: "wee shug", "tiarna mcnulty, tee, she's …" (blind10 session).

Why: Scottish and Irish English make a nickname of a name with "wee", "big", "auld" or
"young" before it ("Wee Davie", "so wee shug from next door", "big tam"): said without a
determiner before it ("my wee brother", "a wee bit" are no names), the word belongs to the
name the listener knows the person by, and left beside the pseudonym it says which Shug.
And a speaker gives a person's full name and then what everyone calls them, between commas,
before a pronoun clause ("my girlfriend tiarna mcnulty, tee, she's from anfield"): the
short word there is that person's nickname, which no list has ("tee" is a word). Said with
where it is used ("zdzisław, zed at work,", "margaret, peg to her mates,"; lcen22), it
follows a first name alone as well.

Terms of address ("love", "mate", "pet", "hen") and closed-class words, adverbs and
kinship words never count as the nickname.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import closed_class
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import ADDRESS_TERMS, KINSHIP
from anonkit.anonymize.wordlists import not_entities, word_class_forms

NICKNAME_SOURCE = "nickname-form"
# "wee"/"big"/"auld"/"young" right before the name, with no determiner or possessive before.
_PREFIX_BEFORE = re.compile(r"(?<![\w'’-])(wee|big|auld|young) $", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an|the|my|his|her|our|your|their|me|ma|this|that|some)\s+$", re.IGNORECASE
)
# ", tee, she's from …": the nickname between commas before a pronoun clause.
_APPOSED_NICKNAME = re.compile(
    r",\s+([^\W\d_]{2,12}),\s+(?:she|he)(?:['’](?:s|d|ll)\b|\s+(?:was|is|said|had|has|"
    r"lives|lived|works|worked|came|comes)\b)",
    re.IGNORECASE,
)
# lcen22: ", zed at work,", ", peg to her mates,", ", pip for short,": where a nickname is
# used says it is one, after a first name alone too.
_KNOWN_AS_NICKNAME = re.compile(
    r",\s+([^\W\d_]{2,12})\s+(?:at (?:work|home|school)|on the ward|for short|in the family|"
    r"to (?:his|her|their|the|our|my) (?:mates|friends|pals|lads|girls|family|colleagues)|"
    r"to (?:everyone|everybody|us|them))\s*[,.]",
    re.IGNORECASE,
)
_ADDRESS_TERMS = ADDRESS_TERMS | word_set(
    "like though anyway honestly basically apparently obviously aye yeah yes no oh"
)


# Indefinite pronouns that stand where a nickname would ("tomasz, everyone at work, …").
_PRONOUN_WORDS = word_set("everyone everybody someone somebody nobody people")


def _nickname_word(word: str) -> bool:
    low = word.lower()
    return not (
        closed_class(word)
        or low in _ADDRESS_TERMS
        or low in _PRONOUN_WORDS
        or low in KINSHIP
        or low in word_class_forms("en", "adv")
        or low in not_entities("en")
    )


def nickname_forms(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with nickname prefixes joined to the name after them and an apposed
    nickname after a full name replaced as the same person (module docstring)."""
    persons = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    if not persons:
        return found
    out = list(found)
    for d in persons:
        prefix = _PREFIX_BEFORE.search(text, max(0, d.start - 6), d.start)
        covered = prefix is not None and any(
            o is not d and o.action == REPLACE and o.start < d.start and prefix.start() < o.end
            for o in out
        )  # "Big" replaced on its own already: the later prefix rule joins the two
        if (
            prefix is not None
            and not covered
            and not _DETERMINER_BEFORE.search(text, max(0, prefix.start() - 8), prefix.start())
        ):
            grown = replace(
                d,
                start=prefix.start(),
                text=text[prefix.start() : d.end],
                source=f"{d.source}+{NICKNAME_SOURCE}",
            )
            out = [grown if o is d else o for o in out]
        m = _KNOWN_AS_NICKNAME.match(text, d.end)
        if m is None and " " not in d.text:
            continue  # after a full name only: "tiarna mcnulty, tee, she's …"
        m = m or _APPOSED_NICKNAME.match(text, d.end)
        if m is None or not _nickname_word(m.group(1)):
            continue
        start, end = m.span(1)
        if any(o.action == REPLACE and o.start < end and start < o.end for o in out):
            continue
        out.append(
            DetectedEntity(start, end, et.PERSON, REPLACE, 0.5, text[start:end], NICKNAME_SOURCE)
        )
    return sorted(out, key=lambda e: (e.start, e.end))
