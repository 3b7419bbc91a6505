"""A name in the Norwegian "sin"-genitive on a lower-case line → PERSON (session 32).

Why: speech says whose a thing is with ``sin``/``si``/``sitt``/``sine`` after the owner
(``bjørn sin bil``, ``liv si jakke``, ``dag sitt hus``). Written in lower case, an owner whose
first name is also a word (``bjørn``, ``liv``, ``dag``, ``vår``) was only flagged by the
truecaser: the lists explain it as a bear, a life, a day. The construction names a person (a
thing's own thing is said with a definite noun first: ``bilen sin``, ``huset sitt``), so a
listed first name or surname right before ``sin``/``si``/``sitt``/``sine`` and a noun after
it is replaced (0.6). Not: definite nouns, pronouns, kinship words and roles (``mora si``,
``legen sin``), function words, and the owner at the end of a clause (``han tok den sin``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_surnames, first_names_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS, RELATIONS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words

SCORE = 0.6
_DEFINITE_ENDINGS = ("en", "et", "a", "ene", "na", "ane")
# Whom only a person has (session 44).
_RELATIVES = (
    KINSHIP
    | RELATIONS
    | word_set("gudmor gudfar gudmora gudfaren kone kona mann mannen sambuar kjærast dotter syster")
)
_GENITIVE = re.compile(
    r"(?<![\w'’-])(?P<owner>[a-zæøå]{3,}) (?:sin|si|sitt|sine) (?P<thing>[a-zæøå]{2,})"
)


@cache
def _people() -> frozenset[str]:
    """Listed first names, and surnames that are no everyday word ("løken sin skyld" is the
    onion's fault, though Løken is a surname)."""
    common = common_words("nb")
    return first_names_lower() | frozenset(
        n.lower() for n in all_surnames() if n.lower() not in common
    )


class GarpeGenitiveRecognizer(AnonkitRecognizer):
    """``bjørn sin bil`` on a lower-case line → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" or not (
            " sin " in text or " si " in text or " sitt " in text or " sine " in text
        ):
            return
        for m in _GENITIVE.finditer(text):
            owner = m.group("owner")
            if (
                (owner in _people() or self._kin_of_bare_word(owner, m.group("thing")))
                and owner not in FUNCTION_WORDS
                and owner not in PRONOUNS
                and owner not in KINSHIP
                and owner not in ROLES
                and m.group("thing") not in FUNCTION_WORDS
                and lower_case_line(text, m.end("owner"))
            ):
                yield m.start("owner"), m.end("owner"), PERSON, SCORE

    @staticmethod
    def _kin_of_bare_word(owner: str, thing: str) -> bool:
        """Session 44 (blind34 as development material: ``berre med osp sin gudmor``): a
        relative is a person's, so an everyday word in its bare form owning one is a name;
        a thing's own is said with the definite form (``huset sin eier``, ``treet sitt``)."""
        return thing in _RELATIVES and not owner.endswith(_DEFINITE_ENDINGS)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [GarpeGenitiveRecognizer(lang)] if lang == "nb" else []  # Norwegian only
