"""Helpers for the recognizer tests: run one recognizer, make fictitious valid IDs.

Every generated number is fictitious: built from a random date and individual digits with
correct check digits, not taken from any register.
"""

from __future__ import annotations

import datetime as dt

from presidio_analyzer import EntityRecognizer
from stdnum.no import fodselsnummer, kontonr


def spans(recognizer: EntityRecognizer, text: str) -> list[tuple[str, str]]:
    """(entity_type, covered text) of each result, in text order."""
    results = sorted(recognizer.analyze(text, None, None), key=lambda r: (r.start, r.end))
    return [(r.entity_type, text[r.start : r.end]) for r in results]


def make_fnr(date: dt.date, individual: int, d_number: bool = False) -> str | None:
    """A fødselsnummer (or D-nummer) for ``date``; None when the check digit would be 10."""
    century_ok = (1900 <= date.year <= 1999 and individual < 500) or (
        2000 <= date.year <= 2039 and 500 <= individual < 1000
    )
    if not century_ok:
        return None
    day = date.day + (40 if d_number else 0)
    base = f"{day:02d}{date.month:02d}{date.year % 100:02d}{individual:03d}"
    k1 = fodselsnummer.calc_check_digit1(base)
    if len(k1) != 1:
        return None
    k2 = fodselsnummer.calc_check_digit2(base + k1)
    if len(k2) != 1:
        return None
    return base + k1 + k2


def make_account(prefix10: str) -> str | None:
    """An 11-digit account number from 10 digits, or None when no check digit exists."""
    # Weights and "10 means no such number" as in stdnum.no.kontonr (private helper there).
    weights = (6, 7, 8, 9, 4, 5, 6, 7, 8, 9)
    check = sum(w * int(n) for w, n in zip(weights, prefix10, strict=True)) % 11
    number = prefix10 + str(check)
    return number if check < 10 and kontonr.is_valid(number) else None
