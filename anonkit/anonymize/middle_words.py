"""A middle name or a name particle between two replaced names joins them (lcen22).

Why: on lines that lost their capitals the name layers take a first name and a surname but
not a middle name that no list has or that is also some word ("eleri haf prothero": "haf"
is Welsh for summer), and a name's particle is a function word they never take ("bord na
móna", "cumann na mban"). Both sides were replaced and the word between them stayed in clear
text — a middle name identifies as much as the rest.

The rule: two replaced names of the same type with exactly one word between them, separated
by single spaces, become one span when the word is a name particle (``na``, ``van``, ``de``
…; on any line), or, on a line written in lower case, any word that is no closed-class word,
person cue (kinship, title, pronoun), verb form or adverb ("tom rang mary", "told sian
yesterday gwen" stay two names). A flag on the middle word is absorbed. An Irish article or
patronymic particle (``na``, ``nic``, ``ní``) or surname prefix (``ó``, ``uí``, ``mhic``;
lcen23) right before a replaced name opens it ("we're all na fianna", "it's ó dubhghaill").

Session 30 (from the misses of blind19/20, now development sets): Malay and Arabic particles
(``binti``, ``binte``, ``bte``, ``ben``) and the Gaelic ``ó``/``uí``/``mhic`` inside a name
("Nurul Aisyah binti Hafiz"); a particle joins two names of different types too, the joined
span an organisation when either side was one ("Maes y Gwendraeth": a school the layers took as
a first name and an organisation); the Spanish and Arabic articles ``el``/``al`` and the kunya
``abu`` open a replaced name ("kalte ham el Flaco", "abu nabil").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, RELATIONS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import word_class_forms

MIDDLE_WORD_SOURCE = "middle-word"
_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})
# Particles inside names: Irish and Scottish Gaelic (na, an, nic, ní, mac), Welsh (ap, y, yr),
# Dutch, German, French, Spanish, Italian, Portuguese, Arabic (van, von, de, du, la, del, da,
# dos, bin, al …). Alone they name no one; between two replaced parts they are the name's.
# Not "da": Norwegian "then/when" stands between two people ("ringte Per da Kari kom").
_PARTICLES = word_set(
    "na an nic ní ni mac ap y yr van von der den de du des la le del della di dos das "
    "bin ibn bint al el binti binte bte ben ó uí mhic degli ter zu "
    # session 41 (blind31 as development material): the Scottish Gaelic article of a byname
    # ("Aonghas a' Phost", Angus of the post)
    "a' a’"
)
# Session 30: the particles that join names of two types ("Maes y Gwendraeth"); not those that
# are also Norwegian or English words ("i Bergen der Kari vokste opp", "Kari la Oslo bak seg").
_CROSS_TYPE_PARTICLES = word_set(
    "y yr ap van von del della di dos das bin ibn bint binti binte bte degli ter zu ó uí mhic "
    "nic ní mac"
)
# Session 50 (blind40 as development material: "Eairdsidh a' Phuist", whose byname the model
# read as an organisation): after a person the Gaelic article opens the byname, whatever kind
# the word after it was given; the whole is the person.
_BYNAME_ARTICLES = word_set("a' a’")
_GAP = re.compile(r" ([^\W\d_]+['’]?) ")
# Irish articles and patronymic particles that open a name ("na fianna", "nic giolla"), and
# the surname prefixes "ó" (grandson of) and the married "uí"/"mhic" ("ó dubhghaill", lcen23):
# no English word is spelled so. Not "o" or "mac" ("o for orange", "my mac").
# Session 30: "el", "al" and "abu" too ("kalte ham el Flaco", "everyone says abu nabil"): no
# English or Norwegian word is spelled so.
_LEADING_PARTICLE = re.compile(r"(?<![\w'’-])(?:na|nic|ní|ó|uí|mhic|el|al|abu) $", re.IGNORECASE)
# Session 47 (blind37 as development material: "Azamat Bakyt uulu", "Mr Bakyt uulu"): the
# Turkic patronymic words that follow the father's name, Kyrgyz "uulu"/"kyzy", Kazakh
# "uly"/"kyzy", Azerbaijani "oğlu"/"qızı", Uzbek "o'g'li"/"qizi", Turkmen "ogly"/"gyzy". No
# English or Norwegian word is spelled so; after a replaced person they are the name's end.
_TRAILING_PATRONYM = re.compile(
    r" (?:uulu|kyzy|kyzi|uly|ogly|oglu|oğlu|ogli|o['’]g['’]li|qizi|qızı|kızı|gyzy)(?![\w'’-])",
    re.IGNORECASE,
)


@cache
def _not_middle() -> frozenset[str]:
    """Words that stand between two names without being one: closed-class words, person
    cues, and English and Norwegian verb forms and adverbs."""
    return (
        FUNCTION_WORDS
        | PERSON_CUE_WORDS
        | KINSHIP
        | RELATIONS
        | word_class_forms("en", "verb")
        | word_class_forms("en", "adv")
        | word_class_forms("nb", "verb")
        | word_class_forms("nb", "adv")
    )


def _joins(text: str, word: str, pos: int) -> bool:
    low = word.lower()
    if low in _PARTICLES:
        return True
    return (
        word.islower()
        and word[-1] not in "'’"  # only a listed particle ends so
        and len(word) > 1
        and not line_has_capitals(text, pos)
        and low not in _not_middle()
    )


def _particle_led(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A replaced name grown over an Irish particle right before it ("na fianna")."""
    out = []
    for d in found:
        m = None
        if d.action == REPLACE and d.type in _NAME_TYPES:
            m = _LEADING_PARTICLE.search(text, max(0, d.start - 6), d.start)
        if m is not None and not any(
            o.action == REPLACE and o.start < m.start() < o.end for o in found
        ):
            d = replace(d, start=m.start(), text=text[m.start() : d.end])
        out.append(d)
    return sorted(out, key=lambda d: (d.start, d.end))


def _patronym_trailed(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A replaced person grown over a Turkic patronymic word right after it ("Bakyt uulu");
    a flag on that word goes, as the name now holds it."""
    grown: list[tuple[int, int]] = []
    out = []
    for d in found:
        m = None
        if d.action == REPLACE and d.type == et.PERSON:
            m = _TRAILING_PATRONYM.match(text, d.end)
        if m is not None:
            d = replace(d, end=m.end(), text=text[d.start : m.end()])
            grown.append((d.start, d.end))
        out.append(d)
    if not grown:
        return found
    return [
        d
        for d in out
        if not (d.action == FLAG and any(s <= d.start and d.end <= e for s, e in grown))
    ]


def middle_words_joined(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with pairs of replaced names joined over a middle word, an Irish particle
    before a replaced name and a Turkic patronymic after one taken into it (module
    docstring)."""
    return _patronym_trailed(text, _particle_led(text, _joined(text, found)))


def _joined_type(first: str, second: str) -> str:
    """The type of two names joined over a particle: an organisation when either side is one
    ("Maes y Gwendraeth"), else the first's ("Pedro de Sevilla" stays a person)."""
    return et.ORGANIZATION if et.ORGANIZATION in (first, second) else first


def _joined(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    names = sorted(
        (d for d in found if d.action == REPLACE and d.type in _NAME_TYPES),
        key=lambda d: (d.start, d.end),
    )
    for a, b in pairwise(names):
        if a.end >= b.start:
            continue
        gap = _GAP.fullmatch(text, a.end, b.start)
        if gap is None or not _joins(text, gap.group(1), gap.start(1)):
            continue
        particle = gap.group(1).lower()
        byname = particle in _BYNAME_ARTICLES and a.type == et.PERSON
        if a.type != b.type and particle not in _CROSS_TYPE_PARTICLES and not byname:
            continue
        joined = DetectedEntity(
            a.start,
            b.end,
            a.type if byname else _joined_type(a.type, b.type),
            REPLACE,
            max(a.score, b.score),
            text[a.start : b.end],
            f"{a.source}+{b.source}+{MIDDLE_WORD_SOURCE}",
        )
        rest = [
            d
            for d in found
            if d is not a
            and d is not b
            and not (d.action == FLAG and a.start <= d.start and d.end <= b.end)
        ]
        return _joined(text, sorted([*rest, joined], key=lambda d: (d.start, d.end)))
    return found


# Session 47 (blind37 as development material: "over to Lorn and Islands", "lorn and islands"):
# a district, hospital or board named "<place> and Islands"/"and the Isles" is one name (Lorn
# and Islands, Highlands and Islands, Argyll and the Isles). Capitalised, or on a line without
# capitals ("Skye and the islands" are two things).
_AND_ISLANDS = re.compile(r" and (?:Islands|Isles|the Isles|islands|the isles)(?![\w'’-])")
# ... and a Norwegian firm's second trade joined by "og" (the lower-cased development sets:
# "eg jobba på ulvik frukt og cideri"): a trade noun in -eri/-ori ("cideri", "konditori").
_AND_TRADE = re.compile(r" og [a-zæøåA-ZÆØÅ][a-zæøå]{2,}(?:eri|ori)(?![\w'’-])")


def joined_tails_grown(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A replaced place or organisation grown over "and Islands" after it, a replaced firm
    over "og cideri"; what the grown span now holds goes (run last: a later rule may have
    taken "Islands" or "cideri" alone)."""
    if " and " not in text and " og " not in text:
        return found
    for d in found:
        m = None
        if d.action == REPLACE and d.type in (et.LOCATION, et.ORGANIZATION):
            m = _AND_ISLANDS.match(text, d.end)
            if m is not None and m.group(0).islower() and line_has_capitals(text, d.start):
                m = None
        if m is None and d.action == REPLACE and d.type == et.ORGANIZATION:
            m = _AND_TRADE.match(text, d.end)
        if m is None:
            continue
        grown = replace(d, end=m.end(), text=text[d.start : m.end()])
        rest = [o for o in found if o is not d and not (d.start <= o.start and o.end <= m.end())]
        return sorted([*rest, grown], key=lambda o: (o.start, o.end))
    return found
