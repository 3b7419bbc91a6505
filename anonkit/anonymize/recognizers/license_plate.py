"""Car registration plates → LICENSE_PLATE (issue 10, item 5).

Why: a plate identifies its owner through a public register as surely as a phone number. Two
shapes, as ASR writes them (spaces optional, and sometimes between every character):

* Norwegian: two letters and five digits (``EL 48213``, ``DN 55 123``, ``BR12345``);
* British (since 2001): two letters, two digits, three letters (``AB12 CDE``, ``LK 19 XYZ``,
  ``Y R 63 K L M``);
* Irish (blind5 session): year, county code, serial (``151-CW-4472``, ``12 D 3456``; said as
  ``one five one C W four four seven two``).

Upper-case letters only: ``en 12345`` is words and a number, left to the NUMBER flag.

Spoken plates (detect4): ASR spells the letters and writes the digits as words —
``B D fifty one, X Y Z``, ``D N fem fem en to null``. Two single capital letters, then number
words (or digit groups) that read as two digits and three letters (British) or as four or
five digits (Norwegian), are a plate too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LICENSE_PLATE
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS, word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set

_L = "[A-ZÆØÅ]"
# Irish county and city codes (plates since 1987: year, code, serial: "151-CW-4472").
IRISH_CODES = word_set("C CE CN CW D DL G KE KK KY L LD LH LK LM LS MH MN MO OY RN SO T W WH WX WW")
_IRISH = "|".join(sorted(IRISH_CODES, key=len, reverse=True))
PLATE_RES = (
    re.compile(rf"(?<![\w-]){_L}{{2}} ?\d{{2}} ?\d{{3}}(?![\w-])"),
    re.compile(r"(?<![\w-])[A-Z] ?[A-Z] ?\d ?\d ?[A-Z] ?[A-Z] ?[A-Z](?![\w-])"),
    re.compile(rf"(?<![\w-])\d{{2,3}}[- ](?:{_IRISH})[- ]\d{{1,6}}(?![\w-])"),
)
SCORE = 0.8


def said_number_token() -> str:
    """Regex of one digit group or number word ("12", "fifty", "førtito", "twenty-one")."""
    parts = sorted([*UNITS, *TEENS, *TENS], key=len, reverse=True)
    morph = "(?:" + "|".join(parts) + ")"
    return rf"(?:\d+|(?i:{morph}+(?:-{morph})?))"


def _spoken_regex() -> re.Pattern[str]:
    num = said_number_token()
    letter = "[A-ZÆØÅ]"
    return re.compile(
        rf"(?<![\w-])(?P<head>{letter}[ ,.]*{letter})[ ,]+(?P<num>{num}(?:[ ,]+{num}){{0,5}})"
        rf"(?:[ ,]+(?P<tail>{letter}[ ,.]*{letter}[ ,.]*{letter}))?(?![\w-])"
    )


SPOKEN_RE = _spoken_regex()


def said_digits(said: str) -> str | None:
    """The digits a run of number words/digit groups says, or None if a token is no number."""
    out: list[str] = []
    tens = False  # the last token was a bare tens word: "fifty one" is 51
    for token in re.split(r"[ ,]+", said.strip(" ,")):
        if token.isdigit():
            out.append(token)
            tens = False
            continue
        value = word_value(token)
        if value is None:
            return None
        if tens and 0 < value < 10:
            out[-1] = str(int(out[-1]) + value)
        else:
            out.append(str(value))
        tens = token.lower() in TENS
    return "".join(out)


def spoken_plates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of plates said letter by letter with the digits as words (module docstring)."""
    for m in SPOKEN_RE.finditer(text):
        # All digits, one by one ("E L 4 8 2 1 3", recall2) or grouped: read the same way
        # (a written plate the patterns above already took is skipped in find).
        digits = said_digits(m.group("num"))
        if digits is None:
            continue
        if m.group("tail") and len(digits) == 2:
            yield m.start(), m.end()  # British: AB 12 CDE
        else:
            end = m.start("num") + len(m.group("num").rstrip(" ,"))
            start = _irish_year_start(text, m.start(), m.group("head"))
            if len(digits) in (4, 5) or (start < m.start() and len(digits) <= 6):
                yield start, end  # Norwegian; Irish (only with its year said before)


_YEAR_BEFORE = re.compile(
    rf"(?P<year>{said_number_token()}(?:[ ,]+{said_number_token()}){{0,2}})[ ,]+$"
)


def _irish_code(head: str) -> bool:
    return re.sub(r"[ ,.]", "", head) in IRISH_CODES


def _irish_year_start(text: str, start: int, head: str) -> int:
    """Where an Irish plate said aloud begins: the two or three year digits said before the
    county code ("one five one C W four four seven two"); ``start`` when there are none."""
    if not _irish_code(head):
        return start
    m = _YEAR_BEFORE.search(text[max(0, start - 40) : start])
    if m is None:
        return start
    digits = said_digits(m.group("year"))
    if digits is None or len(digits) not in (2, 3):
        return start
    return start - (len(m.group(0)))


class LicensePlateRecognizer(AnonkitRecognizer):
    """Norwegian and British plates (module docstring)."""

    ENTITIES = (LICENSE_PLATE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        seen: list[tuple[int, int]] = []
        for pattern in PLATE_RES:
            for m in pattern.finditer(text):
                seen.append((m.start(), m.end()))
                yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for start, end in spoken_plates(text):
            if not any(s < end and start < e for s, e in seen):
                yield start, end, LICENSE_PLATE, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LicensePlateRecognizer(lang)]
