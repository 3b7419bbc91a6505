"""Which organisation names name the same institution (issue 10, item 7).

Why: a speaker says "Oslo universitetssykehus" once and "OUS" after that, "Diakonhjemmet
sykehus" and then "Diakonhjemmet", "North Manchester General Hospital" and then "North
Manchester General". Linking on the exact string gave each form its own pseudonym, so the
transcript seemed to name two hospitals — and the pair of pseudonyms could tell a reader
that the short form is an abbreviation of the long one. Rules (both names must be
organisations; a place is never joined to an institution by these rules):

1. **Initials**: an all-caps short name (2-6 letters) is the initials of the long name's
   words, a compound word giving the initials of its parts too (``OUS`` = *O*slo
   *u*niversitets*s*ykehus, ``UNN`` = *U*niversitetssykehuset *N*ord-*N*orge, ``NHS``,
   ``LGI``); small joining words (``i``, ``of``, ``the``) may be skipped.
2. **Short form**: the names have the same distinctive words once generic words
   (``sykehus``, ``DPS``, ``Hospital``, ``General``: :func:`org_pseudonyms.is_generic_word`)
   are set aside, and either they are of the same kind (hospital, DPS, school …) or the
   shorter one has no generic word at all (``Diakonhjemmet`` for ``Diakonhjemmet
   sykehus``). ``Oslo universitetssykehus`` and ``Oslo kommune`` differ in kind and stay
   apart; a short form that is a known place on its own (``Innlandet``) is not joined.
3. **Known aliases**: ``data/institution_aliases.tsv`` (``Ahus`` for Akershus
   universitetssykehus and the like), where no rule can see it.
"""

from __future__ import annotations

import re
from functools import cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.org_pseudonyms import is_generic_word
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.pseudonyms import org_kind

# Compound parts whose first letter an abbreviation may take: "universitets|sykehus" → US.
_PARTS = (
    "universitets", "sykehus", "sjukehus", "sykehuset", "sjukehuset", "hospital", "klinikk",
    "klinikken", "senter", "senteret", "skole", "skolen", "tjeneste", "tjenesten", "kontor",
    "kontoret", "avdeling", "avdelingen", "psykiatrisk", "psykiatriske", "hjem", "hjemmet",
)  # fmt: skip
_JOINERS = frozenset({"i", "og", "for", "på", "of", "the", "and", "in", "at"})
_WORD = re.compile(r"[\wÆØÅæøå]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.replace("-", " "))


def _initials(name: str) -> set[str]:
    """Every initials string a speaker could form from ``name`` (upper case)."""
    options = {""}
    for word in _words(name):
        low = word.lower()
        letters = {low[0]}
        for part in _PARTS:
            at = low.find(part, 1)
            if at > 0:
                letters.add(low[0] + part[0])  # "universitetssykehus" → "us"
        choices = letters | ({""} if low in _JOINERS else set())
        options = {o + c for o in options for c in choices if len(o + c) <= 8}
    return {o.upper() for o in options if len(o) >= 2}


def _distinct(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _words(name) if not is_generic_word(w))


@cache
def _aliases() -> dict[str, frozenset[str]]:
    """Lower-cased name → every lower-cased name of the same institution."""
    groups: dict[str, set[str]] = {}
    for cols in data_lines("institution_aliases.tsv"):
        canon, other = cols[0].strip().lower(), cols[1].strip().lower()
        group = groups.get(canon, {canon}) | groups.get(other, set()) | {other}
        for name in group:
            groups[name] = group
    return {k: frozenset(v) for k, v in groups.items()}


@cache
def _place_names_lower() -> frozenset[str]:
    return frozenset(p.lower() for p in places() | world_places())


def same_institution(a: str, b: str) -> bool:
    """Whether organisation names ``a`` and ``b`` name one institution (module docstring)."""
    a, b = " ".join(a.split()), " ".join(b.split())
    if a.lower() == b.lower():
        return True
    if b.lower() in _aliases().get(a.lower(), frozenset()):
        return True
    short, long = sorted((a, b), key=len)
    if short.isupper() and 2 <= len(short) <= 6 and short.isalpha():
        return short in _initials(long)
    ds, dl = _distinct(short), _distinct(long)
    if not ds or ds != dl:
        return False
    if org_kind(short) == org_kind(long) and org_kind(short) != "ORGANIZATION":
        return True
    no_generic = all(not is_generic_word(w) for w in _words(short))
    return no_generic and short.lower() not in _place_names_lower()


def render_form(surface: str, full: str, pseudonym: str) -> str | None:
    """The pseudonym said the way ``surface`` says ``full``; None when ``surface`` is neither
    an abbreviation nor a short form of it (then the whole pseudonym is used).

    ``OUS`` of *Oslo universitetssykehus* with pseudonym *Breidhaug universitetssykehus* →
    ``BUS`` (the same number of letters, taken the same way); ``Diakonhjemmet`` of
    *Diakonhjemmet sykehus* → the pseudonym without its generic words. Why: the whole
    pseudonym in capitals ("BREIDHAUG UNIVERSITETSSYKEHUS") reads as shouting and shows the
    reader that an abbreviation was replaced.
    """
    surface, full = " ".join(surface.split()), " ".join(full.split())
    if surface.lower() == full.lower():
        return None
    if surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 6:
        options = sorted(o for o in _initials(pseudonym) if len(o) == len(surface))
        if options:
            return options[0]
        letters = "".join(w[0] for w in _words(pseudonym) if w.lower() not in _JOINERS)
        return letters.upper() or None
    ds = _distinct(surface)
    if ds and ds == _distinct(full) and all(not is_generic_word(w) for w in _words(surface)):
        short = " ".join(w for w in pseudonym.split() if not is_generic_word(w))
        return short or None
    return None
