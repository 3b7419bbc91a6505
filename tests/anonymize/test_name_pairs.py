"""Two words of one name on a lower-case line, one replaced and one not (issue 10; lcen24).

Unit tests of the rule on hand-built detections (invented names), written before the rule.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.name_pairs import name_pairs_joined


def _span(text: str, word: str, action: str = REPLACE, kind: str = "PERSON") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.85, word, "test")


def _out(text: str, found: list[DetectedEntity]) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.action) for d in name_pairs_joined(text, found)]


@pytest.mark.parametrize(
    ("text", "flagged", "replaced", "full"),
    [
        # a person flag right before a replaced surname: one person
        (
            "my support worker was morwenna tregear, she was great",
            "morwenna",
            "tregear",
            "morwenna tregear",
        ),
        (
            "her name's, eh, saffy mcgarrigle, she runs it",
            "saffy",
            "mcgarrigle",
            "saffy mcgarrigle",
        ),
        ("we rang bluebell kavanagh about the flat", "bluebell", "kavanagh", "bluebell kavanagh"),
        # and a replaced first name right before a flagged surname
        ("the consultant was oisin brambley from the unit", "brambley", "oisin", "oisin brambley"),
    ],
)
def test_a_person_flag_beside_a_replaced_person_is_that_person(text, flagged, replaced, full):
    found = sorted([_span(text, flagged, FLAG), _span(text, replaced)], key=lambda d: d.start)
    assert _out(text, found) == [(full, "PERSON", REPLACE)]


@pytest.mark.parametrize(
    ("text", "flagged", "kind", "replaced"),
    [
        ("down in march keeley said it was fine", "march", "LOCATION", "keeley"),  # a place flag
        ("we met in hull, darragh came too", "hull", "PERSON", "darragh"),  # a comma between
        ("honey and kavanagh came round", "honey", "PERSON", "kavanagh"),  # two people
        # a modifier: after a determiner, or an adjective no name list has
        ("the big tarnbrook mill was shut", "big", "PERSON", "tarnbrook"),
        ("we went to old tarnbrook for the day", "old", "PERSON", "tarnbrook"),
        ("my wee nessa came round", "wee", "PERSON", "nessa"),
        ("i rang eilidh as soon as i got out", "rang", "PERSON", "eilidh"),  # a verb
        ("we saw kettering yesterday", "yesterday", "PERSON", "kettering"),  # an adverb
        ("We rang bluebell Kavanagh about it", "bluebell", "PERSON", "Kavanagh"),  # capitals
    ],
)
def test_a_flag_that_is_no_part_of_the_name_stays_a_flag(text, flagged, kind, replaced):
    found = sorted([_span(text, flagged, FLAG, kind), _span(text, replaced)], key=lambda d: d.start)
    assert _out(text, found) == [(d.text, d.type, d.action) for d in found]


@pytest.mark.parametrize(
    ("text", "replaced", "full"),
    [
        # a sentence opening with two words before what people do: one of them a replaced
        # name, the other an everyday word no list takes as a name part
        ("dewi rook taught me to drive", "dewi", "dewi rook"),
        ("biscuit mcandrew was the best cook on the ward", "mcandrew", "biscuit mcandrew"),
        ("and then seren cobble said no", "seren", "seren cobble"),
        ("so ffion badger rang me back", "ffion", "ffion badger"),
    ],
)
def test_two_words_opening_a_sentence_before_a_verb_are_one_name(text, replaced, full):
    assert _out(text, [_span(text, replaced)]) == [(full, "PERSON", REPLACE)]


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("nurse mcilroy said i could go", "mcilroy"),  # a role
        ("old mcilroy was always kind", "mcilroy"),  # an adjective
        ("poor seren was in bits", "seren"),  # an adjective
        ("dewi always said that", "dewi"),  # an adverb, and no second word
        ("i gave dewi money for the bus", "dewi"),  # no sentence start
        ("ffion today was fine", "ffion"),  # an adverb
        ("mum mcilroy said no", "mcilroy"),  # a kinship word
        ("Dewi Rook taught me to drive", "Dewi"),  # capitals
    ],
)
def test_a_word_that_is_no_name_part_stays_out(text, replaced):
    assert _out(text, [_span(text, replaced)]) == [(replaced, "PERSON", REPLACE)]


@pytest.mark.parametrize(
    ("text", "replaced", "full"),
    [
        # NER took the surname for an organisation; a verb only people do says a person
        ("spike mcandrew told me to leave it", "mcandrew", "spike mcandrew"),
        ("then biscuit o'rourke rang my mam", "o'rourke", "biscuit o'rourke"),
        ("fudge mcelhinney taught me the guitar", "mcelhinney", "fudge mcelhinney"),
    ],
)
def test_an_organisation_before_a_verb_of_people_is_a_person(text, replaced, full):
    found = [_span(text, replaced, kind="ORGANIZATION")]
    assert _out(text, found) == [(full, "PERSON", REPLACE)]


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("tesco express was shut all week", "tesco"),  # being: organisations are too
        ("boots pharmacy rang me about it", "boots"),  # a place of work rings too
        ("asda home delivery came late", "asda"),  # three words
        ("spar shop had it", "spar"),  # having
    ],
)
def test_an_organisation_before_other_verbs_stays_one(text, replaced):
    found = [_span(text, replaced, kind="ORGANIZATION")]
    assert _out(text, found) == [(replaced, "ORGANIZATION", REPLACE)]


@pytest.mark.parametrize(
    ("text", "flagged", "replaced", "full"),
    [
        # a word no list knows, flagged as a rare word, beside a replaced person
        ("my keyworker was eilidh brannock, she's good", "eilidh", "brannock", "eilidh brannock"),
        ("we went round to see siobhra mulvenna after", "siobhra", "mulvenna", "siobhra mulvenna"),
        ("the lad was kieran duddigan from the flats", "duddigan", "kieran", "kieran duddigan"),
    ],
)
def test_a_rare_word_beside_a_replaced_person_is_that_person(text, flagged, replaced, full):
    found = sorted(
        [_span(text, flagged, FLAG, "RARE_WORD"), _span(text, replaced)], key=lambda d: d.start
    )
    assert _out(text, found) == [(full, "PERSON", REPLACE)]


@pytest.mark.parametrize(
    ("text", "flagged", "replaced", "kind"),
    [
        ("we drove from skerrabeg belfast way", "skerrabeg", "belfast", "LOCATION"),
        ("i was at tullyrann fc for a bit", "tullyrann", "fc", "ORGANIZATION"),
        ("kieran, duddigan, all of them came", "duddigan", "kieran", "PERSON"),  # a list
    ],
)
def test_a_rare_word_beside_no_person_or_apart_stays_a_flag(text, flagged, replaced, kind):
    found = sorted(
        [_span(text, flagged, FLAG, "RARE_WORD"), _span(text, replaced, kind=kind)],
        key=lambda d: d.start,
    )
    assert _out(text, found) == [(d.text, d.type, d.action) for d in found]
