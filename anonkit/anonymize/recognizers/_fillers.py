"""Hesitation fillers removed before the spoken-number, date and address rules (spoken2).

Why: speech puts fillers inside what it says: ``oh seven nine, um, four six one``,
``the, um, twelfth of June``, ``it's twenty-seven, uh, Rose Crescent``, ``nittito, eh,
tretti``. Whisper writes them. The rules read a number, a date or an address as an unbroken
sequence of words, so a filler split one number into two short ones (each too short to count)
and left its first part in clear text. :func:`without_fillers` returns the text with each
filler (and the comma or space before it) cut out plus a map back to the original offsets,
so a recognizer matches on the clean text and reports spans of the original one; the span
then covers the filler too.

Only pure hesitation sounds count, never a word of the language: ``er`` is a filler in
English but the verb "is" in Norwegian, so it counts only for ``en``.

Self-corrections inside a number (``nine one two, sorry, nine one three …``, ``null fire,
nei, null fem …``; blind6 session) are cut too where the caller asks (``corrections``: the
spoken-number rule only): the run then reads as one long number and is replaced whole, the
misspoken digits with it, instead of two short runs that each stay in clear text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

_COMMON = r"um+|umm|uh+|uhm|erm|ehm?|eh+|øh+m?|æh+|hm+|mm+"
_FILLER = {
    "en": re.compile(rf"(?:,\s*|\s+)(?:{_COMMON}|er)(?:,|\.\.\.|…)?(?=\s)", re.IGNORECASE),
    "nb": re.compile(rf"(?:,\s*|\s+)(?:{_COMMON})(?:,|\.\.\.|…)?(?=\s)", re.IGNORECASE),
}

_FILLER_WORD = re.compile(rf"(?:{_COMMON}|er)", re.IGNORECASE)


def is_filler(word: str) -> bool:
    """A hesitation sound ("eh", "um", "øhm"), never a name after "heter" or "called"."""
    return _FILLER_WORD.fullmatch(word) is not None


_CORRECTIONS = {
    "en": r"sorry|no|no wait|wait|i mean|hang on",
    "nb": r"nei|nei vent|vent|unnskyld|sorry|jeg mener|æ mener|eg meiner",
}
_FILLER_OR_CORRECTION = {
    lang: re.compile(
        rf"(?:,\s*|\s+)(?:{_COMMON}{'|er' if lang == 'en' else ''}|{words})(?:,|\.\.\.|…)?(?=\s)",
        re.IGNORECASE,
    )
    for lang, words in _CORRECTIONS.items()
}

Span = tuple[int, int, str, float]

_CORRECTION_GAP = {
    lang: re.compile(rf"[\s,.…-]*(?:{words})[\s,.…-]*", re.IGNORECASE)
    for lang, words in _CORRECTIONS.items()
}


def corrected_between(text: str, lang: str, end: int, start: int) -> bool:
    """Only a self-correction ("no", "sorry", "nei") lies between ``end`` and ``start``."""
    gap = _CORRECTION_GAP.get(lang, _CORRECTION_GAP["nb"])
    return end < start and gap.fullmatch(text, end, start) is not None


@lru_cache(maxsize=32)
def without_fillers(
    text: str, lang: str, corrections: bool = False
) -> tuple[str, list[int]] | None:
    """``(clean text, offsets)`` where ``offsets[i]`` is the original index of clean char ``i``
    (one extra entry for the end); None when the text has no filler.

    Cached (speed21): five recognizers clean the same line one after another; callers only
    read the offsets."""
    table = _FILLER_OR_CORRECTION if corrections else _FILLER
    pattern = table.get(lang, table["nb"])
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        pieces.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(pieces), offsets


def with_fillers_skipped(
    text: str, lang: str, find: Callable[[str], Iterator[Span]], corrections: bool = False
) -> Iterator[Span]:
    """Run ``find`` on ``text``, then on ``text`` without fillers (spans mapped back)."""
    seen: set[Span] = set()
    for span in find(text):
        seen.add(span)
        yield span
    cleaned = without_fillers(text, lang, corrections)
    if cleaned is None:
        return
    clean, offsets = cleaned
    for start, end, entity, score in find(clean):
        orig_end = offsets[end - 1] + 1 if end > start else offsets[end]
        span = (offsets[start], orig_end, entity, score)
        if span not in seen:
            seen.add(span)
            yield span
