"""Session 21 (issue 10): identifiers said in shapes the recognizers missed, and words that
were taken for names or organisations. Real detector (spaCy + Presidio); every person, number
and plate is invented. Each case was written for the class of miss, not copied from a set.
"""

from __future__ import annotations

import pytest
from detect_helpers import typed_replacements

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.wordlists import is_medicine_stem


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # a month said with its leading zero is a date of birth, birth word or not
        (
            "en",
            "I'm twenty oh three eighty-seven, a spring baby.",
            [("DATE", "twenty oh three eighty-seven")],
        ),
        (
            "en",
            "she's three oh nine ninety-one if you need it",
            [("DATE", "three oh nine ninety-one")],
        ),
        (
            "nb",
            "Jeg er fjorten null åtte syttiseks, sånn at du vet det.",
            [("DATE", "fjorten null åtte syttiseks")],
        ),
        # ... but a clock time or a longer run of digits (a phone) is no date
        ("en", "The bus was at six oh five in the morning.", []),
        # an Irish PPS number whose letter is spelled with a word
        (
            "en",
            "My PPS is four four one eight two nine six, K for Kilo.",
            [("NATIONAL_ID", "four four one eight two nine six, K for Kilo")],
        ),
        # Northern Irish plates: three letters (one an I or a Z) and the digits
        (
            "en",
            "the reg was b i j two nine four one, a silver astra",
            [("LICENSE_PLATE", "b i j two nine four one")],
        ),
        ("en", "His reg was KZX 3306, a red Fiesta.", [("LICENSE_PLATE", "KZX 3306")]),
        # a National Insurance number's last letter after a comma
        (
            "en",
            "ni number is t w four four, one nine, two two, b",
            [("NATIONAL_ID", "t w four four, one nine, two two, b")],
        ),
        # a Norwegian postcode said as an amount after the street, and after the cue
        (
            "nb",
            "jeg bodde i granveien ni, sju tusen og tretti ranheim",
            [("ADDRESS", "granveien ni"), ("ADDRESS", "sju tusen og tretti ranheim")],
        ),
        (
            "nb",
            "Postnummeret er fire tusen seks hundre og tjueen.",
            [("ADDRESS", "fire tusen seks hundre og tjueen")],
        ),
        ("nb", "Vi betalte to tusen og femti kroner for det.", []),
        # an account on a social site names its owner; the site alone names no one
        (
            "nb",
            "Alt lå ute på tiktok.com/@lena.hovd, til og med videoene.",
            [("URL", "tiktok.com/@lena.hovd")],
        ),
        ("nb", "Jeg slettet meg fra facebook.com i fjor.", []),
    ],
)
def test_spoken_identifiers(
    detectors: dict[str, Detector], lang: str, text: str, found: list[tuple[str, str]]
) -> None:
    assert typed_replacements(detectors[lang], text) == found


@pytest.mark.parametrize(
    ("lang", "text", "replaced"),
    [
        # generic medicine names by their drug-class ending, in no hand list
        ("en", "the lurasidone made me sick so Idris stopped it", ["Idris"]),
        ("nb", "Jeg fikk ziprasidonen av Gudmund på Lovisenberg.", ["Gudmund", "Lovisenberg"]),
        ("en", "i was on vortioxetine for a bit and then duloxetine", []),
        # an adverb after "called", a verb whose past is its bare form after a title
        ("en", "The ambulance was called twice before Nkechi came.", ["Nkechi"]),
        ("en", "the nurse set the tray down and left", []),
        ("en", "the doctor cut my dose in half", []),
        # star signs and identity-number schemes; a Norwegian greeting
        ("en", "Orla's a Sagittarius, she'll tell you that herself.", ["Orla"]),
        ("en", "My CHI number is on the letter from Ninewells.", ["Ninewells"]),
        ("nb", "Lykke til, sa Ingebjørg, og så gikk hun.", ["Ingebjørg"]),
    ],
)
def test_words_that_are_no_names(
    detectors: dict[str, Detector], lang: str, text: str, replaced: list[str]
) -> None:
    got = [t for _type, t in typed_replacements(detectors[lang], text)]
    assert got == replaced


@pytest.mark.parametrize(
    ("word", "medicine"),
    [
        ("olanzapine", True),
        ("Kvetiapinen", True),
        ("Escitalopram", True),
        ("Sertralin", True),
        ("Atenolol", True),
        # names and words with similar endings
        ("Caroline", False),
        ("magazine", False),
        ("Malone", False),
        ("April", False),
        ("Madison", False),
    ],
)
def test_medicine_stems(word: str, medicine: bool) -> None:
    assert is_medicine_stem(word) is medicine


@pytest.mark.parametrize(
    ("lang", "text", "replaced"),
    [
        # English short forms from the nicknames list (a name no formal list had)
        ("en", "Paddy Joe McGinty was my granda.", ["Paddy Joe McGinty"]),
        ("en", "me and mick went down the bookies after", ["mick"]),
        ("en", "Bev from next door took me in for the night.", ["Bev"]),
        # short forms that are everyday words are not listed: a word stays a word
        ("en", "I got a Little Chef breakfast on the way.", []),
    ],
)
def test_short_forms_of_names(
    detectors: dict[str, Detector], lang: str, text: str, replaced: list[str]
) -> None:
    assert [t for _type, t in typed_replacements(detectors[lang], text)] == replaced


def test_nickname_list_is_generated_from_the_package() -> None:
    """The committed list is what ``scripts/build_nicknames.py`` writes (when the build-time
    package is installed; CI installs it with the dev extra)."""
    pytest.importorskip("nicknames")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = root / "scripts" / "build_nicknames.py"
    assert subprocess.run([sys.executable, str(script), "--check"], cwd=root).returncode == 0


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # countries said by their everyday English name (GeoNames lists Türkiye, Myanmar)
        (
            "en",
            "Dilan came over from Turkey in 2015.",
            [("PERSON", "Dilan"), ("LOCATION", "Turkey")],
        ),
        ("en", "His family are from Burma originally.", [("LOCATION", "Burma")]),
        # the bird stays a word
        ("en", "We had turkey and sprouts at Christmas.", []),
    ],
)
def test_everyday_country_names(
    detectors: dict[str, Detector], lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert typed_replacements(detectors[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # programmes and bands named as tastes are no one (the person beside them is)
        ("nb", "Vi så Nytt på nytt med Torunn hver fredag.", [("PERSON", "Torunn")]),
        ("en", "Mrs Brown's Boys was on and Kayleigh laughed.", [("PERSON", "Kayleigh")]),
        # NorNE marks characters as persons: a film character stays a name
        ("en", "He looked just like Forrest Gump.", [("PERSON", "Forrest Gump")]),
    ],
)
def test_programmes_are_no_people(
    detectors: dict[str, Detector], lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert typed_replacements(detectors[lang], text) == expected
