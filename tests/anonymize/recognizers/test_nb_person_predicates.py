"""Norwegian predicates only people have (nb22): kinship and friend predicates, a bare noun
before a verb of saying, a name restated after "altså". Fictitious lines; every positive case
has a negative twin where the same construction holds a word that names no one.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nb_person_predicates import NbPersonPredicateRecognizer


@pytest.fixture(scope="module")
def rec() -> NbPersonPredicateRecognizer:
    return NbPersonPredicateRecognizer("nb")


def _persons(rec: NbPersonPredicateRecognizer, text: str) -> list[str]:
    return [t for kind, t in spans(rec, text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # 1. name + copula + kinship/friend noun + owner, at a sentence start
        ("Torvald e fetteren min, han bur i Alta.", ["Torvald"]),
        ("Sunniva er søstra mi, hu er eldst.", ["Sunniva"]),
        ("Vebjørn var kompisen min på barneskolen.", ["Vebjørn"]),
        ("Aslaug va kusina hans, tror æ.", ["Aslaug"]),
        ("lirhe e fetteren min, han kjører buss", ["lirhe"]),  # lower-case line
        ("Ja. Inga-Lill var bestevenninna mi i mange år.", ["Inga-Lill"]),
        # everyday words as nicknames: a thing is nobody's cousin
        ("Knotten e svogeren min, han bor på gården.", ["Knotten"]),
        # 1b. two names + copula + a plural friend/kinship noun + owner
        ("Tuppen og Lillemor var kompisene mine fra skolen.", ["Tuppen", "Lillemor"]),
        ("skorva og pinnen var kameratene mine i militæret", ["skorva", "pinnen"]),
        ("Heming og Rolv er brødrene hennes.", ["Heming", "Rolv"]),
        ("Bæsj og Tass var bestekompisene mine.", ["Bæsj", "Tass"]),
        # lcnb22: the owner said with "til" and a kinship or friend noun and its owner
        ("vilde og kasper er tvillingene til søstera mi", ["vilde", "kasper"]),
        ("perle og safir var kusinene til mora mi", ["perle", "safir"]),
        ("Torvald e fetteren til kona mi.", ["Torvald"]),
        # a name said again between the subject and the copula
        ("pusa, altså gunvor, er kusina mi", ["pusa", "gunvor"]),
        ("Tøffen, Arve, var kompisen min.", ["Tøffen", "Arve"]),
        # 2. a bare noun opening a sentence before a verb of saying: a surname
        ("Stubbe sa at jeg måtte vente en uke til.", ["Stubbe"]),
        ("Hammer spurte om jeg hadde sovet noe.", ["Hammer"]),
        ("Klype sa bare at det gikk over.", ["Klype"]),
        ("stang sa til meg at det var normalt", ["stang"]),
        ("Lund svarte ikke på meldingene mine.", ["Lund"]),
        # 3. a name restated after "altså", taken up by he/she
        ("eh tiril altså, vinje, ho jobba på legevakta da.", ["vinje"]),
        ("og sjurd, altså kveite, han ville aldri snakke med meg.", ["kveite"]),
        # 5. the surname after a first name said twice ("heter X, X Y")
        ("han heter trond, trond aasheim, og han er lege", ["trond aasheim"]),
        ("ho het dagny, dagny strand.", ["dagny strand"]),
        # 6. a nickname after "kalte seg"/"kalla han": a definite noun, a name or an unknown
        ("hun kalte seg stjerna på nettet", ["stjerna"]),
        ("vi kalla han bamsen, han var så stor", ["bamsen"]),
        ("alle kalte ho trollungen", ["trollungen"]),
        # lcnb22: an adverb between whom and the nickname ("kalte meg bare X")
        ("de kalte meg bare knerten, fordi jeg var minst", ["knerten"]),
        ("vi kalla han alltid bamsen", ["bamsen"]),
        ("ho kalte meg berre solveig", ["solveig"]),
        # 7. "X het <a person noun>" on a lower-case line: the name given to the person
        ("bakken het lensmannen, og han var streng", ["bakken"]),
        ("myr heter læreren hennes nå", ["myr"]),
        # 8. lcnb22: a name set off by commas after a kinship or friend noun and its owner
        ("og broren hennes, mehmet, kom fra erbil", ["mehmet"]),
        ("kusina mi, tirill, bodde hos oss", ["tirill"]),
        ("Og kompisen min, Snorre, ringte politiet.", ["Snorre"]),
        # lcnb23: a parent or grandparent as the predicate ("X var morfaren min")
        ("solvor var mormora mi, ho døde i fjor", ["solvor"]),
        ("Torgeir er faren hennes, han bor i Bodø.", ["Torgeir"]),
        # lcnb23: also after a parent or grandparent ("faren", "mora", "bestefaren"), whose
        # owner makes it kinship ("faren hennes" is her father, not the danger)
        ("faren hans, rask, var skipper i tjue år", ["rask"]),
        ("bestemora mi, tordis, bodde alene", ["tordis"]),
    ],
)
def test_a_person_predicate_names_the_subject(rec, text, names):
    assert _persons(rec, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun, a kinship or role word, a definite thing as a friend
        "Han e fetteren min, han bur i Alta.",
        "Naboen var kompisen min på skolen.",
        "Mamma e søstra til Ragna.",
        "Flaska var vennen min i mange år.",
        "Musikken og bøkene var vennene mine.",
        "Det e fetteren min som eier hytta.",
        "Dette var kompisen min sin bil.",
        "Han, altså Arve, var kompisen min.",  # a pronoun first
        "Flaska, altså spriten, var vennen min.",  # things as friends
        # no owner: "fetteren" is not said of the subject
        "Torvald e fetteren til en kollega.",
        # lcnb22: "til" before no kinship noun and owner, or things as friends
        "Torvald e fetteren til en kollega fra jobben.",
        "bøkene og platene var vennene til broren min",
        "de og vi var kompisene til broren min",
        "huset og hytta er arven til søstera mi",
        # 2. a definite noun, a plural, a kinship word, an adverb, a verb-second sentence,
        # a mass noun before the present tense
        "Legen sa at jeg måtte vente.",
        "Folk sa at det ville gå bra.",
        "Mor sa at vi skulle komme.",
        "Plutselig sa han at han ville hjem.",
        "Forskning sier at det hjelper.",
        "Sykepleiere sa at det var normalt.",
        "Melder sa at hun hadde dratt til Bergen.",
        "Rektor sa at vi måtte gå hjem.",
        "Ordfører sa til avisa at det var trist.",
        "Da sa jeg at det var nok.",
        # 3. an adverb or adjective between "altså" and the pronoun, no comma before it
        "eh tiril altså, egentlig, ho jobba på legevakta da.",
        "han var snill altså, veldig, han hjalp meg.",
        "det var sånn altså at han ikke kom.",
        # 4. an everyday word or role between the pronouns
        "han stakkar, han hadde det ikke lett",
        "ho naboen, ho kom med middag",
        "han der, han var sint",
        # 5. no naming verb, or a word of the sentence after the repeated name
        "vi var i trond, trond er fin",
        "han heter trond, trond og han var venner",
        # 6. an insult, a particle or a plain word after "kalte"
        "han kalte meg idiot foran alle",
        "de kalte meg inn på kontoret",
        "hun kalte seg frisk etter en uke",
        "de kalte det en ulykke",
        "han kalte meg bare idiot",
        "de kalte meg alltid inn først",
        "hun kalte meg bare frisk",
        # terms of endearment are what one is called, not who one is
        "mamma kalte meg alltid skatten",
        "han kalte meg prinsen sin",
        "bestemor kalte oss bare gullungene",
        # 7. a place or thing that is named, or a capitalized line (other layers' slot)
        "veien het storgata den gangen",
        "skolen het kongsgård skole",
        "det het legen, ikke doktoren",
        "en fyr kalte meg «drittkjerring» på nettet",  # an insult compound
        "butikken kaller seg Hyllevare.no nå",
        # 8. an adverb, a filler, a pronoun, an interjection or more than one word between
        # the commas
        "broren min, altså, kom aldri",
        "broren hennes, dessverre, døde ung",
        "mora mi, stakkar, hadde det tungt",
        "broren min, eh, kom for seint",
        "søstera mi, hun kom også",
        "broren min, tror jeg, kom hjem",
        "kona mi, ja, hun sa det",
        # lcnb23: a parent predicate of a pronoun, a demonstrative or a thing's owner
        "det var faren min som ringte",
        "han var faren hennes",
        "huset var faren sitt",
        "den var mora mi sin",
        # lcnb23: a parent word without an owner, or an adverb after one
        "faren, heldigvis, var over",
        "faren hennes, dessverre, døde ung",
    ],
)
def test_the_same_construction_without_a_person_is_left_alone(rec, text):
    assert _persons(rec, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Torvald e fetteren min, han bur i Alta.", "Torvald"),
        ("Stubbe sa at jeg måtte vente en uke til.", "Stubbe"),
        ("tuppen og lillemor var kompisene mine fra skolen", "tuppen"),
    ],
)
def test_the_detector_replaces_them(nb, text, name):
    replaced, _ = by_action(nb, text)
    assert name in replaced


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # lcnb24: a bare noun opening a lower-case sentence before what only people do
        # (help, contact, looking after, dropping in): Norwegian puts no bare count noun there
        ("lind passa på hunden mens vi var borte", ["lind"]),
        ("hegg kom innom hver søndag med kaker", ["hegg"]),
        ("krok ringte meg i går kveld", ["krok"]),
        ("stang hjalp meg med flyttinga", ["stang"]),
    ],
)
def test_a_bare_noun_doing_what_only_people_do(rec, text, names):
    assert _persons(rec, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # lcnb24: what things do as well (coming, being born, dying), a bare title or service,
        # a definite noun, a kinship word, or a line written with capitals
        "post kom i dag",
        "lam ble født i april",
        "fisk døde i dammen",
        "politi ringte på døra",
        "legen ringte meg i går",
        "mamma passa på hunden",
        "Krok ringte meg i går kveld.",
    ],
)
def test_no_bare_noun_subject_without_what_only_people_do(rec, text):
    assert _persons(rec, text) == []
