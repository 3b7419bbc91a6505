"""Everyday words before "community hospital" on a lower-case line → ORGANIZATION (session 33).

Why: English hospitals are named by their area and a kind of two words ("east riding
community hospital", "west cumberland general hospital", "north tyneside general hospital").
On a line ASR wrote in lower case the lower-case institution rule (``lower_institutions.py``)
takes a name only when one of its words is unknown to every list; "east riding" is two
everyday words, so the hospital stayed in the transcript (blind23 as development material).
A kind of two words is itself a name's end: one or two words before it that are no function
word and no generic adjective ("the local community hospital", "a new general hospital") are
the hospital's name.

Hospitals are also said by the name and the kind's first word alone ("my gp sent me up to the
borders general.", "the consultant who covered the lawson memorial was"): after "the", one
word and ``general``/``memorial``/``infirmary`` ending the clause, or before a verb or a
preposition, name the hospital. So do Northern Ireland's health trusts, named by their area
("the southern trust have had me on a waiting list").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_NAMED = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?P<w1>[a-zA-Z][\w'’-]*)\s+)?(?P<w2>[a-zA-Z][\w'’-]*)\s+"
    r"(?:community|general|district|cottage|memorial|county|war memorial)\s+"
    r"(?:hospital|infirmary))(?![\w'’-])",
)
_SHORT = re.compile(
    # session 35: the truecaser may have given a listed surname its capital ("the Lawson
    # memorial" of "the lawson memorial was"); the line is still checked for lower case
    r"(?<![\w'’-])the\s+(?P<name>(?P<word>[a-zA-Z][\w'’-]*)\s+(?:general|memorial|infirmary))"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:was|is|were|in|at|for|and|then|where|with|on|after|till|"
    r"until|because|but)\b)"
)
_TRUST = re.compile(
    r"(?<![\w'’-])the\s+(?P<name>(?:northern|southern|western|south[ -]eastern|belfast)\s+"
    r"trust)(?![\w'’-])"
)
_GENERIC = word_set(
    """
    local new old big small main nearest nearby same other private public little main only
    county city district general regional national big proper last first next whole
    war peace famine holocaust attorney surgeon secretary director inspector postmaster
    governor solicitor consul adjutant
    """
)


def _name_word(word: str | None) -> bool:
    return word is not None and word.lower() not in FUNCTION_WORDS and word.lower() not in _GENERIC


class NamedHospitalRecognizer(AnonkitRecognizer):
    """``the east riding community hospital`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or not any(
            k in text for k in ("hospital", "infirmary", "general", "memorial", "trust")
        ):
            return
        for m in _NAMED.finditer(text):
            if not _name_word(m.group("w2")) or not lower_case_line(text, m.start("name")):
                continue
            start = m.start("w1") if _name_word(m.group("w1")) else m.start("w2")
            yield start, m.end("name"), ORGANIZATION, SCORE
        for m in _SHORT.finditer(text):
            if _name_word(m.group("word")) and lower_case_line(text, m.start("name")):
                yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
        for m in _TRUST.finditer(text):
            if lower_case_line(text, m.start("name")):
                yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedHospitalRecognizer(lang)] if lang == "en" else []  # English only
