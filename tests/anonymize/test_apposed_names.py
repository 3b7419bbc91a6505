"""A word set beside a replaced name by a comma, or paired with the speaker, is flagged as a
person (session 26). Hand-built detections first, then the real detector (spaCy + Presidio).
Lines and names are invented.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.apposed_names import APPOSED_SOURCE, apposed_flags, described
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity


def _person(text: str, name: str) -> DetectedEntity:
    start = text.index(name)
    return DetectedEntity(start, start + len(name), "PERSON", REPLACE, 0.85, name, "test")


def _flags(found: list[DetectedEntity]) -> list[str]:
    return [d.text for d in found if d.action == FLAG and d.source == APPOSED_SOURCE]


@pytest.mark.parametrize(
    ("text", "name", "flagged"),
    [
        # a nickname, a comma and the full name
        ("then there was chalky, norman whitcombe, who ran the bar", "norman whitcombe", "chalky"),
        # a hesitation between the two forms
        ("fudge, uh, marjorie hollis, my old neighbour, still writes", "marjorie hollis", "fudge"),
        ("eh, gubbi, altså ingebrigt, han kom hver dag", "ingebrigt", "gubbi"),
        # the short form after the name, ending its clause
        ("desmond, um, sparrow, moved to the coast", "desmond", "sparrow"),
        # a capitalized line: only a capitalized word
        ("Biscuit, eh, Ronald Pettifer, sold the van.", "Ronald Pettifer", "Biscuit"),
    ],
)
def test_a_word_set_beside_a_name_is_flagged(text, name, flagged):
    found = apposed_flags(text, [_person(text, name)])
    assert _flags(found) == [flagged]
    assert [d.text for d in found if d.action == REPLACE] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my counsellor, grete fossum, was kind", "grete fossum"),  # a possessive before
        ("we met at the club, harold pinnock, the owner", "harold pinnock"),  # "the"
        ("psykologen, tone mjelde, var snill", "tone mjelde"),  # a Norwegian noun
        ("i think, or bramwell, something like that", "bramwell"),  # verb, one word
        ("yesterday, kari nordby came round", "kari nordby"),  # an adverb
        ("well, eh, sigrid came", "sigrid"),  # a function word
        ("gerald hewitt, sadly, died", "gerald hewitt"),  # an adverb after
        ("sunniva, lovely girl", "sunniva"),  # one name, no filler: an address or a remark
        ("Tom Baxter, then, came in.", "Tom Baxter"),  # a function word
        ("He met Ron Hatch, eh, yesterday.", "Ron Hatch"),
    ],
)
def test_descriptions_and_function_words_stay_unflagged(text, name):
    assert _flags(apposed_flags(text, [_person(text, name)])) == []


@pytest.mark.parametrize(
    ("text", "flagged", "lang"),
    [
        ("me and sparky go way back", ["sparky"], "en"),
        ("noodle and i shared a flat in college", ["noodle"], "en"),
        ("meg og tussi var bestevenner", ["tussi"], "nb"),
        # kinship, a determiner, a verb and a Norwegian noun with its article stay
        ("me and mum went shopping", [], "en"),
        ("me and the kids went", [], "en"),
        ("han ringte meg og spurte om det", [], "nb"),
        ("vi bor der, meg og ungene", [], "nb"),
        # a line with capitals is left to the capital rules
        ("Me and sparky go way back.", [], "en"),
    ],
)
def test_a_word_paired_with_the_speaker_is_flagged(text, flagged, lang):
    assert _flags(apposed_flags(text, [], lang)) == flagged


def test_described_reads_the_words_before():
    text = "at the match, my friend"
    assert described(text, text.index("match"))
    assert described(text, text.index("friend"))
    assert not described("chalky, norman", 0)


def test_detector_flags_the_other_form(detectors):
    """The detector shows the nickname beside the replaced full name to the steward."""
    en = detectors["en"]
    found = en.detect("then there was chalky, norman whitcombe, who ran the bar")
    assert ("chalky", FLAG) in [(d.text, d.action) for d in found]
    assert any(d.text == "norman whitcombe" and d.action == REPLACE for d in found)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a word between commas, then a pronoun and what the person did
        ("sekretæren, lind, ho ringte meg tilbake", ["lind"]),
        # a word opening the line after a hesitation
        ("eh, spurv, han var den eneste som kom", ["spurv"]),
        ("sparky, he was the one who drove", ["sparky"]),
        # nouns, kinship words, possessives and lines with capitals stay
        ("legen, han sa det", []),
        ("mamma, ho var syk", []),
        ("faren min, han var snill", []),
        ("Spurv, han var den eneste.", []),
    ],
)
def test_a_word_the_pronoun_takes_up_is_flagged(text, flagged):
    assert _flags(apposed_flags(text, [], "nb")) == flagged


def test_a_first_name_said_again_takes_its_surname() -> None:
    """ "sunniva ja, sunniva brekke, …": the restart adds the surname (session 26)."""
    from anonkit.anonymize.apposed_names import surname_on_restart

    text = "sunniva ja, sunniva brekke, det var henne"
    first = _person(text, "sunniva")
    second = DetectedEntity(12, 19, "PERSON", REPLACE, 0.85, "sunniva", "test")
    found = surname_on_restart(text, [first, second])
    assert [d.text for d in found] == ["sunniva", "sunniva brekke"]
    # an adverb after the repeat, or a verb going on, is no surname
    for text in ("kari, kari også, hun kom", "kari, kari sa det"):
        a = _person(text, "kari")
        b = DetectedEntity(6, 10, "PERSON", REPLACE, 0.85, "kari", "test")
        assert [d.text for d in surname_on_restart(text, [a, b])] == ["kari", "kari"]


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        # where the person is from or works, and the pronoun taking the word up
        ("Biscuit from the drop-in, she's the one who rang me.", ["Biscuit"]),
        ("lyng på lageret, han var grei mot meg", ["lyng"]),
        # a role noun, a clause in between, a parenthesis with "said": no name
        ("Legen på posten, han var grei.", []),
        ("Everybody on the ward knew her, she was kind.", []),
        ("Dinner at the hostel, she said, was awful.", []),
    ],
)
def test_a_word_with_where_the_person_is_taken_up_by_a_pronoun(text, replaced):
    found = apposed_flags(text, [], "nb" if " på " in text else "en")
    assert [d.text for d in found if d.action == REPLACE] == replaced
