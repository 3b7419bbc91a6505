"""Safety-net flags: capitalized words that may be names (issue 10, zero silent leaks)."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans
from test_flags import PARAGRAPH

from anonkit.anonymize.recognizers.name_words import NameWordFlagRecognizer
from anonkit.anonymize.truecase import truecase


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # everyday-word names at a sentence start, no cue: shown to the steward
        ("en", "Hope said I could stay.", ["Hope"]),
        ("en", "Art from the day centre rang.", ["Art"]),
        ("nb", "Vik ringte tilbake på fredag.", ["Vik"]),
        ("nb", "Rein var den eneste som forsto.", ["Rein"]),
        # English capitals mid-sentence are names even when they are words
        ("en", "We moved to Wool in Dorset.", ["Wool", "Dorset"]),
        ("en", "It was Mr. Little's car.", ["Little"]),
        # closed-class words and known non-entities are not flagged
        ("en", "My mum said so. With luck, I'll go.", []),
        ("en", "I took Seroquel on Monday.", []),
        ("nb", "Det var Han som kom. Men så kom Per.", ["Per"]),
        # possessive: the name only
        ("en", "That was Hope's idea.", ["Hope"]),
        # the subject slot before a verb of saying/contact, whatever the word means
        ("en", "Mags rang me after.", ["Mags"]),
        ("en", "Nobody rang me after.", []),
        ("nb", "Kjelle kom innom.", ["Kjelle"]),
        ("nb", "Vi bodde på Å i Lofoten.", ["Å", "Lofoten"]),
        ("nb", "Å bo der var fint.", []),
        # detect4: a sentence-initial capitalized word no word list knows
        ("en", "Sal always saved me a seat.", ["Sal"]),
        ("nb", "Tharani var tolken min.", ["Tharani"]),
        ("en", "Sadly it was hard.", []),
        # detect4: an everyday word before an adverb and a verb of doing, or before "from"
        ("en", "Cliff used to sit with me at lunch.", ["Cliff"]),
        ("en", "Sterling from the council was useless.", ["Sterling"]),
        # session 27: starting, leaving, dying, marrying; dialect "were"
        ("nb", "Rips begynte samme uke som meg.", ["Rips"]),
        ("en", "Dolly were a proper character.", ["Dolly"]),
        # session 27: a lower-case line opening with "X fra/from <where> … verb"
        ("nb", "knott fra hjemmetjenesten kom hver dag", ["knott"]),
        ("en", "biscuit from the day centre rang me", ["biscuit"]),
        ("en", "bread from the bakery is the best", []),
        ("en", "Apart from that it was fine.", []),
        ("nb", "Risten fra Porsanger jobber som reindriftsutøver.", ["Risten", "Porsanger"]),
        # detect4: lower-case lines — after a kinship word before a verb, after "met"
        ("en", "my mum honey never knew.", ["honey"]),
        ("en", "my mum never knew.", []),
        ("en", "my mum said no.", []),
        ("nb", "vi møtte ørn på bussen.", ["ørn"]),
        ("nb", "vi møtte opp klokka ni.", []),
        ("nb", "Vi møtte ørn på bussen.", []),  # written with capitals: ørn is a word
    ],
)
def test_name_words(lang: str, text: str, expected: list[str]) -> None:
    assert [s for _t, s in spans(NameWordFlagRecognizer(lang), text)] == expected


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_flag_rate_on_ordinary_speech(lang: str) -> None:
    """The safety net must stay cheap on ordinary speech (≤ 2 % of words flagged),
    capitalized as written and all lower case."""
    text = PARAGRAPH[lang]
    words = len(text.split())
    flags = spans(NameWordFlagRecognizer(lang), text)
    assert len(flags) / words <= 0.02, flags
    doubtful = truecase(text.lower(), lang).doubtful
    assert len(doubtful) / words <= 0.02, [text.lower()[s:e] for s, e, _ in doubtful]


@pytest.mark.parametrize(
    ("lang", "text", "doubtful"),
    [
        # session 31: after "in"/"from"/"near"/"outside" a listed place that is a word is
        # a place (replaced); after "at" it is shown
        ("en", "he was at bury with his nan", [("bury", "LOCATION")]),
        ("en", "he grew up near bury with his nan", []),  # capitalized: a verb of living
        ("nb", "vi hadde hell med været", [("hell", "LOCATION")]),  # the cost: shown anyway
        ("en", "and then we went home", []),
        ("en", "des came round on tuesday", [("des", "PERSON")]),
        ("en", "nobody came round", []),
        ("en", "i was at st helier for a week", [("st helier", "LOCATION")]),
        ("nb", "hun jobber på fjordklinikken nå", [("fjordklinikken", "ORGANIZATION")]),
        ("nb", "det var på sykehuset", []),
    ],
)
def test_lower_case_list_words_are_doubtful(lang: str, text: str, doubtful: list) -> None:
    result = truecase(text, lang)
    assert [(text[s:e], kind) for s, e, kind in result.doubtful] == doubtful


def test_st_before_a_name_is_capitalized_with_it() -> None:
    assert truecase("i was at st james's", "en").text == "i was at St James's"
    assert truecase("på st. olavs hospital", "nb").text == "på St. Olavs hospital"


def test_short_rare_words_are_flagged_in_lower_case_lines_only() -> None:
    from anonkit.anonymize.recognizers.flags import RareWordFlagRecognizer

    rec = RareWordFlagRecognizer("en")
    assert [s for _t, s in spans(rec, "me and gaz went to the pub")] == ["gaz"]
    assert [s for _t, s in spans(rec, "Me and gaz went to the pub")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "jeg lå på post tre i to uker", ["post tre"]),
        ("nb", "jeg fikk post to ganger", []),
        ("en", "I was on ward four for a month", ["ward four"]),
    ],
)
def test_ward_numbers_said_as_words(lang: str, text: str, expected: list[str]) -> None:
    from anonkit.anonymize.recognizers.gazetteer_institution import build

    found = [s for rec in build(lang) for _t, s in spans(rec, text)]
    assert found == expected


def test_nynorsk_closed_class_words_are_no_names() -> None:
    """Session 29: "tjodolv frå gaupne" took "frå" (Nynorsk "fra") as a surname."""
    from anonkit.anonymize.detector import Detector
    from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

    assert {"frå", "hjå", "ikkje", "kva", "berre", "dei"} <= FUNCTION_WORDS
    [found] = Detector("nb").detect_many(["han tjodolv frå gaupne jobba i lag med meg"])
    assert not any("frå" in d.text for d in found if d.type == "PERSON")
