"""Street addresses whose house number is said as a word → ADDRESS (issue 10, item 5; detect3).

Why: :mod:`.address` needs digits (``Storgata 14``, ``12 Baker Street``), but a transcript
writes what was said: ``Kongens gate seks``, ``Solbakken tjueto``, ``forty-two Elm Road``.
This recognizer accepts the same street shapes with a number word (1-99, :mod:`numberwords`)
in the house-number slot: after the street in Norwegian, before it in English. The Norwegian
words that are also everyday words (``en``, ``ei``, ``ett``, ``to``, ``ni``, ``ti``) count only
at the end of a clause (``bodde i Storgata to.``), so ``Storgata to ganger`` stays a street
walked twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ADDRESS
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS, word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers.address import EN_STREET_TYPES, NB_SEPARATE, NB_SUFFIXES

SCORE = 0.75
_AMBIGUOUS_NB = frozenset({"en", "ei", "ett", "to", "ni", "ti", "o", "oh"})
_WORDS = sorted([*UNITS, *TEENS, *TENS], key=len, reverse=True)
_NUM = r"(?:" + "|".join(_WORDS) + r")+(?:-(?:" + "|".join(_WORDS) + r"))?"
_CAP = r"[A-ZÆØÅ][a-zæøåéüöäA-ZÆØÅ-]*"

NB_SPOKEN_RE = re.compile(
    r"(?<![\w])(?:"
    + r"[A-ZÆØÅ][a-zæøåé]*(?:" + "|".join(NB_SUFFIXES) + r")"
    + r"|(?:" + _CAP + r" ){1,3}(?:" + "|".join(NB_SEPARATE) + r")"
    + r") (?P<num>" + _NUM + r")(?![\wæøå])(?P<end>\s*(?:[,.;!?]|$|\bi\b|\bpå\b))?",
)  # fmt: skip
EN_SPOKEN_RE = re.compile(
    r"(?<![\w])(?P<num>" + _NUM + r") (?:[A-Z][a-z]+ ){1,3}(?:"
    + "|".join(EN_STREET_TYPES) + r")\b",
)  # fmt: skip


class SpokenAddressRecognizer(AnonkitRecognizer):
    """Street + house number said as a word (module docstring)."""

    ENTITIES = (ADDRESS,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in NB_SPOKEN_RE.finditer(text):
            num = m.group("num")
            value = word_value(num)
            if value is None or value == 0 or value > 99:
                continue
            if num.lower() in _AMBIGUOUS_NB and m.group("end") is None:
                continue
            yield m.start(), m.end("num"), ADDRESS, SCORE
        for m in EN_SPOKEN_RE.finditer(text):
            value = word_value(m.group("num"))
            if value is None or value == 0 or value > 99:
                continue
            yield m.start(), m.end(), ADDRESS, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenAddressRecognizer(lang)]
