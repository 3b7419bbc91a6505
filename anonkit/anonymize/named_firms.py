"""Firms, hospitals and boards named by a family or by two areas → one ORGANIZATION (the
English name shapes of :mod:`.kind_heads`, moved here in session 40 when that file passed
the house limit of ~500 lines).

Why: a family's name before an English kind (``the campbell hotel``), a surname's genitive
named as a place of work (``worked at Colman's``, ``drove for bateman's``) and an
institution two areas share (``the Tyrone and Fermanagh Hospital``) name one organisation;
the name layers took the family or the first area alone, and the pseudonym read as a person
or a town beside the institution. Session 41 moved the place-firm shape here too (``cromer
crab company``, ``beadnell bay dippers``: :func:`en_place_firm_end`), when :mod:`.kind_heads`
passed the house limit again; the finite verbs both read are in :mod:`.kind_spans`.
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.kind_spans import (
    KIND_HEAD_SOURCE,
    SCORE,
    VERBS_AFTER,
    grown_span,
    only_a_first_name,
)
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, word_class_forms

# Session 40 (blind30 as development material): a hospital or board named by two areas,
# "the Tyrone and Fermanagh Hospital", "Sogn og Fjordane sjukehus": the first place and "and"
# belong to the institution's name.
_SHARED_KINDS = word_set(
    "hospital infirmary trust board college council sjukehus sykehus sjukehuset sykehuset "
    "helseforetak"
)
_PLACE_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÆØÅ][\w'’-]+) (?:and|&|og) $")


def two_places_named(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A replaced institution whose kind is one two areas share, after "<listed place> and"
    (above), grows over the place (:func:`.kind_heads.kind_heads` drops the place's own span)."""
    out = list(found)
    for i, d in enumerate(found):
        if d.action != REPLACE or d.type != et.ORGANIZATION:
            continue
        if d.text.rsplit(" ", 1)[-1].lower() not in _SHARED_KINDS:
            continue
        m = _PLACE_AND_BEFORE.search(text, max(0, d.start - 30), d.start)
        if m is None or m.group(1).lower() not in places_lower():
            continue
        out[i] = DetectedEntity(
            m.start(), d.end, et.ORGANIZATION, REPLACE, d.score, text[m.start() : d.end],
            f"{d.source}+{KIND_HEAD_SOURCE}",
        )  # fmt: skip
    return out


# Session 32 (benchmarks/institutions_stress.py: "the campbell hotel", "the owen mill" on
# lower-case lines were silent leaks): English kinds that a family's name goes before.
_EN_NAMED_KINDS = word_set(
    "hotel mill mills foundry colliery brewery chapel infirmary hospice academy dockyard "
    "shipyard works factory"  # session 33: "the old jacobs factory"
)
_EN_NAME_KIND = re.compile(r"(?<![\w'’-])the (?:old )?([a-z][a-z'’]{2,}) ([a-z]+)(?![\w'’-])")


def en_name_before_kind(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """ "the campbell hotel", "the owen mill": on a lower-case line, ``the``, a listed surname
    or first name that is no everyday English word, and a kind a family's name goes before
    are one organisation. "the paper mill", "the old hotel" hold everyday words."""
    out = []
    for m in _EN_NAME_KIND.finditer(text):
        word, kind = m.group(1), m.group(2)
        if kind not in _EN_NAMED_KINDS or word in common_words("en"):
            continue
        if any(o.action == REPLACE and o.start < m.end() and m.start(1) < o.end for o in found):
            continue
        titled = word.title()
        if titled not in all_surnames() and titled not in all_first_names():
            continue
        out.append(
            DetectedEntity(
                m.start(1), m.end(), et.ORGANIZATION, REPLACE, SCORE, text[m.start(1) : m.end()],
                KIND_HEAD_SOURCE,
            )
        )
    return out


_GENITIVE_AFTER = re.compile(
    r"(?:'s|’s)(?=[,.;:!?]|$| (?:for|in|on|till|until|and|when|now|out|as|from)\b)"
)
_PREP_BEFORE = re.compile(
    r"(?<![\w'’-])(?:at|to|from|into|outside) (?P<title>(?:dr\.?|doctor|st\.?|saint) )?$",
    re.IGNORECASE,
)


_WORK_FOR = re.compile(
    r"(?<![\w'’-])(?:work(?:s|ed|ing)?|drove|drive|drives|driving|deliver(?:ed|ing)?|"
    r"clean(?:ed|ing)?|labour(?:ed|ing)?) for $",
    re.IGNORECASE,
)
_WORK_BEFORE = re.compile(r"\b(?:work(?:s|ed|ing)?|job|jobs|employed|started|apprentice)\s+$")


def genitive_firm(text: str, d: DetectedEntity) -> DetectedEntity | None:
    """``at Colman's``, ``to Dr Gray's``: a surname's genitive named as a place of work."""
    if d.action != REPLACE or d.type not in (et.PERSON, et.ORGANIZATION):
        return None
    name = d.text.removesuffix("'s").removesuffix("’s")
    if name != d.text:
        end = d.end  # the layers took the genitive already ("Gray's")
    elif (m := _GENITIVE_AFTER.match(text, d.end)) is not None:
        end = m.end()
    else:
        return None
    before = _PREP_BEFORE.search(text, max(0, d.start - 16), d.start)
    if before is None and " " not in name:
        # session 40 (the lower-cased development sets: "i drove for bateman's out of
        # wainfleet"): a surname's genitive one works for is the firm
        work = _WORK_FOR.search(text, max(0, d.start - 24), d.start)
        if work is not None and not only_a_first_name(name):
            return grown_span(text, d, d.start, end, et.ORGANIZATION, "en")
    if before is None or " " in name:
        return None
    at_work = _WORK_BEFORE.search(text, max(0, before.start() - 20), before.start())
    if only_a_first_name(name) and at_work is None:
        return None
    start = before.start("title") if before.group("title") else d.start
    return grown_span(text, d, start, end, et.ORGANIZATION, "en")


_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’-]*)")


# Session 40 (the lower-cased development sets: "cromer crab company", "castletownbere
# fishermen's co-op", "wigtown book festival", "lynmouth wild swimmers"): a place, one word
# of what it does, and a kind a firm, club or festival takes.
_EN_PLACE_FIRM_KINDS = word_set(
    "company co-op cooperative festival society association trust project partnership "
    "agency swimmers harriers runners rowers players singers choir club collective "
    # session 41 (the development sets: "the beadnell bay dippers, that's the swimming club")
    "dippers walkers ramblers riders cyclists paddlers"
)


_NOT_INNER = word_set(
    "every each this that these those some any no all the a an our my his her their its "
    "last next first one two three whole same other another"
)


def en_place_firm_end(text: str, pos: int) -> tuple[int, str] | None:
    """Where ``<place> <word> <kind>`` ends (above), the inner word no function word,
    verb or number ("in leeds this festival", "leeds was company")."""
    m = _WORD_AFTER.match(text, pos)
    if m is None:
        return None
    if m.group(1).lower() in _EN_PLACE_FIRM_KINDS:
        return m.end(), m.group(1)  # "cromer crab company": the place took the inner word
    inner = m.group(1).lower().removesuffix("'s").removesuffix("’s")  # "fishermen's"
    nxt = _WORD_AFTER.match(text, m.end())
    if nxt is None or nxt.group(1).lower() not in _EN_PLACE_FIRM_KINDS:
        return None
    if (
        inner in FUNCTION_WORDS
        or inner in VERBS_AFTER
        or inner in _NOT_INNER
        or inner in word_class_forms("en", "verb")
    ):
        return None
    return nxt.end(), nxt.group(1)
