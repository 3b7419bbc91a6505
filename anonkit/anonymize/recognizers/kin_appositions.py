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

Session 29 (benchmarks/names_stress.py: everyday-word nicknames set off this way were silent
leaks): a **role** apposition names a person the same way (``Stubben, kontaktpersonen min,``,
``Tiny, our key worker,``, ``Nudge, the neighbour's lad,`` is not read), and so does a
relative clause about a person (``Labben, han som jobber på lageret,``, ``Sausage, the one
who works in the stores,``). Vocatives (``my friend``, ``my mate``) stay unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS, KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, en_lemmas, not_entities, word_class_forms

SCORE = 0.6
# Owned kinship an English speaker sets after a name (partners too: "Dave, my husband,").
_EN_KIN = KINSHIP | word_set(
    "husband wife partner boyfriend girlfriend fiance fiancé ex ex-wife ex-husband stepdaughter "
    "youngest eldest oldest middle firstborn twin twins kids kid boy girl lad lass "
    # session 39: "mother"/"father" (left out of KINSHIP: "Father Kovács" is a priest)
    "mother father"
)
_EN_AGE = r"(?:(?:little|big|baby|wee|oldest|eldest|youngest|older|younger|middle|late|twin)\s+)?"
# Norwegian: the definite kinship noun with the owner after it ("dattera mi", "sønnen min").
NB_KIN_DEFINITE = word_set(
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
    # session 32: "our" before a name is the northern English family's ("our dinky, me
    # youngest,")
    r"(?:^|(?<=[.,;:!?…])\s*|(?<![\w'’-])(?:and|og|but|men|with|med|så|so|then|our)\s+)"
    r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?),\s+"
    # session 32 (blind15): the dialect "me" for "my" ("our dinky, me youngest, she's …")
    r"(?:(?:my|our|his|her|their|your|me)\s+" + _EN_AGE
    # session 28: a relative's relative ("Talent, my husband's brother, he's …")
    + r"(?:(?P<via>[^\W\d_]+)['’]s\s+)?"
    + r"(?P<en>[^\W\d_]+(?:-[^\W\d_]+)?)"
    r"|(?P<nb>[^\W\d_]+)\s+(?:mi|min|mitt|vår|hans|hennes|sin)"
    r"|den\s+(?:eldste|yngste|minste|største|mellomste))"
    r"(?=\s*(?:[,.;!?…]|$))",
    re.IGNORECASE,
)


# Session 29: a role after the name ("X, kontaktpersonen min,", "X, our key worker,") or a
# relative clause about a person ("X, han som jobber på lageret,", "X, the one who works …").
_ROLE_APPOSITION = re.compile(
    r"(?:^|(?<=[.,;:!?…])\s*|(?<![\w'’-])(?:and|og|but|men|with|med|så|so|then|to|til)\s+)"
    r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?),\s+"
    r"(?:(?:my|our|his|her|their|your|the)\s+(?:[^\W\d_]+\s+)?(?P<en>[^\W\d_]+)"
    r"(?=\s*(?:[,.;!?…]|$))"
    r"|(?P<nb>[^\W\d_]+)\s+(?:mi|min|mitt|vår|hans|hennes)(?=\s*(?:[,.;!?…]|$))"
    # session 32 (blind20/22): a definite role, perhaps described, and where it is held
    # ("Stjerne, sjefen på lageret, ringte", "vangen, den gamle vaktmesteren, han …")
    r"|(?:den\s+(?:gamle|nye|unge|eldre|snille)\s+)?(?P<nbdef>[^\W\d_]+(?:en|a))"
    r"(?=\s*(?:[,;!?…]|$)|\s+(?:på|i|ved|fra|frå|hos)\s)"
    r"|(?:han|hun|ho|hu)\s+som\s|the\s+(?:one|lad|girl|guy|man|woman|fella|bloke|lass)\s+who\s)",
    re.IGNORECASE,
)
# Roles said to someone as much as about them ("look, my friend, …"): not read.
_VOCATIVE_ROLES = word_set("friend mate pal buddy care social support named sister")
# Words of apology and discourse before a role ("rommel, sorry, the porter"): no one.
_DISCOURSE = word_set(
    "sorry please thanks cheers anyway right okay beklager unnskyld takk uansett altså "
    "egentlig forresten iallfall ellers"
)
# Common nouns for a person ("med damen, naboen vår,"): described, not named.
_PERSON_NOUNS = word_set(
    """
    damen dama mannen kvinnen kvinna gutten jenta fyren typen karen kjerringa gubben ungen
    lady man woman guy bloke fella lad lass girl boy chap
    """
)
# Session 40 (blind30 as development material): a pronoun, the name set off by commas and the
# pronoun taken up again ("and him, urs, he doesn't do small talk", "og ho, Tuva, ho sa …").
_PRONOUN_APPOSITION = re.compile(
    r"(?<![\w'’-])(?P<p1>him|he|her|she|han|ham|henne|ho|hun|hu),\s+"
    r"(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?),\s+(?P<p2>he|she|han|ho|hun|hu)\b",
    re.IGNORECASE,
)
_SAME_PERSON = {
    "him": "he", "he": "he", "her": "she", "she": "she", "han": "han", "ham": "han",
    "henne": "ho", "ho": "ho", "hun": "ho", "hu": "ho",
}  # fmt: skip
# A cheap test before the pattern: every match holds one of these after a comma.
_QUICK = re.compile(
    r",\s+(?:my|our|his|her|their|your|me|den|the|han|hun|ho|hu|he|she)\s"
    r"|[^\W\d_]\s+(?:mi|min|mitt|vår|hans|hennes|sin)\b"
    r"|,\s+[^\W\d_]+(?:en|a)\b",
    re.IGNORECASE,
)


# Before a role apposition: words of discourse, people described by a common noun or a role
# ("Naboen, han som bodde under meg,": the neighbour).
_NOT_APPOSED_NAMES = _DISCOURSE | _PERSON_NOUNS | ROLES


def _definite_noun(low: str) -> bool:
    """A Norwegian everyday word in a definite form ("huset", "bilen", "dama")."""
    return low.endswith(("en", "et", "a", "ene", "ane")) and low in common_words("nb")


class KinAppositionRecognizer(AnonkitRecognizer):
    """``<name>, my daughter,`` / ``<name>, dattera mi,`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | KINSHIP
            | NB_KIN_DEFINITE
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
        seen: set[int] = set()
        for m in _APPOSITION.finditer(text):
            kin_en, kin_nb = m.group("en"), m.group("nb")
            if kin_en is not None and kin_en.lower() not in _EN_KIN:
                continue
            via = m.group("via")
            if via is not None and via.lower() not in _EN_KIN:
                continue  # "Monday, my friend's son": only a relative's relative
            if kin_nb is not None and kin_nb.lower() not in NB_KIN_DEFINITE:
                continue
            name = m.group("name")
            if name.lower() in self.skip:
                continue
            seen.add(m.start("name"))
            yield m.start("name"), m.end("name"), PERSON, SCORE
        for m in _PRONOUN_APPOSITION.finditer(text):
            first, again = m.group("p1").lower(), m.group("p2").lower()
            name_low = m.group("name").lower()
            if _SAME_PERSON[first] != _SAME_PERSON[again] or name_low in self.skip:
                continue
            if is_filler(name_low):
                continue  # "She, eh, she, Cerys I mean,"
            seen.add(m.start("name"))
            yield m.start("name"), m.end("name"), PERSON, SCORE
        for m in _ROLE_APPOSITION.finditer(text):
            if m.start("name") in seen:
                continue  # "Comfort, my wife,": a kinship apposition already
            role_en, role_nb = m.group("en"), m.group("nb")
            if role_en is not None and (
                role_en.lower() not in ROLES or role_en.lower() in _VOCATIVE_ROLES
            ):
                continue
            if role_nb is not None and role_nb.lower() not in ROLES:
                continue
            role_def = m.group("nbdef")
            if role_def is not None and (
                self.lang != "nb"
                or role_def.lower() not in ROLES
                or _definite_noun(m.group("name").lower())
            ):
                continue  # "huset, naboen i andre etasje, var tomt": a thing, then a person
            name_low = m.group("name").lower()
            if name_low in self.skip or name_low in _NOT_APPOSED_NAMES:
                continue
            yield m.start("name"), m.end("name"), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [KinAppositionRecognizer(lang)]
