"""A name whose bearer's real name the sentence goes on to give or not know (lcnb24).
Invented lines."""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.real_names import RealNameRecognizer


@pytest.fixture(scope="module")
def rec() -> RealNameRecognizer:
    return RealNameRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word before ", han heter egentlig …": what the person was called
        ("knappen, han heter egentlig tormod, var den eneste som ringte", ["knappen"]),
        # a nickname given, then the real name after "men egentlig het …"
        ("vi kalte henne mus, men egentlig het hun ingrid", ["mus"]),
        # a nickname given, then not knowing the real name
        ("alle kalte vaktmesteren bjørnen, jeg vet ikke hva han egentlig het", ["bjørnen"]),
        # Nynorsk and dialect spellings
        ("ho kalla han tusten, eg veit ikkje kva han eigentleg heitte", ["tusten"]),
        ("dæm kalte ho spurv, æ veit ikkje ka ho egentlig het", ["spurv"]),
    ],
)
def test_the_word_before_a_real_name_is_a_name(
    rec: RealNameRecognizer, text: str, expected: list[str]
) -> None:
    found = spans(rec, text)
    assert [s for _t, s in found] == expected
    assert all(t == "PERSON" for t, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # a closed-class word, an interjection, a role or kinship word before the comma
        "broren min, han heter egentlig per",
        "ja, han heter egentlig kristian",
        "legen, hun heter egentlig noe annet",
        "det var sånn, han het egentlig noe annet",
        # an adjective or a place before the comma is no name
        "han var stille, men egentlig het han ola",
        "vi bodde i molde, men egentlig heter han ola",
        # a noun after an article, or a word for a name, is no name itself
        "det var bare et gammelt økenavn, egentlig het han sverre",
        "det er et typisk bygdenavn, egentlig heter hun randi",
        "han hadde en stor bart, men egentlig het han ola",
        # no real name said or asked for
        "vi kalte henne mus, men egentlig var hun modig",
    ],
)
def test_no_name_without_a_nickname_before_the_real_name(
    rec: RealNameRecognizer, text: str
) -> None:
    assert spans(rec, text) == []
