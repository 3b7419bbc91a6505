"""E-mail addresses (design.md §4, layer 4) → EMAIL.

Presidio's ``EmailRecognizer`` works offline but its regex costs ~25 µs per word (it
dominated the recognizer time), so we match around each ``@`` only: local part, domain,
and an alphabetic top-level domain. Transcripts rarely hold e-mail addresses, so a text
without ``@`` costs one ``in`` test. Spoken addresses as transcribed ("jane dot doe at
example dot com", "kari krøllalfa uio punktum no") are found too, with a lower score.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import EMAIL
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, context_before, words_regex
from anonkit.anonymize.recognizers._web_words import EMAIL_TLD, SPOKEN_AT, SPOKEN_DOT

_LOCAL = re.compile(r"[A-Za-z0-9._%+'-]+$")
_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"
)

SCORE = 1.0
SCORE_SPOKEN = 0.85

# Addresses as a transcriber writes speech: "kari punktum nordmann krøllalfa uio punktum no",
# "jane dot doe at example dot com". The domain must end in a top-level domain word.
_DOT = SPOKEN_DOT
_AT = SPOKEN_AT
_TLD_WORDS = EMAIL_TLD
SPOKEN_RE = re.compile(
    r"(?<![\w])[A-Za-zæøåÆØÅ0-9]+(?: " + _DOT + r" [A-Za-zæøåÆØÅ0-9]+)*"
    r" "
    + _AT
    + r" [A-Za-z0-9-]+(?: "
    + _DOT
    + r" [A-Za-z0-9-]+)*? "
    + _DOT
    + r" "
    + _TLD_WORDS
    + r"(?![\w])",
    re.IGNORECASE,
)


_AT_SPLIT_RE = re.compile(r" " + _AT + r" ", re.IGNORECASE)
_DOT_WORD_RE = re.compile(r" " + _DOT + r" ", re.IGNORECASE)
_EMAIL_CUE_RE = words_regex(
    ("email", "e-mail", "mail", "e-post", "epost", "e-postadresse", "mailadresse", "address",
     "adresse", "adressa", "skriv til", "write to")
)  # fmt: skip


def _plausible_spoken(text: str, m: re.Match[str]) -> bool:
    """English "at" is everywhere ("I was at home dot com"): for "at", ask for a dotted
    local part ("jane dot doe at …") or an e-mail cue before it; "krøllalfa" is enough."""
    value = m.group(0)
    local = _AT_SPLIT_RE.split(value, maxsplit=1)[0]
    if not re.search(r" at ", value, re.IGNORECASE):
        return True
    if _DOT_WORD_RE.search(local):
        return True
    return _EMAIL_CUE_RE.search(context_before(text, m.start())) is not None


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
        if " dot " in text or " punktum " in text or " prikk " in text:
            for m in SPOKEN_RE.finditer(text):
                if _plausible_spoken(text, m):
                    yield m.start(), m.end(), EMAIL, SCORE_SPOKEN


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [EmailRecognizer(lang)]
