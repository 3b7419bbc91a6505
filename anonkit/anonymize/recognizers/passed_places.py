"""A place passed on the way somewhere, on a lower-case line → LOCATION (lcnb24).

Why: people tell a journey by the places on it: "vi kjørte gjennom Skjåk på vei til Lom",
"vi sykla forbi Ramsvik på vegen heim". With the capitals gone, a small place there is an
everyday word ("sel"), a compound of words ("skog|foss") or an ASR spelling a word list has
("sjåk"), so no list and no other slot took it: the lower-cased development sets left such
places silent in three sets (``sjåk``, ``skogfoss``; ``otta`` only flagged). The cue is a
journey any interview tells, whatever the place is called:

    a verb of going (``kjørte``, ``sykla``, ``reiste``, ``dro``, ``gikk`` …), at most two
    words, ``gjennom``/``forbi``/``via``/``innom`` (or ``passerte`` alone), ONE word, and
    right after it ``på vei``/``på veg`` (the way on).

What one passes anywhere is no name and is left: a definite noun (``tunnelen``, ``byen``),
a town centre, weather and traffic (``sentrum``, ``snø``, ``kø``), closed-class words,
non-entities and listed first names that no place list has (``forbi kari``: a person). A
listed place that is also a word (``otta``, ``lom``) counts. Lines written with capitals
keep their own rules (the capital says it there). Score 0.6: replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
# Verbs of going, Bokmål, Nynorsk and dialect past and present forms.
_GOING = word_set(
    """
    kjørte kjørt kjører kjøre kjørde køyrde køyrte køyrer køyre sykla syklet sykler sykle
    gikk gjekk gått går gå reiste reist reiser reise dro drog drar dra for fór flydde fløy
    seilte seila rodde padla padlet tok
    """
)
_THROUGH = word_set("gjennom gjønå forbi via innom")
_PASSED = word_set("passerte passert passerer")
_WAY = word_set("vei veien veg vegen")
# What one passes on any journey: a town centre, weather, traffic, the road's furniture.
_NOT_PASSED = word_set(
    """
    sentrum byen bygda snø regn tåke storm uvær mørke mørket kø trafikk rushtrafikk
    rødt grønt lys tunnel bom bomring bomstasjon kontroll toll tollen skog fjell dal
    mye alt noe ingenting
    """
)
_DEFINITE = ("en", "et", "a", "ene", "ane", "na", "ne")
# How many words may stand between the verb and the preposition ("reiste faktisk via").
_VERB_REACH = 3


@cache
def _first_names_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())


class PassedPlaceRecognizer(AnonkitRecognizer):
    """``kjørte gjennom X på vei til …`` on a lower-case line → X a place (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        tokens = tokenize(text)
        for i in range(1, len(tokens) - 2):
            tok = tokens[i]
            if (
                text[tok.end : tokens[i + 2].start] == f" {tokens[i + 1].text} "
                and tokens[i + 1].low == "på"
                and tokens[i + 2].low in _WAY
                and text[tokens[i - 1].end : tok.start] == " "
                and self._gone(text, tokens, i - 1)
                and self._place_word(tok.low)
                and lower_case_line(text, tok.start)
            ):
                yield tok.start, tok.end, LOCATION, SCORE

    @staticmethod
    def _gone(text: str, tokens: tuple[Token, ...], p: int) -> bool:
        """``tokens[p]`` is the preposition of a journey: a verb of going at most
        ``_VERB_REACH`` words before it, nothing but spaces between ("vi kjørte gjennom"),
        or it is ``passerte`` itself."""
        if tokens[p].low in _PASSED:
            return True
        if tokens[p].low not in _THROUGH:
            return False
        for k in range(p - 1, max(-1, p - 1 - _VERB_REACH), -1):
            if text[tokens[k].end : tokens[k + 1].start] != " ":
                return False
            if tokens[k].low in _GOING:
                return True
        return False

    def _place_word(self, low: str) -> bool:
        """A word that may name a place passed (module docstring)."""
        if (
            len(low) < 3
            or not low.isalpha()
            or low in FUNCTION_WORDS
            or low in _NOT_PASSED
            or low in _WAY
            or low in self.skip
        ):
            return False
        if low in places_lower():
            return True
        if low in _first_names_lower():
            return False
        return not (low.endswith(_DEFINITE) and self.lexicon.is_common(low, compounds=False))


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PassedPlaceRecognizer(lang)] if lang == "nb" else []  # Norwegian only
