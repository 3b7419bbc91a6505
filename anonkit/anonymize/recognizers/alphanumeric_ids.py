"""A written code of letters and digits (eight or more characters) → replaced as an identifier
(session 30).

Why: people in Norway and the UK come from everywhere and say or read out the numbers their
first country gave them: an Italian codice fiscale (``FRRCCT58M49A509G``), a Spanish DNI
(``12345678Z``), a Finnish HETU (``131052-308T``), a Chinese resident ID ending in ``X``, a
passport number. :mod:`.long_numbers` takes a run of eight digits whatever its kind; a code
that mixes letters in was left whole (or, worse, only its digits were replaced and the letters
that hold the birth date and name stayed). In an interview nothing else is written as one
token of eight or more letters and digits with both kinds in it, so the token is someone's
code, whatever its kind; replaced (score 0.55, NATIONAL_ID), below every kind-specific
recognizer, which outranks it in ``resolve``.

Left alone: a token inside an e-mail or web address, an amount with its unit or an ordinal
(``1000000mg`` would be a dose, ``2nd``), a product and its version (``Windows2000``), and
tokens with fewer than three digits (``SARS-CoV-2``) or no letter (the digit runs are
:mod:`.long_numbers`' job).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.digits import has_digit
from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

SCORE = 0.55
MIN_CHARS = 8
MIN_DIGITS = 3
# One token: letters and digits, hyphens or slashes between them, a dot only between digits
# ("www.abc123def.com" is a web address, not a code).
_TOKEN = re.compile(
    r"(?<![\w@./:-])[^\W_]+(?:(?:[-/]|(?<=\d)\.(?=\d))[^\W_]+)*(?![\w@]|[./:-][^\W_])"
)
# Digits then a unit or an ordinal ending: an amount, not a code; a word then a version or
# year: a product ("Windows2000", "Office365").
_NOT_CODE = re.compile(
    r"\d+(?:mg|mcg|ml|kg|km|kr|am|pm|st|nd|rd|th|s|g|m|k|x|h)|[^\W\d_]{4,}-?\d{1,4}",
    re.IGNORECASE,
)


def is_code(token: str) -> bool:
    """Eight or more letters and digits, at least three digits and one letter, no amount
    or product name."""
    chars = [ch for ch in token if ch.isalnum()]
    digits = sum(ch.isdigit() for ch in chars)
    return (
        len(chars) >= MIN_CHARS
        and digits >= MIN_DIGITS
        and digits < len(chars)
        and _NOT_CODE.fullmatch(token) is None
    )


class AlphanumericIdRecognizer(AnonkitRecognizer):
    """A code of letters and digits → NATIONAL_ID (module docstring)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not has_digit(text):
            return
        for m in _TOKEN.finditer(text):
            if is_code(m.group(0)):
                yield m.start(), m.end(), NATIONAL_ID, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [AlphanumericIdRecognizer(lang)]
