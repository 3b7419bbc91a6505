"""Names, places, organisations and their carrier slots for benchmarks/names_stress.py.

Why a module of its own: the generators and slot templates are the benchmark's data and grow
with every gap found, while the runner that scores them stays small. The names are made so that
the benchmark tests *context*, not anonkit's lists: invented names are built from syllables
(Norwegian, English and immigrant flavours) and any that a name, place or common-word list of
anonkit has is drawn again; everyday words used as names or places are hand-picked words
(nicknames like "Biscuit", "Rype"; places like "Kettle", "Haugen") kept only when they are
common words of the language and absent from the lists of their own kind. Nothing here is read
from evaluation data.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

SEED = 20261215
R = random.Random(SEED)  # reseeded per language in names_stress.generate()


def words(s: str) -> list[str]:
    return s.split()


# --------------------------------------------------------------------------------------------
# syllables: onsets, nuclei, codas, and endings for first names, surnames and places

FLAVOURS = {
    "nb": (words("b d f g h j k l m n p r s t v bj br dr fj fl gr kj kl kr sk sn st sv tr"),
           words("a a e e i o u y ø å æ ei au"), ["", "", *words("r l n m k t s rk ld nd rn lv")],
           words("rik mund vor dis hild run ny ve ta la ne na ge mar ver ja"),
           words("sen rud heim lie bakk vold gård stad")),
    "en": (words("b c d f g h j l m n p r s t w br cl dr gr st th sh"),
           words("a e i o u a e ai ee oo"), ["", "", *words("r l n m d s t ck")],
           words("ley ton wyn ric bert ella ine ie er on ian elle ette ard"),
           words("son ley well ett er ard cott ford worth")),
    "imm": (words("b d f g h j k l m n r s t v z sh kh"),
            words("a e i o u a a"), ["", "", *words("r n l m s h z")],
            words("a ia ina ek an ir ar ul iya eh o ita ez"),
            words("ovic enko ski yan oglu ani ez idze")),
}  # fmt: skip
PLACE_ENDS = {
    "nb": words("vik stad dal by nes heim øy fjord sund berg voll mo seter rud"),
    "en": words("ton by field moor ham ford wick bury ley thorpe worth combe"),
}
# Everyday words used as nicknames / names, and as place names (picked by hand).
WORD_NAMES = {
    "nb": words("Rype Kløver Bukken Tussa Pusen Bamse Knøttet Trollet Ekornet Gauken Mygg Kråka "
                "Skjæra Mosen Spretten Stumpen Bolla Kringla Snuppa Tassen Tufsa Reven Ugla Kanel "
                "Pølsa Bønna Knerten Tøffen Lillemann Skruen Flekken Stubben Krølla Grisen Lammet "
                "Nøtta Pinnen Musa Hakkespett Lompa Vaffel Sokken Humla Dunken Kobben Labben"),
    "en": words("Otter Biscuit Nudge Pebble Badger Toffee Sprout Pickle Crumb Bramble Tinker "
                "Sparrow Clover Pudding Muffin Button Nugget Conker Fudge Whisker Smudge Tank Spud "
                "Lofty Nipper Scooter Twig Rocket Brick Mouse Tiny Chalky Moth Beetle Kipper "
                "Cobweb Noodle Gravy Dumpling Sausage Tadpole Bubbles Pickaxe Gizmo Custard"),
}  # fmt: skip
WORD_PLACES = {
    "nb": words("Haugen Lia Bakken Sletta Holmen Neset Øya Myra Jordet Enga Åsen Bekken Tunet "
                "Berget Sanden Bukta Viken Dalen Skogen Vollen Furua Heia Lunden Hagen Odden "
                "Svingen Kroken Kleiva Brekka Stranda Fossen Toppen Setra Mølla Brua Kaia Gjerdet "
                "Plassen Løkka Hylla Kjerringa Tjernet Grenda Tangen Ura"),
    "en": words("Kettle Anvil Thimble Barrow Heath Fennel Copper Lantern Ferry Quarry Saddle "
                "Beacon Marsh Harbour Meadow Orchard Shingle Gravel Cobble Thistle Heather Larch "
                "Rook Plover Bracken Furrow Stubble Tinder Wicket Spindle Ladle Bucket Cinder "
                "Timber Pasture Hedge Kiln Forge Tannery Bellows Cauldron Paddock Hollow Spinney"),
}  # fmt: skip
# Organisations: "<invented name> <head>" by slot, and adjective + noun ("Nordre Kraft").
ORG_HEADS = {
    "nb": {"work": words("AS senter Bygg Regnskap Transport"),
           "admission": words("klinikk senter behandlingssenter sykehus"),
           "membership": words("FK IL BK Ballklubb Skiklubb")},
    "en": {"work": words("Ltd Group Centre Trust Haulage"),
           "admission": words("Clinic Centre Hospital House"),
           "membership": words("Rovers United FC Athletic Wanderers")},
}  # fmt: skip
ORG_ADJ = {
    "nb": words("Nordre Søndre Vestre Østre Øvre Nedre Nye Store Gamle Indre"),
    "en": words("Northern Southern Western Eastern Upper Lower New Great Old Central"),
}
ORG_NOUNS = {
    "nb": {"work": words("Kraft Bygg Rør Transport Elektro Maling Bakeri Eiendom Data Vekst"),
           "admission": words("Helse Omsorg Rehabilitering Psykiatri Behandling"),
           "membership": words("Idrett Ballklubb Skiklubb Turn Ski")},
    "en": {"work": words("Power Building Plumbing Haulage Electrics Joinery Bakery Logistics "
                         "Lettings Roofing"),
           "admission": words("Care Health Recovery Healthcare Rehab"),
           "membership": words("Athletic Harriers Wanderers Albion Rangers")},
}  # fmt: skip
# Kinds by family, and the entity type a covering replace span should carry.
KINDS = {"person": ("inv_name", "word_name"), "place": ("inv_place", "word_place"),
         "org": ("inv_org", "adj_org")}  # fmt: skip
EXPECTED = {
    "inv_name": "PERSON", "word_name": "PERSON", "inv_place": "LOCATION",
    "word_place": "LOCATION", "inv_org": "ORGANIZATION", "adj_org": "ORGANIZATION",
}  # fmt: skip


# --------------------------------------------------------------------------------------------
# lists that generated names must avoid


@cache
def listed() -> frozenset[str]:
    """Every name, surname and place anonkit lists, lower-cased."""
    from anonkit.anonymize.names import all_first_names, all_surnames
    from anonkit.anonymize.places import places, world_places

    lists = (all_first_names(), all_surnames(), places(), world_places())
    return frozenset(w.lower() for lst in lists for w in lst)


@cache
def listed_as(family: str) -> frozenset[str]:
    """Lower-cased names of one family: first names + surnames, or places."""
    from anonkit.anonymize.names import all_first_names, all_surnames
    from anonkit.anonymize.places import places, world_places

    lists = (
        (all_first_names(), all_surnames()) if family == "person" else (places(), world_places())
    )
    return frozenset(w.lower() for lst in lists for w in lst)


@cache
def common(lang: str) -> frozenset[str]:
    from anonkit.anonymize.wordlists import common_words

    return common_words(lang)


def unlisted(name: str) -> bool:
    low = name.lower()
    return not (low in listed() or low in common("nb") or low in common("en"))


@cache
def word_pool(lang: str, family: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(kept, dropped): hand-picked words that are common words of ``lang`` and absent from
    the lists of their own family (a listed word would re-test the list, not the context)."""
    picked = (WORD_NAMES if family == "person" else WORD_PLACES)[lang]
    keep = [w for w in picked if w.lower() in common(lang) and w.lower() not in listed_as(family)]
    return tuple(keep), tuple(w for w in picked if w not in keep)


# --------------------------------------------------------------------------------------------
# generators

# Unpronounceable: a letter three times, three consonant sounds (digraphs count as one) or
# a vowel pair that is no diphthong ("ae", "oe"), and names opening on a long vowel ("Eeton").
_DIGRAPHS = re.compile(r"ck|th|sh|kh|ng|kj")
_AWKWARD = re.compile(r"(.)\1\1|[^aeiouyæøå]{3}|[aeiouyæøå]{2}")
_DIPHTHONGS = re.compile(r"ei|au|ai|ee|oo|ia|ie|io|ea")


def pronounceable(name: str) -> bool:
    low = _DIPHTHONGS.sub("a", _DIGRAPHS.sub("c", name.lower()))
    return not _AWKWARD.search(low) and not name.lower().startswith(("ee", "oo"))


def stem(flavour: str) -> str:
    """One or two syllables: onset? + nucleus + coda? (+ consonant + vowel)."""
    onsets, nuclei, codas = FLAVOURS[flavour][:3]
    s = (R.choice(onsets) if R.random() < 0.85 else "") + R.choice(nuclei) + R.choice(codas)
    if R.random() < 0.3:
        s += R.choice(onsets)[0] + R.choice(nuclei)
    return s


def invented(lang: str, part: str) -> str:
    """An unlisted pronounceable ``part`` (first, surname, place) in a flavour of ``lang``."""
    while True:
        flavour = lang if part == "place" or R.random() < 0.6 else "imm"
        ends = (
            PLACE_ENDS[lang] if part == "place" else FLAVOURS[flavour][3 if part == "first" else 4]
        )
        name = (stem(flavour) + R.choice(ends)).capitalize()
        if 4 <= len(name) <= 11 and pronounceable(name) and unlisted(name):
            return name


def render(lang: str, kind: str, slot: Slot) -> str:
    """A name of ``kind`` for ``slot``; "[...]" marks the gold part when not all of it."""
    if kind == "inv_name":
        return invented(lang, "surname" if slot.name == "title" else "first")
    if kind in ("word_name", "word_place"):
        return R.choice(word_pool(lang, "person" if kind == "word_name" else "place")[0])
    if kind == "inv_place":
        return invented(lang, "place")
    if kind == "inv_org":
        first = invented(lang, "first") if R.random() < 0.5 else invented(lang, "place")
        return f"[{first}] {R.choice(ORG_HEADS[lang][slot.name])}"
    return f"{R.choice(ORG_ADJ[lang])} {R.choice(ORG_NOUNS[lang][slot.name])}"


# --------------------------------------------------------------------------------------------
# slots: name templates ("{}" is the name) and non-name templates ("{a|b}" are the fillers)


@dataclass(frozen=True)
class Slot:
    name: str
    family: str  # person, place, org
    names: tuple[str, ...]
    fillers: tuple[str, ...]


def slot(name: str, family: str, names: str, fillers: str) -> Slot:
    return Slot(name, family, tuple(names.split(" | ")), tuple(fillers.split(" | ")))


SLOTS: dict[str, list[Slot]] = {
    "nb": [
        slot("naming", "person", "Hun heter {}, og hun er fra nord. | Vi kalte han {} da han var "
             "liten. | Han het {}, den gamle naboen. | Hun kalles {} av alle på jobben.",
             "Hun heter {noe annet|det samme som mora|visst noe rart}, og hun er fra nord. | Vi "
             "kalte han {det samme som faren|ingenting spesielt|noe stygt} da han var liten. | "
             "Han het {det samme|noe sånt}, den gamle naboen."),
        slot("kinship", "person", "Tante {} kom på besøk i går. | Min bror {} bor fortsatt "
             "hjemme. | Og så ringte bestemor {} meg. | Vi var hos onkel {} i jula.",
             "Tante {mi|hans|og onkel} kom på besøk i går. | Vi var hos onkel {min|og tante|på "
             "landet} i jula. | Min bror {sa|mente|syntes} at det var greit."),
        slot("pronoun", "person", "Og så kom han {} inn døra. | Ho {} sa at det var greit. | Jeg "
             "snakka med han {} i går. | Vi traff ho {} på butikken.",
             "Og så kom han {plutselig|faktisk|bare} inn døra. | Ho {sa|mente|syntes} at det var "
             "greit. | Jeg snakka med han {om det|på telefonen|etterpå} i går."),
        slot("title", "person", "Doktor {} skrev ut medisinen. | Sykepleier {} var veldig grei. "
             "| Jeg snakka med lege {} på telefonen.",
             "Doktor {på sykehuset|fra legevakta|der} skrev ut medisinen. | Sykepleier {på "
             "natta|fra kommunen} var veldig grei. | Jeg snakka med lege {på vakt|i går} på "
             "telefonen."),
        slot("subject", "person", "{} sa at hun skulle komme. | {} ringte meg i går kveld. | {} "
             "var den første som fikk vite det.",
             "{Hun|Naboen|Sjefen|Ingen} sa at hun skulle komme. | {Legen|Mamma|Noen} ringte meg i "
             "går kveld. | {Kona|Søstera mi|Presten} var den første som fikk vite det."),
        slot("object", "person", "Jeg møtte {} på butikken. | Så ringte jeg {} og fortalte det. "
             "| Vi besøkte {} i helgen.",
             "Jeg møtte {naboen|legen|en gammel venn|henne} på butikken. | Så ringte jeg "
             "{mamma|kontoret|fastlegen} og fortalte det. | Vi besøkte {bestemor|dem|hytta} i "
             "helgen."),
        slot("apposition", "person", "{}, kontaktpersonen min, var der hele tiden. | Jeg prata "
             "med {}, naboen vår, om det. | {}, han som jobber på lageret, sa det samme.",
             "{Hun|Den ene|Mannen}, kontaktpersonen min, var der hele tiden. | Jeg prata med "
             "{henne|damen|den eldste}, naboen vår, om det."),
        slot("coordination", "person", "{} og Kari kom sammen. | Jeg og {} dro på hytta. | Det "
             "var Ola og {} som ordnet alt.",
             "{Mamma|Naboen|Hun} og Kari kom sammen. | Jeg og {kona|gutta|søstera mi} dro på "
             "hytta. | Det var Ola og {faren hans|de andre} som ordnet alt."),
        slot("residence", "place", "Vi bodde på {} i mange år. | Hun bor i {} nå. | Han er fra "
             "{} opprinnelig.",
             "Vi bodde på {landet|hybel|et lite sted} i mange år. | Hun bor i {en "
             "leilighet|kollektiv|byen} nå. | Han er fra {nord|et lite sted|landet} opprinnelig."),
        slot("motion", "place", "Vi flytta til {} da jeg var sju. | Hun reiste til {} i fjor. | "
             "Så kom vi til {} etter krigen.",
             "Vi flytta til {byen|kysten|ei lita bygd} da jeg var sju. | Hun reiste til "
             "{utlandet|syden|hovedstaden} i fjor. | Så kom vi til {landet|byen} etter krigen."),
        slot("bare_in", "place", "Det var i {}, tror jeg. | Jeg gikk på skole i {}. | I {} var "
             "det kaldt hele vinteren.",
             "Det var i {byen|sentrum|kjelleren}, tror jeg. | Jeg gikk på skole i {bygda|byen}. "
             "| I {fjor|nord|dalen} var det kaldt hele vinteren."),
        slot("work", "org", "Jeg jobba på {} i ti år. | Hun jobber i {} nå. | Han begynte på {} "
             "etter skolen.",
             "Jeg jobba på {kjøkkenet|lageret|sykehjemmet|en fabrikk} i ti år. | Hun jobber i "
             "{butikk|kommunen|barnehagen} nå. | Han begynte på {verkstedet|sagbruket} etter "
             "skolen."),
        slot("admission", "org", "Jeg var innlagt på {} i tre uker. | De la ham inn på {} etter "
             "det. | Hun ble sendt til {} for utredning.",
             "Jeg var innlagt på {sykehuset|psykiatrisk|akutten} i tre uker. | De la ham inn på "
             "{avdelinga|lukka post} etter det. | Hun ble sendt til {en institusjon|"
             "spesialisten} for utredning."),
        slot("membership", "org", "Han spilte for {} i mange år. | Jeg var med i {} som ung. | "
             "Hun trente med {} hver onsdag.",
             "Han spilte for {laget|klubben|juniorlaget} i mange år. | Jeg var med i {korpset|"
             "koret|speideren} som ung. | Hun trente med {gjengen|laget} hver onsdag."),
    ],
    "en": [
        slot("naming", "person", "She's called {}, and she's from up north. | My name is {}. | "
             "He was named {} after his granddad. | Everyone calls him {} at work.",
             "She's called {something else|the same as her mum}, and she's from up north. | My "
             "name is {on the list|not important|down there}. | Everyone calls him {something "
             "rude|the boss|all sorts} at work."),
        slot("kinship", "person", "My brother {} still lives at home. | Auntie {} came round on "
             "Sunday. | Our {} was there as well. | My mum {} rang me.",
             "My mum {said|always said|told me} it was fine. | My brother {still|also} lives at "
             "home. | Our {lad|house|street} was there as well."),
        slot("title", "person", "Dr {} said it was nothing to worry about. | Nurse {} was really "
             "kind to me. | I saw Doctor {} on Tuesday.",
             "Doctor {said|reckoned|told me} it was nothing to worry about. | Nurse {on "
             "nights|on the ward} was really kind to me. | I saw Doctor {again|about it} on "
             "Tuesday."),
        slot("subject", "person", "{} said she'd come over. | {} rang me last night. | {} was the "
             "first one to know.",
             "{She|Nobody|The manager|My neighbour} said she'd come over. | {Someone|Mum|The "
             "GP} rang me last night. | {My wife|The vicar|Everyone} was the first one to know."),
        slot("object", "person", "I met {} at the shop. | So I rang {} and told her. | We "
             "visited {} at the weekend.",
             "I met {my neighbour|the doctor|her|an old friend} at the shop. | So I rang "
             "{Mum|the office|my GP} and told her. | We visited {Nan|them|the caravan} at the "
             "weekend."),
        slot("apposition", "person", "{}, my key worker, was there the whole time. | I talked to "
             "{}, our neighbour, about it. | {}, the one who works in the stores, said the same.",
             "{She|The other one|This lady}, my key worker, was there the whole time. | I talked "
             "to {her|the woman|the older one}, our neighbour, about it."),
        slot("coordination", "person", "Me and {} went to the pub. | {} and Sarah came together. "
             "| It was John and {} who sorted it.",
             "Me and {the lads|my mate|her} went to the pub. | {Mum|My sister|She} and Sarah "
             "came together. | It was John and {his wife|the others} who sorted it."),
        slot("residence", "place", "We lived in {} for years. | She lives in {} now. | He's from "
             "{} originally.",
             "We lived in {a flat|the city|a small village} for years. | She lives in {sheltered "
             "housing|town|a bungalow} now. | He's from {up north|the country|down south} "
             "originally."),
        slot("motion", "place", "We moved to {} when I was seven. | She went to {} last year. | "
             "Then we came to {} after the war.",
             "We moved to {the coast|the city|a new estate} when I was seven. | She went to "
             "{abroad|the seaside|uni} last year. | Then we came to {the country|town} after the "
             "war."),
        slot("bare_in", "place", "It was in {}, I think. | I went to school in {}. | In {} it was "
             "cold all winter.",
             "It was in {town|the city|the basement}, I think. | I went to school in {the "
             "village|town}. | In {the end|the north|the valley} it was cold all winter."),
        slot("work", "org", "I worked at {} for ten years. | She works for {} now. | He started "
             "at {} after school.",
             "I worked at {the kitchen|a factory|the shop|the care home} for ten years. | She "
             "works for {the council|herself|an agency} now. | He started at {the garage|the "
             "mill} after school."),
        slot("admission", "org", "I was admitted to {} for three weeks. | They took him into {} "
             "after that. | She was sent to {} for an assessment.",
             "I was admitted to {hospital|the ward|A and E} for three weeks. | They took him into "
             "{a unit|the secure ward} after that. | She was sent to {a specialist|the "
             "clinic} for an assessment."),
        slot("membership", "org", "He played for {} for years. | I was in {} when I was young. | "
             "She trains with {} every Wednesday.",
             "He played for {the team|the club|the under-twelves} for years. | I was in {the "
             "choir|the scouts|the band} when I was young. | She trains with {the girls|the "
             "squad} every Wednesday."),
    ],
}  # fmt: skip
