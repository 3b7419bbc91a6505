"""A word opening a sentence that the sentence says has a job is a person (session 26).
Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.profession_predicates import ProfessionPredicateRecognizer


@pytest.fixture(scope="module")
def recs() -> dict[str, ProfessionPredicateRecognizer]:
    return {lang: ProfessionPredicateRecognizer(lang) for lang in ("en", "nb")}


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("nb", "Stein var miljøterapeut der i mange år.", ["Stein"]),
        ("nb", "eh, bekk var overlege på den tida", ["bekk"]),
        ("nb", "Og Ørn ble avdelingsleder etter det.", ["Ørn"]),
        ("en", "Blossom was a support worker at the hostel.", ["Blossom"]),
        ("en", "and then dusty was our keyworker for a year", ["dusty"]),
        # session 27: a clause after a comma, and "is" contracted
        ("en", "then pudding came round, pudding's the night porter there", ["pudding"]),
        ("en", "Toffee's our care assistant on nights.", ["Toffee"]),
    ],
)
def test_a_name_with_a_job(recs, lang, text, names):
    found = spans(recs[lang], text)
    assert [t for _type, t in found] == names
    assert all(kind == "PERSON" for kind, _t in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Legen var overlege der."),  # a role noun names no one by name
        ("nb", "Mora var sykepleier."),  # kinship
        ("nb", "Jobben var et helvete."),  # no profession
        ("nb", "Det var lege der."),  # a function word
        ("nb", "Han sa at Stein var lege."),  # not opening the sentence
        ("en", "Life was a nightmare."),
        ("en", "The doctor was a consultant."),
        ("en", "Leeds was a nightmare for nurses."),
        ("en", "My sister was a nurse."),
        ("en", "I rang the ward, it's the porter who answers."),  # a pronoun
        ("en", "When I was in, that's a nurse's job."),  # a function word
        ("en", "My brother's a porter at the hospital."),  # kinship
    ],
)
def test_no_name_there(recs, lang, text):
    assert spans(recs[lang], text) == []
