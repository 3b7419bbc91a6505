"""A Norwegian place ASR wrote without its æ, ø or å is a place (issue 10, item 4; session 29).

Why: Whisper often drops the Norwegian letters (``Tromso``, ``Alesund``, ``Vagamo``,
``Algard``) or writes them out (``Aalesund``, ``Tromsoe``). Such a word is in no list as it
stands, so at a sentence start it was replaced as an unknown *person* ("Tromso var fint om
sommeren" became a first name in the pseudonymized transcript; ``benchmarks/
respelling_stress.py``: places caught without a cue had the right kind 12-46 % of the time),
and in lower case it was at best flagged. Folded back, it is exactly a listed place.

The rule: a one-word name or flag whose letters, with ``aa``/``å``, ``oe``/``ø``, ``ae``/``æ``
read as the same letters, equal a listed Norwegian or world place's is that place — replaced
as LOCATION — unless the word is a listed first name or surname as written (``Asa``, ``Ase``
are names), an everyday word, or the project dictionary's. The fold is exact: no edit distance,
so nothing new is read into an everyday word.

Session 33: ASR also doubles or drops a letter it hears long or short (``rjukkan``,
``brumunndal``, ``tynnset``, ``ringebuu``), so a doubled letter folds to one on both sides of
the comparison. That part needs four letters or more after folding: a short word that folds
onto ``Os`` or ``Å`` is more likely a misheard word than a place.

Session 34: ASR also writes the Norwegian vowels the way they sound: ``å`` as ``o``
(``Honningsvog``, ``Berlevog``, ``Ondalsnes``), ``æ`` as ``e`` (``Svolver``, ``henningsver``)
and ``e`` as ``æ`` (``Åndalsnæs``, ``Tønsbærg``), and ``-øen`` as ``-øn`` (``Mosjøn``). A
second fold reads ``å``/``aa`` and ``o``, ``æ``/``ae`` and ``e``, ``øe`` and ``ø`` as one,
for listed places that hold one of the three letters; five letters or more after folding, the
same guards. ``ø`` is not read as ``o`` there (``tøssen`` is a nickname, not ``Tåsen``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import person_names_lower
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.wordlists import common_words, en_lemmas

FOLDED_SOURCE = "folded-place"
SCORE = 0.6
_FOLDS = (("å", "a"), ("ø", "o"), ("æ", "ae"), ("aa", "a"), ("oe", "o"))
# How the letters sound (session 34): å is heard as o, æ as e; ``-øen`` folds with ``-øn``.
# ``ø`` stays itself: a word with ``ø`` where the place has ``å`` is another word (``tøssen``
# is no ``Tåsen``).
_HEARD_FOLDS = (("aa", "o"), ("å", "o"), ("æ", "e"), ("ae", "e"), ("oe", "ø"), ("øe", "ø"))
_MIN_HEARD = 5
_DICTIONARY = "project-dictionary"
_DOUBLED = re.compile(r"(.)\1+")
_MIN_COLLAPSED = 4
_ENDINGS = ("s", "es", "e", "n", "en", "er", "et", "a", "ene", "ed", "ing")
_KINDS = frozenset({et.PERSON, et.ORGANIZATION, et.LOCATION, et.CAPITALIZED, et.RARE_WORD})


def fold(word: str) -> str:
    """The word in lower case with the Norwegian letters and their spellings folded to one."""
    low = word.lower()
    for old, new in _FOLDS:
        low = low.replace(old, new)
    return low


def _collapsed(folded: str) -> str:
    """``folded`` with every run of one letter written once (``rjukkan`` → ``rjukan``)."""
    return _DOUBLED.sub(r"\1", folded)


@cache
def _folded_places() -> dict[str, str]:
    """Folded spelling → listed place, for places that hold one of the letters."""
    out: dict[str, str] = {}
    for place in places() | world_places():
        if " " not in place and any(ch in place.lower() for ch in "æøå"):
            out.setdefault(fold(place), place)
    return out


@cache
def _collapsed_places() -> dict[str, str]:
    """Folded spelling with doubled letters written once → listed one-word place."""
    out: dict[str, str] = {}
    for place in places() | world_places():
        if " " not in place:
            key = _collapsed(fold(place))
            if len(key) >= _MIN_COLLAPSED:
                out.setdefault(key, place)
    return out


def _heard(word: str) -> str:
    """``word`` folded the way its vowels sound, doubled letters once (``Svolvær``:
    ``svolver``)."""
    low = word.lower()
    for old, new in _HEARD_FOLDS:
        low = low.replace(old, new)
    return _collapsed(low)


@cache
def _heard_places() -> dict[str, str]:
    """Spelling as heard → listed one-word place holding æ, ø or å."""
    out: dict[str, str] = {}
    for place in places() | world_places():
        if " " not in place and any(ch in place.lower() for ch in "æøå"):
            key = _heard(place)
            if len(key) >= _MIN_HEARD:
                out.setdefault(key, place)
    return out


@cache
def _listed_lower() -> frozenset[str]:
    return frozenset(p.lower() for p in places() | world_places())


def folded_place(word: str) -> str | None:
    """The listed place ``word`` spells without its Norwegian letters, or None."""
    low = word.lower()
    if low in person_names_lower() or low in _listed_lower():
        return None
    if low in common_words("nb") or low in common_words("en"):
        return None
    if not any(ch in low for ch in "æøå") and (place := _folded_places().get(fold(low))):
        return place
    key = _collapsed(fold(low))
    if len(key) < _MIN_COLLAPSED or _inflected_word(low):
        return None
    return _collapsed_places().get(key) or _heard_places().get(_heard(low))


def _inflected_word(low: str) -> bool:
    """An everyday word or lemma with an English or Norwegian ending ("moors" is no "Moers")."""
    for ending in _ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and (
            stem in common_words("nb")
            or stem in common_words("en")
            or any(stem in en_lemmas(pos) for pos in ("noun", "verb", "adj"))
        ):
            return True
    return False


def folded_places(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with one-word names and flags that fold to a listed place made that place."""
    out = []
    for d in found:
        if (
            d.type in _KINDS
            and d.text.isalpha()
            and _DICTIONARY not in d.source
            and not (d.type == et.LOCATION and d.action == REPLACE)
            and folded_place(d.text) is not None
        ):
            d = replace(
                d,
                type=et.LOCATION,
                action=REPLACE,
                score=max(d.score, SCORE) if d.action != FLAG else SCORE,
                source=f"{d.source}+{FOLDED_SOURCE}",
            )
        out.append(d)
    return out
