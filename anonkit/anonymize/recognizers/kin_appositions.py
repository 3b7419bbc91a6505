"""A name with a kinship apposition after it → PERSON (issue 10, items 3 and 6; session 26).

Why: speakers introduce their people by name and then say who they are: ``Blessing, my
daughter, came to see me``, ``happiness, my youngest, she's the one who keeps me going``,
``Glede, dattera mi, kom på besøk``, ``Storm, den eldste, bor i Bergen``. Names of this kind
are often everyday words (Blessing, Happiness, Precious, Glede, Storm), so no list and no
capital gives them away, and the kinship word stands *after* them, where the cues of
:mod:`.names_in_context` (``my mum Hope``, ``mamma Randi``) do not look. The apposition
itself does: a word set off by a comma and then an owned kinship term (``my daughter``,
``our eldest``, ``sønnen min``) or ``den eldste``/``den yngste`` closed by a comma or the
sentence's end names that relative.

The word before must open a clause (or follow ``with``/``med``: "I went with Blessing, my
daughter,") — after an article, a preposition or a verb it is what the relative is, said
before them (``She's been an angel, my sister``, ``a heart of gold, my mam``) — and be
letters, no function, kinship, relation or pronoun word, no interjection, adverb or
non-entity (``Monday, my son came``): replaced with 0.6. Addresses such as ``my friend`` or
``my love`` are no kinship and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS, KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, not_entities, word_class_forms

SCORE = 0.6
# Owned kinship an English speaker sets after a name (partners too: "Dave, my husband,").
_EN_KIN = KINSHIP | word_set(
    "husband wife partner boyfriend girlfriend fiance fiancé ex ex-wife ex-husband stepdaughter "
    "youngest eldest oldest middle firstborn twin twins kids kid boy girl lad lass"
)
_EN_AGE = r"(?:(?:little|big|baby|wee|oldest|eldest|youngest|older|younger|middle|late|twin)\s+)?"
# Norwegian: the definite kinship noun with the owner after it ("dattera mi", "sønnen min").
_NB_KIN_DEFINITE = word_set(
    """
    dattera datteren sønnen kona mannen broren bror søstera søsteren mora moren faren
    svigermora svigerfaren kusina kusinen fetteren tanta tante onkelen onkel bestemora
    bestefaren mormora morfaren farmora farfaren niesa niesen nevøen samboeren kjæresten
    stedatteren stesønnen guttungen jentungen
    """
)
# The name opens a clause, or follows "with"/"med": after an article, a preposition or a verb
# the word is what the relative is ("She's been an angel, my sister", "a heart of gold, my
# mam", "hele tiden, mora mi"): a right-dislocated subject, not a name.
_TIME_WORDS = word_set("yesterday today tonight tomorrow later earlier now nå da")
_APPOSITION = re.compile(
    r"(?:^|(?<=[.,;:!?…])\s*|(?<![\w'’-])(?:and|og|but|men|with|med|så|so|then)\s+)"
    r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?),\s+"
    r"(?:(?:my|our|his|her|their|your)\s+" + _EN_AGE
    # session 28: a relative's relative ("Talent, my husband's brother, he's …")
    + r"(?:(?P<via>[^\W\d_]+)['’]s\s+)?"
    + r"(?P<en>[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"|(?P<nb>[^\W\d_]+)\s+(?:mi|min|mitt|vår|hans|hennes|sin)"
    r"|den\s+(?:eldste|yngste|minste|største|mellomste))"
    r"(?=\s*(?:[,.;!?…]|$))",
    re.IGNORECASE,
)


# A cheap test before the pattern: every match holds one of these after a comma.
_QUICK = re.compile(
    r",\s+(?:my|our|his|her|their|your|den)\s|[^\W\d_]\s+(?:mi|min|mitt|vår|hans|hennes|sin)\b",
    re.IGNORECASE,
)


class KinAppositionRecognizer(AnonkitRecognizer):
    """``<name>, my daughter,`` / ``<name>, dattera mi,`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | KINSHIP
            | _NB_KIN_DEFINITE
            | PRONOUNS
            | INTERJECTIONS
            | not_entities(lang)
            | _TIME_WORDS
            # adverbs, less English adjectives listed as adverbs too ("precious little")
            | (word_class_forms(lang, "adv") - (en_lemmas("adj") if lang == "en" else set()))
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "," not in text or not _QUICK.search(text):
            return
        for m in _APPOSITION.finditer(text):
            kin_en, kin_nb = m.group("en"), m.group("nb")
            if kin_en is not None and kin_en.lower() not in _EN_KIN:
                continue
            via = m.group("via")
            if via is not None and via.lower() not in _EN_KIN:
                continue  # "Monday, my friend's son": only a relative's relative
            if kin_nb is not None and kin_nb.lower() not in _NB_KIN_DEFINITE:
                continue
            name = m.group("name")
            if name.lower() in self.skip:
                continue
            yield m.start("name"), m.end("name"), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [KinAppositionRecognizer(lang)]
