"""Session 41's detector rules on invented lines (blind31 as development material): each row of
a family that is now caught, and the everyday lines beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _covering_type(detector: Detector, line: str, part: str) -> str | None:
    """The type of the replaced span ``part`` lies inside (whatever its further extent)."""
    start = line.index(part)
    return next(
        (
            d.type
            for d in detector.detect(line)
            if d.action == "replace" and d.start <= start and start + len(part) <= d.end
        ),
        None,
    )


def _covered(detector: Detector, line: str, part: str) -> bool:
    return _covering_type(detector, line, part) is not None


# -- Organisations: the edges a layer left out -------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        (
            "en",
            "the woman from somerset health and care rang me back in the end",
            "somerset health and care",
        ),
        ("en", "she works for cumbria health and care trust now", "cumbria health and care trust"),
        ("en", "the arnside bay ramblers, that's my walking group", "arnside bay ramblers"),
        ("en", "My card came from the Tyrone and Fermanagh, years ago.", "Tyrone and Fermanagh"),
        (
            "nb",
            "etterpå kom eg til rus- og psykiatritenesta i vestre slidre, det hjelpte",
            "rus- og psykiatritenesta i vestre slidre",
        ),
        (
            "nb",
            "så havna jeg på akuttenheten ved gjøvik dps, i tre uker",
            "akuttenheten ved gjøvik dps",
        ),
    ],
)
def test_organisations_grow_over_their_edges(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _covering_type(detectors[lang], line, span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("They moved me to the Dr Gray Memorial for a week.", "Dr Gray Memorial"),
        ("they moved me to the dr gray memorial for a week", "dr gray memorial"),
        (
            "she's in the stroke unit at pewsey and district hospital now",
            "pewsey and district hospital",
        ),
        ("My uncle worked at Hinkley Point C, on the cranes.", "Hinkley Point C"),
        ("He did his training at Sizewell B, the power station.", "Sizewell B"),
        ("An Grianán, the theatre, gave me work.", "An Grianán"),
        ("An Cosán, the college, gave me a second chance.", "An Cosán"),
        ("The group meets at St Mary and All Saints on Fridays.", "St Mary and All Saints"),
        ("Catford Seventh-day Adventist took us in when we came.", "Catford Seventh-day Adventist"),
    ],
)
def test_titles_articles_and_unit_letters_are_part_of_the_name(
    detectors: dict[str, Detector], line: str, part: str
) -> None:
    assert _covered(detectors["en"], line, part)


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # English says "an" only before a vowel sound: the article stays a word
        ("An Oxford college offered him a place.", "An Oxford"),
        ("An MP came round the ward once.", "An MP"),
        # a capital letter that is a word or a grade stays out
        ("I worked at Tesco A lot of the time.", "Tesco A"),
        ("He went to Leeds General and I went home.", "Leeds General and I"),
        ("We drove round Leeds and district roads all day.", "Leeds and district roads"),
        # a place and health said as a topic is no trust
        ("We talked about Leeds health for an hour.", "Leeds health for"),
        # a person and a place after "the" are two names
        ("I saw the Mary and Leeds lot at the match.", "Mary and Leeds"),
    ],
)
def test_everyday_words_beside_an_organisation_stay_out(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert span not in _spans(detectors["en"], line)


def test_a_bare_service_word_before_a_place_is_no_name(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["nb"], "tjenesten i bodø var dårlig den vinteren")
    assert "tjenesten i bodø" not in found and found.get("bodø") == "LOCATION"


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Hun ble lagt inn på akuttposten Fyrlyset i fjor vinter.", "akuttposten Fyrlyset"),
        ("jeg var på hamar dps i to uker, på avdeling lauvhøgda.", "avdeling lauvhøgda"),
        ("Far jobba på Hydro Aluminiumverk i tjue år.", "Hydro Aluminiumverk"),
    ],
)
def test_a_flag_beside_an_organisation_is_part_of_its_name(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _covering_type(detectors["nb"], line, span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("jeg var på avdeling igjen etter en uke", "avdeling igjen"),
        ("Jeg handla på Kiwi Mandag morgen.", "Kiwi Mandag"),
    ],
)
def test_an_adverb_or_a_weekday_beside_an_organisation_stays_out(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


# -- Places: the region after a place, places said in parallel ---------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("nb", "Ho kjem frå Bahir Dar i Amhara, seier ho.", "Amhara"),
        ("en", "He grew up in Cochabamba in Quillacollo, near the river.", "Quillacollo"),
        ("nb", "eg er frå bodø, og far frå kvalnesvika", "kvalnesvika"),
    ],
)
def test_a_region_or_a_parallel_place_is_a_place(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "LOCATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "We were in Leeds in March for the wedding.", "March"),
        ("en", "She taught in Bradford in English and Urdu.", "English"),
        ("nb", "far er frå bodø, og mor frå byen", "byen"),
        ("nb", "han er fra molde, og hun fra før av", "før"),
    ],
)
def test_months_languages_and_everyday_words_after_a_place_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


# -- Persons: a Gaelic byname, a nickname said first in Nynorsk ---------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("en", "We all knew him as Calum a' Bhàta, he had the ferry.", "Calum a' Bhàta"),
        ("nb", "Snurren kalla me ho, ho snurra rundt heile dagen.", "Snurren"),
        ("nb", "Tøffen kallar dei han no, etter det som skjedde.", "Tøffen"),
    ],
)
def test_persons_are_found(detectors: dict[str, Detector], lang: str, line: str, span: str) -> None:
    assert _spans(detectors[lang], line).get(span) == "PERSON"


# -- Identifiers: Norwegian letter names ---------------------------------------------------------


def test_a_plate_spelled_with_the_norwegian_z(detectors: dict[str, Detector]) -> None:
    line = "naboen såg bilen, zett a fire fire to åtte sju, og ringte politiet"
    assert _spans(detectors["nb"], line).get("zett a fire fire to åtte sju") == "LICENSE_PLATE"


# -- Non-entities: demonyms, holidays, public figures -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "Her dad is Peruvian, from the coast.", "Peruvian"),
        ("en", "My neighbour's Montenegrin and she cooks for everyone.", "Montenegrin"),
        ("en", "The Swiss were very strict about it.", "Swiss"),
        ("en", "We watched the Hondurans play on Sunday.", "Hondurans"),
        ("nb", "Til Navruz bakar vi heile natta.", "Navruz"),
        ("nb", "Vi las Petter Dass på skulen.", "Petter Dass"),
        ("en", "He loved Fred Trueman more than his own brother.", "Fred Trueman"),
    ],
)
def test_peoples_holidays_and_public_figures_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


def test_a_country_whose_people_are_listed_is_still_a_place(
    detectors: dict[str, Detector],
) -> None:
    line = "Mannen min er fra Kambodsja, men vi møttes i Laos."
    assert _spans(detectors["nb"], line).get("Laos") == "LOCATION"


# -- Places said to be places, or placed by a town (described_places.py) -------------------


@pytest.mark.parametrize(
    ("lang", "line", "part"),
    [
        ("en", "We lived in Cheddar, near Wells, for a while.", "Cheddar"),
        ("en", "From Wool, yeah, the village, in Dorset, nobody believes me.", "Wool"),
        ("en", "Ugley Green, honest, it's a real hamlet, look it up.", "Ugley Green"),
        ("en", "Sandy Lane, it's the old village behind the mill.", "Sandy Lane"),
        ("en", "My nan was from Bere, not far from Dorchester.", "Bere"),
    ],
)
def test_a_word_said_to_be_a_place_or_placed_by_a_town_is_a_place(
    detectors: dict[str, Detector], lang: str, line: str, part: str
) -> None:
    assert _covering_type(detectors[lang], line, part) == "LOCATION"


@pytest.mark.parametrize(
    "line",
    [
        "Good Lord, it's a small town, everybody knows everybody.",
        "Yes Sir, it's a small town.",
        "Well Done, it's a tiny village, but we won the cup.",
    ],
)
def test_exclamations_before_a_small_town_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    found = _spans(detectors["en"], line)
    assert not any(kind == "LOCATION" for kind in found.values()), found


# -- Nicknames after a verb of calling on lower-case lines (cued_word_flags.py) --------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("we all call my brother biscuit, don't ask me why", "biscuit"),
        ("everyone calls my dad abu karim at the mosque", "abu karim"),
        ("back home they called me ah fong, here i'm just fiona", "ah fong"),
        ("we called him ti-jean because he was the youngest", "ti-jean"),
    ],
)
def test_a_nickname_after_a_verb_of_calling_is_a_person(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _covering_type(detectors["en"], line, span) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "they called me ah i don't know what",
        "i called my mum and she came straight over",
        "they called my brother in for questioning",
    ],
)
def test_calling_someone_is_no_nickname(detectors: dict[str, Detector], line: str) -> None:
    assert not any(kind == "PERSON" for kind in _spans(detectors["en"], line).values())


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("vi kalte ho bare snuppa, heile klassen gjorde det", "snuppa"),
        ("morfar vart kalla bjørn fordi han var så stor", "bjørn"),
    ],
)
def test_a_nickname_after_an_adverb_or_a_passive_naming_verb_is_shown(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    found = {d.text for d in detectors["nb"].detect(line)}
    assert word in found


def test_a_naming_verb_with_a_particle_names_no_one(detectors: dict[str, Detector]) -> None:
    line = "vi kalte han bare for å si hei"
    assert not any(kind == "PERSON" for kind in _spans(detectors["nb"], line).values())


# One table for the person slots of session 41 where a word is, or is not, the name: a word
# between a definite role and its verb, a family name someone was by birth, a word set off
# after an owned kinship word on a lower-case line.
@pytest.mark.parametrize(
    ("lang", "line", "word", "is_name"),
    [
        ("nb", "psykologen stor tok imot meg den dagen", "stor", True),
        ("nb", "sykepleieren lie kjørte meg heim", "lie", True),
        ("nb", "legen plutselig tok telefonen", "plutselig", False),
        ("nb", "læreren heldigvis sa ja til det", "heldigvis", False),
        ("en", "My mother was a Savage before she married, from Ardglass.", "Savage", True),
        ("en", "She was born a Moody, in Kilkeel.", "Moody", True),
        ("en", "My mother was a nurse before she married.", "nurse", False),
        ("en", "my mother, mei-ling, still works in the restaurant", "mei-ling", True),
        ("en", "my father, odhran, never talked about it", "odhran", True),
        ("en", "my sister, bless, she tried her best", "bless", False),
        ("en", "it was the same village as my mother, which, which was awkward", "which", False),
    ],
)
def test_a_word_in_a_person_slot_is_or_is_not_the_name(
    detectors: dict[str, Detector], lang: str, line: str, word: str, is_name: bool
) -> None:
    assert (_spans(detectors[lang], line).get(word) == "PERSON") is is_name


@pytest.mark.parametrize(
    ("lang", "line", "part"),
    [
        ("en", "We drove to Bourton on Water for the day.", "Bourton on Water"),
        ("nb", "Og så har eg ei tante, Solveig Nes, frå Bjørkedalen.", "Bjørkedalen"),
    ],
)
def test_a_town_named_by_its_river_and_a_compound_place_name(
    detectors: dict[str, Detector], lang: str, line: str, part: str
) -> None:
    assert _covering_type(detectors[lang], line, part) == "LOCATION"


@pytest.mark.parametrize(
    "line", ["I talked to Tom on Facebook.", "We were in Leeds on Saturday, all of us."]
)
def test_a_weekday_or_a_brand_after_on_is_no_river(
    detectors: dict[str, Detector], line: str
) -> None:
    found = _spans(detectors["en"], line)
    assert not any(" on " in span for span in found), found
