"""Norwegian bank account numbers (kontonummer), mod-11 validated (design.md §4, layer 4).

Written ``dddd.dd.ddddd``, ``dddd dd ddddd`` or as 11 plain digits; validated with
``stdnum.no.kontonr``. Rules, because one in eleven random 11-digit strings passes mod-11:

* grouped forms (dots or spaces in the 4.2.5 places) are reported when valid (0.85), 1.0
  with a context word (konto, kontonummer, account …);
* 11 plain digits are reported only with a context word;
* an 11-digit string that is *also* a valid fødselsnummer (check digits and birth date) is
  left to the national-ID recognizer unless an account context word is near: a missed
  account number still gets replaced as NATIONAL_ID, while an fnr never hides as an account.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.no import kontonr

from anonkit.anonymize.entity_types import BANK_ACCOUNT
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, has_context, words_regex
from anonkit.anonymize.recognizers.national_id import is_valid_fnr

ACCOUNT_RE = re.compile(r"(?<![\w.,])(\d{4})([. ]?)(\d{2})\2(\d{5})(?![\w]|[.,]\d)")

CONTEXT_WORDS = (
    "konto",
    "kontonummer",
    "kontonr",
    "kontonr.",
    "bankkonto",
    "bankkontonummer",
    "account",
    "account number",
    "bank account",
    "acct",
    "overføre",
    "overfør",
    "innbetaling",
)
CONTEXT_RE = words_regex(CONTEXT_WORDS)

SCORE_GROUPED = 0.85
SCORE_CONTEXT = 1.0


def is_valid_account(digits: str) -> bool:
    """True when the 11 digits pass the kontonummer mod-11 check."""
    return kontonr.is_valid(digits)


class BankAccountRecognizer(AnonkitRecognizer):
    """Norwegian account numbers, only when the check digit is right (rules in module doc)."""

    ENTITIES = (BANK_ACCOUNT,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in ACCOUNT_RE.finditer(text):
            digits = m.group(1) + m.group(3) + m.group(4)
            if not is_valid_account(digits):
                continue
            context = has_context(text, m.start(), m.end(), CONTEXT_RE)
            grouped = bool(m.group(2))
            if context:
                yield m.start(), m.end(), BANK_ACCOUNT, SCORE_CONTEXT
            elif grouped and m.group(2) == "." and not is_valid_fnr(digits):
                yield m.start(), m.end(), BANK_ACCOUNT, SCORE_GROUPED
            elif grouped and not is_valid_fnr(digits):
                yield m.start(), m.end(), BANK_ACCOUNT, SCORE_GROUPED - 0.1


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [BankAccountRecognizer(lang)]
