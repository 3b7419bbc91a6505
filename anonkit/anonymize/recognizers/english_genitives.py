"""An everyday word in the genitive before someone's things, on a lower-case line → PERSON
*flag* (issue 10, items 1 and 3; session 26).

Why: ``i still have ally's number``, ``we stayed at dandy's flat``, ``round to tosh's house``:
with the capitals gone, a nickname that is a word (``ally``, ``dandy``, ``tosh``) is in no
name list, and nothing else in the sentence names it; listed first names in the same slot
are replaced by the name layers already. English puts a bare noun in the genitive before a
person's belongings only for someone's name — a common noun takes an article or an owner
(``the nurse's number``, ``my mate's flat``) — so such a word is shown to the steward.

Only before what people own or have (``number``, ``phone``, ``house``, ``flat``, ``car``,
``mum``, ``funeral`` …), and not after an article, owner or number word; not function,
kinship, time or non-entity words (``today's``, ``god's``), listed places (``leeds's``) or
plurals. A flag, never a replacement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.3
_BELONGINGS = (
    r"number|phone|mobile|house|home|flat|place|room|bed|car|van|bike|dog|cat|mum|mam|dad|"
    r"da|wife|husband|partner|girlfriend|boyfriend|kids|son|daughter|brother|sister|nan|"
    r"funeral|wedding|birthday|party|grave|address|caravan|garden|allotment|shop"
)
_GENITIVE = re.compile(
    rf"(?<![\w'’-])(?P<name>[a-z][a-z-]{{1,}})['’]s\s+(?:{_BELONGINGS})(?![\w'’-])"
)
_OWNED = re.compile(
    r"(?<![\w'’-])(?:the|a|an|my|his|her|our|their|your|this|that|every|one|some|any|me)\s+"
    r"(?:[a-z]+\s+)?$"
)
_TIME = word_set(
    "today tomorrow yesterday tonight week weekend month year night morning summer winter "
    "christmas easter mother father everyone everybody someone somebody nobody anyone"
)


class EnglishGenitiveFlagRecognizer(AnonkitRecognizer):
    """``ally's number`` on a lower-case line → a PERSON flag (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = FUNCTION_WORDS | KINSHIP | _TIME | not_entities(lang) | places_lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "'s" not in text and "’s" not in text:
            return
        for m in _GENITIVE.finditer(text):
            start, end = m.span("name")
            low = m.group("name")
            if (
                low in self.skip
                or low.endswith("s")
                or _OWNED.search(text, max(0, start - 30), start)
                or not lower_case_line(text, start)
            ):
                continue
            yield start, end, PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [EnglishGenitiveFlagRecognizer("en")] if lang == "en" else []
