"""A replaced name before its kind noun is one institution (session 30): invented lines with
the spans the name layers give, and the lines where the kind noun opens the next clause."""

from __future__ import annotations

import pytest

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.kind_heads import kind_heads


def _found(text: str, spans: list[tuple[str, str]]) -> list[DetectedEntity]:
    out = []
    for words, kind in spans:
        start = text.index(words)
        out.append(DetectedEntity(start, start + len(words), kind, REPLACE, 0.85, words, "t"))
    return out


def _replaced(text: str, spans: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    return [
        (d.text, d.type) for d in kind_heads(text, _found(text, spans), lang) if d.action == REPLACE
    ]


ORG, LOC, PER = et.ORGANIZATION, et.LOCATION, et.PERSON


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        ("nb", "Han jobba på Brekkvik fabrikker før han ble ufør.", [("Brekkvik", LOC)],
         [("Brekkvik fabrikker", ORG)]),
        ("nb", "han jobber på tøssholt gartneri ved siden av", [("tøssholt", LOC)],
         [("tøssholt gartneri", ORG)]),
        # a surname names a family firm or a church's farm in Norwegian
        ("nb", "Vi gifta oss i Sylte kyrkje, og presten var grei.", [("Sylte", PER)],
         [("Sylte kyrkje", ORG)]),
        ("en", "They took me to Wethby General after that.", [("Wethby", LOC)],
         [("Wethby General", ORG)]),
        # "park" keeps the name's type: a park or a hospital
        ("en", "it was harnley park where they took me", [("harnley", LOC)],
         [("harnley park", LOC)]),
        ("en", "he worked at the port of brayhaven for years", [("brayhaven", LOC)],
         [("port of brayhaven", ORG)]),
        # the kind noun opens the next clause: a town, then school
        ("en", "in brayhaven school was hard", [("brayhaven", LOC)], [("brayhaven", LOC)]),
        ("nb", "i brekkvik skole var det ille", [("brekkvik", LOC)], [("brekkvik", LOC)]),
        # an English person before a lower-case kind stays a person
        ("en", "I told Orrin school was hard", [("Orrin", PER)], [("Orrin", PER)]),
        ("en", "I told Orrin school is fine", [("Orrin", PER)], [("Orrin", PER)]),
        # a capitalized word that is no kind noun is left alone
        ("en", "We drove from Wethby Tuesday.", [("Wethby", LOC)], [("Wethby", LOC)]),
    ],
)  # fmt: skip
def test_kind_heads(lang: str, text: str, spans: list, expected: list) -> None:
    assert _replaced(text, spans, lang) == expected


def test_a_flag_inside_the_grown_span_is_absorbed() -> None:
    text = "I went to Heart of Kelmshire College and did plumbing."
    found = _found(text, [("Kelmshire College", ORG)])
    found.append(DetectedEntity(10, 15, et.CAPITALIZED, FLAG, 0.3, "Heart", "t"))
    out = kind_heads(text, found, "en")
    assert [(d.text, d.type, d.action) for d in out] == [
        ("Heart of Kelmshire College", ORG, REPLACE)
    ]


def test_a_kind_already_replaced_is_left_alone() -> None:
    text = "Han jobba på Brekkvik fabrikker."
    found = _found(text, [("Brekkvik", LOC), ("fabrikker", ORG)])
    assert kind_heads(text, found, "nb") == found


@pytest.mark.parametrize(
    ("lang", "text", "spans", "expected"),
    [
        # kinds said first, in one hyphenated word, with a second kind, or after "and sons"
        ("nb", "Jeg var innlagt på døgnenheten Brattlia i åtte uker.", [("Brattlia", LOC)],
         [("døgnenheten Brattlia", ORG)]),
        ("nb", "Volstad-meieriet sendte meg et brev.", [], [("Volstad-meieriet", ORG)]),
        ("nb", "æ har arbeidstrening på tøssholt kafé og arbeidssenter nå", [("tøssholt", LOC)],
         [("tøssholt kafé og arbeidssenter", ORG)]),
        ("nb", "Faren min var ansatt ved Evoll mekaniske verksted hele livet.", [("Evoll", LOC)],
         [("Evoll mekaniske verksted", ORG)]),
        ("en", "my dad was at brannock and sons his whole life", [("brannock", PER)],
         [("brannock and sons", ORG)]),
        # a title the lists know stays out ("Hotell Cæsar" is a TV series)
        ("nb", "Vi så på Hotell Cæsar i reprise.", [("Cæsar", PER)], [("Cæsar", PER)]),
        # a replaced place or person ending in a kind noun is an organisation
        ("nb", "Jeg jobba på Arendal bedehus.", [("Arendal bedehus", LOC)],
         [("Arendal bedehus", ORG)]),
    ],
)  # fmt: skip
def test_kinds_before_in_one_word_and_joined(lang: str, text: str, spans, expected) -> None:
    assert _replaced(text, spans, lang) == expected


def test_a_flag_before_a_title_word_stays_a_flag() -> None:
    text = "The Attorney General was on the news again."
    flag = DetectedEntity(4, 12, et.CAPITALIZED, FLAG, 0.3, "Attorney", "t")
    assert kind_heads(text, [flag], "en") == [flag]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word no layer took before a strong Norwegian kind: capitalized and no everyday
        # word → replaced, else flagged; adjectives and determiners before a kind stay words
        ("Runnes sparebank sendte meg et brev.", [("Runnes sparebank", ORG, REPLACE)]),
        ("det gamle stedet, bakke gartneri, ble lagt ned", [("bakke gartneri", ORG, FLAG)]),
        ("det gamle sykehjem var fint", []),
        ("vi bodde på et hotell", []),
    ],
)
def test_a_word_before_a_strong_norwegian_kind(text: str, expected: list) -> None:
    assert [(d.text, d.type, d.action) for d in kind_heads(text, [], "nb")] == expected


def test_english_kinds_a_surname_takes_join_a_person() -> None:
    text = "the old place, brannock mill, shut down"
    assert _replaced(text, [("brannock", PER)], "en") == [("brannock mill", ORG)]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a surname's genitive after a place preposition is a firm or hospital, with a title
        ("Sister Rae went off to Dr Brannock's.", [("Brannock's", PER)],
         [("Dr Brannock's", ORG)]),
        ("my grandad worked at colm's, the mustard factory", [("colm", PER)],
         [("colm's", ORG)]),
        # a first name's genitive is someone's home
        ("I was at Sarah's for the weekend.", [("Sarah", PER)], [("Sarah", PER)]),
    ],
)  # fmt: skip
def test_a_genitive_named_as_a_place_of_work(text: str, spans: list, expected: list) -> None:
    assert _replaced(text, spans, "en") == expected


def test_an_everyday_business_word_after_a_flag_stays_a_word() -> None:
    """ "lei bil" is "rent a car": a flagged word before "bil" is no firm (NorNE dev)."""
    text = "Du kan Lei bil der."
    flag = DetectedEntity(7, 10, PER, FLAG, 0.3, "Lei", "t")
    assert kind_heads(text, [flag], "nb") == [flag]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [("nb", "det var en time skole om dagen", "time"), ("en", "We went to the Day centre.", "Day")],
)
def test_a_flag_after_a_determiner_is_a_common_noun(lang: str, text: str, word: str) -> None:
    start = text.index(word)
    flag = DetectedEntity(start, start + len(word), et.CAPITALIZED, FLAG, 0.3, word, "t")
    assert kind_heads(text, [flag], lang) == [flag]


# Session 31 (blind21 as development material): compound kinds, a firm's short name, a
# mosque, and fish after a name that is no first name.
@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("han gikk på brekkvik skolesenter på elektro", [("brekkvik", LOC)],
         [("brekkvik skolesenter", ORG)]),
        ("han var med i sylteløkka ballklubb", [("sylteløkka", LOC)],
         [("sylteløkka ballklubb", ORG)]),
        ("eg jobba på tøssvik mekaniske i tjue år", [("tøssvik", LOC)],
         [("tøssvik mekaniske", ORG)]),
        ("Han gikk i Brekkvik moské hver fredag.", [("Brekkvik", PER)],
         [("Brekkvik moské", ORG)]),
        ("hun jobbet på tøssvik fisk i mange år", [("tøssvik", LOC)], [("tøssvik fisk", ORG)]),
        ("han likte ola fisk best", [("ola", PER)], [("ola", PER)]),
        ("jeg jobba på brekkvik våpenfabrikk i tjue år", [("brekkvik", LOC)],
         [("brekkvik våpenfabrikk", ORG)]),
    ],
)  # fmt: skip
def test_session31_norwegian_kinds(text: str, spans: list, expected: list) -> None:
    assert _replaced(text, spans, "nb") == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # session 31: a saint's or an unknown name after "church of" / "university of"
        ("i worked at the church of st brennan for years", [("st brennan", PER)],
         [("church of st brennan", ORG)]),
        ("my dad was at the university of taford all his life", [("taford", PER)],
         [("university of taford", ORG)]),
        ("it broke the heart of orrin", [("orrin", PER)], [("orrin", PER)]),
    ],
)  # fmt: skip
def test_session31_kind_of_a_person_named_institution(text: str, spans, expected) -> None:
    assert _replaced(text, spans, "en") == expected
