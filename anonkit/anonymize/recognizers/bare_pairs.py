"""Two words after "at", "for", "with" or "from", without an article, on a lower-case line → a
flag (English; session 33).

Why: English puts an article before a common noun phrase in these slots ("at the big
factory", "for a local firm"), so two bare words there are mostly a name: "at boston
scientific", "with turning tides", "for migrant help", "from blackbird leys" (the lower-cased
development sets: 328 of the 553 such pairs were names, and of the rest most were numbers,
spans of time and e-mail addresses, left out below). Names of firms, charities and estates made
of everyday words are in no list and were silent leaks; the flag shows them to the steward.
Flags stand only where nothing is replaced, so names the other layers take cost nothing.

Not: function words, number words, spans of time ("for six weeks", "for nearly three years"),
the spoken pieces of an e-mail address ("at gmail dot com"), adverbs, and a few bare
collocations ("at home", "with mental health").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, RARE_WORD
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import word_class_forms

SCORE = 0.3
_PAIR = re.compile(
    r"(?<![\w'’-])(?:at|for|with|from)\s+(?P<w1>[a-z][a-z'’-]*)\s+(?P<w2>[a-z][a-z'’-]*)"
    r"(?![\w'’@-])",
    re.IGNORECASE,  # the truecaser capitalizes listed names on a lower-case line ("Boston")
)
_NOT_IN_PAIR = word_set(
    """
    dot underscore hyphen dash at com uk ie net org co years year months month weeks week days
    day hours hour minutes minute o'clock ages time times while bit lot lots home work school
    uni university college church mass night nights christmas easter weekend weekends
    mental health physical people person folk folks friends family kids children mum dad
    everything nothing something anything everyone everybody someone somebody sure real
    good bad best worst first last next other same whole half long short old young new
    abroad upstairs downstairs outside inside back ward wards door dinner tea lunch breakfast
    every each both several another such many few summer winter spring autumn morning evening
    afternoon until till since because unless whilst while when where whenever before after
    """
)


# Session 34 (lower-cased copies: "i live in lewsey farm", "we moved to six mile cross", "i grew
# up in no place"): after a verb of living or moving, "in"/"to" and two or three bare words are
# where someone lives; English puts an article before a common noun phrase there too ("in a
# new flat", "to the coast"), so bare words are mostly a place's name.
_RESIDENCE_PAIR = re.compile(
    r"(?<![\w'’-])(?:live|lives|lived|living|grew up|brought up|raised|born|moved|move|moving|"
    r"stayed|staying|settled|based)\s+(?:back\s+|out\s+|up\s+|down\s+|over\s+)?(?:in|to)\s+"
    r"(?P<w1>[a-z][a-z'’-]*)\s+(?P<w2>[a-z][a-z'’-]*)(?:\s+(?P<w3>[a-z][a-z'’-]*))?"
    r"(?![\w'’@-])",
    re.IGNORECASE,
)
_TIME_OR_HOUSING = word_set(
    """
    housing accommodation care temporary supported sheltered emergency hostel hostels
    flat flats house houses bedsit caravan together with
    """
)


class BarePairRecognizer(AnonkitRecognizer):
    """``at boston scientific`` on a lower-case line → a flag (module docstring)."""

    ENTITIES = (RARE_WORD, LOCATION)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        adverbs = word_class_forms(self.lang, "adv")
        verbs = word_class_forms(self.lang, "verb")
        for m in _PAIR.finditer(text):
            w1, w2 = m.group("w1").lower(), m.group("w2").lower()
            if any(
                w in FUNCTION_WORDS or w in _NOT_IN_PAIR or word_value(w) is not None
                for w in (w1, w2)
            ):
                continue
            if w1 in adverbs or w2 in adverbs or (w2 in verbs and w2 not in _NOUN_VERBS):
                continue  # "with him mostly", "from work drove": the clause goes on
            if "'" in w1 or "’" in w1 or not lower_case_line(text, m.start()):
                continue
            if m.group("w2")[0].isupper():
                continue  # "from ton Pentre": a listed place ends it; the place rules join it
            nxt = _NEXT.match(text, m.end())
            if nxt is not None and nxt.group(1).lower() in _HEADS_AFTER:
                continue  # "for cardiff rugby club": the institution rules take all three
            yield m.start("w1"), m.end("w2"), RARE_WORD, SCORE
        yield from self._residence_pairs(text, adverbs, verbs)

    def _residence_pairs(
        self, text: str, adverbs: frozenset[str], verbs: frozenset[str]
    ) -> Iterator[tuple[int, int, str, float]]:
        """``i live in lewsey farm``, ``moved to six mile cross``: a flag (``_RESIDENCE_PAIR``)."""
        for m in _RESIDENCE_PAIR.finditer(text):
            words = [m.group("w1"), m.group("w2")]
            if m.group("w3") and _bare(m.group("w3").lower(), adverbs, verbs):
                words.append(m.group("w3"))  # "six mile cross"
            lows = [w.lower() for w in words[:2]]
            if any(not _bare(w, adverbs, verbs) or w in _TIME_OR_HOUSING for w in lows):
                continue
            if any(w in places_lower() for w in lows):
                continue  # a listed place: the place rules take it and its other word
            if not lower_case_line(text, m.start()):
                continue
            end = m.end("w3") if len(words) == 3 else m.end("w2")
            yield m.start("w1"), end, LOCATION, SCORE  # where someone lives: a place


def _bare(low: str, adverbs: frozenset[str], verbs: frozenset[str]) -> bool:
    """A word that may be part of a place's name: no function, time, number, adverb or verb
    form ("in london now", "to leeds when")."""
    return not (
        low in FUNCTION_WORDS
        or low in _NOT_IN_PAIR
        or word_value(low) is not None
        or low in adverbs
        or (low in verbs and low not in _NOUN_VERBS)
        or "'" in low
        or "’" in low
    )


_NEXT = re.compile(r"\s+([^\W\d_]+)")
# Kind words after the pair that make it an institution's name, which other rules take whole.
_HEADS_AFTER = word_set(
    "club fc afc rfc team school college hospital centre center united city rovers athletic "
    "academy church chapel unit ward trust council university infirmary group ltd limited plc"
)
# Verb forms that end firms' names as nouns ("migrant help", "turning tides").
_NOUN_VERBS = word_set("help aid care support works trust tides scientific")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [BarePairRecognizer(lang)] if lang == "en" else []  # English only
