"""IBANs (any country), validated with ``stdnum.iban`` (design.md §4, layer 4).

Printed IBANs are grouped in fours (``NO93 8601 1117 947``); spoken-then-typed ones may
be run together. We match a country code, two check digits and 10-30 alphanumerics in
optional groups, then keep only those that pass the ISO 13616 mod-97 check and the
country's length/format rules.

Said aloud (blind6 session), the letters come by name or alone and the digits as words
(``G B two nine, N W B K six zero one six …``): :mod:`anonkit.anonymize.spoken_chars` reads
the stretch back, and a stretch with an IBAN's shape that validates is one too; after the word
"IBAN" it counts even when a character was misheard (0.85), as a misspoken fødselsnummer does.
Session 30: on a lower-case line, where no letter is clearly spelled (``i e eight eight, b o f
i, …``), a stretch is read too when a consonant stands alone, and "oh" read as a zero may be
the letter O of the bank code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from anonkit.anonymize.entity_types import IBAN
from anonkit.anonymize.numberwords import says_a_number
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.spoken_chars import has_lone_letter, shaped_spans

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")

SCORE_VALID = 1.0
SCORE_CUED = 0.85
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")
IBAN_CUE = re.compile(r"(?<!\w)iban(?!\w)", re.IGNORECASE)


class IbanRecognizer(AnonkitRecognizer):
    """IBANs that pass validation; the longest valid prefix of a greedy match wins."""

    ENTITIES = (IBAN,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return  # cheap test first: an IBAN has digits, written or said
        for m in IBAN_RE.finditer(text):
            # The greedy match may swallow a following word/number group: try shorter
            # group counts until one validates.
            candidate = m.group(0)
            while candidate:
                if iban.is_valid(candidate):
                    yield m.start(), m.start() + len(candidate), IBAN, SCORE_VALID
                    break
                cut = candidate.rfind(" ")
                if cut < 4:
                    break
                candidate = candidate[:cut]
        min_clear = 0 if has_lone_letter(text) else 1
        for start, end, chars in shaped_spans(text, IBAN_SHAPE, min_clear, half_clear=False):
            cued = IBAN_CUE.search(text[max(0, start - 40) : start]) is not None
            if said_iban_valid(chars):
                yield start, end, IBAN, SCORE_VALID
            elif cued:
                yield start, end, IBAN, SCORE_CUED


def said_iban_valid(chars: str) -> bool:
    """An IBAN read back from speech; "oh" read as a zero may be the letter O of a bank
    code ("b o f i" → BOFI)."""
    return iban.is_valid(chars) or iban.is_valid(chars[:8].replace("0", "O") + chars[8:])


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [IbanRecognizer(lang)]
