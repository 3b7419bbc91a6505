"""A house of worship named in its own language, the kind word first → ORGANIZATION
(session 44).

Why: English and Norwegian put the kind after the name (``the Makki Masjid``, ``Bait-un-Nur
moskeen``), and the head rules (:mod:`.headed_institutions`, :mod:`._lower_heads`) read that
order. Arabic, Urdu and Punjabi put it first: ``Masjid an-Nur``, ``Jamia Masjid Ghamkol
Sharif``, ``Gurdwara Guru Nanak Darbar``, ``Mandir Shri Ram``. Said so in an interview, the
name stayed in clear text and the kind word was taken for a person (blind34 as development
material: ``We pray at Masjid an-Nur in Cosham``), and a small congregation narrows down
who a participant is.

The rule: ``masjid``/``jamia``/``jame``/``markazi``/``gurdwara``/``mandir`` (any case), then
the name — one to three words that are capitalized, or joined to an Arabic article
(``an-Nur``, ``al-Huda``, ``as-Salam``, ``ul-Islam``), or on a lower-case line words no list
knows. The kind word alone (``the masjid was full``, ``a gurdwara in Southall``) is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words

SCORE = 0.8
_LEADS = r"(?:masjid|jamia|jame|jama|markazi|gurdwara|gurudwara|mandir)"
# A word joined to an Arabic article ("an-Nur", "al-Huda", "ul-Islam", "e-Noor").
_ARTICLED = r"(?:al|an|as|ar|ad|at|az|ash|el|ul|un|e)-[^\W\d_]+"
_WORD = r"[^\W\d_][\w'’-]*"
_NAMED = re.compile(
    r"(?<![\w'’-])(?P<lead>" + _LEADS + r")"
    r"(?P<name>(?: (?:" + _ARTICLED + "|" + _WORD + r")){1,3})",
    re.IGNORECASE,
)


class WorshipLeadRecognizer(AnonkitRecognizer):
    """``Masjid an-Nur``, ``gurdwara guru nanak darbar`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if not any(w in low for w in ("masjid", "jami", "jame", "jama", "gurd", "mandir")):
            return
        for m in _NAMED.finditer(text):
            end = self._name_end(text, m)
            if end is not None:
                yield m.start("lead"), end, ORGANIZATION, SCORE

    def _name_end(self, text: str, m: re.Match[str]) -> int | None:
        """Where the name after the kind word ends: the run of name words from its start."""
        end = None
        pos = m.start("name")
        lower_line = lower_case_line(text, m.end())
        for word in re.finditer(r" (" + _ARTICLED + "|" + _WORD + r")", m.group("name")):
            w = word.group(1)
            if re.fullmatch(_ARTICLED, w, re.IGNORECASE):
                pass  # "an-Nur": a name word in any case
            elif w[:1].isupper() and not lower_line:
                if w.lower() in FUNCTION_WORDS:
                    break
            elif lower_line and w.lower() not in FUNCTION_WORDS and self._unknown(w.lower()):
                pass
            else:
                break
            end = pos + word.end()
        return end

    def _unknown(self, low: str) -> bool:
        return low not in common_words("en") and low not in common_words("nb")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [WorshipLeadRecognizer(lang)]
