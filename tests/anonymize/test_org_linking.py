"""One institution said two ways gets one pseudonym (issue 10, item 7): the rules and the
linker (no models: detections are given)."""

from __future__ import annotations

import re

import pytest

from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.linking import Linker
from anonkit.anonymize.org_linking import render_form, same_institution
from anonkit.anonymize.replace import apply_replacements


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # initials, compound parts included
        ("Oslo universitetssykehus", "OUS", True),
        ("Universitetssykehuset Nord-Norge", "UNN", True),
        ("Leeds General Infirmary", "LGI", True),
        ("National Health Service", "NHS", True),
        ("Oslo universitetssykehus", "UNN", False),
        # short forms: generic words set aside
        ("Diakonhjemmet sykehus", "Diakonhjemmet", True),
        ("North Manchester General Hospital", "North Manchester General", True),
        ("Vinderen DPS", "DPS Vinderen", True),
        # curated alias
        ("Akershus universitetssykehus", "Ahus", True),
        # different institutions, or a place
        ("Vinderen DPS", "Lovisenberg DPS", False),
        ("Oslo universitetssykehus", "Oslo kommune", False),
        ("Sykehuset Innlandet", "Innlandet", False),
        ("Oslo universitetssykehus", "Ullevål", False),
    ],
)
def test_same_institution(a: str, b: str, same: bool) -> None:
    assert same_institution(a, b) is same
    assert same_institution(b, a) is same


def _det(text: str, surface: str, type_: str = "ORGANIZATION", nth: int = 0) -> DetectedEntity:
    s = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return DetectedEntity(s, s + len(surface), type_, "replace", 0.9, surface, "test")


def test_full_name_and_abbreviation_share_one_pseudonym_across_documents() -> None:
    key = PseudonymKey(lang="nb", seed="cd" * 32)
    t1 = "Jeg var innlagt på Oslo universitetssykehus i fjor."
    t2 = "Etterpå sendte OUS meg til Diakonhjemmet sykehus, altså Diakonhjemmet."
    r1 = Linker(key).link_document("d1", t1, [_det(t1, "Oslo universitetssykehus")])
    r2 = Linker(key).link_document(
        "d2",
        t2,
        [_det(t2, "OUS"), _det(t2, "Diakonhjemmet sykehus"), _det(t2, "Diakonhjemmet", nth=1)],
    )
    orgs = [e for e in key.entities if e.type == "ORGANIZATION"]
    assert len(orgs) == 2
    assert r1[0].entity_id == r2[0].entity_id
    assert r2[1].entity_id == r2[2].entity_id != r2[0].entity_id
    out = apply_replacements(t2, r2)
    assert "OUS" not in out and "Diakonhjemmet" not in out


def test_a_place_is_not_joined_to_a_hospital_named_after_it() -> None:
    key = PseudonymKey(lang="nb", seed="cd" * 32)
    text = "Sykehuset Innlandet ligger i Innlandet."
    reps = Linker(key).link_document(
        "d1", text, [_det(text, "Sykehuset Innlandet"), _det(text, "Innlandet", "LOCATION", 1)]
    )
    assert reps[0].entity_id != reps[1].entity_id


@pytest.mark.parametrize(
    ("surface", "full", "pseudonym", "rendered"),
    [
        ("OUS", "Oslo universitetssykehus", "Breidhaug universitetssykehus", "BUS"),
        ("LGI", "Leeds General Infirmary", "Marsden General Infirmary", "MGI"),
        ("Diakonhjemmet", "Diakonhjemmet sykehus", "Lindvang sykehus", "Lindvang"),
        ("Oslo universitetssykehus", "Oslo universitetssykehus", "Breidhaug sykehus", None),
    ],
)
def test_render_form(surface: str, full: str, pseudonym: str, rendered: str | None) -> None:
    assert render_form(surface, full, pseudonym) == rendered


def test_the_abbreviation_is_rendered_as_an_abbreviation() -> None:
    key = PseudonymKey(lang="nb", seed="cd" * 32)
    text = "Jeg var på Oslo universitetssykehus, og OUS sendte meg hjem."
    reps = Linker(key).link_document(
        "d1", text, [_det(text, "Oslo universitetssykehus"), _det(text, "OUS")]
    )
    full, short = reps[0].replacement, reps[1].replacement
    assert short.isupper() and 2 <= len(short) <= 4 and short != "OUS"
    assert short[0] == full[0].upper()
