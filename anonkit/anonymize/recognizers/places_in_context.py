"""Places that only the sentence reveals → LOCATION (issue 10, items 1 and 4; detect3).

Why: the place gazetteer finds listed places with a capital. Speech recognition spells places
the way they sound (``Edinburra``, ``trumsø``, ``Glosta``) and small places are in no list;
the steward saw them as flags at best. The slot gives them away: after a verb of living or
moving and a place preposition — ``moved to X``, ``grew up in X``, ``is from X``, ``bodde
i X``, ``kommer fra X`` — a word that is not an everyday word is a place. This recognizer
reports:

* a capitalized word in that slot that no word list knows and that is no listed first name
  (``Glosta``, ``Edinburra``) — score 0.6, replaced;
* a lower-case word in that slot that is within two edits of a
  listed place and is not an everyday word (``trumsø`` ~ Tromsø, ``sarpsbor`` ~ Sarpsborg)
  — score 0.6, replaced. A lower-case unknown word that resembles no place stays a flag
  (:mod:`.flags`).

A capitalized word between a place preposition and ``i``/``in`` + a listed place is a place
inside that place, whatever else the word means (``på Å i Lofoten``, ``to Wool in Dorset``)
— score 0.6, replaced.

Listed places themselves are left to :mod:`.gazetteer_place` (the truecaser capitalizes them
in the same slot, see :mod:`anonkit.anonymize.truecase`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from rapidfuzz.distance import Levenshtein

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    world_places,
)
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._estates import capitalised_estates, lower_case_estates
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, lower_case_line
from anonkit.anonymize.recognizers.rare_slot_words import toponym_ending
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
MAX_EDITS = 2
MIN_FUZZY_LEN = 5

PREPOSITIONS = word_set("in to from near outside at i på fra frå til ved utenfor utanfor")
# Verbs of living and moving before the preposition ("moved to", "grew up in", "bodde på").
RESIDENCE_VERBS = word_set(
    """
    live lives lived living move moves moved moving born grew grow raised settled relocated
    originally was were been stayed staying
    var vært bor bodde bodd bo flytta flyttet flytter flytte født vokste oppvokst
    camped camping holiday holidays holidayed caravan cabin cottage farm hytte hytta gård
    gården campingvogn ferie feriert stasjonert stationed
    worked working school college uni university studied jobba jobbet studerte skole skolen
    went go goes going came come comes coming drove drive driving travelled traveled flew
    sailed ferry dro drar dra reiste reise kjørte kjøre kom fløy
    """
)
# detect4: an English month after a verb of living ("We lived in March, near …"): March is
# also a town. Months are non-entities, so this is only a flag (kept by the resolver although
# the word is a non-entity: the context says it is used as a name here).
MONTH_SCORE = 0.3
EN_MONTHS = word_set(
    "january february march april may june july august september october november december"
)
MONTH_PLACE_SLOTS = frozenset(
    {("lived", "in"), ("live", "in"), ("living", "in"), ("grew", "in"), ("settled", "in"),
     ("moved", "to"), ("moving", "to"), ("relocated", "to"), ("up", "in")}
)  # fmt: skip
# "He's from X", "hun kommer fra X", "er fra X": origin, with "from"/"fra" only.
# Session 22: the dialect copulas and "kjem" too ("ho e fra skatval", "han va fra …").
ORIGIN_WORDS = word_set("is 's was are were come comes came er var kommer kom e va kjem")
# Session 20: a small Norwegian place that is also a word ("vi bodde i fet", "ho kom fra
# borre", "bodde på flo"), on a line written in lower case, right after a verb of living
# (+ "i"/"på") or of origin (+ "fra"). A common noun there comes definite ("bodde på
# landet", "kom fra jobben") or is one of the nouns of housing and idiom below ("bodde på
# hybel", "bodde i lag med"); an indefinite word before the end of the clause is shown, and
# replaced when Ordbank has it as a verb form (no noun of housing is: "bodde i fet").
NB_LIVED = word_set("bor bodde bodd bo budde bur flytta flyttet flytter flytte født fødd vaks")
NB_FROM = word_set("er var e va kommer kom kjem flytta flyttet")
NB_HOUSING = word_set(
    """
    hotell hybel kollektiv leilighet institusjon internat hospits barnehjem fosterhjem
    sykehjem telt båt gård hus hjem jobb skole sentrum bolig tur ferie besøk land by før
    start campingvogn brakke hytte lag fred ro lån leie fremleie sokkel loftet hjemme heime
    nytt gammelt ny gammel samme egen eget egne rekkehus enebolig blokk villa
    nord sør syd øst vest
    """
)
# lcnb22: where one was, stopped or has a cabin ("va på bleik", "stoppa på hassel", "hytte i
# flora"): a bare everyday word closing that clause is a small place as often as not — shown,
# never replaced. "var"/"vært" take "på" only ("var i tvil", "var i form" are idioms).
NB_STAYED = word_set("var va vart vært stoppa stoppet overnatta overnattet hytte hytta hytter")
NB_STAYED_IN = word_set("hytte hytta hytter")
# Outings, errands and states said with "var på" (beside ``NB_HOUSING``).
NB_OUTINGS = word_set(
    """
    vei kurs fest kino møte vakt trening konsert date do plass topp tide tvers lag vent
    behandling opphold rehab rehabilitering avrusning sykehus sykehjem legevakt leir mottak
    handel butikk kafé kafe cup stevne turnering jakt fisketur dagtur telttur utflukt
    hospitering praksis utveksling permisjon sykemelding ferietur tur jobb skole
    nett nettet lufta banen alvor feil rett kanten høyden bunn etterskudd overtid
    sosialen fylla kjøret rommet
    """
)
_DEFINITE = ("en", "et", "a", "ene", "ane", "na", "ne")
# lcnb22: "på X var det …" opening a sentence (:meth:`PlaceInContextRecognizer._fronted_place`).
_FRONT_OPENERS = word_set("og men så eh ehm øh ja nei altså")
_FRONTED_VERBS = word_set(
    "var va er e bodde budde bor jobba jobbet hadde har ble blei gikk fikk traff kjørte fiska"
)
_FRONTED_SUBJECTS = word_set("det vi jeg eg æ han hun ho hu de dei dæm me man folk")
_FRONTED_NOT_PLACES = word_set(
    """
    tv radio nett internett facebook face snap snapchat instagram tiktok youtube telefon
    papiret slutten starten begynnelsen dagtid kveldstid natta morgenen ettermiddagen
    helg helga fritida søndag mandag tirsdag onsdag torsdag fredag lørdag sommer vinter
    høst vår
    """
)
SCORE_WORD_PLACE = 0.35
# English verbs of living and birth before in/to, and of origin before from (orgs21).
EN_LIVED = word_set("live lives lived living moved move moves moving born raised settled")
EN_FROM = word_set("is was are were s comes came come originally")
# What follows such a verb that is no place: states, institutions, shifts, idioms.
EN_NOT_PLACES = word_set(
    """
    fear poverty sin peace denial hope squalor luxury comfort silence secrecy hiding shame
    misery pain terror harmony isolation limbo chaos debt care hospital prison jail custody
    captivity wedlock digs halls town bed home work school college uni university rehab
    hostel hostels accommodation housing emergency temporary sheltered supported foster
    tents tent caravan flats flat house houses cars car church abroad overseas scratch
    birth nothing memory experience start day days nights night mornings evenings tears
    action bad worse good better part full private public social council together
    england scotland wales ireland britain europe heaven hell earth land sea country
    city london nowhere somewhere everywhere anywhere there here
    """
)


_CAPITAL_SLOT_PREPOSITIONS = {
    "en": word_set("in from near"),
    "nb": word_set("i på fra frå ved nær utenfor utanfor"),
}


_CONTRACTION_END = re.compile(r"['’](?:s|d|ll|ve|re|m|t)$", re.IGNORECASE)
_NAME_PIECES = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)+")
_DIRECTION_PARTICLES = word_set("up down over out across")


def _number_word(low: str) -> bool:
    return low in UNITS or low in TEENS or low.startswith(tuple(TENS))


@cache
def _fuzzy_index() -> dict[str, tuple[str, ...]]:
    """Lower-cased one-word places by first letter (the first sound survives ASR best)."""
    index: dict[str, list[str]] = defaultdict(list)
    for p in places() | world_places():
        if " " not in p and len(p) >= MIN_FUZZY_LEN - 1:
            index[p[0].lower()].append(p.lower())
    return {k: tuple(v) for k, v in index.items()}


def resembles_place(word: str) -> bool:
    """Within two edits of a listed place of similar length, same first letter."""
    low = word.lower()
    for place in _fuzzy_index().get(low[0], ()):
        if abs(len(place) - len(low)) <= MAX_EDITS and (
            Levenshtein.distance(low, place, score_cutoff=MAX_EDITS) <= MAX_EDITS
        ):
            return True
    return False


class PlaceInContextRecognizer(AnonkitRecognizer):
    """Unknown and misspelled places after a verb of living or moving (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)
        self.first = frozenset(all_first_names())
        self.first_lower = frozenset(n.lower() for n in self.first)
        self.known = frozenset(
            places() | world_places() | health_institution_names() | organization_names()
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        if "estate" in text:
            yield from capitalised_estates(text, tokens)
            if self.lang != "nb":
                yield from lower_case_estates(text)
        for i in range(1, len(tokens)):
            prep = tokens[i - 1].text
            # "I" is the English pronoun, never the Norwegian preposition "i".
            if prep.lower() not in PREPOSITIONS or prep == "I":
                continue
            if prep == "i" and self.lang == "en":
                continue
            tok = tokens[i]
            if (
                (self._slot(tokens, i) or self._english_capital(tokens, i))
                and self._place_like(text, tok)
            ) or (
                # "works at Microsoft in Seattle": after "at" stands an employer, not a place
                prep.lower() != "at" and self._inside(text, tokens, i)
            ):
                yield tok.start, tok.end, LOCATION, SCORE
            elif (score := self._word_place(text, tokens, i)) is not None:
                yield tok.start, tok.end, LOCATION, score
            elif self._fronted_place(text, tokens, i):
                yield tok.start, tok.end, LOCATION, SCORE_WORD_PLACE
            elif (
                self.lang == "en"
                and tok.text[:1].isupper()
                and tok.low in EN_MONTHS
                and i >= 2
                and (tokens[i - 2].low, prep.lower()) in MONTH_PLACE_SLOTS
            ):
                yield tok.start, tok.end, LOCATION, MONTH_SCORE

    def _word_place(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        """ "vi bodde i fet", "ho kom fra borre,": an everyday word as a small place (see
        ``NB_LIVED``); its score, or None."""
        if i < 2:
            return None
        if self.lang == "en":
            return self._en_word_place(text, tokens, i)
        tok, prep, verb = tokens[i], tokens[i - 1].low, tokens[i - 2].low
        if verb == "opp" and i >= 3 and tokens[i - 3].low.startswith(("vokst", "vaks")):
            verb = "bodde"  # "vokste opp på X": where someone lived
        lived = (prep in ("i", "på") and verb in NB_LIVED) or (
            prep in ("fra", "frå") and verb in NB_FROM
        )
        stayed = verb in NB_STAYED and (prep == "på" or (prep == "i" and verb in NB_STAYED_IN))
        if not (lived or stayed):
            return None
        low = tok.text.lower()
        # lcnb22: a first name after "bodde på"/"var på" is where, not who ("bodde på eik")
        name_ok = prep == "på" and low in self.first_lower
        if (
            not self._everyday_word_slot(text, tok, NB_HOUSING, name_ok=name_ok)
            or (stayed and low in NB_OUTINGS)
            or any(low.endswith(e) and len(low) - len(e) >= 3 for e in _DEFINITE)
            or _clause_goes_on(text, tokens, i)  # "bodde i stor leilighet"
        ):
            return None
        if not lived:
            return SCORE_WORD_PLACE
        return (
            SCORE
            if low in word_class_forms("nb", "verb") and prep not in ("fra", "frå")
            else (SCORE_WORD_PLACE)
        )

    def _fronted_place(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "på sund var det mye fiske", "eh, på skjær bodde vi …" (lcnb22): "på" + a bare
        everyday word opening a sentence, then a finite verb and its subject — the fronted
        "where" of the sentence, a small place unless it is an outing, a medium or a time
        (``NB_HOUSING``, ``NB_OUTINGS``, ``_FRONTED_NOT_PLACES``). Shown, never replaced."""
        if self.lang != "nb" or tokens[i - 1].low != "på" or i + 2 >= len(tokens):
            return False
        k = i - 1
        while k > 0 and tokens[k - 1].low in _FRONT_OPENERS and not tokens[k].sent_start:
            k -= 1
        tok, low = tokens[i], tokens[i].low
        if (
            not tokens[k].sent_start
            or tokens[i + 1].low not in _FRONTED_VERBS
            or tokens[i + 2].low not in _FRONTED_SUBJECTS
            or text[tok.end : tokens[i + 2].start] != f" {tokens[i + 1].text} "
            or low in NB_OUTINGS
            or low in _FRONTED_NOT_PLACES
            or any(low.endswith(e) and len(low) - len(e) >= 3 for e in (*_DEFINITE, "er", "ar"))
        ):
            return False
        return self._everyday_word_slot(text, tok, NB_HOUSING, name_ok=True)

    def _en_word_place(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        """ "we moved to wool in dorset", "he's from tongue, right up …", "we lived in hay for
        a year": on a lower-case line an everyday word with no article after a verb of living
        or birth and in/to/from is a small place more often than not (orgs21; the eval dev
        sets' lower-cased copies: hay, dollar, tongue, clones, wool). Shown, never replaced:
        "lived in fear", "moved to days" are idioms the list below cannot all know."""
        tok, prep, verb = tokens[i], tokens[i - 1].low, tokens[i - 2].low
        if verb == "up" and i >= 3 and tokens[i - 3].low in ("grew", "grow", "brought"):
            verb = "lived"
        if verb.endswith(("'s", "’s")):
            verb = "is"  # "he's from tongue"
        if not (
            (prep in ("in", "to") and verb in EN_LIVED) or (prep == "from" and verb in EN_FROM)
        ):
            return None
        if not tok.text.islower() or not self._everyday_word_slot(text, tok, EN_NOT_PLACES):
            return None
        if _clause_goes_on(text, tokens, i):
            return None  # "lived in council flats": the clause goes on with a noun
        return SCORE_WORD_PLACE

    def _everyday_word_slot(
        self, text: str, tok: Token, not_places: frozenset[str], *, name_ok: bool = False
    ) -> bool:
        """``tok`` is an everyday word of three letters or more on a lower-case line that may
        be a small place: no closed-class or number word, non-entity, first name (unless
        ``name_ok``) or word of ``not_places`` (nouns of housing, idioms)."""
        low = tok.low
        return not (
            len(low) < 3
            or not low.isalpha()
            or low in FUNCTION_WORDS
            or low in self.skip
            or low in not_places
            or (low in self.first_lower and not name_ok)
            or not lower_case_line(text, tok.start)
            or not self.lexicon.is_common(low, compounds=False)
            or _number_word(low)
        )

    def _inside(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "på Å i Lofoten", "to Wool in Dorset": a capitalized word between a place
        preposition and "i/in" + a listed place is a place inside it, whatever the word."""
        tok = tokens[i]
        word = tok.text
        if (
            i + 2 >= len(tokens)
            or not word[0].isupper()
            or (word.isupper() and len(word) > 1)
            or not word.isalpha()
            or word.lower() in FUNCTION_WORDS
            or word.lower() in self.skip
            or word in self.first
            or tokens[i + 1].low not in ("i", "in")
            or text[tok.end : tokens[i + 2].start] != f" {tokens[i + 1].text} "
        ):
            return False
        region = tokens[i + 2].text
        return region[0].isupper() and (
            region in self.known or not self.lexicon.is_common(region.lower())
        )

    def _english_capital(self, tokens: tuple[Token, ...], i: int) -> bool:
        """recall1: in English, a capitalized word mid-sentence after "in/from/near" is a
        place even without a verb of living ("We spent a month in Machynlleth"; not after
        "to": "listened to Radiohead", "talked to Cian"): English capitals mark names, and
        :meth:`_place_like` has ruled out every listed word, first name and non-entity. The
        next word must not be capitalized too ("in Park House" is left to the institution
        layers).

        Session 40 (development sets: "på Skrova", "ei dame fra Deventer"): Norwegian the
        same, after "i", "på", "fra", "ved" (not "til": "sendte til Femke")."""
        tok = tokens[i]
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        prep = tokens[i - 1].low
        return (
            (
                prep in _CAPITAL_SLOT_PREPOSITIONS[self.lang]
                # session 40 (development sets: "walk up to Etal"): "to" after a particle of
                # direction ("talked to Cian" stays a person's slot)
                or (
                    prep == "to"
                    and self.lang == "en"
                    and i >= 2
                    and tokens[i - 2].low in _DIRECTION_PARTICLES
                )
            )
            and tokens[i - 1].text.islower()
            and not tok.sent_start
            and tok.text[:1].isupper()
            and not nxt[:1].isupper()
        )

    @staticmethod
    def _slot(tokens: tuple[Token, ...], i: int) -> bool:
        prep = tokens[i - 1].low
        before = [t.low for t in tokens[max(0, i - 6) : i - 1]]
        if any(w in RESIDENCE_VERBS for w in before) or _route(tokens, i):
            return True
        if prep not in ("from", "fra", "frå") or not before:
            return False
        last = before[-1]
        if last in ("over", "originally", "opprinnelig") and len(before) > 1:
            last = before[-2]  # "came over from X", "is originally from X"
        return last in ORIGIN_WORDS or last.endswith(("'s", "’s"))  # "he's from X"

    def _place_like(self, text: str, tok: Token) -> bool:
        word = tok.text
        low = word.lower()
        if (
            len(word) < 3
            # session 40 (development sets: "near Ta'izz", "in Pul-e-Khumri"): an apostrophe
            # or hyphens inside a capitalised name
            or not (
                word.isalpha()
                # Norwegian joins a name and a kind with a hyphen ("Tibet-komiteen")
                or (self.lang == "en" and word[0].isupper() and _NAME_PIECES.fullmatch(word))
            )
            # "over to Sarah's": someone's home; "in I'd think": a contraction
            or _CONTRACTION_END.search(word) is not None
            or low in FUNCTION_WORDS
            or low in self.skip
            or word in self.known
            or self.lexicon.is_common(low, compounds=False)
        ):
            return False
        if word.islower() and len(word) >= MIN_FUZZY_LEN - 1 and lower_case_line(text, tok.start):
            # recall1: on a line written in lower case the capitals are gone, so an unknown
            # word in the slot is a place even when it resembles none ("we stayed at
            # grasmere", "hytte ved savalen"); compounds are not tried there ("sav|alen").
            return low not in self.first_lower and not (
                self.lang == "nb" and self.lexicon.is_long_compound(low)
            )
        if self.lexicon.is_common(low) and not (
            # session 41 (blind31 as development material: ", frå Teigdalen"): a capitalised
            # compound of everyday words that ends as a place name ends is the place
            self.lang == "nb" and word[0].isupper() and toponym_ending(low)
        ):
            return False
        if word[0].isupper() and not word.isupper():
            return word not in self.first
        # On a line with capitals a lower-case unknown word is more often a typo or a rare
        # word than a place: it must resemble a listed one.
        return word.islower() and len(word) >= MIN_FUZZY_LEN - 1 and resembles_place(word)


# Session 22: a route, "fra finse til haugastøl", "from grimsthwaite to ullbeck": both ends
# are places (everyday words stay words in :meth:`PlaceInContextRecognizer._place_like`:
# "fra vondt til verre", "from bad to worse").
_ROUTE = {"fra": "til", "frå": "til", "from": "to"}


def _route(tokens: tuple[Token, ...], i: int) -> bool:
    """``tokens[i]`` is X or Y of "fra X til Y" / "from X to Y" (one word each)."""
    prep = tokens[i - 1].low
    if prep in _ROUTE:
        return i + 1 < len(tokens) and tokens[i + 1].low == _ROUTE[prep]
    return i >= 3 and _ROUTE.get(tokens[i - 3].low) == prep


def _clause_goes_on(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """A word other than a closed-class word or preposition follows ``tokens[i]`` in the same
    clause: the word is a noun's modifier, not the end of "lived in X"."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and text[tokens[i].end : nxt.start].strip() == ""
        and nxt.low not in FUNCTION_WORDS
        and nxt.low not in PREPOSITIONS
    )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceInContextRecognizer(lang)]
