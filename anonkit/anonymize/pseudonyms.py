"""Pseudonym families: plausible replacement names, genitive forms and typed placeholders.

Rules (docs/detection.md "Pseudonyms"):
- A person gets a *family*: a first name and a surname drawn once, from the same language's
  name lists (Statistics Norway for ``nb``), with the gender of the original first name.
  Every surface form is rendered from the family: "Irene" -> "Agnes", "Irene Johansen" ->
  "Agnes Berg", "Irenes" -> "Agnes'" (Norwegian genitive), "Irene's" -> "Agnes's".
- Draws are deterministic given the project key's random seed and the entity's number, and
  never derived from the original name (a name-derived pseudonym could be reversed by
  anyone holding the name lists).
- A pseudonym never equals an original in the key or a name in the text (callers pass those
  as ``exclude``), nor a common word (a pseudonym "Per" would read as the preposition).
- Places become other places of the same list (Norwegian town -> Norwegian town);
  institutions and clubs become fictitious ones of the same kind (``org_pseudonyms``); what
  is not a known place, wards given by number, and all numbers/IDs become typed placeholders.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Collection
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.names import all_first_names, first_names, surnames
from anonkit.anonymize.org_pseudonyms import fictitious_org
from anonkit.anonymize.places import (
    countries,
    health_institutions,
    places,
    uk_postal_places,
    uk_towns,
    world_places,
)
from anonkit.anonymize.wordlists import common_words

APOSTROPHES = ("'", "’")
SIBILANTS = ("s", "x", "z")

# Typed placeholder labels per language (interfaces: language-aware labels).
PLACEHOLDER_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        et.PERSON: "person", et.LOCATION: "sted", et.ORGANIZATION: "organisasjon",
        et.DATE: "dato", et.PHONE: "telefon", et.EMAIL: "e-post",
        et.NATIONAL_ID: "fødselsnummer", et.URL: "nettadresse", et.ADDRESS: "adresse",
        et.BANK_ACCOUNT: "kontonummer", et.IBAN: "IBAN", et.LICENSE_PLATE: "bilnummer",
        "hospital": "sykehus", "school": "skole", "university": "universitet",
        "municipality": "kommune", "dps": "DPS", "clinic": "klinikk",
        "nursing_home": "sykehjem", "ward": "avdeling", "club": "klubb",
    },
    "en": {
        et.PERSON: "person", et.LOCATION: "place", et.ORGANIZATION: "organisation",
        et.DATE: "date", et.PHONE: "phone", et.EMAIL: "email",
        et.NATIONAL_ID: "national ID", et.URL: "URL", et.ADDRESS: "address",
        et.BANK_ACCOUNT: "bank account", et.IBAN: "IBAN", et.LICENSE_PLATE: "licence plate",
        "hospital": "hospital", "school": "school", "university": "university",
        "municipality": "municipality", "dps": "psychiatric centre", "clinic": "clinic",
        "nursing_home": "nursing home", "ward": "ward", "club": "club",
    },
}  # fmt: skip

# Keyword in an organisation name -> institution kind (checked on the lower-cased name).
_ORG_KINDS: tuple[tuple[str, str], ...] = (
    ("sykehjem", "nursing_home"), ("nursing home", "nursing_home"),
    ("sykehus", "hospital"), ("sjukehus", "hospital"), ("hospital", "hospital"),
    ("infirmary", "hospital"), (" general ", "hospital"),
    ("dps", "dps"), ("klinikk", "clinic"), ("clinic", "clinic"),
    ("legekontor", "clinic"), ("legesenter", "clinic"),
    ("avdeling", "ward"), ("post ", "ward"), ("ward", "ward"),
    ("universitet", "university"), ("university", "university"), ("høgskole", "university"),
    ("skole", "school"), ("school", "school"), ("kommune", "municipality"),
    (" fk ", "club"), (" il ", "club"), (" if ", "club"), (" bk ", "club"), (" ik ", "club"),
    (" fc ", "club"), (" afc ", "club"), ("fotballklubb", "club"), ("idrettslag", "club"),
    ("football club", "club"), (" rovers ", "club"), (" united ", "club"),
    (" wanderers ", "club"), (" athletic ", "club"), (" albion ", "club"),
)  # fmt: skip

# Types that are always replaced by an unnumbered typed placeholder ("[telefon]").
TYPED_ONLY: frozenset[str] = frozenset(
    {
        et.DATE, et.PHONE, et.EMAIL, et.NATIONAL_ID, et.URL, et.ADDRESS, et.BANK_ACCOUNT,
        et.IBAN, et.LICENSE_PLATE,
    }
)  # fmt: skip


# --- genitive ------------------------------------------------------------------------------


def split_genitive(token: str, is_base: Callable[[str], bool]) -> tuple[str, str]:
    """Split ``token`` into (base, genitive suffix) when the base is a known name.

    ``is_base`` says whether a string is a known base form (case handled by the caller).
    Suffixes: ``'s``/``’s`` (English), ``'``/``’`` after s/x/z (both), ``s`` (Norwegian
    "Irenes"). A token that is itself a base ("Agnes", "Hans") is never split.
    """
    if is_base(token):
        return token, ""
    for apo in APOSTROPHES:
        if token.endswith(apo + "s") and len(token) > 2 and is_base(token[:-2]):
            return token[:-2], token[-2:]
        if token.endswith(apo) and len(token) > 1 and is_base(token[:-1]):
            return token[:-1], token[-1:]
    if token.endswith("s") and len(token) > 2 and is_base(token[:-1]):
        return token[:-1], "s"
    return token, ""


def add_genitive(name: str, suffix: str, lang: str) -> str:
    """Render ``name`` with the genitive that ``suffix`` stood for in the original.

    Norwegian: "Agnes" + s -> "Agnes'", "Kari" + s -> "Karis". English: "Agnes" + 's ->
    "Agnes's"; an original written with a bare apostrophe ("James'") keeps that style.
    """
    if not suffix:
        return name
    apo = "’" if "’" in suffix else "'"
    ends_sibilant = name[-1:].lower() in SIBILANTS
    if suffix == "s":
        return name + apo if ends_sibilant else name + "s"
    if suffix in APOSTROPHES:
        if ends_sibilant:
            return name + apo
        return name + "s" if lang == "nb" else name + apo + "s"
    # 's
    if lang == "nb":
        return name + apo if ends_sibilant else name + "s"
    return name + apo + "s"


def match_case(template: str, name: str) -> str:
    """Give ``name`` the letter case of ``template`` (ALL CAPS, lower) where it is not Title."""
    if len(template) > 1 and template.isupper():
        return name.upper()
    if template.islower():
        return name.lower()
    return name


# --- draws ---------------------------------------------------------------------------------


def _rng(seed: bytes, purpose: str, number: int) -> random.Random:
    digest = hashlib.sha256(seed + f"\x00{purpose}\x00{number}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


@cache
def _ssb_weights() -> tuple[dict[str, float], dict[str, float]]:
    """How common each Norwegian first name and surname is (SSB via norwegian-fake-data).

    Why weights: a uniform draw from 1,969 names picks rare names as often as "Anne"; real
    transcripts are full of common names, and a pseudonym should not stand out.
    """
    import gzip
    import json
    from importlib.resources import files

    try:
        raw = files("norwegian_fake_data").joinpath("data", "names.json.gz").read_bytes()
        data = json.loads(gzip.decompress(raw))
    except (ModuleNotFoundError, FileNotFoundError, ValueError, OSError):
        return {}, {}
    first: dict[str, float] = {}
    for rows in data.get("first_names", {}).values():
        for name, weight in rows:
            first[name] = first.get(name, 0.0) + float(weight)
    last: dict[str, float] = {}
    for rows in data.get("surnames", {}).values():
        for name, weight in rows:
            last[name] = last.get(name, 0.0) + float(weight)
    return first, last


def _pick(
    rng: random.Random,
    pool: list[str],
    exclude_lower: Collection[str],
    weights: dict[str, float] | None = None,
) -> str | None:
    """Draw from ``pool`` avoiding ``exclude_lower`` (lower-cased); None when exhausted.

    With ``weights`` the draw favours common names (square root of the frequency, so the
    top names do not crowd out everything else).
    """
    if not pool:
        return None
    cum = None
    if weights:
        total, cum = 0.0, []
        for name in pool:
            total += weights.get(name, 1.0) ** 0.5
            cum.append(total)

    def allowed(name: str) -> bool:
        # "Anne-Marit" must not stand in for an "Anne": compare every hyphen part too; nor
        # "Karimi" for a "Kari" (a reader, and the leak check, see the original in it).
        low = name.lower()
        if low in exclude_lower or any(p in exclude_lower for p in low.split("-")):
            return False
        return not any(low.startswith(x) for x in exclude_lower if len(x) >= 3)

    for _ in range(64):
        choice = rng.choices(pool, cum_weights=cum)[0] if cum else rng.choice(pool)
        if allowed(choice):
            return choice
    remaining = [p for p in pool if allowed(p)]
    return rng.choice(remaining) if remaining else None


_SIMPLE_NAME = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(-[A-ZÆØÅ][a-zæøåéü]+)?$")


@cache
def _first_pool(lang: str, gender: str) -> list[str]:
    common = common_words(lang)
    names = first_names(lang)
    pool = [
        n
        for n, g in sorted(names.items())
        if (gender == "u" or g in (gender, "u"))
        and n.lower() not in common
        and len(n) >= 3
        and _SIMPLE_NAME.match(n)
    ]
    return pool


@cache
def _surname_pool(lang: str) -> list[str]:
    common = common_words(lang)
    return sorted(
        n
        for n in surnames(lang)
        if n.lower() not in common and len(n) >= 3 and _SIMPLE_NAME.match(n)
    )


@cache
def _place_pools() -> tuple[list[str], list[str]]:
    """(Norwegian places, world cities): towns only — countries have their own pool."""
    simple = re.compile(r"^[A-ZÆØÅ][\wæøå-]+$")
    common = common_words("nb") | common_words("en")  # "Ski", "Moss" read as words
    nations = countries()
    nb = sorted(
        p for p in places() if simple.match(p) and p.lower() not in common and p not in nations
    )
    world = sorted(
        p
        # not the British postal hamlets (session 38): a world city stays a city
        for p in world_places() - uk_towns() - uk_postal_places()
        if simple.match(p) and p.lower() not in common and p not in nations
    )
    return nb, world


@cache
def _country_pool(lang: str) -> list[str]:
    return sorted(c for c in countries(lang) if re.fullmatch(r"[A-ZÆØÅ][a-zæøå]+", c))


@cache
def _uk_town_pool() -> list[str]:
    simple = re.compile(r"^[A-Z][a-z]+$")
    common = common_words("en")
    return sorted(p for p in uk_towns() if simple.match(p) and p.lower() not in common)


def gender_of(first: str, lang: str) -> str:
    """f, m or u for a first name as written (the other language's list as a fallback)."""
    names = first_names(lang)
    for candidate in (first, first.capitalize()):
        if candidate in names:
            return names[candidate]
    return all_first_names().get(first.capitalize(), "u")


class PseudonymGenerator:
    """Draws pseudonym families for a project: deterministic given ``seed`` and a number."""

    def __init__(self, lang: str, seed: bytes) -> None:
        self.lang = lang
        self.seed = seed

    def person(self, number: int, gender: str, exclude_lower: Collection[str]) -> dict[str, str]:
        """A first name and a surname for person number ``number``; never in ``exclude_lower``."""
        rng = _rng(self.seed, "person", number)
        w_first, w_last = _ssb_weights() if self.lang == "nb" else ({}, {})
        first = _pick(rng, _first_pool(self.lang, gender), exclude_lower, w_first)
        if first is None:  # every plausible name is taken: widen to both genders
            first = _pick(rng, _first_pool(self.lang, "u"), exclude_lower) or f"Person{number}"
        last = _pick(rng, _surname_pool(self.lang), exclude_lower, w_last) or f"Etternavn{number}"
        return {"first": first, "last": last}

    def place(self, original: str, number: int, exclude_lower: Collection[str]) -> str | None:
        """Another place of the same kind as ``original``, or None if no list knows it.

        The kind is kept so the transcript still reads naturally (issue 10, item 9): a
        country becomes a country (named in the transcript's language), a Norwegian town a
        Norwegian town, a British or Irish town a British or Irish town, a world city a
        world city — never a country a town, nor a town a person's name.
        """
        nb_pool, world_pool = _place_pools()
        base = original.strip()
        if base in countries():
            pool = _country_pool(self.lang) or _country_pool("en")
        elif base in places():
            pool = nb_pool
        elif base in uk_towns() or base in uk_postal_places():
            pool = _uk_town_pool()  # session 38: a British hamlet becomes a British town
        elif base in world_places():
            pool = world_pool
        else:
            return None
        return _pick(_rng(self.seed, "place", number), pool, exclude_lower)

    def organization(
        self, original: str, number: int, exclude_lower: Collection[str]
    ) -> str | None:
        """A fictitious organisation of the same kind and shape as ``original`` (a hospital
        stays a hospital, a club a club), never a real institution's name; None when the
        name has nothing distinctive (``post 3``) — the caller uses a placeholder then."""
        rng = _rng(self.seed, "organization", number)
        return fictitious_org(original, self.lang, rng, exclude_lower)


def org_kind(name: str) -> str:
    """Institution kind of an organisation name (hospital, clinic, …) or ORGANIZATION."""
    for inst in health_institutions():
        if inst.name.lower() == name.lower():
            return inst.kind if inst.kind in PLACEHOLDER_LABELS["en"] else "hospital"
    lowered = " " + name.lower() + " "
    for keyword, kind in _ORG_KINDS:
        if keyword in lowered:
            return kind
    return et.ORGANIZATION


def placeholder(label_key: str, lang: str, number: int | None = None) -> str:
    """``[sykehus-1]``, ``[telefon]``; persons as ``[PERSON-3]``."""
    if label_key == et.PERSON:
        return f"[PERSON-{number}]" if number is not None else "[PERSON]"
    label = PLACEHOLDER_LABELS.get(lang, PLACEHOLDER_LABELS["en"]).get(label_key, label_key.lower())
    return f"[{label}-{number}]" if number is not None else f"[{label}]"
