"""Session 48's detector rules on invented lines (blind38 and its lower-cased copy as
development material): each row of a family that is now caught, and the everyday lines beside
it that must stay as they are."""

from __future__ import annotations

import pytest
from detected_spans import spans as _spans

from anonkit.anonymize.detector import Detector


def _shown(detector: Detector, line: str) -> dict[str, str]:
    """Every span the detector reports, replaced or flagged, with its action."""
    return {d.text: d.action for d in detector.detect(line)}


# -- A listed brand that is an everyday word, after a title that only stands before a surname --


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("nb", "Fru Kindle sa at eg heller skulle prøve lydbøker.", "Kindle"),
        ("en", "Mrs. Kindle was my teacher in the first year.", "Kindle"),
        ("nb", "fru kindle sa at eg heller skulle prøve lydbøker.", "kindle"),
        ("en", "mrs kindle was lovely to me.", "kindle"),
    ],
)
def test_a_brand_word_after_a_surname_title_is_the_surname(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "I bought a Kindle for my mum at Christmas.", "Kindle"),
        ("en", "Dr. Google, my wife calls me, because I look everything up.", "Google"),
        ("en", "We watched Mr. Bean on the telly every Sunday.", "Bean"),
        ("en", "i read it on my kindle last night.", "kindle"),
        ("en", "we watched mr bean on the telly every sunday.", "bean"),
    ],
)
def test_brands_and_titled_brand_names_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


# -- An identifier named by an acronym alone and a copula --------------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "number"),
    [
        (
            "en",
            "And the Liechtenstein one, the PEID, is one eight six two four oh seven.",
            "one eight six two four oh seven",
        ),
        ("en", "And my San Marino tax code, the COE, is 27513, for the grant.", "27513"),
        (
            "nb",
            "Skattenummeret mitt fra Liechtenstein, PEID, er en to åtte fire null ni tre.",
            "en to åtte fire null ni tre",
        ),
    ],
)
def test_an_id_named_by_an_acronym_and_a_copula(
    detectors: dict[str, Detector], lang: str, line: str, number: str
) -> None:
    assert _spans(detectors[lang], line).get(number) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("lang", "line", "number"),
    [
        ("en", "The BBC is 100 years old now.", "100"),
        ("en", "The NHS, is 75 years old now.", "75"),
        ("nb", "NAV er 20 år gammel.", "20"),
    ],
)
def test_a_short_number_after_an_acronym_is_no_id(
    detectors: dict[str, Detector], lang: str, line: str, number: str
) -> None:
    assert _spans(detectors[lang], line).get(number) != "NATIONAL_ID"


# -- "X on the Y" ------------------------------------------------------------------------------


def test_a_place_on_the_water(detectors: dict[str, Detector]) -> None:
    line = "I was working in a tea room in Burton on the Water, full of coach parties."
    assert _spans(detectors["en"], line).get("Burton on the Water") == "LOCATION"


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("We went to Paris on the Eurostar.", "Paris on the Eurostar"),
        ("I met him in Camden on the Tube.", "Camden on the Tube"),
        ("We got to London on the Monday.", "London on the Monday"),
    ],
)
def test_travel_on_the_named_thing_is_no_place_name(
    detectors: dict[str, Detector], line: str, span: str
) -> None:
    assert span not in _spans(detectors["en"], line)


# -- No restart into a closed-class or discourse word ------------------------------------------


def test_a_name_is_not_restarted_into_like(detectors: dict[str, Detector]) -> None:
    line = "My mother is Limios Jibon, she's from Likiep, like my father."
    found = _spans(detectors["en"], line)
    assert found.get("Likiep") == "LOCATION"
    assert "like" not in found


# -- The naming verb after a role and an owner -------------------------------------------------


def test_the_naming_verb_is_not_taken_into_the_name(detectors: dict[str, Detector]) -> None:
    line = "den nye legen vår heiter rosmarie hansen, og ho kjem frå triesenberg."
    found = _spans(detectors["nb"], line)
    assert not any("heiter" in span for span in found)
    assert found.get("rosmarie hansen") == "PERSON"


# -- A name set off after a role before the clause's verb; the holder of an owned role ---------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("og tolken, fatoumata sylla, var den eneste jeg kunne snakke med.", "fatoumata sylla"),
        ("primærkontakten min var bergfinn tveiten, han var frå ænes.", "bergfinn tveiten"),
    ],
)
def test_a_name_said_with_its_role(detectors: dict[str, Detector], line: str, name: str) -> None:
    assert name in _shown(detectors["nb"], line)


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("legen min var streng, han sa nei.", "streng"),
        ("læraren min var sur.", "sur"),
        ("primærkontakten min er veldig flink.", "flink"),
        ("og legen, ærlig talt, sa ingenting.", "ærlig talt"),
    ],
)
def test_what_the_role_holder_is_like_stays_words(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert word not in _shown(detectors["nb"], line)


# -- Museums and quarries named by a name word, on lower-case lines ---------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("the ruskin museum took me on as a volunteer, two mornings a week.", "ruskin museum"),
        ("i done a bit of labouring for keates quarries and then my back went", "keates quarries"),
        ("then i went to the quarry lane day centre in sacriston.", "quarry lane day centre"),
    ],
)
def test_museums_and_quarries_by_their_name_word(
    detectors: dict[str, Detector], line: str, name: str
) -> None:
    assert _spans(detectors["en"], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "line",
    [
        "we went to the natural history museum on the school trip.",
        "he worked in the slate quarries all his life.",
        "we visited the war museum.",
    ],
)
def test_museums_and_quarries_by_everyday_words_stay_words(
    detectors: dict[str, Detector], line: str
) -> None:
    assert not _spans(detectors["en"], line)


# -- Institutions by their kind word, written with capitals -----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("en", "I came to work in the kitchen at the Bluebird Café in Coniston.", "Bluebird Café"),
        ("nb", "Jeg spilte fotball i Eiker Kvikk en stund.", "Eiker Kvikk"),
        ("nb", "Han jobbar på Stryn sommarski om sommaren.", "Stryn sommarski"),
        ("nb", "Eg var tilsett i Kvam herad.", "Kvam herad"),
        ("nb", "eg var tilsett i kvam herad i ti år.", "kvam herad"),
    ],
)
def test_institutions_by_their_kind_word(
    detectors: dict[str, Detector], lang: str, line: str, name: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "We went to the Internet Cafe on Tuesdays.", "Internet Cafe"),
        ("nb", "Etter det gikk hun i kloster.", "kloster"),
        ("nb", "Det var eit stort herad.", "herad"),
    ],
)
def test_kind_words_without_a_name_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _spans(detectors[lang], line)


# -- The person after Irish "yer man" / "your one" -------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("yer man ger liston from the mart, he found me in the car.", "ger liston"),
        ("yer man sean from the co-op came round.", "sean"),
    ],
)
def test_the_person_after_yer_man(detectors: dict[str, Detector], line: str, name: str) -> None:
    assert _spans(detectors["en"], line).get(name) == "PERSON"


@pytest.mark.parametrize(
    "line",
    [
        "yer man from the mart found me.",
        "your one said i was grand.",
        "yer man himself came over.",
        "your one down the road rang me.",
        "yer man there, he was sound.",
        "i like your one better, the blue one.",
    ],
)
def test_yer_man_without_a_name_names_no_one(detectors: dict[str, Detector], line: str) -> None:
    assert not _spans(detectors["en"], line)


# -- Words of blind38 and the development sets the lists now know -----------------------------


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "Taid built the house with his own two hands.", "Taid"),
        ("en", "I married an Englishman, and we bought a house in Winchcombe.", "Englishman"),
        ("en", "She was my teacher in the Gaeltacht.", "Gaeltacht"),
        ("en", "After the Leaving Cert, I went up to college.", "Leaving Cert"),
        ("en", "My sister sends me the Tim Hortons coffee.", "Tim Hortons"),
        ("en", "She speaks only Kriol and Manjaku.", "Manjaku"),
        ("nb", "utanfor vindauget stod det ei gammal bjerk", "utanfor"),
        ("nb", "mett ringde meg på julaftan, berre for å høyre", "julaftan"),
        ("nb", "Som ung heldt eg med Thomas Sankara.", "Thomas Sankara"),
        ("nb", "Besteforeldra mine overlevde Pol Pot, men dei snakka aldri om det.", "Pol Pot"),
        ("nb", "eg fann ein kvist og teikna i sanda medan dei snakka.", "sanda"),
        ("en", "the only other solomon islander i know here is georgina.", "solomon islander"),
        ("en", "to be frank, a&e was the worst part, twelve hours on a trolley.", "frank"),
        ("nb", "munch sitt skrik, det va sånn æ hadde det.", "munch"),
        ("en", "she came to the hospital with jollof rice every visit.", "jollof rice"),
        ("nb", "Det var noe med Imovanen, jeg ble helt rar av den.", "Imovanen"),
        ("nb", "Vi kjøpte seng på IKEA og sofa på Jysk.", "Jysk"),
        ("en", "The Mental Health Act, section two, then section three.", "The Mental Health Act"),
        ("en", "I bought a pair of Dr Martens with my first wage.", "Martens"),
        ("en", "i rang nhs one one one and they told me to go to a and e", "one one one"),
    ],
)
def test_listed_words_stay_words(
    detectors: dict[str, Detector], lang: str, line: str, word: str
) -> None:
    assert word not in _shown(detectors[lang], line)


@pytest.mark.parametrize(
    ("lang", "line", "name", "kind"),
    [
        # tried as non-entities in session 48 and kept out: a girl's name, a housing association
        ("en", "My youngest is Genesis, she's seven.", "Genesis", "PERSON"),
        ("en", "we had a meeting with cairn housing about the transfer.", "cairn housing",
         "ORGANIZATION"),
    ],
)  # fmt: skip
def test_names_that_are_also_listed_words_stay_names(
    detectors: dict[str, Detector], lang: str, line: str, name: str, kind: str
) -> None:
    assert _spans(detectors[lang], line).get(name) == kind


# -- One name, one replaced span ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nb", "Mannen min heter Saw Ler Wah, men alle sier Saw."),
        ("nb", "mannen min heter saw ler wah, men alle sier saw."),
    ],
)
def test_no_replaced_span_nests_in_another_of_its_kind(
    detectors: dict[str, Detector], lang: str, line: str
) -> None:
    replaced = [d for d in detectors[lang].detect(line) if d.action == "replace"]
    assert replaced
    for d in replaced:
        assert not any(
            o is not d and o.type == d.type and o.start <= d.start and d.end <= o.end
            for o in replaced
        ), (d, replaced)


# -- An everyday noun after an article that only the NER model took, on a lower-case line ------


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("the van broke down on the motorway.", "van"),
        ("there was a rose garden behind the clinic.", "rose"),
    ],
)
def test_an_everyday_noun_after_an_article_is_shown_not_replaced(
    detectors: dict[str, Detector], line: str, word: str
) -> None:
    assert _shown(detectors["en"], line).get(word) in (None, "flag")


def test_a_listed_name_after_an_article_that_says_which_one_stays_replaced(
    detectors: dict[str, Detector],
) -> None:
    line = "a rutherford from ednam came by."
    assert _shown(detectors["en"], line).get("rutherford") == "replace"
