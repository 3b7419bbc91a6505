"""A bare everyday word opening a lower-case Norwegian line before what only people do → a flag
(session 42).

Why: Norwegian puts no bare count noun in the subject slot (``kløveren begynte``, ``en kløver
vokste``), so ``kløver begynte på avdelinga samme uke som jeg`` or ``kamma døde for to år
siden`` opens with a name — a nickname or a name that is also a word — that lost its capital
(the lower-cased development sets: both leaked unflagged). A capitalised line is
:mod:`.nb_person_predicates`' and :mod:`.subject_names`' slot; there the capital says it.

The rule: on a line without capitals, the first word of a sentence, one that is no function
word, adverb, pronoun, kinship or role word, number, non-entity or definite noun, right
before a past verb only people do (began, died, phoned, said, asked, answered, told,
laughed, cried, worked, moved, married, helped, drove). Shown to the steward (0.3): a mass
noun may stand there in a figure of speech (``hjelp kom``, not a verb of this list), and the
word is an everyday word by definition.

Session 45 (the lower-cased development sets, names_stress.py's subject cells): *replaced*
(0.6) when the word is a noun (Ordbank) or no list knows it and the verb is no speech tag of
a quote: a bare singular noun has no subject slot in Norwegian, so ``kamma døde for to år
siden`` and ``kløver begynte …`` can only open with a name. A speech verb followed by its
subject (``takk, sa han``, ``hjelp sa ho``) tags what was said, and the word stays a flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import nb_definite_noun, not_entities, word_class_forms

SCORE_FLAG = 0.3
SCORE_REPLACE = 0.6
# Speech verbs: after one, a subject says the word before was what was said ("takk sa han").
_SPEECH = word_set("sa spurte spurde svarte lo gråt")
_TAG_SUBJECTS = word_set("han hun ho hu dei de dem dæm vi me eg jeg æ du mamma pappa")
_HUMAN_PAST = word_set(
    """
    begynte byrja begynt døde døydde ringte ringde sa spurte spurde svarte fortalte fortalde
    lo gråt jobba jobbet flytta flyttet gifta giftet hjalp hjelpte kjørte køyrde smilte
    slutta sluttet
    """
)
_OPENERS = word_set("og men så da eh ehm øh ja nei altså")
# Session 46 (blind36 as development material: "…, lisse har alltid vore flink med folk"):
# what a person has always been; after "har"/"hadde", an adverb perhaps, and "vore"/"vært".
_PERFECT = word_set("har hadde")
_BEEN = word_set("vore vært vori vøri")
_PERSON_ADJECTIVES = word_set(
    """
    flink flinke snill snille grei greie glad redd sint lei sjuk syk sjuke syke ensam einsam
    ensom modig morsom sjenert sta streng kjekk god snil
    """
)


class NbBareSubjectRecognizer(AnonkitRecognizer):
    """``kløver begynte på avdelinga`` → a PERSON flag (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities("nb")
        self.adverbs = word_class_forms("nb", "adv")
        self.nouns = word_class_forms("nb", "noun")
        self.lexicon = Lexicon("nb")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "vesle" in text or "lille" in text or "gaml" in text:
            yield from self._little_named(text)
        words = text.split()
        been = _BEEN.intersection(words)
        if not _HUMAN_PAST.intersection(words) and not been:
            return
        tokens = tokenize(text)
        for i in range(len(tokens) - 1):
            tok, nxt = tokens[i], tokens[i + 1]
            if text[tok.end : nxt.start] != " ":
                continue
            if nxt.low not in _HUMAN_PAST and not (been and _has_been(tokens, i + 1)):
                continue
            if not lower_case_line(text, nxt.end):
                continue
            opens = (
                tok.sent_start
                or (i >= 1 and tokens[i - 1].sent_start and tokens[i - 1].low in _OPENERS)
                # session 46: a clause opening after a comma ("ho driv kafé, lisse har …"),
                # not before a verb things do too or a quote's tag ("ut, regn begynte",
                # "nei, takk sa han")
                or (
                    i >= 1
                    and "," in text[tokens[i - 1].end : tok.start]
                    and nxt.low not in _NOT_AFTER_COMMA
                )
            )
            if opens and self._may_be_name(tok.low):
                tagged = nxt.low in _SPEECH and (
                    i + 2 >= len(tokens) or tokens[i + 2].low in _TAG_SUBJECTS
                )
                noun = tok.low in self.nouns or not self.lexicon.is_common(tok.low)
                sure = noun and not tagged
                yield tok.start, tok.end, PERSON, SCORE_REPLACE if sure else SCORE_FLAG

    def _little_named(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Session 47 (the lower-cased development sets: "vesle sigga var berre fire år"):
        the weak "vesle"/"lille"/"gamle" opening a sentence before a bare word and a verb;
        Norwegian says "vesle guten", "gamle dager", so a word that is no noun form is a name
        there (replaced)."""
        for m in _LITTLE_NAMED.finditer(text):
            low = m.group("name")
            if (
                lower_case_line(text, m.end("name"))
                and self._may_be_name(low)
                and low not in self.nouns
                and m.group("verb") in word_class_forms("nb", "verb")
            ):
                yield m.start("name"), m.end("name"), PERSON, SCORE_REPLACE

    def _may_be_name(self, low: str) -> bool:
        return (
            low.isalpha()
            and len(low) >= 3
            and low not in FUNCTION_WORDS
            and low not in PRONOUNS
            and low not in KINSHIP
            and low not in ROLES
            and low not in self.skip
            and low not in self.adverbs
            and not nb_definite_noun(low)
        )


def _has_been(tokens: tuple, i: int) -> bool:
    """``tokens[i:]`` say what a person has been: "har (alltid) vore flink"."""
    if i >= len(tokens) or tokens[i].low not in _PERFECT:
        return False
    j = i + 1
    if j < len(tokens) and tokens[j].low in _BEEN_ADVERBS:
        j += 1
    return (
        j + 1 < len(tokens)
        and tokens[j].low in _BEEN
        and tokens[j + 1].low in _PERSON_ADJECTIVES
    )


_LITTLE_NAMED = re.compile(
    r"(?:^|(?<=[.!?,])\s+|(?<![\w'’-])(?:og|men|så)\s+)(?:vesle|veslen|lille|gamle|gamlen)\s+"
    r"(?P<name>[a-zæøå]{3,})\s+(?P<verb>[a-zæøå]+)(?![\w'’-])",
    re.MULTILINE,
)
_NOT_AFTER_COMMA = _SPEECH | word_set("begynte byrja begynt slutta sluttet")
_BEEN_ADVERBS = word_set("alltid aldri også og jo òg bestandig")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbBareSubjectRecognizer(lang)] if lang == "nb" else []
