"""What someone belongs to, worships at, plays for or was an inpatient in, on an English
lower-case line → an ORGANIZATION flag (session 31). Invented names."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.institution_cues import InstitutionCueFlagRecognizer


@pytest.fixture(scope="module")
def rec() -> InstitutionCueFlagRecognizer:
    return InstitutionCueFlagRecognizer("en")


def _flags(rec: InstitutionCueFlagRecognizer, text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in rec.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we're members of beacon chapel in redbrook", "beacon chapel"),
        ("before that i was an inpatient in the larches for six weeks", "larches"),
        ("i support marine, the football team", "marine"),
        ("she trains with new athletic every wednesday", "new athletic"),
        ("my dad was at the royal foundry in brayford, thirty years", "royal foundry"),
        ("my daughter goes to church, she's a member of cross and passion", "cross and passion"),
        ("she works at the pilgrim in boston now", "pilgrim"),
        (
            "my nan worked at the black country living museum in costume",
            "black country living museum",
        ),
    ],
)
def test_the_slot_shows_the_name(rec: InstitutionCueFlagRecognizer, text: str, name: str) -> None:
    assert _flags(rec, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "members of the public were there",  # generic nouns
        "she plays for the team",
        "he was at the hospital in leeds",
        "i was at the royal foundry all day",  # "was at the …" only before "in <place>"
        "we support each other",
        "my mate works at the garage in kettering",  # what the workplace is
        "i worked at the fish plant in brayvik for a year",
        "we met at the top in the end",
        "We're members of Beacon Chapel.",  # capitals: the model's
    ],
)
def test_generic_words_and_other_lines_are_left(
    rec: InstitutionCueFlagRecognizer, text: str
) -> None:
    assert _flags(rec, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vi er medlemmer av fyrlykta menighet", ["fyrlykta menighet"]),
        ("hun var medlem av sanitetslaget i bygda", ["sanitetslaget"]),
        ("jeg jobber for kommunen", []),  # generic
        ("han jobba for meg i to år", []),
    ],
)
def test_norwegian_membership_and_employer(text: str, expected: list[str]) -> None:
    assert _flags(InstitutionCueFlagRecognizer("nb"), text) == expected
