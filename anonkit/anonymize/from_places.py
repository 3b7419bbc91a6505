"""A place flag right after Norwegian ``fra`` on a lower-case line, on a bare word, is
replaced (session 36).

Why: people come *from* places. On a line ASR wrote in lower case a village or town whose
name is also a word (``mamma er fra hue``, ``morfar var fra tanger``, ``han tok t-banen fra
grav``, ``du kommer fra loshavn``) was flagged by the place layers and stayed in clear text
until the steward acted. What else follows ``fra`` is a shared place said with its article
(``fra avdelinga``, ``fra hjemmetjenesten``, ``fra vestkanten``) or a team or service
(``fra ambulant team``). On the lower-cased development sets every bare word a place layer
flagged after ``fra``/``frå`` was a gold place (6 of 6); the definite forms were not (0 of
8), and stay flags, as do words before a noun (``fra ambulant team``), function words and
the bare words of :data:`.nb_bare_words.BARE_NOT_PLACES` (``fra jobb``, ``fra morgen til
kveld``). Session 36 changed two older table rows: ``svigerfar var fra haug`` and ``ho kom
fra myr`` were flags by design (a word that is also a noun); they are replaced now.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.nb_bare_words import BARE_NOT_PLACES, definite_noun
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import nb_noun_lemmas

FROM_PLACE_SOURCE = "from-place"
_FROM = re.compile(r"(?<![\w'’-])fr[aå] $")
_MIN_LENGTH = 3
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def from_places(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with bare-word place flags after ``fra`` replaced (module docstring)."""
    if lang != "nb" or not any(d.action == FLAG and d.type == et.LOCATION for d in found):
        return found
    out = list(found)
    for i, d in enumerate(out):
        if (
            d.action == FLAG
            and d.type == et.LOCATION
            and _bare_word(d.text)
            and not _before_a_noun(text, d.end)
            and _FROM.search(text, max(0, d.start - 4), d.start)
            and not line_has_capitals(text, d.start)
        ):
            out[i] = replace(
                d, action=REPLACE, score=max(d.score, 0.5), source=f"{d.source}+{FROM_PLACE_SOURCE}"
            )
    return out


def _bare_word(word: str) -> bool:
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(low) >= _MIN_LENGTH
        and low not in FUNCTION_WORDS
        and low not in BARE_NOT_PLACES
        and not definite_noun(low)
    )


def _before_a_noun(text: str, end: int) -> bool:
    """The flagged word stands before a noun: an attribute (``fra ambulant team``), no name."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in nb_noun_lemmas()
