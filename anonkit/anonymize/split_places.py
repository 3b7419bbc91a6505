"""Two words ASR split out of one place name, neither of them found, are that place (issue 10,
item 4; session 34).

Why: a place name the recogniser does not know well comes out as two words that sound like
its halves: ``Wolver Hampton``, ``Letter Kenny``, ``Bally Nahinch``, ``aberist with``,
``Kongs vinger``, ``lakse våg``, ``Hamar øy``, ``kyrksæter øra``. :mod:`.split_halves` joins
such a pair when a name layer found one half; when neither half is a name (``Horn Castle``,
``mother well``, ``Lille strøm``) both stayed in clear text, silently, and a reader who knows
the town reads it at once. Written together, with the folds :mod:`.folded_places` uses
(Norwegian letters, doubled letters) and Welsh ``y`` read as ``i``, the pair is exactly a
listed one-word place.

The rule: two words one space apart, neither a function word, that join (five letters or
more) into a listed one-word place, and that no replaced span already covers beyond the
pair. After a place preposition (``in``, ``to``, ``from``, ``på``, ``i``, ``fra``, ``til``…)
the pair is replaced as that place, flags and names inside it absorbed; elsewhere, when one
half is no everyday word, it is flagged for the steward (a name and surname may join into a
place too: ``Mary Port``). A first half that is a Gaelic or Welsh place-name element written
alone (``Bally cotton``, ``Tubber curry``, ``Inver gordon``, ``Llan gollen``) makes the pair a
place even when the lists lack it: the smallest Irish villages are in no list here, and the
element is no English word. On the development sets every pair after a preposition was a
gold place (31 of 31); everyday pairs that join into places (``my son``, ``for us``, ``been
in``) are never after one, or hold a function word.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.folded_places import fold
from anonkit.anonymize.place_sounds import place_sounding_like
from anonkit.anonymize.places import (
    places_lower,
    postal_join_ok,
    uk_postal_places,
    uk_towns,
    uk_villages,
)
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.split_halves import NOT_PIECES
from anonkit.anonymize.wordlists import common_words, en_lemmas, not_entities, word_class_forms

SPLIT_PLACE_SOURCE = "split-place"
SOUNDED_PLACE_SOURCE = "sounded-place"
SCORE = 0.55
_MIN_JOINED = 5
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{2,}(?![\w'’-])")
_PREPOSITIONS = word_set(
    """
    in to from at near outside through into around round past via
    i på fra frå til ved rundt mot utenfor gjennom nær oppi nedi utpå innpå
    """
)
_EN_PREPOSITIONS = word_set("in to from at near outside through into around round past via of")
# Before a place split in three, "by" too: "out by salt fleet bee" (Saltfleetby).
_EN_THREE_BEFORE = _EN_PREPOSITIONS | {"by"}
# Place-name elements of Ireland, Scotland and Wales that ASR writes as a word of their own
# and that are no English word ("knock", "kil", "drum", "glen" are, or are names: left out).
_PLACE_ELEMENTS = word_set(
    "bally tubber carrick clon rath inver aber llan auchter auchen strath achna ardna drom"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")


def _key(word: str) -> str:
    """``word`` folded: Norwegian letters, doubled letters once, ``y`` as ``i``."""
    return _DOUBLED.sub(r"\1", fold(word)).replace("y", "i")


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    return _key(word)


def _pair_key(one: str, two: str) -> str:
    """``_key(one + two)`` from the two words' cached keys: each has its doubled letters
    written once already, so only the letter where they meet may double."""
    first, second = _word_key(one), _word_key(two)
    if first and second and first[-1] == second[0]:
        second = second[1:]
    return first + second


@cache
def _joined_places() -> dict[str, str]:
    """Folded spelling → listed one-word place."""
    out: dict[str, str] = {}
    british = uk_towns() | uk_villages() | uk_postal_places()
    for place in places_lower() | {p.lower() for p in british}:
        if " " not in place and "-" not in place:
            key = _key(place)
            if len(key) >= _MIN_JOINED:
                out.setdefault(key, place)
    return out


def split_places(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with split place names replaced (after a place preposition) or flagged."""
    out = list(found)
    words = list(_WORD.finditer(text))
    for first, second in pairwise(words):
        if second.start() != first.end() + 1 or text[first.end()] != " ":
            continue
        one, two = first.group(), second.group()
        if one.lower() in NOT_PIECES or two.lower() in NOT_PIECES:
            continue
        if len(one) + len(two) < _MIN_JOINED:
            continue
        key = _pair_key(one, two)
        listed = key in _joined_places() and postal_join_ok(_joined_places()[key], [one, two])
        sounded = False
        if not listed and one.lower() not in _PLACE_ELEMENTS:
            if lang != "en" or not _sounds_like_place(one, two):
                continue
            sounded = True
        start, end = first.start(), second.end()
        pair_text = text[start:end]
        hits = [d for d in out if d.start < end and start < d.end]
        if any(d.action == REPLACE and (d.start < start or d.end > end) for d in hits):
            continue  # part of a longer name ("Holy Cross Primary" stays the school's)
        if any(
            d.type in (et.LOCATION, et.ORGANIZATION) and d.action == REPLACE and d.text == pair_text
            for d in hits
        ):
            continue  # a found place already, or an institution (session 38: "på post Lyng")
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        word_before = before.group(1).lower() if before is not None else ""
        after_preposition = word_before in _PREPOSITIONS
        if sounded:
            action = _sounded_action(word_before, one, two, lang)
            if action is None:
                continue
        elif after_preposition:
            action = REPLACE
        elif listed and (not _everyday(one, lang) or not _everyday(two, lang)):
            action = FLAG  # a place element alone counts only after a preposition
        else:
            continue
        tag = SOUNDED_PLACE_SOURCE if sounded else SPLIT_PLACE_SOURCE
        sources = "+".join([*(d.source for d in hits), tag])
        pair = DetectedEntity(start, end, et.LOCATION, action, SCORE, pair_text, sources)
        if action == FLAG and any(d.action == REPLACE for d in hits):
            continue  # a found name stays replaced; the flag would hide it
        out = sorted([d for d in out if d not in hits] + [pair], key=lambda d: d.start)
    return _split_in_three(text, out, lang, words)


def _split_in_three(
    text: str, found: list[DetectedEntity], lang: str, words: list[re.Match[str]]
) -> list[DetectedEntity]:
    """Session 38: a place ASR split in three after a place preposition — written together
    a listed place (``til lang fjord hamn``: Langfjordhamn) or, in English, sounding like
    one (``out by salt fleet bee``: Saltfleetby). Replaced when the spelling matches, or the
    sound does and one of the words is no everyday word; flagged when all three are
    everyday words (as ``salt fleet bee`` is); nothing elsewhere. Splits whose sound the
    Metaphone key does not keep (``mag wires bridge``, ``mine clog og``) stay unfound."""
    out = found
    openers = _EN_THREE_BEFORE if lang == "en" else _PREPOSITIONS
    for first, second, third in zip(words, words[1:], words[2:], strict=False):
        # plain comparisons, not a generator: this runs on every three words of every text
        gap_one, gap_two = first.end(), second.end()
        if (
            second.start() != gap_one + 1
            or third.start() != gap_two + 1
            or text[gap_one] != " "
            or text[gap_two] != " "
        ):
            continue
        start, end = first.start(), third.end()
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is None or before.group(1).lower() not in openers:
            continue
        parts = (first.group(), second.group(), third.group())
        if any(p.lower() in NOT_PIECES for p in parts):
            continue
        joined = _joined_places().get(_key("".join(parts)))
        listed = joined is not None and postal_join_ok(joined, list(parts))
        if listed:
            action, tag = REPLACE, SPLIT_PLACE_SOURCE
        elif lang == "en" and _sound_three(parts):
            rare = not all(_everyday(p, lang) for p in parts)
            action, tag = (REPLACE if rare else FLAG), SOUNDED_PLACE_SOURCE
        else:
            continue
        hits = [d for d in out if d.start < end and start < d.end]
        if any(d.action == REPLACE and (d.start < start or d.end > end) for d in hits):
            continue
        if action == FLAG and any(d.action == REPLACE for d in hits):
            continue
        sources = "+".join([*(d.source for d in hits), tag])
        place = DetectedEntity(start, end, et.LOCATION, action, SCORE, text[start:end], sources)
        out = sorted([d for d in out if d not in hits] + [place], key=lambda d: d.start)
    return out


def _sound_three(parts: tuple[str, str, str]) -> bool:
    """Three words, no stop word, non-entity or verb last, that sound like a listed place."""
    halves = [p.lower() for p in parts]
    if any(h in STOP_WORDS or h in not_entities("en") for h in halves):
        return False
    if halves[2] in word_class_forms("en", "verb"):
        return False
    return place_sounding_like(" ".join(parts)) is not None


def _sounds_like_place(one: str, two: str) -> bool:
    """The pair, no stop word in it, sounds like a listed place (:mod:`.place_sounds`)."""
    halves = (one.lower(), two.lower())
    if any(half in STOP_WORDS or half in not_entities("en") for half in halves):
        return False  # "in till monday", "of Jung in"
    if f"{halves[0]} {halves[1]}" in not_entities("en"):
        return False  # session 47: a public figure's name ("a lot of Brené Brown")
    if halves[1] in word_class_forms("en", "verb"):
        return False  # the sentence going on: "the port of mayo sent me"
    return place_sounding_like(f"{one} {two}") is not None


def _sounded_action(word_before: str, one: str, two: str, lang: str) -> str | None:
    """What a pair that only *sounds* like a place becomes (session 37): after a place
    preposition (or ``of``) replaced when one half is no everyday word (``Mork um``,
    ``pull helly``), flagged when both are (``lamb lash``, ``hear wine``); nothing after ``to``
    + a verb when both are everyday words (``to try ECT``, ``to leave rice``; not ``to pull
    helly``), nor anywhere else."""
    rare_half = not (_everyday(one, lang) and _everyday(two, lang))
    if word_before == "then" and rare_half:
        return REPLACE  # the next stop on a journey: "to Ilfra coombe and then Woola comb"
    if word_before not in _EN_PREPOSITIONS:
        return None  # Norwegian "i" is the English pronoun ("and i grew tatties")
    if rare_half:
        return REPLACE
    if word_before == "to" and one.lower() in en_lemmas("verb"):
        return None
    return FLAG


def _everyday(word: str, lang: str) -> bool:
    return word.lower() in common_words(lang)
