"""Norwegian bare and definite word forms, for the slots where a place's name stands
(session 36).

Why a module: Norwegian says a home, an institution or an area it shares with the listener
with the definite article (``kom fra avdelinga``, ``oppi lia``), while a farm's or village's
name that is also a word stands bare (``fra hue``, ``fra tanger``): the rule for the word
after ``fra`` (:mod:`.bare_places`) reads the difference.
"""

from __future__ import annotations

from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.wordlists import nb_noun_lemmas, word_class_forms

# Bare words that stand in a place slot without naming a place ("flytta til slutt": in the
# end; "bodde på alt mulig": everything; "kom fra jobb"; "fra morgen til kveld").
BARE_NOT_PLACES = word_set(
    """
    slutt alt alle ingenting noe noen samme hverandre kvarandre jobb jobben arbeid skole skule
    sykehus sjukehus telt bil båt gård gard hybel internat kollektiv landet byen fjells
    ferie besøk tur leir land by bygd sted plass institusjon mottak campingvogn
    start begynnelse morgen kveld dag natt uke måned år barndom ungdom fødsel bunn topp
    scratch null hånd munn hus hjem heim skolen
    """
)
_DEFINITE_ENDINGS = ("ene", "ane", "en", "et", "na", "a", "n", "t")
# The shortest noun a compound may end in (shorter tails match by chance: "-ås", "-by").
_MIN_TAIL = 4


def definite_noun(low: str) -> bool:
    """``low`` is the definite form of a noun the word list knows, or of a compound ending in
    one (``sykehuset``, ``lia``, ``stua``, ``månen``, ``klubben``, ``hjemmetjenesten``): a
    thing the listener knows, said with its article."""
    for ending in _DEFINITE_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        stem = low[: -len(ending)]
        if ending in ("n", "t"):
            if stem.endswith("e") and _noun(stem):
                return True
            continue
        if _noun(stem) or _noun(stem + "e"):
            return True
    return False


def _noun(stem: str) -> bool:
    """A listed noun, or a compound ending in one (``hjemmetjeneste``: ``tjeneste``)."""
    lemmas = nb_noun_lemmas()
    if stem in lemmas:
        return True
    if len(stem) > _MIN_TAIL and stem[-1] == stem[-2] and stem[:-1] in lemmas:
        return True  # a doubled last consonant before the ending ("rommet": "rom")
    return any(stem[i:] in lemmas for i in range(2, len(stem) - _MIN_TAIL + 1))


def inflected_noun(low: str) -> bool:
    """``low`` is a noun form Ordbank lists that is not the noun's dictionary form (``knærne``,
    ``rommet``, ``tanger``): a plural or definite form, never a bare name."""
    return low in word_class_forms("nb", "noun") and low not in nb_noun_lemmas()
