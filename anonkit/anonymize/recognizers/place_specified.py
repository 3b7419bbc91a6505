"""A bare word after a place preposition, placed by ", in/near <place>" → LOCATION *flag*
(issue 10: zero silent leaks; lcen23).

Why: villages and townlands that are everyday words (a "crook", a "fold", a "spout") lose on
a lower-case line all that set them apart from the word: ``my gran came from crook, in
durham`` reads like any noun. What the speaker adds right after it does set it apart: a comma
and ``in``/``near`` (perhaps after ``up``/``down``/``out``/``over``) with a place — a listed
one or a word no list knows — says where the thing just named lies, which only a place does.

The rule, on lower-case lines: after ``to``/``from``/``near``/``outside``, or after ``in``
when a verb of living or being born, a building or a school comes right before it (``in``
alone takes states: "in love, in paris"), one bare word, a comma, then that specification:
the word is flagged as a place for the steward. Not taken: closed-class words, verb-only
lemmas ("to see"), what one goes to that is no place (``work``, ``mass``, ``school``,
kinship words). A listed place that is a word too ("crook") is flagged like any; where
another layer replaces it, the flag gives way.

:func:`anonkit.anonymize.place_links._specified_words` flags the same shape after detection
when the place after ", in" was replaced; this recognizer also takes ``near`` and a particle
(``, up in``, ``, down near``) and a place that is itself only flagged (``to knock, in
mayo``: "mayo" is a word too). Shown, not replaced, for the same reason: "in bed, in leeds".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._place_words import BUILDING_NOUNS, PARTICLE_IDIOMS
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas

# Below the pattern layer's replace threshold (0.4), above its flag threshold (0.2).
SCORE = 0.35
_SPECIFIED = re.compile(
    r"(?<![\w'’-])(?P<prep>to|from|near|outside|in) (?P<word>[a-z]{3,}), "
    r"(?:(?:up|down|out|over|away|just) )?(?:in|near) (?P<place>[a-z][a-z'’-]{2,})"
    r"(?![\w'’-])"
)
# Before "in": a verb of living or birth ("lived in spout, up in glenbrack"), a building or a
# school ("a cottage in spout", "went to college in spout").
_IN_VERBS = (
    word_set("lived live lives living born raised grew up moved settled stayed")
    | BUILDING_NOUNS["en"]
    | word_set("college uni university")
)
# What one goes to or comes from that is no place.
_NOT_PLACES = word_set(
    """
    mass work school college uni university church chapel hospital prison jail bed town
    court sea dinner lunch tea breakfast sleep rehab care home
    """
)


class SpecifiedPlaceRecognizer(AnonkitRecognizer):
    """Flags a bare word a place specifies right after it (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.places_lower = places_lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or ", " not in text:
            return
        for m in _SPECIFIED.finditer(text):
            word, place = m.group("word"), m.group("place")
            if (
                lower_case_line(text, m.start())
                and (m.group("prep") != "in" or _verb_before(text, m.start()))
                and self._may_be_a_place(word)
                and (place in self.places_lower or not self.lexicon.is_common(place))
                and place not in FUNCTION_WORDS
            ):
                yield m.start("word"), m.end("word"), LOCATION, SCORE

    def _may_be_a_place(self, word: str) -> bool:
        verbs = en_lemmas("verb")
        return not (
            word in FUNCTION_WORDS
            or word in PERSON_CUE_WORDS
            or word in _NOT_PLACES
            or word in PARTICLE_IDIOMS
            or (word in verbs and word not in en_lemmas("noun"))
        )


def _verb_before(text: str, start: int) -> bool:
    """A verb of living or birth, a building or a school right before ``in`` ("lived in",
    "grew up in", "college in")."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in _IN_VERBS


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpecifiedPlaceRecognizer(lang)] if lang == "en" else []
