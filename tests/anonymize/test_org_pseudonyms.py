"""Fictitious institutions and clubs as pseudonyms (issue 10, item 9): shape, kind, never real."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.linking import Linker
from anonkit.anonymize.org_pseudonyms import fictitious_org, is_generic_word
from anonkit.anonymize.places import health_institution_names, health_institutions
from anonkit.anonymize.pseudonyms import org_kind
from anonkit.anonymize.replace import apply_replacements

REAL = {n.lower() for n in health_institution_names()}


@pytest.mark.parametrize(
    ("lang", "original", "pattern"),
    [
        ("nb", "Lovisenberg DPS", r"^[A-ZÆØÅ][a-zæøå]+ DPS$"),
        ("nb", "St. Olavs hospital", r"^[A-ZÆØÅ][a-zæøå]+ hospital$"),
        ("nb", "Fjordklinikken", r"^[A-ZÆØÅ][a-zæøå]+klinikken$"),
        ("nb", "Haukeland universitetssjukehus", r"^[A-ZÆØÅ][a-zæøå]+ universitetssjukehus$"),
        ("nb", "Universitetet i Bergen", r"^Universitetet i [A-ZÆØÅ][a-zæøå]+$"),
        ("nb", "Molde FK", r"^[A-ZÆØÅ][a-zæøå]+ FK$"),
        ("nb", "Gaustad", r"^[A-ZÆØÅ][a-zæøå]+$"),
        ("en", "Western General", r"^[A-Z][a-z]+ General$"),
        ("en", "Royal Infirmary of Edinburgh", r"^Royal Infirmary of [A-Z][a-z]+$"),
        ("en", "Tranmere Rovers", r"^[A-Z][a-z]+ Rovers$"),
        ("en", "Maudsley Hospital", r"^[A-Z][a-z]+ Hospital$"),
    ],
)
def test_shape_and_kind_are_kept(lang: str, original: str, pattern: str) -> None:
    name = fictitious_org(original, lang, random.Random(7))
    assert name is not None and re.match(pattern, name), name
    assert org_kind(name) == org_kind(original) or org_kind(original) in ("hospital", "dps")
    distinctive = {w.lower() for w in original.split() if not is_generic_word(w)}
    assert not distinctive & {w.lower() for w in name.split()}


def test_ward_numbers_are_left_to_placeholders() -> None:
    assert fictitious_org("post 3", "nb", random.Random(1)) is None
    assert fictitious_org("Ward 7", "en", random.Random(1)) is None


def test_kinds() -> None:
    assert org_kind("Molde FK") == "club"
    assert org_kind("Tranmere Rovers") == "club"
    assert org_kind("Western General") == "hospital"
    assert org_kind("Fiskeriet") == "ORGANIZATION"


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    index=st.integers(min_value=0, max_value=len(health_institutions()) - 1),
    lang=st.sampled_from(["nb", "en"]),
)
def test_never_a_real_institution(seed: int, index: int, lang: str) -> None:
    original = health_institutions()[index].name
    name = fictitious_org(original, lang, random.Random(seed), {original.lower()})
    if name is None:
        return
    assert name.lower() not in REAL
    for word in name.split():
        if not is_generic_word(word):
            assert word.lower() not in REAL, name


def _det(text: str, surface: str, type_: str) -> DetectedEntity:
    s = text.index(surface)
    return DetectedEntity(s, s + len(surface), type_, "replace", 0.9, surface, "test")


def test_linking_gives_fictitious_institutions_in_pseudonym_style() -> None:
    key = PseudonymKey(lang="nb", seed="ef" * 32)
    text = "Jeg var på Lovisenberg DPS, og Lovisenbergs leger var snille. Han spilte for Molde FK."
    dets = [
        _det(text, "Lovisenberg DPS", "ORGANIZATION"),
        _det(text, "Lovisenbergs", "ORGANIZATION"),
        _det(text, "Molde FK", "ORGANIZATION"),
    ]
    out = apply_replacements(text, Linker(key).link_document("d1", text, dets))
    assert "Lovisenberg" not in out and "Molde" not in out and "[" not in out
    assert re.search(r"på [A-ZÆØÅ]\w+ DPS, og ", out), out
    assert re.search(r"spilte for [A-ZÆØÅ]\w+ FK\.$", out), out


def test_placeholder_style_keeps_typed_placeholders() -> None:
    key = PseudonymKey(lang="en", seed="ef" * 32, style="placeholder")
    text = "He played for Tranmere Rovers."
    out = apply_replacements(
        text, Linker(key).link_document("d1", text, [_det(text, "Tranmere Rovers", "ORGANIZATION")])
    )
    assert out == "He played for [club-1]."
