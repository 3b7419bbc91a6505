"""A surname in the genitive opening a lower-case sentence before a bare noun and a verb
("haugstvedts kontor lå i tredje etasje") is someone's name (lcnb22). Table tests on the
recognizer alone; names and lines are invented."""

from __future__ import annotations

import pytest

from anonkit.anonymize.recognizers.lower_genitives import (
    SCORE_FLAG,
    SCORE_NAME,
    LowerGenitiveRecognizer,
)
from anonkit.anonymize.resolve import DEFAULT_THRESHOLDS


@pytest.fixture(scope="module")
def rec() -> LowerGenitiveRecognizer:
    return LowerGenitiveRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a listed surname or a word no list has: replaced
        ("myklebusts kontor lå i tredje etasje", [("myklebust", SCORE_NAME)]),
        ("og haugstvedts kone jobba på kjøkkenet", [("haugstvedt", SCORE_NAME)]),
        ("ja. rognaldsens bil sto utenfor hele natta", [("rognaldsen", SCORE_NAME)]),
        # a listed surname whose genitive is also a word ("brekkes", a passive verb form)
        ("brekkes kontor lå rett ved heisen", [("brekke", SCORE_NAME)]),
        # a listed surname that is also a definite noun ("bakken", the hill): shown
        ("bakkens bil sto i garasjen", [("bakken", SCORE_FLAG)]),
        # a listed place that is a listed surname too: shown
        ("moldes kontor lå i tredje etasje", [("molde", SCORE_FLAG)]),
        # an everyday word as a surname (a compound, a noun): shown to the steward
        ("steinbrudds båt lå ved kaia", [("steinbrudd", SCORE_FLAG)]),
        # session 26: the same slot on a line with capitals
        ("Myklebusts kontor lå i tredje etasje.", [("Myklebust", SCORE_NAME)]),
        ("Steinbrudds båt lå ved kaia.", [("Steinbrudd", SCORE_FLAG)]),
    ],
)
def test_genitive_owners(rec, text: str, found: list[tuple[str, float]]) -> None:
    got = [(text[s:e], score) for s, e, _t, score in rec.find(text)]
    assert [(w, s) for w, s in got] == [(w + "s", s) for w, s in found]


@pytest.mark.parametrize(
    "text",
    [
        "hans kontor lå i tredje etasje",  # a pronoun
        "ingens båt lå der",
        "fars båt lå ved kaia",  # kinship
        "mormors hus sto tomt",
        "bilens dør var åpen",  # a definite noun's genitive
        "dagens avis lå på bordet",
        "skolens rektor var streng",
        "kvinners helse er viktig",  # a plural
        "norges bank var stengt",  # a listed place
        "myklebusts kontor i tredje etasje",  # no verb after the noun
        "myklebusts gamle kontor",
        "hus er dyre nå",  # no genitive
        "sirkus telt sto på jordet",  # a word in -s that is no genitive
        "Livets gang er rar.",  # a definite noun's genitive, capitalized
        "jeg så myklebusts kontor lå der",  # not opening the sentence
    ],
)
def test_not_genitive_owners(rec, text: str) -> None:
    assert list(rec.find(text)) == []


def test_scores_replace_and_flag() -> None:
    pattern = DEFAULT_THRESHOLDS["pattern"]
    assert pattern.replace <= SCORE_NAME
    assert pattern.flag <= SCORE_FLAG < pattern.replace
