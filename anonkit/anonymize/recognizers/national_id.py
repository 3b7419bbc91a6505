"""Norwegian national identity numbers: fødselsnummer and D-nummer (design.md §4, layer 4).

11 digits, DDMMYY + 3 individual digits + 2 mod-11 check digits, optionally written with a
space (or dot) after the date part: ``010180 12345``. D-nummer adds 4 to the first digit
(day + 40); H-nummer adds 4 to the third (month + 40). Validation is
``stdnum.no.fodselsnummer`` (both check digits and a real birth date; it handles D- and
H-numbers). A number that fails the check is *not* reported: invalid IDs are noise, and the
NUMBER flag still shows the steward any long digit string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer

from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, has_context, words_regex

# Digits not glued to other digits/letters; optional single space or dot after DDMMYY.
FNR_RE = re.compile(r"(?<![\w.,])(\d{6})[ .]?(\d{5})(?![\w]|[.,]\d)")

CONTEXT_WORDS = (
    "fødselsnummer",
    "fødselsnr",
    "fnr",
    "f.nr",
    "personnummer",
    "personnr",
    "pnr",
    "d-nummer",
    "dnummer",
    "d-nr",
    "national id",
    "national identity number",
    "identity number",
    "id number",
    "id-nummer",
    "personal number",
    "birth number",
)
CONTEXT_RE = words_regex(CONTEXT_WORDS)

SCORE_VALID = 0.9
SCORE_VALID_CONTEXT = 1.0


def is_valid_fnr(digits: str) -> bool:
    """True when ``digits`` (11 digits, separators removed) is a valid fnr/D-nummer."""
    try:
        fodselsnummer.validate(digits)
    except ValidationError:
        return False
    return True


class NationalIdRecognizer(AnonkitRecognizer):
    """Fødselsnummer/D-nummer with check digits; context words raise the score to 1.0."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in FNR_RE.finditer(text):
            if not is_valid_fnr(m.group(1) + m.group(2)):
                continue
            score = (
                SCORE_VALID_CONTEXT
                if has_context(text, m.start(), m.end(), CONTEXT_RE)
                else SCORE_VALID
            )
            yield m.start(), m.end(), NATIONAL_ID, score


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NationalIdRecognizer(lang)]
