"""Session 44's detector rules on invented lines (blind34 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector

# -- Names given by a verb of calling, a real name and a nickname -------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a listed first name that is also a particle, capitalised inside the sentence or
        # closing the clause after "kalla han (berre)"
        ("Vi kalla han berre Jo, det var enklast.", "Jo"),
        ("vi kalla han berre jo, for det sa han sjølv", "jo"),
        ("Alle kalte henne Jo på skolen.", "Jo"),
        # the nickname everyone says after the real name
        ("ho heiter eigentleg randi moen, men alle har alltid sagt tussa", "tussa"),
        ("han heter egentlig Per Ås, men vi har bare sagt knerten", "knerten"),
        # two nicknames before the plural
        ("bassen og tullik var kallenavnene til brødrene", "tullik"),
    ],
)
def test_names_given_by_calling(detectors: dict[str, Detector], line: str, name: str) -> None:
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Jo, det var vel sånn det var.", "Jo"),  # the answer word at a sentence start
        ("Jo da, det gikk greitt.", "Jo"),
        ("vi kalte han jo det, den gangen", "jo"),  # a particle inside the clause
        ("alle har alltid sagt nei til det", "nei"),
        ("det var eigentleg greitt", "greitt"),  # a Nynorsk word, no name
        ("det var eigentleg greitt", "eigentleg"),
    ],
)
def test_answer_words_and_particles_stay_words(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    found = detectors["nb"].detect(line)
    assert word not in {d.text for d in found}


def test_the_real_name_keeps_the_adverb_out(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["nb"], "ho heiter eigentleg sølvi brattbakk, men alle sa noko anna")
    assert "sølvi brattbakk" in found
    assert not any("eigentleg" in span for span in found)


# -- Persons set off after a relative clause; owners of relatives; clefts -----------------------


@pytest.mark.parametrize(
    ("lang", "line", "name", "action"),
    [
        ("nb", "han som satt ved vinduet på gruppa, torleiv, sa aldri noko", "torleiv", "replace"),
        ("nb", "han som budde i kjelleren, mort, sa nesten ingenting", "mort", "flag"),
        ("en", "the guy who ran the group, weasel, was lovely to me", "weasel", "flag"),
        ("nb", "det var bare med lyng sin gudmor at eg snakka", "lyng", "replace"),
        ("nb", "det var juni som hadde nattevakt den vinteren", "juni", "replace"),
    ],
)
def test_persons_named_by_their_slot(
    detectors: dict[str, Detector], lang: str, line: str, name: str, action: str
) -> None:
    if action == "replace":
        assert _spans(detectors[lang], line).get(name) == "PERSON"
    else:
        assert name in _flags(detectors[lang], line)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("han som kom inn, stakkar, sa ingenting", "stakkar"),
        ("det var huset sin eier som ringte", "huset"),  # a thing's own: the definite form
        ("det var nav som hjalp meg til slutt", "nav"),  # a non-entity in the cleft
        ("det var mandag som var verst", "mandag"),
    ],
)
def test_descriptions_things_and_services_stay_words(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    found = detectors["nb"].detect(line)
    assert word not in {d.text for d in found}


# -- Places split by ASR, institutions before and after their kind -----------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span", "kind"),
    [
        ("nb", "Onkel bur i Sørvik botten, heilt innerst.", "Sørvik botten", "LOCATION"),
        ("nb", "Vi hadde naust ved Hamar fjorden då eg var lita.", "Hamar fjorden", "LOCATION"),
        ("nb", "Han jobbar på Kollsnes gassanlegg no.", "Kollsnes gassanlegg", "ORGANIZATION"),
        ("nb", "Eg var på Sture oljeterminal i tre år.", "Sture oljeterminal", "ORGANIZATION"),
        (
            "nb",
            "Tornedalsk kultursenter hadde kurs i duodji.",
            "Tornedalsk kultursenter",
            "ORGANIZATION",
        ),
        ("en", "We pray at Masjid an-Nur most Fridays.", "Masjid an-Nur", "ORGANIZATION"),
        ("en", "we go to masjid al-falah on fridays", "masjid al-falah", "ORGANIZATION"),
        (
            "en",
            "it ran out of the hendon centre for wellbeing, upstairs",
            "hendon centre for wellbeing",
            "ORGANIZATION",
        ),
        (
            "en",
            "i go every week to the east ham care centre, the men's group",
            "east ham care centre",
            "ORGANIZATION",
        ),
    ],
)
def test_places_and_institutions_are_one_span(
    detectors: dict[str, Detector], lang: str, line: str, span: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == kind


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Samisk skole er viktig for oss.", "Samisk skole"),  # a listed adjective
        ("nb", "det var eit stort anlegg", "anlegg"),
        ("en", "the masjid was full on eid", "masjid"),
        ("en", "we went to the leeds centre for the day", "leeds centre for the day"),
    ],
)
def test_generic_kinds_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


# -- Addresses: tenement flats, districts and codes ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "the address was 1/3, 41 kelvin gardens, partick, g11 5ab, top floor",
            "1/3, 41 kelvin gardens, partick, g11 5ab",
        ),
        (
            "Send it to 7 Fore Row, Lower Town, TR21 0PT, please.",
            "7 Fore Row, Lower Town, TR21 0PT",
        ),
        (
            "She lives at 3 Cnoc Bhaile Road, Knocknaheeny, Cork T23 X2Y4 now.",
            "3 Cnoc Bhaile Road, Knocknaheeny, Cork T23 X2Y4",
        ),
        ("at 9 mill row, st ives, tr26 1ab, if you need it", "9 mill row, st ives, tr26 1ab"),
    ],
)
def test_addresses_take_their_districts_and_codes(
    detectors: dict[str, Detector], line: str, address: str
) -> None:
    assert _spans(detectors["en"], line).get(address) == "ADDRESS"


@pytest.mark.parametrize(
    "line",
    [
        "we had 2 dogs and a view of the sea",
        "she was 5 in that walk photo",
        "I was 12, and 4 of us",
    ],
)
def test_numbers_before_street_words_are_no_address(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "ADDRESS" not in _spans(detectors["en"], line).values()


# -- Identifiers: a one-letter scheme, a post box and its postcode -------------------------------


@pytest.mark.parametrize(
    ("line", "span", "kind"),
    [
        ("Då eg hadde båt på Suðuroy, var V-talet 604 117, trur eg.", "604 117", "NATIONAL_ID"),
        (
            "Postadressa er postboks tolv, fire fem ni null Lauvstad.",
            "fire fem ni null Lauvstad",
            "ADDRESS",
        ),
    ],
)
def test_cued_identifiers_and_post_boxes(
    detectors: dict[str, Detector], line: str, span: str, kind: str
) -> None:
    assert _spans(detectors["nb"], line).get(span) == kind


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("ho jobba i sparebanken vest i mange år", "sparebanken vest"),
        ("ein gammal kar som alle kalla knotten, han budde oppi lia", "knotten"),
    ],
)
def test_banks_and_names_given_in_a_relative_clause(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert span in _spans(detectors["nb"], line)


# -- Words that are no one: spoken languages, peoples, kinship -----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "at home we speak karen, i speak english at work", "karen"),
        ("en", "We spoke Sureth together at my grandfather's.", "Sureth"),
        ("nb", "ho snakkar arabisk, fransk og sara, men lite norsk", "sara"),
        ("en", "My family is Crimean Tatar, from the coast.", "Crimean"),
        ("nb", "Naboen min er karensk, han var lærar i leiren.", "karensk"),
        ("nb", "dei to jentene i klassen er også ezidi", "ezidi"),
        ("nb", "Vi ber til Melek Taus om onsdagen.", "Melek Taus"),
        ("en", "and opa never said a word about feelings", "opa"),
        ("nb", "det var einsamt der ute om vinteren", "einsamt"),
    ],
)
def test_languages_peoples_and_kinship_are_no_one(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "I spoke to Karen yesterday about it.", "Karen"),  # one speaks to a person
        ("en", "we speak Karen's language at home", "Karen"),
        ("nb", "i går snakka Kari med meg om det", "Kari"),  # the subject after the verb
    ],
)
def test_people_beside_a_verb_of_speaking_stay_names(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a farm surname Ordbank also lists as a rare verb form, after a first name
        ("æ e torstein ranes, fødd på garden der", "torstein ranes"),
        ("der sitter blant annet halvor dragset fra velforeninga", "halvor dragset"),
        # a pronoun, a noun that is also an imperative, a place and a verb
        ("ho pil på skulen, ho var den einaste som brydde seg", "pil"),
    ],
)
def test_farm_surnames_and_pronoun_slots(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


def test_a_verb_of_going_after_a_pronoun_stays_a_verb(detectors: dict[str, Detector]) -> None:
    found = detectors["nb"].detect("han visste ikkje kor det låg, han kom fra byen, sa han")
    assert "kom" not in {d.text for d in found}


# -- Units one is admitted to; places the speaker declares ----------------------------------------


@pytest.mark.parametrize(
    ("line", "span", "action"),
    [
        ("i was admitted to edith cavell house in the end, twice", "edith cavell house", "replace"),
        ("i was admitted into hazelwood house after the overdose", "hazelwood house", "replace"),
        ("then i was sectioned in ferndown lodge for six weeks", "ferndown lodge", "replace"),
        ("i was admitted to cross keys, twice", "cross keys", "flag"),
    ],
)
def test_units_one_is_admitted_to(
    detectors: dict[str, Detector], line: str, span: str, action: str
) -> None:
    if action == "replace":
        assert _spans(detectors["en"], line).get(span) == "ORGANIZATION"
    else:
        assert span in _flags(detectors["en"], line)


@pytest.mark.parametrize(
    "line",
    [
        "i was admitted to hospital after that",
        "they admitted me to the acute unit in the end",
        "he was transferred to the psychiatric ward, twice",
    ],
)
def test_generic_units_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert not any(d.type == "ORGANIZATION" for d in detectors["en"].detect(line))


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("cat's ear is a village, honest, not a plant", "cat's ear"),
        ("i grew up in good easter, it's a real place, look it up", "good easter"),
        ("market weighton is a small town out east", "market weighton"),
    ],
)
def test_places_the_speaker_declares(detectors: dict[str, Detector], line: str, span: str) -> None:
    assert _spans(detectors["en"], line).get(span) == "LOCATION"


@pytest.mark.parametrize(
    "line", ["the next one is a village", "it is a small town", "and then it was a real town"]
)
def test_no_place_is_declared_without_a_name(detectors: dict[str, Detector], line: str) -> None:
    assert "LOCATION" not in _spans(detectors["en"], line).values()


def test_a_norwegian_place_named_by_its_kind(detectors: dict[str, Detector]) -> None:
    line = "holten heiter plassen, innerst i dalen, og der har ho ei lita stue"
    assert _spans(detectors["nb"], line).get("holten") == "LOCATION"
    surname = "Sjefen min het Plassen, Odd-Arne Plassen, og han var grei."
    assert "LOCATION" not in _spans(detectors["nb"], surname).values()


@pytest.mark.parametrize(
    ("lang", "line", "name", "action"),
    [
        ("nb", "fornavnet er s ó l r ú n, med aksent over o", "s ó l r ú n", "replace"),
        ("nb", "hu kråke, som vi kalte'a, hu var nattevakt", "kråke", "replace"),
        ("nb", "og gamle kvernstein, han som eide butikken, kom innom", "kvernstein", "flag"),
        ("en", "and old ferret, he who ran the shop, came round", "ferret", "flag"),
    ],
)
def test_spelled_accents_and_names_set_off_before_who(
    detectors: dict[str, Detector], lang: str, line: str, name: str, action: str
) -> None:
    if action == "replace":
        assert _spans(detectors[lang], line).get(name) == "PERSON"
    else:
        assert name in _flags(detectors[lang], line)


def test_a_definite_noun_before_who_stays_a_word(detectors: dict[str, Detector]) -> None:
    found = detectors["nb"].detect("naboen, han som bodde oppe, kom ned til oss")
    assert "naboen" not in {d.text for d in found}


@pytest.mark.parametrize(
    ("lang", "line", "span", "action"),
    [
        ("en", "my grandson plays for annan 2008, the under-tens", "annan 2008", "replace"),
        ("nb", "no bur eg på lisleby verk igjen, i det gamle huset", "lisleby verk", "any"),
    ],
)
def test_club_years_and_works_towns(
    detectors: dict[str, Detector], lang: str, line: str, span: str, action: str
) -> None:
    found = {d.text: d.action for d in detectors[lang].detect(line)}
    assert span in found
    if action == "replace":
        assert found[span] == "replace"


def test_a_year_after_a_town_is_no_club_without_a_team(detectors: dict[str, Detector]) -> None:
    assert "Gretna 2008" not in _spans(detectors["en"], "we moved to Gretna 2008 was the year")


def test_a_lower_case_alias_of_a_replaced_name_is_that_name(detectors: dict[str, Detector]) -> None:
    line = "eh, tussi, altså nils-petter, han kom alltid på besøk"
    assert _spans(detectors["nb"], line).get("tussi") == "PERSON"
    described = "han var snill, altså petter"
    assert "snill" not in _spans(detectors["nb"], described)


@pytest.mark.parametrize(
    ("lang", "line", "span", "kind"),
    [
        ("nb", "jeg var innlagt på nordre omsorg i tre uker", "nordre omsorg", "ORGANIZATION"),
        ("nb", "vi bur på nedre kvern no, ved elva", "nedre kvern", "LOCATION"),
        ("en", "i was admitted to upper recovery for a week", "upper recovery", "ORGANIZATION"),
    ],
)
def test_names_opened_by_a_direction(
    detectors: dict[str, Detector], lang: str, line: str, span: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == kind


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("nb", "det gjorde vondt i nedre del av magen", "nedre del"),
        ("en", "i was admitted to the north wing for a week", "north wing"),
    ],
)
def test_parts_opened_by_a_direction_are_no_names(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert span not in _spans(detectors[lang], line)
