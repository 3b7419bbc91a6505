"""Safety net: a capitalized word that could be a name is shown to the steward (issue 10).

Why: the name layers *veto* capitalized words that are also everyday words unless a cue
says "a person/place follows" — ``Hope said …``, ``Vik ringte …``, ``Art from the clinic``,
``We moved to Wool`` are rightly not replaced without context, but then nothing showed them
either, and a name that is neither replaced nor flagged is a silent leak. This recognizer
flags (never replaces):

* any capitalized word our name and place lists know (first names, surnames, towns, world
  places), at a sentence start too, unless it is a closed-class word (``With``, ``My``,
  ``Do``, ``Den``: function words that some foreign list also has as a name);
* a capitalized word opening a sentence right before a verb of saying, contact or motion
  (``Mags rang me``): the subject slot, where names are, whatever the word otherwise means;
* in English, a capitalized word mid-sentence even when it is an everyday word: English
  capitalizes names there, not nouns (``moved to Wool``, ``Mr. Little``). Norwegian
  capitalized words mid-sentence are flagged by :mod:`.flags` already.

Flags survive only where nothing is replaced (detector step 7), so a word that another layer
replaces costs nothing; the cost is one flag per ambiguous word the steward has to look at,
measured per 1,000 words in docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import CAPITALIZED
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    is_capitalized,
    tokenize,
    word_set,
)
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.3

# Closed-class words (pronouns, determiners, prepositions, conjunctions, auxiliaries, the
# commonest adverbs) of both languages: never a name at a sentence start, whatever a list of
# foreign given names or surnames says ("My", "With", "Do", "Said" as a Norwegian form).
FUNCTION_WORDS = word_set(
    """
    a an the i me my mine we us our you your he him his she her it its they them their this
    that these those there here what which who whom whose when where why how all any some no
    not nor and or but so if then than as at by for from in into of off on onto out over to
    up with without about after before under again also just only even still yet very too
    much more most many few less least do does did done doing be been being am is are was
    were have has had having will would shall should can could may might must ought let
    yes yeah oh ok okay well now never ever always often once twice said says say one two
    jeg meg min mitt mine du deg din ditt dine han ham hun ho henne hans hennes den det de
    dem deres vi oss vår vårt våre dere seg sin sitt sine man en ei et ein eit hva hvem hvor
    hvordan hvorfor når som og eller men så om da at for fra i inn ut på til med mot av ved
    under over etter før uten hos mellom gjennom bak ikke ja nei jo vel nå her der også bare
    selv enda er var har hadde blir ble vil ville skal skulle kan kunne må måtte bør burde
    får fikk sa sier alle noen ingen mange flere mer mest litt
    """
)
# Finite verbs of saying, contact and motion: a capitalized word right before one at a
# sentence start is in subject position, where names are ("Mags rang me", "Kjelle kom").
SUBJECT_VERBS = word_set(
    """
    said says rang rings told came comes went drove called texted phoned helped knew was
    would wrote visited asked sa sier ringte fortalte kom gikk kjørte hjalp visste var
    skrev besøkte spurte
    """
)
# Words that stand in subject position without naming anyone.
SUBJECT_NOT_NAMES = word_set(
    """
    nobody everyone everybody someone somebody something nothing everything things people
    mum mom dad nan gran doctors nurses staff police ingen alle noen noe ingenting alt folk
    mamma pappa mor far legen legene politiet
    """
)
# Norwegian places of one letter (Å in Lofoten, Å in Åfjord); mid-sentence only.
_ONE_LETTER_PLACES = frozenset({"Å"})
# Words that open English sentences capitalized mid-sentence without being names.
_EN_NOT_NAMES = word_set("i i'm i've i'd i'll mr mrs ms miss dr mum mom dad nan gran")


@cache
def _known_names() -> frozenset[str]:
    """Capitalized forms of every first name, surname and one-word place we list."""
    return (
        frozenset(all_first_names())
        | all_surnames()
        | frozenset(p for p in places() | world_places() if " " not in p)
    )


class NameWordFlagRecognizer(AnonkitRecognizer):
    """Capitalized words that may be names (lists, or English mid-sentence capitals)."""

    ENTITIES = (CAPITALIZED,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.known = _known_names()
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        known, skip, english = self.known, self.skip, self.lang == "en"
        tokens = tokenize(text)
        for k, tok in enumerate(tokens):
            word = tok.text
            if word in _ONE_LETTER_PLACES and not tok.sent_start and self.lang == "nb":
                yield tok.start, tok.end, CAPITALIZED, SCORE  # "på Å i Lofoten"
                continue
            if not is_capitalized(word):
                continue
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            low = base.lower()
            if low in FUNCTION_WORDS or low in skip:
                continue
            listed = base in known or (base.endswith("s") and base[:-1] in known)
            english_capital = (
                english and not tok.sent_start and base.isalpha() and low not in _EN_NOT_NAMES
            )
            subject = (
                tok.sent_start
                and k + 1 < len(tokens)
                and tokens[k + 1].text.lower() in SUBJECT_VERBS
                and low not in SUBJECT_NOT_NAMES
                and base.isalpha()
            )
            if listed or english_capital or subject:
                yield tok.start, tok.start + len(base), CAPITALIZED, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameWordFlagRecognizer(lang)]
