"""A place flag the speaker places (", in devon", ", near maidstone") is replaced on a
lower-case line (issue 10; lcen24).

Why: towns and villages that are everyday words (``dull``, ``loose``, ``march``, ``nasty``,
``beer``, ``cork``) are only flagged on a lower-case line, and a flag leaves the name in
clear text unless the steward acts. Where the speaker says where the place lies, right after
it, the doubt is gone: ``we lived in nasty, in hertfordshire``, ``she got a flat in loose,
near maidstone``, ``my nan was from yawl, in cork``. Only a place is specified by a comma,
``in``/``near`` and another place; in the lower-cased development sets this shape held eleven
such flags in six sets (blind2, blind4, blind6, blind7, blind8, blind10), none of them a false
alarm.

:mod:`.place_links` shows such words (a flag), on purpose: "in bed, in leeds" is said too,
and a word nothing judged (``box``, ``lockdown``) stays shown here as well. This rule replaces
only a word that a layer which judges places already flagged as a LOCATION (a listed place
that is a word too, or a word a place context took), that stands right after a place
preposition, and that no time word is ("born in march, in leeds"). In the other direction,
a flagged place right after ``<replaced place>, in`` is the region that place lies in
(``yawl, in cork``; ``kilbeg, in clare``). Two flags side by side (``knock, in mayo``) stay
flags: neither is sure.

The speaker may also say what the place is: ``i was born in dollar, it's a wee place in
clackmannanshire``, ``i was born in pity me, it's a village`` (blind6, blind8). One to three
words after a place preposition, the first no function word and no place one goes to
(``in care``, ``in town``), before ``, it's a`` and a settlement (``village``, ``town``,
``hamlet``, ``townland``, ``island``) or a small ``place`` (``wee``/``small``/``little``/
``tiny``): where a place layer flagged one of the words, the words are replaced as one place
("it's a nice place" says nothing about what the thing is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.place_links import _NOT_SPECIFIED
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals

SPECIFIED_PLACE_SOURCE = "specified-place"
_PREPOSITION = re.compile(r"(?<![\w'’-])(?:in|at|to|from|near|outside)\s+$")
# Session 36 (blind26 as development material): "by" and "outside" after the comma ("in cam,
# by dursley", "to pill, outside portishead"), and "in"/"near"/"outside" without one ("in
# hope in derbyshire").
_SPECIFIER = re.compile(
    r"(?:\s*,\s*(?:(?:up|down|out|over|away|just|right)\s+)?(?:in|near|by|outside)"
    r"|\s+(?:in|near|outside))\s+"
)
# Flags only a shape made, with nothing that judged the word itself ("box", "lockdown").
_CUE_ONLY_SOURCES = frozenset({"place-link", "SpecifiedPlaceRecognizer"})
TIME_WORDS = _NOT_SPECIFIED | word_set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter
    morning evening afternoon lockdown
    """
)


_CALLED_A_PLACE = re.compile(
    r"(?<![\w'’-])(?:in|to|from|near|outside)\s+(?P<words>[a-z]+(?:\s+[a-z]+){0,2})"
    r",\s+(?:it's|it is|that's)\s+(?:just\s+)?an?\s+"
    r"(?:(?:(?:wee|small|little|tiny)\s+)?(?:village|town|hamlet|townland|island)"
    r"|(?:wee|small|little|tiny)\s+place)(?![\w'’-])"
)


def _place_word(d: DetectedEntity) -> bool:
    return (
        d.type == et.LOCATION
        and d.text.isalpha()
        and d.text.islower()
        and d.text not in TIME_WORDS
        and d.text not in FUNCTION_WORDS
    )


def _judged(d: DetectedEntity) -> bool:
    """Some layer that judges the word itself flagged it (not only a shape around it)."""
    return not set(d.source.split("+")) <= _CUE_ONLY_SOURCES


def _replaced(d: DetectedEntity) -> DetectedEntity:
    return replace(
        d, action=REPLACE, score=max(d.score, 0.5), source=f"{d.source}+{SPECIFIED_PLACE_SOURCE}"
    )


def _called_places(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Words the speaker calls a village or a small place, one of them flagged as a place,
    replaced as one place (module docstring)."""
    out = list(found)
    for m in _CALLED_A_PLACE.finditer(text):
        start, end = m.span("words")
        first = m.group("words").split()[0]
        if first in FUNCTION_WORDS or first in TIME_WORDS or line_has_capitals(text, start):
            continue
        inside = [d for d in out if d.start < end and start < d.end]
        if not any(
            d.action == FLAG and d.type in (et.LOCATION, et.RARE_WORD) for d in inside
        ) or any(d.action == REPLACE or d.start < start or d.end > end for d in inside):
            continue
        place = DetectedEntity(
            start, end, et.LOCATION, REPLACE, 0.5, text[start:end], SPECIFIED_PLACE_SOURCE
        )
        out = sorted([d for d in out if d not in inside] + [place], key=lambda d: d.start)
    return out


def specified_places_replaced(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with each place flag the speaker places (or that places a replaced place)
    replaced (module docstring)."""
    if ", it" in text or ", that" in text:
        found = _called_places(text, found)
    if not any(d.action == FLAG and d.type == et.LOCATION for d in found):
        return found
    out = list(found)
    for i, d in enumerate(out):
        if d.action != FLAG or not _place_word(d) or line_has_capitals(text, d.start):
            continue
        # forward: "in nasty, in hertfordshire"
        m = _SPECIFIER.match(text, d.end)
        if (
            m is not None
            and _judged(d)
            and _PREPOSITION.search(text, max(0, d.start - 12), d.start)
            and any(
                o.start == m.end() and o.action == REPLACE and o.type == et.LOCATION for o in out
            )
        ):
            out[i] = _replaced(d)
            continue
        # backward: "from yawl, in cork"
        for o in out:
            if o.action != REPLACE or o.type != et.LOCATION or o.end >= d.start:
                continue
            m = _SPECIFIER.match(text, o.end)
            if (
                m is not None
                and m.end() == d.start
                and _PREPOSITION.search(text, max(0, o.start - 12), o.start)
            ):
                out[i] = _replaced(d)
                break
    return out
