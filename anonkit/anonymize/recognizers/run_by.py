"""The body that runs, funds or manages something, on a line written in lower case →
ORGANIZATION (English; session 24, blind12 as development material).

Why: "a hostel in dungiven run by extern": charities, housing associations and trusts run
the services participants use, and their names are often rare or everyday words
(``extern``, ``clarion``, ``mind``, ``shelter``). Without capitals nothing marked them; a rare
word was a rare-word flag at best. After ``run/managed/funded/owned/operated/commissioned
by`` one word closing its clause names who runs it: a word no word list knows is replaced
(0.6); an everyday singular word is flagged as an organisation (0.3), since "run by hand"
fills the slot too (a few such adverbial nouns are left out). People are left to the person
layers: a function word first ("the council", "my aunt", "a charity"), a listed first name,
a plural of people ("nuns", "volunteers"). Lines with capitals are NER's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
FLAG_SCORE = 0.3

RUN_BY = re.compile(
    r"(?<![\w'’-])(?:run|ran|managed|funded|owned|operated|commissioned|sponsored|organised|"
    r"organized|set up) by (?P<name>[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:!?]|$)| (?:on|in|at|back|then|now|till|until|every|for|and|but|so|"
    r"which|who|that|when|since|because|these|those|anyway|really|too|as)\b)"
)
# Nouns that fill the slot without naming a body ("run by hand", "funded by grants").
_NOT_BODIES = word_set(
    """
    hand machine computer post phone donation donations grants grant default design law
    accident mistake fear habit volunteers women men people staff nuns priests monks parents
    students families locals members patients residents everyone everybody somebody someone
    nobody anyone ourselves themselves himself herself myself yourself
    """
)


class RunByRecognizer(AnonkitRecognizer):
    """``run by <name>`` on lower-case lines (module docstring); English only."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)
        self.first_names = frozenset(n.lower() for n in all_first_names())

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or " by " not in text:
            return
        for m in RUN_BY.finditer(text):
            word = m.group("name")
            low = word.lower()
            if not lower_case_line(text, m.start("name")):
                continue
            if (
                low in FUNCTION_WORDS
                or low in _NOT_BODIES
                or low in self.skip
                or low in self.first_names
            ):
                continue
            if not self.lexicon.is_common(low, compounds=False):
                yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
            elif not self._plural(low):
                yield m.start("name"), m.end("name"), ORGANIZATION, FLAG_SCORE

    def _plural(self, low: str) -> bool:
        return len(low) > 3 and low.endswith("s") and self.lexicon.is_common(low[:-1])


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [RunByRecognizer(lang)] if lang == "en" else []
