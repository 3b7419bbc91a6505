"""Session 49's detector rules on invented lines (blind39 and its lower-cased copy as
development material): each row of a family that is now caught, and the everyday lines beside
it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _shown(detector: Detector, line: str) -> dict[str, str]:
    """Every span the detector reports, replaced or flagged, with its action."""
    return {d.text: d.action for d in detector.detect(line)}


# -- "punkt" is a spoken dot --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "E-posten min er eldbjørg punkt vik krøllalfa online punkt no.",
            "eldbjørg punkt vik krøllalfa online punkt no",
        ),
        ("skriv til torgrim krøllalfa gmail punkt com", "torgrim krøllalfa gmail punkt com"),
        ("Gå inn på www punkt vikfoto punkt no, der ligg bileta.", "www punkt vikfoto punkt no"),
    ],
)
def test_an_address_said_with_punkt_is_caught(
    detectors: dict[str, Detector], line: str, address: str
) -> None:
    assert _spans(detectors["nb"], line).get(address) in ("EMAIL", "URL")


@pytest.mark.parametrize(
    "line",
    [
        "Det er et punkt på lista, punkt to er verre.",
        "Hun fikk tre punkt fem i snitt på eksamen.",
        "på et punkt sa han at alfa og omega er søvn",
    ],
)
def test_punkt_in_everyday_talk_is_no_address(detectors: dict[str, Detector], line: str) -> None:
    assert not any(t in ("EMAIL", "URL") for t in _spans(detectors["nb"], line).values())


# -- A 24-hour unit named by a word; a works named by its place --------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Eg var innlagd tre veker på døgnpost Kornvik i 2020.", "døgnpost Kornvik"),
        ("Han låg på døgnenhet Lia ei stund.", "døgnenhet Lia"),
        ("Mannen min har jobba på Sagvollen bruk sidan 2011.", "Sagvollen bruk"),
        ("Far jobba på Brekkeli sagbruk heile livet.", "Brekkeli sagbruk"),
    ],
)
def test_a_unit_or_works_with_its_name_is_one_organisation(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "Mye bruk av rusmidler gjorde det verre.",
        "Riktig bruk av medisinen er viktig.",
        "Vi tok det nye systemet i bruk i fjor.",
    ],
)
def test_use_is_no_works(detectors: dict[str, Detector], line: str) -> None:
    assert "ORGANIZATION" not in _spans(detectors["nb"], line).values()


# -- A name written with its glottal stop --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ta'alolo was my coach, he said go and get help.", "Ta'alolo"),
        ("Sa'imoa rang me the night before.", "Sa'imoa"),
    ],
)
def test_a_name_with_an_apostrophe_is_a_subject(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize("line", ["Y'all were great to me.", "Ma'am said no, not today."])
def test_apostrophe_words_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "PERSON" not in _spans(detectors["en"], line).values()


# -- A short or closed word with a capital after a preposition of place -------------------------


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Vi flytta til Nå då eg var sju, det er ei lita bygd.", "Nå"),
        ("Vi hadde eit småbruk på Re, med høner og to griser.", "Re"),
    ],
)
def test_a_capitalised_short_word_after_a_place_preposition_is_shown(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word in _shown(detectors["nb"], line)


def test_a_capitalised_closed_word_elsewhere_stays_unshown(
    detectors: dict[str, Detector],
) -> None:
    assert "Fordi" not in _shown(detectors["nb"], "Han sa bare Fordi, og gikk.")


# -- Lower-case lines: more kind words after a name word ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        (
            "nb",
            "etterpå fekk eg oppfølging på brattvoll legekontor ein gong i veka",
            "brattvoll legekontor",
        ),
        ("nb", "han har jobba på sagvollen bruk sidan 2011", "sagvollen bruk"),
        (
            "en",
            "i worked cleaning at parva farm vineyard and then in the café",
            "parva farm vineyard",
        ),
        ("en", "we stayed two nights at the skelwith hotel in the end", "skelwith hotel"),
    ],
)
def test_a_lower_case_name_word_before_a_kind_is_one_organisation(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "mye bruk av rusmidler gjorde det verre"),
        ("nb", "det var feil bruk av medisinen"),
        ("en", "we stayed in a cheap hotel by the station"),
        ("en", "my brother was in the marine corps for a bit"),
    ],
)
def test_kind_words_after_everyday_words_stay_words(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert "ORGANIZATION" not in _spans(detectors[lang], line).values()


# -- First names that are also words, in a name's slot -------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("my husband con dineen fished out of there for thirty years", "con dineen"),
        ("she lives in the village now with her husband euros, and they drive me down", "euros"),
    ],
)
def test_a_word_name_in_a_name_slot_is_a_person(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "we walked along the piers at the seafront",
        "it was a con, the whole thing, from start to finish",
        "prices in euros went up after that",
        "it was a bright morning when they let me out",
    ],
)
def test_the_same_words_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "PERSON" not in _spans(detectors["en"], line).values()


# -- A club's letters after any word; words and sayings the lists now hold -----------------------


def test_a_lower_case_club_is_named_by_any_word_before_its_letters(
    detectors: dict[str, Detector],
) -> None:
    line = "det lokale laget, sundet il, har eit tilbod for folk som meg"
    assert _spans(detectors["nb"], line).get("sundet il") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Legen sa det var PTSD, og eg fekk Prazosin mot marerittane.", "Prazosin"),
        ("nb", "Ringjer du, er det best etter klokka fire.", "Ringjer"),
        ("nb", "Liv og helse var det einaste mor brydde seg om.", "Liv"),
        ("nb", "Eg drakk Munkholm på julebordet for å ikkje vere annleis.", "Munkholm"),
        ("en", "Goodness knows how she put up with me, honestly.", "Goodness"),
        ("en", "she is six now and she talks like a proper cumbrian", "cumbrian"),
    ],
)
def test_listed_words_and_sayings_are_not_replaced(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "Liv kom på besøk i går, ho hadde med kake.", "Liv"),
        ("en", "Goodness was my carer, she came every day.", "Goodness"),
    ],
)
def test_the_names_in_those_sayings_are_still_names(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


# -- A compound hill, lake or point below or along which something lies ------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("men sjølve huset ligg under kvassberget", "kvassberget"),
        ("hytta står nedanfor svartfjellet, heilt åleine", "svartfjellet"),
    ],
)
def test_a_compound_place_after_under_or_below_is_a_place(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "LOCATION"


@pytest.mark.parametrize(
    "line", ["det var under kveldsmaten at han ringte", "vi satt under solseilet heile dagen"]
)
def test_everyday_compounds_after_under_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "LOCATION" not in _spans(detectors["nb"], line).values()
