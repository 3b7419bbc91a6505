"""A word the sentence goes on to give the real name of → PERSON (lcnb24).

Why: people tell a nickname and then the name behind it, or that they never knew it: "Vi
kalte henne Mus, men egentlig het hun Ingrid", "Knappen, han heter egentlig Tormod, var …",
"alle kalte sykepleieren Bamse, æ veit ikkje ka han egentlig het". With the capitals gone
the nickname is an everyday word ("bamse", "bassen", "mus") and the layers that judge it
alone flag it at best (the lower-cased development sets: ``bamse`` silent in blind12,
``bassen`` only flagged in asr-dev). "What X is really called" is said of a person only,
whatever X is, so the word right before the comma is the person's name.

The cue, after ``<word>,`` (perhaps ``men``/``og``): a pronoun of a person and a verb of
being named with ``egentlig`` (``han heter egentlig``, ``egentlig het hun``, Nynorsk
``eigentleg heitte``), or not knowing it (``jeg vet ikke hva han egentlig het``, ``æ veit
ikkje ka ho egentlig het``).

The word is a name's shape: a noun or a noun's definite form in Ordbank, a listed first
name, or a word no list has; never a closed-class word, an interjection, a kinship or role
word (``broren min, han heter egentlig …``), a definite noun of a person (``vaktmesteren``),
a non-entity, a word for a name (``kallenavn``), a noun after an article or determiner in
its clause (``et sånt filippinsk kallenavn, egentlig heter han …``), a predicate (after
``var``/``er``/``ble`` or a degree word: ``han var stille, men egentlig het han …``) or a
place after a preposition (``bodde i molde, men …``).
Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import NB_NAMED_FORMS
from anonkit.anonymize.recognizers._slot_words import NAME_BEARERS, NOT_NAMED, ROLES
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.person_cues import may_name_someone
from anonkit.anonymize.wordlists import nb_noun_lemmas, not_entities

SCORE = 0.6
_PRONOUN = r"(?:han|ho|hun|hu)"
_NAMED = rf"(?:{'|'.join(sorted(NB_NAMED_FORMS | {'heitt'}, key=lambda w: (-len(w), w)))})"
_REALLY = r"(?:egentlig|egentleg|eigentleg|eigentlig)"
_KNOW = (
    r"(?:jeg|eg|æ|i|vi|me|ingen) (?:vet|veit|visste|kjenner) (?:ikke|ikkje|ikkj|itte)?"
    r" ?(?:engang |eingong |heilt |helt )?(?:hva|ka|kva|åssen) "
)
_CUE = re.compile(
    rf",\s+(?:(?:men|og)\s+)?(?:{_PRONOUN} {_NAMED} {_REALLY}|{_REALLY} {_NAMED} {_PRONOUN}"
    rf"|{_KNOW}{_PRONOUN} {_REALLY} {_NAMED})(?![\w-])",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w-]*)\Z")
_PREVIOUS = re.compile(r"([\w'’-]+)\s+\Z")
# Before a predicate ("han var stille, men …") or a place ("bodde i molde, men …").
_NOT_BEFORE_A_NAME = word_set(
    """
    var er e va ble blei vart være vere blitt så veldig litt ganske helt heilt
    i på fra frå til ved mot nær utenfor utafor
    """
)
# An article or determiner up to three words before the word makes it a common noun's head
# ("et sånt filippinsk kallenavn, egentlig heter han …"); a name takes none.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:en|ei|et|ein|eit|den|det|de|dei|min|mi|mitt|hans|hennes|sånn|sånt|slik)"
    r"(?:\s+[\w'’-]+){0,2}\s+\Z",
    re.IGNORECASE,
)
_PERSON_NOUN_ENDINGS = ("mannen", "kvinnen", "kona", "dama", "eren", "aren", "øren")
_DEFINITE = ("en", "et", "a", "n")


class RealNameRecognizer(AnonkitRecognizer):
    """``X, han heter egentlig …`` / ``…, jeg vet ikke hva han egentlig het`` → X a person."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if self.lang != "nb" or ("egentl" not in low and "eigentl" not in low):
            return
        for cue in _CUE.finditer(text):
            m = _WORD_BEFORE.search(text, 0, cue.start())
            if m is None:
                continue
            prev = _PREVIOUS.search(text, 0, m.start())
            if prev is not None and prev.group(1).lower() in _NOT_BEFORE_A_NAME:
                continue
            clause = max(text.rfind(c, 0, m.start()) for c in ",.!?\n") + 1
            if _ARTICLE_BEFORE.search(text, clause, m.start()):
                continue
            if self._name_shape(m.group(1)):
                yield m.start(1), m.end(1), PERSON, SCORE

    def _name_shape(self, word: str) -> bool:
        """A noun, a noun's definite form, a listed first name or a word no list has; none of
        the words that fill a person's slot without naming anyone (module docstring)."""
        low = word.lower()
        if (
            len(low) < 3
            or not may_name_someone(word)
            or low in ROLES
            or low in NAME_BEARERS
            or low in NOT_NAMED
            or low in self.skip
            or low.endswith(_PERSON_NOUN_ENDINGS)
            or low.endswith(("navn", "navnet"))  # "kallenavn", "økenavn": a word for a name
        ):
            return False
        if low in first_names_lower() or not self.lexicon.is_common(low, compounds=False):
            return True
        nouns = nb_noun_lemmas()
        return low in nouns or any(
            low.endswith(end) and low[: -len(end)] in nouns for end in _DEFINITE
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [RealNameRecognizer(lang)] if lang == "nb" else []  # Norwegian only
