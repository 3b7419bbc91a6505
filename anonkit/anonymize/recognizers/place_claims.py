"""Places the speaker vouches for or lived in, whatever words they are made of (English;
session 24, blind12 as development material).

Why: many British and Irish places are phrases of everyday words (``Indian Queens``, ``Pity
Me``, ``Nether Wallop``) or everyday words joined by hyphens; no place list holds the
small ones, and their words are words, so the capital alone is a flag. Two things speakers
say settle it:

1. **They vouch for it**: ``…in Mousehole, that's a real village``, ``Giggleswick, it's a
   real place`` — ``that's/it's a real/an actual place|village|town…`` right after one to
   three words that follow a place preposition or open the sentence. On a line written with
   capitals the words are capitalized (small joining words inside: ``Stow on the Wold``); on
   a lower-case line they are no function words at the edges. Replaced (score 0.6).
2. **Someone lived there**: ``my first bedsit was in Long Sutton``, ``our cottage was at Pity
   Me`` — a dwelling noun, ``was/is in|at|on|near`` and one to three capitalized words:
   replaced (0.6). On a lower-case line two or three words that are no function words,
   ending the clause, are *flagged* (0.3): ``in good nick`` fills the slot too, while one word
   (``in town``, ``in bits``) is left to the other layers.

A listed non-entity (month, holiday, brand) alone, or a phrase of them only, is never such a
place (one such word in a longer name is: ``Indian Queens``, ``Cold Christmas``); discourse words,
function words and everyday place nouns (``Home``, ``the shops``) are not either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.opener_clauses import DISCOURSE, PLACE_KINDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
FLAG_SCORE = 0.3
MAX_WORDS = 3

_KINDS = r"(?:place|village|town|hamlet|city|island|parish|townland|suburb)"
CLAIM = re.compile(
    r", (?:that's|that’s|thats|that is|it's|it’s|its|it is) (?:a|an) "
    rf"(?:real|actual|proper|genuine) {_KINDS}\b",
    re.IGNORECASE,
)
_DWELLINGS = (
    r"(?:flat|house|cottage|caravan|bungalow|bedsit|digs|maisonette|farm|farmhouse|chalet|"
    r"static|croft|squat|hostel|council house|semi|terrace)"
)
DWELLING = re.compile(rf"\b{_DWELLINGS} (?:was|is|were) (?:in|at|on|near|outside) ", re.IGNORECASE)
PREPOSITIONS = word_set("in at to from near outside called round")
# Small words inside a place's name ("Stow on the Wold", "Bishop's Itchington").
JOINERS = word_set("on upon in the le la by under de of cum next over")
# Words that end the clause after a place on a lower-case line.
_CLAUSE_END = word_set(
    "which and but so then till until when where with near above by for after because like"
)


class PlaceClaimRecognizer(AnonkitRecognizer):
    """Places vouched for or lived in (module docstring); English only."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        low = text.lower()
        if "real " in low or "actual " in low or "proper " in low or "genuine " in low:
            for m in CLAIM.finditer(text):
                yield from self._vouched(text, m.start())
        for m in DWELLING.finditer(text):
            yield from self._lived_in(text, m.end())

    def _vouched(self, text: str, comma: int) -> Iterator[tuple[int, int, str, float]]:
        """Cue 1: the words before ``, that's a real place``."""
        tokens = tokenize(text)
        before = [t for t in tokens if t.end <= comma]
        if not before or before[-1].end != comma:
            return
        words: list[Token] = []
        for tok in reversed(before):
            words.insert(0, tok)
            gap = text[tok.end : (words[1].start if len(words) > 1 else comma)]
            if len(words) > 1 and gap != " ":
                return
            if tok.sent_start:
                break
            prev = before[before.index(tok) - 1]
            if prev.low in PREPOSITIONS and text[prev.end : tok.start] == " ":
                break
            if len(words) == MAX_WORDS:
                return
        if self._name(text, words):
            yield words[0].start, words[-1].end, LOCATION, SCORE

    def _lived_in(self, text: str, start: int) -> Iterator[tuple[int, int, str, float]]:
        """Cue 2: the words after ``my flat was in``."""
        tokens = [t for t in tokenize(text) if t.start >= start]
        lower = lower_case_line(text, start)
        words: list[Token] = []
        for tok in tokens:
            gap = text[words[-1].end : tok.start] if words else text[start : tok.start]
            if gap.strip():
                break
            if lower and (tok.low in FUNCTION_WORDS or tok.low in _CLAUSE_END):
                break
            if not lower and not (tok.text[:1].isupper() or tok.low in JOINERS):
                break
            words.append(tok)
            if len(words) > MAX_WORDS:
                return
        while words and words[-1].low in JOINERS and not words[-1].text[:1].isupper():
            words.pop()
        if not words or not self._name(text, words):
            return
        if not lower:
            yield words[0].start, words[-1].end, LOCATION, SCORE
        elif len(words) >= 2:
            yield words[0].start, words[-1].end, LOCATION, FLAG_SCORE

    def _name(self, text: str, words: list[Token]) -> bool:
        """Words that may be a place's name: capitalized on a line written with capitals;
        no function word first, none last unless capitalized (``Pity Me``); no discourse
        word opening a sentence; no everyday place word alone; no listed non-entity."""
        lows = [w.low for w in words]
        named = [w for w in lows if w not in JOINERS and w not in FUNCTION_WORDS]
        if " ".join(lows) in self.skip or all(w in self.skip for w in named):
            return False  # "in January"; not "Indian Queens", "Cold Christmas", "Pity Me"
        if any(w.replace("-", "").isdigit() for w in lows):
            return False
        first, last = lows[0], lows[-1]
        if first in FUNCTION_WORDS or is_filler(first) or all(w in PLACE_KINDS for w in lows):
            return False
        if words[0].sent_start and first in DISCOURSE:
            return False
        if lower_case_line(text, words[0].end):
            return (len(words) > 1 or first not in DISCOURSE) and last not in FUNCTION_WORDS
        return all(w.text[:1].isupper() or w.low in JOINERS for w in words)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceClaimRecognizer(lang)] if lang == "en" else []
