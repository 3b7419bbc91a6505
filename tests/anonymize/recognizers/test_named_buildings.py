"""Everyday words naming a hospital, ward or unit on lower-case lines are flagged
(``recognizers/named_buildings.py``; session 27). Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.named_buildings import NamedBuildingFlagRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, NamedBuildingFlagRecognizer]:
    return {lang: NamedBuildingFlagRecognizer(lang) for lang in ("en", "nb")}


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "they moved me to harbour house after a week", ["harbour house"]),
        ("en", "i was on bracken ward for a month", ["bracken ward"]),
        ("en", "we sat for hours at the victory hospital", ["victory hospital"]),
        ("nb", "jeg lå på avdeling fjordglimt i to uker", ["avdeling fjordglimt"]),
        ("nb", "hun var på ungdomsposten bølgen da", ["ungdomsposten bølgen"]),
    ],
)
def test_a_unit_named_by_an_everyday_word_is_flagged(recs, lang, text, flagged) -> None:
    assert [t for _kind, t in spans(recs[lang], text)] == flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i went round to my nan's house"),  # a genitive: whose house
        ("en", "i was on the acute ward for a month"),  # the kind of ward
        ("en", "they took me to the old hospital"),  # an adjective
        ("en", "we went to the white house on the corner"),  # a colour
        ("en", "He went to Priority House."),  # capitals: the name layers' case
        ("nb", "jeg var på avdeling tre i en uke"),  # a number
        ("nb", "hun lå på posten for rus"),  # a function word
    ],
)
def test_descriptions_and_written_names_are_left_to_others(recs, lang, text) -> None:
    assert spans(recs[lang], text) == []
