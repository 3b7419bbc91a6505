"""First names (with gender) and surnames per language, for gazetteers and pseudonyms.

Sources (see ``data/SOURCES.md``): Norwegian names from Statistics Norway (CC BY 4.0, via
``norwegian-fake-data``), English names from Faker's en_US/en_GB providers (MIT). Loaded
lazily and cached: the detector and the pseudonymizer share one copy.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from anonkit.anonymize._data import data_lines
from anonkit.languages import LANGUAGES

Gender = Literal["f", "m", "u"]

_LANGS = LANGUAGES


def _check(lang: str) -> None:
    if lang not in _LANGS:
        raise ValueError(f"no name lists for language {lang!r}; expected one of {_LANGS}")


@cache
def first_names(lang: str) -> dict[str, Gender]:
    """Map first name (as written, e.g. ``"Anne-Marie"``) to gender: f, m or u (both)."""
    _check(lang)
    return {cols[0]: cols[1] for cols in data_lines(f"first_names_{lang}.tsv")}  # type: ignore[misc]


@cache
def surnames(lang: str) -> frozenset[str]:
    """Surnames as written (``"Johansen"``)."""
    _check(lang)
    return frozenset(cols[0] for cols in data_lines(f"surnames_{lang}.txt"))


@cache
def all_first_names() -> dict[str, Gender]:
    """First names for *detection*: every language plus names from neighbouring countries
    and large immigrant groups (Swedish, Danish, Polish, German, Lithuanian, Turkish, Irish,
    New Zealand, Indian English lists from Faker). Pseudonym generation should use
    :func:`first_names` of one language instead.
    """
    merged: dict[str, Gender] = {}
    tables = [first_names(lang) for lang in _LANGS]
    tables.append(_other_first_names())
    for table in tables:
        for name, gender in table.items():
            merged[name] = gender if merged.get(name, gender) == gender else "u"
    return merged


@cache
def all_surnames() -> frozenset[str]:
    """Surnames for detection: every language plus the other locales' surnames."""
    other = frozenset(cols[0] for cols in data_lines("surnames_other.txt"))
    return frozenset().union(*(surnames(lang) for lang in _LANGS)) | other


@cache
def ambiguous_first_names(lang: str) -> frozenset[str]:
    """First names that are also everyday words (Per, Liv, May, Will): need context.

    The curated list (``data/ambiguous_names.txt``, both languages) plus, for English,
    every name whose lower-case form is in the common-word list.
    """
    _check(lang)
    from anonkit.anonymize.wordlists import common_words

    curated = frozenset(cols[0] for cols in data_lines("ambiguous_names.txt"))
    # Names from other locales are rare here, so any that is a word counts as ambiguous
    # (Swedish "Love", German "Wolf"). Norwegian transcripts also contain English words.
    common = common_words(lang) | (common_words("en") if lang == "nb" else frozenset())
    other = frozenset(n for n in _other_first_names() if n.lower() in common)
    if lang != "en":
        return curated | other
    return curated | other | frozenset(n for n in first_names("en") if n.lower() in common)


@cache
def _other_first_names() -> dict[str, Gender]:
    """Detection-only first names: other locales (generated) plus curated short forms."""
    names = {cols[0]: cols[1] for cols in data_lines("first_names_other.tsv")}
    names.update((cols[0], cols[1]) for cols in data_lines("first_names_extra.tsv"))
    return names  # type: ignore[return-value]
