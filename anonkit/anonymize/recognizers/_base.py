"""Shared machinery for anonkit's recognizers: fast regex scanning and context scoring.

Why not Presidio's ``PatternRecognizer`` + its context enhancer: the enhancer matches
context words against spaCy *lemmas*, which a blank or NER-only Norwegian pipeline does not
produce, and ``validate_result`` sees only the matched text, not its neighbours. Our
recognizers look at a character window around each match instead, so they behave the same
for every language and pipeline. They set no ``context`` attribute, so Presidio does not
boost them a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# Words (letters, digits, inner hyphens/apostrophes): the unit our gazetteers look up.
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")

# How far (in characters) before a match we look for context words.
CONTEXT_WINDOW = 40


def context_before(text: str, start: int, window: int = CONTEXT_WINDOW) -> str:
    """Lower-cased text of the ``window`` characters before ``start``."""
    return text[max(0, start - window) : start].lower()


def has_context(text: str, start: int, end: int, words_re: re.Pattern[str]) -> bool:
    """True when a context word occurs shortly before or right after the span."""
    lo = max(0, start - CONTEXT_WINDOW)
    hi = min(len(text), end + CONTEXT_WINDOW // 2)
    return words_re.search(text[lo:start].lower()) is not None or (
        words_re.search(text[end:hi].lower()) is not None
    )


# Norwegian definite/plural/genitive endings: "telefonnummeret", "kontoen", "kontonumrene".
_NB_ENDINGS = r"(?:et|en|a|ene|er|s|'s)?"


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One compiled alternation of whole context words (lower case), inflections allowed."""
    alts = sorted({re.escape(w.lower()) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")" + _NB_ENDINGS + r"(?!\w)")


class AnonkitRecognizer(EntityRecognizer):
    """Base for our recognizers: subclasses implement :meth:`find` yielding spans."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self, lang: str) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language=lang,
        )
        self.lang = lang

    def load(self) -> None:
        """Data is loaded lazily by the module-level caches; nothing to do here."""

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Yield ``(start, end, entity_type, score)`` for every span found in ``text``."""
        raise NotImplementedError

    def analyze(
        self,
        text: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Presidio entry point: run :meth:`find` and keep the requested entity types."""
        return self.results(text, wanted_set(entities))

    def results(self, text: str, wanted: frozenset[str] | None) -> list[RecognizerResult]:
        """:meth:`analyze` with the requested types as a set: the detector asks every
        recognizer for the same list on every text, so it builds the set once. A span scored
        zero is left out (the detector relies on it)."""
        results = []
        for start, end, entity, score in self.find(text):
            if score <= 0 or (wanted is not None and entity not in wanted):
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name, original_score=score, textual_explanation=None
            )
            results.append(
                RecognizerResult(
                    entity_type=entity,
                    start=start,
                    end=end,
                    score=score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        # Our score already reflects context: keep Presidio from boosting it.
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    },
                )
            )
        return results


_WANTED_CACHE: dict[int, tuple[list[str], frozenset[str]]] = {}


def wanted_set(entities: list[str] | None) -> frozenset[str] | None:
    """``entities`` as a set, built once per list object (the list is kept so its id cannot
    be taken by another list)."""
    if not entities:
        return None
    cached = _WANTED_CACHE.get(id(entities))
    if cached is None or cached[0] is not entities:
        cached = _WANTED_CACHE[id(entities)] = (entities, frozenset(entities))
    return cached[1]


# Abbreviations whose full stop does not end a sentence ("Dr. Hansen", "St. Olavs").
ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "nr", "ca", "bl", "f", "kl", "ref", "vs"}
)
_SENTENCE_END = ".!?…:"
_QUOTES_DASHES = "\"'«»“”‘’-–—("


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text and whether it opens a sentence (or a transcript line)."""

    start: int
    end: int
    text: str
    sent_start: bool
    # The word in lower case, computed once per text: the slot rules ask for it many times.
    low: str = ""


def _opens_sentence(text: str, start: int, prev: Token | None) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    ch = text[i]
    if ch in _QUOTES_DASHES:
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] in _SENTENCE_END + "\n"
    if ch in _SENTENCE_END:
        return not (ch == "." and prev is not None and prev.text.lower() in ABBREVIATIONS)
    return False


@lru_cache(maxsize=16)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with sentence-start marks; one regex pass, no spaCy needed.

    Cached: five recognizers tokenize the same text one after another.
    """
    tokens: list[Token] = []
    prev: Token | None = None
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        tok = Token(m.start(), m.end(), word, _opens_sentence(text, m.start(), prev), word.lower())
        tokens.append(tok)
        prev = tok
    return tuple(tokens)


def token_word(tokens: tuple[Token, ...], i: int) -> str:
    """The lower-cased word of token ``i``, or "" outside the text: slot rules look a few
    words either side of a candidate without checking the bounds each time."""
    return tokens[i].low if 0 <= i < len(tokens) else ""


def spaced(text: str, tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """Tokens ``i``..``j`` exist and are separated by single spaces (no comma between)."""
    if j >= len(tokens):
        return False
    return all(text[tokens[k].end : tokens[k + 1].start] == " " for k in range(i, j))


# Texts the truecaser changed, with the spans of their lines that were written all in lower
# case. Why: the recognizers read the truecased text, where a line that opens with a known
# name ("Ragnhild bor i …", "Gerard Muldoon, everyone called him ged") has a capital first
# letter; by the first letter alone such a line looked written with capitals, and every
# lower-case-line rule skipped it (session 19). Bounded: a batch of texts is truecased ahead
# of its recognizers (the detector's batch size is 128).
_LOWERED: dict[str, tuple[tuple[int, int], ...]] = {}
_LOWERED_MAX = 1024


def remember_lower_case_lines(cased: str, lines: tuple[tuple[int, int], ...]) -> None:
    """Record that ``cased`` came out of truecasing and which of its lines were lower case."""
    if cased in _LOWERED:
        return
    if len(_LOWERED) >= _LOWERED_MAX:
        _LOWERED.pop(next(iter(_LOWERED)))
    _LOWERED[cased] = lines


def lower_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` was written in lower case: its first letter is lower
    case. (The detector truecases such lines before the recognizers run, so capitals inside
    them — "my nan Dolly" — prove nothing; a line written with capitals opens with one.)"""
    lines = _LOWERED.get(text)
    if lines is not None:
        if len(lines) == 1:  # one line (most texts): no generator (session 32, speed)
            return lines[0][0] <= pos <= lines[0][1]
        return any(start <= pos <= end for start, end in lines)
    start = text.rfind("\n", 0, pos) + 1
    for ch in text[start:pos]:
        if ch.isalpha():
            return ch.islower()
    return False


def is_capitalized(word: str) -> bool:
    """First letter upper case, not an all-caps acronym, at least two characters."""
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def word_set(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (readable constant tables)."""
    return frozenset(words.split())
