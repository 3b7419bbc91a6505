"""Places from the gazetteers (design.md §4, layer 3) → LOCATION.

Norwegian municipalities, towns and villages (GeoNames), countries and big world cities,
Norwegian names of countries and regions (``data/SOURCES.md``). spaCy's English model
already finds most English GPEs; this layer makes Norwegian places reliable in both
languages.

Ambiguity: many Norwegian places are also surnames or words (Berg, Dahl, Moss, Lie, Ski,
Hole, Vik, Bø). Such a place counts only after a place preposition (``i/på/fra/til/ved``,
``in/at/from/to/near``): "bor i Moss" → LOCATION; "Ola Berg" stays a PERSON (the person
gazetteer), "Ski er gøy" stays a word. Genitives (``Oslos``, ``Tromsøs``) cover the base
name only, as for persons.
"""

from __future__ import annotations

from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import all_first_names, first_names, surnames
from anonkit.anonymize.places import health_institution_names, places, world_places
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, tokenize, word_set
from anonkit.anonymize.recognizers._phrases import PhraseIndex
from anonkit.anonymize.wordlists import common_words, not_entities

PLACE_PREPOSITIONS = word_set(
    "i på fra til ved mot utenfor nær rundt gjennom over forbi in at from to near outside "
    "around through via towards toward into "
    # session 39: Nynorsk and dialect forms ("ein mann frå Voss", "utanfor Førde")
    "frå ifrå ifra utanfor utafor"
)

SCORE_PREPOSITION = 0.9
RESIDENCE_PREPOSITIONS = frozenset({"in", "i"})
SCORE_MID = 0.85
SCORE_INITIAL = 0.75
SCORE_AMBIGUOUS_PREPOSITION = 0.8


class PlaceGazetteerRecognizer(AnonkitRecognizer):
    """Known place names; ambiguous ones (surnames, words) only after a place preposition."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        names = places() | world_places()
        self.index = PhraseIndex(names - health_institution_names(), fold_tail=False)
        self.single = frozenset(n for n in names if " " not in n)
        # Norwegian transcripts mix in English words; English ones rarely Norwegian words.
        common = common_words(lang) | (common_words("en") if lang == "nb" else frozenset())
        # Only Norwegian and English names make a place ambiguous: "London" is an Irish
        # surname in Faker's lists, but in these transcripts it is the city.
        people = set(first_names("nb")) | set(first_names("en")) | surnames("nb") | surnames("en")
        self.ambiguous = frozenset(
            n for n in names if (n.lower() in common and not n.isupper()) or n in people
        )
        self.first_names = all_first_names()
        self.not_entities = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            word = tok.text
            # Capitalized, or all-caps when the list has it so ("USA", "UK").
            if not word[0].isupper() or word.lower() in self.not_entities:
                i += 1
                continue
            length = self.index.match(text, tokens, i)
            end = tokens[i + length - 1].end if length else tok.end
            name = text[tok.start : end]
            if not length and word.endswith("s") and word[:-1] in self.single:
                length, name, end = 1, word[:-1], tok.end - 1  # genitive "Oslos"
            if not length:
                i += 1
                continue
            prev = tokens[i - 1] if i > 0 else None
            prev_word = prev.text.lower() if prev is not None and not tok.sent_start else ""
            after_prep = prev_word in PLACE_PREPOSITIONS
            after_first_name = (
                prev is not None
                and prev.text in self.first_names
                and text[prev.end : tok.start] == " "
            )
            if name in self.ambiguous:
                score = SCORE_AMBIGUOUS_PREPOSITION if after_prep else None
                if prev_word in RESIDENCE_PREPOSITIONS and not after_first_name:
                    # places session: "Beer, in Devon", "bodde i Stanley": after "in"/"i" a
                    # place that is also a first name is the place, above the person lists'
                    # 0.85 (after "to"/"from" it may be a person: "a text from Beverley")
                    score = SCORE_PREPOSITION
            elif after_first_name:
                score = None  # "Kari Moss": a surname, left to the person gazetteer
            elif after_prep:
                score = SCORE_PREPOSITION
            else:
                score = SCORE_INITIAL if tok.sent_start else SCORE_MID
            if score is not None:
                yield tok.start, end, LOCATION, score
            i += length


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceGazetteerRecognizer(lang)]
