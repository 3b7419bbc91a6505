"""Everyday words acting as subjects on lower-case lines are flagged, never replaced
(session 21). Table tests on the recognizer alone; names are invented."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.lower_subjects import (
    SCORE,
    LowerCaseSubjectRecognizer,
)
from anonkit.anonymize.resolve import DEFAULT_THRESHOLDS


@pytest.fixture(scope="module")
def recs() -> dict[str, LowerCaseSubjectRecognizer]:
    return {"en": LowerCaseSubjectRecognizer("en"), "nb": LowerCaseSubjectRecognizer("nb")}


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # a person's verb, perhaps after an adverb
        ("en", "sterling always told me the truth", ["sterling"]),
        ("en", "then marigold rang me at midnight", ["marigold"]),
        ("nb", "kobbe ringte meg hver kveld", ["kobbe"]),
        # from / at / på somewhere, then a verb
        ("en", "rook from the day centre was there every week", ["rook"]),
        ("nb", "trulsen på kjøkkenet hjalp meg", ["trulsen"]),
        # not: lines with capitals (unless the opener speaks, below), subjects that name no one,
        # kinship words, plurals,
        # definite nouns, things that merely go and come
        # session 38: a capitalized opener that speaks, on a line with capitals, is a name
        ("en", "Sterling always told me the truth", ["Sterling"]),
        ("en", "everyone told me the same", []),
        ("en", "mum rang me at midnight", []),
        ("en", "doctors told me nothing", []),
        ("en", "life went on after that", []),
        ("nb", "legen ringte meg hver kveld", []),
        ("nb", "bussen fra byen kom sent", []),
        # session 21: an auxiliary and a participle of what people do
        ("nb", "brattland har jobbet der i tjue år", ["brattland"]),
        ("en", "lark had told me to wait", ["lark"]),
        ("nb", "livet har vært tøft", []),
        # session 22: the subject of a clause after a subordinator or conjunction
        ("nb", "det ble bedre etter at herbjørn ringte legevakta", ["herbjørn"]),
        ("en", "and then justice turned up at the door", ["justice"]),
        ("en", "i was fine until sparrow told the nurses", ["sparrow"]),
        ("en", "i was fine until work rang me", []),
        ("nb", "det gikk bra fordi tiden hjalp", []),
        # "is from <somewhere>", "does …", "doesn't …": a person's predicates
        ("en", "fortune is from kumasi, he runs the football", ["fortune"]),
        ("nb", "sølvi e fra porsanger og driv med rein", ["sølvi"]),
        ("en", "parry doesn't say much but he turned up", ["parry"]),
        ("en", "the letter is from the council", []),
        ("en", "rain doesn't bother me", []),
        # lcnb22: a nickname in -en with a doubled consonant ("tommen", "bassen": also
        # definite nouns) before what only people do, or set off by ", han heter"
        ("nb", "jonnen på lageret hjalp meg med flyttinga", ["jonnen"]),
        ("nb", "bobben fra senja kom på besøk i påska", ["bobben"]),
        ("nb", "mossen, han heter egentlig morten, ringte i går", ["mossen"]),
        ("nb", "og tassen ringte meg etterpå", ["tassen"]),
        # not: things with that shape, people's nouns, verbs that things do too
        ("nb", "bussen på verkstedet var ferdig i går", []),
        ("nb", "sekken fra hytta lå i bilen", []),
        ("nb", "katten kom inn gjennom vinduet", []),
        ("nb", "gutten på verkstedet hjalp meg med bilen", []),
        ("nb", "mannen fra kommunen kom på besøk", []),
        ("nb", "hatten, han hadde den alltid på", []),
        ("nb", "Tommen på verkstedet hjalp meg", []),  # a line with capitals: other layers
        # lcnb22: any definite-shaped word before "jobber som <what>" (work only people do)
        ("nb", "bekken fra tana jobber som lærer", ["bekken"]),
        ("nb", "rypa jobba som frisør i mange år", ["rypa"]),
        ("nb", "maskinen jobber som en klokke", []),  # a comparison
        ("nb", "hjertet jobber som bare det", []),
        ("nb", "jenta fra alta jobber som lærer", []),  # a person's noun
        ("nb", "dama på nav jobber som saksbehandler", []),
    ],
)
def test_flags(recs, lang: str, text: str, flagged: list[str]) -> None:
    assert [t for _, t in spans(recs[lang], text)] == flagged


def test_score_is_a_flag_not_a_replacement() -> None:
    pattern = DEFAULT_THRESHOLDS["pattern"]
    assert pattern.flag <= SCORE < pattern.replace


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # lcen23: a pair opening a lower-case sentence before what people do: an everyday
        # word beside a pronoun, or beside a word no list knows, is one of the two people
        ("him and gaffer went down the pub after", ["gaffer"]),
        ("me and nugget came home at six", ["nugget"]),
        ("and then me and sparky went to the chippy", ["sparky"]),
        ("rusty and dervla came round on the sunday", ["rusty"]),
        ("buster and me went to the match", ["buster"]),
        # kinship, plurals, verbs, closed-class words and two everyday words are no pair of
        # people; a line with capitals has its own rules
        ("me and mum went to the shops", []),
        ("him and lads went out", []),
        ("me and drink went hand in hand for years", []),
        ("tea and toast came after that", []),
        ("me and everyone went home", []),
        ("Him and Gaffer went down the pub after", []),
        ("the dog and me went for a walk", []),
    ],
)
def test_pair_subjects(recs, text: str, flagged: list[str]) -> None:
    assert [t for _, t in spans(recs["en"], text)] == flagged


@pytest.mark.parametrize(
    ("text", "word", "replaced"),
    [
        # lcen24: "<word> from <somewhere>" before a verb of contact with a person as its
        # object: only a person rings someone (replaced)
        ("wren from the outreach team rang me every friday", "wren", True),
        ("and then bracken from the housing office phoned my mam", "bracken", True),
        ("fennel from church texted us on christmas day", "fennel", True),
        # not: another verb (still only shown), a verb of contact without a person after it
        ("rook from the day centre was there every week", "rook", False),
        ("news from the hospital rang alarm bells", "news", False),
        ("word from the ward rang true", "word", False),
    ],
)
def test_a_caller_from_somewhere_is_replaced(recs, text: str, word: str, replaced: bool) -> None:
    scores = [s for b, e, _, s in recs["en"].find(text) if text[b:e] == word]
    threshold = DEFAULT_THRESHOLDS["pattern"].replace
    assert (bool(scores) and max(scores) >= threshold) == replaced
