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
