"""A name that is a word, after an article, is the word (blind10 session;
:mod:`anonkit.anonymize.article_nouns`): hand-built detections, invented lines."""

from __future__ import annotations

import pytest

from anonkit.anonymize.article_nouns import article_nouns_dropped
from anonkit.anonymize.entities import DetectedEntity


def _person(text: str, word: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), "PERSON", "replace", 0.85, word, "test")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my nan, bless her, a proper rose among thorns", "rose"),
        ("they painted the walls violet, like a bruise, the violet of a bruise", "violet"),
        ("heather grows all over the moor up there", "moor"),
        ("she's been an angel, my sister", "angel"),
    ],
)
def test_word_after_an_article_is_dropped(text: str, word: str) -> None:
    assert article_nouns_dropped(text, [_person(text, word)]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the duty doctor was a dr butcher, honest", "butcher"),  # a title between
        ("and then the lovely rose came in", "rose"),  # a verb after: a subject
        ("we saw rose at the shops", "rose"),  # no article
        ("She has a heart of gold, a proper Rose among us.", "Rose"),  # capitals: left alone
        ("it was a sivakumar thing", "sivakumar"),  # no English word
    ],
)
def test_names_kept(text: str, word: str) -> None:
    found = [_person(text, word)]
    assert article_nouns_dropped(text, found) == found


# nb23: Norwegian puts no indefinite article before a name, so a lower-case compound of
# everyday words after "en"/"et" ("et lavterskelkurs") is a noun, shown rather than replaced.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("det er et lavterskelkurs i regi av kommunen", "lavterskelkurs"),
        ("vi fikk et dagtilbudssenter i bygda", "dagtilbudssenter"),
        ("jeg gikk på en mestringsgruppesamling hver uke", "mestringsgruppesamling"),
        ("det var et nytt ettervernskontor der", "ettervernskontor"),
    ],
)
def test_nb_compound_after_an_indefinite_article_is_shown(text: str, word: str) -> None:
    found = article_nouns_dropped(text, [_person(text, word)])
    assert [(d.text, d.action) for d in found] == [(word, "flag")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("vi bodde på lavterskelby i tre år", "lavterskelby"),  # no article
        ("det var en tharshini som ringte", "tharshini"),  # no compound of words
        ("Det er et Lavterskelkurs der.", "Lavterskelkurs"),  # a line written with capitals
        ("han tok en kvernmoen", "kvernmoen"),  # a short head ("kvern|moen" stays a name)
    ],
)
def test_nb_names_after_an_article_kept(text: str, word: str) -> None:
    found = article_nouns_dropped(text, [_person(text, word)])
    assert [(d.text, d.action) for d in found] == [(word, "replace")]
