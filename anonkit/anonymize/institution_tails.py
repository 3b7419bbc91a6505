"""A name followed by its faith or nationality and an institution noun is that institution
(issue 10, items 8 and 9; session 27, blind15 as development material).

Why: congregations and schools are named after a saint, a founder or a place and then say
what they are: ``Abune Aregawi ortodokse kirke``, ``Debre Genet Eritrean Orthodox Church``,
``Sankt Olav katolske kirke``, ``Kristiansand katedralskole``. The name layers saw the name
(a person to the NER model: ``Abune Aregawi``) and left the rest: the pseudonym then read
as a person who is a church ("gikk vi til Kari Hansen ortodokse kirke"), and the words that
say which congregation — the faith and the kind — narrow a small community down to one
building. Two rules, both on spans other layers found:

* **the tail joins**: a replaced or flagged name right before one to three faith,
  nationality or language words (``ortodokse``, ``Eritrean``, ``Coptic``, ``katolske``;
  the nationality list and a short list of denominations) and an institution noun
  (``kirke``, ``church``, ``mosque``, ``skole``, ``school`` …) becomes one ORGANIZATION with
  them, together with the capitalized words right before the name (``Debre`` before a
  flagged ``Genet``). Replaced: a name with a congregation's tail is no everyday word.
* **the kind is kept**: a replaced person or place of two or more words whose last word is
  an institution noun (``Sankt Olav katolske kirke``, ``Kristiansand katedralskole``) is an
  ORGANIZATION, so the pseudonym keeps the kind (a church becomes a church).

Left alone: a faith word alone before the noun with no name (``the Catholic church``,
``den katolske kirka``: services and denominations identify no one), and institution nouns
after a name without a faith word (the institution recognizers' own shapes).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import peoples

INSTITUTION_TAIL_SOURCE = "institution-tail"
SCORE = 0.7
# Denominations and faith words that stand between a congregation's name and its kind; the
# nationality list (``nationalities.txt``) adds peoples and languages (``Eritrean``,
# ``samisk``).
_FAITH_WORDS = word_set(
    """
    orthodox catholic roman coptic evangelical lutheran anglican methodist baptist
    pentecostal presbyterian apostolic reformed free united international islamic muslim
    hindu sikh buddhist adventist charismatic community memorial
    ortodokse ortodoks katolske katolsk koptiske koptisk evangeliske evangelisk lutherske
    luthersk metodistiske baptistiske apostoliske frie internasjonale islamske islamsk
    buddhistiske
    """
)
# The institution nouns: English words, and Norwegian endings (compounds such as
# ``katedralskole``, ``domkirke`` end in them).
_EN_HEADS = word_set(
    "church chapel cathedral mosque masjid temple gurdwara mandir synagogue congregation "
    "fellowship mission school academy college"
)
_NB_HEAD_ENDINGS = (
    "kirke", "kirka", "kyrkje", "kyrkja", "katedral", "moské", "moskeen", "moske", "tempel",
    "templet", "menighet", "menigheten", "forsamling", "forsamlingen", "skole", "skolen",
    "skule", "skulen", "akademi", "gymnas", "misjon", "misjonen",
)  # fmt: skip
_WORD = r"[^\W\d_][\w'’-]*"
_NEXT_WORDS = re.compile(rf"(?:\s+{_WORD}(?![\w'’-])){{2,4}}")
_CAP_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÆØÅ][\w'’-]*) $")
_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION, "CAPITALIZED"})


def a_faith_word(word: str) -> bool:
    """A faith, denomination, nationality or language word (``Coptic``, ``katolske``)."""
    low = word.lower()
    return low in _FAITH_WORDS or low in peoples()


def an_institution_noun(word: str) -> bool:
    """``church``, ``kirke``, ``katedralskole``: a word that says a name is an institution."""
    low = word.lower()
    return low in _EN_HEADS or low.endswith(_NB_HEAD_ENDINGS)


def institution_tails(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with names before a faith word and an institution noun joined to them, and
    replaced names ending in an institution noun typed as organisations (module docstring)."""
    out = [_kind_kept(d) for d in found]
    for d in list(out):
        if d.type not in _NAME_TYPES or d not in out:
            continue
        end = _tail_end(text, d.end)
        if end is None:
            continue
        # "go to Debre Genet …": a flag may be the name's last word only
        start = _name_start(text, d.start) if d.action == FLAG else d.start
        if any(
            o is not d and o.action == REPLACE and o.start < end and start < o.end
            and not (start <= o.start and o.end <= end)
            for o in out
        ):
            continue  # another replaced name overlaps what would be joined
        out = [o for o in out if not (start <= o.start and o.end <= end) or o is d]
        out.remove(d)
        out.append(
            DetectedEntity(
                start,
                end,
                et.ORGANIZATION,
                REPLACE,
                max(SCORE, d.score),
                text[start:end],
                f"{d.source}+{INSTITUTION_TAIL_SOURCE}",
            )
        )
    if out == found:
        return found
    return sorted(out, key=lambda e: (e.start, e.end))


def _tail_end(text: str, pos: int) -> int | None:
    """The end of one to three faith words and an institution noun right after ``pos``."""
    m = _NEXT_WORDS.match(text, pos)
    if not m:
        return None
    words = list(re.finditer(_WORD, m.group()))
    for k, w in enumerate(words):
        if k and an_institution_noun(w.group()):
            return pos + w.end()
        if not a_faith_word(w.group()):
            return None
    return None


def _kind_kept(d: DetectedEntity) -> DetectedEntity:
    """A replaced person or place of two or more words ending in an institution noun is an
    organisation ("Sankt Olav katolske kirke", "Kristiansand katedralskole")."""
    if d.action != REPLACE or d.type not in (et.PERSON, et.LOCATION):
        return d
    words = d.text.split()
    if len(words) < 2 or not an_institution_noun(words[-1]):
        return d
    return replace(d, type=et.ORGANIZATION)


def _name_start(text: str, start: int) -> int:
    """Where the capitalized words right before ``start`` begin (no function words)."""
    while (m := _CAP_BEFORE.search(text, 0, start)) and m[1].lower() not in FUNCTION_WORDS:
        start = m.start()
    return start
