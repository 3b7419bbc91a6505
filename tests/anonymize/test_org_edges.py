"""An organisation taken in part grows to its whole name on a lower-case line (session 31):
invented lines with the spans the institution layers give."""

from __future__ import annotations

import pytest

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.org_edges import org_edges

ORG, LOC, PER = et.ORGANIZATION, et.LOCATION, et.PERSON


def _found(text: str, spans: list[tuple[str, str, str]]) -> list[DetectedEntity]:
    out = []
    for words, kind, action in spans:
        start = text.index(words)
        out.append(DetectedEntity(start, start + len(words), kind, action, 0.8, words, "t"))
    return out


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("he was in the royal brayford rifles for years", [("the royal brayford", ORG, REPLACE)],
         ["the royal brayford rifles"]),
        ("he plays for wethby north end on a saturday", [("wethby north", ORG, REPLACE)],
         ["wethby north end"]),
        ("jeg lå på post 7 nord i seks uker", [("post 7", ORG, REPLACE)], ["post 7 nord"]),
        ("sankt brekka menighet har messe", [("brekka menighet", ORG, REPLACE)],
         ["sankt brekka menighet"]),
        ("we go to the orthodox church of st brennan on sundays",
         [("orthodox church", ORG, REPLACE), ("st brennan", PER, REPLACE)],
         ["orthodox church of st brennan"]),
    ],
)  # fmt: skip
def test_edges_join_the_organisation(text: str, spans: list, expected: list[str]) -> None:
    out = org_edges(text, _found(text, spans))
    assert [d.text for d in out if d.action == REPLACE] == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # capitals: the model's reading stands
        ("He was in the Royal Brayford Rifles.", [("the Royal Brayford", ORG, REPLACE)]),
        # a place is no organisation; a flag does not grow
        ("we lived in north wethby end of story", [("wethby", LOC, REPLACE)]),
        ("she went to wethby college board meeting", [("wethby college", ORG, FLAG)]),
    ],
)
def test_other_spans_are_left(text: str, spans: list) -> None:
    found = _found(text, spans)
    assert org_edges(text, found) == found


def test_a_saints_title_joins_on_a_line_with_capitals() -> None:
    text = "Sankt Brennius kirke sendte meg et brev om det."
    out = org_edges(text, _found(text, [("Brennius kirke", ORG, REPLACE)]))
    assert [d.text for d in out] == ["Sankt Brennius kirke"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they kept me in the brayford and wethby for a week", ["brayford and wethby"]),
        ("the brayford and wethby area is big", ["brayford", "wethby"]),  # an area
        ("we drove between brayford and wethby", ["brayford", "wethby"]),  # no "the"
    ],
)
def test_two_places_joined_after_the_are_one_institution(text: str, expected: list[str]) -> None:
    found = _found(text, [("brayford", LOC, REPLACE), ("wethby", LOC, REPLACE)])
    assert [d.text for d in org_edges(text, found)] == expected


def test_a_clubs_founding_year_joins_the_place() -> None:
    text = "han var med i brekkvik 08 i mange år"
    out = org_edges(text, _found(text, [("brekkvik", LOC, REPLACE)]))
    assert [(d.text, d.type) for d in out] == [("brekkvik 08", ORG)]
    text = "vi kom til brekkvik 08.30 om morgenen"  # a time
    out = org_edges(text, _found(text, [("brekkvik", LOC, REPLACE)]))
    assert [d.text for d in out] == ["brekkvik"]
