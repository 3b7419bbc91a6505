"""National identity numbers (design.md §4, layer 4): Norwegian first, then neighbours.

Norwegian fødselsnummer and D-nummer:

11 digits, DDMMYY + 3 individual digits + 2 mod-11 check digits, optionally written with a
space (or dot) after the date part: ``010180 12345``. D-nummer adds 4 to the first digit
(day + 40); H-nummer adds 4 to the third (month + 40). Validation is
``stdnum.no.fodselsnummer`` (both check digits and a real birth date; it handles D- and
H-numbers). A number that fails the check is *not* reported: invalid IDs are noise, and the
NUMBER flag still shows the steward any long digit string.

Other IDs that participants in Norwegian and English interviews may carry, each validated
with ``python-stdnum``: Swedish personnummer (``YYMMDD-NNNN``, Luhn), Danish CPR
(``DDMMYY-NNNN``, valid date; with a context word, because the shape is the Swedish one and
CPR has had no check digit since 2007), UK NHS number (10 digits, mod 11; with a context
word, because it looks like a phone number; with that word also when the check fails, as a
misheard digit still identifies) and US SSN (``NNN-NN-NNNN``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from stdnum.dk import cpr
from stdnum.exceptions import ValidationError
from stdnum.gb import nhs
from stdnum.no import fodselsnummer
from stdnum.se import personnummer
from stdnum.us import ssn

from anonkit.anonymize.digits import has_digit
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
SCORE_FOREIGN = 0.85
SCORE_NHS_UNSURE = 0.8


SCORE_UNSURE_SHAPE = 0.6


def _birth_date(ddmmyy: str) -> bool:
    """``ddmmyy`` is a calendar date (a D-nummer adds 4 to the first digit)."""
    day, month = int(ddmmyy[:2]), int(ddmmyy[2:4])
    if day > 40:
        day -= 40
    try:
        dt.date(2000 if ddmmyy[4:] == "00" else 1900 + int(ddmmyy[4:]), month, day)
    except ValueError:
        return False
    return True


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
                if m.group(0)[6] in " ." and _birth_date(m.group(1)):
                    # Written apart as a fødselsnummer is (date, then five digits) with a
                    # real birth date, yet a wrong check digit (misheard or misremembered:
                    # "290995 31853"; blind6 session): it still points to one person.
                    yield m.start(), m.end(), NATIONAL_ID, SCORE_UNSURE_SHAPE
                continue
            score = (
                SCORE_VALID_CONTEXT
                if has_context(text, m.start(), m.end(), CONTEXT_RE)
                else SCORE_VALID
            )
            yield m.start(), m.end(), NATIONAL_ID, score


SE_DK_RE = re.compile(r"(?<![\w-])(?:19|20)?\d{6}[-+]\d{4}(?![\w]|-\d)")
NHS_RE = re.compile(r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w]|[-.,]\d)")
SSN_RE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w]|-\d)")
SE_CONTEXT_RE = words_regex((*CONTEXT_WORDS, "svensk", "swedish", "sverige"))
DK_CONTEXT_RE = words_regex(("cpr", "cpr-nummer", "cpr-nr", "dansk", "danish", "danmark"))
NHS_CONTEXT_RE = words_regex(("nhs", "nhs number", "nhs no", "health number", "chi"))
SSN_CONTEXT_RE = words_regex(("ssn", "social security", "social security number"))


def foreign_id_spans(text: str) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of Swedish, Danish, UK NHS and US SSN numbers in ``text``."""
    if not has_digit(text):
        return
    for m in SE_DK_RE.finditer(text):
        value = m.group(0)
        if personnummer.is_valid(value):
            ctx = has_context(text, m.start(), m.end(), SE_CONTEXT_RE)
            yield m.start(), m.end(), SCORE_VALID_CONTEXT if ctx else SCORE_FOREIGN
        elif (
            len(value) == 11
            and cpr.is_valid(value)
            and (has_context(text, m.start(), m.end(), DK_CONTEXT_RE))
        ):
            yield m.start(), m.end(), SCORE_VALID
    for m in NHS_RE.finditer(text):
        if has_context(text, m.start(), m.end(), NHS_CONTEXT_RE):
            # Said next to "NHS", ten digits are the NHS number even when a digit was
            # misheard and the check fails (recall2): a wrong digit still identifies.
            yield m.start(), m.end(), SCORE_VALID if nhs.is_valid(m.group(0)) else SCORE_NHS_UNSURE
    for m in SSN_RE.finditer(text):
        if ssn.is_valid(m.group(0)):
            ctx = has_context(text, m.start(), m.end(), SSN_CONTEXT_RE)
            yield m.start(), m.end(), SCORE_VALID_CONTEXT if ctx else SCORE_FOREIGN


class ForeignNationalIdRecognizer(AnonkitRecognizer):
    """Swedish personnummer, Danish CPR, UK NHS number, US SSN (rules in module doc)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for start, end, score in foreign_id_spans(text):
            yield start, end, NATIONAL_ID, score


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NationalIdRecognizer(lang), ForeignNationalIdRecognizer(lang)]
