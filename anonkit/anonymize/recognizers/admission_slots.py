"""Where someone was admitted, sectioned or transferred → ORGANIZATION (session 44).

Why: psychiatric units are named after people, streets and houses (``mary seacole house``,
``whyteman's brae``, ``cross lane``, ``bro cerwyn``), and on a line ASR wrote in lower case
nothing marks them: the words are a first name and a surname, a street, Welsh words. The
lower-case institution rules want a kind word they know (``centre``, ``unit``) after a word
no list knows; ``house`` and ``lodge`` are left out there, since ``my mum's house`` names
no institution. But the verb says what follows: one is *admitted to*, *sectioned in*,
*transferred to* or *discharged from* a hospital or a unit (the lower-cased development
sets: five silent leaks of this kind).

The rule (English, lower-case lines): after ``admitted``/``sectioned``/``transferred``/
``discharged``/``readmitted``/``referred`` (session 45; ``sent me``/``moved me`` only before a
kind word) and ``to``/``into``/``in``/``at``/``from`` (``the`` allowed),

* one to three words and a kind word (``house``, ``lodge``, ``unit``, ``ward``, ``centre``,
  ``clinic``, ``court``, ``hall``, ``suite``, ``hospital``, ``brae``) → replaced, unless
  every word before the kind is a generic one (``the acute unit``, ``the psychiatric
  ward``, ``a&e``);
* one to three words that end the clause (a punctuation mark, ``after``, ``for``, ``in``,
  ``on``, ``twice`` …) → flagged, replaced when they are a compass or position word and one
  more (``admitted to northern care``): ``admitted to cross lane`` is a unit named after its
  street, ``admitted to hospital`` is no name (a generic word alone is left).

Session 45 (blind35 as development material): a genitive alone after ``was in`` and before a
length of stay (``i was in noble's for weeks``, ``she'd been in guy's since march``) is a
hospital named after its founder, as London's and the Isle of Man's are: replaced. A
person's home takes an owner or a noun (``in my mum's``, ``at jack's house``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
SCORE_FLAG = 0.3
_SLOT = re.compile(
    r"(?<![\w'’-])(?:admitted|readmitted|sectioned|transferred|discharged"
    # session 45: one is referred (not a thing "referred to the war")
    r"|(?:was|were|been|got|get|being) referred|referred (?:me|him|her|them|us)"
    # session 45 (blind35 lower-cased: "they sent me to the warton unit"): sending needs the
    # kind word (``sent me to school`` is no unit)
    r"|(?P<sent>sent|moved) (?:me|him|her|them|us))"
    r" (?:to|into|in|at|from)(?: the)? ",
    re.IGNORECASE,
)
# Any case: the truecaser gives listed names their capitals ("Mary Seacole house").
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_KINDS = word_set("house lodge unit ward centre center clinic court hall suite hospital brae")
_ENDS = re.compile(
    r"\s*(?:[,.;:!?]|$|(?:after|for|in|on|at|twice|once|again|when|and|but|because|cos|"
    r"until|till|with|where|last|three|two|four|five)\b)"
)
_GENERIC = word_set(
    """
    hospital hospitals psychiatric acute general mental health the a an my our local main new
    old private nhs secure forensic psychiatry psychology psychiatrist psychologist
    counselling counsellor therapy therapist cbt physio physiotherapy services service team
    specialist specialists consultant consultants doctor doctors gp clinic clinics camhs
    medium low high intensive care crisis assessment
    treatment adult adolescent children's women's men's mother baby eating disorders
    disorder rehab rehabilitation detox day inpatient psychiatry state royal district
    county city community city's a&e casualty emergency ward wards unit units respite
    residential nursing home homes jail prison police station cells custody court same
    different another other big small isolation seclusion
    """
)
_MAX_WORDS = 3
# "i was in noble's for weeks": a stay in a place named by a genitive alone.
_STAYED_IN = re.compile(
    r"(?<![\w'’-])(?:was|were|been|stayed|spent (?:\w+ ){1,3}|ended up|kept me) in "
    r"(?P<name>[^\W\d_]{3,}['’]s) (?:for|since|till|until|over|all) ",
    re.IGNORECASE,
)
# A compass or position word and one more word after the verb are a unit's name ("admitted to
# northern care"; names_stress.py's admission cells).
_PARTS = word_set("wing block side end entrance building floor corridor annexe site campus")
_DIRECTIONS = word_set(
    "northern southern eastern western upper lower central north south east west mid"
)


class AdmissionSlotRecognizer(AnonkitRecognizer):
    """``admitted to mary seacole house`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if ("'s " in text or "’s " in text) and " in " in text:
            for m in _STAYED_IN.finditer(text):
                if (
                    m.group("name")[:-2].lower() not in FUNCTION_WORDS
                    and lower_case_line(text, m.end("name"))
                ):
                    yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
        if not any(
            v in text
            for v in ("admitted", "sectioned", "transferred", "discharged", "referred", "sent ")
        ) and " moved " not in text:
            return
        for m in _SLOT.finditer(text):
            span = self._name(text, m.end(), kind_only=bool(m.group("sent")))
            if span is not None and lower_case_line(text, span[1]):
                yield span

    def _name(
        self, text: str, start: int, kind_only: bool = False
    ) -> tuple[int, int, str, float] | None:
        words: list[re.Match[str]] = []
        pos = start
        while len(words) <= _MAX_WORDS:
            w = _WORD.match(text, pos)
            if w is None:
                break
            words.append(w)
            if w.group().lower() in _KINDS and len(words) > 1:
                named = [x.group().lower() for x in words[:-1]]
                if all(x in _GENERIC or x in FUNCTION_WORDS for x in named):
                    return None
                return start, w.end(), ORGANIZATION, SCORE
            if not text.startswith(" ", w.end()) or _ENDS.match(text, w.end()) is not None:
                break
            pos = w.end() + 1
        if kind_only or not words or len(words) > _MAX_WORDS:
            return None
        end = words[-1].end()
        if _ENDS.match(text, end) is None:
            return None
        named = [x.group().lower() for x in words]
        if named[0] in FUNCTION_WORDS or all(x in _GENERIC or x in FUNCTION_WORDS for x in named):
            return None
        if (
            len(named) == 2
            and named[0] in _DIRECTIONS
            and named[1] not in FUNCTION_WORDS
            and named[1] not in _PARTS  # "the north wing" is a part of any hospital
        ):
            return start, end, ORGANIZATION, SCORE  # "admitted to upper recovery"
        return start, end, ORGANIZATION, SCORE_FLAG


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [AdmissionSlotRecognizer(lang)] if lang == "en" else []
