"""Vietnamese full names, family name first → PERSON (issue 10, item 2; session 22).

Why: a Vietnamese name is said family name first, then a middle name and a given name of one
syllable each: "pham thi lan", "vu hong nhung", "doan thi quyen". Our lists know the family
names ("Pham" is a listed surname) but not the syllables after them, so on a lower-case line
the detector replaced "pham" and left "thi lan" beside its pseudonym (lower-cased
development sets: five such names, every one leaked in part). The shape itself is the cue: a
listed Vietnamese family name (``data/surnames_vi.txt``), then either the middle names
``thi``/``van`` (``thị``/``văn``) and a syllable, or two short syllables that are no words of
the language. Tone marks are folded away before the lists are read.

Guards: the syllables are letters only, two to six of them, no function words; family names
that are function words ("ho", "do") need the middle name ``thi``/``van`` ("ho ha det" is
Norwegian); without that middle name, the family name and two syllables are not all
everyday words of the language ("lam diem hanh", not "lam chops tonight").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import is_everyday_word

SCORE = 0.85
MIDDLE_NAMES = word_set("thi van")
_MAX_SYLLABLES = 3
_MAX_SYLLABLE_LENGTH = 6
_NORWEGIAN_LETTERS = frozenset("åæø")


@cache
def family_names() -> frozenset[str]:
    """The folded Vietnamese family names of ``data/surnames_vi.txt``."""
    return frozenset(row[0] for row in data_lines("surnames_vi.txt"))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without tone marks and with đ as d: how the lists are written. A word with
    a Norwegian letter (``å``, ``æ``, ``ø``; no Vietnamese word has one) is only lower-cased:
    "lå på" must not read as "la pa". Cached: it runs on every token of every text, and
    speech repeats its words (session 33, speed)."""
    if word.isascii():
        return word.lower()
    low = word.lower()
    if any(ch in _NORWEGIAN_LETTERS for ch in low):
        return low
    decomposed = unicodedata.normalize("NFKD", low.replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _syllable(word: str) -> bool:
    return word.isalpha() and 2 <= len(word) <= _MAX_SYLLABLE_LENGTH


class VietnameseNameRecognizer(AnonkitRecognizer):
    """Family name, middle name, given name (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        names = family_names()
        tokens = tokenize(text)
        i = 0
        while i < len(tokens) - 1:
            end = self._name_end(text, tokens, i) if fold(tokens[i].text) in names else None
            if end is None:
                i += 1
                continue
            yield tokens[i].start, tokens[end].end, PERSON, SCORE
            i = end + 1

    def _name_end(self, text: str, tokens: tuple[Token, ...], i: int) -> int | None:
        """Index of the last syllable of the name the family name ``tokens[i]`` opens."""
        syllables: list[str] = []
        k = i + 1
        while k < len(tokens) and len(syllables) < _MAX_SYLLABLES:
            word = fold(tokens[k].text)
            if text[tokens[k - 1].end : tokens[k].start] != " " or not _syllable(word):
                break
            opens_with_middle = k == i + 1 and word in MIDDLE_NAMES
            if not opens_with_middle and word in FUNCTION_WORDS:
                break
            syllables.append(word)
            k += 1
        if syllables[:1] and syllables[0] in MIDDLE_NAMES:
            return i + len(syllables) if len(syllables) >= 2 else None
        family = fold(tokens[i].text)
        syllables = syllables[:2]
        if family in FUNCTION_WORDS or len(syllables) < 2:
            return None
        words = sum(is_everyday_word(w) for w in syllables) + is_everyday_word(family)
        # not all three words of the language: "lam diem hanh" is a name, "lam chops
        # tonight" is not
        return i + len(syllables) if words <= 2 else None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [VietnameseNameRecognizer(lang)]
