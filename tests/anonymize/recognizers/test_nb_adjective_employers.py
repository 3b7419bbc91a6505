"""A workplace named by an adjective and a noun after a work word, on a lower-case Norwegian
line, is flagged as an organisation (session 29). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nb_adjective_employers import (
    NbAdjectiveEmployerRecognizer,
    build,
)


@pytest.fixture(scope="module")
def nb() -> NbAdjectiveEmployerRecognizer:
    return NbAdjectiveEmployerRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective and a noun, after "jobba på" / "jobber i"
        ("onkel jobba på svenske tre i tjue år", ["svenske tre"]),
        ("hun jobber i dansk spill nå, tror jeg", ["dansk spill"]),
        # a size adjective and a second adjective; the work word several words back
        ("han jobba i lag med far på store vestlandske i mange år", ["store vestlandske"]),
        # a direction adjective; "for" and "hos" are workplace prepositions too
        ("jeg hadde sommerjobb hos nordre kraft", ["nordre kraft"]),
        ("han kjørte ikke, han jobba for nye busser", ["nye busser"]),
        # clubs and treatment (session 29): playing, training, membership, admission
        ("hun trente med nordre turn hver onsdag", ["nordre turn"]),
        ("jeg var med i gamle ballklubb som ung", ["gamle ballklubb"]),
        ("jeg var innlagt på indre rehabilitering i tre uker", ["indre rehabilitering"]),
    ],
)
def test_adjective_led_workplace_is_flagged(
    nb: NbAdjectiveEmployerRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(nb, text)
    assert [s for _t, s in found] == expected
    assert all(t == "ORGANIZATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # no work word in the clause
        "vi bodde på store gården i mange år",
        "hun snakker på norsk med meg",
        # an article or a possessive before the adjective
        "han jobba på den store fabrikken",
        # an everyday phrase after the adjective
        "jeg jobba på nye måter etter det",
        "vi jobba i store deler av året",
        # the adjective is not one that leads names
        "jeg jobber på fin skole nå",
        # capitalised line: the capitals speak for themselves
        "Far jobba på norske skog.",
    ],
)
def test_everyday_phrases_are_not_flagged(nb: NbAdjectiveEmployerRecognizer, text: str) -> None:
    assert spans(nb, text) == []


def test_norwegian_only() -> None:
    assert build("en") == []
    assert [type(r) for r in build("nb")] == [NbAdjectiveEmployerRecognizer]
