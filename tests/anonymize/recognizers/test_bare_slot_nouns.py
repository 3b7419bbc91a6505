"""A bare singular noun after a place or work preposition on a lower-case English line is
flagged (session 29). Invented lines; the word classes are spaCy's real lookups (no mock).
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers.bare_slot_nouns import (
    SCORE,
    BareSlotNounFlagRecognizer,
    build,
)


@pytest.fixture(scope="module")
def en() -> BareSlotNounFlagRecognizer:
    return BareSlotNounFlagRecognizer("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named by an everyday noun, after each slot preposition
        ("my sister still lives in kettle, by the church", ["kettle"]),
        ("we had a caravan on badger for twenty years", ["badger"]),
        ("the farm was just outside rampart, up the hill", ["rampart"]),
        ("she's from copper originally", ["copper"]),
        ("my cousin works near lantern, at the garage", ["lantern"]),
        # a going verb before "to" makes a rare verb a destination
        ("then we moved to wobble when i was ten", ["wobble"]),
        # two nouns, an adjective and a noun, a possessive and a noun: one name
        ("i did my training at pebble court", ["pebble court"]),
        ("we stayed at green harbour for a week", ["green harbour"]),
        ("he was at bishop's field before the ward", ["bishop's field"]),
    ],
)
def test_bare_noun_in_a_slot_is_flagged(
    en: BareSlotNounFlagRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(en, text)
    assert [s for _t, s in found] == expected
    assert all(t == "LOCATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # the article or a possessive is there: a common noun
        "i left my phone at the hospital",
        "we sat in my kitchen all night",
        # idioms that drop the article
        "i was at home in bed, then at work",
        "she was in hospital for a week and then in care",
        "we got there on time, on purpose",
        # a plural needs no article
        "i was in tears for days",
        # an infinitive after "to", also after a verb of going when the verb is common
        "i wanted to yell at them",
        "we went to see my gran",
        # quantifiers and ordinals
        "in every single meeting they asked the same",
        "it was in first year at uni",
        # an adjective with no noun after it
        "at last they listened",
        # months, weekdays: non-entities
        "we moved in march, on monday",
        # a number word
        "she came home at seven",
    ],
)
def test_everyday_phrases_are_not_flagged(en: BareSlotNounFlagRecognizer, text: str) -> None:
    assert spans(en, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she works for central haulage now", ["central haulage"]),
        ("he plays for old rovers on sundays", ["old rovers"]),
        ("she trains with northern harriers", ["northern harriers"]),
    ],
)
def test_adjective_led_employer_or_club_is_flagged(
    en: BareSlotNounFlagRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(en, text)
    assert [s for _t, s in found] == expected
    assert all(t == "ORGANIZATION" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        "i work for long hours",
        "she works with young children",
        "he worked for many years",
        "she plays for fun",
        "i went for long walks",
    ],
)
def test_what_one_works_for_is_no_firm(en: BareSlotNounFlagRecognizer, text: str) -> None:
    assert spans(en, text) == []


def test_only_lower_case_lines_and_only_english() -> None:
    """A capitalised line has capitals to go by; Norwegian drops articles all the time
    ("på jobb", "til lege"), so the rule is English only."""
    assert spans(BareSlotNounFlagRecognizer("en"), "My sister lives in kettle now.") == []
    assert build("nb") == []
    assert [type(r) for r in build("en")] == [BareSlotNounFlagRecognizer]


def test_slot_flags_are_flags_and_a_place_after_them_does_not_promote_them() -> None:
    """Through the whole detector: the slot's word is shown, never replaced, even when a
    listed place specifies it ("supported housing in gorton" is housing, not a village)."""
    detector = Detector("en")
    # session 38: not "barrow" any more, a British place people say so (Barrow-in-Furness)
    # and a postal place named by a word, replaced in this slot
    [found] = detector.detect_many(["he drove for the buses in depot, every day"])
    depot = [d for d in found if d.text == "depot"]
    assert depot and depot[0].action == "flag" and depot[0].score == SCORE
    [found] = detector.detect_many(["then they moved me to sheltered housing in gorton"])
    assert not any(d.action == "replace" and "housing" in d.text for d in found)
