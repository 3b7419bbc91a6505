"""A capitalized name after "the" ending in an institution head → ORGANIZATION (session 24,
blind12 as development material).

Invented lines: the heads are those the lower-case rule knows (mosque, masjid, hub, centre,
church …); a name of everyday words only (``the Recovery Hub``, ``the Free Church``), a
nationality or faith (``the Polish Centre``) or no "the" before it stays for other layers.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.headed_institutions import HeadedInstitutionRecognizer


@pytest.fixture(scope="module")
def recognizer() -> HeadedInstitutionRecognizer:
    return HeadedInstitutionRecognizer("en")


def _found(recognizer: HeadedInstitutionRecognizer, text: str) -> list[tuple[str, str]]:
    return [(t, text[s:e]) for s, e, t, _ in sorted(recognizer.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We prayed at the Noorani Masjid every Friday.", [("ORGANIZATION", "Noorani Masjid")]),
        ("She volunteers at the Brightwell Hub now.", [("ORGANIZATION", "Brightwell Hub")]),
        ("I was sent to the Ashcombe Recovery Hub.", [("ORGANIZATION", "Ashcombe Recovery Hub")]),
        ("Dad took us to the Shree Jalaram Mandir.", [("ORGANIZATION", "Shree Jalaram Mandir")]),
        (
            "We met at the Tolworth Day Centre, it's shut now.",
            [("ORGANIZATION", "Tolworth Day Centre")],
        ),
        ("We went to the Recovery Hub on Mondays.", []),
        ("The Hub was closed that week.", []),
        ("I sang in the Free Church choir.", []),
        ("We went to the Polish Centre for Easter.", []),
        ("They sent me to the Job Centre again.", []),
        ("The Methodist Chapel was my nan's.", []),
        ("I went to Noorani Masjid on Fridays.", []),
        # lower-case lines are the lower-case rule's (lower_institutions.py)
        ("we prayed at the noorani masjid every friday", []),
    ],
)
def test_headed_institutions(
    recognizer: HeadedInstitutionRecognizer, text: str, expected: list
) -> None:
    assert _found(recognizer, text) == expected


def test_norwegian_has_no_such_rule() -> None:
    assert list(HeadedInstitutionRecognizer("nb").find("at the Noorani Masjid")) == []
