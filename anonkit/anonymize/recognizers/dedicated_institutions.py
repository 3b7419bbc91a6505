"""Hospitals, schools and churches named by a dedication → ORGANIZATION (English; session 35).

Why: Catholic and Anglican institutions of Britain and Ireland are named by whom or what they
are dedicated to, not by a place: "she had the baby at our lady of lourdes", "my daughter goes
to st thomas more", "a nurse at the sacred heart home", "she went to Holy Cross". The words
are a saint's or a devotion's, in no list of places or institutions, so the school or
hospital, which narrows down where a participant lives, stayed in the transcript or had one
word replaced as a first name ("lourdes"). blind25 (development material from session 35) and
blind22/24 held such leaks, written in lower case and with capitals alike.

The slot decides: after ``in``/``at``/``to``/``from``/``into`` (an optional ``the`` between),
a dedication names the institution, with a head word after it when one is said ("our lady of
lourdes hospital", "holy family primary"):

* ``our lady's`` and ``our lady of`` + one to three words up to a function word ("our lady of
  good counsel", "Our Lady of the Rosary"; ``and``/``in``/``every`` end it);
* ``st``/``saint`` + a given name + a surname of a modern saint or martyr that schools are
  named after (``thomas more``, ``john fisher``, ``john bosco``: the gazetteers take the
  "st thomas" part alone and leave "more");
* a devotion that is no person: ``sacred heart``, ``holy cross``, ``holy family``, ``holy
  trinity``, ``christ the king``, ``corpus christi``, ``immaculate conception``, ``good
  shepherd``, ``precious blood``, ``mater`` (the Mater hospitals of Dublin and Belfast), and
  the royals hospitals are named after (``the princess of wales``, ``queen elizabeth``).

Left alone: a prayer to the dedication ("I prayed to Our Lady of Lourdes", "a novena to the
sacred heart": the verb before ``to`` is one of praying), and a dedication outside those
slots ("the sacred heart statue in the hall"), which is devotion, not a place. Score 0.6:
replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set

SCORE = 0.6
_WORD = r"[^\W\d_][\w'’-]*"
_STOP = (
    r"(?!(?:and|or|in|at|on|for|with|to|from|by|but|when|where|every|last|that|which|who|"
    r"then|now|so|because|was|is|were|had|has)\b)"
)
# Modern saints and martyrs whose full names name schools and parishes; the given name is
# matched with them (source: public knowledge of British and Irish school names).
_SAINTS = (
    "thomas more|john fisher|john bosco|john vianney|francis xavier|thomas aquinas|thomas "
    "becket|john henry newman|john ogilvie|charles borromeo|mary mackillop|edmund campion|"
    "robert southwell|oliver plunkett|john paul|teresa of calcutta|bernadette|maximilian kolbe|"
    "john southworth|richard gwyn|david lewis|philip howard|margaret clitherow|john rigby|"
    "cuthbert mayne|thomas of canterbury|vincent de paul|francis de sales|john baptist de la "
    "salle|louise de marillac|dominic savio|gerard majella|oscar romero|josephine butler"
)
_DEVOTIONS = (
    r"sacred heart|holy cross|holy family|holy trinity|holy rosary|holy spirit|holy ghost|"
    r"holy name|holy redeemer|holy child|christ the king|corpus christi|immaculate "
    r"conception|good shepherd|precious blood|blessed sacrament|"
    r"mater(?: misericordiae| infirmorum)?|"
    # hospitals named after royals ("the day unit at the princess of wales")
    r"princess of wales|prince of wales|princess royal|queen elizabeth|queen alexandra|"
    r"queen mary|king george|prince charles|royal victoria|royal alexandra"
)
_HEADS = (
    r"(?: (?:hospital|hospice|school|primary|primary school|secondary|secondary school|high "
    r"school|grammar|grammar school|college|academy|convent|church|children['’]s hospital|"
    r"home|nursing home|care home|parish|infirmary|maternity))?"
)
_DEDICATED = re.compile(
    r"(?<![\w'’-])(?P<prep>in|at|to|from|into) (?:the )?(?P<name>(?:"
    rf"our lady['’]s|our lady of (?:the )?{_STOP}{_WORD}(?: {_STOP}{_WORD}){{0,2}}"
    rf"|(?:st\.?|saint) (?:{_SAINTS})"
    # session 43 (the lower-cased development sets): churches of two saints or of a saint and
    # the angels ("at st michael and all angels", "to st peter and st paul")
    rf"|(?:st\.?|saint) {_STOP}{_WORD} and (?:all angels|all saints|(?:st\.?|saint) {_STOP}{_WORD})"
    rf"|{_DEVOTIONS}){_HEADS})(?![\w'’-])",
    re.IGNORECASE,
)
_PRAYING = word_set(
    "pray prayed praying prays prayer prayers novena devotion devotions devoted dedicated "
    "consecrated thanks thank candle candles"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


class DedicatedInstitutionRecognizer(AnonkitRecognizer):
    """``at our lady of lourdes`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        for m in _DEDICATED.finditer(text):
            if m.group("prep").lower() == "to":
                before = _WORD_BEFORE.search(text, 0, m.start())
                if before is not None and before.group(1).lower() in _PRAYING:
                    continue  # "I prayed to Our Lady of Lourdes": devotion, not a place
            yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [DedicatedInstitutionRecognizer(lang)] if lang == "en" else []  # English only
