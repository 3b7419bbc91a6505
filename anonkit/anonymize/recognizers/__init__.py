"""Presidio recognizers for anonkit (design.md §4, layers 3-5).

One recognizer per module. :func:`build_recognizers` is the only entry point the
detector needs: it returns *fresh* instances (recognizers hold per-language state)
registered for the requested language.
"""

from __future__ import annotations

import importlib
import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import EntityRecognizer

from anonkit.anonymize.entity_types import SUPPORTED_LANGUAGES

# Module name -> factory attribute. Each factory takes ``lang`` and returns a list of
# recognizers. Kept as names so a module that is not written yet does not break import.
_FACTORIES: tuple[str, ...] = (
    "national_id",
    "bank_account",
    "iban",
    "phone",
    "email",
    "url",
    "address",
    "dates",
    "gazetteer_person",
    "gazetteer_place",
    "gazetteer_institution",
    "flags",
)


def build_recognizers(lang: str) -> list[EntityRecognizer]:
    """Return new recognizer instances with ``supported_language=lang``.

    Raises ValueError for a language we have no recognizers for (a programmer error:
    the CLI validates ``--lang`` before it gets here).
    """
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {SUPPORTED_LANGUAGES}")
    recognizers: list[EntityRecognizer] = []
    for name in _FACTORIES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:  # not written yet
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        recognizers.extend(module.build(lang))
    return recognizers
