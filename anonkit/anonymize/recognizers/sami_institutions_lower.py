"""A Sámi institution on a lower-case line → ORGANIZATION (session 33).

Why: Sámi institutions are few and named by the adjective and the kind ("Samisk helsepark",
"Samisk videregående skole og reindriftsskole", "Samisk nasjonalt kompetansesenter"); with
capitals, ``gazetteer_institution.AdjectiveInstitutionRecognizer`` takes them. On a line ASR
wrote in lower case every word is an everyday word, so the institution, which with a small
population points at few people, stayed in the transcript (the lower-cased development sets;
blind15 and blind23). ``samisk`` with an adjective or a kind that only an institution has
(``helsepark``, ``høgskole``, ``kompetansesenter``) is replaced; ``samisk`` and a plain kind
(``samisk skole``, ``samisk barnehage``: Sámi schooling in general) is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION, RARE_WORD
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line

SCORE = 0.6
FLAG_SCORE = 0.3
_KINDS = (
    r"helsepark|høgskole|høgskule|høyskole|kompetansesenter|kompetansesenteret|"
    r"skole|skule|barnehage|senter|senteret|klinikk|museum|teater|kunstnersenter|"
    r"reindriftsskole|kulturhus|spesialisthelsetjeneste|psykiatri|ungdomspsykiatri"
)
_SAMI = re.compile(
    r"(?<![\w'’-])(?P<name>samisk(?: (?P<adj>nasjonalt|nasjonal|nasjonale|videregående|"
    r"vidaregåande|regionalt|regional))? (?P<kind>" + _KINDS + r")(?: og (?:" + _KINDS + r"))?)"
    r"(?![\w'’-])"
)
_INSTITUTION_KINDS = frozenset(
    {"helsepark", "høgskole", "høgskule", "høyskole", "kompetansesenter", "kompetansesenteret",
     "spesialisthelsetjeneste", "kunstnersenter", "reindriftsskole"}
)  # fmt: skip


class SamiInstitutionLowerRecognizer(AnonkitRecognizer):
    """``på samisk helsepark`` on a lower-case line → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION, RARE_WORD)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" or "samisk" not in text:
            return
        for m in _SAMI.finditer(text):
            if not lower_case_line(text, m.start()):
                continue
            named = m.group("adj") or m.group("kind") in _INSTITUTION_KINDS or " og " in m.group(0)
            if named:
                yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
            else:
                yield m.start("name"), m.end("name"), RARE_WORD, FLAG_SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SamiInstitutionLowerRecognizer(lang)] if lang == "nb" else []  # Norwegian only
