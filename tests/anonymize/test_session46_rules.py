"""Session 46's detector rules on invented lines (blind36 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _replaced(detector: Detector, line: str) -> set[str]:
    return {d.text for d in detector.detect(line) if d.action == "replace"}


# -- A name set off by its role ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        # the role, the name set off, the clause's verb
        ("nb", "sosionomen, rogn, ordna med papira for meg", "rogn"),
        ("nb", "psykologen, lind, sa at eg måtte kvile", "lind"),
        # a relative clause about the role before the name
        ("nb", "legen som hadde nattevakt, furu, han lytta ikkje", "furu"),
        ("en", "the nurse who came at night, wren, she sat with me", "wren"),
        # a dialect pronoun and the name set off before the role
        ("nb", "ho lerke, sjukepleiaren på dagtid, var den einaste eg stolte på", "lerke"),
        # the Irish "himself" for the husband, a two-word name, "he'd"
        ("en", "himself, donal tierney, he'd be out at the bog all day", "donal tierney"),
    ],
)
def test_a_name_set_off_by_its_role(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "legen, altså, sa ingenting", "altså"),  # a discourse word
        ("nb", "sjåføren, heldigvis, kom tidleg", "heldigvis"),  # an adverb
        ("en", "the doctor, sadly, died in june", "sadly"),
        ("en", "the nurse, bless her, she was lovely", "bless"),
    ],
)
def test_words_set_off_by_a_role_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _replaced(detectors[lang], line)


def test_himself_before_a_name_is_no_flag(detectors: dict[str, Detector]) -> None:
    line = "himself, donal tierney, he'd be out at the bog all day"
    assert "himself" not in _flags(detectors["en"], line)


# -- The relative first, the name after the copula, a pronoun taking it up ----------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "my youngest is harmony, she's six, she loves the school", "harmony"),
        ("en", "my eldest is kaelan, he's at college now", "kaelan"),
        ("nb", "dottera mi er ngozika, ho går i tredje klasse", "ngozika"),
        ("nb", "den yngste er tamirat, han er berre fire", "tamirat"),
    ],
)
def test_a_childs_name_after_the_relative_and_copula(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "my son is autistic, he's twelve", "autistic"),  # an adjective
        ("en", "my eldest is married, she's in leeds", "married"),  # a participle
        ("en", "my son is twelve, he's at school", "twelve"),  # a number
        ("nb", "sønnen min er lærar, han bur i byen", "lærar"),  # a bare profession
        ("nb", "dottera mi er heime, ho er sjuk", "heime"),
    ],
)
def test_descriptions_after_the_relative_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _replaced(detectors[lang], line)
    assert word not in _flags(detectors[lang], line)


def test_an_everyday_word_there_is_shown_unless_an_age_follows(
    detectors: dict[str, Detector],
) -> None:
    assert "trouble" in _flags(detectors["en"], "my daughter is trouble, she is")
    assert "trouble" not in _replaced(detectors["en"], "my daughter is trouble, she is")
    assert _spans(detectors["en"], "my youngest is willow, she's seven").get("willow") == "PERSON"


# -- Nynorsk naming, and the short form of the speaker's own name --------------------------------


def test_nynorsk_kallar_and_the_end_of_the_speakers_name(detectors: dict[str, Detector]) -> None:
    line = "eg heiter sokhom keo, men på jobben kallar dei meg berre hom, haha"
    assert _spans(detectors["nb"], line).get("hom") == "PERSON"


def test_an_everyday_word_the_speaker_is_called_stays_a_word_without_that_name(
    detectors: dict[str, Detector],
) -> None:
    assert "dum" not in _replaced(detectors["nb"], "dei kallar meg dum")


# -- What a person has always been, opening a clause after a comma (Norwegian) -------------------


@pytest.mark.parametrize(
    "line",
    [
        "ho driv butikken på kaia, tuva har alltid vore flink med folk",
        "lyng har alltid vore snill mot meg",
    ],
)
def test_what_a_person_has_always_been(detectors: dict[str, Detector], line: str) -> None:
    name = "tuva" if "tuva" in line else "lyng"
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("mat har alltid vore viktig", "mat"),  # not a person's adjective
        ("vi gikk ut, regn begynte å falle", "regn"),  # a verb things do, after a comma
    ],
)
def test_things_that_have_been_stay_words(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _replaced(detectors["nb"], line)


# -- Places and organisations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Haugland marka, der bur svigerforeldra mine", "Haugland marka"),
        ("vi gjekk over Sandvik heia heile dagen", "Sandvik heia"),
    ],
)
def test_a_landform_noun_after_a_name_is_one_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


def test_estate_ends_a_lower_case_place(detectors: dict[str, Detector]) -> None:
    line = "we were on the ardmore estate for years, top floor"
    assert _spans(detectors["en"], line).get("ardmore estate") == "LOCATION"


def test_a_first_name_before_a_landform_word_stays_a_person(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["nb"], "Kari skogen er fin").get("Kari") == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "org"),
    [
        ("nb", "så vart eg tilvist til rvts vest, til ei gruppe", "rvts vest"),
        ("nb", "eg var med i Hafslo sanitetslag i mange år", "Hafslo sanitetslag"),
        ("nb", "mor jobba på fjærland gardsysteri om sommaren", "fjærland gardsysteri"),
        ("en", "i help out at the skerray men's shed on a tuesday", "skerray men's shed"),
        ("en", "he drove for glenelg valley contractors for years", "glenelg valley contractors"),
        ("en", "she gave tours at the bunnahabhain distillery", "bunnahabhain distillery"),
        ("en", "the lerwick port authority took him on", "lerwick port authority"),
        ("nb", "han er ingeniør i kverneland engineering no", "kverneland engineering"),
    ],
)
def test_organisations_by_their_kind(
    detectors: dict[str, Detector], lang: str, line: str, org: str
) -> None:
    assert _spans(detectors[lang], line).get(org) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "we lived on the council estate",
        "we grew up on a housing estate",
        "the local authority never rang back",
        "we rang the housing authority",
    ],
)
def test_estates_and_authorities_named_by_everyday_words_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not _replaced(detectors["en"], line)


def test_a_spoken_street_set_off_before_its_town_is_an_address(
    detectors: dict[str, Detector],
) -> None:
    line = "nineteen chapel view, pendeen, the house at the end"
    assert _spans(detectors["en"], line).get("nineteen chapel view, pendeen") == "ADDRESS"


def test_rooms_before_a_town_are_no_address(detectors: dict[str, Detector]) -> None:
    found = detectors["en"].detect("we had two big rooms, leeds was cheap then")
    assert all(d.type != "ADDRESS" for d in found)


def test_a_welsh_patronymic_joins_a_capitalized_unknown_name(
    detectors: dict[str, Detector],
) -> None:
    line = "Gethin ap Ieuan from Llanrug ran the walking group."
    assert _spans(detectors["en"], line).get("Gethin ap Ieuan") == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Everybody mixes them up, even the Home Office.", "Home Office"),
        ("She never talked about the Khmer Rouge time.", "Khmer Rouge"),
    ],
)
def test_national_bodies_and_regimes_are_no_ones(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert not any(word in text for text in _replaced(detectors["en"], line))


@pytest.mark.parametrize(
    ("line", "org"),
    [
        # the truecaser gives the line's first words capitals; the line was lower case
        ("an crannóg, the arts centre, took me on as a volunteer", "an crannóg"),
        ("he was an electrician at torness b, the power station, for years", "torness b"),
    ],
)
def test_a_name_set_off_before_its_kind_on_a_lower_case_line(
    detectors: dict[str, Detector], line: str, org: str
) -> None:
    assert _spans(detectors["en"], line).get(org) == "ORGANIZATION"


def test_a_station_said_twice_is_no_name(detectors: dict[str, Detector]) -> None:
    assert not _replaced(detectors["en"], "we went to the station, the train station, early")
