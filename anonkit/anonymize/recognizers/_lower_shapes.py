"""Shapes the lower-case subject layers share (split out of :mod:`.lower_subjects` in session
44): where a clause opens, the Norwegian pet-name and definite shapes, and the verbs only
people do.

Why one module: :mod:`.lower_subjects`, :mod:`.lower_pronoun_names` and
:mod:`.lower_genitives` ask the same questions of a lower-case line ("does this word open a
clause?", "is ``tobben`` a pet name or a definite noun?"); one answer keeps them agreeing.
"""

from __future__ import annotations

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._slot_words import CONTACT_VERBS, PERSON_VERBS, ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import not_entities

# Words that may stand before the subject at a sentence start ("then honesty turned round",
# "and then justice turned up").
OPENERS = frozenset({"then", "and", "but", "so", "så", "og", "men", "da"})
# Words that open a clause inside a sentence: its subject is as much a subject ("etter at
# herbjørn ringte", "until sparrow told the nurses"; session 22).
SUBORDINATORS = word_set("at fordi når that when because cos until till before once")
# Norwegian definite endings ("legen", "huset", "jenta", "bilene", "husa").
DEFINITE_ENDINGS = ("en", "et", "a", "ene", "na")
# lcnb22: verbs only people do, for a nickname-shaped word that is also a definite noun
# ("tommen hjalp meg", "bobben ringte"): no motion, no being, no holding.
STRICT_DOERS = PERSON_VERBS | CONTACT_VERBS | word_set(
    "hjalp hjelper hjelpte sa sier skreiv skrev"
)
VOWELS = frozenset("aeiouyæøå")
# Definite nouns of people with the pet-name shape: "gutten hjalp meg" names no one.
PEOPLE_NOUNS = word_set(
    """
    gutten mannen sønnen gubben kallen jenta jenten dama damen kona kjerringa ungen karen
    fyren typen ungdommen kvinnen kvinna
    """
)


def nickname_shape(low: str, endings: tuple[str, ...] = ("en",)) -> bool:
    """lcnb22: the Norwegian pet-name shape, a short stem with its last consonant doubled and
    ``-en`` ("tommen", "bassen", "tobben", "jonnen"); definite nouns have it too ("bussen",
    "katten"), so only a person's predicate makes it a name (:mod:`.lower_subjects`'s
    ``_nickname_acts``)."""
    return (
        5 <= len(low) <= 8
        and low.isalpha()
        and low.endswith(endings)
        and low[-3] == low[-4]
        and low[-3] not in VOWELS
        and low not in PEOPLE_NOUNS
        and low not in ROLES
        and low not in KINSHIP
    )


def after_openers(tokens: tuple[Token, ...], i: int, lang: str) -> bool:
    """The word opens a clause: after a subordinator, or after openers ("and then") that
    themselves open the sentence."""
    if i == 0:
        return False
    before = tokens[i - 1].low
    if before in SUBORDINATORS and not (before == "at" and lang != "nb"):
        return True  # English "at" is a preposition ("everybody at church says", session 37)
    k = i - 1
    while k >= 0 and tokens[k].low in OPENERS:
        if tokens[k].sent_start:
            return True
        k -= 1
    return False


class LowerLineRecognizer(AnonkitRecognizer):
    """What the lower-case person layers hold: the non-entities of both languages (a word of
    either may stand in a transcript) and the lexicon that says whether a word is common."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities("nb") | not_entities("en")
        self.lexicon = Lexicon(lang)
