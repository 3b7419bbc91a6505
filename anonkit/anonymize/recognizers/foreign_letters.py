"""Names written with letters the language's own words do not use → PERSON or LOCATION
(issue 10, item 2; session 22).

Why: Sámi, Irish and Polish names keep their own letters in a transcript ("áilu utsi",
"rávdná sire", "máijá skum", "mr ó catháin", "zdzisław"), and Whisper writes them so. On a
line without capitals nothing else marks them, and the word after the first name (``utsi``,
``sire``, ``skum``) is one our lists explain as a word or a compound, so only the first word
was taken — or none, where NER read it as an organisation. A word holding a letter outside
the language's alphabet (``a``-``z``, and ``æ ø å`` in Norwegian) that no word list has
(``café``, ``idé``, ``kafé`` are listed words) is a name; so is the name it opens:

* an Irish or Scottish particle before it joins it (``ó catháin``, ``ní bhriain``), and so
  does a first name no list explains (``biret gáddi``);
* the next word joins it when it is no function word, adverb or verb form and either is no
  listed word itself or closes the name before a comma or the end of the sentence
  (``máijá skum, forsto meg``; not ``áilu var der``; a place takes no listed word after it:
  ``fra kárášjohka opprinnelig``).

A place preposition before it makes it a place (``fra kárášjohka``), else a person. Only
lines written in lower case are read: with capitals, NER and the name layers see such names
(NorNE dev: the rule found nothing they missed, and took ``Voilà`` and ``Jägermeister``).
Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, PERSON
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
_OWN_LETTERS = {
    "en": frozenset("abcdefghijklmnopqrstuvwxyz"),
    "nb": frozenset("abcdefghijklmnopqrstuvwxyzæøå"),
}
PARTICLES = word_set("ó o ní nic mac mc ua uí")
PLACE_PREPOSITIONS = word_set("i på fra til ved in from to near at")
_CLOSERS = (",", ".", "?", "!", ";", ":")
_NB_FINITE_ENDINGS = ("te", "de", "dde", "et", "a", "er", "r")


class ForeignLetterNameRecognizer(AnonkitRecognizer):
    """Names with letters foreign to the language (module docstring)."""

    ENTITIES = (PERSON, LOCATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.own = _OWN_LETTERS[lang]
        own = "".join(sorted(self.own))
        self.foreign_letter = re.compile(rf"[^\W\d_{own}]")
        self.lexicon = Lexicon(lang)
        self.skip = not_entities("nb") | not_entities("en")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if text.isascii() or self.foreign_letter.search(text.lower()) is None:
            return  # cheap: no foreign letter anywhere (Norwegian text is not ASCII)
        tokens = tokenize(text)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if not self._foreign_name(text, tok):
                i += 1
                continue
            first = i
            if i > 0 and (self._particle(text, tokens, i) or self._opens(text, tokens, i)):
                first = i - 1
            prep = tokens[first - 1].low if first > 0 else ""
            kind = LOCATION if prep in PLACE_PREPOSITIONS else PERSON
            last = i + 1 if self._continues(text, tokens, i, kind) else i
            yield tokens[first].start, tokens[last].end, kind, SCORE
            i = last + 1

    def _foreign(self, low: str) -> bool:
        return any(ch.isalpha() and ch not in self.own for ch in low)

    def _foreign_name(self, text: str, tok: Token) -> bool:
        low = tok.low
        if len(low) < 3 or not low.replace("-", "").isalpha() or not self._foreign(low):
            return False
        if low in self.skip or self.lexicon.is_common(low):
            return False
        return lower_case_line(text, tok.end)

    @staticmethod
    def _particle(text: str, tokens: tuple[Token, ...], i: int) -> bool:
        prev = tokens[i - 1]
        return prev.low in PARTICLES and text[prev.end : tokens[i].start] == " "

    def _name_word(self, text: str, tok: Token) -> bool:
        """A word that may stand in a name beside a foreign-lettered one."""
        low = tok.low
        return not (
            len(low) < 2
            or not low.replace("-", "").isalpha()
            or low in FUNCTION_WORDS
            or low in self.skip
            or low in word_class_forms(self.lang, "adv")
            or self._finite_verb(low)
            or (tok.text.islower() and not lower_case_line(text, tok.end))
        )

    def _finite_verb(self, low: str) -> bool:
        """A verb form that takes a subject: every listed English form; a Norwegian one with a
        present or past ending (Ordbank lists imperatives such as "skum", "utsi" too, and
        those read as name words)."""
        if low not in word_class_forms(self.lang, "verb"):
            return False
        return self.lang == "en" or low.endswith(_NB_FINITE_ENDINGS)

    def _opens(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """The word before is a first name no list explains as a word ("biret gáddi")."""
        prev = tokens[i - 1]
        return (
            text[prev.end : tokens[i].start] == " "
            and self._name_word(text, prev)
            and not self.lexicon.is_common(prev.low)
        )

    def _continues(self, text: str, tokens: tuple[Token, ...], i: int, kind: str) -> bool:
        """The word after a foreign-lettered name is part of it (module docstring)."""
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if text[tokens[i].end : nxt.start] != " " or not self._name_word(text, nxt):
            return False
        low = nxt.low
        if self._foreign(low) or not self.lexicon.is_common(low, compounds=False):
            return True
        # a listed word closing a person's name before a comma ("máijá skum, forsto meg")
        closes = text[nxt.end : nxt.end + 1] in _CLOSERS or nxt.end == len(text)
        return kind == PERSON and closes


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ForeignLetterNameRecognizer(lang)]
