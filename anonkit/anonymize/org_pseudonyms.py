"""Fictitious institutions and clubs as pseudonyms (issue 10, item 9).

Why: a typed placeholder (``[sykehus-1]``) is safe but breaks the reading of a transcript,
and a *real* name as a substitute is worse than useless — a town that became the name of a
real psychiatric hospital tells the reader something false about a participant. So in the
pseudonym style an organisation keeps its kind and its shape and gets a made-up name:

* the generic words of the original stay where they were (``DPS``, ``sykehus``,
  ``Hospital``, ``General``, ``FK``, ``Rovers``, ``AS``, ``Universitetet i``) and only the
  distinctive words are replaced by one fictitious stem: ``Lovisenberg DPS`` → ``Lindvang
  DPS``, ``Tranmere Rovers`` → ``Ashbrook Rovers``, ``Universitetet i Bergen`` →
  ``Universitetet i Eikelund``;
* a one-word compound keeps its generic (inflected) tail: ``Fjordklinikken`` →
  ``Bjørkeliklinikken``, ``Rikshospitalet`` → ``Solvanghospitalet``;
* a name that is all distinctive (``Gaustad``, ``Rosenborg``, ``Rampton``) becomes a stem,
  which reads the same way in the sentence (``på Gaustad`` → ``på Lindvang``).

Stems are built from Norwegian or English place-name parts (the transcript's language), so
the result inflects like a name: the genitive and letter case are added at render time
(``linking.render``). A stem is never a known institution name, a word of one, a listed
place, nor a common word, and the full name is checked against the health-institution and
organisation lists, so the pseudonym never names a real institution. Kept apart from the
detection code: this module only draws names.
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection
from functools import cache

from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    world_places,
)
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.wordlists import common_words

# Place-name parts per language: head + tail gives a plausible, usually non-existent name.
_HEADS = {
    "nb": (
        "Lind Bjørke Eike Furu Gran Hassel Løv Rogn Selje Sol Stein Elve Fjord Vinde Lys "
        "Kvit Nord Sør Øst Vest Høg Lang Breid Sjø Alm Ask Lyng Myr Kobber Sølv"
    ),
    "en": (
        "Ash Oak Elm Birch Holly Briar Thorn Fern Heather Maple Willow Rowan Hazel Brook "
        "Clay Stone Mill Fair Bright Wren Lark Linden Amber Silver Meadow Cedar Juniper"
    ),
}
_TAILS = {
    "nb": "vang haug heim li lund mo tun vik dal åsen bakken hagen rud stad berg",
    "en": "field wood brook ley dale combe ford bridge mead moor croft hurst vale haven",
}
# Words that say what kind of organisation it is: kept as they are.
_GENERIC_WORDS = word_set(
    """
    sykehus sykehuset sjukehus sjukehuset universitetssykehus universitetssykehuset dps
    universitetssjukehus universitetssjukehuset
    klinikk klinikken klinikk sykehjem sykehjemmet legesenter legesenteret legekontor
    legekontoret senter senteret psykiatriske psykiatrisk distriktspsykiatrisk helse hf
    avdeling avdelingen post posten universitet universitetet høgskole høgskolen høyskole
    høyskolen skole skolen skule videregående ungdomsskole barneskole barnehage kommune
    fengsel fengselet as asa sa ba ans da il if bk fk ik sk tif fotballklubb idrettslag
    klubb klubben i på og
    hospital hospitals infirmary general royal clinic centre center medical health unit
    house ward school college academy university of the and nhs trust foundation
    prison hmp fc afc united city town rovers athletic wanderers albion county rangers
    club football sports ltd plc limited group
    vidaregåande skulen barneskule ungdomsskule folkehøgskule høgskule vgs til bil sfk hk
    primary secondary grammar comprehensive infants juniors sixth form abc rfc rlfc cc
    boxing rugby cricket golf darts snooker swimming athletics amateur harriers
    """
)
# Generic compound tails of one-word Norwegian/English names, longest first.
_GENERIC_TAILS = (
    "universitetssjukehuset", "universitetssykehuset", "universitetssjukehus",
    "universitetssykehus", "sykehuset", "sjukehuset", "sykehus",
    "sjukehus", "hospitalet", "hospital", "klinikken", "klinikk", "sykehjemmet", "sykehjem",
    "senteret", "senter", "heimen", "hjemmet", "tunet", "skolen", "skole",
)  # fmt: skip
_WORD = re.compile(r"\S+")


@cache
def _taken() -> frozenset[str]:
    """Lower-cased real names a stem must not be: institutions, their words, places."""
    names = health_institution_names() | organization_names()
    words = {w.lower().strip(".,'’") for n in names for w in n.split()}
    return frozenset(
        {n.lower() for n in names} | words | {p.lower() for p in places() | world_places()}
    )


@cache
def _stems(lang: str) -> tuple[str, ...]:
    """Every fictitious stem for ``lang``, none of them a real name or a common word."""
    key = lang if lang in _HEADS else "en"
    common = common_words(key)
    taken = _taken()
    out = []
    # sorted: the draw must not depend on set order (pseudonyms are reproducible per seed).
    for head in sorted(_HEADS[key].split()):
        for tail in sorted(_TAILS[key].split()):
            # "Bjørke" + "li": no doubled vowel; "Stein" + "åsen" reads "Steinåsen".
            stem = head + tail
            low = stem.lower()
            if low not in taken and low not in common:
                out.append(stem)
    return tuple(out)


def is_generic_word(word: str) -> bool:
    """A word that says what kind of organisation it is (``DPS``, ``sykehus``, ``FC``)."""
    return word.lower().strip(".,") in _GENERIC_WORDS or word.isdigit()


def fictitious_org(
    original: str, lang: str, rng: random.Random, exclude_lower: Collection[str] = ()
) -> str | None:
    """A made-up organisation of the same shape and kind as ``original`` (module docstring).

    None when the original has nothing distinctive to replace (``post 3``: a ward number is
    left to a placeholder) or no stem is left.
    """
    words = _WORD.findall(original.strip())
    if not words:
        return None
    distinctive = [i for i, w in enumerate(words) if not is_generic_word(w)]
    if not distinctive:
        return None
    if all(ch.isdigit() for i in distinctive for ch in words[i] if ch.isalnum()):
        return None
    # Words, not only whole names: "Granheim DPS" in use means "Granheim" is taken too.
    used = {w for x in exclude_lower for w in x.split()}
    stems = [s for s in _stems(lang) if s.lower() not in used]
    if not stems:
        return None
    for _ in range(16):
        stem = rng.choice(stems)
        name = _render(words, distinctive, stem)
        if name is not None and not _is_real(name, exclude_lower):
            return name
    return None


def _render(words: list[str], distinctive: list[int], stem: str) -> str:
    """Replace the first run of distinctive words by ``stem``; drop the rest of that run."""
    first = distinctive[0]
    last = first
    while last + 1 < len(words) and (last + 1) in distinctive:
        last += 1
    run = words[first : last + 1]
    if len(run) == 1:
        word = run[0]
        low = word.lower()
        tail = next((t for t in _GENERIC_TAILS if low.endswith(t) and len(low) > len(t)), "")
        stem = stem + tail if tail else stem
    out = [*words[:first], stem, *(w for k, w in enumerate(words) if k > last)]
    # Later distinctive words outside the run ("Royal Infirmary of Edinburgh and Leith"):
    # replaced by the same stem would read oddly; drop the whole draw instead.
    if any(k > last for k in distinctive):
        out = [w for k, w in enumerate(words) if k < first or (k > last and is_generic_word(w))]
        out.insert(first, stem)
        if out[-1].lower() in ("of", "i", "and", "og"):
            out.pop()
    return " ".join(out)


@cache
def _real_names() -> frozenset[str]:
    return frozenset(n.lower() for n in health_institution_names() | organization_names())


def _is_real(name: str, exclude_lower: Collection[str]) -> bool:
    low = name.lower()
    return low in _real_names() or low in exclude_lower
