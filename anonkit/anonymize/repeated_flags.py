"""A name flagged once is flagged again where the same line says it again (session 26).

Why: speakers repeat the name of a place or person they are unsure the listener caught —
``my dad was from tallow, he'd always say it like that, tallow``, ``ovens, yeah, ovens`` —
and the layers judge each occurrence in its own context: the one after ``from`` is flagged,
the one after ``like that,`` has no cue and stayed in clear text, silently, beside the word
the steward is asked about. :func:`promote_repeats` (``restarts.py``) already carries a
*replaced* name to its repeats; this does the same for a flag, which stays a flag: the
steward's one decision covers both.

Only person, place and organisation flags, only the same letters in the same case, and only
within the same line: a word flagged once in a long document is not thereby doubtful in
every other paragraph. An occurrence any span already covers is left to that span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, DetectedEntity

REPEATED_FLAG_SOURCE = "repeated-flag"
_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


def repeated_flags(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with the repeats of its person/place/organisation flags flagged too."""
    flags = [d for d in found if d.action == FLAG and d.type in _NAME_TYPES and d.text.strip()]
    if not flags:
        return found
    added: list[DetectedEntity] = []
    for d in flags:
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if text.count(d.text, line_start, line_end) < 2:
            continue  # said once: nothing to repeat (most flags)
        for m in _word_pattern(d.text).finditer(text, line_start, line_end):
            if m.start() == d.start or any(
                o.start < m.end() and m.start() < o.end for o in (*found, *added)
            ):
                continue
            added.append(
                replace(
                    d,
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    source=REPEATED_FLAG_SOURCE,
                )
            )
    if not added:
        return found
    return sorted([*found, *added], key=lambda d: (d.start, d.end))
