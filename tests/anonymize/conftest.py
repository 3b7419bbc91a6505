"""Fixtures shared by the detector tests: one real detector per language per test module."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    """Real spaCy + Presidio detectors; module scope because loading costs seconds."""
    return {"en": Detector("en"), "nb": Detector("nb")}


@pytest.fixture(scope="module")
def en() -> Detector:
    """The English detector alone, for tests of one language."""
    return Detector("en")


@pytest.fixture(scope="module")
def nb() -> Detector:
    """The Norwegian detector alone, for tests of one language."""
    return Detector("nb")
