"""A rare word in a place slot of a lower-case line → flagged LOCATION (session 25).

Why: on a line ASR wrote without capitals, the place after ``i``/``på``/``til``/``in``/``at``
is the name a listener hears most often, and when it is also a word of the dictionary
(``i brekken``, ``te oteren``, ``på åkrestrømmen``: a definite noun, a compound of words) no
rule that judges the word alone dares to replace it, so it stayed in clear text without even a
flag. What does tell such a word from the everyday noun after the same preposition (``i
kjelleren``, ``på jobben``, ``i fjæra``) is how rarely people write it: a village's name is a
rare "word" in a corpus, the places of a day are frequent ones. The frequencies come from
``wordfreq`` (Apache-2.0 code; its data CC BY-SA 4.0: Wikipedia, subtitles, news, web text,
Reddit/Twitter for English), counted case-folded.

Norwegian: only a flag, never a replacement (but see the place-name endings below): the
frequency of a case-folded word cannot tell
the village from a rare noun (``i låven``; Norwegian's smaller corpus counts many everyday
compounds rarely: on the lower-cased development sets 22 of 138 such flags were places), and
the steward decides in one click. English (session 26): the corpus is large enough that a
word below the bar after a place preposition is a name far more often than not (12 of 13
flags on the lower-cased development sets, 1 of 1 on blind14 before it was tuned on:
``in darlo``, ``at bellsdyke``, ``with porchlight``), so it is replaced; a Norwegian word
in an English line (``on syttende mai``) stays a flag, and a word no list explains is left
to the unknown-word step, which knows an employer's slot from a place's. The word must be
letters, not a function word, non-entity, number word or a word already in a span.

Places whose names are everyday words (``places.word_places``: ``halsa``, ``torsken``,
``prosperous``) are flagged in the same slot whatever their frequency, unless the word is
among the language's most frequent (session 26); English ``to`` before a verb is the
infinitive unless a verb of going comes first.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import person_names_lower
from anonkit.anonymize.numberwords import number_words_together
from anonkit.anonymize.places import word_places
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, en_lemmas, not_entities, word_class_forms

SCORE = 0.3
EN_REPLACE_SCORE = 0.6
# Session 36: a rare Norwegian word in the slot that ends like a farm's or village's name
# (``på kvernes``, ``i vassenden``, ``fra bergsbotn``, ``på lilleaker``, ``ved lusetjern``)
# is replaced: on the lower-cased development sets all 9 such flags were gold places, and no
# everyday compound there ended so (the compounds end in a thing: ``-mottaket``,
# ``-behandling``, ``-gården``, ``-kurset``).
NB_TOPONYM_SCORE = 0.6
_TOPONYM_ENDINGS = (
    "nes", "neset", "vik", "botn", "tjern", "tjørn", "aker", "rud", "stad", "fjord", "våg",
    "vågen", "sund", "enden", "dalen", "strand", "øyra", "eid", "vollen", "setra",
)  # fmt: skip
_MIN_FIRST_PART = 3
# Dialect and Nynorsk plural and definite endings of everyday nouns ("timan", "kjellaren").
_DIALECT_ENDINGS = ("an", "aren", "arane")


def toponym_ending(low: str) -> bool:
    """``low`` is a first part of three letters or more and a place-name ending."""
    return any(low.endswith(e) and len(low) - len(e) >= _MIN_FIRST_PART for e in _TOPONYM_ENDINGS)


# Below this Zipf value (log10 of occurrences per billion words) a word is rare enough that a
# place of that name is as likely as the word (``brekken`` 2.5, ``oteren`` 2.6) while the
# everyday places of a day are common (``fjæra`` 3.1, ``kjelleren`` 3.6, ``jobben`` 5.2).
# 3.0 also flagged everyday compounds the small Norwegian corpus counts rarely
# (``legekontoret`` 2.9): on the lower-cased development sets 2.7 showed 24 fewer flags for
# one more silent leak.
RARE_ZIPF = 2.7
# A place whose name is an everyday word is flagged in the same slot unless the word is one of
# the language's most frequent (``land``, ``street``, ``reading``: Zipf >= 4.5).
WORD_PLACE_ZIPF = 4.5
# English "to" before a verb is the infinitive ("to yell", "to settle"), not a destination,
# unless a verb of going comes before it ("went to pill").
_GOING = word_set(
    "went go goes going gone moved move moving came come comes coming drove drive driving "
    "back way down up over out sent"
)
_SLOT_BEFORE = {
    # session 43 (the lower-cased development sets: "turer opp utladalen", "via kasablanka")
    "nb": word_set(
        "i på fra til te ved mot utenfor nær gjennom forbi innom mellom via opp oppi nedi "
        "oppover nedover"
    ),
    "en": word_set("in at from to near outside through via towards into between on past around"),
}


@cache
def _frequencies(lang: str) -> dict[str, float]:
    """wordfreq's large word list for the language (word → frequency, case-folded)."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, wordlist="large")


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a lower-case word (0.0 for a word the list does not have)."""
    freq = _frequencies(lang).get(word, 0.0)
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


class RareSlotWordFlagRecognizer(AnonkitRecognizer):
    """``på <rare word>`` on a lower-case line → a LOCATION flag (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.before = _SLOT_BEFORE[lang]
        self.skip = not_entities(lang)
        self.word_places = word_places(lang)
        self.verbs = en_lemmas("verb") if lang == "en" else frozenset()
        self.en_words = common_words("en") if lang == "en" else frozenset()
        self.nb_words = common_words("nb") if lang == "en" else frozenset()
        self.lexicon = Lexicon(lang) if lang == "nb" else None
        self.nb_nouns = word_class_forms("nb", "noun") if lang == "nb" else frozenset()
        self.nb_verbs = word_class_forms("nb", "verb") if lang == "nb" else frozenset()
        self.nb_adverbs = word_class_forms("nb", "adv") if lang == "nb" else frozenset()
        _frequencies(lang)  # loaded with the detector (0.1-0.2 s), not by the first text

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i, (prev, tok) in enumerate(pairwise(tokens)):
            low = tok.low
            if (
                prev.low in self.before
                and text[prev.end : tok.start] == " "
                and len(low) >= 3
                and low.isalpha()
                and low not in FUNCTION_WORDS
                and low not in self.skip
                and lower_case_line(text, tok.start)
                and not number_words_together(low)
                and self._rare_or_place(low, prev.low, tokens[i - 1].low if i else "")
            ):
                yield tok.start, tok.end, LOCATION, self._score(low)

    def _score(self, low: str) -> float:
        """English: a rare word is replaced (module docstring); a Norwegian word in an
        English line (``on syttende mai``) and every Norwegian one stay flags."""
        if (
            self.lang == "en"
            and zipf(low, "en") < RARE_ZIPF
            and not (low in self.nb_words and low not in self.en_words)
            and not _unknown_word(low)
        ):
            return EN_REPLACE_SCORE
        if self.lang == "nb" and (toponym_ending(low) or self._unlisted_nb(low)):
            return NB_TOPONYM_SCORE
        return SCORE

    def _verb_only(self, low: str) -> bool:
        """A word the Norwegian dictionary has as a verb form, not as a noun or an adverb
        (Ordbank's adjectives are not kept: "glad" and "fin" are no verb forms either)."""
        return low in self.nb_verbs and low not in self.nb_nouns and low not in self.nb_adverbs

    def _unlisted_nb(self, low: str) -> bool:
        """Session 37: a Norwegian word no list has — no dictionary word, no compound of
        dictionary words, no noun form (``på vikvarvet``, ``på momarken``, ``på lykling``) — is
        a name in the place slot, replaced (10 of 16 such flags on the development sets were
        gold; 5 of the 6 others were dialect forms in ``-an``/``-aren``, "timan", "flyan",
        "kjellaren", left as flags)."""
        return (
            self.lexicon is not None
            and not low.endswith(_DIALECT_ENDINGS)
            and not self.lexicon.is_common(low, compounds=True)
            and low not in self.nb_nouns
            and low not in person_names_lower()  # "ringte til sigrid": a person
            and not low.endswith("namn")  # Nynorsk "etternamn", "førenamn"
        )

    def _rare_or_place(self, low: str, prep: str, before: str) -> bool:
        frequency = zipf(low, self.lang)
        if frequency < RARE_ZIPF:
            return True
        if self.lang == "nb" and frequency < VERB_ONLY_ZIPF and self._verb_only(low):
            return True  # session 49: "me budde ei stund på vinnes" (after "på", no verb)
        if low not in self.word_places or frequency >= WORD_PLACE_ZIPF:
            return False
        return not (prep == "to" and low in self.verbs and before not in _GOING)


# Session 49 (blind38 lower-cased: "me budde ei stund på vinnes, like ved ferjekaia"): a
# word the dictionary has only as a verb form cannot be one after a preposition of place
# (Norwegian puts "å" before an infinitive there), so it is the place's name, whatever its
# frequency — but for the commonest verbs of set phrases ("i går", "på vent").
VERB_ONLY_ZIPF = 4.0


def _unknown_word(low: str) -> bool:
    """A word no list explains: the unknown-word step replaces it with the kind its slot
    says (an employer after "job at": ``unknown_words.unknown_kind``), so it is left to that
    step; only words the lists explain ("porch|light", "fox|glove") are replaced here.
    Imported here, not at the top: ``unknown_words`` reads recognizer modules itself."""
    from anonkit.anonymize.unknown_words import rare_word

    return rare_word(low, low, "en")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [RareSlotWordFlagRecognizer(lang)]
