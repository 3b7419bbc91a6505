"""Truecasing of all-lower-case ASR lines (issue 10, item 1): table tests."""

from __future__ import annotations

import pytest

from anonkit.anonymize.truecase import truecase


@pytest.mark.parametrize(
    ("lang", "text", "cased", "doubtful"),
    [
        ("nb", "tante ragnhild bodde i brumunddal.", "tante Ragnhild bodde i Brumunddal.", []),
        ("nb", "ho liv ringte i går", "ho Liv ringte i går", []),
        ("nb", "per sa at det gikk bra", "Per sa at det gikk bra", []),
        ("nb", "jeg møtte liv på butikken", "jeg møtte Liv på butikken", []),
        ("nb", "det handler om liv og død", "det handler om liv og død", [("liv", "PERSON")]),
        ("en", "i talked to hope about it", "i talked to Hope about it", []),
        ("nb", "han hadde kjørt fra molde", "han hadde kjørt fra Molde", []),
        # places session: "ute i"/"inne i" + a place word that is an everyday word is the
        # thing ("ute i sola": the sun), shown rather than capitalized
        ("nb", "vi lå ute i sola i går", "vi lå ute i sola i går", [("sola", "LOCATION")]),
        ("nb", "vi lå i sola hele dagen", "vi lå i Sola hele dagen", []),
        # a verb of living or moving before the preposition makes a place word a place …
        ("nb", "han bor på ski nå", "han bor på Ski nå", []),
        ("en", "we moved to bath when i was ten", "we moved to Bath when i was ten", []),
        # … without one it is only shown
        ("nb", "han er flink på ski", "han er flink på ski", [("ski", "LOCATION")]),
        ("nb", "onkel arvid hadde gård på toten", "onkel Arvid hadde gård på Toten", []),
        ("nb", "jeg tror hilde visste det", "jeg tror Hilde visste det", []),
        ("nb", "jeg tror liv er viktig", "jeg tror liv er viktig", [("liv", "PERSON")]),
        ("nb", "hun jobba på sentrum dps", "hun jobba på Sentrum DPS", []),
        ("nb", "vi snakka med strand om det", "vi snakka med Strand om det", []),
        # a pronoun after a contact verb is no name, whatever a foreign name list says
        ("nb", "tante liv ringte meg", "tante Liv ringte meg", []),
        ("nb", "stor-ola hjalp oss", "Stor-Ola hjalp oss", []),
        # detect4: pronoun + kinship word + a name that is also a closed-class word ("Vår")
        ("nb", "ho mamma vår jobba natt", "ho mamma Vår jobba natt", []),
        ("nb", "mamma vår jobba natt", "mamma vår jobba natt", [("vår", "PERSON")]),  # shown
        ("nb", "han pappa hans sa nei", "han pappa hans sa nei", [("hans", "PERSON")]),
        ("en", "my son mathias lives in drammen now.", "my son Mathias lives in Drammen now.", []),
        ("en", "there is still hope", "there is still hope", [("hope", "PERSON")]),
        ("en", "we lived in reading", "we lived in Reading", []),
        # session 23: a job is held in a place as work is ("got a job in grays")
        ("en", "she got a job in bury so we moved", "she got a job in Bury so we moved", []),
        # (a month capitalized here is still a non-entity for the detector, as after
        # "worked in": test_blind11_classes)
        ("en", "i got a job in march", "i got a job in March", []),
        ("en", "he got a job in sales", "he got a job in sales", []),
        ("en", "i was in reading all day", "i was in reading all day", [("reading", "LOCATION")]),
        # a line with a capital is left alone: its writer's capitals carry the information
        ("nb", "Jeg møtte ragnhild", "Jeg møtte ragnhild", []),
        ("en", "ok so um it was fine", "ok so um it was fine", []),
    ],
)
def test_truecase(lang: str, text: str, cased: str, doubtful: list) -> None:
    result = truecase(text, lang)
    assert result.text == cased
    assert len(result.text) == len(text)
    assert [(text[s:e], kind) for s, e, kind in result.doubtful] == doubtful


def test_only_lower_case_lines_of_a_text_change() -> None:
    text = "Jeg bodde i Gjøvik.\nså flytta vi til hamar.\n"
    assert truecase(text, "nb").text == "Jeg bodde i Gjøvik.\nså flytta vi til Hamar.\n"


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        # lcnb22: a listed place of several words, one of them no word at all, after a
        # place preposition takes its capitals ("fra da nang": "da" is a word)
        ("kona hans kom fra buenos aires i fjor", "kona hans kom fra Buenos Aires i fjor"),
        ("vi reiste til phnom penh og ble der", "vi reiste til Phnom Penh og ble der"),
        # not without the preposition, nor when every word is a word ("la paz")
        ("det var buenos aires sa han", "det var buenos aires sa han"),
        ("vi reiste til la paz i fjor", "vi reiste til la paz i fjor"),
    ],
)
def test_a_listed_place_of_several_words_after_a_preposition(text: str, cased: str) -> None:
    assert truecase(text, "nb").text == cased
