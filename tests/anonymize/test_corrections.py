"""A name given as a correction of a replaced one is of the same kind (session 22)."""

from __future__ import annotations

import pytest

from anonkit.anonymize.corrections import corrected_flags
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity


def _entity(text: str, word: str, kind: str, action: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.8, word, "test")


@pytest.mark.parametrize(
    ("text", "first", "kind", "second", "promoted"),
    [
        ("it was at Rosslynlee... no, sorry, it was Sunnyside, the first time",
         "Rosslynlee", "ORGANIZATION", "Sunnyside", True),
        ("vi bodde på Nesna, nei, unnskyld, på Lurvik, i to år", "Nesna", "LOCATION",
         "Lurvik", True),
        ("I saw Dr Haldane, I mean Haldene.", "Haldane", "PERSON", "Haldene", True),
        # no correction word, or the flag does not end its clause
        ("we drove past Rosslynlee, Sunnyside and the rest", "Rosslynlee", "ORGANIZATION",
         "Sunnyside", False),
        ("it was Leeds... no, Mark said it was Otley", "Leeds", "LOCATION", "Mark", False),
    ],
)  # fmt: skip
def test_a_correction_takes_the_kind_of_the_name_it_corrects(text, first, kind, second,
                                                             promoted):  # fmt: skip
    found = [_entity(text, first, kind, REPLACE), _entity(text, second, "CAPITALIZED", FLAG)]
    out = corrected_flags(text, found)
    flag = next(d for d in out if d.text == second)
    assert (flag.action == REPLACE and flag.type == kind) is promoted
