"""A kind noun and the name that goes with it → ORGANIZATION, when no layer took the name
(session 31; ``benchmarks/institutions_stress.py``).

Why: :mod:`anonkit.anonymize.kind_heads` joins a kind noun to a name another layer replaced or
flagged (``døgnenheten Vesthagen``, ``Rafnes fabrikker``). A family name that no list holds and
no cue names was not found at all, and the kind beside it did not help: ``Jeg jobba på enhet
Hagen``, ``vi var mye på hotell henriksen``, ``idrettslaget treirnåvik``, ``My dad was at
McCarthy and Sons``, ``racott & sons`` were silent leaks in the stress benchmark (19, 15, 16
and 16 of 60 in their cells). The kind noun is the cue these names lacked:

* Norwegian, a unit's or business's kind said first (``enhet``, ``seksjon``, ``post``,
  ``døgnenheten``, ``hotell``, ``kafé``, ``idrettslaget``) and then the name;
* English, a family name and ``and Son(s)`` / ``& Sons`` (``and Nephew``, ``and Daughters``,
  ``and Partners``, ``& Co`` too).

The name is a capitalized word on a line with capitals, or, on a line without them, a word
that a name or place list holds or that no word list knows (``henriksen``, ``treirnåvik``):
an everyday word after the kind is the sentence going on (``på post i natt``, ``hotell i
sentrum``, ``me and sons``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, not_entities

SCORE = 0.7
_NB_KIND_FIRST = re.compile(
    r"(?<![\w'’-])(?P<kind>enhet|enheten|døgnenheten|døgnenhet|seksjon|seksjonen|post|"
    r"hotell|hotel|kafé|kafe|idrettslaget|idrettslag|sparebanken|bofellesskapet|"
    r"sjukeheimen|sykehjemmet|ungdomsklubben|fritidsklubben|barnehagen|bedehuset) "
    r"(?P<name>[^\W\d_][\w'’-]*)(?![\w'’-])",
    re.IGNORECASE,
)
_EN_AND_SONS = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*) (?:and|&) "
    r"(?:sons?|nephews?|daughters?|partners|co)(?![\w'’-])",
    re.IGNORECASE,
)


_FAMILY_FIRM_WORDS = re.compile(r"(?:son|nephew|daughter|partners|\bco\b)", re.IGNORECASE)


@cache
def _name_words() -> frozenset[str]:
    """Every listed first name, surname and place, lower-cased."""
    names = set(all_first_names()) | set(all_surnames())
    return frozenset(n.lower() for n in names) | places_lower()


class KindNamedRecognizer(AnonkitRecognizer):
    """``enhet Hagen``, ``hotell henriksen``, ``McCarthy and Sons`` → ORGANIZATION."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.common = common_words(lang)
        self.skip = not_entities(lang) | FUNCTION_WORDS | PRONOUNS | KINSHIP
        self.pattern = _NB_KIND_FIRST if lang == "nb" else _EN_AND_SONS

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" and not _FAMILY_FIRM_WORDS.search(text):
            return
        for m in self.pattern.finditer(text):
            name = m.group("name")
            if self._a_name(name, lower_case_line(text, m.end())):
                yield m.start(), m.end(), ORGANIZATION, SCORE

    def _a_name(self, name: str, lower_line: bool) -> bool:
        low = name.lower()
        if low in self.skip or len(low) < 2:
            return False
        if not lower_line:
            return name[0].isupper()
        # the truecaser may have capitalized it: a capital proves nothing on such a line
        return low in _name_words() or low not in self.common


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [KindNamedRecognizer(lang)]
