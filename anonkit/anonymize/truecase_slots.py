"""Name and place slots on lower-case lines, round 2 (issue 10, lower2): helpers for
:mod:`anonkit.anonymize.truecase`.

Why a slot and not a word list: on a line without capitals "bill", "per", "dal" and
"radiumhospitalet" are everyday words *and* names; what decides is where they stand. These
slots are narrow on purpose (each checked on the dev sets and the lower-cased stress test):

* a first name in the possessive/genitive opening a line or a clause with a noun after it
  ("bill's kids were…", "pers kone ringte") — a common noun there takes an article;
* a word set off by a comma before "a small town", "ei lita bygd" (an apposition that says
  what the word is), unless the word is itself such a noun or follows an article;
* a known hospital or institution that the Norwegian word list also has as a noun
  ("rikshospitalet", "diakonhjemmet");
* (lcnb24) the first part of a Norwegian double name that is an everyday word, opening a
  clause right before a listed first name ("stein ivar dahl var …", "og liv karin sa").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    uk_postal_places,
    world_places,
)
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.truecase_cues import CLAUSE_OPENERS, restarted_double_name
from anonkit.anonymize.wordlists import common_words

# Before a possessive name that opens a clause: "and bill's kids", "og pers kone", "med pers".
POSSESSIVE_OPENERS = word_set("and but with og men med hos")
# "Articles" and adjectives that make the word before the apposition a common noun.
_DETERMINERS = word_set(
    """
    a an the this that my our his her their en ei et ein eit den det denne dette min mi mitt vår
    hans hennes deres lita liten lite lille small little big stor store
    """
)
# Head nouns of a place apposition.
PLACE_HEADS = word_set(
    """
    village town city island hamlet suburb place area estate valley
    bygd bygda by byen øy øya grend grenda tettsted sted stedet plass plassen kommune
    dalen bydel bydelen
    """
)
_APPOSITION = re.compile(
    r", (?:a|an|the|en|ei|et|den|det)"
    r"(?: (?:little|small|tiny|big|lovely|quiet|old|liten|lita|lite|lille|bitteliten|"
    r"bittelita|stor|store|gammel|gamle|fin|fine))*"
    r" (\w+)\b"
)

_NEAR_PLACE = re.compile(
    r", (?:like|rett|just|right) (?:utenfor|ved|nord for|sør for|outside|by|near|north of|"
    r"south of) (\w+)\b"
)


_CLAUSE_BREAK = re.compile(r"[.,!?;:]")


def double_name_start(
    line: str,
    words: list[re.Match[str]],
    k: int,
    names: tuple[frozenset[str], ...],
) -> bool:
    """Word ``k`` is the first part of a double first name that is also an everyday word.

    Norwegian double names often open with a first name that is a word ("Stein Ivar", "Liv
    Karin", "Sol Anne", "Dag Otto"); on a line that lost its capitals the word was only
    flagged and the name was cut in two (blind-asr lower-cased: "stein ivar dahl var
    primærkontakten min"). A word the curated list calls an everyday first name, one space
    before a listed first name that is no word ("ivar", "karin"), opening the line or a
    clause (after a clause opener such as "og", "men", "at", or after a comma or a full
    stop), is the name's first part. Inside a clause the word may be its everyday self
    before a name with the comma left out ("hver dag kari ringte"), so that stays a word.
    ``names`` is (safe, first, ambiguous, skip) from :func:`truecase_cues.lexicon`.
    """
    safe, first, ambiguous, skip = names
    m = words[k]
    low = m.group(0).lower()
    nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
    if not (
        low in ambiguous
        and low not in FUNCTION_WORDS
        and low not in skip
        and low not in KINSHIP  # "og bror arnfinn kom": the brother (NorNE train)
        and nxt in safe
        and nxt in first
        and line[m.end() : words[k + 1].start()] == " "
        # "liv, eh, liv marit": a restart, whose rule capitalizes the first saying too
        and not restarted_double_name(words, k, first, safe)
    ):
        return False
    if k == 0 or words[k - 1].group(0).lower() in CLAUSE_OPENERS:
        return True
    return bool(_CLAUSE_BREAK.search(line, words[k - 1].end(), m.start()))


def possessive_name(
    low: str, k: int, prev: str, nxt: str, first: frozenset[str], closed: frozenset[str]
) -> bool:
    """``low`` is a listed first name in the possessive ("bill's", "hope’s", Norwegian
    "pers") opening the line or a clause, and a word that is no function word follows."""
    if k > 0 and prev not in POSSESSIVE_OPENERS:
        return False
    if not nxt or nxt in closed:
        return False
    if low.endswith(("'s", "’s")):
        base = low[:-2]
    elif low.endswith("s") and not low.endswith("ss"):
        base = low[:-1]
    else:
        return False
    return len(base) > 2 and base in first and base not in closed and low not in closed


def place_apposition(
    line: str, end: int, low: str, prev: str, closed: frozenset[str], places: frozenset[str]
) -> bool:
    """The word ending at ``end`` is set off by a comma before "a small town", "ei lita
    bygd" ("it was dal, the little village by the lake"), or before "like utenfor <listed
    place>", "just outside <listed place>" ("oppe på berg, like utenfor trondheim"): a place."""
    if len(low) < 3 or not low.isalpha() or low in closed or low in PLACE_HEADS:
        return False
    if prev in _DETERMINERS:
        return False  # "ei øy, ei lita øy": a common noun restated
    m = _APPOSITION.match(line, end)
    if m is not None and m.group(1).lower() in PLACE_HEADS:
        return True
    m = _NEAR_PLACE.match(line, end)
    return m is not None and m.group(1).lower() in places


@cache
def institution_words() -> frozenset[str]:
    """One-word hospitals and institutions, lower-cased ("rikshospitalet", "ullevål")."""
    return frozenset(p.lower() for p in health_institution_names() if " " not in p and len(p) > 3)


# Street name endings ("storgata", "kirkeveien", "aldermoor road" is two words: left alone).
_STREET_TAILS = (
    "gata", "gaten", "gate", "gt", "veien", "vegen", "vei", "veg", "allé", "alléen",
    "bakken", "stien", "plass", "torget", "road", "street", "lane",
)  # fmt: skip
_HOUSE_NUMBER = re.compile(r" \d{1,4}[a-h]?\b(?![.:]\d)")


def street_number(line: str, end: int, low: str) -> bool:
    """A one-word street name ("storgata", "kirkeveien") directly before a house number."""
    if _HOUSE_NUMBER.match(line, end) is None or not low.isalpha():
        return False  # (the number first: most words have none after them)
    return any(low.endswith(t) and len(low) > len(t) + 2 for t in _STREET_TAILS)


# Heads of a named school or company: "fjellsiden skole", "havbris as".
# lcnb23: a named works ("på bakken verft", "dalen meieri") is said the same way.
_SCHOOL_HEADS = word_set(
    "skole skule school barnehage verft verksted meieri bryggeri sagbruk slakteri fabrikk"
)
_UNIT_PREPOSITIONS = word_set("på ved i fra til at from in for hos")


def named_unit_span(
    line: str, words: list[re.Match[str]], k: int, lang: str, common: frozenset[str]
) -> tuple[int, int] | None:
    """(start, end) in ``line`` of "<name> skole" after a preposition, where the name is in
    the definite form places take ("på fjellsiden skole", "at åsen school"), or of a company
    "<name> as" set off by commas ("et lite firma, havbris as,"; in English only when the name
    is no English word: "the same as," stays); else None."""
    if k + 1 >= len(words) or k == 0:
        return None
    low = words[k].group(0).lower()
    head = words[k + 1].group(0).lower()
    prev = words[k - 1].group(0).lower()
    if line[words[k].end() : words[k + 1].start()] != " " or not low.isalpha() or len(low) < 4:
        return None
    if head in _SCHOOL_HEADS and prev in _UNIT_PREPOSITIONS and low.endswith(("en", "et", "a")):
        return words[k].start(), words[k + 1].end()
    if (
        head == "as"
        and (lang == "nb" or low not in common)
        and line[words[k - 1].end() : words[k].start()] == ", "
        and line[words[k + 1].end() : words[k + 1].end() + 1] in (",", ".", "")
    ):
        return words[k].start(), words[k + 1].end()
    return None


_ORG_LEADS = word_set("psykiatrisk psykiatriske")
_ORG_UNITS = word_set("klinikk klinikken avdeling senter senteret divisjon")


@cache
def _multiword_names() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Listed institutions and organizations of several words ("Universitetet i Bergen"),
    as one pattern over their lower-case forms, and each lower-case form's written form."""
    written = {
        name.lower(): name
        for name in health_institution_names() | organization_names()
        if " " in name and len(name.lower()) == len(name) and len(name) > 6
    }
    if not written:
        return None, {}
    alternation = "|".join(re.escape(n) for n in sorted(written, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), written


# lcnb22: places of several words said after a place preposition ("fra da nang").
_PLACE_PREPOSITIONS_NB = word_set("i på fra frå til ved mot nær rundt gjennom via")


_PLACE_PREPOSITIONS_EN = word_set("in from to at near of outside past")


_FORM_END = re.compile(r"(?<=[^ ])(?![\w-])")


@cache
def _multiword_places(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], int]:
    """Listed places of several words with a word no word list has ("Da Nang", "Phnom
    Penh"; not "La Paz", "Cape Town": every word of those is a word), as their lower-case
    forms → written forms; a pattern for the place prepositions of ``lang`` they follow;
    and the longest form's length. Session 27, English: also names of everyday words
    ("spanish town", "tai po"), since after "in"/"from" a listed place of several words is
    that place. A Norwegian line takes no British postal hamlet (session 39)."""
    listed = places() | world_places()
    if lang == "nb":
        listed = listed - uk_postal_places()
    written = {
        name.lower(): name
        for name in listed
        if " " in name
        and len(name.lower()) == len(name)
        # session 32: on a Norwegian line only Norwegian words make it doubtful ("fra can tho":
        # "can" and "tho" are English words)
        and (lang == "en" or not all(w.lower() in common_words("nb") for w in name.split()))
    }
    if not written:
        return None, {}, 0
    preps = "|".join(sorted(_PLACE_PREPOSITIONS_NB if lang == "nb" else _PLACE_PREPOSITIONS_EN))
    return re.compile(rf"(?<!\w)(?:{preps}) "), written, max(map(len, written))


def multiword_places(line: str, lang: str = "nb") -> list[tuple[int, str]]:
    """(start, written form) of each listed place of several words after a place
    preposition on a lower-case line (lcnb22: "fra da nang" took no capitals, since "da" is
    a word, and the NER model read "nang" alone as a person; session 27: English too, "in
    côte d'ivoire", "from spanish town"). The longest listed form wins; it must end where a
    word does. (Session 39: looked up by its ends after each preposition; one regular
    expression of seven thousand alternatives cost 0.6 ms a line.)"""
    pattern, written, longest = _multiword_places(lang)
    if pattern is None:
        return []
    found: list[tuple[int, str]] = []
    resume = 0
    ends: list[int] | None = None
    for m in pattern.finditer(line):
        start = m.end()
        if start < resume:
            continue  # inside the place found before ("fra bosnia og hercegovina til …")
        if ends is None:  # where a listed form may end: no space before, no word going on
            ends = [e.start() for e in _FORM_END.finditer(line)]
        for end in reversed(ends[bisect_right(ends, start) : bisect_right(ends, start + longest)]):
            place = written.get(line[start:end])
            if place is not None:
                found.append((start, place))
                resume = end
                break
    return found


def multiword_names(line: str) -> list[tuple[int, str]]:
    """(start, written form) of each listed several-word institution on a lower-case line
    ("universitetet i bergen" → "Universitetet i Bergen"), and of "psykiatrisk klinikk"
    before a listed one-word institution ("psykiatrisk klinikk sandviken")."""
    pattern, written = _multiword_names()
    found: list[tuple[int, str]] = []
    if pattern is not None:
        found = [(m.start(), written[m.group(0)]) for m in pattern.finditer(line)]
    words = list(re.finditer(r"\w+", line))
    for k in range(len(words) - 2):
        lead, unit, name = (w.group(0) for w in words[k : k + 3])
        if lead in _ORG_LEADS and unit in _ORG_UNITS and name in institution_words():
            found.append((words[k].start(), lead.capitalize()))
    return found
