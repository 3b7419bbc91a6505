"""Norwegian lower-case person slots: ``kona til bratt``, ``det var han pm som`` (session 42).

Why: on a line ASR wrote in lower case a name that is also a word, or no word at all, has no
capital to give it away, and five Norwegian shapes name a person by the sentence alone (the
lower-cased development sets: ``kona til bratt jobba på kjøkkenet``, ``det var han pm som
sørget for …``, ``det var faleide sjøl som fant på det`` leaked):

* *a relative or partner "til" someone*: ``kona til X``, ``dattera til X``, ``naboen til X``
  — Norwegian's possessive of a person; what follows is the person (a name), unless it is a
  pronoun, a determiner, a definite noun (``kona til naboen``: the neighbour by role), a
  number or a time word (``mora til nå`` is "until now");
* *a cleft on a person*: ``det var han X som``, ``det var ho X som`` (the dialect pronoun
  before a name) and ``det var X sjøl som`` (the name stressed by "self");
* *the one who*: ``og så var det bukken da han som bodde i kjelleren``, ``bøtta var han som
  solgte …`` — a word, then the pronoun of a person and ``som``; a definite noun there is a
  nickname (replaced), never a role, kinship or closed-class word;
* *the pronoun as the name's article after a preposition*: ``snakka med han labben``, ``hos
  ho X`` — a preposition takes one object, so the word after the pronoun is the name (any
  word but a verb, a Nynorsk form, an adverb, an adjective or a reflexive; not after the
  prepositions that are conjunctions too: ``til han kom`` is "until he came", ``for ho
  sladrar`` "because she gossips"; ``names_stress.py``'s "pronoun word_name lower" cell);
* *a family by its surname*: ``Familien Fisker på nabogården`` — on a line with capitals too
  (a capitalised word there is the surname), on a lower-case one as the other shapes.

A word no list has, or a listed first name or surname, is replaced (0.6); an everyday word is
shown to the steward (0.3: ``kona til bratt`` is a man called Bratt, but the word is also
"steep"). Lower-case lines only: with capitals the name carries its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import (
    common_words,
    nb_definite_noun,
    not_entities,
    word_class_forms,
)

SCORE = 0.6
SCORE_FLAG = 0.3
# Relatives, partners, friends and neighbours in the form "X til Y" takes.
_RELATIONS = (
    "kona|kone|konå|mannen|sønnen|sonen|guten|gutten|dattera|datteren|dottera|jenta|broren|"
    "brora|søstera|søsteren|systera|faren|faren|fara|mora|moren|mor|far|bestemora|bestemoren|"
    "bestefaren|kjæresten|samboeren|sambuaren|naboen|venninna|venninnen|kompisen|vennen|"
    "onkelen|tanta|fetteren|kusina|svigermora|svigerfaren|svogeren|svigerinna|enka|"
    "enkemannen|ungene|ungane|barna|borna|eksen|eksmannen|ekskona"
)
_RELATION_OF = re.compile(
    r"(?<![\w'’-])(?:" + _RELATIONS + r") til (?P<name>[a-zæøåáčđŋšŧž][\wæøå'’-]*)(?![\w'’-])"
)
_CLEFT = re.compile(
    r"(?<![\w'’-])det (?:var|va|er|e) (?:(?:han|ho|hun|hu) (?P<name>[a-zæøåáčđŋšŧž][\wæøå-]*)"
    r"|(?P<self_name>[a-zæøåáčđŋšŧž][\wæøå-]*) (?:sjøl|sjølv|selv)) som\b"
)
# Session 42 (the development sets' flags: "og så var det bukken da han som bodde i
# kjelleren", "bøtta var han som solgte oss hasj"): a word and the pronoun of a person with
# "som" after it — the one who; a definite noun there is a nickname, not a thing.
_THE_ONE_WHO = re.compile(
    r"(?:(?<![\w'’-])(?:det (?:var|va)|(?:var|va) det) |^|(?<=[.!?] ))"
    r"(?P<name>[a-zæøåáčđŋšŧž][\wæøå-]*)(?: (?:da|altså))?(?: (?:var|va|er|e))? "
    r"(?:han|hun|ho|hu) som\b",
    re.MULTILINE,
)
# Session 42 (names_stress.py, "pronoun word_name lower": "snakka med han labben", "vi traff
# ho kløver"): a preposition, or a subject and its verb, then the dialect pronoun and a word
# that is no verb — the pronoun is the name's article, not an object before an object.
_PRONOUN_AFTER_PREP = re.compile(
    r"(?<![\w'’-])(?:med|hos|åt|frå|fra|mot|ved|av)"
    r" (?:han|ho|hu|hun) (?P<name>[a-zæøåáčđŋšŧž][\wæøå-]*)(?![\w'’-])"
)
# Session 42 (blind24 as development material: "Familien Fisker på nabogården, de var som
# foreldre for meg"): a family named by its surname; with capitals too.
_FAMILY = re.compile(r"(?<![\w'’-])[Ff]amilien (?P<name>[^\W\d_][\wæøå-]*)(?![\w'’-])")
# Words after "til" that are no person: time words ("mora til nå"), quantities, fillers.
_NOT_NAMES = word_set(
    """
    nå no da dags slutt sist sammen saman stede bords sengs fots hest sjøs lands vanns
    begge alle ingen noen nokon mange flere fleire hver kvar eh ehm øh altså liksom sjøl
    sjølv selv seg meg deg oss dere dykk dem dei henne ham han ho hun hu
    """
)


_CUES = re.compile(r" (?:til|som|han|ho|hu|hun) ")
# Words before "han som" that are no name ("det var sånn han som", "det var her hun som").
_ONE_WHO_NOT = word_set(
    """
    sånn slik her der dit hit da nå no bare berre også òg ikke ikkje aldri alltid jo vel
    kanskje nok visst faktisk egentlig eigentleg mannen kona dama fyren karen gutten jenta
    """
)


# Words after "med han" that are no name: reflexives, quantities, fillers.
_NB_ASIDE_WORDS = word_set("sjøl sjølv selv sjølve selve alle begge heile hele eh ehm øh altså")


class NbRelationOfRecognizer(AnonkitRecognizer):
    """``kona til bratt``, ``det var han pm som`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.common = common_words("nb")
        self.skip = not_entities("nb")
        self.listed = frozenset(n.lower() for n in (*all_first_names(), *all_surnames()))
        self.verbs = word_class_forms("nb", "verb")
        self.adverbs = word_class_forms("nb", "adv")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low_text = text.lower()
        if not _CUES.search(low_text) and "familien " not in low_text:
            return  # every shape holds one of these
        for m in _FAMILY.finditer(text):
            word = m.group("name")
            if word[0].isupper() and not lower_case_line(text, m.end()):
                if word.lower() not in self.skip and word.lower() not in FUNCTION_WORDS:
                    yield m.start("name"), m.end("name"), PERSON, SCORE
            elif lower_case_line(text, m.end()) and (score := self._score(word)) is not None:
                yield m.start("name"), m.end("name"), PERSON, score
        for regex in (_RELATION_OF, _CLEFT, _THE_ONE_WHO, _PRONOUN_AFTER_PREP):
            for m in regex.finditer(text):
                group = "self_name" if m.groupdict().get("self_name") else "name"
                start, end = m.span(group)
                if not lower_case_line(text, end):
                    continue
                word = m.group(group)
                if regex is _PRONOUN_AFTER_PREP:
                    score = self._article_score(text, m.end(group), word)
                elif regex is _THE_ONE_WHO:
                    score = self._one_who_score(word)
                else:
                    score = self._score(word)
                if score is not None:
                    yield start, end, PERSON, score

    def _article_score(self, text: str, end: int, word: str) -> float | None:
        """A word after "med han", "hos ho": any word that may name someone, a definite noun
        too ("med han labben"), but no verb ("til han kom": "until he came"), adverb,
        adjective, pronoun or closed-class word, and none before a verb ("for han sjøl var")."""
        if self._one_who_score(word) is None or word in self.verbs or word in self.adverbs:
            return None
        if nynorsk_form(word) and word not in self.listed:
            return None  # a Nynorsk verb or word ("ho sladrar", "han jobbar")
        if word.endswith(("ig", "lig", "isk")) or word in _NB_ASIDE_WORDS:
            return None
        return SCORE

    def _one_who_score(self, word: str) -> float | None:
        """The word before "han som": any name-like word, a definite noun too (a nickname:
        "bukken", "bøtta"); not a role, kinship or closed-class word."""
        if word in FUNCTION_WORDS or word in _NOT_NAMES or word in PRONOUNS or word in self.skip:
            return None
        if word in KINSHIP or word in ROLES or word in _ONE_WHO_NOT or not word.isalpha():
            return None
        return SCORE

    def _score(self, word: str) -> float | None:
        if word in FUNCTION_WORDS or word in _NOT_NAMES or word in PRONOUNS or word in self.skip:
            return None
        if word in KINSHIP or word in ROLES or word.isdigit():
            return None
        if word in self.listed and not nb_definite_noun(word):
            return SCORE
        if nb_definite_noun(word):
            return None  # "kona til naboen", "det var han broren som": a person by role
        if word.endswith(("en", "et", "a", "ane", "ene")) and nynorsk_form(word):
            return None  # session 49: the Nynorsk "det var ho sjukepleiaren som kom"
        return SCORE_FLAG if word in self.common else SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbRelationOfRecognizer(lang)] if lang == "nb" else []
