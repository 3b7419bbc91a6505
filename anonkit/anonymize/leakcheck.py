"""Leak check: prove that no original from the key survives in a pseudonymized text.

This is the release gate (design.md §4): ``anonymize`` refuses to finish and ``export``
refuses to release while :func:`find_leaks` reports a certain leak.

What counts as a leak of an entity:
- any original surface form in the key ("Irene Johansen", "Irenes") and, for persons,
  each name part alone ("Irene", "Johansen") — case-insensitive, with any genitive suffix
  (``s``, ``'s``, ``’s``, ``'``), and only as a whole word: the pseudonym "Annette" does
  not leak the original "Ann";
- for numbers (phone, national ID, account): the same digit sequence with any spacing,
  dots or dashes between the digits;
- every detected-but-unreplaced span passed as ``unreplaced``.

A hit that is all lower-case and is also a common word of the language ("per" for the name
Per, "liv" for Liv) is reported with ``certain=False``: it is shown to the steward but does
not block, because ordinary words would otherwise make every transcript unreleasable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.dictionary import TITLES
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import PseudonymKey

_DIGIT_TYPES = frozenset({et.PHONE, et.NATIONAL_ID, et.BANK_ACCOUNT, et.IBAN})
_GENITIVE = r"(?:['’]s|['’]|s)?"
_MIN_DIGITS = 5
# Words of a person's original that alone are not the name ("Dr.", "van", "fru").
_NOT_NAME_WORDS = TITLES | frozenset(
    ["van", "von", "de", "der", "den", "la", "le", "du", "af", "av", "da", "di", "del", "al", "el"]
)


@dataclass(frozen=True)
class Leak:
    """``text[start:end]`` still shows ``original`` of entity ``entity_id``."""

    start: int
    end: int
    text: str
    original: str
    entity_id: str
    type: str
    kind: str  # "original" | "unreplaced"
    certain: bool = True

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "entity": self.entity_id,
            "type": self.type, "kind": self.kind, "certain": self.certain,
        }  # fmt: skip


def _digits_pattern(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if len(digits) < _MIN_DIGITS:
        return None
    return r"(?<!\d)" + r"[\s.\-]?".join(digits) + r"(?!\d)"


def _forms(key: PseudonymKey) -> dict[str, tuple[str, str, str]]:
    """Lower-cased form -> (entity id, type, original as in the key)."""
    forms: dict[str, tuple[str, str, str]] = {}
    for e in key.entities:
        candidates = list(e.originals)
        if e.type == et.PERSON:
            candidates += [
                w for o in e.originals for w in o.split() if w.lower() not in _NOT_NAME_WORDS
            ]
            candidates += [p for p in e.parts.values() if p]
            candidates += [h for c in list(candidates) if "-" in c for h in c.split("-")]
        for c in candidates:
            c = c.strip()
            if len(c) >= 2 and c.lower() not in forms:
                forms[c.lower()] = (e.id, e.type, c)
    return forms


def find_leaks(
    text: str,
    key: PseudonymKey,
    unreplaced: Iterable[DetectedEntity] | None = None,
    common_words: frozenset[str] | None = None,
) -> list[Leak]:
    """Every place in ``text`` where an original from ``key`` (or an unreplaced detection)
    still occurs, in text order. ``common_words`` defaults to the key language's list."""
    if common_words is None:
        from anonkit.anonymize.wordlists import common_words as _cw

        common_words = _cw(key.lang)
    leaks: list[Leak] = []
    forms = _forms(key)
    unreplaced = list(unreplaced or ())
    for d in unreplaced:
        forms.setdefault(d.text.lower(), (f"detected:{d.start}", d.type, d.text))
    word_forms = sorted((f for f in forms if not f.isdigit()), key=len, reverse=True)
    if word_forms:
        alternation = "|".join(re.escape(f) for f in word_forms)
        pattern = re.compile(rf"(?<!\w)(?P<form>{alternation}){_GENITIVE}(?!\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            entity_id, type_, original = forms[m.group("form").lower()]
            hit = m.group(0)
            certain = not (hit.islower() and m.group("form").lower() in common_words)
            kind = "unreplaced" if entity_id.startswith("detected:") else "original"
            leaks.append(Leak(m.start(), m.end(), hit, original, entity_id, type_, kind, certain))
    for e in key.entities:
        if e.type not in _DIGIT_TYPES:
            continue
        for original in e.originals:
            pat = _digits_pattern(original)
            if pat is None:
                continue
            for m in re.finditer(pat, text):
                if not any(leak.start <= m.start() < leak.end for leak in leaks):
                    leaks.append(
                        Leak(m.start(), m.end(), m.group(), original, e.id, e.type, "original")
                    )
    return sorted(leaks, key=lambda leak: (leak.start, leak.end))
