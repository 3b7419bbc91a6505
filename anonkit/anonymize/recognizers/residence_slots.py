"""A capitalized word where someone lives, grew up or comes from → LOCATION (session 28).

Why: a place whose name is an everyday word or a short one (``Vats``, ``Re``, ``Mere``,
``Lyse``) is in no place list (the lists leave such names out, so that ``vri halsen`` or
``a pill`` stay words), and on a line ASR wrote with capitals it was only flagged or, for a
two-letter name, not seen at all ("Vi bodde på Re i mange år" was a silent leak). Whisper
capitalizes a word in the middle of a sentence when it heard a name, and the slot after a
verb of living, growing up, being born or moving, or after "from"/"fra", takes a place. Both
together are strong enough to replace: a capitalized word (or two) right in that slot,
unless it is a non-entity (``NAV``, ``Gud``), a month or weekday, or a function word.

On a Norwegian line written in lower case the slot alone does not tell ``vi bodde på hytta``
from a village, so there the word is only **flagged** (session 29): in the lower-cased
development sets 435 of 462 words after a Norwegian residence slot were gold places
(``vi bodde på kampen``, ``hu va fra røra``, ``flytta til milde``), and most of the rest were
the generic homes and words of :data:`NB_GENERIC_HOMES`, left alone. English lower-case
slots are :mod:`.bare_slot_nouns`' (a bare noun) and :mod:`.rare_slot_words`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.numberwords import number_words_together, word_value
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.places import (
    EN_EVERYDAY_PLACE_WORDS,
    EVERYDAY_PLACE_WORDS,
    places_lower,
    word_places,
)
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    is_capitalized,
    lower_case_line,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.rare_slot_words import RARE_ZIPF, zipf
from anonkit.anonymize.wordlists import common_words, not_entities

SCORE = 0.6
FLAG_SCORE = 0.3
# Where people live that is no place's name (Norwegian, lower-case lines): homes, kinds of
# housing and institutions, generic areas, and words that fill the slot otherwise ("samme").
NB_GENERIC_HOMES = word_set(
    """
    byen bygda landet landsbygda gården garden gardane hjemme heime hytta hytte hybel
    hybelen hybelhus leilighet leiligheta leiligheten huset blokka blokk rekkehus
    institusjon institusjonen sykehjem sykehjemmet sjukeheimen hjemmet heimen loftet
    kjelleren internat internatet hotell hotellet campingplassen øya fjellet kysten gata
    gaten sentrum utlandet hospits hospitset mottak mottaket asylmottak asylmottaket
    bofellesskap bofellesskapet omsorgsbolig omsorgsboligen barnehjem barnehjemmet
    fosterhjem fosterhjemmet krisesenter krisesenteret barnevernet gutterommet jenterommet
    rommet flyktningleir flyktningleiren leir leiren lavvo campen brakka samme sammen
    kommunal kommunale gata kollektiv kollektivet studentbyen landet
    """
)
# The slots (shared with ``anonymize/residence_places.py``, which types what other layers
# found there): a verb of living, growing up, being born or moving and its preposition, or
# "from"/"fra" after a form of "be" or "come".
RESIDENCE_SLOTS = {
    "en": (
        r"(?:(?:live|lives|lived|living|grew up|brought up|raised|born|settled"
        r"|stay|stays|stayed|staying) (?:in|near|outside)"
        r"|(?:moved|move|moves|moving|emigrated|relocated|went back|came back) (?:to|from)"
        r"|(?:i['’]m|i am|he['’]s|she['’]s|he is|she is|he was|she was|we were|they were"
        r"|we['’]re|they['’]re|i was|originally|came originally"
        # a person coming from somewhere; "a letter came from Lester" is no residence
        r"|(?:i|he|she|we|they) (?:come|comes|came)) from"
        # session 33 (type confusion on the development sets: "came down from Preston" was a
        # person): motion with a direction, and a person moved or sent
        r"|(?:came|come|comes|coming) (?:up|down|over|back|across) from"
        r"|(?:moved|sent|shipped|transferred) (?:us|me|him|her|them)(?: out| back| up| down)? to"
        r"|(?:got |was |were )?sent (?:out |back |up |down |over )?to)"
    ),
    "nb": (
        r"(?:(?:bor|bur|bodde|budde|budd|bodd|butt|vokste opp|vaks opp|født|fødd"
        r"|oppvokst|heime|hjemme) (?:i|på)"
        # moving only: "vi dro til Pappa" goes to a person
        r"|(?:flytta|flyttet|flytte|flytter|flytt|flytta tilbake|flyttet tilbake)"
        r" (?:til|fra|frå|te)"
        # a person from somewhere ("han kommer fra Lyse"); "pakken var fra Kari" is no residence
        r"|(?:jeg|eg|æ|je|han|hun|ho|hu|vi|me|dei|de|dem|dæm) (?:er|e|var|va|kjem|kommer|kom)"
        r" (?:opprinnelig |oppr\. )?(?:fra|frå)"
        r"|(?:kommer|kjem|kom) opprinnelig (?:fra|frå))"
    ),
}
_SLOT = {
    # the capital after the slot is checked in code (the slot's words are any case)
    "en": re.compile(r"(?<![\w'’-])" + RESIDENCE_SLOTS["en"] + r" (?:the )?", re.IGNORECASE),
    "nb": re.compile(r"(?<![\w'’-])" + RESIDENCE_SLOTS["nb"] + r" ", re.IGNORECASE),
}
# Words that open a two-word place name ("Great Snoring", "Little Haven", "Nedre Eiker").
_LEADS = word_set(
    "great little north south east west upper lower new old nord sør øst vest øvre nedre "
    "store lille indre ytre"
)
# Session 29 (benchmarks/names_stress.py; 114 of 118 such words in the Norwegian dev sets
# were gold places): a verb of travelling, its subject after it or not, and "til"/"fra".
_NB_MOTION = re.compile(
    r"(?<![\w'’-])(?:reiste|reist|reise|dro|drog|kjørte|kjørt|kjøre|kom|kommer|kjem|flydde"
    r"|flykta|flyktet|rømte|seilte|syklet|sykla) (?:vi |han |hun |ho |hu |de |dei |eg |jeg |æ )?"
    r"(?:til|te|fra|frå) ",
    re.IGNORECASE,
)
# Session 30 (blind19 as development material): where a walk or a trip goes ("gå tur rundt
# røyse", "tok en tur opp på X").
_NB_TRIP = re.compile(
    r"(?<![\w'’-])tur(?:en|er)? (?:rundt|til|te|over|langs|forbi|gjennom|opp på|opp til|"
    r"ned til|ut til|inn til|ut på|inn på) ",
    re.IGNORECASE,
)
# Session 30: where a place-bound thing is ("hytte i flora", "småbruk på re", "gruva i svea",
# "ungdomsskolen på bryn") and the dialect locatives ("oppi skei", "utafor molle").
_NB_SITE = re.compile(
    r"(?<![\w'’-])(?:(?:hytte|hytta|hytter|gård|gården|garden|småbruk|småbruket|sommerhus|"
    r"sommerhuset|ungdomsskolen|barneskolen|skolen|skulen|gruva|gruvene|sykehjemmet|"
    r"rekkehus|leilighet|leiligheta) (?:i|på)|oppi|nedi|borti|bortpå|utpå|innpå|oppå|nedpå|"
    r"utafor|innafor|ovafor|nedafor|innved) ",
    re.IGNORECASE,
)
# Session 32 (blind6/8/18/22 as development material, lower-cased): where a home stands
# ("bodde i en blokk på lagunen"), whom one lives with and where ("bo hos ham i kroken"), where
# a bus or train goes ("tok t-banen fra grav"), and a second home in the same sentence ("bodde
# på rødtvet i tre år og så på rommen").
_NB_HOME_SITE = re.compile(
    r"(?<![\w'’-])(?:(?:blokk|blokka|blokker|blokkene|rekkehus|rekkehuset|enebolig|eneboligen|"
    r"hus|huset|kommunal bolig|kjeller|kjellerleilighet|hybel|hybelen) (?:i|på)"
    r"|(?:bo|bor|bodde|budde|bu|bur) hos [a-zæøå]+ (?:i|på)"
    r"|(?:bussen|toget|t-banen|trikken|båten|ferja|ferga|flyet|hurtigruta|bybanen) "
    r"(?:fra|frå|til|te))"
    r" ",
    re.IGNORECASE,
)
_NB_SECOND_HOME = re.compile(
    r"(?<![\w'’-])(?:bodde|budde|bodd|bor|bur|vokste opp|flytta|flyttet)"
    r"(?: [a-zæøå]+)? (?:på|i) [a-zæøå]+[^.?!]*? og (?:så )?(?:på|i) ",
    re.IGNORECASE,
)
# After a verb of travelling: the infinitive ("kom til å"), times and people.
_NOT_DESTINATIONS = (
    word_set("å krigen jul jula påske påska sommeren vinteren syden helga helgen romjula")
    | ROLES
    # the ordinals of a date ("født på syttende mai")
    | word_set(
        "første andre tredje fjerde femte sjette sjuende syvende åttende niende tiende ellevte "
        "tolvte trettende fjortende femtende sekstende syttende søttende attende nittende "
        "tjuende tjueførste trettiende"
    )
)
# The heads of compounds that name a kind of home or institution ("kommunebolig").
_HOME_HEADS = (
    "bolig", "boligen", "leilighet", "leiligheta", "leiligheten", "hus", "huset", "heim",
    "heimen", "hjem", "hjemmet", "senter", "senteret", "senter", "kollektiv", "kollektivet",
    "mottak", "mottaket", "hybel", "hybelen", "institusjon", "institusjonen", "avdeling",
    "avdelinga", "avdelingen", "posten", "sykehus", "sykehuset", "sjukehus", "sjukehuset",
    "hotell", "hotellet", "skole", "skolen", "skule", "skulen", "fengsel", "fengselet",
)  # fmt: skip
# The everyday ends of a walk or a trip ("tur til butikken", "tur langs elva").
_NOT_TRIP_ENDS = word_set(
    "butikken skogen sjøen stranda marka parken vannet kiosken senteret byen toppen elva "
    "elven fjorden bekken stien veien vegen dalen åsen fjellet"
)
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_NAME = re.compile(r"[A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*(?: [A-ZÆØÅ][\w'’]*(?:-[\w'’]+)*)?(?![\w'’-])")


class ResidenceSlotRecognizer(AnonkitRecognizer):
    """A capitalized word after "bodde på", "lives in", "is from" (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.slot = _SLOT[lang]
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang == "nb" and (
            may_match(_NB_MOTION, text)
            or "tur" in text
            or _NB_SITE.search(text) is not None
            or _NB_HOME_SITE.search(text) is not None
            or _NB_SECOND_HOME.search(text) is not None
        ):
            yield from self._lower_motion(text)
        if not may_match(self.slot, text):
            return
        for m in self.slot.finditer(text):
            word = _WORD.match(text, m.end())
            if (
                self.lang == "nb"
                and word is not None
                and word.group(0).islower()  # the truecaser gave listed places a capital
                and lower_case_line(text, m.end())
            ):
                if self._lower_place(word.group(0)):
                    score = self._lower_score(word.group(0), residence=True)
                    yield word.start(), word.end(), LOCATION, score
                continue
            if (
                self.lang == "en"
                and word is not None
                and word.group(0).islower()
                and lower_case_line(text, m.end())
                and _listed_english_place(word.group(0))
                and not self._not_a_name(word.group(0))
            ):
                # session 31: "we moved to sheet", "he's from tongue", "lived in kill": a listed
                # place that is also a word, in the slot (29 of 29 gold in the lower-cased
                # development sets, blind21 included)
                yield word.start(), word.end(), LOCATION, SCORE
                continue
            name = _NAME.match(text, m.end())
            if name is None:
                continue
            words = name.group(0).split(" ")
            if len(words) == 2 and self._not_a_name(words[1]):
                words = words[:1]
            # "Great Snoring": a lead word opens a two-word name
            lead = len(words) == 2 and words[0].lower() in _LEADS and is_capitalized(words[1])
            if not lead and (self._not_a_name(words[0]) or not is_capitalized(words[0])):
                continue
            yield m.end(), m.end() + len(" ".join(words)), LOCATION, SCORE

    def _lower_motion(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """ "vi reiste til plassen", "så kom vi til tjernet" on a lower-case line: the word
        where a journey ends or starts is flagged like a residence's (module docstring)."""
        trips = [(m, False) for m in _NB_MOTION.finditer(text)]
        trips += [(m, True) for m in (*_NB_TRIP.finditer(text), *_NB_SITE.finditer(text))]
        trips += [(m, True) for m in _NB_HOME_SITE.finditer(text)]
        trips += [(m, True) for m in _NB_SECOND_HOME.finditer(text)]
        for m, trip in trips:
            word = _WORD.match(text, m.end())
            if (
                word is not None
                and word.group(0).islower()
                and lower_case_line(text, m.end())
                and self._lower_place(word.group(0))
                and not (trip and word.group(0) in _NOT_TRIP_ENDS)
            ):
                score = self._lower_score(word.group(0))
                yield word.start(), word.end(), LOCATION, score

    def _lower_score(self, word: str, residence: bool = False) -> float:
        """Session 30: a word no list knows (no everyday word, Nynorsk form or listed name)
        in a residence slot is replaced, not only flagged (``hu va fra røra`` stays a flag;
        ``vi bodde på åkrestrømmen`` is replaced): the slot says "a place", the lists say "no
        word". A compound ending in a kind of home or institution is a word
        (``kommunebolig``, ``omsorgsboligen``); other compounds are place names as often
        (``vossevangen``)."""
        low = word.lower()
        if _listed_place(low):
            return SCORE
        if residence and _rare_word_not_a_home(low):
            return SCORE
        known = (
            low in common_words("nb")
            or nynorsk_form(low)
            or low in first_names_lower()
            or low.endswith(_HOME_HEADS)
        )
        return FLAG_SCORE if known else SCORE

    def _lower_place(self, word: str) -> bool:
        """A word on a lower-case line that may be the place of the slot (module docstring)."""
        low = word.lower()
        return (
            len(low) >= 2
            and low.isalpha()
            and low not in NB_GENERIC_HOMES
            and low not in _NOT_DESTINATIONS
            and not number_words_together(low)
            and not self._not_a_name(low)
        )

    def _not_a_name(self, word: str) -> bool:
        low = word.lower().rstrip("'’")
        return (
            low in FUNCTION_WORDS
            or low in KINSHIP  # "flytta til Pappa", "moved in with Mum"
            or low in self.skip
            or (word.isupper() and len(word) > 1)
        )


def _rare_word_not_a_home(low: str) -> bool:
    """Session 31: a word the lists know but people rarely write (Zipf below
    ``rare_slot_words.RARE_ZIPF``: ``bulken``, ``brekken``, ``hamna``, ``lysnes``) right where
    someone lives, grew up or comes from is a farm's or village's name; the rare everyday
    words of that slot are compounds of homes and vehicles (``eneboligen``, ``kanalbåt``,
    ``campingvogna``: NorNE's training text), left flags."""
    return (
        zipf(low, "nb") < RARE_ZIPF
        and not low.endswith(_HOME_HEADS + _VEHICLE_HEADS)
        and word_value(low) is None
    )


_VEHICLE_HEADS = ("båt", "båten", "vogn", "vogna", "vogner", "bil", "bilen", "husa", "brakker")


def _listed_place(low: str) -> bool:
    """Session 31: a listed place in a Norwegian slot on a lower-case line is replaced even
    when it is also a word (``vokste opp på lista``, ``flytta til milde``, ``var fra fister``):
    in the lower-cased development sets (blind21 included) 82 such words stood in the
    residence, travel, trip and site slots, every one a gold place. The everyday ends of a
    move or trip that are also village names stay flags (``dro til stranda``)."""
    return (low in word_places("nb") or low in places_lower()) and low not in EVERYDAY_PLACE_WORDS


def _listed_english_place(low: str) -> bool:
    """A place of Britain's, Ireland's or the world's lists, words included (``kill``,
    ``forth``, ``bath``), that is no month or everyday thing ("born in march", "living in
    hell": ``places.EN_EVERYDAY_PLACE_WORDS``)."""
    return (low in word_places("en") or low in places_lower()) and low not in (
        EN_EVERYDAY_PLACE_WORDS
    )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [ResidenceSlotRecognizer(lang)]
