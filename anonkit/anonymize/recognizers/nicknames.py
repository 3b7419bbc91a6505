"""Nicknames and diminutives of listed first names → PERSON (issue 10, item 2; detect4).

Why: speech uses short and pet forms that no name list has — ``Kjelle`` (Kjell),
``Lizzie`` (Liz), ``Robbo`` (Rob), ``Jacko`` (Jack) — and the safety net could only *flag*
them. Their shape gives them away: a listed first name (the stem) plus a pet ending the
language uses for people, with the stem's last consonant sometimes doubled (``Liz`` →
``Lizzie``, ``Rob`` → ``Robbo``):

* Norwegian: ``-e``, ``-en``, ``-ern``, ``-a``, ``-is``;
* English: ``-ie``, ``-y``, ``-ey``, ``-o``, ``-s``, ``-za``, ``-zza``.

A word counts only when no word list knows it as it stands or inflected (``annen`` = ann +
en is a word, and so is ``tommen``, "the inch", which leaves that nickname to the flags;
compounds are not split) and it is not a non-entity; it must be capitalized, or any case on
a line written in lower case. A stem has three letters at least. Nicknames not derivable
from a listed name (``Gaz`` for Gary, ``Bjønnen``) stay with the unknown-word flags.
Score 0.6: replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, tokenize
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
MIN_STEM = 3
ENDINGS = {
    "nb": ("ern", "en", "is", "e", "a"),
    "en": ("zza", "za", "ie", "ey", "y", "o", "s"),
}


@cache
def _first_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())


def nickname_stem(low: str, lang: str, first: frozenset[str]) -> str | None:
    """The listed first name ``low`` is a pet form of, or None (``kjelle`` → ``kjell``)."""
    for ending in ENDINGS[lang]:
        if not low.endswith(ending) or len(low) - len(ending) < MIN_STEM:
            continue
        stem = low[: -len(ending)]
        if stem in first:
            return stem
        if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[:-1] in first:
            return stem[:-1]  # "lizz" → "liz", "robb" → "rob"
    return None


class NicknameRecognizer(AnonkitRecognizer):
    """Pet forms of listed first names (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.first = _first_lower()
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for tok in tokenize(text):
            word = tok.text
            if len(word) <= MIN_STEM or not word.isalpha():
                continue
            if not (word[0].isupper() and word[1:].islower()) and not _lower_line(text, tok.start):
                continue
            low = word.lower()
            if low in self.first or nickname_stem(low, self.lang, self.first) is None:
                continue  # cheap test first: most words have no listed stem
            if (
                low in FUNCTION_WORDS
                or low in self.skip
                or self.lexicon.is_common(low, compounds=False)
                # session 39: Nynorsk "vidare" (further) is no pet form of Vidar
                or (self.lang == "nb" and nynorsk_form(low))
            ):
                continue
            yield tok.start, tok.end, PERSON, SCORE


def _lower_line(text: str, pos: int) -> bool:
    """The line around ``pos`` was written in lower case: its first letter is lower case."""
    start = text.rfind("\n", 0, pos) + 1
    for ch in text[start : pos + 1]:
        if ch.isalpha():
            return ch.islower()
    return False


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NicknameRecognizer(lang)]
