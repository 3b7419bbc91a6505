"""A run of eight or more digits → replaced as an identifier (session 25).

Why: the identifier recognizers each know one kind (fødselsnummer, NHS, phone, IBAN …) and
check it, so an identifier of a kind none of them knows (a Lithuanian personal code, a
Romanian CNP, a Chilean RUT said as digits, an old patient number) was only flagged as a
number, or not even that when a digit was misheard. In an interview nothing else is said as
eight or more digits in a row: amounts and years are said as words or with their unit, so
the run is someone's number, whatever its kind. Replaced, not flagged (score 0.55), typed
NATIONAL_ID when no kind-specific recognizer claims it first (those score higher).

Left alone: thousands written with spaces and followed by a unit of money or count (``12 500
000 kroner``, ``3 000 000 pounds``), runs made of years (``1984 2003``), decimals, and phone
numbers (after ``+``, or of a possible length for Norway, Britain or Ireland by
``phonenumbers``, the drama range ``07700 900123`` too): the structured types outrank one
another by kind (``resolve``: an ID before a phone number), so this catch-all must not claim
the phone recognizer's numbers as IDs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from stdnum.gb import nhs

from anonkit.anonymize.digits import has_digit
from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, has_context
from anonkit.anonymize.recognizers.flags import NUMBER_RE, YEAR_RE
from anonkit.anonymize.recognizers.phone import CONTEXT_RE as PHONE_CONTEXT_RE
from anonkit.anonymize.recognizers.phone import MOBILE_SHAPE_RE

SCORE = 0.55
# A valid NHS number outranks the phone recognizer's reading of the same ten digits.
SCORE_NHS = 0.8
MIN_DIGITS = 8
_THOUSANDS = re.compile(r"^\d{1,3}(?: \d{3})+$")
_AMOUNT_OR_DECIMAL = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d+)$")
_UNIT_AFTER = re.compile(
    r"\s*(?:kroner|kr|nok|millioner|milliarder|euro|eur|pounds?|quid|dollars?|usd|gbp|"
    r"people|folk|personer|innbyggere|inhabitants|tonn|tonnes?|km|kilometer)\b",
    re.IGNORECASE,
)


_PHONE_REGIONS = ("NO", "GB", "IE")
_DATE_SHAPE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


def _phone(text: str, start: int, end: int, value: str) -> bool:
    """A number the phone recognizer takes: valid in a region the transcripts come from, or
    of a possible length where a phone word is near or in a mobile's shape (its two passes).

    Session 42 (foreign_ids_stress.py: an eleven-digit Latvian or Belgian number opening
    with 0 was only flagged): a possible length alone, with no phone word, was left to the
    phone recognizer, which does not take it either."""
    possible = False
    for region in _PHONE_REGIONS:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
        possible = possible or phonenumbers.is_possible_number(number)
    if not possible:
        return False
    return bool(
        has_context(text, start, end, PHONE_CONTEXT_RE)
        or MOBILE_SHAPE_RE.fullmatch(re.sub(r"[^\d+]", "", value))
    )


class LongNumberRecognizer(AnonkitRecognizer):
    """Eight or more digits in a row → NATIONAL_ID (module docstring)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not has_digit(text):
            return
        for m in NUMBER_RE.finditer(text):
            value = m.group(0)
            if sum(ch.isdigit() for ch in value) < MIN_DIGITS:
                continue
            # Decimals and amounts carry dots ("1.500.000"); session 31: a number with dots
            # and a dash is an identifier's written form (a Brazilian CPF "390.533.447-05"),
            # never an amount or a date
            # session 40 (blind30 as development material): dots between groups that are no
            # thousands ("756.3047.5009.62", a Swiss AHV number) are an identifier's too
            if "." in value and "-" not in value and _AMOUNT_OR_DECIMAL.match(value):
                continue
            if all(YEAR_RE.match(part) for part in re.split(r"[ /-]", value)):
                continue
            if _DATE_SHAPE.match(value):
                continue  # session 42: "12/03/1985" is the date recognizer's, never an ID
            if _THOUSANDS.match(value) and _UNIT_AFTER.match(text, m.end()):
                continue
            digits = re.sub(r"\D", "", value)
            if text[max(0, m.start() - 1) : m.start()] == "+" or (
                _phone(text, m.start(), m.end(), value) and _dialable(digits) and not _nhs(digits)
            ):
                continue
            yield m.start(), m.end(), NATIONAL_ID, SCORE_NHS if _nhs(digits) else SCORE


def _dialable(digits: str) -> bool:
    """Session 32 (foreign tax numbers such as a Ukrainian RNOKPP, ``3420875135``, were only
    flagged): nine digits or more are a phone number as dialled only with the UK's or
    Ireland's trunk "0" or a country code before them; a Norwegian number has eight."""
    return len(digits) <= 8 or digits.startswith(("0", "47", "44", "353"))


def _nhs(digits: str) -> bool:
    """Session 29: ten digits with a valid NHS check digit and no trunk "0" are an NHS
    number, not a phone number (every UK phone number dialled at home opens with 0)."""
    return len(digits) == 10 and not digits.startswith("0") and nhs.is_valid(digits)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LongNumberRecognizer(lang)]
