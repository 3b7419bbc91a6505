"""Car registration plates → LICENSE_PLATE (issue 10, item 5).

Why: a plate identifies its owner through a public register as surely as a phone number. Two
shapes, as ASR writes them (spaces optional, and sometimes between every character):

* Norwegian: two letters and five digits (``EL 48213``, ``DN 55 123``, ``BR12345``);
* British (since 2001): two letters, two digits, three letters (``AB12 CDE``, ``LK 19 XYZ``,
  ``Y R 63 K L M``);
* Irish (blind5 session): year, county code, serial (``151-CW-4472``, ``12 D 3456``; said as
  ``one five one C W four four seven two``).

Upper-case letters only: ``en 12345`` is words and a number, left to the NUMBER flag.

Spoken plates (detect4; read by :mod:`anonkit.anonymize.spoken_chars` since blind6): ASR
spells the letters and writes the digits as words — ``B D fifty one, X Y Z``, ``D N fem fem
en to null``, ``ærr kå fem ni tre null sju`` (Norwegian letter names), ``Y-R-six-eight,
P-K-L``, ``one-five-one, D, four four two nine``. A stretch of said characters with clearly
spelled letters whose characters have one of the shapes above is a plate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LICENSE_PLATE
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS, says_a_number, word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._fillers import is_filler, with_fillers_skipped
from anonkit.anonymize.spoken_chars import shaped_spans
from anonkit.anonymize.wordlists import is_everyday_word

_L = "[A-ZÆØÅ]"
# Irish county and city codes (plates since 1987: year, code, serial: "151-CW-4472").
# Session 26: with the codes of 1987-2013 that 2014 replaced (WD Waterford, TN/TS Tipperary).
IRISH_CODES = word_set(
    "C CE CN CW D DL G KE KK KY L LD LH LK LM LS MH MN MO OY RN SO T TN TS W WD WH WX WW"
)
_IRISH = "|".join(sorted(IRISH_CODES, key=len, reverse=True))
PLATE_RES = (
    re.compile(rf"(?<![\w-]){_L}{{2}} ?\d{{2}} ?\d{{3}}(?![\w-])"),
    re.compile(r"(?<![\w-])[A-Z] ?[A-Z] ?\d ?\d ?[A-Z] ?[A-Z] ?[A-Z](?![\w-])"),
    re.compile(rf"(?<![\w-])\d{{2,3}}[- ](?:{_IRISH})[- ]\d{{1,6}}(?![\w-])"),
)
SCORE = 0.8
# Session 45 (blind35 lower-cased: "the silver van, 151-lm-882"): an Irish plate written with
# hyphens keeps its shape in lower case; its year part must be one.
_LOWER_IRISH = re.compile(rf"(?<![\w-])\d{{2,3}}-(?i:{_IRISH})-\d{{1,6}}(?![\w-])")


def said_number_token() -> str:
    """Regex of one digit group or number word ("12", "fifty", "førtito", "twenty-one")."""
    parts = sorted([*UNITS, *TEENS, *TENS], key=len, reverse=True)
    morph = "(?:" + "|".join(parts) + ")"
    return rf"(?:\d+|(?i:{morph}+(?:-{morph})?))"


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


PLATE_CUE = re.compile(
    r"(?<!\w)(?:reg|registration|number ?plate|plates?|skilt(?:et)?|nummerskilt(?:et)?|"
    r"bilnummer(?:et)?|reg(?:istrerings)?nummer(?:et)?|skiltnummer(?:et)?|"
    # ids20: the vehicle itself names what is spelled after it ("the car was a y sixty-eight,
    # k l m"); the plate shape is still required, so "the van was a wreck" names nothing
    r"car|van|motorbike|bike|lorry|taxi|bilen|bil|varebil(?:en)?|motorsykkel(?:en)?)(?!\w)",
    re.IGNORECASE,
)
# After a plate word, a written plate counts in a lower-case line too ("reg was lk19 opd",
# "skiltet var dk 45 123"; ids20); without one, "på 12 345" is words and an amount.
CUED_PLATE_RES = (
    re.compile(r"(?<![\w-])[a-zæøå]{2} ?\d{2} ?\d{3}(?![\w-])"),
    re.compile(r"(?<![\w-])[a-z] ?[a-z] ?\d ?\d ?[a-z] ?[a-z] ?[a-z](?![\w-])"),
    # British prefix and suffix plates of 1963-2001 ("K347 BNX", "ABC 123D")
    re.compile(r"(?<![\w-])[a-z]\d{1,3} ?[a-z]{3}(?![\w-])", re.IGNORECASE),
    re.compile(r"(?<![\w-])[a-z]{3} ?\d{1,3} ?[a-z](?![\w-])", re.IGNORECASE),
    # Northern Irish ("AXZ 4127"; session 21): capitals, one of them I or Z
    re.compile(r"(?<![\w-])(?=[A-Z]{0,2}[IZ])[A-Z]{3} ?\d{3,4}(?![\w-])"),
)
# Session 26: a current British plate said on a lower-case line after a plate word, its
# letters written as two short "words" ("the reg was sf sixty-eight uzd"): two letters, the
# age identifier as one number said (or two digits), three letters.
_EN_TENS = "|".join(sorted((w for w in TENS if w.isascii() and w.endswith("ty")), key=len))
_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine|oh|zero|nought"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
SAID_BRITISH_RE = re.compile(
    rf"(?<![\w-])(?P<front>[a-z]{{2}}) (?:(?:{_EN_TENS})(?:[- ](?:{_EN_UNITS}))?|{_EN_TEENS}|"
    rf"(?:{_EN_UNITS}) (?:{_EN_UNITS})),? (?P<back>[a-z]{{3}})(?![\w-])"
)
# A British written plate with its digits joined to the letters ("lk19 opd") is no word in
# any case.
LOWER_BRITISH_RE = re.compile(r"(?<![\w-])[a-z]{2}\d{2} ?[a-z]{3}(?![\w-])")
# Session 29 (benchmarks/spoken_ids_stress.py): a Norwegian plate written in lower case with no
# plate word near ("med xl 20872 hele veien"): two letters that are no short word and five
# digits, the shape of no amount or year.
LOWER_NORWEGIAN_RE = re.compile(r"(?<![\w-])[a-zæøåA-ZÆØÅ][a-zæøå] ?\d{2} ?\d{3}(?![\w,.-]?\d)")
CUE_REACH = 40
# Two-letter words that start an amount or a clause after a plate word ("bilen på 12 345
# kroner", "the car in 19 …"): no plate begins with them.
_WORD_PREFIXES = word_set(
    "på er en et ei og av om da så nå ca kr nr til ut vi du de se ja at to in on of by an as "
    "or so no up me we he it my us be do go am is"
)
# The plate shapes on the characters a stretch of speech spells (:mod:`..spoken_chars`).
SAID_SHAPES = (
    re.compile(rf"{_L}{{2}}\d{{4,5}}"),  # Norwegian (four digits: older and said partly)
    re.compile(r"[A-Z]{2}\d{2}[A-Z]{3}"),  # British
    re.compile(rf"\d{{2,3}}(?:{_IRISH})\d{{1,6}}"),  # Irish
)
_BRITISH_SAID = re.compile(r"[A-Z]{2}\d{2}[A-Z]{3}")
# Five letters said one by one, as a British plate's are ("n k …, w t z").
_LONE_LETTERS = re.compile(r"(?<![\w'’-])[a-z] [a-z],? .*(?<![\w'’-])[a-z] [a-z] [a-z](?![\w'’-])")
# Two letters said alone as a Norwegian plate's are: none a one-letter word (i, å, a, e, o)
# nor a letter Norwegian plates avoid (q, æ, ø).
_LONE_PAIR = re.compile(r"(?<![\w'’-])[b-df-hj-npr-z] [b-df-hj-npr-z],? ")
_NORWEGIAN_SAID = re.compile(r"[A-Z]{2}\d{5}")
# Older British plates, said after a plate word only ("his reg was K three four seven, B N X")
CUED_SAID_SHAPES = (
    re.compile(r"[A-Z]\d{1,3}[A-Z]{3}"),
    re.compile(r"[A-Z]{3}\d{1,3}[A-Z]"),
    # a letter O said "o"/"oh" reads as a zero: "Y K sixty-nine, F N O"
    re.compile(r"[A-Z]{2}\d{2}(?=[A-Z0]{3})(?![A-Z]{3})[A-Z0]{3}"),
    # Northern Irish: three letters, one of them I or Z, and up to four digits ("the reg was
    # a x z four one two seven"; session 21)
    re.compile(r"(?=[A-Z]{0,2}[IZ])[A-Z]{3}\d{3,4}"),
)


# A county code said alone right after a number (cheap test before reading every run).
# ("so", Sligo, is left out: the everyday word would send most lines to the slow reading)
_IRISH_QUICK = re.compile(
    r"[ ,-](?i:" + "|".join(sorted(IRISH_CODES - {"SO"}, key=len, reverse=True)) + r")[ ,-]"
)
IRISH_SAID = re.compile(rf"\d{{2,3}}(?:{_IRISH})\d{{3,6}}")


def _irish_year(chars: str) -> bool:
    """The year part of an Irish plate: 87-12, or 131-262 by half-year (2013 on)."""
    year = re.match(r"\d+", chars)
    digits = year.group(0) if year else ""
    if len(digits) == 2:
        return int(digits) >= 87 or int(digits) <= 12
    return len(digits) == 3 and digits[2] in "12" and 13 <= int(digits[:2]) <= 26


_LOWER_PAIR = re.compile(rf"(?<![\w-])([a-zæøå]{{2}}),? (?={said_number_token()})")


def spoken_plates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of plates said character by character (module docstring); where two shapes
    overlap ("one five one C W four four seven two" is Irish, its tail a Norwegian shape),
    the longer stretch wins."""
    # After a plate word ("a cork reg, one six two, c, four four eight one"), a lower-case
    # letter alone is spelled too (blind6 session).
    cue = PLATE_CUE.search(text)
    found = _said_plates(text, cue is not None)
    if cue is not None and not found:
        # ids20: two lower-case letters right after a plate word are the plate's letters
        # ("skiltnummeret var el førtiåtte …"), read as if written in capitals (same length,
        # so the offsets hold)
        pair = _LOWER_PAIR.search(text, cue.end(), cue.end() + CUE_REACH)
        word = pair.group(1) if pair is not None else ""
        if pair is not None and word not in _WORD_PREFIXES and not is_filler(word):
            found = _said_plates(text[: pair.start(1)] + word.upper() + text[pair.end(1) :], True)
    yield from found


def _said_plates(text: str, cued: bool) -> list[tuple[int, int]]:
    """The plate spans :func:`spoken_plates` reads, longest first where they overlap."""
    clear = {"min_clear": 0, "half_clear": False} if cued else {}
    shapes = SAID_SHAPES + CUED_SAID_SHAPES if cued else SAID_SHAPES
    found = [(s, e) for shape in shapes for s, e, _chars in shaped_spans(text, shape, **clear)]
    if not cued and _IRISH_QUICK.search(text):
        # ids20: an Irish plate in a lower-case line ("a one-five-one, d, four four two
        # nine"): its lone county letter is not clear, but a plate year and a serial of three
        # digits or more are shape enough
        found += [
            (s, e)
            for s, e, chars in shaped_spans(text, IRISH_SAID, min_clear=0, half_clear=False)
            if _irish_year(chars)
        ]
    if not cued and not found and _LONE_LETTERS.search(text):
        # session 40 (the lower-cased development sets: "a blue corsa, n k six eight, w t z,
        # parked across the drive"): a current British plate spelled in lower case with no
        # plate word near; its full shape (two letters, two digits, three letters, each
        # letter said alone) is shape enough
        found += [
            (s, e)
            for s, e, _chars in shaped_spans(text, _BRITISH_SAID, min_clear=0, half_clear=False)
        ]
    if not cued and not found and _LONE_PAIR.search(text):
        # session 43 (benchmarks/spoken_ids_stress.py "plate spelled_words lower"): a
        # Norwegian plate spelled in lower case with no plate word near ("ja, s l fem fire åtte
        # null fire, det husker jeg"): two letters said alone — none a one-letter word or a
        # letter no plate has — and exactly five digits are shape enough
        found += [
            (s, e)
            for s, e, _chars in shaped_spans(text, _NORWEGIAN_SAID, min_clear=0, half_clear=False)
            if _LONE_PAIR.match(text, s)
        ]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: span[0] - span[1]):
        if not any(s < end and start < e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


class LicensePlateRecognizer(AnonkitRecognizer):
    """Norwegian and British plates (module docstring)."""

    ENTITIES = (LICENSE_PLATE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return iter(())  # every plate shape holds digits
        # ids20: a filler inside a said plate ("ZH, eh, fire fem sju, to ni")
        return with_fillers_skipped(text, self.lang, self._find)

    def _find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        seen: list[tuple[int, int]] = []
        for pattern in PLATE_RES:
            for m in pattern.finditer(text):
                seen.append((m.start(), m.end()))
                yield m.start(), m.end(), LICENSE_PLATE, SCORE
        if "-" in text:
            for m in _LOWER_IRISH.finditer(text):
                if not m.group(0).isupper() and _irish_year(m.group(0)):
                    seen.append((m.start(), m.end()))
                    yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for m in LOWER_BRITISH_RE.finditer(text):
            seen.append((m.start(), m.end()))
            yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for m in LOWER_NORWEGIAN_RE.finditer(text):
            letters = m.group(0)[:2]
            # the truecaser may have given the letters a capital ("med Ek 41226")
            lower = letters.islower() or lower_case_line(text, m.start())
            if lower and letters.lower() not in _WORD_PREFIXES:
                seen.append((m.start(), m.end()))
                yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for cue in PLATE_CUE.finditer(text):
            for pattern in CUED_PLATE_RES:
                for m in (
                    pattern.search(text, cue.end(), cue.end() + CUE_REACH),
                    _plate_before(pattern, text, cue.start()),
                ):
                    if m is None or m.group(0)[:2].lower() in _WORD_PREFIXES:
                        continue
                    if not any(s < m.end() and m.start() < e for s, e in seen):
                        seen.append((m.start(), m.end()))
                        yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for cue in PLATE_CUE.finditer(text):
            m = SAID_BRITISH_RE.search(text, cue.end(), cue.end() + CUE_REACH)
            if (
                m is not None
                and m.group("front") not in _WORD_PREFIXES
                and not is_everyday_word(m.group("back"))
                and not any(s < m.end() and m.start() < e for s, e in seen)
            ):
                seen.append((m.start(), m.end()))
                yield m.start(), m.end(), LICENSE_PLATE, SCORE
        for start, end in spoken_plates(text):
            if not any(s < end and start < e for s, e in seen):
                yield start, end, LICENSE_PLATE, SCORE


# Session 29 (benchmarks/spoken_ids_stress.py): the plate word may come after the plate
# ("en golf med xl 20872 på skiltet", "with lk19 opd on the plates"): a few words between.
_CUE_AFTER_GAP = re.compile(r"[\s,]+(?:(?:på|on|i|in|the|det|sitt|its|his|her)[\s,]+){0,3}")


def _plate_before(pattern: re.Pattern[str], text: str, cue_start: int) -> re.Match[str] | None:
    """The last plate shape that ends right before a plate word (only short words between)."""
    last = None
    for m in pattern.finditer(text, max(0, cue_start - CUE_REACH), cue_start):
        last = m
    if last is not None and _CUE_AFTER_GAP.fullmatch(text, last.end(), cue_start):
        return last
    return None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LicensePlateRecognizer(lang)]
