"""Span geometry of conflict resolution: cutting, trimming and subtracting character spans.

Why a module of its own: these helpers know nothing about entity types, layers or scores —
only where a span's words begin and end — and both ``resolve.py`` (pieces of candidates) and
``detector.py`` (what is left of a flag beside a replacement) need them. Kept apart, the
conflict rules in ``resolve.py`` read as rules, not as index arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words left of a flag that a replacement covered in part that show nothing alone.
_JOINING_WORDS = frozenset({"and", "og", "of", "i", "the", "a", "på", "for", "in", "at", "av"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def trim_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and edge punctuation a merged or cut span picked up."""
    while start < end and (text[start].isspace() or text[start] in ',.;:!?()"«»-'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ',.;:!?()"«»-'):
        end -= 1
    return start, end


def line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks (NER sometimes runs over a speaker turn or a paragraph
    end) and trim each piece; pieces without a letter or digit are dropped."""
    pieces = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = trim_punct(text, pos, pos + len(line))
        if e > s and re.search(r"\w", text[s:e]):
            pieces.append((s, e))
        pos += len(line) + 1
    return pieces


def to_word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a name span to whole words: "Irene" inside "Irenes" becomes "Irenes", so the
    genitive is rendered from the pseudonym ("Agnes'") instead of leaving "Agness"."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def uncovered_pieces(
    text: str, span: tuple[int, int], covers: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of ``span`` outside ``covers`` that hold a word, trimmed to their first and
    last word and at least two characters long (what is left of a name or a flag)."""
    out = []
    for start, end in subtract_spans(span, covers):
        words = list(_WORD.finditer(text, start, end))
        if words and words[-1].end() - words[0].start() >= 2:
            out.append((words[0].start(), words[-1].end()))
    return out


def subtract_spans(
    span: tuple[int, int], covers: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of ``span`` not covered by any of ``covers``."""
    pieces = [span]
    for cs, ce in covers:
        nxt = []
        for s, e in pieces:
            if e <= cs or ce <= s:
                nxt.append((s, e))
                continue
            if s < cs:
                nxt.append((s, cs))
            if ce < e:
                nxt.append((ce, e))
        pieces = nxt
    return pieces


def uncovered_words(
    text: str, span: tuple[int, int], covers: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """:func:`uncovered_pieces` that still hold a word other than a joining word ("and", "of"):
    what of a flag stays shown beside a replacement that covers it in part."""
    return [
        (s, e)
        for s, e in uncovered_pieces(text, span, covers)
        if any(w.lower() not in _JOINING_WORDS for w in _WORD.findall(text, s, e))
    ]


def line_has_capitals(text: str, pos: int) -> bool:
    """Whether the line of ``text`` around ``pos`` has a capital letter anywhere: speech
    recognition writes a line either with capitals or all in lower case."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return any(ch.isupper() for ch in text[start : end if end >= 0 else len(text)])
