"""Identifying dates (design.md §4, layer 4) → DATE.

What identifies a person is a *full* date (a birthday, the day of an admission) or a birth
year. So we report:

* full dates: ``12.03.1984``, ``12/03/84``, ``1984-03-12``, ``12. mars 1984``,
  ``12 March 1984``, ``March 12, 1984``, ``12th of March 1984`` (validated: no 31.02.),
  also with a short year said as ``3. juni -90`` / ``3rd of June '90``; an English "the"
  before the day is part of the span (``the 3rd of June 1990``);
* day + month without a year only with a birth cue (``født 12. mars``, ``born on 3 May``,
  ``bursdag``/``birthday``);
* a year with a birth cue: ``født (i) 1984``, ``fødd 1984``, ``born (in) 1984`` — decided:
  a birth year narrows a participant down as much as an age does, so it is replaced. The
  span is the year only.

Not reported: weekdays, month names alone (``i mars``, ``last May``, ``in May``), bare years
(``i 1984``) and times. "May" the person is left to the name recognizers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import DATE
from anonkit.anonymize.numberwords import says_a_number
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

NB_MONTHS = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "des": 12,
}  # fmt: skip
EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS = {**NB_MONTHS, **EN_MONTHS}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:\.|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
# A year said short after a day and month: "3. juni -90", "3rd of June '90" (recall2).
_SHORT_YEAR = r"(?P<short>[-'’]\d{2})"
# English says "the 3rd of June": the article belongs to the date expression (blind3 gold
# marks it), and leaving it outside would keep "the" as the only word of a replaced date.
THE_BEFORE = re.compile(r"(?<!\w)the $", re.IGNORECASE)


def with_article(text: str, start: int) -> int:
    """``start`` moved back over an English "the " right before it."""
    return start - 4 if THE_BEFORE.search(text[max(0, start - 4) : start]) else start

NUMERIC_RE = re.compile(
    # session 32: dashes too ("born on 03-06-1962")
    r"(?<![\w.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?![\w/-]|[.,]\d)"
)
# Norwegian handwriting and SMS style (ids20): "5/5-90", "12/3-1984", "1/11-07".
SLASH_DASH_RE = re.compile(
    r"(?<![\w./-])(?P<d>\d{1,2})/(?P<m>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)"
)
ISO_RE = re.compile(r"(?<![\w.-])(?P<y>(?:1[89]|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
# 12. mars 1984 / 12 March 1984 / 12th of March, 1984 (year optional, checked in code)
DAY_MONTH_RE = re.compile(
    r"(?<![\w.])"
    + _DAY
    + r" (?:of )?(?P<month>"
    + _MONTH_ALT
    + r")\.?(?:,? (?:"
    + _YEAR
    + r"|"
    + _SHORT_YEAR
    + r"))?(?!\w)",
    re.IGNORECASE,
)
# March 12, 1984 / March 12th 1984 / April the 5th 1967 (British speech puts "the" between;
# session 29, found by benchmarks/spoken_ids_stress.py)
MONTH_DAY_RE = re.compile(
    r"(?<![\w])(?P<month>" + _MONTH_ALT + r")\.? (?:the )?" + _DAY
    + r"(?:,? " + _YEAR + r")?(?!\w)",
    re.IGNORECASE,
)
BIRTH_CUE_RE = re.compile(
    r"(?:født|fødd|fødselsdato|fødselsdag|bursdag|born|birthday|date of birth|dob|d\.o\.b\.)"
    r"\W*(?:(?:i|in|on|the|den|på|er|is|was|var|:)\W+){0,3}$",
    re.IGNORECASE,
)
BIRTH_YEAR_RE = re.compile(
    r"(?<![\w])(?:født|fødd|born)(?: (?:i|in|år|back in))? (?P<year>(?:1[89]|20)\d{2})(?![\w])",
    re.IGNORECASE,
)

SCORE_FULL = 0.85
SCORE_BIRTH = 0.85


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _two_digit_year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)  # any century works for validity


class DateRecognizer(AnonkitRecognizer):
    """Full dates, birthdays and birth years (see module docstring for what is left out)."""

    ENTITIES = (DATE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return  # every written date holds digits
        seen: list[tuple[int, int]] = []

        def fresh(start: int, end: int) -> bool:
            if any(s < end and start < e for s, e in seen):
                return False
            seen.append((start, end))
            return True

        for m in ISO_RE.finditer(text):
            if _valid(int(m["y"]), int(m["m"]), int(m["d"])) and fresh(m.start(), m.end()):
                yield m.start(), m.end(), DATE, SCORE_FULL
        for m in SLASH_DASH_RE.finditer(text):
            valid = _valid(_two_digit_year(m["y"]), int(m["m"]), int(m["d"]))
            if valid and fresh(m.start(), m.end()):
                yield m.start(), m.end(), DATE, SCORE_FULL
        for m in NUMERIC_RE.finditer(text):
            year, a, b = _two_digit_year(m["y"]), int(m["a"]), int(m["b"])
            # "3.12.20" could be a version or a score: a two-digit year after dots needs
            # a birth cue unless day and month are both written with two digits.
            short = len(m["y"]) == 2 and m["sep"] in ".-"
            if (
                short
                # dashes and a two-digit year read as room or score runs ("12-14-16")
                and (len(m["a"]) != 2 or len(m["b"]) != 2 or m["sep"] == "-")
                and not BIRTH_CUE_RE.search(text[max(0, m.start() - 30) : m.start()])
            ):
                continue
            if (_valid(year, b, a) or _valid(year, a, b)) and fresh(m.start(), m.end()):
                yield m.start(), m.end(), DATE, SCORE_FULL
        for regex in (DAY_MONTH_RE, MONTH_DAY_RE):
            for m in regex.finditer(text):
                month = MONTHS[m["month"].lower()]
                year = int(m["year"]) if m["year"] else 2000  # leap year: 29 Feb is fine
                has_year = bool(m["year"]) or bool(m.groupdict().get("short"))
                if not _valid(year, month, int(m["day"])):
                    continue
                if regex is MONTH_DAY_RE and m["month"][0].islower() and not has_year:
                    continue  # "may 5" mid-sentence is the verb, not a date
                if not has_year and not BIRTH_CUE_RE.search(
                    text[max(0, m.start() - 30) : m.start()]
                ):
                    continue
                start = with_article(text, m.start()) if regex is DAY_MONTH_RE else m.start()
                if fresh(start, m.end()):
                    yield start, m.end(), DATE, SCORE_FULL
        for m in BIRTH_YEAR_RE.finditer(text):
            if fresh(m.start("year"), m.end("year")):
                yield m.start("year"), m.end("year"), DATE, SCORE_BIRTH


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [DateRecognizer(lang)]
