"""A surname in the genitive opening a lower-case sentence → PERSON (lcnb22).

Why: ``Vatnes kontor lå i andre etasje`` says whose office it was with a capital; written in
lower case (a fifth of ASR lines) ``vatnes kontor lå …`` was left in clear text, since no
layer reads ``vatnes`` as ``vatne`` + the genitive ``-s``. The slot gives the owner away:
Norwegian opens a sentence with a bare genitive only for a name (``Oles bil``) — a common
noun takes its definite form first (``bilens dør``, ``dagens avis``) and kinship words
(``fars båt``) and pronouns (``hans kontor``) name no one. So a word in ``-s`` opening a
sentence on a lower-case line, followed by a noun in its dictionary form and then a verb
(``kontor lå``, ``kone jobba``), is someone's name in the genitive; the span is the name
with its ``-s`` (the pseudonym takes the ending back, as for capitalized genitives).

Replaced (0.6) when the name is a listed surname or no word list has it (``myklebusts``,
``haugstvedts``); an everyday word or compound as a surname (``steinbrudds båt``) is only
shown to the steward (0.3): a generic genitive (``barns oppvekst var …``) has that shape too;
so is a listed surname that is also a definite noun (``haugens``, ``vatnes``: "skogens dyr").

Session 26: the same slot on a line with capitals (``Leirfalls båt lå ved kaia``): the capital
of the word opening a sentence says nothing, the bare genitive before a noun and a verb does.

Not: function words and pronouns, kinship words, definite forms (``bilens``), plurals
(``kvinners``), non-entities and listed places (``norges bank``: the place layers' slot); a
listed place that is a listed surname too (``vatne``) is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import surnames
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._lower_shapes import after_openers
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import (
    is_everyday_word,
    nb_noun_lemmas,
    not_entities,
    word_class_forms,
)

SCORE_NAME = 0.6
SCORE_FLAG = 0.3
MIN_LEN = 5  # with the -s: "tids", "livs", "dags" are idioms, not owners
# Genitive pronouns and quantifiers that FUNCTION_WORDS may lack.
_NOT_OWNERS = word_set("hans hennes deres ingens alles ens sines hvis andres mange")
# Endings of definite and plural forms before the genitive -s ("bilens", "kvinners").
_NOT_BARE = ("en", "et", "ne", "er", "a")


@cache
def _surnames() -> frozenset[str]:
    return frozenset(s.lower() for s in surnames("nb"))


@cache
def _places() -> frozenset[str]:
    return frozenset(p.lower() for p in places() | world_places())


class LowerGenitiveRecognizer(AnonkitRecognizer):
    """A name in the genitive opening a lower-case sentence (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)
        if lang == "nb":
            # Load the tables now, with the detector, not inside the first transcript's
            # timing (speed22: 0.35 s of Ordbank nouns on first use).
            nb_noun_lemmas()
            _places()
            _surnames()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if not (tok.sent_start or after_openers(tokens, i, self.lang)):
                continue
            score = self._owner(text, tokens, i)
            if score is not None:
                yield tok.start, tok.end, PERSON, score

    def _owner(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        tok = tokens[i]
        low = tok.low
        if (
            len(low) < MIN_LEN
            or not low.isalpha()
            or not low.endswith("s")
            or i + 2 >= len(tokens)
            # session 26: on a line with capitals, the capitalized word opening it
            or not (lower_case_line(text, tok.end) or tok.text[:1].isupper())
            or text[tok.end : tokens[i + 2].start] != f" {tokens[i + 1].text} "
        ):
            return None
        stem = low[:-1]
        if (
            low in FUNCTION_WORDS
            or low in _NOT_OWNERS
            or stem in KINSHIP
            or stem in self.skip
            or low in self.skip
            or (stem in _places() and stem not in _surnames())
            # "sirkus": the word itself, not a genitive (unless a listed surname's: "vatnes")
            or (is_everyday_word(low) and stem not in _surnames())
        ):
            return None
        noun, verb = tokens[i + 1].low, tokens[i + 2].low
        if noun not in nb_noun_lemmas() or verb not in word_class_forms("nb", "verb"):
            return None
        if stem in _places():
            return SCORE_FLAG  # a place that is also a listed surname ("vatne", "moss")
        if stem.endswith(_NOT_BARE) and is_everyday_word(stem):
            # "bilens", "dagens": a definite noun's genitive; a listed surname of that shape
            # ("haugens", "vatnes") is only shown
            return SCORE_FLAG if stem in _surnames() else None
        if stem in _surnames() or not is_everyday_word(stem):
            return SCORE_NAME
        return SCORE_FLAG


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LowerGenitiveRecognizer(lang)] if lang == "nb" else []  # Norwegian only
