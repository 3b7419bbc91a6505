"""Phone numbers via ``phonenumbers`` (design.md §4, layer 4).

We run a ``PhoneNumberMatcher`` per region (NO first, then GB, US, SE, DK), leniency VALID,
and keep one result per span; with a phone context word ("ring", "tlf", "call", "reach me
on") and no valid number, numbers of a possible length count too (score 0.6). Norwegian
numbers are 8 digits, spoken and written in groups (``912 34 567``, ``22 11 22 33``, ``+47 …``).

Digit strings that are something else are removed here (also the Swedish, Danish, NHS
and SSN numbers of ``national_id.foreign_id_spans``), not left to conflict resolution,
because a phone match would otherwise *replace* a stronger type with a weaker one:
an 11-digit fødselsnummer (``18012345678`` is also a valid US number), a bank account
number (``dddd.dd.ddddd``), and dates (``12.03.1984``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from anonkit.anonymize.digits import has_digit
from anonkit.anonymize.entity_types import PHONE
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, has_context, words_regex
from anonkit.anonymize.recognizers.bank_account import ACCOUNT_RE, is_valid_account
from anonkit.anonymize.recognizers.national_id import FNR_RE, foreign_id_spans, is_valid_fnr

REGIONS: tuple[str, ...] = ("NO", "GB", "US", "SE", "DK")

CONTEXT_WORDS = (
    "telefon",
    "telefonnummer",
    "tlf",
    "tlf.",
    "mobil",
    "mobilnummer",
    "nummer",
    "nummeret",
    "ring",
    "ringe",
    "ringte",
    "sms",
    "phone",
    "telephone",
    "mobile",
    "landline",  # session 37: "my sister's landline in Prestwick, that's 01632 960584"
    "fasttelefon",
    "cell",
    "number",
    "call",
    "text me",
    "reach me",
    "reach me on",
    "get me on",
    "get hold of me",
    "contact",
    "kontakt",
    "nå meg",
    "nås på",
    "treffes på",
)
CONTEXT_RE = words_regex(CONTEXT_WORDS)
DATE_LIKE_RE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# 11 digits in a row (or 6+5) is the shape of a fødselsnummer, even one with a typo.
FNR_SHAPE_RE = re.compile(r"^\d{6} ?\d{5}$")
# A match glued to more digits is part of a longer number (an ID) we should not split.
GLUED_RE = re.compile(r"\d[ .]?$")
GLUED_AFTER_RE = re.compile(r"[ .]?\d")
# Stretches that could hold a phone number (at least 7 digits with separators): the
# matcher runs on these windows only, not on the whole text, because it is slow.
CANDIDATE_RE = re.compile(r"(?:\+|00)?\(?\d[\d ().\-/]{5,}\d")

SCORE = 0.75
SCORE_POSSIBLE = 0.6
# Valid numbers in every region first; then, only where a context word says "phone" and
# nothing valid was found, numbers that merely have a possible length (a typo, or the
# numbers reserved for fiction such as UK 07700 900xxx, which test transcripts use).
_PASSES: tuple[tuple[str, Leniency], ...] = (
    *((r, Leniency.VALID) for r in REGIONS),
    ("NO", Leniency.POSSIBLE),
    ("GB", Leniency.POSSIBLE),
    ("US", Leniency.POSSIBLE),
)
# A mobile number by its shape alone (UK 07 + nine digits, Norwegian 4/9 + seven digits):
# nothing else is written that way, so no context word is needed for the POSSIBLE passes
# ("You can get me on 07700 900 562"; blind6).
MOBILE_SHAPE_RE = re.compile(r"(?:\+44|0044|0)7\d{9}|(?:\+47|0047)?[49]\d{7}")
SCORE_CONTEXT = 0.95
SCORE_PLUS = 0.9


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of valid fødselsnummer/account numbers: a phone must not overlap these."""
    spans = [
        (m.start(), m.end()) for m in FNR_RE.finditer(text) if is_valid_fnr(m.group(1) + m.group(2))
    ]
    spans += [
        (m.start(), m.end())
        for m in ACCOUNT_RE.finditer(text)
        if is_valid_account(m.group(1) + m.group(3) + m.group(4))
    ]
    spans += [(start, end) for start, end, _score in foreign_id_spans(text)]
    return spans


class PhoneRecognizer(AnonkitRecognizer):
    """Phone numbers valid in NO, GB, US, SE or DK; never an fnr, account number or date."""

    ENTITIES = (PHONE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not has_digit(text):
            return
        blocked = _blocked_spans(text)
        seen: list[tuple[int, int]] = []
        for window in CANDIDATE_RE.finditer(text):
            if sum(ch.isdigit() for ch in window.group(0)) < 7:
                continue
            yield from self._find_in(text, window, blocked, seen)

    def _find_in(
        self,
        text: str,
        window: re.Match[str],
        blocked: list[tuple[int, int]],
        seen: list[tuple[int, int]],
    ) -> Iterator[tuple[int, int, str, float]]:
        # Give the matcher a little text around the digits (it looks at neighbours).
        lo = max(0, window.start() - 2)
        hi = min(len(text), window.end() + 2)
        found = False
        for region, leniency in _PASSES:
            if leniency is Leniency.POSSIBLE and (
                found
                or not (
                    has_context(text, window.start(), window.end(), CONTEXT_RE)
                    or MOBILE_SHAPE_RE.fullmatch(re.sub(r"[^\d+]", "", window.group(0)))
                )
            ):
                continue
            for match in PhoneNumberMatcher(text[lo:hi], region, leniency=leniency):
                start, end = lo + match.start, lo + match.end
                if any(s < end and start < e for s, e in seen + blocked):
                    continue
                raw = match.raw_string
                if DATE_LIKE_RE.match(raw.strip()) or (
                    FNR_SHAPE_RE.match(raw.strip()) and not _uk_mobile(raw)
                ):
                    continue
                if GLUED_RE.search(text[max(0, start - 2) : start]) or GLUED_AFTER_RE.match(
                    text, end
                ):
                    continue  # part of a longer digit string: "07700" of "07700 900123"
                seen.append((start, end))
                found = True
                if leniency is Leniency.POSSIBLE:
                    score = SCORE_POSSIBLE
                elif has_context(text, start, end, CONTEXT_RE):
                    score = SCORE_CONTEXT
                elif raw.startswith("+") or raw.startswith("00"):
                    score = SCORE_PLUS
                else:
                    score = SCORE
                yield start, end, PHONE, score


def _uk_mobile(raw: str) -> bool:
    """Session 32: eleven digits written together in a UK mobile's shape ("07700900123")
    are the mobile number, unless they pass a fødselsnummer's check digits (the shape of
    both is six digits and five)."""
    digits = re.sub(r"\D", "", raw)
    return digits.startswith("07") and not is_valid_fnr(digits)


def is_valid_phone(number: str, region: str = "NO") -> bool:
    """True when ``number`` parses as a valid phone number in ``region`` (for tests/tools)."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PhoneRecognizer(lang)]
