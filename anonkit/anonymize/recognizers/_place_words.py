"""The word tables and place indexes of the place-form rules (:mod:`.place_forms`; split out
of it in session 45, when it passed 500 lines).

Why a module of its own: the tables say which prepositions, verbs, place nouns, street words
and idioms the rules read, and the indexes (one slip from a listed place, places of two or
three words) are built once from the place lists; other layers read the same tables
(``BUILDING_NOUNS``, ``PARTICLE_IDIOMS``, ``NB_PLACE_TAILS``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from rapidfuzz.distance import Levenshtein

from anonkit.anonymize.numberwords import TEENS, TENS, UNITS
from anonkit.anonymize.places import places, uk_postal_places, world_places
from anonkit.anonymize.recognizers._base import word_set

# A place one slip from a listed one: the shortest word the near-match looks at (one letter
# less in the index, for deletions).
MIN_NEAR_LEN = 5
# A long place ASR wrote as two or three words ("aber wrist with" for Aberystwyth): the
# places of eight letters or more are indexed for it.
SPLIT_MIN_LEN = 8

PREPOSITIONS_BY_LANG = {
    "nb": word_set(
        "i på fra til ved utenfor mot over gjennom forbi nær rundt oppi nedi inni utpå langs "
        # session 45 (blind35: "hytte oppunder høgevarde")
        "oppunder innunder nedunder ovanfor ovenfor nedanfor nedenfor"
    ),
    "en": word_set("in to from near outside at into through via towards around over"),
}
# Verbs of living, moving and staying before a capitalized Norwegian noun (not verbs of work:
# "begynte i Dagbladet" is an employer, the NER model's to type).
NB_STAY_VERBS = word_set(
    """
    bor bodde bodd bo budde flytta flyttet flytter flytte født vokste oppvokst var vært va
    dro drar reiste kom kjørte fløy hytte hytta gård gården ferie feriert stasjonert
    """
)
# Norwegian topographic nouns in the definite singular (and -øyene, -fjella): the last part of
# most farm, island, fjord, valley and mountain names said with their article; and street
# words ("i kirkeveien", "til skolegata": a street without a number is a place).
NB_PLACE_TAILS = tuple(
    word_set(
        """
        fjorden landet øya øyene øy vika viken vågen dalen sundet neset nesset holmen holmane
        fjellet fjella vatnet vannet vatne elva bukta berget heia haugen åsen stranda eidet
        botnen tinden hamna havna skjæret skogen marka lia myra bakken sletta nuten toppen
        kollen ura jordet garden grenda bygda odden brekka voll vollen sjøen tjønna kilen
        veien vegen gata gaten stien alleen plassen torget
        varde varden piggen
        """
    )
)
# Street words: a name before one of them is a street ("soho road", "the antrim road").
STREET_WORDS = word_set(
    "road street lane avenue drive crescent close terrace grove gardens way row walk place hill"
)
# lcen23: landform words a name stands before like a street's ("up the calder valley", "on
# rannoch moor"); the same test as a street name, on a lower-case line.
LANDFORM_WORDS = word_set("valley dale moor moors forest hills fells estuary peninsula")
NAMED_PLACE_TAILS = STREET_WORDS | LANDFORM_WORDS
# A compass or position word that opens a place name said as two words ("North Shields",
# "Nedre Eiker", "nord odal" for Nord-Odal).
COMPASS = word_set(
    "north south east west upper lower nord sør syd øst vest øvre nedre indre ytre søndre "
    "nordre vestre østre"
)
NOT_AFTER_COMPASS = word_set("and the for from with til og med for fra som der her")
# "out to X", "down in X", "ned til X", "ute på X": a particle of direction or position and a
# place preposition before a bare word. In speech that word is nearly always a place (eval
# dev lines: 40 of 44); it is flagged (a place that is also a word stays doubtful).
PARTICLES = {
    "en": word_set("out down up over back across"),
    # not "hjem til": "hjem til foreldrene", "heim til Kari" go to people
    "nb": word_set("ned opp ut inn over bort oppe nede ute borte inne"),
}
PARTICLE_PREPOSITIONS = word_set("to in at by til i på ved")
# What follows such a pair as an idiom, not as a place ("up to date", "back to work", "ute i
# sola" stays: the sun is flagged, the steward decides).
PARTICLE_IDIOMS = word_set(
    """
    date now then here there work bed school normal lunch dinner breakfast tea sea earth arms
    time speed scratch town bits pieces hospital court church college uni university
    something anything nothing everything someone anyone nobody everyone see sleep be get go
    front line hand line par sort bat
    dag natt kveld morgen seng jobb jobben skolen skole byen butikken sykehuset land by
    noe ingenting noen alle
    """
)
# "hytte ved X", "kontor på X", "a flat in X": a building or establishment and a place
# preposition before a bare word that says where it stands (eval dev lines: 28 of 31 places;
# the others "hus på landet", "at like four", "i tjuetolv"). Flagged, like the particle rule.
BUILDING_NOUNS = {
    "nb": word_set(
        """
        hytte hytta hus huset leilighet leiligheten gård gården småbruk kontor kontoret skole
        skolen kafe kafé kafeen butikk butikken bolig boligen hybel hybelen sykehjem
        sykehjemmet fabrikk fabrikken barnehage barnehagen kirke kirka kirken verksted
        verkstedet campingplass
        """
    ),
    "en": word_set(
        "house flat cottage cabin caravan farm office school shop cafe pub church factory "
        "chapel bungalow"
    ),
}
GREW_UP = word_set("vokste vokser vokse vaks vokst grodde")
DEFINITE_PLACE_ENDINGS = ("en", "et", "a", "ene", "ane")
BUILDING_PREPOSITIONS = word_set("i på ved in at near by")
BUILDING_IDIOMS = word_set("landet bygda toppen like all least last first home")
# Number words ("sykehjem i tjuetolv" is a year).
_TENS = tuple(TENS)


def number_word(low: str) -> bool:
    return low in UNITS or low in TEENS or low.startswith(_TENS)
# Before a street: what English puts in front of a street said without a number.
STREET_LEADS = word_set("on off along down up in at near from onto into by round")
# Before a listed place of several words: a preposition, an article ("walk the pennine way")
# or a verb of visiting ("climbed ben nevis").
MULTIWORD_LEADS = (
    PREPOSITIONS_BY_LANG["en"]
    | STREET_LEADS
    | word_set("the across climb climbed climbing walk walked walking visit visited")
)
# Session 45 (the lower-cased development sets: "and then here, canning town."): a listed
# place of two or three words set off by commas or closing the sentence names the place
# without a preposition.
SET_OFF_BEFORE = re.compile(r",\s*$")
SET_OFF_AFTER = re.compile(r"\s*(?:[,.;:!?]|$)")


@cache
def _near_index() -> dict[tuple[str, int], tuple[str, ...]]:
    """Lower-cased one-word listed places by (first letter, length); not the British postal
    places (session 38): one slip from sixteen thousand hamlets is too many words
    ("i helgan")."""
    index: dict[tuple[str, int], list[str]] = defaultdict(list)
    for p in (places() | world_places()) - uk_postal_places():
        if " " not in p and "-" not in p and len(p) >= MIN_NEAR_LEN - 1 and p.isalpha():
            low = p.lower()
            index[(low[0], len(low))].append(low)
    return {k: tuple(v) for k, v in index.items()}


def near_place(low: str) -> str | None:
    """The listed place one edit from ``low`` (two from eight letters), same first letter."""
    edits = 2 if len(low) >= 8 else 1
    index = _near_index()
    for length in range(len(low) - edits, len(low) + edits + 1):
        for place in index.get((low[0], length), ()):
            if place != low and Levenshtein.distance(low, place, score_cutoff=edits) <= edits:
                return place
    return None


@cache
def split_index() -> dict[str, tuple[str, ...]]:
    """Lower-cased one-word listed places of eight letters or more, by first two letters
    (not the British postal places, as in ``_near_index``)."""
    index: dict[str, list[str]] = defaultdict(list)
    for p in (places() | world_places()) - uk_postal_places():
        if " " not in p and len(p) >= SPLIT_MIN_LEN and p.isalpha():
            index[p[:2].lower()].append(p.lower())
    return {k: tuple(v) for k, v in index.items()}


@cache
def multiword_places() -> dict[str, frozenset[tuple[str, ...]]]:
    """Lower-cased places of two or three words, by their first word."""
    out: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for p in places() | world_places():
        words = tuple(p.lower().split())
        if 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
            out[words[0]].add(words)
    return {k: frozenset(v) for k, v in out.items()}


def opens_lower_case(text: str, pos: int) -> bool:
    """The line around ``pos`` opens with a lower-case letter (stricter than
    :func:`lower_case_line`, which skips digits: "50 år senere kommer han inn i rommet")."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos].lstrip()
    return line[:1].isalpha() and line[:1].islower()
