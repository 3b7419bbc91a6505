"""What a detector replaced or flagged in a line, as the session rule tables assert it."""

from __future__ import annotations

from anonkit.anonymize.detector import Detector


def spans(detector: Detector, text: str, action: str = "replace") -> dict[str, str]:
    """Span text → entity type of the spans with ``action`` (``replace`` by default)."""
    return {d.text: d.type for d in detector.detect(text) if d.action == action}


def flags(detector: Detector, text: str) -> set[str]:
    """The texts of the flagged spans."""
    return {d.text for d in detector.detect(text) if d.action == "flag"}
