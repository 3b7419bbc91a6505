"""E-mail addresses (design.md §4, layer 4) → EMAIL.

Presidio's ``EmailRecognizer`` works offline but its regex costs ~25 µs per word (it
dominated the recognizer time), so we match around each ``@`` only: local part, domain,
and an alphabetic top-level domain. Transcripts rarely hold e-mail addresses, so a text
without ``@`` costs one ``in`` test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import EMAIL
from anonkit.anonymize.recognizers._base import AnonkitRecognizer

_LOCAL = re.compile(r"[A-Za-z0-9._%+'-]+$")
_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"
)

SCORE = 1.0


class EmailRecognizer(AnonkitRecognizer):
    """``local@domain.tld``; no trailing full stop, no leading dot in the local part."""

    ENTITIES = (EMAIL,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        at = text.find("@")
        while at != -1:
            local = _LOCAL.search(text, max(0, at - 64), at)
            domain = _DOMAIN.match(text, at + 1)
            if local and domain and not text[domain.end() : domain.end() + 1].isalnum():
                start = local.start()
                while text[start] in ".'":  # ".kari@" → "kari@"
                    start += 1
                if start < at and text[at - 1] != ".":
                    yield start, domain.end(), EMAIL, SCORE
            at = text.find("@", at + 1)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [EmailRecognizer(lang)]
