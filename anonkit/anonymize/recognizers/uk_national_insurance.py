"""British National Insurance numbers → NATIONAL_ID.

Why: English-speaking participants in the UK give their NI number as they give a
fødselsnummer in Norway. Shape (HMRC): two prefix letters, six digits, a suffix letter A-D,
as written or said in pairs (``QQ 12 34 56 C``). The first letter is never D, F, I, Q, U or
V and the second never D, F, I, O, Q, U or V — except the ``QQ`` prefix, which HMRC uses for
examples and which appears in training material and test transcripts, so it is accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import NATIONAL_ID
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

NINO_RE = re.compile(
    r"(?<![\w-])(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])"
)
SCORE = 0.9


class UkNationalInsuranceRecognizer(AnonkitRecognizer):
    """National Insurance numbers (module docstring)."""

    ENTITIES = (NATIONAL_ID,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in NINO_RE.finditer(text):
            yield m.start(), m.end(), NATIONAL_ID, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [UkNationalInsuranceRecognizer(lang)]
