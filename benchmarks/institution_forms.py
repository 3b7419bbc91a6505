"""Institution names, their kind words and carrier slots for benchmarks/institutions_stress.py.

Why a module of its own: the shapes, kinds and carriers are the benchmark's data and grow with
every gap found, while the runner that scores them stays small. Interviewees name the place they
worked, were admitted to, went to school at or played for by a PLACE or a NAME plus a KIND word
("Bergen sykehus", "Skien-fabrikken", "døgnenheten Lien", "Hansen bil", "Wigan Athletic", "Port
of Dover", "Colman's", "St Brendan's"), so each *shape* of such a name is one cell row, filled
from four *sources*: (big) well-known real towns and districts, (small) small real villages and
districts, (invented) syllable-built names made the way name_forms.py makes them, (surname)
ordinary surnames. Where a source cannot fill a shape it is left out of that shape (a saint is
no surname, "Port of Hansen" is no port); ``SOURCES`` says which cells exist. For name-shaped
forms (saints, "<Surname>'s", "<Surname> and Sons") the big/small sources are well-known and
rarer real names of that kind instead of towns.

The names are written from general knowledge of Norway, the UK and Ireland, never read from
anonkit's lists or from evaluation data: the benchmark measures how the detector generalises,
so it must not be fitted to what the lists hold. Invented names are therefore checked only
against this module's own real pools, not against anonkit's lists (a rare invented name that is
also a real place somewhere tests the same thing: an unknown name before a kind word).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

SEED = 20261228
R = random.Random(SEED)  # reseeded per (lang, shape, source) in institutions_stress.generate()


def words(s: str) -> list[str]:
    return s.split()


def names(s: str) -> tuple[str, ...]:
    """A pool written as "A, B, Two Words, C"."""
    return tuple(n.strip() for n in s.split(",") if n.strip())


# --------------------------------------------------------------------------------------------
# real pools: big towns/districts, small villages/districts, surnames, and name-shaped pools

BIG = {
    "nb": names("Oslo, Bergen, Trondheim, Stavanger, Tromsø, Drammen, Kristiansand, Fredrikstad, "
                "Sandnes, Sarpsborg, Skien, Bodø, Ålesund, Haugesund, Tønsberg, Moss, Porsgrunn, "
                "Hamar, Lillehammer, Gjøvik, Larvik, Halden, Molde, Harstad, Kongsberg, Arendal, "
                "Narvik, Steinkjer, Elverum, Alta, Grimstad, Kongsvinger, Notodden, Horten, "
                "Levanger, Namsos, Grünerløkka, Tøyen, Sagene, Majorstuen, Grorud, Stovner, "
                "Lambertseter, Fana, Åsane, Laksevåg, Byåsen, Heimdal, Madla, Hinna"),
    "en": names("Manchester, Leeds, Bristol, Sheffield, Liverpool, Newcastle, Nottingham, "
                "Leicester, Coventry, Bradford, Cardiff, Swansea, Glasgow, Edinburgh, Aberdeen, "
                "Dundee, Belfast, Derry, Dublin, Cork, Galway, Limerick, Waterford, Wigan, Bolton, "
                "Stockport, Oldham, Preston, Blackburn, Burnley, Huddersfield, Halifax, Wakefield, "
                "Doncaster, Rotherham, Barnsley, Hull, York, Norwich, Ipswich, Southampton, "
                "Plymouth, Exeter, Dover, Worcester, Gloucester, Derby, Sunderland, Middlesbrough, "
                "Carlisle, Lancaster, Swindon, Milton Keynes, Hackney, Brixton, Peckham, Salford, "
                "Headingley, Toxteth, Tallaght, Finglas, Drumcondra, Yorkshire, Lancashire, Kent, "
                "Essex, Devon, Cornwall, Kerry, Mayo, Donegal"),
}  # fmt: skip
SMALL = {
    "nb": names("Tyssedal, Ålvik, Høyanger, Sunndalsøra, Husnes, Vikeså, Ulefoss, Åmot, Hokksund, "
                "Moelv, Koppang, Støren, Meråker, Snåsa, Glomfjord, Sortland, Finnsnes, Skjervøy, "
                "Lakselv, Berlevåg, Skotterud, Flisa, Nesbyen, Fagernes, Vinstra, Fåvang, Skjåk, "
                "Seljord, Sauda, Kopervik, Tvedestrand, Vikersund, Rena, Hjelmeland, Tingvoll, "
                "Dombås, Bjerkreim, Hornindal, Stryn, Eidfjord, Ulvik, Vaksdal, Bremnes, Lyngdal, "
                "Vennesla, Evje, Bykle, Brumunddal, Tynset, Oppdal, Mosjøen, Andenes, Kirkenes, "
                "Vadsø, Rakkestad, Flekkefjord, Kragerø, Risør, Sogndal, Volda"),
    "en": names("Grassington, Hebden Bridge, Haworth, Mousehole, Polperro, Tenby, Llanberis, Bala, "
                "Beddgelert, Ambleside, Keswick, Hawes, Kirkby Lonsdale, Staithes, Pittenweem, "
                "Anstruther, Crail, Tobermory, Ullapool, Portree, Lochgilphead, Aberfeldy, "
                "Pitlochry, Crieff, Kilrush, Ballyhaunis, Gort, Ballinrobe, Belmullet, Kenmare, "
                "Bantry, Skibbereen, Clonakilty, Listowel, Abbeyfeale, Tubbercurry, Castlerea, "
                "Mohill, Carndonagh, Dungloe, Moville, Cushendall, Portaferry, Saintfield, "
                "Tadcaster, Sedbergh, Alston, Wooler, Rothbury, Seahouses, Thirsk, Helmsley, "
                "Pickering, Driffield, Hornsea, Aylsham, Southwold, Framlingham, Lavenham, "
                "Ledbury, Kington, Tetbury, Painswick, Chipping Norton, Oundle, Uppingham, "
                "Bakewell, Tideswell, Hathersage, Wirksworth, Carrick-on-Shannon"),
}  # fmt: skip
SURNAMES = {
    "nb": names("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, "
                "Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, "
                "Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, "
                "Moen, Gundersen, Iversen, Strand, Solberg, Svendsen, Eide, Knutsen, Martinsen, "
                "Bakken, Kristoffersen, Mathisen, Lie, Amundsen, Nguyen, Rasmussen, Ali, Lunde, "
                "Solheim, Berge, Moe, Nygård, Bakke, Holm, Lien, Hauge, Evensen, Sæther, Aas, "
                "Myhre, Ahmed, Haugland, Thomassen, Sivertsen, Danielsen, Sandvik, Rønning, "
                "Næss, Vik, Haug, Ellingsen, Thorsen, Birkeland, Isaksen, Ruud, Aasen, Strøm, "
                "Myklebust, Tangen, Ødegård, Helland, Bøe, Aune, Mikkelsen, Tveit, Brekke"),
    "en": names("Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, "
                "Roberts, Robinson, Thompson, Wright, Walker, Edwards, Hughes, Hall, Lewis, "
                "Harris, Clarke, Patel, Jackson, Turner, Martin, Cooper, Ward, Morris, Moore, "
                "Harrison, Morgan, Allen, Phillips, Watson, Parker, Price, Bennett, Griffiths, "
                "Mitchell, Kelly, Carter, Richardson, Bailey, Collins, Shaw, Murphy, Miller, "
                "Richards, Khan, Marshall, Anderson, Simpson, Ellis, Wilkinson, Foster, Chapman, "
                "Powell, Rogers, Hussain, Campbell, Matthews, Owen, Holmes, Lloyd, Jenkins, "
                "O'Brien, O'Connor, O'Sullivan, McCarthy, Byrne, Ryan, Walsh, Doyle, Kennedy, "
                "Quinn, Gallagher, Brennan, Lynch, Nolan, Fitzgerald, Moloney, McLaughlin, "
                "Donnelly, Nightingale, Jenner, Fleming, Lister, Wesley"),
}  # fmt: skip
# Name-shaped pools: saints (well-known / rarer) and firms known by a founder's surname.
SAINTS_BIG = {
    "nb": names("Olav, Hallvard, Svithun, Johannes, Petrus, Paulus, Jakob, Peter, Magnus"),
    "en": names("Mary, Patrick, John, Peter, Paul, Joseph, Michael, Andrew, George, Anne, "
                "Bridget, Thomas, James, Margaret, David"),
}  # fmt: skip
SAINTS_SMALL = {
    "nb": names("Sunniva, Eystein, Torlak, Birgitta, Laurentius, Eirik, Mikael, Franciskus, "
                "Botolv, Klemens, Katarina, Ansgar, Edmund, Halvard"),
    "en": names("Aidan, Columba, Brendan, Kevin, Cuthbert, Oswald, Wilfrid, Chad, Ciarán, Enda, "
                "Finbarr, Kieran, Dunstan, Swithun, Hilda, Bede, Mungo, Ninian, Teresa, "
                "Vincent, Colman, Declan, Fintan, Brigid"),
}  # fmt: skip
FIRMS_BIG = {
    "en": names("Colman, Rowntree, Cadbury, Sainsbury, Jacob, Tetley, Pilkington, Reckitt, "
                "Hartley, Smithwick, Whitbread, Boddington, Terry, Thornton, Lyons, Beamish, "
                "Clery, Arnott, Bewley, Kennedy"),
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# invented names: syllables + endings (place-like, surname-like, first-name-like)

SYLLABLES = {
    "nb": (words("b d f g h k l m n r s t v bj br dr fj fl gr kj kl kr sk sn st sv tr"),
           words("a a e e i o u y ø å ei au"), ["", "", *words("r l n m k t s rk ld nd rn")]),
    "en": (words("b c d f g h l m n p r s t w br cl dr gr st th sh"),
           words("a e i o u a e ai ee oo"), ["", "", *words("r l n m d s t ck")]),
}  # fmt: skip
ENDS = {
    ("nb", "place"): words("vik stad dal by nes heim øy fjord sund berg voll mo seter rud"),
    ("en", "place"): words("ton by field moor ham ford wick bury ley thorpe worth combe"),
    ("nb", "surname"): words("sen rud heim lie bakk vold gård stad"),
    ("en", "surname"): words("son ley well ett er ard cott ford worth"),
    ("nb", "first"): words("rik mund vor dis hild run ny ve ta la"),
    ("en", "first"): words("ley ton wyn ric bert ella ine ie an elle"),
}
_DIGRAPHS = re.compile(r"ck|th|sh|ng|kj")
_AWKWARD = re.compile(r"(.)\1\1|[^aeiouyæøå]{3}|[aeiouyæøå]{2}")
_DIPHTHONGS = re.compile(r"ei|au|ai|ee|oo|ia|ie|io|ea")


def pronounceable(name: str) -> bool:
    """No letter three times, no three consonant sounds, no vowel pair that is no diphthong."""
    low = _DIPHTHONGS.sub("a", _DIGRAPHS.sub("c", name.lower()))
    return not _AWKWARD.search(low) and not name.lower().startswith(("ee", "oo"))


@cache
def real(lang: str) -> frozenset[str]:
    """Every real name of this module's pools, lower-cased (invented names must avoid them)."""
    pools = (BIG, SMALL, SURNAMES, SAINTS_BIG, SAINTS_SMALL, FIRMS_BIG)
    return frozenset(n.lower() for p in pools for n in p.get(lang, ()))


def invented(lang: str, style: str) -> str:
    """A pronounceable syllable-built ``style`` name (place, surname, first) not in the pools."""
    onsets, nuclei, codas = SYLLABLES[lang]
    while True:
        s = (R.choice(onsets) if R.random() < 0.85 else "") + R.choice(nuclei) + R.choice(codas)
        if R.random() < 0.3:
            s += R.choice(onsets)[0] + R.choice(nuclei)
        name = (s + R.choice(ENDS[lang, style])).capitalize()
        if 4 <= len(name) <= 11 and pronounceable(name) and name.lower() not in real(lang):
            return name


# --------------------------------------------------------------------------------------------
# kinds: "{}" is the place or name; a category picks the carriers that fit; flags say whether a
# surname fits the kind (p), fits only a surname (P), and in English whether "the" goes before it
# always (t) or half the time (o). The article lies outside gold.


@dataclass(frozen=True)
class Kind:
    template: str
    category: str  # work, health, school, church, sport, society, other
    flags: str = ""


def kinds(spec: str) -> tuple[Kind, ...]:
    """ "{} fabrikker @work p | {} raffineri @work | ..." -> Kinds."""
    out = []
    for entry in spec.split(" | "):
        template, _, rest = entry.partition(" @")
        category, _, flags = rest.partition(" ")
        out.append(Kind(template.strip(), category, flags.strip()))
    return tuple(out)


KINDS: dict[str, dict[str, tuple[Kind, ...]]] = {
    "nb": {
        "place_kind": kinds(
            "{} fabrikker @work p | {} fabrikk @work p | {} raffineri @work | {} gartneri @work p "
            "| {} meieri @work | {} bryggeri @work p | {} sagbruk @work p | {} mekaniske "
            "verksted @work p | {} verft @work p | {} smelteverk @work | {} kraftstasjon @work | "
            "{} gruve @work | {} kirke @church p | {} kyrkje @church | {} kapell @church p | {} "
            "menighet @society | {} bedehus @church p | {} sykehus @health | {} sjukehus @health "
            "| {} sjukeheim @health p | {} sykehjem @health p | {} helsesenter @health | {} "
            "legesenter @health | {} DPS @health | {} skole @school p | {} skule @school p | {} "
            "ungdomsskole @school p | {} barneskole @school p | {} barnehage @school p | {} "
            "folkehøgskole @school | {} videregående @school | {} vidaregåande @school | {} "
            "fengsel @other | {} hotell @other p | {} camping @other p | {} kafé @other p | {} "
            "bibliotek @other | {} museum @other | {} sparebank @other | {} idrettslag @sport | "
            "{} IL @sport | {} Turn @sport | {} FK @sport | {} BK @sport | {} SK @sport | {} "
            "mannskor @society | {} musikkorps @society | {} skolekorps @society | {} "
            "sanitetsforening @society"
        ),
        "hyphen": kinds(
            "{}-fabrikken @work p | {}-verftet @work p | {}-gruva @work | {}-meieriet @work | "
            "{}-sagbruket @work p | {}-bruket @work p | {}-anlegget @work | {}-skolen @school p | "
            "{}-skulen @school p | {}-sykehuset @health | {}-sjukehuset @health | {}-hjemmet "
            "@health p | {}-senteret @health | {}-klinikken @health p | {}-kirka @church p | "
            "{}-kyrkja @church | {}-hotellet @other p | {}-campingen @other p | {}-museet @other "
            "| {}-laget @sport | {}-korpset @society"
        ),
        "kind_first": kinds(
            "døgnenheten {} @health p | post {} @health p | avdeling {} @health p | seksjon {} "
            "@health | enhet {} @health p | bofellesskapet {} @health p | Idrettslaget {} @sport "
            "| Turnforeningen {} @sport | Sparebanken {} @other | Hotell {} @other p | Kafé {} "
            "@other p | Skolekorpset {} @society"
        ),
        "saint": kinds(
            "Sankt {} menighet @society | St. {} kirke @church | Sankt {} kirke @church | St. {} "
            "skole @school | Sankt {} skole @school | St. {}s hospital @health"
        ),
        "business": kinds(
            "{} bil @work p | {} bakeri @work p | {} rør @work p | {} elektro @work p | {} maskin "
            "@work p | {} transport @work p | {} bygg @work p | {} regnskap @work p | {} blomster "
            "@work p | {} frisør @work p | {} trevare @work p | {} og sønn @work P | {} og sønner "
            "@work P | Brødrene {} @work P"
        ),
    },
    "en": {
        "place_kind": kinds(
            "{} Mill @work po | {} Mills @work po | {} Works @work o | {} Brewery @work po | {} "
            "Colliery @work o | {} Foundry @work po | {} Dockyard @work o | {} Council @work o | "
            "{} Museum @other o | {} Library @other o | {} Park @health | {} General @health | "
            "{} Infirmary @health o | {} Royal Infirmary @health t | {} Hospital @health o | {} "
            "University Hospital @health o | {} Regional Hospital @health o | {} Healthcare "
            "@health | {} Wing @health pt | {} Court @health p | {} House @health p | {} Lodge "
            "@health p | {} Medical Centre @health o | {} Surgery @health o | {} College @school "
            "p | {} Academy @school p | {} High @school | {} High School @school | {} Grammar "
            "@school | {} Primary @school p | {} Comprehensive @school | {} Community School "
            "@school | {} National School @school | {} Chapel @church po | {} Church @church o | "
            "{} Methodist Church @church o | {} Parish Church @church | {} Rovers @sport | {} "
            "Athletic @sport | {} United @sport | {} Albion @sport | {} Town @sport | {} City "
            "@sport | {} Celtic @sport | {} Harriers @sport | {} Wanderers @sport | {} GAA @sport "
            "| {} Gaels @sport | {} Rugby Club @sport | {} Golf Club @sport o | {} Brass Band "
            "@society | {} Male Voice Choir @society | {} Credit Union @other t | {} Building "
            "Society @other t | {} Prison @other o | {} Hotel @other po"
        ),
        "kind_of": kinds(
            "Port of {} @work t | University of {} @school t | Heart of {} College @school | City "
            "of {} College @school | Bank of {} @other t | Museum of {} @other t | Royal "
            "Infirmary of {} @health t | Diocese of {} @society t"
        ),
        "possessive": kinds("{}'s @work p"),
        "and_sons": kinds(
            "{} and Sons @work P | {} and Son @work P | {} Brothers @work P | {} & Sons @work P"
        ),
        "saint": kinds(
            "St {}'s @church | St {}'s Church @church | St {}'s Primary @school | St {}'s "
            "Hospital @health | St {}'s College @school | Church of St {} @church t | St {}'s "
            "Catholic Church @church | Saint {}'s @school"
        ),
    },
}

# Sources per shape, and the style an invented name takes there.
SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "nb": {"place_kind": ("big", "small", "invented", "surname"),
           "hyphen": ("big", "small", "invented", "surname"),
           "kind_first": ("big", "small", "invented", "surname"),
           "saint": ("big", "small", "invented"),
           "business": ("big", "small", "invented", "surname")},
    "en": {"place_kind": ("big", "small", "invented", "surname"),
           "kind_of": ("big", "small", "invented"),
           "possessive": ("big", "invented", "surname"),
           "and_sons": ("invented", "surname"),
           "saint": ("big", "small", "invented")},
}  # fmt: skip
INVENTED_STYLE = {"saint": "first", "possessive": "surname", "and_sons": "surname",
                  "business": "surname"}  # fmt: skip


def pool(lang: str, shape: str, source: str) -> tuple[str, ...]:
    """The real names a (shape, source) cell draws from; empty for ``invented``."""
    if source == "invented":
        return ()
    if source == "surname":
        return SURNAMES[lang]
    if shape == "saint":
        return (SAINTS_BIG if source == "big" else SAINTS_SMALL)[lang]
    if shape == "possessive" and source == "big":
        return FIRMS_BIG[lang]
    return (BIG if source == "big" else SMALL)[lang]


def fits(kind: Kind, shape: str, source: str) -> bool:
    """Whether ``kind`` reads naturally with a name of ``source``."""
    personal = source == "surname" or (
        source == "invented" and INVENTED_STYLE.get(shape) == "surname"
    )
    if shape in ("saint", "possessive"):
        return True
    if personal:
        return "p" in kind.flags or "P" in kind.flags
    return "P" not in kind.flags


# --------------------------------------------------------------------------------------------
# slots: carrier sentences ("{}" is the institution) and the kind categories each suits

ALL = ("work", "health", "school", "church", "sport", "society", "other")


@dataclass(frozen=True)
class Slot:
    name: str
    template: str
    categories: tuple[str, ...]


def slots(spec: str) -> tuple[Slot, ...]:
    """ "name: template @cat cat | ..." -> Slots; "@all" suits every category."""
    out = []
    for entry in spec.split(" | "):
        head, _, cats = entry.partition(" @")
        name, _, template = head.partition(": ")
        categories = ALL if cats.strip() == "all" else tuple(cats.split())
        out.append(Slot(name.strip(), template.strip(), categories))
    return tuple(out)


SLOTS: dict[str, tuple[Slot, ...]] = {
    "nb": slots(
        "jobba_på: Jeg jobba på {} i tjue år. @work health school other church | "
        "ansatt_ved: Faren min var ansatt ved {} hele livet. @work health school other church | "
        "eg_jobba: Eg jobba på {} nokre år før eg gifta meg. @work health school other | "
        "innlagt: Jeg var innlagt på {} i tre uker. @health | "
        "gikk_på: Jeg gikk på {} på åttitallet. @school | "
        "med_i: Jeg var med i {} da jeg var ung. @sport society | "
        "spilte_for: Han spilte for {} i mange år. @sport | "
        "gifta_oss: Vi gifta oss i {} i nittensyttiåtte. @church | "
        "var_på: Vi var mye på {} om sommeren, vi. @other sport | "
        "subject: {} sendte meg et brev om det. @all | "
        "apposition: Det gamle stedet, {}, ble lagt ned i fjor. @all"
    ),
    "en": slots(
        "worked_at: I worked at {} for twenty years. @work health school other church | "
        "dad_was_at: My dad was at {} his whole working life. @work health school other | "
        "admitted: I was admitted to {} in the March. @health | "
        "above_in: Sure I was above in {} for a fortnight. @health | "
        "school_at: I went to school at {} in the seventies. @school | "
        "member_of: I was a member of {} for a while. @sport society church | "
        "played_for: He played for {} when he was younger. @sport | "
        "married_in: We got married in {} in ninety-eight. @church | "
        "used_to_go: We used to go to {} every Sunday. @church sport other society | "
        "subject: {} sent me a letter about it. @all | "
        "apposition: The old place, {}, shut down in the nineties. @all"
    ),
}


def render(lang: str, shape: str, kind: Kind, name: str) -> str:
    """The institution, with "[...]" around the gold part when an article goes before it or,
    in "<Surname>'s", the possessive "'s" follows it (a pseudonym keeps the "'s", so a detector
    that replaces the surname leaks nothing; its type still shows in ``right_type``)."""
    if shape == "possessive":
        return f"[{name}]'s"
    if lang == "nb" and "{}s " in kind.template and name[-1] in "sxz":
        org = kind.template.replace("{}s ", name + "' ")  # "St. Johannes' hospital"
    else:
        org = kind.template.replace("{}", name)
    if lang == "en" and ("t" in kind.flags or ("o" in kind.flags and R.random() < 0.5)):
        return f"the [{org}]"
    return org
