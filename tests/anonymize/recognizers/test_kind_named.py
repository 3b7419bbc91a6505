"""A kind noun and the name that goes with it → ORGANIZATION (session 31). Invented names."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture
def nb(detectors: dict[str, Detector]) -> Detector:
    """The Norwegian one of conftest's detectors (``en`` comes from conftest)."""
    return detectors["nb"]


def _orgs(detector: Detector, text: str) -> list[str]:
    return [
        d.text for d in detector.detect(text) if d.type == "ORGANIZATION" and d.action == "replace"
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Jeg jobba på enhet Hagen i tjue år.", "enhet Hagen"),
        ("vi var mye på hotell henriksen om sommeren, vi", "hotell henriksen"),
        (
            "det gamle stedet, idrettslaget treirnåvik, ble lagt ned i fjor",
            "idrettslaget treirnåvik",
        ),
    ],
)
def test_norwegian_kind_first_and_a_name(nb: Detector, text: str, org: str) -> None:
    assert org in _orgs(nb, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("My dad was at McCarthy and Sons his whole working life.", "McCarthy and Sons"),
        ("racott & sons sent me a letter about it", "racott & sons"),
        ("my mam worked at brannock and nephew on the line", "brannock and nephew"),
    ],
)
def test_english_family_firms(en: Detector, text: str, org: str) -> None:
    assert org in _orgs(en, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "jeg var på post i natt"),
        ("nb", "vi bodde på hotell i sentrum"),
        ("en", "my husband and sons were there"),
        ("en", "my husband and daughters came"),
    ],
)
def test_the_sentence_going_on_is_no_name(nb: Detector, en: Detector, lang: str, text: str) -> None:
    assert _orgs(nb if lang == "nb" else en, text) == []


def test_a_youth_club_said_first(nb: Detector) -> None:
    assert "ungdomsklubben brekkhuset" in _orgs(nb, "jeg var mye på ungdomsklubben brekkhuset")
