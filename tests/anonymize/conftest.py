"""Fixtures shared by the detector tests: one real detector per language per test module."""

from __future__ import annotations

import pytest

from anonkit.anonymize.detector import Detector


@pytest.fixture(scope="module")
def detectors() -> dict[str, Detector]:
    """Real spaCy + Presidio detectors; module scope because loading costs seconds."""
    return {"en": Detector("en"), "nb": Detector("nb")}
