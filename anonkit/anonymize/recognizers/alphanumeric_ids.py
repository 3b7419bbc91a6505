"""A written code of letters and digits (eight or more characters) → replaced as an identifier
(session 30).

Why: people in Norway and the UK come from everywhere and say or read out the numbers their
first country gave them: an Italian codice fiscale (``FRRCCT58M49A509G``, also in groups,
``LPS BRB 48M71 F205C``), a Spanish DNI or NIE (``12345678Z``, ``X-8636682-K``), a Finnish
HETU (``131052-308T``), a Portuguese citizen card (``32030828 2 ZY1``), a Chinese resident ID
ending in ``X``, a passport number. :mod:`.long_numbers` takes a run of eight digits whatever
its kind; a code that mixes letters in was left whole, or only its digits were replaced and
the letters that hold the birth date and name stayed. In an interview nothing else is written
as eight or more letters and digits with both kinds in one group, so the code is someone's,
whatever its kind: replaced as NATIONAL_ID, at 0.9 when one of python-stdnum's validators
for these kinds accepts it (it then outranks a phone number read into its digits), else at
0.55, below every kind-specific recognizer.

Spelled: a code said character by character (``R G S F V S four one P six oh A nine four four
J``; :mod:`anonkit.anonymize.spoken_chars` reads it back) counts with ten characters or more,
three digits and two letters that are no word said alone (not ``a``, ``i``, ``e``, ``å``,
``o``), or with nine and six digits and one such letter (``fire to fem … åtte Q``: a DNI).

Groups: a code may be written in groups a space apart when one group mixes letters and digits
(``48M71``, ``ZY1``, ``601X``); letter groups join only when short and no everyday word.

Left alone: a car plate's shape (:mod:`.license_plate` keeps it), an IBAN said aloud
(:mod:`.iban`), a token inside an e-mail or
web address, an amount with its unit or an ordinal
(``500mg``, ``2nd``), a product and its version (``Windows2000``), and codes with fewer than
three digits (``SARS-CoV-2``) or no letter (the digit runs are :mod:`.long_numbers`' job).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.in_ import pan
from stdnum.it import codicefiscale
from stdnum.mx import curp
from stdnum.pt import cc

from anonkit.anonymize.digits import has_digit
from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers.iban import said_iban_valid
from anonkit.anonymize.recognizers.license_plate import CUED_SAID_SHAPES, IRISH_SAID, SAID_SHAPES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.spoken_chars import has_lone_letter, shaped_spans
from anonkit.anonymize.wordlists import common_words

SCORE = 0.55
SCORE_VALID = 0.9
MIN_CHARS = 8
MIN_DIGITS = 3
_VALIDATORS = (codicefiscale, dni, nie, hetu, ric, pan, curp, cc, rut)
# One group: letters and digits, hyphens or slashes between them, a dot only between digits
# ("www.abc123def.com" is a web address, not a code).
_GROUP = re.compile(
    r"(?<![\w@./:-])[^\W_]+(?:(?:[-/]|(?<=\d)\.(?=\d))[^\W_]+)*(?![\w@]|[./:-][^\W_])"
)
# Digits then a unit or an ordinal ending: an amount, not a code; a word then a version or
# year: a product ("Windows2000", "Office365").
_NOT_CODE = re.compile(
    r"\d+(?:mg|mcg|ml|kg|km|kr|am|pm|st|nd|rd|th)|\d{1,2}[sgmkxh]|\d{4}s"
    r"|[^\W\d_]{4,}-?\d{1,4}",
    re.IGNORECASE,
)


# Nine characters or more said one by one with three digits and a letter among them (the
# letters are checked in ``_spells_a_code``).
_SPELLED = re.compile(r"(?=(?:\D*\d){3})(?=[^A-ZÆØÅ]*[A-ZÆØÅ])[A-Z0-9ÆØÅ]{9,}")
_WORD_LETTERS = frozenset("AIEÅO")
_TRAILING_WORD_LETTER = re.compile(r",\s*[AaIiEeÅåOo]$")
_LEADING_WORD_LETTER = re.compile(r"[AaIiEeÅåOo][\s,]+")


# A part of three letters or more joined by a hyphen or slash: a word in a compound.
_WORD_PART = re.compile(r"(?:^|[-/])[^\W\d_]{3,}(?:$|[-/])")


def _counts(s: str) -> tuple[int, int]:
    chars = [ch for ch in s if ch.isalnum()]
    return len(chars), sum(ch.isdigit() for ch in chars)


def is_code(token: str) -> bool:
    """Eight or more letters and digits, at least three digits and one letter, no amount,
    product name or compound of a number and a word ("1980-tallet", "125-årsdagen")."""
    n, digits = _counts(token)
    return (
        n >= MIN_CHARS
        and MIN_DIGITS <= digits < n
        and _NOT_CODE.fullmatch(token) is None
        and not _WORD_PART.search(token)
    )


def _mixed(group: str) -> bool:
    """A group of letters and digits together ("48M71", "ZY1"), no amount or ordinal."""
    _, digits = _counts(group)
    return (
        0 < digits < len(group)
        and _NOT_CODE.fullmatch(group) is None
        and not _WORD_PART.search(group)
    )


@cache
def _words(lang: str) -> frozenset[str]:
    return common_words(lang) | FUNCTION_WORDS


def _spells_a_code(chars: str) -> bool:
    """Ten characters with two letters that are no word said alone, or nine with six digits
    and one such letter first or last (a Spanish DNI: eight digits and its letter; an Irish
    plate has its letters inside)."""
    letters = sum(ch.isalpha() and ch not in _WORD_LETTERS for ch in chars)
    digits = sum(ch.isdigit() for ch in chars)
    dni_like = digits >= 6 and letters >= 1 and (chars[0].isalpha() or chars[-1].isalpha())
    return (len(chars) >= 10 and letters >= 2) or dni_like


def a_plate(code: str) -> bool:
    """A car plate's shape (``191-D-44207``): the plate recognizer's, which it keeps."""
    compact = re.sub(r"[\s,./-]", "", code).upper()
    return any(p.fullmatch(compact) for p in (*SAID_SHAPES, *CUED_SAID_SHAPES, IRISH_SAID))


def validated(code: str) -> bool:
    """Whether a validator of a kind this recognizer is for accepts the compact code."""
    compact = re.sub(r"[\s./-]", "", code).upper()
    return any(v.is_valid(compact) for v in _VALIDATORS)


class AlphanumericIdRecognizer(AnonkitRecognizer):
    """A code of letters and digits → NATIONAL_ID (module docstring)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if has_digit(text):
            for start, end in self._codes(text):
                code = text[start:end]
                if not a_plate(code):
                    yield start, end, NATIONAL_ID, SCORE_VALID if validated(code) else SCORE
        if not has_lone_letter(text):
            return  # the reading below is slow; a spelled code has letters said alone
        for start, end, chars in shaped_spans(text, _SPELLED, min_clear=0, half_clear=False):
            if said_iban_valid(chars):
                continue  # an account number spelled out: :mod:`.iban`'s
            while m := _TRAILING_WORD_LETTER.search(text, start, end):
                end, chars = m.start(), chars[:-1]  # "…five one L, I remember": "I" is a word
            while m := _LEADING_WORD_LETTER.match(text, start, end):
                start, chars = m.end(), chars[1:]  # "was a one nine one, d, …": "a" is a word
            if _spells_a_code(chars) and not a_plate(chars):
                yield start, end, NATIONAL_ID, SCORE_VALID if validated(chars) else SCORE

    def _codes(self, text: str) -> Iterator[tuple[int, int]]:
        chain: list[re.Match[str]] = []
        for m in _GROUP.finditer(text):
            if chain and text[chain[-1].end() : m.start()] != " ":
                yield from self._in_chain(text, chain)
                chain = []
            chain.append(m)
        if chain:
            yield from self._in_chain(text, chain)

    def _in_chain(self, text: str, chain: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
        """Codes among groups a space apart: runs around a mixed group, else single codes."""
        i = 0
        while i < len(chain):
            if not _mixed(chain[i].group()):
                if is_code(chain[i].group()):
                    yield chain[i].span()
                i += 1
                continue
            lo = i
            while lo > 0 and self._joins(chain[lo - 1].group()):
                lo -= 1
            hi = i
            while hi + 1 < len(chain) and self._joins(chain[hi + 1].group()):
                hi += 1
            start, end = chain[lo].start(), chain[hi].end()
            if lo == hi:
                if is_code(text[start:end]):
                    yield start, end
            elif self._enough(text[start:end]):
                yield start, end
            i = hi + 1

    def _joins(self, group: str) -> bool:
        """A neighbour of a mixed group that belongs to the code: digits, another mixed
        group, or up to four letters in capitals or that are no word ("LPS", "zx"; not
        "and", "the")."""
        if group.isdigit() or _mixed(group):
            return True
        if not group.isalpha() or len(group) > 4:
            return False
        if group.isupper() and len(group) >= 2:
            return True  # "LPS BRB 48M71 F205C": capitals written as a code's letters
        return group.lower() not in _words(self.lang)

    @staticmethod
    def _enough(code: str) -> bool:
        n, digits = _counts(code)
        return n >= MIN_CHARS + 2 and digits >= MIN_DIGITS and digits < n


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [AlphanumericIdRecognizer(lang)]
