"""Session 37's detector rules on invented lines (blind27 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import flags as _flags
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector
from anonkit.anonymize.place_sounds import place_sounding_like, sound_key

# -- a split place name that sounds like a listed place --------------------------------------


@pytest.mark.parametrize(
    ("halves", "place"),
    [
        ("mork um", "morecambe"),
        ("woola comb", "woolacombe"),
        ("pull helly", "pwllheli"),
        ("ilfra coom", "ilfracombe"),
    ],
)
def test_halves_that_sound_like_a_listed_place_name_it(halves: str, place: str) -> None:
    assert place_sounding_like(halves) == place


@pytest.mark.parametrize("words", ["the end", "big house", "try it", "mork"])
def test_everyday_pairs_and_short_words_sound_like_no_place(words: str) -> None:
    assert place_sounding_like(words) is None


def test_the_sound_key_folds_what_asr_spells_differently() -> None:
    assert sound_key("morkum") == sound_key("morecambe")
    assert sound_key("helly") == sound_key("heli")
    assert sound_key("comb") == sound_key("coombe")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("I grew up at the top end of Mork um, near the golf course.", "Mork um"),
        ("every summer we'd go in the caravan to pull helly", "pull helly"),
        ("Mum moved down to Ilfra coombe and then Woola comb, for the surfing.", "Woola comb"),
        ("my nan had a flat in mork um by the front", "mork um"),
    ],
)
def test_a_pair_that_sounds_like_a_place_after_a_preposition_is_that_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["en"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("wanted to try ect, and i said no", "try ect"),
        ("she used to leave rice and curry on my step", "leave rice"),
        ("nobody was in till monday", "till monday"),
        ("dougal gave me a wee patch of my own and i grew tatties", "grew tatties"),
        ("the port of mayo sent me a letter about it.", "mayo sent"),
        ("and then went home and slept", "went home"),
    ],
)
def test_everyday_pairs_after_a_preposition_stay_words(
    detectors: dict[str, Detector], line: str, words: str
) -> None:
    assert words not in _spans(detectors["en"], line)
    assert words not in _flags(detectors["en"], line)


def test_two_everyday_words_that_sound_like_a_place_are_only_flagged(
    detectors: dict[str, Detector],
) -> None:
    line = "i'm from hear wine, up the valley"
    assert "hear wine" in _flags(detectors["en"], line)
    assert "hear wine" not in _spans(detectors["en"], line)


def test_norwegian_pairs_are_not_read_by_english_sounds(detectors: dict[str, Detector]) -> None:
    line = "han drakk mye etter at kona dro."
    assert _spans(detectors["nb"], line) == {}


# -- Norwegian place nouns that end a split place name ---------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ja, vi bodde på sølen stua et år, og så flytta vi", "sølen stua"),
        ("Vi hadde hytte på Brekke gården i mange år.", "Brekke gården"),
        ("Han var fra Kvalsund hamn, ute ved havet.", "Kvalsund hamn"),
        ("Vi rodde ut til Mølle vær om sommeren.", "Mølle vær"),
    ],
)
def test_a_word_and_a_norwegian_place_noun_after_a_preposition_are_one_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("vi bodde i hele gården den sommeren", "hele gården"),
        ("jeg var på samme plassen igjen", "samme plassen"),
        ("vi gikk ut i marka og så fossen", "i marka"),
    ],
)
def test_everyday_norwegian_noun_phrases_stay_words(
    detectors: dict[str, Detector], line: str, words: str
) -> None:
    assert not any(words in span for span in _spans(detectors["nb"], line))


# -- an English lower-case subject that speaks, rings or visits ------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("thistlewood said i had to sign the form.", "thistlewood"),
        ("saffron rang me, she'd seen it on facebook.", "saffron"),
        ("meadow came round with a lasagne the day i got out.", "meadow"),
        ("brook looked after my dog while i was in.", "brook"),
        ("echo said i should write it all down.", "echo"),
    ],
)
def test_a_lower_case_subject_that_speaks_or_visits_is_replaced(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("music helped me a lot", "music"),
        ("the letter said i had to go", "letter"),
        ("google said it was fine", "google"),
        ("work rang me about the shifts", "work"),
        ("but everybody at church just says veronique.", "church"),
    ],
)
def test_things_that_help_or_say_are_not_replaced_as_people(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


# -- a nickname the sentence says someone is called ------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("sugars, the young ones call her, cause she always has sweets", "sugars"),
        ("Biscuit, the lads called him, for obvious reasons.", "Biscuit"),
        ("the lassie next door, we cry her puffin, because she's wee", "puffin"),
        ("everybody just calls her jeannie, or jm if you're being cheeky", "jm"),
        ("We just call him Bosco, or JB for the young ones.", "JB"),
        ("my best mate in the unit was cookie, real name cornelius", "cookie"),
        ("my little brother tug, well, his real name's reginald", "tug"),
    ],
)
def test_a_nickname_the_sentence_names_is_replaced(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("his real name, everyone just called him the gaffer", "name"),
        ("Digger, he's my mate from the allotment, real name Archie Tweddle.", "allotment"),
        ("the baby cried, we cried her to sleep", "to"),
        ("my brother, real name ahmed, is older", "brother"),
        ("we call him, or text him, every sunday", "text"),
    ],
)
def test_calling_clauses_without_a_nickname_take_no_word(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


# -- irregular demonyms, languages and services of worship are no names ----------------------


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("My mum's Mauritian and my dad's Guyanese, so at home it's Kreol.", "Guyanese"),
        ("My mum's Mauritian and my dad's Guyanese, so at home it's Kreol.", "Mauritian"),
        ("Shahnoza from the Uzbek women's group brought me plov.", "Uzbek"),
        ("There was a nurse, Pedrinho Varela, he's Cape Verdean.", "Cape Verdean"),
        ("That's aunt in Maltese, and she lit candles for me at Mass.", "Maltese"),
        ("That's aunt in Maltese, and she lit candles for me at Mass.", "Mass"),
        ("My neighbour is Lebanese, she makes the best tabbouleh.", "Lebanese"),
    ],
)
def test_group_words_and_services_are_not_replaced(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


@pytest.mark.parametrize(
    ("lang", "line", "place"),
    [
        ("nb", "Mannen min er fra Kambodsja, men vi møttes i Laos.", "Laos"),
        ("en", "I moved to Malta, then Mauritius.", "Mauritius"),
        ("en", "We went back to Lebanon every summer.", "Lebanon"),
    ],
)
def test_the_countries_themselves_are_still_places(
    detectors: dict[str, Detector], lang: str, line: str, place: str
) -> None:
    assert _spans(detectors[lang], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Every Tom, Dick and Harry on that estate knew I'd been sectioned.", "Tom"),
        ("My dad's a doubting Thomas about all of this.", "Thomas"),
        ("It was a proper Jekyll and Hyde thing with my dad when he drank.", "Jekyll and Hyde"),
        ("I read a lot of Thomas Hardy on the ward.", "Thomas Hardy"),
    ],
)
def test_sayings_and_authors_name_no_one(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


def test_the_same_first_names_outside_the_saying_are_names(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["en"], "My brothers Tom, Dick and Harry came to visit.")
    assert {"Tom", "Dick", "Harry"} <= set(spans)


# -- English words that only look like a name's genitive, and calling clauses that go on ----


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("This is the second interview.", "This"),
        ("Right, we're back on. This is the third time.", "This"),
        ("the other weans called us tinks and i battered one of them", "us"),
        ("my mum called him when she visited, the proper way.", "when"),
    ],
)
def test_everyday_words_are_no_names_genitive_nor_what_someone_is_called(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["en"], line)


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "Pers kone ringte meg dagen etter.", "Pers"),
        ("en", "we called him bongo, and he loved it", "bongo"),
    ],
)
def test_real_genitives_and_nicknames_stay_names(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


# -- spoken and written numbers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "number", "kind"),
    [
        (
            "nb",
            "Nummeret mitt er ni sju åtte, førtito, hundre og femtiseks.",
            "ni sju åtte, førtito, hundre og femtiseks",
            "PHONE",
        ),
        ("nb", "Postnummeret der oppe er 9713, hvis du trenger det.", "9713", "ADDRESS"),
        ("nb", "postnummeret der hjemme er ni sju en tre", "ni sju en tre", "ADDRESS"),
        (
            "en",
            "Or you can try my sister's landline in Prestwick, that's 01632 960584.",
            "01632 960584",
            "PHONE",
        ),
    ],
)
def test_numbers_said_in_these_ways_are_identifiers(
    detectors: dict[str, Detector], lang: str, line: str, number: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(number) == kind


@pytest.mark.parametrize(
    "line",
    ["Det kosta hundre og femti kroner.", "Vi var hundre og tjue stykker der."],
)
def test_amounts_said_with_hundre_are_no_phone_numbers(
    detectors: dict[str, Detector], line: str
) -> None:
    assert _spans(detectors["nb"], line) == {}


# -- Norwegian words no list has, in a place slot or beside a replaced place -----------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("mor ringte presten på vikvarvet, for det va det ho visste", "vikvarvet"),
        ("hun ringte nav på frakkagjerd hver mandag", "frakkagjerd"),
        ("ho solvor på lykling var den einaste som ringde", "lykling"),
        ("han kjørte lastebil mellom gudaa og kopperaa i tretti år.", "kopperaa"),
    ],
)
def test_a_word_no_list_has_in_a_place_slot_is_a_place(
    detectors: dict[str, Detector], line: str, place: str
) -> None:
    assert _spans(detectors["nb"], line).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("broren min kjøre mæ te timan når æ itj orke", "timan"),
        ("ho heiter flom til etternamn og bur på frekhaug", "etternamn"),
        ("eg er fødd i tyssedal og vaks opp i eitrheim", "vaks"),
        ("jeg ringte til sigrid i går", "sigrid"),
    ],
)
def test_dialect_forms_verbs_and_names_are_not_made_places(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert _spans(detectors["nb"], line).get(word) != "LOCATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "my gp told me to try st john's wort, which is mad really", "st john's"),
        ("en", "My GP referred me to Talking Therapies last year.", "Talking Therapies"),
        ("en", "For Tsagaan Sar I made buuz for the whole ward.", "Tsagaan Sar"),
        ("en", "Hikikomori, that's the word in Japanese for what I was.", "Hikikomori"),
        ("nb", "vi snakker hver kveld på viber men det er ikke det samme", "viber"),
    ],
)
def test_remedies_services_festivals_and_apps_name_no_one(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("vi snakker uigurisk hjemme, men ungene svarer på norsk", "uigurisk hjemme"),
        ("Hun er mongolsk, fra Ulaanbaatar, og snakker lite norsk.", "mongolsk"),
        ("Egentleg heiter ho Eli-Marie på papiret.", "Egentleg"),
    ],
)
def test_norwegian_language_adjectives_and_nynorsk_adverbs_name_no_one(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _spans(detectors["nb"], line)


def test_the_name_after_a_nynorsk_adverb_is_still_a_name(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["nb"], "Egentleg heiter ho Eli-Marie på papiret.")
    assert spans.get("Eli-Marie") == "PERSON"
