"""A word opening a sentence that the sentence says has a job → PERSON (issue 10, item 3;
session 26).

Why: ``Skår var overlege på den tida``, ``Reven var miljøarbeider``, ``Hope was a nurse on
the ward``: a surname or nickname that is an everyday word (``skår``, ``rev``, ``hope``)
opens the sentence, where its capital says nothing, and the name layers only flagged it.
The predicate gives it away: Norwegian says ``X var lege`` — a copula and a bare profession
noun — only of a person (a thing or an abstraction takes an adjective or an article:
``jobben var et helvete``), and English ``X was a nurse`` / ``X was our GP`` likewise only of
someone. A profession noun is told by its ending (``-lege``, ``-pleier``, ``-terapeut``,
``-arbeider``, ``-sekretær`` …; ``nurse``, ``doctor``, ``worker``, ``manager`` …), so the
compounds of a job (``overlege``, ``miljøterapeut``, ``support worker``) count too.

The word must open the sentence (after hesitation or ``og``/``and``), and be no function
word, pronoun, kinship, relation or role word (``Legen var overlege``, ``Mora var
sykepleier``: the relative is named by the noun, not a name), no non-entity and no listed
place (``Leeds was a ...``). Replaced (0.6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers._context_words import (
    KINSHIP,
    PRONOUNS,
    RELATIONS,
    RELATIONS_DEFINITE,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
NB_JOB_ENDINGS = (
    "lege", "pleier", "pleiar", "terapeut", "psykolog", "psykiater", "lærer", "lærar",
    "rektor", "sjef", "leder", "leiar", "arbeider", "arbeidar", "assistent", "sekretær",
    "konsulent", "rådgiver", "rådgjevar", "sjåfør", "kokk", "prest", "advokat", "betjent",
    "tolk", "vikar", "sosionom", "pedagog", "mester", "meister", "jordmor", "ingeniør",
    "mekaniker", "elektriker", "frisør", "journalist", "snekker", "fisker", "vekter",
    "renholder", "sykepleier", "pasient",
)  # fmt: skip
_EN_JOBS = (
    r"nurse|doctor|gp|psychiatrist|psychologist|therapist|counsellor|counselor|consultant|"
    r"manager|teacher|worker|keyworker|cleaner|porter|chef|cook|driver|paramedic|officer|"
    r"sergeant|warden|pharmacist|midwife|priest|vicar|minister|imam|solicitor|lawyer|"
    r"barrister|judge|receptionist|secretary|volunteer|mentor|caretaker|carer|care assistant|"
    r"healthcare assistant|nursing assistant|support worker|social worker|matron|sister"
)
_OPENING = r"(?:^|(?<=[.!?])\s+|(?<=\n))(?:(?:eh+|ehm|um+|uh+|og|and|så|so|then|da),?\s+)*"
_NB = re.compile(
    _OPENING + r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?)\s+(?:var|er|ble|vart|va|e)\s+"
    r"(?P<job>[^\W\d_]+)(?=[\s,.;!?]|$)",
    re.IGNORECASE,
)
# English also after a comma, and with "is" contracted (session 27: "and then snowy came in,
# snowy's the night porter"): a clause of its own there.
_EN_OPENING = r"(?:^|(?<=[.!?,])\s+|(?<=\n))(?:(?:eh+|ehm|um+|uh+|and|so|then),?\s+)*"
_EN = re.compile(
    _EN_OPENING + r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?)(?:\s+(?:was|is|became)|['’]s)\s+"
    r"(?:a|an|the|our|my|his|her|their|the head|the senior|a senior|a staff)\s+"
    r"(?:[^\W\d_]+\s+)?"  # "ward", "charge", "community", "senior"
    rf"(?P<job>{_EN_JOBS})(?![\w'’-])",
    re.IGNORECASE,
)


# A cheap test before the patterns: every match holds one of these verbs.
_COPULA = {
    "nb": re.compile(r" (?:var|er|ble|vart|va|e) ", re.IGNORECASE),
    "en": re.compile(
        r" (?:was|is|became) |['’]s (?:a|an|the|our|my|his|her|their) ", re.IGNORECASE
    ),
}


class ProfessionPredicateRecognizer(AnonkitRecognizer):
    """``Skår var overlege`` / ``Hope was a nurse`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.pattern = _NB if lang == "nb" else _EN
        self.skip = (
            FUNCTION_WORDS
            | KINSHIP
            | PRONOUNS
            | RELATIONS
            | RELATIONS_DEFINITE
            | not_entities(lang)
            | places_lower()
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not _COPULA.get(self.lang, _COPULA["en"]).search(text):
            return
        for m in self.pattern.finditer(text):
            name, job = m.group("name"), m.group("job").lower()
            low = name.lower()
            if low in self.skip or _a_job(low):
                continue  # "Legen var overlege", "Sjefen var lege": a role, not a name
            if self.lang == "nb" and not job.endswith(NB_JOB_ENDINGS):
                continue
            yield m.start("name"), m.end("name"), PERSON, SCORE


def _a_job(low: str) -> bool:
    """A profession noun, bare or definite ("lege", "legen", "terapeuten", "nurse")."""
    for ending in ("", "en", "n", "a", "et"):
        stem = low[: len(low) - len(ending)] if ending else low
        if low.endswith(ending) and stem.endswith(NB_JOB_ENDINGS):
            return True
    return re.fullmatch(_EN_JOBS, low) is not None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ProfessionPredicateRecognizer(lang)]
