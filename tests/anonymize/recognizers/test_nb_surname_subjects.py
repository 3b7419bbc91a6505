"""A surname alone as the subject of what only people do (session 23, nb23).

Why: Norwegians call colleagues, doctors and neighbours by the surname alone ("Engen på
kontoret ville ikke", "Stang var turnuslegen", "Kvernmoen sa aldri nei"), and many surnames
are farm names that are everyday words (eng, stang, moen). The word was only flagged. Cases
invented for the rule; every positive has a negative twin.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nb_surname_subjects import NbSurnameSubjectRecognizer


@pytest.fixture(scope="module")
def rec() -> NbSurnameSubjectRecognizer:
    return NbSurnameSubjectRecognizer("nb")


def _persons(rec: NbSurnameSubjectRecognizer, text: str) -> list[str]:
    return [t for kind, t in spans(rec, text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a listed surname or a farm-name form before a verb of saying or thinking
        ("Haugen sa at jeg måtte vente.", ["Haugen"]),
        ("Bakkerud mente at det ikke hasta.", ["Bakkerud"]),
        ("Tveitmoen lovte å ringe meg.", ["Tveitmoen"]),
        ("vestengen spurte om jeg sov", ["vestengen"]),
        # with the workplace that locates the person, before a modal
        ("Lien på kontoret ville ikke gi meg mer tid.", ["Lien"]),
        ("bakken fra nav skulle ringe tilbake", ["bakken"]),
        # a copula and a definite role noun
        ("Sand var fastlegen min i mange år.", ["Sand"]),
        ("Nordli var nattevakta den våren.", ["Nordli"]),
        ("Krum var miljøterapeuten på posten.", ["Krum"]),
        # two joined words before a copula and a plural role noun
        ("Holm og Bru var de to nattevaktene.", ["Holm", "Bru"]),
        ("kvist og rogn var sykepleierne på posten", ["kvist", "rogn"]),
        # a member of a group of people
        ("Ingvild var den eneste i familien som ringte.", ["Ingvild"]),
        ("Aslak var den eneste i klassen som turte.", ["Aslak"]),
        ("Kroken var den eneste i familien som skjønte det.", ["Kroken"]),
    ],
)
def test_surname_subjects(rec, text: str, names: list[str]) -> None:
    assert _persons(rec, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # the same words as things
        "Hagen ville ikke gro den sommeren.",
        "Bakken var glatt og vi datt.",
        "Engen var full av blomster.",
        "Sanda var varm.",
        # titles, institutions and people's common nouns
        "Legen sa at jeg måtte vente.",
        "Kommunen ville ikke betale.",
        "Skolen på hjørnet ville ikke ha meg.",
        "Mamma var fastlegen min.",
        "Mamma og pappa var lærerne mine.",
        "Stolene og bordene var de to problemene.",
        "Han og jeg var nattevaktene.",
        "Det var fastlegen min.",
        "Han var den eneste i familien som forsto.",
        "Hunden var den eneste i familien som brydde seg.",
        # a verb-second sentence, an adverb opening it
        "Da sa jeg nei.",
        "Etterpå var legen der.",
        # a line with capitals does not take a lower-case opener
        "Vi satt der. haugen sa ingenting.",
    ],
)
def test_not_surname_subjects(rec, text: str) -> None:
    assert _persons(rec, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engen på kontoret ville ikke forlenge permisjonen.", "Engen"),
        ("engen på kontoret ville ikke forlenge permisjonen", "engen"),
        ("Stang var turnuslegen, ung og nervøs.", "Stang"),
        ("stang var turnuslegen, ung og nervøs", "stang"),
    ],
)
def test_detector_replaces(nb, text: str, name: str) -> None:
    replaced, _ = by_action(nb, text)
    assert name in replaced
