"""Everyday words as whom someone saw, met, told or rang on a lower-case line → PERSON
*flags* (issue 10: zero silent leaks; lcen23).

Why: :mod:`.lower_subjects` shows an everyday word that opens a lower-case sentence as
someone who acts ("sterling told me"); the same nicknames stand as objects too ("she'd seen
wren at the bus station", "so i told pebble"), where nothing but the lost capital said "a
name". In English a singular count noun needs a determiner there ("seen the wren", "told a
friend"): a bare word right after a verb said of people (seeing, meeting, telling, ringing,
texting, visiting) is a name — or a mass noun or an idiom ("seen sense", "saw red", "rang
twice"), which is why the word is only flagged, for the steward to decide.

Not flagged: closed-class words, pronouns, kinship words and roles, people's nouns that
need no article (``mum``, ``staff``), plurals of everyday words, adverbs and verb forms,
non-entities, a few idioms and quantifiers after these verbs ("visited every week", "tell
anyone"), and the verb as a noun or adjective ("the ring road", "her married name"). Lines with
capitals have their own rules. Session 42: a singular noun the verbs do not take bare, with
the object ending after it, is replaced (``i met beetle at the shop``; :data:`SCORE_NAMED`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._slot_words import ADVERBS, NOT_CALLERS, ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, SUBJECT_NOT_NAMES
from anonkit.anonymize.wordlists import en_lemmas, not_entities, word_class_forms

# Below the pattern layer's replace threshold (0.4), above its flag threshold (0.2).
SCORE = 0.3
# Verbs whose object is a person ("seen wren", "told pebble"); not "called"/"named" (naming:
# :mod:`.names_in_context`).
_PEOPLE_VERBS = word_set(
    """
    seen saw met meet meeting told tell telling rang ring ringing phoned phone texted text
    visited visit visiting hugged married
    """
)
# What such a verb takes bare that is no one: idioms, mass nouns, comparatives.
_IDIOMS = word_set(
    """
    sense red double better worse worst best enough more less loads lots action service
    sight daylight stars reason trouble off everything nothing fire blood money time
    every each any anyone anybody name
    """
)
# Session 42 (names_stress.py, "object word_name lower": "i met beetle at the shop", "so i
# rang button and told her"): a singular noun there whose clause or object ends after it is
# replaced, not only shown — unless it is one the verbs take bare (a mass noun, a place one
# goes to, a people's noun that needs no article) or an adjective ("married young").
SCORE_NAMED = 0.6
_OBJECT_END = re.compile(
    r"\s*(?:$|[,.;:!?]|(?:at|in|on|and|but|yesterday|today|tonight|last|later|earlier|again|"
    r"outside|after|before|when|while|because|cos|so|then|about|for)(?![\w'’-]))"
)
# Past forms only: "phone", "ring", "text" are nouns too ("my own phone number").
_PAST_PEOPLE_VERBS = word_set("met rang phoned texted visited told hugged married seen saw")
_BARE_NOUNS = word_set(
    """
    home family work school church college uni university hospital people help permission
    advice support resistance success lies police staff management security reception
    mum mam dad nan gran granny grandad mate friends life love luck lunch dinner breakfast
    tea death god jesus young old dead sick ill single mama papa mammy mummy daddy nana
    nanna grandma grandpa granda auntie aunty uncle
    """
)
# Before the verb these make it a noun or an adjective ("the ring road", "her married name").
_DETERMINERS = word_set("the a an my your his her its our their this that")


class LowerCaseObjectRecognizer(AnonkitRecognizer):
    """Flags a bare everyday word after a verb said of people (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or ("\n" not in text and not lower_case_line(text, len(text))):
            return
        tokens = tokenize(text)
        for i in range(len(tokens) - 1):
            verb, tok = tokens[i], tokens[i + 1]
            if (
                verb.low in _PEOPLE_VERBS
                and (i == 0 or tokens[i - 1].low not in _DETERMINERS)
                and text[verb.end : tok.start] == " "
                and tok.text.islower()
                and self._may_be_a_name(tok.low)
                and lower_case_line(text, tok.end)
            ):
                named = (
                    verb.low in _PAST_PEOPLE_VERBS
                    and self._bare_count_noun(tok.low)
                    and _OBJECT_END.match(text, tok.end)
                )
                yield tok.start, tok.end, PERSON, SCORE_NAMED if named else SCORE

    def _may_be_a_name(self, low: str) -> bool:
        if (
            len(low) < 3
            or not low.isalpha()
            or low in FUNCTION_WORDS
            or low in PERSON_CUE_WORDS
            or low in SUBJECT_NOT_NAMES
            or low in KINSHIP
            or low in ROLES
            or low in NOT_CALLERS
            or low in ADVERBS
            or low in _IDIOMS
            or low in self.skip
        ):
            return False
        if low.endswith("s") and self.lexicon.is_common(low[:-1], compounds=False):
            return False  # "met nurses": a plural
        return low not in word_class_forms("en", "adv") and low not in word_class_forms(
            "en", "verb"
        )


    def _bare_count_noun(self, low: str) -> bool:
        """A singular noun, not one of :data:`_BARE_NOUNS` nor only an adjective."""
        nouns = en_lemmas("noun")
        return low in nouns and low not in _BARE_NOUNS and (low not in en_lemmas("adj"))


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LowerCaseObjectRecognizer(lang)] if lang == "en" else []
