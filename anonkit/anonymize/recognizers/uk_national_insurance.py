"""British National Insurance numbers → NATIONAL_ID.

Why: English-speaking participants in the UK give their NI number as they give a
fødselsnummer in Norway. Shape (HMRC): two prefix letters, six digits, a suffix letter A-D,
as written or said in pairs (``QQ 12 34 56 C``). The first letter is never D, F, I, Q, U or
V and the second never D, F, I, O, Q, U or V — except the ``QQ`` prefix, which HMRC uses for
examples and which appears in training material and test transcripts, so it is accepted too.

Said aloud (recall2), ASR writes the letters apart and the digits as words: ``Q Q one two,
three four, five six C``. Two capital letters, number words or digit groups that read as six
digits, and a suffix letter A-D are a NI number too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.numberwords import says_a_number
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers.license_plate import said_digits, said_number_token
from anonkit.anonymize.spoken_chars import NATO_LETTERS

NINO_RE = re.compile(
    r"(?<![\w-])(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])"
)
NINO_ANY_CASE_RE = re.compile(NINO_RE.pattern, re.IGNORECASE)
_NUM = said_number_token()
SPOKEN_NINO_RE = re.compile(
    r"(?<![\w-])(?P<prefix>[A-Z][ ,.]*[A-Z])[ ,.]+(?P<num>" + _NUM + r"(?:[ ,]+" + _NUM
    + r"){0,11})[ ,.]+(?P<suffix>[A-D])(?![\w-])"
)  # fmt: skip
_PREFIX_OK = re.compile(r"(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)")
# orgids: a line ASR wrote in lower case ("my national insurance number is j t, forty eight,
# twenty seven, ninety three, b"): lower-case letters count right after the NI cue.
_NI_CUE_RE = re.compile(
    r"(?<![\w-])(?:national insurance|n\.? ?i\.?)(?: number| no\.?)?(?:'s| is| was)?[:,]?(?: |$)",
    re.IGNORECASE,
)
# Session 49 (blind39 as development material: "my National Insurance is whiskey juliet,
# eight three, five two, one seven, charlie"): after the cue the letters may be said in the
# NATO alphabet.
_NATO = "|".join(sorted(NATO_LETTERS, key=len, reverse=True))
_LETTER = rf"(?:[a-z]|{_NATO})"
_SUFFIX = r"(?:[a-d]|alpha|alfa|bravo|charlie|delta)"
SPOKEN_NINO_LOWER_RE = re.compile(
    rf"(?<![\w'’-])(?P<prefix>{_LETTER}[ ,.]*{_LETTER})[ ,.]+(?P<num>" + _NUM + r"(?:[ ,]+"
    + _NUM + rf"){{0,11}})[ ,.]+(?P<suffix>{_SUFFIX})(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


def _letters(said: str) -> str:
    """The capital letters a stretch says, one character or one NATO word each."""
    return "".join(
        NATO_LETTERS.get(word.lower(), word.upper()) for word in re.split(r"[ ,.]+", said) if word
    )
SCORE = 0.9


class UkNationalInsuranceRecognizer(AnonkitRecognizer):
    """National Insurance numbers (module docstring)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return  # cheap test first: the number's six digits, written or said
        seen = []
        for m in NINO_RE.finditer(text):
            seen.append(m.span())
            yield m.start(), m.end(), NATIONAL_ID, SCORE
        if any(ch.isdigit() for ch in text):
            # Session 29 (benchmarks/spoken_ids_stress.py): ASR writes the number in lower
            # case too ("tk470014b", "kl 02 84 07 d"); the shape with a valid prefix is
            # distinctive enough without a cue.
            for m in NINO_ANY_CASE_RE.finditer(text):
                if m.group(0)[:2].islower() and _PREFIX_OK.match(m.group(0)[:2].upper()):
                    seen.append(m.span())
                    yield m.start(), m.end(), NATIONAL_ID, SCORE
        for m in SPOKEN_NINO_RE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in seen):
                continue
            prefix = re.sub(r"[ ,.]", "", m.group("prefix"))
            digits = said_digits(m.group("num"))
            if _PREFIX_OK.fullmatch(prefix) and digits is not None and len(digits) == 6:
                seen.append(m.span())
                yield m.start(), m.end(), NATIONAL_ID, SCORE
        low = text.lower()
        if "insurance" in low or " ni " in low or low.startswith("ni "):
            for cue in _NI_CUE_RE.finditer(text):
                # session 23: anywhere in the cue's sentence, before the cue too ("p w two
                # seven …, that's my national insurance"); the letters start a word
                start, end = _sentence_around(text, cue.start(), cue.end())
                for m in SPOKEN_NINO_LOWER_RE.finditer(text, start, end):
                    if any(s < m.end() and m.start() < e for s, e in seen):
                        continue
                    prefix = _letters(m.group("prefix"))
                    digits = said_digits(m.group("num"))
                    if _PREFIX_OK.fullmatch(prefix) and digits is not None and len(digits) == 6:
                        seen.append(m.span())
                        yield m.start(), m.end(), NATIONAL_ID, SCORE


_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``."""
    before = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        before = m.end()
    after = _SENTENCE_END.search(text, end)
    return before, after.start() if after else len(text)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [UkNationalInsuranceRecognizer(lang)]
