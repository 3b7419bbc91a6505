"""Session 40's detector rules on invented lines (blind30 as development material): each row of
a family that is now caught, and the everyday lines beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector

# -- Institutions: adjectives, coordinated compound kinds, new kinds, two areas --------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        (
            "nb",
            "Jeg går i samtaler på Kjerrgarden psykiatriske poliklinikk nå.",
            "Kjerrgarden psykiatriske poliklinikk",
        ),
        (
            "nb",
            "Sonen min går på Sogn jord- og hagebruksskule, og det går fint.",
            "Sogn jord- og hagebruksskule",
        ),
        (
            "nb",
            "Eg jobba tre sesongar på Hardanger Saft- og Siderfabrikk, før ryggen sa stopp.",
            "Hardanger Saft- og Siderfabrikk",
        ),
        ("nb", "Om vinteren jobba ho på Målselv fjellandsby.", "Målselv fjellandsby"),
        ("nb", "Vi har møte på Furuset forum ein gong i månaden.", "Furuset forum"),
        ("nb", "Eg er medlem i Tibet-komiteen no.", "Tibet-komiteen"),
        ("nb", "han e i brigade nord no, han ligg oppe på heggelia", "brigade nord"),
        (
            "en",
            "my neighbour made me go to the cromer group practice, she drove me there.",
            "cromer group practice",
        ),
        (
            "en",
            "She ended up in the Tyrone and Fermanagh Hospital for nearly three months.",
            "Tyrone and Fermanagh Hospital",
        ),
    ],
)
def test_institutions_are_one_organisation(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "kept"),
    [
        ("en", "I saw Mary and Leeds General Hospital on the same day.", "Mary"),
        ("nb", "Eg var på forum for psykisk helse i fjor.", None),
        ("nb", "Vi snakka om jord- og hagebruk heile kvelden.", None),
    ],
)
def test_a_person_or_an_everyday_phrase_stays_out_of_an_institution(
    detectors: dict[str, Detector], lang: str, line: str, kept: str | None
) -> None:
    found = _spans(detectors[lang], line)
    if kept is None:
        assert "ORGANIZATION" not in found.values()
    else:
        assert found.get(kept) == "PERSON"


# -- Places: a split place of three parts, "ned", the name said first -------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Pappa dreiv med fiske fra Ring vass øya, og vi såg han aldri.", "Ring vass øya"),
        ("Eg sykla ned Sysen dalen og tenkte på ingenting.", "Sysen dalen"),
        ("Sappen heiter plassen, innerst i dalen.", "Sappen"),
        ("Brekka het gården der oppe.", "Brekka"),
    ],
)
def test_norwegian_places_are_found(detectors: dict[str, Detector], line: str, span: str) -> None:
    assert _spans(detectors["nb"], line).get(span) == "LOCATION"


@pytest.mark.parametrize(
    ("line", "not_a_place"),
    [
        ("Vi dro til Kari sin gård i fjor.", "Kari sin gård"),
        ("Vi bodde i Oslo den gang, like ved vatnet.", "Oslo den gang"),
    ],
)
def test_a_possessive_or_a_clause_word_is_no_middle_part(
    detectors: dict[str, Detector], line: str, not_a_place: str
) -> None:
    assert not_a_place not in _spans(detectors["nb"], line)


@pytest.mark.parametrize(
    "line",
    [
        "sappen heiter plassen, innerst i dalen",
        "kva heiter plassen no",
        "no heiter skulen noko anna",
    ],
)
def test_a_definite_kind_noun_after_a_naming_verb_is_no_persons_name(
    detectors: dict[str, Detector], line: str
) -> None:
    found = _spans(detectors["nb"], line)
    assert "plassen" not in found and "skulen" not in found


def test_the_name_of_the_farm_said_first_in_english(detectors: dict[str, Detector]) -> None:
    found = _spans(detectors["en"], "Hillside was the name of the farm, up past the church.")
    assert found.get("Hillside") == "LOCATION"
    assert not _spans(detectors["en"], "what was the name of the farm")


# -- Persons: nicknames, relative clauses, appositions, kin predicates ------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("nb", "Gnisten var kallenamnet til storebror, for han var alltid i full fart.", "Gnisten"),
        ("nb", "Han vi kalte Myggen på avdelinga var så liten.", "Myggen"),
        ("en", "the one we called Tiny was the nicest of them.", "Tiny"),
        ("en", "and him, urs, he doesn't do small talk, which suits me fine.", "urs"),
        ("nb", "og ho, tuva, ho sa at det gikk bra", "tuva"),
        ("nb", "Dil Kumari er mammaen min. Hun har aldri lært norsk.", "Dil Kumari"),
    ],
)
def test_persons_are_found(detectors: dict[str, Detector], lang: str, line: str, span: str) -> None:
    assert _spans(detectors[lang], line).get(span) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "and him, too, he was there."),
        ("en", "and her, well, she said no."),
        ("nb", "og han, altså, han sa nei."),
        ("en", "and him, she said nothing to him."),
    ],
)
def test_a_word_between_two_pronouns_is_no_name(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert "PERSON" not in _spans(detectors[lang], line).values()


def test_a_place_called_by_a_naming_verb_is_not_taken_by_the_relative_rule(
    detectors: dict[str, Detector],
) -> None:
    assert _spans(detectors["nb"], "Stedet vi kalte Paradis var borte.").get("Paradis") != "PERSON"


# -- Identifiers: dotted groups that are no amount ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "span", "kind"),
    [
        ("The AHV, it's 756.3047.5009.62, if you need it.", "756.3047.5009.62", "NATIONAL_ID"),
        ("It cost 1.500.000 kroner in the end.", "1.500.000", None),
        ("Version 2.10 of the app was fine.", "2.10", None),
    ],
)
def test_dotted_numbers(
    detectors: dict[str, Detector], line: str, span: str, kind: str | None
) -> None:
    assert _spans(detectors["en"], line).get(span) == kind


# -- The lower-cased development sets: estates, firms named by their place, boards, wards ------


@pytest.mark.parametrize(
    ("lang", "line", "span", "kind"),
    [
        # the lower-cased development sets: estates, firms named by their place, boards,
        # wards, lower-case cues, DPS names, addresses, plates; a surname's genitive firm
        ("en", "we grew up on the blackbird leys estate and nobody talked",
         "blackbird leys estate", "LOCATION"),
        ("en", "my husband worked at cromer crab company until his back went.",
         "cromer crab company", "ORGANIZATION"),
        ("en", "i got taken on at the castletownbere fishermen's co-op, packing crab.",
         "castletownbere fishermen's co-op", "ORGANIZATION"),
        ("en", "we started a club, lynmouth wild swimmers, and there's a website now",
         "lynmouth wild swimmers", "ORGANIZATION"),
        ("en", "the nurse came out once a fortnight from nhs orkney, a woman called tess.",
         "nhs orkney", "ORGANIZATION"),
        ("nb", "første gang var jeg på post nord to, og jeg var bare nitten.",
         "post nord to", "ORGANIZATION"),
        ("en", "we used to walk up winker bank, where the old hill fort is.", "winker bank",
         "LOCATION"),
        ("en", "the social worker, miss ransom, she was new, from an agency.", "ransom", "PERSON"),
        ("nb", "kompisen min kalles bamsen, han er stor", "bamsen", "PERSON"),
        ("nb", "no er eg i arbeidstrening hjå kinsarvik naturbruk, med dyr", "kinsarvik naturbruk",
         "ORGANIZATION"),
        ("nb", "etter det fikk jeg dagbehandling på dps strømme, tre dager i uka.", "dps strømme",
         "ORGANIZATION"),
        ("nb", "jeg var på dps nordre østfold i åtte uker, på den åpne posten.",
         "dps nordre østfold", "ORGANIZATION"),
        ("nb", "ho kamma hadde et lite hus nede ved kaia, med blå dør.", "kamma", "PERSON"),
        ("en", "63 clifton road, b12 8sx, the top flat.", "63 clifton road, b12 8sx", "ADDRESS"),
        ("en", "our address was 9 glebe crescent, stanhope, dl13 2qn, just up from the church.",
         "9 glebe crescent, stanhope, dl13 2qn", "ADDRESS"),
        ("en", "it was a blue corsa, n k six eight, w t z, parked across the drive every night.",
         "n k six eight, w t z", "LICENSE_PLATE"),
        ("en", "we were on the cowley estate for years, eleventh floor", "cowley estate",
         "LOCATION"),
        ("en", "after the army i drove for bateman's out of wainfleet for twenty year.",
         "bateman's", "ORGANIZATION"),
        ("en", "I worked for Hudson's for years.", "Hudson's", "ORGANIZATION"),
        ("en", "We went to Mark's as usual.", "Mark", "PERSON"),
    ],
)  # fmt: skip
def test_lower_case_cues_and_late_rules_find_their_span(
    detectors: dict[str, Detector], lang: str, line: str, span: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == kind


@pytest.mark.parametrize(
    ("lang", "line", "not_a_name"),
    [
        ("en", "we lived on the council estate then", "council estate"),
        ("en", "on the big estate there was nothing to do", "big estate"),
        ("en", "we went to leeds every festival", "leeds every festival"),
        ("nb", "han lå på post nord to ganger", "post nord to"),
    ],
)
def test_everyday_estates_festivals_and_counts_stay_out(
    detectors: dict[str, Detector], lang: str, line: str, not_a_name: str
) -> None:
    assert not_a_name not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "i miss home, honestly"),
        ("en", "oh, miss you, love"),
        ("en", "i grew up near the park"),
        ("en", "it's on the NHS App somewhere."),
        ("nb", "boka mi kalles noe rart"),
    ],
)
def test_everyday_lines_beside_the_new_cues(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    found = _spans(detectors[lang], line)
    assert not {"PERSON", "LOCATION", "ORGANIZATION"} & set(found.values()), found


def test_an_unknown_capitalised_word_after_a_norwegian_place_preposition_is_a_place(
    detectors: dict[str, Detector],
) -> None:
    line = "Der traff jeg Femke, ei nederlandsk dame fra Deventer som bodde i byen."
    found = _spans(detectors["nb"], line)
    assert found.get("Deventer") == "LOCATION"
    assert found.get("Femke") == "PERSON"
    assert "Snapchat" not in _spans(detectors["nb"], "Jeg fikk en melding fra Snapchat i går.")


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("We used to walk up to Etal and back along the river on a Sunday.", "Etal"),
        ("It comes from the hills near Ta'izz, the family name.", "Ta'izz"),
        ("She is still in Pul-e-Khumri with my mother.", "Pul-e-Khumri"),
    ],
)
def test_english_unknown_capitalised_places(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert _spans(detectors["en"], line).get(span) == "LOCATION"


def test_someones_home_after_over_to_stays_a_person(detectors: dict[str, Detector]) -> None:
    assert _spans(detectors["en"], "I went over to Sarah's and back.").get("Sarah") == "PERSON"


def test_a_contraction_after_in_is_no_place(detectors: dict[str, Detector]) -> None:
    line = "Our GP was a Dr Kettle, and every time I went in I'd think, put the kettle on."
    assert "I'd" not in _spans(detectors["en"], line)


def test_a_ward_numbered_by_a_capitalised_word(detectors: dict[str, Detector]) -> None:
    line = "After the overdose I was on Ward Fourteen for two nights."
    assert _spans(detectors["en"], line).get("Ward Fourteen") == "ORGANIZATION"


# -- A flagged opener a pronoun takes up (pronoun_subjects.py) ---------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "span"),
    [
        ("nb", "Ugla var nattevakta, ho var vaken heile tida og visste alt.", "Ugla"),
        ("nb", "Kløver begynte på avdelinga samme uke som jeg, hun var også sytten.", "Kløver"),
        ("nb", "Bamsen var det alle sa, han var svær.", "Bamsen"),
        ("en", "Rea would never let them put me in seclusion, not while she was on shift.", "Rea"),
    ],
)
def test_a_flagged_opener_taken_up_by_a_pronoun_is_a_person(
    detectors: dict[str, Detector], lang: str, line: str, span: str
) -> None:
    assert _spans(detectors[lang], line).get(span) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "Sommeren var fin, han kom hjem til slutt.", "Sommeren"),
        ("nb", "Bror min, han Varg, han e tolv.", "Bror"),
        ("nb", "Ring heller kona mi, hun tar alltid telefonen.", "Ring"),
        ("nb", "Askeladden var helten min då eg var lita, han som aldri gav opp.", "Askeladden"),
        ("nb", "Reven kom innom med snus og aviser kvar fredag.", "Reven"),
    ],
)
def test_openers_no_pronoun_takes_up_stay_as_they_were(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


@pytest.mark.parametrize(
    "line",
    [
        "jeg var på dps hele våren",
        "jeg var på dps igjen i fjor",
        "jeg var på dps flere ganger",
        "han sjøl var ikke der",
        "ho bare var sliten",
        "at han ofte var borte",
        "ikke sånn som han pasienten sa",
    ],
)
def test_times_adverbs_and_quantifiers_stay_out(detectors: dict[str, Detector], line: str) -> None:
    assert not _spans(detectors["nb"], line)


@pytest.mark.parametrize(
    "line",
    [
        "i was 12 and the road was long",
        "we had 3 big green fields and a farm",
        "it took 2 hours down the road",
        "i said a b c to the kids, and x y z",
    ],
)
def test_numbers_and_letters_that_are_no_address_or_plate(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not {"ADDRESS", "LICENSE_PLATE"} & set(_spans(detectors["en"], line).values())


def test_a_word_taken_up_as_a_nickname_by_the_next_clause(detectors: dict[str, Detector]) -> None:
    line = "vi sa tossa, det var et sånt kallenavn hun hadde fra barndommen."
    assert _spans(detectors["nb"], line).get("tossa") == "PERSON"
    assert not _spans(detectors["nb"], "vi sa nei, det var et sånt kallenavn")


@pytest.mark.parametrize(
    ("line", "span", "kept"),
    [
        ("Tassen fra Kvaløya kom på besøk i går.", "Tassen", True),
        ("Stue fra hjemmetjenesten kom innom hver morgen.", "Stue", True),
        ("Tommen på verkstedet hjalp meg med bilen.", "Tommen", False),  # a flag (recall1)
        ("Bussen fra Bodø kom aldri.", "Bussen", False),
        ("Toget fra Bergen kom for seint.", "Toget", False),
        ("Fremme på perrongen ringte jeg mannen min.", "Fremme", False),
    ],
)
def test_a_flagged_opener_placed_and_doing_what_people_do(
    detectors: dict[str, Detector], line: str, span: str, kept: bool
) -> None:
    assert (_spans(detectors["nb"], line).get(span) == "PERSON") is kept
