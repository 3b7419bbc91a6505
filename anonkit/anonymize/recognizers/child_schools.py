"""Where a child goes → ORGANIZATION on a lower-case line (session 43; English).

Why: parents name their children's schools without the word "school": "my daughter goes to
cross and passion now", "my son goes to rokeby and my daughter goes to lister". With the
capitals gone the name is everyday words (``cross and passion``) or a rare word the place
layers took for a town, and the first leaked on the lower-cased development sets. A child
"goes to" a school, a club or a nursery: what follows is that institution's name.

The rule: a child (``my son``, ``our daughter``, ``the kids``, ``my eldest`` …), ``goes``,
``went``, ``started`` or ``attends`` (``to``/``at``), then one to three words — two may be
joined by ``and`` — up to a comma, ``now``, ``and``, a preposition or the line's end. Left
alone: an article or owner first (``the local school``: no name), and a single everyday
word (``bed``, ``school``, ``swimming``, ``nursery``: Zipf ≥ 4 in wordfreq); a single rarer
word is flagged (``lister``), a rare one or a phrase replaced. Score 0.6 / 0.3.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.rare_slot_words import zipf

SCORE = 0.6
FLAG_SCORE = 0.3
EVERYDAY_ZIPF = 4.0
RARE_ZIPF = 3.0
_WORD = r"[a-z][a-z'’-]*"
_CHILD_GOES = re.compile(
    r"(?<![\w'’-])(?:(?:my|our|his|her|their|the)\s+)?(?:son|daughter|boy|girl|kids|children|"
    r"grandson|granddaughter|eldest|youngest|middle one|wee one|little one|twins)\s+"
    r"(?:goes|go|went|started|starts|attends|attended)\s+(?:to|at)\s+"
    rf"(?P<name>{_WORD}(?:\s+and\s+{_WORD}|(?:\s+{_WORD}){{0,2}}?))"
    r"(?=\s*(?:,|\.|$|\s+(?:now|and|in|on|at|for|since|every|when|but|because|they|she|he)\b))",
    re.MULTILINE,
)

_CHILDREN = (
    "son",
    "daughter",
    "boy",
    "girl",
    "kids",
    "children",
    "eldest",
    "youngest",
    "one",
    "twins",
)
_GOING = (" go", " went", " start", " attend")


class ChildSchoolRecognizer(AnonkitRecognizer):
    """``my daughter goes to cross and passion now`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if self.lang != "en" or not (
            any(g in low for g in _GOING) and any(c in low for c in _CHILDREN)
        ):
            return  # speed: most lines name no child going anywhere
        for m in _CHILD_GOES.finditer(text):
            words = m.group("name").split()
            if not lower_case_line(text, m.end("name")) or words[0] in FUNCTION_WORDS:
                continue
            if any(w in FUNCTION_WORDS and w != "and" for w in words):
                continue
            if len(words) == 1:
                frequency = zipf(words[0], "en")
                if frequency >= EVERYDAY_ZIPF:
                    continue
                score = FLAG_SCORE if frequency >= RARE_ZIPF else SCORE
            else:
                score = SCORE
            yield m.start("name"), m.end("name"), ORGANIZATION, score


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ChildSchoolRecognizer(lang)] if lang == "en" else []
