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


def assert_kept_and_replaced(
    detector: Detector, text: str, kept: str, replaced: list[str], whole: bool = False
) -> None:
    """``kept`` (a non-entity) is inside no replacement; every name of ``replaced`` is in one.
    With ``whole``, no replacement may be a piece of ``kept`` either ("Day Nurse" kept whole).

    Why: a precision rule must not cost the names beside the word it keeps.
    """
    got, _ = by_action(detector, text)
    assert not any(kept in r or (whole and r in kept) for r in got), got
    for name in replaced:
        assert any(name in r for r in got), (name, got)
