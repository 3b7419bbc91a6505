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

Session 46 (blind36 as development material): the other order, when a pronoun takes the
name up right after it — ``my youngest is genesis, she's seven``, ``dottera mi er nokwe, ho
går i andre`` — where a bare noun after the copula and the relative is the name (a
description takes an article or is an adjective, participle or number: ``my son is
autistic``, ``my eldest is married``, ``my son is twelve``; Norwegian also a bare
profession, ``sønnen min er lærar``, so there only a word no noun list knows counts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import (
    KINSHIP,
    PRONOUNS,
    RELATIONS,
    RELATIONS_DEFINITE,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.profession_predicates import NB_JOB_ENDINGS
from anonkit.anonymize.wordlists import (
    en_lemmas,
    is_everyday_word,
    nb_definite_noun,
    not_entities,
    word_class_forms,
)

SCORE = 0.6
SCORE_FLAG = 0.3
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
# Session 46: the relative first, the name after the copula, a pronoun taking it up.
_EN_NAME_AFTER = re.compile(
    r"(?<![\w'’-])(?:my|our) (?:(?:little|baby|wee|older|younger|big) )?(?P<rel>[a-z]+)"
    r"(?: one)? (?:is|was|['’]s) (?P<word>[a-z][a-z'’-]+),? (?:and )?"
    r"(?:she|he)(?:['’]s| is| was)\b",
    re.IGNORECASE,
)
_NB_NAME_AFTER = re.compile(
    r"(?<![\w'’-])(?:(?P<rel1>[a-zæøå]+) (?:mi|min|vår)|den (?P<rel2>yngste|eldste|minste|"
    r"største|midterste)) (?:er|e|var|va) (?P<word>[a-zæøå][a-zæøå'’-]+),? (?:og )?"
    r"(?:ho|hu|hun|han) ",
    re.IGNORECASE,
)
_PRONOUN_QUICK = {
    "en": re.compile(r"(?:[Ss]he|[Hh]e)(?:['’]s| is| was)\b"),
    "nb": re.compile(r"\b(?:ho|hu|hun|han) ", re.IGNORECASE),
}
_AGE_NEXT = re.compile(r" ([a-z]+|\d+)\b", re.IGNORECASE)
_EN_CHILDREN = word_set("youngest eldest oldest middle firstborn baby")
_NB_DEFINITE_PEOPLE = word_set(
    """
    søstera søsteren broren bror søster kusina kusinen fetteren tanta onkelen mora moren faren
    dattera datteren sønnen vennen venninna venninnen kompisen kameraten kjæresten samboeren
    naboen kollegaen sjefen bestevenninna bestevennen bestekompisen svigerinna svogeren
    kona mannen
    mammaen pappaen bestemora bestefaren mormora morfaren farmora farfaren
    dottera dottra dotra systera systra sonen sønnen
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
        yield from self._names_after(text)

    def _names_after(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """``my youngest is genesis, she's seven`` (session 46; module docstring)."""
        if not _PRONOUN_QUICK[self.lang].search(text):
            return  # speed: every match ends in a pronoun taking the name up
        if self.lang == "en":
            for m in _EN_NAME_AFTER.finditer(text):
                rel, low = m.group("rel").lower(), m.group("word").lower()
                if (rel in _PEOPLE or rel in _EN_CHILDREN) and self._bare_name(low):
                    # an everyday word ("my daughter is trouble, she is") is shown, unless
                    # the pronoun gives the child's age ("genesis, she's seven")
                    aged = _AGE_NEXT.match(text, m.end())
                    everyday = is_everyday_word(low) and not (
                        aged and word_value(aged.group(1).lower()) is not None
                    )
                    yield m.start("word"), m.end("word"), PERSON, SCORE_FLAG if everyday else SCORE
            return
        for m in _NB_NAME_AFTER.finditer(text):
            rel = (m.group("rel1") or "").lower()
            low = m.group("word").lower()
            if (m.group("rel2") or _nb_relative(rel)) and self._bare_name(low):
                yield m.start("word"), m.end("word"), PERSON, SCORE

    def _bare_name(self, low: str) -> bool:
        """No closed-class, kinship, adjective, adverb, verb or number word (and, Norwegian,
        no noun form either) and no non-entity."""
        if (
            low in FUNCTION_WORDS
            or low in PRONOUNS
            or low in KINSHIP
            or low in _NOT_SUBJECTS
            or low in not_entities(self.lang)
            or word_value(low) is not None
            or low in word_class_forms(self.lang, "verb")
            or low in word_class_forms(self.lang, "adv")
        ):
            return False
        if self.lang == "en":
            return low not in en_lemmas("adj")
        return not (
            low in word_class_forms("nb", "noun")
            or is_everyday_word(low)
            or nynorsk_form(low)
            or low.endswith(NB_JOB_ENDINGS)
        )


def _nb_relative(word: str) -> bool:
    """A Norwegian relative or friend, definite ("dottera", "sonen", "kompisen") or not."""
    if word in _NB_DEFINITE_PEOPLE or word in RELATIONS_DEFINITE or word in KINSHIP:
        return True
    return any(
        word.endswith(end) and word[: -len(end)] in KINSHIP | RELATIONS for end in ("a", "en", "n")
    )


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
