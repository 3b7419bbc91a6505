"""The dialect pronoun "a" (= ho) before a woman's name → PERSON (session 23, nb23).

Why: in Oslo, Eastern and Trøndelag speech a woman's name takes the pronoun "a" or "'a" as its
article ("så sa a Lubna at …", "hos 'a Kari"), as "ho"/"han" do elsewhere (those are
:mod:`.names_in_context`'s). A name no list has after "a" was only flagged as a rare word.
Bokmål has no word "a", so after a word (not "plan a", "vitamin a", "klasse a", "fra a til
å") the next word is a name when it is a listed first name, or a word no dictionary knows
(on a line written with capitals, capitalised). An everyday word after "a" ("a skolen") or
English ("a lot") is left alone.

The same article with "han"/"ho"/"hun"/"hu" on a lower-case line: a pronoun opening a
clause, a noun and a finite verb of what people do (``han lemet kom helt fra …``, ``og ho
stjerna sa``) — Norwegian puts no noun between a subject pronoun and its verb, so the noun
(an everyday one: "lemet", "stjerna") is a name said with its article. Capitalised words
there are :mod:`.names_in_context`'s; adverbs, reflexives and verbs are not names.

Score 0.6 (replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.nb_nouns import noun_form
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    is_capitalized,
    lower_case_line,
    word_set,
)
from anonkit.anonymize.recognizers._slot_words import said_as_adverb
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, not_entities, word_class_forms

SCORE = 0.6

# "a"/"'a" after a word and before one more word (no hyphen: "a-hus", "a4").
_ARTICLE = re.compile(r"(?<=[^\W\d_] )['’]?a (?P<name>[^\W\d_][\w'’-]*)(?![\w'’-])", re.IGNORECASE)
# Words "a" follows as a letter or label: "plan a", "vitamin a", "fikk a" ("fra a til å"
# has a function word after "a").
_LETTER_BEFORE = word_set(
    """
    plan vitamin klasse klassen type typen gruppe gruppa gruppen punkt side sida kategori
    alternativ alternativet modell variant blokk blokka bygg bygget inngang oppgang del
    delen trinn nivå karakter karakteren fikk får bokstaven bokstav sone
    """
)
_PREV_WORD = re.compile(r"([^\W\d_]+) $")
# "han lemet kom": pronoun, noun, finite verb of what people do (no copula: "han huset var").
_PRONOUN_NOUN_VERB = re.compile(
    r"(?:^|[,.;:!?] |(?<![\w'’-])(?:og|men|at|så|da|når|fordi|mens|hvis|før|etter) )"
    r"(?:han|ho|hun|hu) (?P<name>[a-zæøå]{3,}) (?P<verb>[a-zæøå]+)\b"
)
_PERSON_VERBS = word_set(
    """
    kom sa ringte spurte svarte hjalp kjørte ga tok satt sto gikk fikk likte skrev lo gråt
    jobba jobbet bodde hadde ville skulle kunne måtte sendte besøkte passa passet dro
    reiste kjøpte lagde laga snakka snakket flytta flyttet døde
    """
)
_NOT_NAMES = word_set("sjøl selv alene også bare heller ikke aldri alltid først nettopp jo")


class NbDialectArticleRecognizer(AnonkitRecognizer):
    """A name after the dialect pronoun "a" (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.first = first_names_lower()
        self.skip = not_entities("nb")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        yield from self._pronoun_noun_verb(text)
        if not any(a in text for a in (" a ", " A ", "'a ", "’a ")):
            return
        for m in _ARTICLE.finditer(text):
            start = m.start()
            prev = _PREV_WORD.search(text, max(0, start - 30), start)
            if prev is None or prev.group(1).lower() in _LETTER_BEFORE:
                continue
            if text[start] == "A":
                continue  # "A" opens no clause after a word mid-sentence; a letter label
            name = m.group("name")
            low = name.lower()
            if len(low) < 3 or low in FUNCTION_WORDS or low in self.skip:
                continue
            if not (is_capitalized(name) or lower_case_line(text, m.end())):
                continue
            # Session 39: a capital mid-sentence on a line written with capitals is a name
            # unless the word itself is listed; a split into two words explains nothing there
            # ("det var a Tonette": "to|nette").
            cased = not lower_case_line(text, m.end())
            if low in self.first or not (
                self.lexicon.is_common(low, compounds=not cased)
                or low in common_words("en")  # "a fucking birkin"
            ):
                yield m.start("name"), m.end("name"), PERSON, SCORE

    def _pronoun_noun_verb(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """ "han lemet kom": a noun between a clause's subject pronoun and its verb."""
        if not any(p in text for p in ("han ", "ho ", "hun ", "hu ")):
            return
        for m in _PRONOUN_NOUN_VERB.finditer(text):
            low = m.group("name")
            if (
                m.group("verb") not in _PERSON_VERBS
                or not lower_case_line(text, m.end("name"))
                or low in FUNCTION_WORDS
                or low in _NOT_NAMES
                or low in self.skip
                or low in word_class_forms("nb", "adv")
                or said_as_adverb(low)  # session 50: "og hun endelig hadde"
                or (low in word_class_forms("nb", "verb") and not noun_form(low))
            ):
                continue
            yield m.start("name"), m.end("name"), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbDialectArticleRecognizer(lang)] if lang == "nb" else []  # Norwegian only
