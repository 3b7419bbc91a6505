"""Hotels, libraries, bakeries, workshops, museums and culture centres named by a place or a
farm are one organisation with their kind (session 29), written with capitals or without.
Invented names; the whole detector (no mock)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture(scope="module")
def nb() -> Detector:
    return Detector("nb")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hun jobba på Grøtholen hotell i ti år.", "Grøtholen hotell"),
        ("Etter skolen jobba jeg på Varden nasjonale kultursenter.",
         "Varden nasjonale kultursenter"),
        ("Vi var ofte på Tindvoll museum.", "Tindvoll museum"),
        ("Han jobber på Brekkli bakeri.", "Brekkli bakeri"),
        ("hun jobba på grøtholen hotell i ti år.", "grøtholen hotell"),
        ("vi var på tindvoll museum om sommeren.", "tindvoll museum"),
    ],
)
def test_named_institution_is_one_organisation(nb: Detector, text: str, name: str) -> None:
    [found] = nb.detect_many([text])
    assert (name, "ORGANIZATION") in [(d.text, d.type) for d in found if d.action == "replace"]


@pytest.mark.parametrize(
    "text",
    [
        "vi bodde på det gamle hotell i byen",
        "han var på verksted hele dagen",
        "Vi gikk på museum i helgen.",
    ],
)
def test_the_kinds_alone_are_words(nb: Detector, text: str) -> None:
    [found] = nb.detect_many([text])
    assert not any(d.type == "ORGANIZATION" and d.action == "replace" for d in found)
