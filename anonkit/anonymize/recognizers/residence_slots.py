"""A capitalized word where someone lives, grew up or comes from → LOCATION (session 28).

Why: a place whose name is an everyday word or a short one (``Vats``, ``Re``, ``Mere``,
``Lyse``) is in no place list (the lists leave such names out, so that ``vri halsen`` or
``a pill`` stay words), and on a line ASR wrote with capitals it was only flagged or, for a
two-letter name, not seen at all ("Vi bodde på Re i mange år" was a silent leak). Whisper
capitalizes a word in the middle of a sentence when it heard a name, and the slot after a
verb of living, growing up, being born or moving, or after "from"/"fra", takes a place. Both
together are strong enough to replace: a capitalized word (or two) right in that slot,
unless it is a non-entity (``NAV``, ``Gud``), a month or weekday, or a function word.

Lower-case lines are left to :mod:`.rare_slot_words` (a flag, or a replacement for a rare
English word): without the capital the slot alone does not tell ``vi bodde på hytta`` from a
village.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, is_capitalized, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.6
# The slots (shared with ``anonymize/residence_places.py``, which types what other layers
# found there): a verb of living, growing up, being born or moving and its preposition, or
# "from"/"fra" after a form of "be" or "come".
RESIDENCE_SLOTS = {
    "en": (
        r"(?:(?:live|lives|lived|living|grew up|brought up|raised|born|settled"
        r"|stay|stays|stayed|staying) (?:in|near|outside)"
        r"|(?:moved|move|moves|moving|emigrated|relocated|went back|came back) (?:to|from)"
        r"|(?:i['’]m|i am|he['’]s|she['’]s|he is|she is|he was|she was|we were|they were"
        r"|we['’]re|they['’]re|i was|originally|came originally"
        # a person coming from somewhere; "a letter came from Lester" is no residence
        r"|(?:i|he|she|we|they) (?:come|comes|came)) from)"
    ),
    "nb": (
        r"(?:(?:bor|bur|bodde|budde|budd|bodd|butt|vokste opp|vaks opp|født|fødd"
        r"|oppvokst|heime|hjemme) (?:i|på)"
        # moving only: "vi dro til Pappa" goes to a person
        r"|(?:flytta|flyttet|flytte|flytter|flytt|flytta tilbake|flyttet tilbake)"
        r" (?:til|fra|frå|te)"
        # a person from somewhere ("han kommer fra Lyse"); "pakken var fra Kari" is no residence
        r"|(?:jeg|eg|æ|je|han|hun|ho|vi|me|dei|de|dem) (?:er|e|var|va|kjem|kommer|kom)"
        r" (?:opprinnelig |oppr\. )?(?:fra|frå)"
        r"|(?:kommer|kjem|kom) opprinnelig (?:fra|frå))"
    ),
}
_SLOT = {
    # the capital after the slot is checked in code (the slot's words are any case)
    "en": re.compile(r"(?<![\w'’-])" + RESIDENCE_SLOTS["en"] + r" (?:the )?", re.IGNORECASE),
    "nb": re.compile(r"(?<![\w'’-])" + RESIDENCE_SLOTS["nb"] + r" ", re.IGNORECASE),
}
# Words that open a two-word place name ("Great Snoring", "Little Haven", "Nedre Eiker").
_LEADS = word_set(
    "great little north south east west upper lower new old nord sør øst vest øvre nedre "
    "store lille indre ytre"
)
_NAME = re.compile(r"[A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*(?: [A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*)?(?![\w'’-])")


class ResidenceSlotRecognizer(AnonkitRecognizer):
    """A capitalized word after "bodde på", "lives in", "is from" (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.slot = _SLOT[lang]
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not may_match(self.slot, text):
            return
        for m in self.slot.finditer(text):
            name = _NAME.match(text, m.end())
            if name is None:
                continue
            words = name.group(0).split(" ")
            if len(words) == 2 and self._not_a_name(words[1]):
                words = words[:1]
            # "Great Snoring": a lead word opens a two-word name
            lead = len(words) == 2 and words[0].lower() in _LEADS and is_capitalized(words[1])
            if not lead and (self._not_a_name(words[0]) or not is_capitalized(words[0])):
                continue
            yield m.end(), m.end() + len(" ".join(words)), LOCATION, SCORE

    def _not_a_name(self, word: str) -> bool:
        low = word.lower().rstrip("'’")
        return (
            low in FUNCTION_WORDS
            or low in KINSHIP  # "flytta til Pappa", "moved in with Mum"
            or low in self.skip
            or (word.isupper() and len(word) > 1)
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ResidenceSlotRecognizer(lang)]
