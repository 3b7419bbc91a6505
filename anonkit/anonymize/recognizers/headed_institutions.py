"""A capitalized name after "the" that ends in an institution head → ORGANIZATION (English;
session 24, blind12 as development material).

Why: :mod:`.gazetteer_institution` knows a fixed set of capitalized kinds (``Hospital``,
``Centre``, ``Trust`` …) and :mod:`.lower_institutions` a longer list of heads (``masjid``,
``mandir``, ``recovery hub``, ``care home``, ``rovers`` …) — but only on lines written in
lower case. On a line with capitals, ``the Makki Masjid`` or ``the Brightwell Hub`` was a
replaced first word and a flagged head: the institution, which narrows down where a
participant lives or prays, was half shown. Here the lower-case rule's heads (plus ``hub``)
are read with capitals: after ``the``, one to three capitalized words and a capitalized head
name an institution when one of the words is no everyday word (``Noorani``, ``Tolworth``).

Left alone: a name of everyday words only (``the Recovery Hub``, ``the Free Church``, ``the
Job Centre``: services, which identify no one), a nationality or faith word first (``the
Polish Centre``, ``the Methodist Chapel``), no ``the`` before it (the other layers' shapes),
and lines written in lower case (:mod:`.lower_institutions`). Score 0.7: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers._lower_heads import HEADS_AFTER, HEADS_AFTER_PREP
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.7

_CAP_WORD = r"[A-Z][\w'’-]*"
_HEADS = f"{HEADS_AFTER['en']}|{HEADS_AFTER_PREP['en']}"
HEADED = re.compile(
    rf"(?<![\w'’-])[Tt]he (?P<name>(?:{_CAP_WORD} ){{1,3}}?)(?P<head>(?i:{_HEADS}))"
    r"(?![\w'’-])"
)


class HeadedInstitutionRecognizer(AnonkitRecognizer):
    """``the <Name> <Head>`` on lines written with capitals (module docstring); English."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or ("the " not in text and "The " not in text):
            return
        for m in HEADED.finditer(text):
            head = m.group("head")
            if not all(w[:1].isupper() for w in head.split(" ") if w not in ("and", "of")):
                continue
            if lower_case_line(text, m.start("name")):
                continue
            words = [w.lower() for w in m.group("name").split()]
            if words[0] in self.skip:
                continue
            if any(
                not self.lexicon.is_common(w.rstrip("'’s")) and w not in self.skip for w in words
            ):
                yield m.start("name"), m.end("head"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [HeadedInstitutionRecognizer(lang)] if lang == "en" else []
