"""The person spoken to by name on a lower-case line → PERSON (issue 10, session 47).

Why: an interviewer closes a topic or the interview by thanking the participant by name ("ok,
thanks sion, that's been really helpful"), and participants quote what they said to someone
("i said, lyric, i can't do this"). On a line ASR wrote with capitals the name layers take
"Sion" and "Lyric"; in lower case a name that is also an English word ("sion" is a plant in
the word list, "lyric" a noun) is nobody's name to the word lists, and it stayed in clear text
(blind37 and the lower-cased development sets).

The rules, on lower-case lines only:

* after "thanks", "thank you", "cheers" or Norwegian "takk" / "tusen takk" / "takk skal du
  ha" that opens the line or a clause, one word and then a comma, a sentence end or the
  line's end is who is thanked;
* after "I said" / "she said" / "eg sa" and a comma, one word set off by a comma before a
  clause that speaks to that person ("i can't", "you can", "du må", "eg klarer") is who was
  spoken to.

Left alone: closed-class words, adverbs and adjectives ("thanks again", "thank you kindly",
"i said, honestly, i can't"), the words people are called by what they are (``_NOT_NAMES``:
"thanks love", "cheers mate", "takk vennen", "i said, mum, i can't"; kinship and role
words), plurals ("thanks guys"), interjections ("i said, no, i won't"), known non-entities,
and lines with capitals (the name layers read those). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS, KINSHIP, RELATIONS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, not_entities, word_class_forms

SCORE = 0.6
_NAME = r"(?P<name>[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+)"
_THANKED = re.compile(
    r"(?:^|(?<=[,.!?])\s+)(?:thanks|thank you|cheers|takk|tusen takk|takk skal du ha)"
    rf",?\s+{_NAME}(?=\s*(?:[,.!?]|$))",
    re.MULTILINE,
)
# "i said, lyric, i can't do this": the name between the speech verb and a clause spoken to
# the person (a pronoun of the speaker or the addressee, or an imperative's "don't"/"please").
_SAID_TO = re.compile(
    r"(?<![\w'’-])(?:i|he|she|we|they|eg|jeg|je|æ|han|ho|hun|hu) (?:said|says|sa|seier|sier)"
    rf",\s+{_NAME},\s+(?=(?:i|i'm|i’m|you|you're|you’re|we|please|don't|don’t|eg|jeg|je|æ|du|"
    r"me|vi|ikkje|ikke|kan|må)\b)",
)
# What people are thanked or spoken to as without a name: endearments, address words, groups
# and the words that end the thanks itself.
_NOT_NAMES = word_set(
    """
    love luv pet hen mate pal dear darling babe hon honey sweetheart sweetie doll chuck duck
    sir madam miss maam ma'am mister boss chief doc doctor nurse man dude bro sis son lad lass
    kid buddy bud chum friend everyone everybody all again anyway though tho loads lots
    much lot heaps indeed kindly too then now lovely brilliant great so look listen honestly
    seriously please sorry fine cool good sure grand alright ok okay fair true exactly stop
    wait
    vennen venn kjære kompis folkens alle dere deg dokker dykk igjen uansett da så mye for
    hør altså ærlig
    """
)


class VocativeNameRecognizer(AnonkitRecognizer):
    """``thanks sion,`` and ``i said, lyric, i …`` → PERSON on lower-case lines (module
    docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | _NOT_NAMES
            | INTERJECTIONS
            | KINSHIP
            | RELATIONS
            | ROLES
            | not_entities(lang)
            | word_class_forms(lang, "adv")
        )
        self.adjectives = en_lemmas("adj") if lang == "en" else frozenset()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "thank" in text or "cheers" in text or "takk" in text:
            for m in _THANKED.finditer(text):
                if self._name(text, m) and m.group("name") not in self.adjectives:
                    yield m.start("name"), m.end("name"), PERSON, SCORE
        if "," in text and (" sa" in text or " sie" in text or " sei" in text):
            for m in _SAID_TO.finditer(text):
                # an adjective that is a noun too can be a name there ("lyric"), not one that
                # is only an adjective ("i said, furious, …")
                name = m.group("name")
                if self._name(text, m) and (
                    name not in self.adjectives or name in en_lemmas("noun")
                ):
                    yield m.start("name"), m.end("name"), PERSON, SCORE

    def _name(self, text: str, m: re.Match[str]) -> bool:
        name = m.group("name")
        return (
            lower_case_line(text, m.end("name"))
            and name not in self.skip
            and not is_filler(name)
            and not (self.lang == "en" and _plural_noun(name))
        )


def _plural_noun(word: str) -> bool:
    """An English plural ("guys", "folks"): a group is thanked, not someone by name."""
    return word.endswith("s") and word[:-1] in en_lemmas("noun")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [VocativeNameRecognizer(lang)]
