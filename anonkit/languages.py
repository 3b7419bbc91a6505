"""The languages anonkit handles end to end: one table instead of copies of ``("en", "nb")``.

Why a module at the bottom of the package (next to ``errors`` and ``fileio``): the engines
(``asr``, ``anonymize``) and the layers above them all need the same list, and none of them
may import another engine. Adding a language means one row here plus its models and word
lists (docs/detection.md says what each layer needs).
"""

from __future__ import annotations

from typing import Final

#: anonkit language code → English name. ``nb`` is Norwegian Bokmål (Whisper says ``no``;
#: ``anonkit.asr.language`` maps between the two).
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "nb": "Norwegian (Bokmål)",
}

#: The supported codes, in a stable order (click choices, loops over languages).
LANGUAGES: Final[tuple[str, ...]] = tuple(LANGUAGE_NAMES)


def check_language(code: str) -> str:
    """``code`` if it is supported, else ValueError (a programmer error: the CLI restricts
    user input with ``click.Choice(LANGUAGES)``)."""
    if code not in LANGUAGE_NAMES:
        raise ValueError(f"unsupported language {code!r}; expected one of {LANGUAGES}")
    return code
