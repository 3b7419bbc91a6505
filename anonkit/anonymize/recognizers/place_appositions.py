"""A place the speaker then describes as a place → LOCATION (issue 10, items 4 and 9; session 26).

Why: speakers name a small place and say at once what it is — ``han kom fra Tromvik, ei lita
bygd utenfor Tromsø``, ``vi bodde i Skjelstad, en liten plass nord for Bodø``, ``mamma er fra
Hue, den gamle keiserbyen``, ``we lived in Ballyhale, a village near Kilkenny`` — or where it
lies: ``I was born in Wa, up in the north``. The name layers judge the word alone: a farm
name is a surname too (``Skjelstad`` became a PERSON and would get a person's pseudonym in a
sentence about a village), an unknown foreign town is only flagged (``Hue``). The apposition
says the kind: after a place preposition, the word or two before a comma and an indefinite
or definite settlement noun (``bygd``, ``by``, ``plass``, ``sted``, ``town``, ``village``
…, or a compound ending in one: ``keiserbyen``, ``fiskeværet``) — or a direction (``up in
the north``, ``oppe i nord``) — are a place, replaced as a LOCATION with a score above the
name layers' so the kind wins.

Only after a place preposition (``i``/``på``/``fra``/``til``/``in``/``from``/``to``…): "Kari,
en snill dame" names a person. ``plass``/``sted``/``place`` count only small (``en liten
plass``): ``in hospital, a place I hated`` is no settlement. The word(s) must be letters, no
function word or non-entity, capitalized on a line with capitals; on a lower-case line a
dictionary word that is no listed place is only flagged (``på jobben, en by …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import is_everyday_word, not_entities, word_class_forms

SCORE = 0.9
FLAG_SCORE = 0.3
_PREPOSITION = r"(?:i|på|fra|frå|til|te|ved|in|at|from|to|near|outside)"
_NAME = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?"
_SETTLEMENT = (
    r"(?:bygd|bygda|bygde|by|byen|grend|grenda|tettsted|fiskevær|fiskeværet|vær|været|øy|øya|"
    r"kommune|kommunen|town|village|city|hamlet|townland|island|suburb|parish)"
)
# "plass", "sted", "place" are any place ("a place I hated"); only small ones are settlements.
_SMALL_PLACE = (
    r"(?:liten|lita|lite|lille|small|little|wee|tiny)\s+(?:plass|sted|stad|place|spot)"
)
_DESCRIBED = re.compile(
    rf"(?<![\w'’-]){_PREPOSITION}\s+(?P<name>{_NAME}(?:\s+{_NAME})?),\s+"
    r"(?:(?:ei|en|et|den|det|a|an|the|this|that)\s+)"
    rf"(?:{_SMALL_PLACE}"
    r"|(?:[^\W\d_]+\s+){0,2}?"  # "lita", "small fishing", "gamle"
    rf"[^\W\d_]*{_SETTLEMENT})(?![\w'’-])",
    re.IGNORECASE,
)
# Session 29: the place opens the sentence and "it's"/"det er" says what it is ("Convoy,
# it's a wee village out past Raphoe", "Skei, det er ei lita bygd"; blind16 as development
# material, and the same shape as the apposition after a preposition).
_OPENING_DESCRIBED = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{_NAME}(?:\s+{_NAME})?),\s+"
    r"(?:it['’]s|it\s+is|that['’]s|det\s+er|det\s+e|det\s+var)\s+"
    r"(?:ei|en|et|a|an)\s+"
    rf"(?:{_SMALL_PLACE}"
    r"|(?:[^\W\d_]+\s+){0,2}?"
    rf"[^\W\d_]*{_SETTLEMENT})(?![\w'’-])",
    re.IGNORECASE,
)
_LOCATED = re.compile(
    rf"(?<![\w'’-]){_PREPOSITION}\s+(?P<name>{_NAME}),\s+"
    r"(?:(?:up|down|out|over|way\s+up|way\s+down|oppe|nede|ute|borte)\s+"
    r"(?:in|i|på)\s+(?:the\s+)?(?:north|south|east|west|nord|sør|øst|vest|midlands|highlands)"
    r"|(?:up|down)\s+north|(?:up|down)\s+south|nordpå|sørpå)(?![\w'’-])",
    re.IGNORECASE,
)


# A cheap test before the patterns: what follows the comma in every match.
_QUICK = re.compile(
    r",\s+(?:ei|en|et|den|det|a|an|the|this|that|up|down|out|over|way|oppe|nede|ute|borte|"
    r"nordpå|sørpå|it['’]s|it)(?![\w'’-])",
    re.IGNORECASE,
)


class PlaceAppositionRecognizer(AnonkitRecognizer):
    """``fra Tromvik, ei lita bygd`` / ``in Wa, up in the north`` → LOCATION (docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = FUNCTION_WORDS | not_entities(lang)

    def _reply(self, low: str) -> bool:
        return _reply_word(low, self.lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "," not in text or not _QUICK.search(text):
            return
        for pattern in (_DESCRIBED, _LOCATED, _OPENING_DESCRIBED):
            for m in pattern.finditer(text):
                start, end = m.span("name")
                words = m.group("name").split()
                if any(w.lower() in self.skip for w in words):
                    continue
                if pattern is _OPENING_DESCRIBED and any(self._reply(w.lower()) for w in words):
                    continue  # "Honestly, it's a small town", "Jaja, det er en liten by"
                if not lower_case_line(text, start):
                    if all(w[0].isupper() for w in words):
                        yield start, end, LOCATION, SCORE
                    continue
                # a lower-case line: a word of the dictionary ("på jobben, en by …" is odd
                # but said) is only shown; a word no list has, or a listed place, is the place
                known = any(is_everyday_word(w.lower()) for w in words)
                listed = m.group("name").lower() in places_lower()
                yield start, end, LOCATION, FLAG_SCORE if known and not listed else SCORE


def _reply_word(low: str, lang: str) -> bool:
    """An adverb, interjection or filler opening a reply, not a place."""
    return (
        is_filler(low)
        or low in INTERJECTIONS
        or low in _REPLIES
        or low in word_class_forms(lang, "adv")
    )


_REPLIES = word_set("jaja joda neida nja tja okei ok okay yeah yes sure right true mm hmm")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceAppositionRecognizer(lang)]
