"""Everyday words the sentence says are names, and the same words used as words (names branch).

The real detector on fictitious lines: each positive case has a negative twin where the same
word (or the same construction) is not a name, so a rule that fires on the word alone fails.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.person_spans import closed_class, coordinated_with_person
from anonkit.anonymize.recognizers.person_cues import PersonCueRecognizer


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # 1. the speaker says it is a name
        ("en", "Lucky, that's his real name, was the calmest man on the unit.", "Lucky"),
        ("en", "Smiley, that's what everyone calls her, works nights at the depot.", "Smiley"),
        ("nb", "Trofast, det er det han heter, kom alltid for seint.", "Trofast"),
        # 2. the only / the youngest of a role
        ("en", "Patience was the only nurse who listened to me.", "Patience"),
        ("en", "honour was the only social worker who came back", "honour"),
        ("en", "Rowan was the oldest on the ward, she'd seen it all.", "Rowan"),
        ("nb", "Tåke e den eneste venninna æ ringer te.", "Tåke"),
        # 3. taken up by he/she
        ("en", "Cloud is from Leicester, he's the one who fixed my bike.", "Cloud"),
        ("en", "Blessing runs the breakfast club, she's a saint.", "Blessing"),
        # 4. after "my friend" on a lower-case line
        ("en", "my friend meadow used to walk me home after group", "meadow"),
        ("en", "my best friend storm never told anyone", "storm"),
        # a person predicate: dropping in
        ("nb", "Lyng kom innom kvar søndag med kaffe.", "Lyng"),
        # 6. a month in a person's cleft
        ("nb", "Det var April som sto i resepsjonen den natta.", "April"),
        ("en", "It was June who drove me to A&E.", "June"),
        # 5. whose relative
        ("en", "Obinna's mum used to bring us jollof on Sundays.", "Obinna"),
        ("nb", "Tuss sin mor kom innom kvar dag.", "Tuss"),
        # session 21: "X, han som var …" (a neuter noun names no person), "X, det var det
        # vi kalte …"
        ("nb", "Skjær, ho som jobba på kjøkkenet, var alltid snill.", "Skjær"),
        ("nb", "Fjellet, han som var vaktmester, bodde i kjelleren.", "Fjellet"),
        ("nb", "Knotten, det var det vi kalte morfar, og han likte det.", "Knotten"),
        ("en", "Marram, she who ran the group, never missed a week.", "Marram"),
        ("en", "Storm, that was his name, he ran the kitchen.", "Storm"),
        # after "my mate" on a lower-case line, any verb form
        ("en", "my mate lofty carried me home that night", "lofty"),
        ("en", "his mate dove drove us up to the cliff that sunday", "dove"),
        # session 22: the same cues on lines written in lower case
        ("en", "thyme does the pottery on mondays, she's ever so patient", "thyme"),
        ("en", "cloud is from leicester, he's the one who fixed my bike", "cloud"),
        ("en", "bramble's mum used to bring us cake on sundays", "bramble"),
        ("nb", "tuss sin mor kom innom kvar dag", "tuss"),
        ("en", "it was rook who drove me to a and e that night", "rook"),
        # a Norwegian genitive of a word no list has, before a relative or a possession
        ("nb", "og brattvolls kone jobba også på kjøkkenet", "brattvolls"),
        ("nb", "vi satt i skjerveruds båt hele kvelden", "skjerveruds"),
        # a role set off after the word: "X, the porter, walked me home"
        ("en", "sparrow, the porter, walked me home that night", "sparrow"),
        ("en", "Heron, the night nurse, sat with me till morning.", "Heron"),
        ("nb", "Spurv, vaktmesteren, hjalp meg med flyttinga.", "Spurv"),
        # session 27: a month given name beside the speaker
        ("en", "June and I shared a room on the ward.", "June"),
        ("en", "me and april used to sneak out for a smoke", "april"),
        ("nb", "Juni og jeg delte rom.", "Juni"),
    ],
)
def test_everyday_word_as_a_name_is_replaced(detectors, lang, text, name):
    replaced, _ = by_action(detectors[lang], text)
    assert name in replaced


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Money was tight, he was out of work by then.", "Money"),
        ("en", "Music was the only friend I had back then.", "Music"),
        ("en", "Sport was the only one that helped, he's sure of that.", "Sport"),
        ("en", "Lucky, that's how I felt when they let me out.", "Lucky"),
        ("en", "Patience was the only thing that got me through.", "Patience"),
        ("en", "Art does that to you, she said.", "Art"),
        ("en", "my friend group used to meet on fridays", "group"),
        ("en", "Today's kids have it harder than we did.", "Today"),
        ("en", "Work drove me mad that year.", "Work"),
        ("nb", "Det var juni som var verst, da var alle på ferie.", "juni"),
        ("en", "It was June when I finally got out.", "June"),
        ("en", "In June and I think July too I was on the ward.", "June"),
        ("nb", "jeg var der i juni og jeg husker det godt", "juni"),
        ("en", "my friend really used to help me out", "really"),
        ("nb", "Musikken e den eneste vennen æ har.", "Musikken"),
        ("nb", "Hytta e fra syttitallet, han bygde den sjøl.", "Hytta"),
        ("nb", "Jobben var den eneste grunnen til at æ sto opp.", "Jobben"),
        ("nb", "Naboen, han som bodde under meg, ringte politiet.", "Naboen"),
        ("nb", "Fint, det var det alle sa.", "Fint"),
        # session 22: lower-case twins
        ("en", "money was tight, he was out of work by then", "money"),
        ("en", "art does that to you, she said", "art"),
        ("en", "it was drink that did it in the end", "drink"),
        ("nb", "det var stress som gjorde det verre", "stress"),
        ("nb", "livets mening var borte for meg", "livets"),
        ("nb", "vi gikk til byens beste kafé", "byens"),
        ("en", "work, the job i mean, was the worst part", "work"),
        ("en", "Mum, the nurse, was on nights all that year.", "Mum"),
        ("nb", "Legen, overlegen altså, var grei.", "Legen"),
        ("nb", "Mannen, vaktmesteren, hjalp meg med flyttinga.", "Mannen"),
    ],
)
def test_the_same_word_or_construction_as_a_word_is_not_replaced(detectors, lang, text, word):
    replaced, _ = by_action(detectors[lang], text)
    assert word not in replaced


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Søstra mi kom innom i går, ho e snill.", "Søstra"),
        ("Ungan sov heile natta.", "Ungan"),
        ("Eposten kom aldri fram.", "Eposten"),
    ],
)
def test_dialect_definite_nouns_at_a_sentence_start_are_not_names(nb, text, noun):
    replaced, _ = by_action(nb, text)
    assert noun not in replaced


def test_a_conjunction_ner_calls_a_person_is_dropped(nb):
    replaced, flagged = by_action(nb, "Æ spurte Torgeir, og han sa bare Fordi.")
    assert "Fordi" not in replaced + flagged and "Torgeir" in replaced


def test_a_sentence_initial_word_coordinated_with_a_person_is_replaced(nb):
    replaced, _ = by_action(nb, "Tobben og Sunniva va der, og Gunnhild sjølsagt.")
    assert {"Tobben", "Sunniva", "Gunnhild"} <= set(replaced)


def test_a_flagged_capitalized_word_after_a_replaced_name_is_its_surname(nb):
    replaced, flagged = by_action(nb, "Kontaktpersonen het Eirik, Eirik Fjære, og han va grei.")
    assert "Eirik Fjære" in replaced and "Fjære" not in flagged


@pytest.mark.parametrize(
    "text",
    [
        # session 22: a Norwegian cleft with a person's verb on a lower-case line is shown
        "det var ulv som fant meg den kvelden",
        "det var kvist som ringte legevakta",
    ],
)
def test_a_lower_case_cleft_with_a_persons_verb_is_at_least_flagged(nb, text):
    replaced, flagged = by_action(nb, text)
    assert text.split()[2] in replaced + flagged


def test_a_name_said_again_as_a_noun_after_an_article_is_not_promoted(nb):
    text = "ho lerke på avdelinga sa det rett ut, og så sang ho som ei lerke"
    found = [d for d in nb.detect(text) if d.text == "lerke"]
    assert [d.action for d in found] == ["replace", "flag"]


def test_helpers_on_their_own():
    assert closed_class("Fordi") and closed_class("because") and not closed_class("Fortune")

    class _S:
        def __init__(self, start: int, end: int, type: str) -> None:
            self.start, self.end, self.type = start, end, type

    text = "Tobben og Bettan"
    assert coordinated_with_person(text, 6, [_S(10, 16, "PERSON")])
    assert not coordinated_with_person(text, 6, [_S(10, 16, "LOCATION")])


def test_recognizer_scores():
    rec = PersonCueRecognizer("en")
    said = "Lucky, that's his actual name, was kind."
    assert [(said[s:e], sc) for s, e, _, sc in rec.find(said)] == [("Lucky", 0.85)]
    taken = "Cloud is from Leicester, he's the one."
    assert [(taken[s:e], sc) for s, e, _, sc in rec.find(taken)] == [("Cloud", 0.6)]
    assert list(rec.find("Cloud is from Leicester, he said.")) == []


def test_ner_person_before_a_verb_only_people_do_is_replaced_in_english(en):
    replaced, _ = by_action(en, "Mags helped me fill in the forms.")
    assert "Mags" in replaced


def test_dialect_i_is_neither_replaced_nor_flagged_in_norwegian(nb):
    replaced, flagged = by_action(nb, "Æ jobba på hotellet på Geilo og pendla fra Gol.")
    assert "Æ" not in replaced and "Æ" not in flagged


def _entity(text: str, word: str, kind: str, action: str):
    from anonkit.anonymize.entities import DetectedEntity

    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.4, word, "test")


@pytest.mark.parametrize(
    ("text", "flag", "person", "promoted"),
    [
        ("kona hans, Lanh, eller Loan skrives det vel.", "Lanh", "Loan", True),
        ("Loan, or Lanh as the nurses wrote it.", "Lanh", "Loan", True),
        ("Loan kom fra Hue, Lanh var der òg.", "Lanh", "Loan", False),  # no "eller"/"or"
        ("Hvorfor, eller Loan?", "Hvorfor", "Loan", False),  # a closed-class word
        # session 24: a sentence-opening imperative of asking is no first name before the
        # person asked ("Ask" is a Norwegian first name too)
        ("Ask Loan, she'll know.", "Ask", "Loan", False),
        ("Ring Tamsin, she has the keys.", "Ring", "Tamsin", False),
        ("I said: \"Tell Bronagh, she'll sort it.\"", "Tell", "Bronagh", False),
        ("We met Ask Loan there.", "Ask", "Loan", True),  # mid-sentence: a first name
        ("Rhodri Treharne came.", "Rhodri", "Treharne", True),
        ("Oh, Ask Bjørnstad was there.", "Ask", "Bjørnstad", True),  # after a comma
    ],
)
def test_a_flag_joined_to_a_replaced_person_by_or_is_that_person(text, flag, person, promoted):
    from anonkit.anonymize.aliases import alias_flags

    found = [_entity(text, flag, "CAPITALIZED", "flag"), _entity(text, person, "PERSON", "replace")]
    out = {d.text: d.action for d in alias_flags(text, found)}
    assert (out[flag] == "replace") is promoted


def test_a_lower_case_line_opening_with_dialect_i_flags_nothing(nb):
    replaced, flagged = by_action(nb, "æ ringte til legen i går")
    assert "æ" not in replaced and "æ" not in flagged


def test_a_sentence_initial_name_before_from_a_place_is_kept(detectors) -> None:
    """blind6 session: NER's person before "from <place>" is not demoted as a common word."""
    replaced, _ = by_action(detectors["en"], "Ros from Andover was in the bed next to mine.")
    assert "Ros" in replaced


@pytest.mark.parametrize(
    ("text", "replaced_word", "kept"),
    [
        # session 21: NER's person and the sentence agree — a group one comes from and then
        # acts, a friend's role, "the only one"
        ("Sparky from the allotment fixed my bike for nothing.", "Sparky", True),
        ("Rusty was my best mate all through school.", "Rusty", True),
        ("Blossom was the only one who visited.", "Blossom", True),
        # without NER's person the everyday word stays a word (flagged at most)
        ("Help from the council was useless.", "Help", False),
        ("Music was my best friend back then.", "Music", False),
    ],
)
def test_ner_person_and_a_persons_slot_outweigh_the_everyday_word(
    detectors, text: str, replaced_word: str, kept: bool
) -> None:
    replaced, _ = by_action(detectors["en"], text)
    assert (replaced_word in replaced) is kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Comfort is my aunt's name, she lives in Tamale.", "Comfort"),
        ("Patience was my gran's name.", "Patience"),
    ],
)
def test_x_is_my_relatives_name(detectors, text: str, name: str) -> None:
    replaced, _ = by_action(detectors["en"], text)
    assert name in replaced


def test_the_name_of_the_game_is_no_name(detectors) -> None:
    replaced, _ = by_action(detectors["en"], "Home is the name of the game.")
    assert "Home" not in replaced


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The police came, and PC Lomax was the one who did the talking.", "Lomax"),
        ("en", "Sergeant Gamble was the one who arrested me that night.", "Gamble"),
        ("en", "Ugochi and Seun from church, they visited every week.", "Seun"),
        ("en", "The psychologist was Rhodri Alun Treharne, he wrote a book.", "Rhodri"),
        ("en", "Linnet and her partner ran the allotment group.", "Linnet"),
        ("nb", "Selje og mannen hennes kom på besøk.", "Selje"),
    ],
)
def test_ranks_lists_of_people_and_own_kin(detectors, lang: str, text: str, name: str) -> None:
    found = {d.text: (d.type, d.action) for d in detectors[lang].detect(text)}
    assert found.get(name) == ("PERSON", "replace")


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "I bought it at PC World last year.", "World"),  # a shop, not a surname
        ("en", "Auntie Nusrat and Uncle Tahir took us in.", "Uncle"),  # kinship before a name
        ("en", "My supervisor, Professor Jonas Eide, was kind.", "Professor"),
        ("en", "Mum and her sister came.", "Mum"),
        ("nb", "Mamma og søstera hennes kom.", "Mamma"),
    ],
)
def test_titles_kin_and_shops_stay_words(detectors, lang: str, text: str, word: str) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert word not in replaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a personal title before an everyday-word surname that NER called an organisation
        ("Nurse Pretty always had time for you.", [("PERSON", "Pretty")]),
        ("Matron Goodwin said Sister Cheer would come.",
         [("PERSON", "Goodwin"), ("PERSON", "Cheer")]),
        # NER's place made of a replaced person's name and a surname is that person
        ("Rain, that was her name, Rain Adeyemi.",
         [("PERSON", "Rain"), ("PERSON", "Rain Adeyemi")]),
    ],
)
def test_titles_and_full_names_keep_the_person_type(detectors, text, expected) -> None:
    from detect_helpers import typed_replacements

    assert typed_replacements(detectors["en"], text) == expected



@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # session 22: entertainers named as comparisons
        ("en", "He thought he was Gordon Ramsay in that kitchen.", ["Gordon", "Ramsay"]),
        ("nb", "Mormor hørte på Åge Aleksandersen hele dagen.", ["Åge", "Aleksandersen"]),
    ],
)
def test_entertainers_are_not_replaced(detectors, lang, text, words):
    replaced, _ = by_action(detectors[lang], text)
    assert not any(w in r for r in replaced for w in words), replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # session 31: a habit of naming, after the word or before it
        ("there was a girl on the ward, crumpet she went by, who sang all night", "crumpet"),
        ("i knew her as ah lan, i never knew her full name", "ah lan"),
        ("at the takeaway they call me ah keung", "ah keung"),
        ("we call my youngest sprout, he's eleven", "sprout"),
        ("bobo, that's what we called radmila, she laughed at it", "bobo"),
    ],
)
def test_session31_habits_of_naming(detectors, text: str, name: str) -> None:
    replaced, _ = by_action(detectors["en"], text)
    assert name in replaced, replaced


@pytest.mark.parametrize(
    "text",
    [
        "At church they call him the gentle one.",  # a place where, not a name
        "he called me an idiot in front of everyone",  # one word said in anger
    ],
)
def test_session31_no_habit_of_naming(detectors, text: str) -> None:
    replaced, _ = by_action(detectors["en"], text)
    assert replaced == [], replaced
