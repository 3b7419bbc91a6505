"""Phone numbers and ID numbers said as words or in digit groups → PHONE / NATIONAL_ID.

Why a recognizer of its own: ``phone`` and ``national_id`` validate digit strings of a fixed
written shape; speech gives ``førtien femtito nitten åttitre``, ``oh seven seven double oh …``
or a fødselsnummer read in groups (``03 04 88 265 03``). :mod:`anonkit.anonymize.numberwords`
reads such a run back to digits; this recognizer decides what the digits are:

* 11 digits with a valid fødselsnummer/D-nummer checksum → NATIONAL_ID (1.0);
* 11 digits (or 10 with "NHS") next to an ID word (fødselsnummer, personnummer, NHS, ID …)
  → NATIONAL_ID (0.85) even when a digit was misspoken and the checksum fails: the number
  still identifies, and a span that is doubtful must not be silently kept;
* any other run of 8–13 digits → PHONE (0.8; 0.9 with a ``+``/"pluss" prefix), and a shorter
  spoken run (5–7 digits) right after a phone word;
* a spoken run of 14–20 digits → NATIONAL_ID (session 42: no phone number is that long);
* every spoken run of 5 or more digits is also a NUMBER flag: what is not replaced is shown;
* 6 or 8 digits said after a birth word ("date of birth twelve oh three eighty-five",
  "fødselsdatoen min er null tre null seks åttifem") that read as a valid DDMMYY(YY) → DATE
  (0.85; recall2).

Only runs of two or more tokens count (one digit string is the written recognizers' job), and
a run of bare digit groups needs groups of at most three digits ("2015 2016" is two years)
unless it is a valid fødselsnummer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from stdnum.gb import nhs as nhs_number
from stdnum.no import fodselsnummer

from anonkit.anonymize.entity_types import BANK_ACCOUNT, DATE, NATIONAL_ID, NUMBER, PHONE
from anonkit.anonymize.numberwords import digit_runs, says_a_number
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    has_context,
    word_set,
    words_regex,
)
from anonkit.anonymize.recognizers._fillers import corrected_between, with_fillers_skipped
from anonkit.anonymize.recognizers.bank_account import CONTEXT_RE as ACCOUNT_CONTEXT_RE
from anonkit.anonymize.recognizers.bank_account import is_valid_account

ID_CONTEXT = words_regex(
    word_set(
        "fødselsnummer fødselsnummeret personnummer personnummeret d-nummer d-nummeret fnr "
        "nhs id identity national"
    )
)
NHS_CONTEXT = re.compile(r"(?<!\w)nhs(?!\w)")
BIRTH_CONTEXT = re.compile(
    r"(?<!\w)(?:født|fødd|fødselsdag\w*|fødselsdato\w*|bursdag\w*|born|birthday|"
    r"date of birth|d\.?o\.?b)(?!\w)"
)
# A phone word shortly before a spoken run ("ring meg på …", "call me on …", "the number's
# …"): a run too short for a whole number is still one misread or half-said (blind8: "fire sju
# tolv åtti fire null" reads 4712840, "åtti fire" as 84).
PHONE_CUE_BEFORE = re.compile(
    r"(?<!\w)(?:phone|mobile|number|numbers|telefon\w*|mobil\w*|nummer\w*|landline|"
    r"fasttelefon\w*|direct line|"
    r"(?:ring|call|text|sms|tekst)\w* (?:meg|me|oss|us|mæ|mej))(?!\w)[^.?!\d]{0,20}$",
    re.IGNORECASE,
)
# "…, slash, …" between the two parts of one number (``_slashed``).
_SLASH = re.compile(r",?\s*(?:slash|stroke|skråstrek|skråstreik)\s*,?\s*", re.IGNORECASE)
SCORE_DATE = 0.85
SCORE_VALID_ID = 1.0
SCORE_ID_CONTEXT = 0.85
SCORE_PHONE = 0.8
SCORE_PHONE_PLUS = 0.9
SCORE_UNSURE_ID = 0.6
MAX_GROUP = 3
MIN_FLAG_DIGITS = 5
SCORE_FLAG = 0.3
# The longest identifier said in groups that is read as one (Algerian NIF: 20 digits).
MAX_ID_DIGITS = 20


def _is_birth_date(text: str, start: int, digits: str) -> bool:
    """6 or 8 digits after a birth word that read as a real DDMMYY(YY) date."""
    if len(digits) not in (6, 8) or not digits.isdigit():
        return False
    if not BIRTH_CONTEXT.search(text[max(0, start - 40) : start].lower()):
        return False
    year = int(digits[4:]) if len(digits) == 8 else 1900 + int(digits[4:])
    try:
        dt.date(year, int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return False
    return True


class SpokenNumberRecognizer(AnonkitRecognizer):
    """Number-word runs and digit groups read as phone or ID numbers (module docstring)."""

    ENTITIES = (PHONE, NATIONAL_ID, NUMBER, DATE, BANK_ACCOUNT)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return iter(())
        # spoken2: also read the text with hesitation fillers cut out (_fillers).
        spans = list(with_fillers_skipped(text, self.lang, self._find, corrections=True))
        spans += self._slashed(text, spans)
        return iter(spans + list(self._corrected_phones(text, spans)))

    def _slashed(self, text: str, spans: list) -> list[tuple[int, int, str, float]]:
        """A number said in two parts around "slash" ("nine oh five eight one seven, slash,
        three oh oh three"; session 28, blind17 as development material): the part after it
        belongs to the number. Six digits, slash, three or four is the shape of a Czech or
        Slovak birth number (YYMMDD/XXXX): NATIONAL_ID."""
        out = []
        for start, end, kind, _ in spans:
            if kind not in (PHONE, NATIONAL_ID, NUMBER):
                continue
            slash = _SLASH.match(text, end)
            if slash is None:
                continue
            tail = next(digit_runs(text[slash.end() :], min_digits=2, lang=self.lang), None)
            if tail is None or tail.start != 0:
                continue
            head = next(digit_runs(text[start:end], min_digits=2, lang=self.lang), None)
            birth_number = head is not None and len(head.digits) == 6 and len(tail.digits) in (3, 4)
            if birth_number:
                out.append((start, slash.end() + tail.end, NATIONAL_ID, SCORE_ID_CONTEXT))
            else:
                out.append((start, slash.end() + tail.end, kind, SCORE_PHONE))
        return out

    def _corrected_phones(self, text: str, spans: list) -> Iterator[tuple[int, int, str, float]]:
        """A phone number restarted after a correction ("oh seven nine, five three, no, oh
        seven nine five four, six one one, two eight seven"; blind8): the two runs read too long
        as one number, yet the misspoken first part identifies as much as the rest, so the
        whole stretch is one PHONE."""
        phones = sorted({(s, e) for s, e, kind, _ in spans if kind == PHONE})
        runs = sorted({(s, e) for s, e, kind, _ in spans if kind in (PHONE, NUMBER)})
        for start, end in phones:
            for other_start, other_end in runs:
                if other_start < start < other_end:
                    # ids20: a false start with a filler and a correction in it ("oh seven,
                    # eh, seven nine, no sorry, oh seven seven nine one, …") reads, cleaned,
                    # as one run too long for a number that runs into the phone number
                    yield other_start, max(end, other_end), PHONE, SCORE_PHONE
                elif corrected_between(text, self.lang, end, other_start):
                    yield start, other_end, PHONE, SCORE_PHONE
                elif corrected_between(text, self.lang, other_end, start):
                    yield other_start, end, PHONE, SCORE_PHONE

    def _find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for run in digit_runs(text, min_digits=MIN_FLAG_DIGITS, lang=self.lang):
            if run.words < 2:
                continue
            if run.spoken and _is_birth_date(text, run.start, run.digits):
                yield run.start, run.end, DATE, SCORE_DATE
                continue
            if run.spoken:
                # Safety net: any spoken run of 5+ digits is shown to the steward (a
                # misspoken or partial number still identifies); replaced spans win over it.
                yield run.start, run.end, NUMBER, SCORE_FLAG
            if len(run.digits.lstrip("+")) < 8:
                if run.spoken and PHONE_CUE_BEFORE.search(text[max(0, run.start - 40) : run.start]):
                    yield run.start, run.end, PHONE, SCORE_PHONE
                continue
            span = text[run.start : run.end]
            digits = run.digits.lstrip("+")
            valid_id = len(digits) == 11 and fodselsnummer.is_valid(digits)
            groups = re.findall(r"\d+", span)
            if not run.spoken and not valid_id and any(len(g) > MAX_GROUP for g in groups):
                continue
            # An international number with a self-correction cut out ("plus four four seven
            # eight, no, seven nine, …") reads long; still one phone number (blind6 session).
            # ids20: "double oh four four …" is the same international prefix as "plus"
            international = run.digits.startswith("+") or (run.spoken and digits.startswith("00"))
            if len(digits) > (16 if international else 13):
                if run.spoken and not international and len(digits) <= MAX_ID_DIGITS:
                    # session 42 (blind32 as development material): fourteen digits and more
                    # said in groups are no phone number, but someone's number all the same
                    # (a tax or company id: "null seks en fire, en sju null tre åtte seks …")
                    yield run.start, run.end, NATIONAL_ID, SCORE_UNSURE_ID
                continue
            context = has_context(text, run.start, run.end, ID_CONTEXT)
            nhs = NHS_CONTEXT.search(text[max(0, run.start - 40) : run.start].lower())
            if valid_id:
                yield run.start, run.end, NATIONAL_ID, SCORE_VALID_ID
            elif (
                len(digits) == 11
                and is_valid_account(digits)
                and has_context(text, run.start, run.end, ACCOUNT_CONTEXT_RE)
            ):
                # session 29: an account number said as words ("kontonummeret er femtini
                # trettini …") is an account, as written ones are (bank_account.py)
                yield run.start, run.end, BANK_ACCOUNT, SCORE_ID_CONTEXT
            elif context and (len(digits) == 11 or (len(digits) == 10 and nhs)):
                yield run.start, run.end, NATIONAL_ID, SCORE_ID_CONTEXT
            elif international:
                yield run.start, run.end, PHONE, SCORE_PHONE_PLUS
            elif len(digits) == 11 and not digits.startswith("0"):
                yield run.start, run.end, NATIONAL_ID, SCORE_UNSURE_ID
            elif len(digits) == 10 and not digits.startswith("0") and nhs_number.is_valid(digits):
                # session 29: ten digits with a valid NHS check digit and no trunk "0" (every
                # UK phone number has one) are an NHS number, cue or none
                yield run.start, run.end, NATIONAL_ID, SCORE_UNSURE_ID
            else:
                yield run.start, run.end, PHONE, SCORE_PHONE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenNumberRecognizer(lang)]
