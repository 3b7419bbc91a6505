"""The person thanked by name on a lower-case line ("ok, thanks sion, that's been really
helpful") → PERSON (issue 10, session 47).

Why: an interviewer closes a topic or the interview by thanking the participant by name. On a
line ASR wrote with capitals the name layers take "Sion"; in lower case a short first name that
is also a rare English word ("sion", a plant name in the word list) is nobody's name to the
word lists, and it stayed in clear text (blind37 lower-cased, now development material).

The rule: after "thanks", "thank you", "cheers" or Norwegian "takk" / "tusen takk" / "takk skal
du ha" that opens the line or a clause (after a comma or a sentence end), one word and then a
comma, a sentence end or the line's end is who is thanked. Left alone: closed-class words,
adverbs and adjectives ("thanks again", "thank you kindly", "thanks anyway"), the words people
are called by what they are (``_NOT_NAMES``: "thanks love", "cheers mate", "takk vennen",
kinship and role words), plurals ("thanks guys", "thanks folks"), known non-entities, and
lines with capitals (the name layers read those). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, RELATIONS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, not_entities, word_class_forms

SCORE = 0.6
_THANKED = re.compile(
    r"(?:^|(?<=[,.!?])\s+)(?:thanks|thank you|cheers|takk|tusen takk|takk skal du ha)"
    r",?\s+(?P<name>[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+)(?=\s*(?:[,.!?]|$))",
    re.MULTILINE,
)
# What people are thanked as without a name: endearments, address words, groups and the
# words that end the thanks itself.
_NOT_NAMES = word_set(
    """
    love luv pet hen mate pal dear darling babe hon honey sweetheart sweetie doll chuck duck
    sir madam miss maam ma'am mister boss chief doc doctor nurse man dude bro sis son lad lass
    kid buddy bud chum friend everyone everybody all again anyway though tho loads lots
    much lot heaps indeed kindly too then now lovely brilliant great so
    vennen venn kjære kompis folkens alle dere deg dokker dykk igjen uansett da så mye for
    """
)


class ThankedNameRecognizer(AnonkitRecognizer):
    """``thanks sion,`` → PERSON on lower-case lines (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | _NOT_NAMES
            | KINSHIP
            | RELATIONS
            | ROLES
            | not_entities(lang)
            | word_class_forms(lang, "adv")
        )
        self.adjectives = en_lemmas("adj") if lang == "en" else frozenset()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "thank" not in text and "cheers" not in text and "takk" not in text:
            return
        for m in _THANKED.finditer(text):
            name = m.group("name")
            if (
                lower_case_line(text, m.start())
                and name not in self.skip
                and name not in self.adjectives
                and not (self.lang == "en" and _plural_noun(name))
            ):
                yield m.start("name"), m.end("name"), PERSON, SCORE


def _plural_noun(word: str) -> bool:
    """An English plural ("guys", "folks"): a group is thanked, not someone by name."""
    return word.endswith("s") and word[:-1] in en_lemmas("noun")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ThankedNameRecognizer(lang)]
