"""Small helpers for tests that read the detector's output by action."""

from __future__ import annotations

from anonkit.anonymize.detector import Detector


def by_action(detector: Detector, text: str) -> tuple[list[str], list[str]]:
    """The texts of ``detector``'s replace spans and of its flag spans in ``text``."""
    found = detector.detect(text)
    return (
        [d.text for d in found if d.action == "replace"],
        [d.text for d in found if d.action == "flag"],
    )


def typed_replacements(detector: Detector, text: str) -> list[tuple[str, str]]:
    """``(type, text)`` of each replace span ``detector`` finds in ``text``."""
    return [(e.type, e.text) for e in detector.detect(text) if e.action == "replace"]
