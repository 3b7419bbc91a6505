"""A place flag on a bare word, on a lower-case Norwegian line, is replaced where the slot
says place: right after ``fra``, or where a place-form shape flagged it (session 36).

Why: people come *from* places, and ``ute på``, ``oppe i``, ``ned til`` go to one. On a line
ASR wrote in lower case a village or town whose name is also a word (``mamma er fra hue``,
``morfar var fra tanger``, ``du kommer fra loshavn``, ``mormor bodde ute på skotøy``, ``han
bodde oppe i hamn``, ``har kontor på paradis``) was flagged by the place layers and stayed in
clear text until the steward acted. What else stands there is a shared place said with its
article (``fra avdelinga``, ``ute ved havet``, ``oppe på fjellet``, ``inne på rommet``) or a
team or service (``fra ambulant team``). On the lower-cased development sets every bare
word a place layer flagged after ``fra``/``frå`` was a gold place (6 of 6), and so were the
bare words the place-form shapes flagged but for ordinals and idioms (``i femte klasse``,
``i fjor``, ``på grunn av``, ``i praksis``); the definite forms were not (0 of 8 after
``fra``, 0 of 70 among the place-form flags), and stay flags, as do words before a noun
(``fra ambulant team``), function words and the bare words of
:data:`.nb_bare_words.BARE_NOT_PLACES` (``fra jobb``, ``fra morgen til kveld``). Session 36
changed two older table rows: ``svigerfar var fra haug`` and ``ho kom fra myr`` were flags
by design (a word that is also a noun); they are replaced now.
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.nb_bare_words import BARE_NOT_PLACES, definite_noun, inflected_noun
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import nb_noun_lemmas

BARE_PLACE_SOURCE = "bare-place"
_PLACE_FORM_SOURCE = "PlaceFormRecognizer"
_FROM = re.compile(r"(?<![\w'’-])fr[aå] $")
_MIN_LENGTH = 3
# Bare words that follow a place preposition in idioms and counts ("i fjor", "på grunn av",
# "i praksis", "i femte klasse").
_IDIOM_WORDS = word_set(
    """
    fjor grunn høst vår sommer vinter praksis sentrum helse første andre tredje fjerde femte
    sjette sjuende syvende åttende niende tiende hele heile
    """
)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def bare_places(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with bare-word place flags after ``fra`` or of a place-form shape replaced
    (module docstring)."""
    if lang != "nb" or not any(d.action == FLAG and d.type == et.LOCATION for d in found):
        return found
    out = list(found)
    for i, d in enumerate(out):
        if (
            d.action == FLAG
            and d.type == et.LOCATION
            and _bare_word(d.text)
            and not _before_a_noun(text, d.end)
            and (
                _FROM.search(text, max(0, d.start - 4), d.start) is not None
                or _PLACE_FORM_SOURCE in d.source.split("+")
            )
            and not line_has_capitals(text, d.start)
        ):
            out[i] = replace(
                d, action=REPLACE, score=max(d.score, 0.5), source=f"{d.source}+{BARE_PLACE_SOURCE}"
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
        and low not in _IDIOM_WORDS
        and not definite_noun(low)
        and not inflected_noun(low)
    )


def _before_a_noun(text: str, end: int) -> bool:
    """The flagged word stands before a noun: an attribute (``fra ambulant team``), no name."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in nb_noun_lemmas() and word not in FUNCTION_WORDS
