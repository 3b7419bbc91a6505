"""What may be a name in the slots of :mod:`.subject_names` (split out of it on branch
split23 to keep each file under ~500 lines).

Why a class of its own: every slot of the recognizer — and the kinship subjects of
:mod:`._kin_subjects` — asks the same few questions of the word in it (a listed name? an
everyday word? a word no list knows? an institution?) against the same name, word and place
lists. :class:`NameCandidates` loads those lists once per language and answers for all of
them; the recognizer owns one and reads the slots.

A candidate must be a listed first name or surname (any case), or — on a lower-case line or
capitalized — a word no word list knows (``gaz``, ``kjelle``). Closed-class words, the
subject words that name no one (``everyone``, ``mamma``) and non-entities never are. The
slots only people fill (with *I*, an alias) take any capitalized word (:meth:`loose`); the
slot of a verb of contact any capitalized word that is no institution (:meth:`caller`).
"""

from __future__ import annotations

from functools import cache

from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import is_capitalized
from anonkit.anonymize.recognizers._context_words import KINSHIP, dialect_noun
from anonkit.anonymize.recognizers._slot_words import MODAL_NAMES, NOT_CALLERS
from anonkit.anonymize.recognizers.flags import Lexicon, apostrophe_name
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, SUBJECT_NOT_NAMES
from anonkit.anonymize.wordlists import common_words, not_entities, word_class_forms


@cache
def _names_lower() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-cased first names, lower-cased surnames)."""
    return (
        frozenset(n.lower() for n in all_first_names()),
        frozenset(n.lower() for n in all_surnames()),
    )


def ly_adverb(low: str) -> bool:
    """An English adverb in -ly ("honestly", "luckily"): a sentence opener that names no one
    (session 27; callers let listed first names such as "Kelly" through first)."""
    return low.endswith("ly") and low in word_class_forms("en", "adv")


class NameCandidates:
    """Whether a word may be a name in a slot of ``lang`` (module docstring)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.first, self.surnames = _names_lower()
        self.common = common_words(lang)
        self.skip = not_entities("nb") | not_entities("en")
        self.lexicon = Lexicon(lang)
        self.places = frozenset(p.lower() for p in places() | world_places() if " " not in p)

    def never_a_name(self, word: str, low: str) -> bool:
        """Shared by all slot rules: too short, not a word, a function word, a word that
        fills the subject slot itself, a listed non-entity, or an acronym."""
        return (
            len(word) < 2
            # session 49 (blind39 as development material: "Fa'asavalu was my coach"): a
            # foreign name written with its glottal stop is a word of letters too
            or not (word.replace("-", "").isalpha() or apostrophe_name(word, self.lexicon))
            or low in FUNCTION_WORDS
            or low in SUBJECT_NOT_NAMES
            or low in self.skip
            or word.isupper()
            or (self.lang != "nb" and low not in self.first and ly_adverb(low))
        )

    def candidate(self, word: str, strict: bool) -> bool:
        """A word that may be a name here; ``strict`` also rules out everyday words."""
        low = word.lower()
        if low in MODAL_NAMES and word[:1].isupper() and not strict:
            return True  # "Will rang me": a modal is not followed by a past-tense verb
        if self.never_a_name(word, low):
            return False
        listed = low in self.first or low in self.surnames
        everyday = low in self.common or self.everyday(low)
        if strict:
            return listed and not everyday
        if listed:
            return True
        # Unknown: no word list has it ("gaz", "Kjelle"); places are left to place layers.
        return not everyday and low not in self.places and len(word) > 2

    def unknown_word(self, word: str) -> bool:
        """No word list, name list or place list has it ("tharshini", "przemek")."""
        low = word.lower()
        return (
            len(word) > 2
            and word.isalpha()
            and low not in FUNCTION_WORDS
            and low not in self.skip
            and low not in self.places
            and not self.everyday(low)
        )

    def everyday(self, low: str) -> bool:
        """A known word form, an inflection, or a compound of two words of four letters or
        more (recall1: "vit|hya", "leid|ulv", "jov|sset" are names, not compounds)."""
        return (
            self.lexicon.is_common(low, compounds=False)
            or self.lexicon.is_long_compound(low)
            or (self.lang == "nb" and dialect_noun(low, self.common, self.first))
            # session 39: a Nynorsk spelling of a listed word ("dei sende meg vidare", "eg
            # spelar"), of six letters or more (the rules reach short names: "biar" → "bier"),
            # not a listed name or place the spelling rules also reach ("Einar", "Vågå")
            or (
                self.lang == "nb"
                and len(low) >= 6
                and nynorsk_form(low)
                and low not in self.first
                and low not in self.surnames
                and low not in self.places
            )
        )

    def definite_noun(self, word: str) -> bool:
        """A Norwegian noun in its definite form ("Forlaget", "Kommunen", "Skolen"): an
        institution that rings, not a name."""
        low = word.lower()
        return (
            low.endswith(("et", "en", "a", "ene"))
            and self.lexicon.is_common(low)
            and low not in self.first
            and low not in self.surnames
        )

    def loose(self, word: str) -> bool:
        """In the slots only people fill (with *I*, an alias): any capitalized word, or a
        lower-case one the word list does not have as it stands ("jas", "Myr", "Kit")."""
        low = word.lower()
        if low in MODAL_NAMES and word[:1].isupper():
            return True  # "Will and I": a modal is not coordinated with "I"
        if self.never_a_name(word, low) or low in NOT_CALLERS or low in KINSHIP:
            return False
        listed = low in self.first or low in self.surnames
        return is_capitalized(word) or low not in self.common or listed

    def caller(self, word: str) -> bool:
        """A capitalized word that may be someone who rings: no closed-class word, subject
        word that names no one, kinship word, non-entity or institution ("Kommunen")."""
        low = word.lower()
        return (
            is_capitalized(word)
            and low not in FUNCTION_WORDS
            and low not in SUBJECT_NOT_NAMES
            and low not in NOT_CALLERS
            and low not in KINSHIP
            and low not in self.skip
            and word.isalpha()
            and not self.definite_noun(word)
        )
