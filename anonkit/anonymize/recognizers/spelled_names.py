"""Names spelled out letter by letter → PERSON (issue 10, item 5).

Why: participants spell their names for the interviewer (``Siv, S-I-V``; ``B-R-E-I-V-I-K``)
and ASR writes the letters joined by hyphens. The spelling *is* the name, so it must be
replaced with it; no gazetteer can know it. Three or more single letters joined by hyphens
count, in either case (``b-e-r-g`` in a lower-case line); a two-letter ``A-E`` does not (it is
more often an abbreviation).

ASR also writes the letters apart (``S I V``, ``S. I. V.``; recall2). Single letters in a row
are common otherwise (``A B C``, ``I T V``), so spaced letters count only when they spell a
word said earlier in the text (``Siv, S I V``) or follow a spelling cue (``spelt``, ``stavet``).

Letters said by their names (blind6): ``Sunná, ess u enn enn a``, ``Ciarán, see eye ay arr ay
enn``. :mod:`anonkit.anonymize.spoken_chars` reads them back; the same said-before-or-cue
test applies, with accents ignored (the spelling has none).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.spoken_chars import said_runs, shaped_spans

# Session 44 (the lower-cased development sets: "d a g n ý"): accented letters of Icelandic,
# Faroese, Sámi and Irish names are spelled too.
_LETTER = "[A-ZÆØÅÄÖÜÁÉÍÓÚÝÞÐČŠŽŊa-zæøåäöüáéíóúýþðčšžŋ]"
SPELLED_RE = re.compile(rf"(?<![\w-]){_LETTER}(?:-{_LETTER}){{2,}}(?![\w-])")
# Marks said inside a spelling ("O, fada, D, U, B, H …", "apostrophe"; blind6 session).
_MARK = r"(?:fada|accent|aksent|apostrophe|apostrof|hyphen|dash|bindestrek)"
SPACED_RE = re.compile(
    rf"(?<![\w.'’-]){_LETTER}\.?(?:,? (?:{_LETTER}\.?|{_MARK}(?=,? {_LETTER}(?![\w-]))))"
    rf"{{2,}}(?![\w-])"
)
# Five letters or more, three of them different, spell a word without any cue: "h o v d e
# n a k", "D, U, B, H, G, H, A, I, L, L" (no acronym is said that long; "I, I, I" is a stutter).
MIN_UNCUED_LETTERS = 5
CUE_RE = re.compile(
    r"(?<!\w)(?:spelt|spelled|spell|spelling|stavet|staves|stava|stavemåte|bokstavert)\W*"
    r"(?:\w+\W+){0,2}$"
    # blind10 session: letters said right after "surname's", "my name is", "etternavnet er":
    # a name given as letters ("The surname's em see gee ay double ar …")
    r"|(?<!\w)(?:(?:sur|first |last |family |maiden )?name|etternavn(?:et)?|fornavn(?:et)?"
    r"|navn(?:et)?)(?:['’]s| is| was| er| var)?[:,]?\s+$",
    re.IGNORECASE,
)
# Letters said by their names, many of them and several clear, spell a word without a cue
# (blind10 session: "… em see gee ay double ar eye gee el ee"): a run of letter names that
# long is said only to spell ("I see you" is three letters, one of them clear).
MIN_UNCUED_SAID = 6
MIN_UNCUED_SAID_CLEAR = 2
SCORE = 0.75
SCORE_SPACED = 0.7
_LETTERS_SAID = re.compile(r"[A-ZÆØÅ]{3,}")


def _fold(word: str) -> str:
    """Lower case without accents: ``Sunná`` and the spelled ``SUNNA`` compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _said_before(before: str, word: str) -> bool:
    folded = _fold(before)
    return re.search(rf"(?<!\w){re.escape(_fold(word))}(?!\w)", folded) is not None


class SpelledNameRecognizer(AnonkitRecognizer):
    """Letters said one by one (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        taken: list[tuple[int, int]] = []
        for m in SPELLED_RE.finditer(text):
            taken.append(m.span())
            yield m.start(), m.end(), PERSON, SCORE
        for m in SPACED_RE.finditer(text):
            word = "".join(
                tok[0] for tok in re.findall(r"\w+", m.group(0)) if not re.fullmatch(_MARK, tok)
            )
            before = text[: m.start()]
            long_enough = len(word) >= MIN_UNCUED_LETTERS and len(set(word.lower())) >= 3
            if long_enough or _said_before(before, word) or CUE_RE.search(before[-40:]):
                taken.append((m.start(), m.start() + len(m.group(0).rstrip("."))))
                yield taken[-1][0], taken[-1][1], PERSON, SCORE_SPACED
        for start, end, chars in shaped_spans(text, _LETTERS_SAID, half_clear=False):
            if any(s < end and start < e for s, e in taken):
                continue
            before = text[:start]
            if (
                _said_before(before, chars)
                or CUE_RE.search(before[-40:])
                or self._long_said(text, start, end, chars)
            ):
                yield start, end, PERSON, SCORE_SPACED

    @staticmethod
    def _long_said(text: str, start: int, end: int, chars: str) -> bool:
        """Six letters or more, four of them different and two clearly spelled."""
        if len(chars) < MIN_UNCUED_SAID or len(set(chars)) < 4:
            return False
        if chars in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return False  # the alphabet said ("ay bee see dee ee eff gee")
        clear = sum(
            p.clear
            for run in said_runs(text, prescan=False)
            for p in run
            if p.letter and start <= p.start and p.end <= end
        )
        return clear >= MIN_UNCUED_SAID_CLEAR


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpelledNameRecognizer(lang)]
