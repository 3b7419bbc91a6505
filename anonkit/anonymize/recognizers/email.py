"""E-mail addresses (design.md §4, layer 4).

Presidio's ``EmailRecognizer`` (regex + tldextract validation, offline with the bundled
suffix list) does the work; we register it for each language under our type name EMAIL.
"""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from anonkit.anonymize.entity_types import EMAIL


def build(lang: str) -> list[EntityRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [
        EmailRecognizer(
            supported_language=lang,
            supported_entity=EMAIL,
            # Context words would be matched against lemmas (absent for nb); the pattern
            # with TLD validation is precise enough on its own.
            context=[],
        )
    ]
