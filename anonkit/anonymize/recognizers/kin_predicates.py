"""A word that opens a sentence and "is my cousin" → PERSON (session 33).

Why: a first name that is an everyday word (``Precious``, ``Blessing``, ``Success``, ``Tiny``)
opening a sentence is read as the word: sentence starts are capitalized anyway, and the name
lists leave such names out. When the sentence says the word is someone's relative or friend
("Precious is my cousin", "Tiny was my best mate", "Success is my daughter's name"; session 39:
"brightness is my sister's girl"; "Pepa er
søstera mi", "Snuppa var bestevenninna mi"), it is a person: a thing is no one's cousin. Also on
lines written in lower case ("precious is my cousin").

The rule: the first word of a sentence (no function word, pronoun or kinship word), a copula,
an owner (``my``/``our``/``his``/``her``/``min``/``mi``…) and perhaps one adjective (``little``,
``best``, ``older``), then a kinship or relation word; or ``is my <relative>'s name``; or,
Norwegian, a definite relation word and its owner after it (``søstera mi``, ``kompisen min``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS, RELATIONS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, nb_definite_noun, not_entities

SCORE = 0.6
# Session 40 (blind30 as development material): a second capitalised word belongs to the
# name ("Dil Kumari er mammaen min").
_OPENING = (
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?P<word>[^\W\d_][\w'’-]*)"
    r"(?P<more> [A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)?)?"
)
_EN = re.compile(
    _OPENING + r" (?:is|was|'s) (?:my|our|his|her|their) (?:(?:little|big|baby|older|younger|"
    r"eldest|youngest|oldest|best|closest|only|wee|twin|step|half|late) )?(?P<rel>[a-z-]+)"
    r"(?P<tail>'s name| name|['’]s (?:girl|boy|lad|lass|son|daughter|wife|husband|kid|"
    r"partner|friend|mate|boyfriend|girlfriend|eldest|youngest|oldest))?"
    r"(?=[,.;!?]|$| (?:and|from|who|in|at|on|now|then)\b)",
    re.IGNORECASE,
)
_NB = re.compile(
    _OPENING + r" (?:er|var|e|va) (?:(?:min|mi|mitt|vår|hans|hennes) (?P<rel1>[a-zæøå]+)|"
    r"(?P<rel2>[a-zæøå]+) (?:min|mi|mitt|vår|hans|hennes))(?![\w'’-])",
    re.IGNORECASE,
)
_NB_DEFINITE_PEOPLE = word_set(
    """
    søstera søsteren broren bror søster kusina kusinen fetteren tanta onkelen mora moren faren
    dattera datteren sønnen vennen venninna venninnen kompisen kameraten kjæresten samboeren
    naboen kollegaen sjefen bestevenninna bestevennen bestekompisen svigerinna svogeren
    kona mannen
    mammaen pappaen bestemora bestefaren mormora morfaren farmora farfaren
    """
)
_PEOPLE = KINSHIP | RELATIONS | word_set(
    "cousin sister brother auntie aunt uncle niece nephew daughter son keyworker nurse "
    "carer godmother godfather stepsister stepbrother bestie bezzie"
)


class KinPredicateRecognizer(AnonkitRecognizer):
    """``Precious is my cousin`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        pattern = _EN if self.lang == "en" else _NB
        skip = not_entities(self.lang)
        for m in pattern.finditer(text):
            word = m.group("word")
            low = word.lower()
            if low in FUNCTION_WORDS or low in PRONOUNS or low in KINSHIP or low in skip:
                continue
            if low in _NOT_SUBJECTS:
                continue
            if self.lang == "en":
                rel = m.group("rel").lower()
                if rel not in _PEOPLE and not (m.group("tail") and rel in _PEOPLE | KINSHIP):
                    continue
                if rel in _FRIENDS and low in en_lemmas("noun"):
                    continue  # "Booze was my best friend": a thing befriended
            else:
                rel = (m.group("rel1") or m.group("rel2") or "").lower()
                if rel not in _PEOPLE and rel not in _NB_DEFINITE_PEOPLE:
                    continue
                if nb_definite_noun(low):
                    continue  # "Musikken var vennen min": Norwegian names a thing definite
            more = m.group("more")
            if more is not None and not word[0].isupper():
                continue
            yield m.start("word"), m.end("more") if more else m.end("word"), PERSON, SCORE


_FRIENDS = word_set("friend mate pal buddy bestie bezzie companion friends mates")


# Openers that are things or people named by role, not by name ("Work was my life",
# "Dette er min bror", "Mum is my rock").
_NOT_SUBJECTS = word_set(
    """
    work music family life home church god jesus allah money drink football faith that this
    he she it they there here who what which dette det den han hun ho hu
    """
)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [KinPredicateRecognizer(lang)]
