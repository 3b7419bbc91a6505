"""A surname alone as the subject of what only people do → PERSON (session 23, nb23).

Why: Norwegians name colleagues, doctors and neighbours by the surname alone, and most
Norwegian surnames are farm names that are everyday words (``Engen`` the meadow, ``Stang``
a pole, ``Kvernmoen``): "Engen på kontoret ville ikke", "Stang var turnuslegen",
"Kvernmoen sa aldri nei" were only flagged as a capitalised word (blind11). Three slots,
each at a sentence start (on a lower-case line in any case, otherwise capitalised):

1. **A surname form before a verb of saying or thinking** (``sa``, ``spurte``, ``mente``,
   ``lovte``, ``nekta`` …): a listed Norwegian surname, or a word no dictionary lists as it
   stands that ends like a farm name (``-moen``, ``-engen``, ``-rud``, ``-stad``, ``-heim``
   …). A modal (``ville``, ``skulle``) counts only after a workplace that locates the
   person (``Lien på kontoret ville``, ``bakken fra nav skulle``): a garden "would" too
   ("Hagen ville ikke gro").
2. **A copula and a definite role noun** (``Stang var turnuslegen``, ``Nordli var
   nattevakta``): the role is a person's, so the subject is a person; any word that may
   name someone (no kinship word, demonstrative, pronoun, definite everyday noun unless a
   listed surname).
   Two joined words before a copula and a plural role noun count the same way (``stav og
   gren var de to miljøterapeutene``).
3. **One of a group of people** (``Lemet var den eneste i familien som …``): the first, only,
   youngest or eldest in the family, class or gang is a person (or a pet: kin and pet nouns
   are left out); a definite everyday noun there is a name (``lemet`` is a limb).

Not :mod:`.nb_person_predicates`' bare speaker (a bare dictionary noun before ``sa``): these
are surname forms, definite farm forms included. Score 0.6 (replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import surnames
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    spaced,
    token_word,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._slot_words import NAME_BEARERS, ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.person_cues import may_name_someone
from anonkit.anonymize.wordlists import nb_noun_lemmas, not_entities, word_class_forms

SCORE = 0.6

# 1. Verbs of saying, asking, thinking and promising: said of people.
HUMAN_VERBS = word_set(
    """
    sa sier spurte spør svarte mente meinte syntes synes trodde trur tror visste veit vet
    forsto forstod skjønte lovte lovet nekta nektet ringte skrev fortalte ropte smilte lo
    gråt sukka sukket stamma stammet klemte insisterte
    skreiv ringde fortalde spurde svara
    """
)
MODALS = word_set("ville vil skulle skal kunne kan måtte må burde")
_LOCATING_PREPS = word_set("på fra i hos ved")
# Farm-name endings of Norwegian surnames (Statistics Norway's commonest surnames end so).
FARM_ENDINGS = (
    "moen", "engen", "rud", "ruud", "stad", "heim", "seth", "sæter", "seter", "bakken",
    "haugen", "lien", "dalen", "stuen", "plassen", "gård", "gaard", "vik", "nes", "ness",
    "li", "land", "berg", "bø", "eng", "haug", "myr", "rød", "aas", "ås",
)  # fmt: skip
_MIN_STEM = 3
# 2. Copulas, and heads of definite role nouns ("turnuslegen", "nattevakta").
COPULAS = word_set("var er ble va e vart")
ROLE_HEADS = (
    "legen", "læreren", "terapeuten", "sykepleieren", "sjukepleiaren", "psykologen",
    "psykiateren", "presten", "sjefen", "lederen", "vakta", "vakten", "kontakten",
    "personen", "behandleren", "pleieren", "assistenten", "rådgiveren", "konsulenten",
    "jordmora", "jordmoren", "treneren", "advokaten", "dommeren", "rektoren",
)  # fmt: skip
# 2b. Plural role nouns ("miljøterapeutene", "nattevaktene", "sykepleierne").
PLURAL_ROLE_HEADS = (
    "legene", "lærerne", "lærarane", "terapeutene", "sykepleierne", "sykepleiarane",
    "vaktene", "assistentene", "psykologene", "behandlerne", "personene", "pleierne",
    "sjefene", "lederne", "trenerne", "prestene",
)  # fmt: skip
# 3. "den eneste i familien som": ranks and groups of people.
_GROUP = re.compile(
    r" (?:var|er|ble) (?:den|det) (?:eneste|einaste|første|siste|yngste|eldste) "
    r"(?:i|av|blant) (?:familien|familia|klassen|gjengen|slekta|søsknene|søskenflokken|"
    r"oss|dem|de|gutta|jentene|venneflokken)\b"
)
# 3. Nouns of kin and pets in the definite form: the only other subjects a family has (a
# thing is no one's family member, so "Lemet", a limb, is a name there).
_KIN_AND_PETS = (
    "hunden", "bikkja", "katten", "katta", "pusen", "hesten", "mora", "moren", "faren",
    "broren", "bror", "søstera", "søsteren", "søstra", "kona", "mannen", "gutten", "jenta",
    "ungen", "babyen", "minsten", "veslebror", "veslesøster",
)  # fmt: skip
_DEMONSTRATIVES = word_set("dette denne disse det den slik sånn sånt")


@cache
def _nb_surnames() -> frozenset[str]:
    return frozenset(s.lower() for s in surnames("nb"))


class NbSurnameSubjectRecognizer(AnonkitRecognizer):
    """Surnames alone as subjects of people's verbs and roles (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities("nb")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if not tok.sent_start or i + 2 >= len(tokens) or not self._may_name(text, tok):
                continue
            if (
                self._speaker(text, tokens, i)
                or self._role(text, tokens, i)
                or self._one_of_group(text, tok)
            ):
                yield tok.start, tok.end, PERSON, SCORE
            elif self._role_pair(text, tokens, i):
                yield tok.start, tok.end, PERSON, SCORE
                yield tokens[i + 2].start, tokens[i + 2].end, PERSON, SCORE

    def _may_name(self, text: str, tok: Token) -> bool:
        word, low = tok.text, tok.low
        if word.islower() and not lower_case_line(text, tok.end):
            return False  # a lower-case opener on a line written with capitals
        return (
            may_name_someone(word)
            and len(low) >= 3
            and low not in _DEMONSTRATIVES
            and low not in ROLES
            and low not in NAME_BEARERS
            and low not in self.skip
            and low not in word_class_forms("nb", "adv")
            and not low.endswith(ROLE_HEADS)
        )

    def _surname_form(self, low: str) -> bool:
        """A listed Norwegian surname, or a farm-name form no dictionary lists whole."""
        if low in _nb_surnames():
            return True
        return any(
            low.endswith(e) and len(low) - len(e) >= _MIN_STEM for e in FARM_ENDINGS
        ) and not self.lexicon.is_common(low, compounds=False)

    def _not_thing(self, low: str) -> bool:
        """No definite everyday noun ("Bakken", "Sanda"), unless a listed surname."""
        if low in _nb_surnames():
            return True
        return not (
            low.endswith(("en", "et", "a", "ene", "na"))
            and low not in nb_noun_lemmas()  # "gren" is a bare noun, not "the gr"
            and self.lexicon.is_common(low)
        )

    def _speaker(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """1. "Kvernmoen sa", "Lien på kontoret ville"."""
        if not self._surname_form(tokens[i].low):
            return False
        j = i + 1
        if token_word(tokens, j) in _LOCATING_PREPS and spaced(text, tokens, i, j + 2):
            # "på kontoret", "fra nav": the place that locates the person, then the verb
            return token_word(tokens, j + 2) in HUMAN_VERBS | MODALS
        return spaced(text, tokens, i, j) and token_word(tokens, j) in HUMAN_VERBS

    def _role_pair(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """2b. "stav og gren var de to miljøterapeutene": two joined words, a copula and a
        plural role noun (perhaps after "de to")."""
        if token_word(tokens, i + 1) != "og" or not spaced(text, tokens, i, i + 3):
            return False
        if token_word(tokens, i + 3) not in COPULAS or not self._may_name(text, tokens[i + 2]):
            return False
        j = i + 4
        if token_word(tokens, j) in ("de", "dei") and token_word(tokens, j + 1) in ("to", "tre"):
            j += 2
        return (
            spaced(text, tokens, i + 3, j)
            and token_word(tokens, j).endswith(PLURAL_ROLE_HEADS)
            and self._not_thing(tokens[i].low)
            and self._not_thing(tokens[i + 2].low)
        )

    @staticmethod
    def _one_of_group(text: str, tok: Token) -> bool:
        """3. "Lemet var den eneste i familien": not a kin or pet noun."""
        return bool(_GROUP.match(text, tok.end)) and not tok.low.endswith(_KIN_AND_PETS)

    def _role(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """2. "Stang var turnuslegen": a copula and a definite role noun."""
        if not spaced(text, tokens, i, i + 2) or token_word(tokens, i + 1) not in COPULAS:
            return False
        role = token_word(tokens, i + 2)
        is_role = (role in ROLES and role.endswith(("en", "a"))) or role.endswith(ROLE_HEADS)
        return is_role and self._not_thing(tokens[i].low)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbSurnameSubjectRecognizer(lang)] if lang == "nb" else []  # Norwegian only
