"""Name forms of one entity: how the surface forms a transcript says compare and split.

Why a module of its own: ``linking.py`` decides which key entity a mention belongs to and keeps
the key consistent; the tests it decides with are pure functions of strings — normalising a
number or a name, splitting titles and double first names, speech-recognition near misses,
which name part a single word is, the gender a cue word gives — and each is tested and tuned
on its own (issue 10) without a key or a pseudonym generator.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.dictionary import TITLES, phonetic_key
from anonkit.anonymize.key import KeyEntity
from anonkit.anonymize.places import health_institution_names, organization_names
from anonkit.anonymize.recognizers._base import word_set

_DIGIT_TYPES = frozenset({et.PHONE, et.NATIONAL_ID, et.BANK_ACCOUNT, et.IBAN})


def normalise_value(type_: str, surface: str) -> str:
    """The identity of a non-name value: digits for numbers, lower-case text otherwise."""
    if type_ in _DIGIT_TYPES:
        digits = re.sub(r"[^0-9A-Za-z]", "", surface).upper()
        return (
            digits.removeprefix("0047").removeprefix("47")
            if type_ == et.PHONE and len(digits) > 8
            else digits
        )
    return " ".join(surface.lower().split())


def split_titles(surface: str) -> tuple[list[str], list[str]]:
    """(leading titles, name tokens) of a person surface."""
    tokens = surface.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i].lower() in TITLES:
        i += 1
    return tokens[:i], tokens[i:]


def sounds_alike(a: str, b: str) -> bool:
    """Speech-recognition near misses of one name: "Pederson"/"Pedersen", "Kristian"/
    "Christian" (same phonetic key), or one letter off in a name of five letters or more."""
    if not a or not b:
        return False
    if a.lower() == b.lower():
        return True
    if min(len(a), len(b)) >= 4 and phonetic_key(a) == phonetic_key(b):
        return True
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a.lower(), b.lower()) <= 1


def norm_name(name: str) -> str:
    """Compare names without case or hyphens: "Jon-Erik" is "Jon Erik"."""
    return " ".join(name.lower().replace("-", " ").split())


# Words right before a name (or, failing that, the first personal pronoun after it) that
# say whether the person is a woman or a man: the pseudonym keeps the gender, so the
# transcript's "hun"/"han" still fit (issue 10, item 6).
_FEMALE_CUES = word_set(
    "ho hun hu henne mamma mor mora moren tante bestemor mormor farmor oldemor svigermor "
    "søster søstera søsteren storesøster lillesøster kusine kone kona datter dattera "
    "datteren venninne venninna fru frøken she her mum mom mam mummy mother auntie aunty "
    "aunt nan nana nanna gran granny grandma grandmother sister daughter wife girlfriend "
    "stepmum mrs ms miss "
    "farsøster morsøster stemor halvsøster svigerinne besta bestemora mormora farmora tanta"
)
_MALE_CUES = word_set(
    "han ham mann mannen pappa far faren onkel bestefar morfar farfar oldefar svigerfar "
    "bror broren storebror lillebror fetter sønn sønnen herr he him his dad daddy father "
    "uncle grandad granddad grandpa grandfather brother son husband boyfriend stepdad "
    "mr "
    "farbror morbror stefar halvbror svoger besten bestefaren morfaren farfaren onkelen"
)
_AFTER_PRONOUN = re.compile(r"(?<!\w)(ho|hun|hu|she|han|he)(?!\w)", re.IGNORECASE)


def gender_cue(text: str, start: int, end: int) -> str:
    """``f``/``m`` from the word before a name ("ho Liv", "my uncle Sandy"), else from the
    first personal pronoun in the 60 characters after it ("Tharshini … hun"), else ``u``."""
    before = re.findall(r"\w+", text[max(0, start - 20) : start])
    if before:
        word = before[-1].lower()
        if word in _FEMALE_CUES:
            return "f"
        if word in _MALE_CUES:
            return "m"
    m = _AFTER_PRONOUN.search(text[end : end + 60])
    if m:
        return "f" if m.group(1).lower() in ("ho", "hun", "hu", "she") else "m"
    return "u"


@cache
def institution_names_lower() -> frozenset[str]:
    """Known institutions, so "Lovisenbergs" is the genitive of "Lovisenberg"."""
    return frozenset(n.lower() for n in health_institution_names() | organization_names())


def which_part(base: str, entity: KeyEntity) -> str:
    """Which part of ``entity``'s name (``first``/``last``) a one-word mention ``base`` is."""
    low = base.lower()
    first, last = entity.parts.get("first", ""), entity.parts.get("last", "")
    if low == first.lower():
        return "first"
    if low == last.lower() and last:
        return "last"
    if first and last:  # a near miss ("Pederson"): the closer part
        return (
            "last"
            if fuzz.ratio(low, last.lower()) > fuzz.ratio(low, first.lower())
            else "first"
        )
    return "last" if last and not first else "first"


def join_first_names(names: list[str], first_any: set[str], surnames: set[str]) -> list[str]:
    """Norwegian double first names are one first name: ``Stein Ivar Dahl`` →
    ``["Stein Ivar", "Dahl"]``, ``Stein Ivar`` → ``["Stein Ivar"]`` — so "Stein Ivar"
    and "Stein Ivar Dahl" are one person. A second word that is a first name and not a
    surname joins the first; in three or more words all but the last do."""
    if len(names) < 2:
        return names
    is_first = [n.lower().replace("-", " ").split()[0] in first_any for n in names]
    if len(names) == 2:
        if is_first[0] and is_first[1] and names[1].lower() not in surnames:
            return [f"{names[0]} {names[1]}"]
        return names
    if all(is_first[:-1]):
        return [" ".join(names[:-1]), names[-1]]
    return [names[0], names[-1]]
