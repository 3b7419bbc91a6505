"""Session 35's detector rules on invented lines (blind25 and the lower-cased development sets
as development material): each row of a family that is now caught, and the everyday lines
beside it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _shown(detector: Detector, text: str) -> set[str]:
    return {d.text for d in detector.detect(text)}


# -- institutions named by a dedication ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "she had her first at our lady of lourdes and the nurses were lovely",
            "our lady of lourdes",
        ),
        ("We went to the Our Lady of Lourdes in Drogheda for the scan.", "Our Lady of Lourdes"),
        ("I went to Our Lady of Good Counsel in Dublin.", "Our Lady of Good Counsel"),
        ("she was born in our lady's in crumlin", "our lady's"),
        ("my youngest went to st thomas more and hated it", "st thomas more"),
        ("He was at St John Fisher for sixth form.", "St John Fisher"),
        ("my aunt is a nurse at the sacred heart home now", "sacred heart home"),
        ("the twins go to holy family primary", "holy family primary"),
        ("my grandson was born in the mater", "mater"),
    ],
)
def test_a_dedication_after_a_preposition_is_the_institution(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("I prayed to Our Lady of Lourdes every night.", "Our Lady of Lourdes"),
        ("she said a novena to the sacred heart", "sacred heart"),
        ("there was a sacred heart picture in every house", "sacred heart"),
        ("she lit a candle to the holy family", "holy family"),
    ],
)
def test_a_devotion_outside_the_slot_is_no_institution(
    detectors: dict[str, Detector], line: str, words: str
) -> None:
    assert words not in _spans(detectors["en"], line)


# -- clergy titles -------------------------------------------------------------------------


def test_the_word_after_a_clergy_title_is_the_name_and_the_title_stays(
    detectors: dict[str, Detector],
) -> None:
    spans = _spans(
        detectors["en"], "and the chaplain, reverend steward, he came round on thursdays"
    )
    assert spans.get("steward") == "PERSON"
    assert not any("reverend" in span for span in spans)


@pytest.mark.parametrize(
    "line",
    ["we had a rabbi visit the ward", "our pastor said no", "the pastor said we should pray"],
)
def test_a_clergy_title_used_as_a_noun_names_nobody(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors["en"], line).values())


# -- trades, associations and colonies named by a place or a word ----------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        (
            "en",
            "i'm at a tyre place now, blaydon tyre and exhaust, the boss is sound",
            "blaydon tyre and exhaust",
        ),
        ("en", "i went back to the pharmacy, desai chemists, my cousin owns it", "desai chemists"),
        ("en", "he worked for mcgill haulage till his back went", "mcgill haulage"),
        ("nb", "Jeg er med i Tronfjell bygdelag nå.", "Tronfjell bygdelag"),
        ("nb", "jeg er med i tronfjell bygdelag nå", "tronfjell bygdelag"),
        ("nb", "Hun ble satt på Svanviken arbeidskoloni i femtiåra.", "Svanviken arbeidskoloni"),
        ("nb", "hun ble satt på svanviken arbeidskoloni i femtiåra", "svanviken arbeidskoloni"),
    ],
)
def test_a_name_word_before_a_trade_or_association_head_is_the_organisation(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "we used local builders for the extension"),
        ("en", "the new tyres were dear"),
        ("en", "i got a lift with the taxis from the rank"),
        ("nb", "Jeg er med i bygdelaget her."),
        ("nb", "det var et institutt for sånt"),
    ],
)
def test_a_bare_head_or_an_everyday_word_before_it_stays(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert not any(t == "ORGANIZATION" for t in _spans(detectors[lang], line).values())


# -- a kind, where it is, and the naming word --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        (
            "nights at a home in bowers gifford called marsh view, then agency",
            "marsh view",
            "ORGANIZATION",
        ),
        ("i was in a unit called rowan view for a year", "rowan view", "ORGANIZATION"),
        (
            "she was in a group called hearing voices and it helped",
            "hearing voices",
            "ORGANIZATION",
        ),
        ("it was a village called long sutton", "long sutton", "LOCATION"),
    ],
)
def test_two_words_that_end_the_clause_after_a_naming_word_are_the_name(
    detectors: dict[str, Detector], line: str, name: str, kind: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == kind


def test_a_word_after_the_name_that_goes_on_with_the_clause_stays_outside(
    detectors: dict[str, Detector],
) -> None:
    spans = _spans(detectors["en"], "we lived in a village called wool at the time")
    assert spans.get("wool") == "LOCATION"
    assert "wool at" not in spans


# -- public figures named as tastes or comparisons -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "I'd put Sarah Millican on when I couldn't sleep, she made me laugh."),
        ("en", "My mam's obsessed with Davina McCall, she does the workouts in the kitchen."),
        ("nb", "Sønnen min har plakat av Karsten Warholm over senga."),
    ],
)
def test_a_public_figure_named_as_a_taste_is_no_participant(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors[lang], line).values())


def test_a_saint_that_names_a_church_is_still_the_church(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["en"], "The food bank at St Brigid's church kept us going.")
    assert any("Brigid" in span for span in spans)


# -- a name word before a hospital head, said in lower case ------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("i was on torridon ward for six weeks", "torridon ward"),
        ("they took me to the conquest hospital in the end", "conquest hospital"),
    ],
)
def test_a_name_word_before_a_hospital_head_is_replaced(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "we laid flowers at the war memorial",
        "she had him on the labour ward",
        "i was on the side ward for a night",
        "she was in the cottage hospital",
    ],
)
def test_a_kind_word_before_a_hospital_head_stays(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not any(t == "ORGANIZATION" for t in _spans(detectors["en"], line).values())


def test_a_house_name_is_replaced_since_session_36(detectors: dict[str, Detector]) -> None:
    # session 35 only asked about it; session 36 made "house" a sure head after a name word
    found = {d.text: d.action for d in detectors["en"].detect("i was at priority house for a bit")}
    assert found.get("priority house") == "replace"


# -- what someone is called, after the verb and its object -------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "æ kalte han ståla, og han kalte mæ nusse.", "nusse"),
        ("nb", "lillesøstera mi kaller vi musa, fordi hun var så liten.", "musa"),
        ("nb", "han sa at vi skulle kalle ham basse, som på jobben.", "basse"),
        ("en", "they called him crow because he wore black", "crow"),
    ],
)
def test_a_word_after_a_calling_verb_and_its_object_is_the_nickname(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("nb", "så kalte hun meg dum", "dum"),
        ("nb", "de kalte meg idiot i friminuttene", "idiot"),
        ("en", "they called me lazy at school", "lazy"),
        ("en", "she called me names", "names"),
    ],
)
def test_what_one_is_called_as_an_insult_is_not_replaced(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


# -- titles, grandparents and peoples that are no one's name -----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name", "kept"),
    [
        ("en", "A priest, Father Kovács, he does a Mass in Hungarian.", "Kovács", "Father"),
        ("en", "There's a pastor, eh, Pastor Ssekandi, he visited me.", "Ssekandi", "Pastor"),
        ("en", "Nonna Carmelina came over from Calabria in the fifties.", "Carmelina", "Nonna"),
    ],
)
def test_a_title_or_grandparent_word_stays_outside_the_name(
    detectors: dict[str, Detector], lang: str, line: str, name: str, kept: str
) -> None:
    spans = _spans(detectors[lang], line)
    assert spans.get(name) == "PERSON"
    assert not any(kept in span for span in spans)


@pytest.mark.parametrize(
    "line",
    [
        "How were you treated there as a Traveller woman?",
        "I'm Roma, and for Roma people the doctor is the last place you go.",
        "Did that make a difference, that she was Bajan?",
        "He's a Teessider through and through.",
    ],
)
def test_a_people_or_local_demonym_is_no_entity(detectors: dict[str, Detector], line: str) -> None:
    assert _spans(detectors["en"], line) == {}


def test_canon_names_a_school_and_rev_is_a_norwegian_name(detectors: dict[str, Detector]) -> None:
    assert "Canon Slade" in _spans(detectors["en"], "I went to Canon Slade and was bullied.")
    assert _spans(detectors["nb"], "Det var en fyr som het Rev på avdelingen.").get("Rev")


# -- everyday Nynorsk words the model took as persons --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "eg hugsar ikkje så mykje frå barneskulen",
        "mor mi er åleine der no etter at far døydde i mars",
        "Sambuaren min var snill med meg heile tida.",
        "Helsesøstra på skolen sendte meg videre til BUP.",
    ],
)
def test_an_everyday_nynorsk_word_is_not_replaced_as_a_name(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors["nb"], line).values())


# -- a word set off before its role, on a lower-case line ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "autumn, the peer support worker, she'd been through it all herself.", "autumn"),
        ("nb", "og så var det vangen, den gamle vaktmesteren, han lånte meg sykkelen.", "vangen"),
    ],
)
def test_a_word_in_apposition_to_a_role_is_the_person(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "well, the support worker, she said no"),
        ("en", "mum, the nurse, and me sat there for hours"),
        ("nb", "altså, den nye legen, han var grei"),
    ],
)
def test_a_discourse_or_kinship_word_before_a_role_is_no_name(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert not any(t == "PERSON" for t in _spans(detectors[lang], line).values())


# -- titles and brands people name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "We used to watch Bargain Hunt on the ward, everyone shouting at the telly."),
        ("en", "We sang Amazing Grace at the funeral."),
        ("nb", "Vi så på Solsidan hver kveld på avdelinga."),
    ],
)
def test_a_programme_or_song_is_no_entity(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    assert _spans(detectors[lang], line) == {}


def test_a_chain_someone_works_at_is_still_the_employer(detectors: dict[str, Detector]) -> None:
    spans = _spans(detectors["en"], "I had a job at Burberry in the warehouse.")
    assert spans.get("Burberry") == "ORGANIZATION"


# -- hospitals whose name word the truecaser capitalised, and royal dedications -----------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("the consultant who covered the lawson memorial was a quiet man", "lawson memorial"),
        ("i was on lawson ward for a month", "lawson ward"),
        ("then to the day unit at the princess of wales.", "princess of wales"),
    ],
)
def test_a_surname_or_royal_naming_a_hospital_is_the_hospital(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "ORGANIZATION"


def test_the_princess_of_wales_outside_the_slot_is_no_hospital(
    detectors: dict[str, Detector],
) -> None:
    assert "princess of wales" not in _spans(
        detectors["en"], "i cried when the princess of wales died"
    )


def test_a_short_name_that_respells_to_a_word_is_still_a_name(
    detectors: dict[str, Detector],
) -> None:
    # "Shåk" (Skjåk said with "sh") respells to "shak"; only the listed Nynorsk words are
    # taken out of the unknown-word rule, not every regular respelling
    assert _spans(detectors["nb"], "Shåk var fint om sommeren.").get("Shåk")
