"""One-word names that speech recognition wrote as two words → LOCATION / ORGANIZATION.

Why: Whisper splits a compound name it does not know as one token into words it does know
(``Kongs vinger``, ``Lille strøm``, ``Diakon hjemmet``, ``Middles brough``, ``South
ampton``, ``Black pool``). Neither piece is a name our lists know, so every layer missed
them. Two adjacent words whose concatenation, exactly as written (a Norwegian linking
``s``/``e`` stays where ASR put it: ``Kongs`` + ``vinger``), case-folded, is a one-word
place of the gazetteers (``places.py``) or a one-word institution (health institutions,
organisations except brands) are that name; so is one word that joins so without its hyphen
(``Kongs-vinger``).

Precision: both pieces have at least three letters (``ski en`` is no ``Skien``) and neither
is a closed-class word (``Saul and`` is no ``Sauland``, ``in and over`` no ``Andover``); the
joined form must not be an ordinary word of the language; a pair the gazetteers already know
as two words is left to them, and so is a pair of capitalized words that reads as a first
name and a surname (``Kristian Sand``). A capital on the first piece where a sentence does
not begin is ASR's own name cue; otherwise (a lower-case line, a sentence start) the pair
counts only after a place preposition (``fra kongs vinger``), so ``a black pool of water``
stays words.
The joined form being an ordinary word (``Diakonhjemmet`` is also "the deacons' home") is
accepted only with that capital, or (lcnb22) when it is an institution after a verb of
admission (``innlagt på diakon hjemmet``, ``lagt inn på riks hospitalet``).

Session 20: a place no list has, split before its last element (``politiet i Hommel stø``
for Hommelstø, ``fra Ather stone``): after a place preposition, a word that is no everyday
word as written and no closed-class word, then a lower-case last element of place names
(``stø``, ``vik``, ``sund``, ``nes``; ``stone``, ``bury``, ``ford``, ``mouth``) are one place
(``SCORE_TAIL``); the first word alone was replaced and the tail left beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import (
    health_institution_names,
    organizations,
    places,
    postal_join_ok,
    world_places,
)
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.gazetteer_place import PLACE_PREPOSITIONS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words

SCORE_CUED = 0.8  # capital mid-sentence, or after a place preposition
SCORE_TAIL = 0.6
MIN_PIECE = 3
# Last elements of place names that ASR writes as a word of their own (module docstring).
PLACE_TAILS = {
    "nb": word_set(
        "stø vik vika sund nes dal dalen fjord vær våg vågen bø berg stad heim øy øya eid havn "
        "hamn strand mo moen foss voll vollen seter sjøen"
    ),
    "en": word_set(
        "brough borough bury ton ham ford field wick ley mouth port chester caster minster "
        "thorpe stone worth combe"
    ),
}


@cache
def joined_names() -> dict[str, str]:
    """Case-folded one-word place/institution name → its entity type.

    Multi-word names are not split candidates: their words are already separate tokens.
    """
    out: dict[str, str] = {}
    for name in places() | world_places():
        if name.isalpha() and len(name) >= 2 * MIN_PIECE:
            out.setdefault(name.lower(), LOCATION)
    orgs = {i.name for i in organizations() if i.kind != "brand"} | health_institution_names()
    for name in orgs:
        if name.isalpha() and len(name) >= 2 * MIN_PIECE:
            out[name.lower()] = ORGANIZATION
    return out


@cache
def _first_pieces() -> frozenset[str]:
    """Every prefix of a joined name that leaves a tail of ``MIN_PIECE`` letters: one set
    lookup per word rules out nearly all pairs before any other test (speed)."""
    return frozenset(
        name[:k] for name in joined_names() for k in range(MIN_PIECE, len(name) - MIN_PIECE + 1)
    )


@cache
def _two_word_names() -> frozenset[str]:
    """Gazetteer names of exactly two words, case-folded: those pairs are not split names."""
    names = places() | world_places() | health_institution_names()
    return frozenset(n.lower() for n in names if n.count(" ") == 1)


class SplitNameGazetteerRecognizer(AnonkitRecognizer):
    """Two adjacent words that join into a known one-word place or institution."""

    ENTITIES = (LOCATION, ORGANIZATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.names = joined_names()
        self.firsts = _first_pieces()
        self.pairs = _two_word_names()
        self.people = frozenset(all_first_names()) | all_surnames()
        self.common = common_words(lang) | (common_words("en") if lang == "nb" else frozenset())
        self.tails = PLACE_TAILS[lang]
        self.known_places = places() | world_places()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i, a in enumerate(tokens):
            prev = tokens[i - 1].text.lower() if i > 0 and not a.sent_start else ""
            admitted = prev in ("på", "ved") and _admitted(tokens, i - 1)
            if "-" in a.text:
                # "Kongs-vinger": ASR joined the pieces with a hyphen instead of a space.
                head, _, tail = a.text.partition("-")
                kind = self._joined(head, tail, a.sent_start, prev)
                if kind is not None:
                    yield a.start, a.end, kind, SCORE_CUED
                continue
            if i + 1 == len(tokens):
                break
            b = tokens[i + 1]
            if text[a.end : b.start] != " " or b.sent_start:
                continue
            kind = self._joined(a.text, b.text, a.sent_start, prev, admitted=admitted)
            if kind is not None:
                yield a.start, b.end, kind, SCORE_CUED
            elif b.text in self.tails and prev in PLACE_PREPOSITIONS and self._head(a.text):
                yield a.start, b.end, LOCATION, SCORE_TAIL

    def _head(self, word: str) -> bool:
        """The first piece of a place split before its last element: letters, no everyday
        or closed-class word, not a listed place of its own ("i Bergen sentrum")."""
        low = word.lower()
        return (
            len(low) >= MIN_PIECE
            and low.isalpha()
            and low not in FUNCTION_WORDS
            and low not in self.common
            and word not in self.known_places
        )

    def _joined(
        self, a: str, b: str, sent_start: bool, prev: str, *, admitted: bool = False
    ) -> str | None:
        """The entity type of the name ``a`` + ``b`` join into, or None (module docstring)."""
        if a.lower() not in self.firsts or len(b) < MIN_PIECE:
            return None
        if not (a.isalpha() and b.isalpha()):
            return None
        # The second piece is written lower case, as ASR writes the tail of a word, or
        # capitalized (the truecaser capitalizes a listed tail: "middles Brough"; ASR
        # writes "Kongs Vinger") unless the pair reads as a first name and a surname.
        if is_capitalized(a) and is_capitalized(b) and (a in self.people or b in self.people):
            return None  # "Kristian Sand" may be a person: first name + surname
        if not (b.islower() or is_capitalized(b)):
            return None
        if a.lower() in FUNCTION_WORDS or b.lower() in FUNCTION_WORDS:
            return None  # "Saul and" is no Sauland, "in and over" no Andover
        joined = (a + b).lower()
        kind = self.names.get(joined)
        if kind is None or f"{a} {b}".lower() in self.pairs:
            return None
        if not postal_join_ok(joined, [a, b]):
            return None  # session 38: "said to Mark well done"
        capital_cue = a[0].isupper() and not sent_start
        if not (capital_cue or prev in PLACE_PREPOSITIONS):
            return None
        if joined in self.common and not capital_cue and not (admitted and kind == ORGANIZATION):
            return None
        return kind


# lcnb22: verbs of admission before "på"/"ved": what follows is an institution, so a split
# listed institution that is an everyday word too ("innlagt på diakon hjemmet") is the name.
_ADMITTED = word_set("innlagt innlegt innlagd overført overflytta overflyttet")
_ADMITTED_AFTER_INN = word_set("lagt lagd lagde la")


def _admitted(tokens: tuple[Token, ...], k: int) -> bool:
    """``tokens[k]`` ("på"/"ved") follows a verb of admission ("innlagt", "lagt inn")."""
    before = tokens[k - 1].low if k >= 1 else ""
    if before in _ADMITTED:
        return True
    return before == "inn" and k >= 2 and tokens[k - 2].low in _ADMITTED_AFTER_INN


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SplitNameGazetteerRecognizer(lang)]
