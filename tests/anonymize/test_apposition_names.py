"""A word set off by commas after a role, with a pronoun clause after it, is a name — on
lower-case lines too (issue 10, items 1 and 6; session 22).

Why: "the ward sister, beauty, she's from harare" names the sister; with its capital gone the
only sign left is the slot: commas around one word, a role before it or "she's"/"ho kom"
after it. Words that sit there as asides ("honestly", "though", "altså") must stay. Real
detector; every name is invented.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.recognizers.names_in_context import NameInContextRecognizer


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "the ward sister, beauty, she's from harare, and she ran that ward", "beauty"),
        ("en", "my support worker, juniper, she's been brilliant with me", "juniper"),
        ("en", "the psychologist, merrow, he never once looked at his watch", "merrow"),
        ("nb", "den nye naboen, olefine, ho kom med middag hver dag", "olefine"),
        ("nb", "kontaktpersonen min, stjerne, han kom innom hver dag", "stjerne"),
        ("nb", "sjefen min, grøtte, han sa opp hele avdelinga", "grøtte"),
    ],
)
def test_a_word_between_commas_before_a_pronoun_clause_is_a_name(
    detectors: dict[str, Detector], lang: str, text: str, name: str
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert name in replaced, replaced


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "the nurse, honestly, she's the best one they had", "honestly"),
        ("en", "my sister, though, she's never rung me once", "though"),
        ("en", "my dad, obviously, he was gutted about it", "obviously"),
        ("nb", "naboen, altså, ho kom innom med kake", "altså"),
        ("nb", "legen, derimot, han var grei nok", "derimot"),
        ("nb", "mamma, heldigvis, ho kom med en gang", "heldigvis"),
    ],
)
def test_an_aside_between_commas_stays_a_word(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert word not in replaced, replaced


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # nb24: after an indefinite person noun, perhaps with where the person came from, a
        # word set off by commas is the person's name (no article stands before a name)
        ("nb", "og så var det ein kar frå bodø, trulsmo, som køyrde bussen"),
        ("nb", "eg hadde ein kamerat frå syria, yazenko, som lærte meg å lage mat"),
        ("nb", "det kom ei dame, thuongvi, og ho sette seg ved sida mi"),
        ("en", "there was a lad from leeds, dunnockby, who ran the kitchen"),
    ],
)
def test_a_word_between_commas_after_an_indefinite_person_noun_is_a_name(
    lang: str, text: str
) -> None:
    name = text.split(", ")[1]
    rec = NameInContextRecognizer(lang)
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == [name]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # an aside in that slot stays a word
        ("nb", "det var ein kar frå bygda, altså, som eigde butikken", "altså"),
        ("nb", "eg møtte ei jente frå klassen, faktisk, som budde nær oss", "faktisk"),
        ("nb", "det var ein gut frå byen, heldigvis, som hjelpte meg", "heldigvis"),
        ("en", "there was a lad from work, honestly, who never shut up", "honestly"),
    ],
)
def test_an_aside_after_an_indefinite_person_noun_stays_a_word(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert word not in replaced, replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # nb24: a word set off by commas before a pronoun used as an article with a
        # superlative ("ho minste", "han eldste"): only people are spoken of so
        ("og måken, ho yngste i gjengen, kom alltid for seint", "måken"),
        ("og bjørnen, han eldste av oss, sa aldri nei", "bjørnen"),
        ("og stoltenbakk, hu største på avdelinga, tok meg med", "stoltenbakk"),
    ],
)
def test_a_word_before_a_pronoun_and_a_superlative_is_a_name(text: str, name: str) -> None:
    rec = NameInContextRecognizer("nb")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a determiner before the superlative, or an aside, is no such slot
        "og maten, den beste eg har smakt, kom frå mamma",
        "og turen, det fineste vi gjorde, var til fjellet",
        "og så, altså, han eldste av oss sa nei",
    ],
)
def test_no_name_without_a_pronoun_before_the_superlative(text: str) -> None:
    rec = NameInContextRecognizer("nb")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == []
