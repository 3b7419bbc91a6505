"""Places and institutions introduced by their kind and a naming word → LOCATION or
ORGANIZATION (issue 10, items 3, 4 and 9; session 21).

Why: "a little place called mousehole", "a village called Wool", "ei lita bygd som heter
Flo", "a pub called the Crown and Anchor", "en skole som het Fjellhaug": the naming word
says a name follows, and the noun before it says what kind of name. The names-in-context
layer read every word after "called" as a person ("mousehole" became a person's pseudonym),
and the place and institution layers did not know the word. This recognizer gives the name
the kind its noun says; :mod:`.names_in_context` leaves such slots alone. "royal" before a
listed town names the town's hospital (``the royal oldham``).

The name: on a line with capitals, the capitalized words after the naming word (with "the"
before them, as in "the Crown"); on a line written in lower case, the next word, and the one
after it when no word list has that one either. Score 0.85: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._slot_words import INSTITUTION_NOUNS, PLACE_NOUNS
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, lower_case_line
from anonkit.anonymize.wordlists import word_class_forms

SCORE = 0.85
KIND_NOUNS = PLACE_NOUNS | INSTITUTION_NOUNS
# "<kind> called X", "<kind> som heter/het X", "<kind> named X", "<kind> kalt X".
_NAMING = re.compile(
    r"\b(?P<kind>\w+)(?:,)? (?:called|named|kalt|kalla|som heter|som het|som hette|som heitte)"
    r" (?P<rest>.{1,60})",
    re.IGNORECASE,
)
# Session 35 (blind24 as development material): the kind, then where it is, then the naming
# word ("at a home in bowers gifford called marsh view"); the kind noun is looked for before
# the place, which the pattern above reads as the kind.
_NAMING_PLACED = re.compile(
    r"\b(?P<kind>\w+) (?:in|at|on|near|by|outside) [\w'’-]+(?: [\w'’-]+)?,? (?:called|named|kalt"
    r"|kalla|som heter|som het) (?P<rest>.{1,60})",
    re.IGNORECASE,
)
# What may follow a lower-case name of two words: punctuation, the line's end, or a word
# that opens the next clause or phrase.
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?]|$)|\s+(?:then|and|but|for|in|at|near|where|which|that|so|og|men|i|på|"
    r"der|som)\b"
)
_CAP_RUN = re.compile(r"(?:the |The )?[A-ZÆØÅ][\w'’.-]*(?: (?:[A-ZÆØÅ][\w'’.-]*|and|og|&|of|i))*")
_WORD = re.compile(r"[\w'’-]+")
# Words that end a capitalized run when they come last ("the Crown and", "Holme i").
_TRAILING = word_set("and og of i &")


class NamedPlaceRecognizer(AnonkitRecognizer):
    """``<kind noun> called X`` → the kind the noun says (module docstring)."""

    ENTITIES = (LOCATION, ORGANIZATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low_text = text.lower()
        if "royal " in low_text:
            yield from _royal_hospitals(text)
        if ", " in text:
            yield from self._kind_after(text)
        if _NAME_FIRST_CUE.search(low_text):
            yield from self._name_first(text)
        if not any(cue in low_text for cue in ("called", "named", "kalt", "kalla", "som he")):
            return  # cheap
        for m in (*_NAMING.finditer(text), *_NAMING_PLACED.finditer(text)):
            kind_word = m.group("kind").lower()
            if kind_word not in KIND_NOUNS:
                continue
            kind = LOCATION if kind_word in PLACE_NOUNS else ORGANIZATION
            span = self._name_after(text, m.start("rest"))
            if span is not None:
                yield span[0], span[1], kind, SCORE

    def _kind_after(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Session 22, on a lower-case line: "i went to kelmscott all souls, the school in
        shadwell", "jeg gikk på brekkehaugen, skolen ved kirka": after a preposition, the
        name, then (perhaps after ", at <place>,") its kind set off by a comma — an article
        and a kind noun, or a Norwegian definite kind noun — and the words that place it
        (a preposition) or an adjective before the noun ("the new unit")."""
        for m in _KIND_AFTER.finditer(text):
            if not lower_case_line(text, m.start("name")):
                continue
            kind_word = (m.group("kind") or m.group("nbkind")).lower()
            kind_word = _INDEFINITE.get(kind_word, kind_word)
            if kind_word not in KIND_NOUNS:
                continue
            words = m.group("name").split(" ")
            if any(w.lower() in _NAME_STOPS for w in (words[0], words[-1])):
                continue
            if all(self.lexicon.is_common(w.lower(), compounds=False) for w in words):
                continue  # "to the shops, the …": no word of it is a name
            kind = LOCATION if kind_word in PLACE_NOUNS else ORGANIZATION
            yield m.start("name"), m.end("name"), kind, SCORE

    def _name_first(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Session 40 (blind30 as development material): the name said first, "Sappen heiter
        plassen", "Brekka het gården", "Hillside was the name of the farm": the naming word
        and a definite kind noun after the name. On a line with capitals the capitalised
        words before it; on a lower-case line the word before it, everyday word or not (the
        kind noun says it names the place), but no function word or adverb."""
        for m in _NAME_FIRST.finditer(text):
            kind_word = m.group("kind").lower()
            kind_word = _INDEFINITE.get(kind_word, kind_word)
            if kind_word not in KIND_NOUNS:
                continue
            name = m.group("name")
            if lower_case_line(text, m.start("name")):
                name = name.split(" ")[-1]
                low = name.lower()
                if low in _NAME_STOPS or low in word_class_forms(self.lang, "adv"):
                    continue  # "kva heiter plassen", "no heiter skulen …"
            elif not all(w[0].isupper() for w in name.split(" ")) or name.lower() in _NAME_STOPS:
                continue
            kind = LOCATION if kind_word in PLACE_NOUNS else ORGANIZATION
            yield m.end("name") - len(name), m.end("name"), kind, SCORE

    def _name_after(self, text: str, start: int) -> tuple[int, int] | None:
        if lower_case_line(text, start):
            words = list(_WORD.finditer(text, start, min(len(text), start + 40)))
            if not words or words[0].start() != start:
                return None
            first = words[0]
            if first.group(0).lower() in FUNCTION_WORDS:
                return None
            end = first.end()
            if (
                len(words) > 1
                and text[first.end() : words[1].start()] == " "
                and words[1].group(0).lower() not in FUNCTION_WORDS
                and (
                    not self.lexicon.is_common(words[1].group(0).lower())
                    # session 35: two words that end the clause are the name ("a home
                    # called marsh view, then", "a unit called rowan view for a year")
                    or _CLAUSE_END.match(text, words[1].end()) is not None
                )
            ):
                end = words[1].end()
            return start, end
        run = _CAP_RUN.match(text, start)
        if run is None:
            return None
        value = run.group(0)
        words = value.split()
        while words and words[-1].lower() in _TRAILING:
            words.pop()
        if words and words[0].lower() == "the":
            start += len(words.pop(0)) + 1  # "a pub called the Crown": the article is outside
        if not words:
            return None
        return start, start + len(" ".join(words))


# Session 22: "<preposition> NAME, [at PLACE,] the [adjective] KIND …" / "…, skolen ved …".
_KIND_AFTER = re.compile(
    r"\b(?:to|at|in|from|på|i|til|fra) (?P<name>[^\W\d_]+(?: [^\W\d_]+){0,2}),"
    r"(?: (?:at|in|på|i) [^\W\d_]+,)?"
    r" (?:(?:the|a|an|ei|en|et) (?:\w+ )?(?P<kind>\w+)|(?P<nbkind>\w+))"
    r"(?= (?:in|on|at|near|by|where|that|i|på|ved|der|som|up|down)\b|[,.]|$)",
    re.IGNORECASE,
)
# Norwegian definite kind nouns → the list's indefinite form.
_INDEFINITE = {
    "skolen": "skole", "sykehuset": "sykehus", "avdelinga": "avdeling", "avdelingen": "avdeling",
    "kafeen": "kafé", "butikken": "butikk", "senteret": "senter", "klubben": "klubb",
    "kirka": "kirke", "kirken": "kirke", "bygda": "bygd", "øya": "øy", "garden": "gård",
    "gården": "gård", "plassen": "plass", "dalen": "dal",
    # session 40: the name said first ("Sappen heiter plassen")
    "stedet": "sted", "staden": "stad", "grenda": "grend", "holmen": "holme",
    "gata": "gate", "veien": "vei", "vegen": "veg", "skulen": "skole", "bydelen": "bydel",
}
# "<name> heter/heiter <definite kind>", "<name> was the name of the <kind>".
_NAME_FIRST = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+){0,2})"
    r"(?: (?:heter|heiter|het|hette|heitte|heit) |,? (?:is|was) the name of the )"
    r"(?P<kind>[^\W\d_]+)(?![\w'’-])",
    re.IGNORECASE,
)
_NAME_FIRST_CUE = re.compile(r" (?:heter|heiter|het|hette|heitte|heit) |the name of the ")
# Words a name does not open or close with.
_NAME_STOPS = FUNCTION_WORDS | word_set("the my his her our their see visit")


# "the royal oldham", "the Royal Edinburgh" (session 21): "royal" and a listed town name the
# town's hospital; on a line without capitals no other layer joins the two words.
_ROYAL = re.compile(r"(?<![\w'’-])royal ((?:[^\W\d_]+)(?: [^\W\d_]+)?)", re.IGNORECASE)


def _royal_hospitals(text: str) -> Iterator[tuple[int, int, str, float]]:
    listed = places_lower()
    for m in _ROYAL.finditer(text):
        words = m.group(1).split(" ")
        for n in (2, 1):
            if len(words) >= n and " ".join(words[:n]).lower() in listed:
                yield m.start(), m.start(1) + len(" ".join(words[:n])), ORGANIZATION, SCORE
                break


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedPlaceRecognizer(lang)]
