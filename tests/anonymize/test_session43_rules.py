"""Session 43's detector rules on invented lines (blind33 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.non_names import is_distractor
from anonkit.anonymize.wordlists import not_entities

# -- Irish place names and Mac an surnames ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span", "kind"),
    [
        (
            "She grew up in Baile na hAbhann, Irish was spoken at home.",
            "Baile na hAbhann",
            "LOCATION",
        ),
        ("I'm from Baile an Fheirtéaraigh, out west.", "Baile an Fheirtéaraigh", "LOCATION"),
        ("that's out the Béal an Mhuirthead side", "Béal an Mhuirthead", "LOCATION"),
        ("my cousin came down from an mhuiríoch to see me", "an mhuiríoch", "LOCATION"),
        ("we only spoke irish at home in an rinn, me nan said", "an rinn", "LOCATION"),
        ("we went out to inish ear on the ferry", "inish ear", "LOCATION"),
        ("we went over to inis meáin on the boat", "inis meáin", "LOCATION"),
        ("she went to na haille for the summer", "na haille", "LOCATION"),
        ("Her man, Beartla Mac an Iomaire, is a fisherman.", "Beartla Mac an Iomaire", "PERSON"),
    ],
)
def test_irish_place_names_and_surnames_are_one_span(
    detectors: dict[str, Detector], line: str, span: str, kind: str
) -> None:
    assert _spans(detectors["en"], line).get(span) == kind


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("we moved in an hour and you can't teach an old dog", ("an hour", "an old")),
        ("he was in an nhs hospital for a week", ("an nhs", "nhs")),
        ("we were out in an rnli boat", ("an rnli",)),
    ],
)
def test_english_an_phrases_are_no_irish_places(
    detectors: dict[str, Detector], line: str, words: tuple[str, ...]
) -> None:
    found = _spans(detectors["en"], line)
    assert not any(word in found for word in words)


# -- Institutions: parishes, centres, clubs, associations -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("en", "the people at St Brendan's parish were kind to us", "St Brendan's parish"),
        ("en", "we went to st munchin's parish on sundays", "st munchin's parish"),
        ("en", "Just that the Foyle Search and Rescue boys saved me.", "Foyle Search and Rescue"),
        ("en", "The kids go to the Townhill Boys and Girls Club.", "Townhill Boys and Girls Club"),
        ("en", "She goes to the Cregagh youth club.", "Cregagh youth club"),
        (
            "en",
            "sydenham seventh-day adventist, we was there from the start",
            "sydenham seventh-day adventist",
        ),
        ("en", "she was working at the lydd airport cafe at the time", "lydd airport"),
        (
            "nb",
            "om fredagene går jeg til bønn i lunde islamske forening",
            "lunde islamske forening",
        ),
        ("nb", "jeg er med i vestby muslimske forening", "vestby muslimske forening"),
    ],
)
def test_parishes_centres_clubs_and_associations(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "We went to the Catholic parish for help."),
        ("en", "we go to the local youth club on fridays"),
        ("en", "i'm a seventh-day adventist, always have been"),
        ("en", "we went to the airport at six"),
        ("nb", "han er med i den islamske forening"),
        ("nb", "vi går i den nye islamske forening"),
        ("nb", "jeg er med i en forening"),
    ],
)
def test_generic_institutions_stay_words(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert not any(t == "ORGANIZATION" for t in _spans(detectors[lang], line).values())


# -- People set off after their role -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "sjåføren, kveite, han kjørte oss til skolen i all slags vær", "kveite"),
        ("nb", "og legen min, sei, han sa nei", "sei"),
        ("en", "my wife, rain, she kept us going", "rain"),
    ],
)
def test_a_name_set_off_after_a_role_and_taken_up_by_a_pronoun(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "legen, ja, han sa nei", "ja"),
        ("en", "the nurse, well, she said no", "well"),
        ("nb", "hun jobber som assistent på skolen", "jobber"),
    ],
)
def test_discourse_words_and_verbs_are_no_names(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


def test_the_speakers_own_nickname_before_kalte_de_meg(detectors: dict[str, Detector]) -> None:
    assert (
        _spans(detectors["nb"], "sild kalte de meg på skolen fordi jeg var tynn").get("sild")
        == "PERSON"
    )


def test_nynorsk_infinitive_after_a_modal_is_no_place(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["nb"], "eg veit ikkje kva eg skal gjøra med meg sjølv")
    assert "gjøra" not in found


# -- Identifiers by any scheme's acronym -----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        (
            "nb",
            "og RUC-nummeret var fire tre åtte to ni en seks, bindestrek tre.",
            "fire tre åtte to ni en seks, bindestrek tre",
        ),
        (
            "nb",
            "og ruc-nummeret var fire tre åtte to ni en seks, bindestrek tre",
            "fire tre åtte to ni en seks, bindestrek tre",
        ),
        (
            "en",
            "my TFN number is one two three four five six seven eight two",
            "one two three four five six seven eight two",
        ),
    ],
)
def test_a_scheme_named_by_its_acronym_cues_an_id(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "the GP number is oh one two three four five six"),
        ("nb", "tlf-nummeret mitt er ni to tre fire fem seks sju åtte"),
    ],
)
def test_phone_acronyms_cue_no_id(detectors: dict[str, Detector], lang: str, line: str) -> None:
    assert "NATIONAL_ID" not in _spans(detectors[lang], line).values()


# -- Languages and peoples are no entities -------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "distractor"),
    [
        ("Bemba", True),
        ("Nyanja", True),
        ("Chichewa", True),
        ("Dinka", True),
        ("Luganda", True),
        ("Shona", False),  # a Scottish first name too: left to context
        ("Fon", False),  # a Thai nickname
        ("Moore", False),  # a surname
    ],
)
def test_languages_and_peoples(word: str, distractor: bool) -> None:
    assert is_distractor(word, not_entities("en")) is distractor


# -- Honorifics, institutions set off before their kind, nouns Ordbank calls adverbs ------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("the ward manager was a mrs. kindly, and she was strict", "kindly"),
        ("the pharmacist is a mr bean, honestly", "bean"),
        ("we went to mr little's shop", "little"),
        ("Miss Honey was my teacher", "Honey"),
    ],
)
def test_any_word_after_an_honorific_is_a_surname(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Mr Bean was on the telly and I laughed", "Bean"),
        ("Mrs Brown's Boys was on last night", "Brown"),
        ("i miss home so much", "home"),
        ("still waiting for mr right", "right"),
    ],
)
def test_programmes_idioms_and_the_verb_miss_are_no_surnames(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        (
            "en",
            "i'm on the books of harbour lights care, the agency, i do visits",
            "harbour lights care",
        ),
        ("nb", "jeg hadde en kontaktperson på utsyn, det er et dagsenter, han var grei", "utsyn"),
        ("en", "we go to st peter and st paul, the latvian service", "st peter and st paul"),
        ("en", "i volunteer at the perrygrove railway two days a week", "perrygrove railway"),
    ],
)
def test_institutions_named_before_their_kind(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "i went to work, the factory, every day"),
        ("nb", "vi var på huset, det er et dagsenter"),
        ("en", "well, the centre, they were good to me"),
    ],
)
def test_everyday_places_before_their_kind_stay_words(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert "ORGANIZATION" not in _spans(detectors[lang], line).values()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("han rav fra tennes var også med i gruppa", "rav"),
        ("bestevennen min kalles tott, fordi han hadde en hårtott", "tott"),
    ],
)
def test_nouns_ordbank_also_calls_adverbs_can_be_names(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["nb"], line).get(name) == "PERSON"


@pytest.mark.parametrize("line", ["han kanskje kom i går", "ho alltid sa det"])
def test_true_adverbs_after_a_pronoun_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "PERSON" not in _spans(detectors["nb"], line).values()


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "visste faren din, tika ram, om det?", "tika ram"),
        ("nb", "ja, inuuteq kleist, en fetter, han bor i narsaq", "inuuteq kleist"),
        ("nb", "og så ein gamal kar i bygda, hågen fjærestad, som har vore der", "hågen fjærestad"),
        ("en", "there was this lad from hull, baz, who never spoke", "baz"),
        ("nb", "det var turer opp utladalen til vetti, fire timer hver vei", "utladalen"),
    ],
)
def test_names_set_off_beside_a_relative_or_a_person_noun(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert name in _spans(detectors[lang], line) or name in _flags(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "vi snakka med legen min, altså, om det"),
        ("nb", "det var en mann, altså, som kom"),
        ("en", "i told my dad, like, all of it"),
        ("en", "a woman, well, she said no"),
    ],
)
def test_discourse_words_set_off_are_no_names(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert "PERSON" not in _spans(detectors[lang], line).values()


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("my daughter goes to cross and passion now, she's doing grand", "cross and passion"),
        ("my eldest went to oakfield, it was rough", "oakfield"),
    ],
)
def test_where_a_child_goes_is_a_school(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _spans(detectors["en"], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "my son goes to bed at eight",
        "my daughter goes to school now",
        "my son goes to the local school",
        "my daughter went to hospital",
    ],
)
def test_everyday_places_a_child_goes_stay_words(detectors: dict[str, Detector], line: str) -> None:
    assert "ORGANIZATION" not in _spans(detectors["en"], line).values()


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("nb", "jeg spilte fotball i eiker kvikk en stund", "eiker kvikk"),
        ("nb", "jeg gikk med i fonnås turlag, og det var fint", "fonnås turlag"),
        ("en", "he played rugby for kelso harlequins when he was young", "kelso harlequins"),
    ],
)
def test_clubs_by_their_name_word(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [("nb", "han er så kvikk i hodet"), ("en", "we watched the tigers at the zoo")],
)
def test_club_words_alone_stay_words(detectors: dict[str, Detector], lang: str, line: str) -> None:
    assert "ORGANIZATION" not in _spans(detectors[lang], line).values()


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("I'm from Kpalimé, under Mount Agou, in the hills.", "Mount Agou"),
        ("we went fishing on lough derg every summer", "lough derg"),
        ("we used to walk up to Cape Clear", "Cape Clear"),
    ],
)
def test_a_landform_word_and_its_name_are_one_place(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _spans(detectors["en"], line).get(span) == "LOCATION"


def test_the_verb_mount_is_no_place(detectors: dict[str, Detector]) -> None:
    assert not _spans(detectors["en"], "i want to mount the picture on the wall")


@pytest.mark.parametrize(("word", "distractor"), [("Novruz", True), ("Matariki", True)])
def test_new_year_festivals(word: str, distractor: bool) -> None:
    assert is_distractor(word, not_entities("en")) is distractor


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("ja, s l fem fire åtte null fire, det husker jeg godt.", "s l fem fire åtte null fire"),
        ("jeg skrev ned h j femtiseks åtte femtitre på en lapp.", "h j femtiseks åtte femtitre"),
    ],
)
def test_a_norwegian_plate_spelled_in_lower_case_without_a_cue(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _spans(detectors["nb"], line).get(span) == "LICENSE_PLATE"


@pytest.mark.parametrize(
    "line", ["det var i tjue tolv, tror jeg", "vi var e to hundre og femti der", "a b tre fire"]
)
def test_one_letter_words_and_short_numbers_are_no_plates(
    detectors: dict[str, Detector], line: str
) -> None:
    assert "LICENSE_PLATE" not in _spans(detectors["nb"], line).values()


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("eg er på lageret hos brødrene sunde, har vore der i seks år", "brødrene sunde"),
        ("Eg er på lageret hos Brødrene Sunde, har vore der i seks år.", "Brødrene Sunde"),
    ],
)
def test_a_firm_named_the_brothers_and_a_surname(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _spans(detectors["nb"], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize("line", ["brødrene mine er snille", "brødrene sloss hele tida"])
def test_a_relatives_brothers_are_no_firm(detectors: dict[str, Detector], line: str) -> None:
    assert "ORGANIZATION" not in _spans(detectors["nb"], line).values()
