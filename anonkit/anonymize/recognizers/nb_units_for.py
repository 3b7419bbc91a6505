"""A Norwegian unit named for what it treats, after a place preposition → ORGANIZATION
(session 33).

Why: hospital departments and research institutes are named "<kind> for <field>": "avdeling
for rus og avhengighet", "institutt for energiteknikk", "seksjon for psykosebehandling",
"senter for krisepsykologi". The name is the whole phrase, the department a participant was
admitted to; on a line ASR wrote in lower case (and mostly with capitals too) no layer took it,
since every word is an everyday word (the lower-cased development sets; blind15 and blind23).
After a place preposition (``på``, ``ved``, ``til``, ``fra``) the phrase names the unit one is
at; the field runs one or two words, joined by ``og``, each perhaps after an adjective
(``klinikk for psykisk helsevern``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
# Session 45 (blind35: "til klinikk for psykisk helsevern"): the field may open with an
# adjective ("psykisk", "klinisk", "somatisk").
_ADJECTIVE = r"(?:[a-zæøåA-ZÆØÅ]+(?:isk|iske|ig|ige|lig|lige|ell|elle|al|ale|iv|ive) )?"
_UNIT = re.compile(
    r"(?<![\w'’-])(?:på|ved|til|fra|frå)\s+(?P<name>(?:avdeling|avdelinga|seksjon|institutt|"
    r"senter|senteret|klinikk|klinikken|enhet|enheten|kompetansesenter|kompetansesenteret) for "
    r"(?P<field>" + _ADJECTIVE + r"[a-zæøåA-ZÆØÅ][\w-]*(?: og " + _ADJECTIVE
    + r"[a-zæøåA-ZÆØÅ][\w-]*)?))(?![\w'’-])",
    re.IGNORECASE,
)


class NbUnitForRecognizer(AnonkitRecognizer):
    """``på avdeling for rus og avhengighet`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" or " for " not in text:
            return
        for m in _UNIT.finditer(text):
            words = m.group("field").lower().replace(" og ", " ").split()
            if any(w in FUNCTION_WORDS for w in words):
                continue  # "på senteret for det meste", "på avdelinga for å"
            yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbUnitForRecognizer(lang)] if lang == "nb" else []  # Norwegian only
