"""The body that runs, funds or manages something, on a lower-case line (session 24, blind12
as development material).

Invented lines: a word no list knows after "run/managed/funded by" is an organisation; an
everyday word there is shown (a charity may be called "mind" or "shelter"); people, plurals,
function words and lines with capitals are left to the other layers.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.run_by import RunByRecognizer


@pytest.fixture(scope="module")
def recognizer() -> RunByRecognizer:
    return RunByRecognizer("en")


def _found(recognizer: RunByRecognizer, text: str) -> list[tuple[str, str, str]]:
    return [
        (t, text[s:e], "replace" if score >= 0.5 else "flag")
        for s, e, t, score in sorted(recognizer.find(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the drop-in was run by barnardos back then", [("ORGANIZATION", "barnardos", "replace")]),
        (
            "a food bank funded by trussell, every thursday",
            [("ORGANIZATION", "trussell", "replace")],
        ),
        (
            "the flats were managed by clarion till last year",
            [("ORGANIZATION", "clarion", "replace")],
        ),
        ("the helpline's run by nacro", [("ORGANIZATION", "nacro", "replace")]),
        ("a support group run by shelter on mondays", [("ORGANIZATION", "shelter", "flag")]),
        ("the cafe is run by mind now", [("ORGANIZATION", "mind", "flag")]),
        ("it was run by the council", []),
        ("the hostel was run by nuns", []),
        ("a group run by volunteers on tuesdays", []),
        ("the shop was run by my aunt", []),
        ("the club was run by siobhan and her husband", []),
        ("the ward was run by a charity", []),
        ("The hostel was run by Extern then.", []),
        ("we were run by ourselves really", []),
        ("it was run by hand", []),
    ],
)
def test_run_by(recognizer: RunByRecognizer, text: str, expected: list) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_has_no_such_rule() -> None:
    assert list(RunByRecognizer("nb").find("the drop-in was run by barnardos")) == []
