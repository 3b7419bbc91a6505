"""Words no list explains on a line that lost its capitals: names, or words? (issue 10).

Why a module of its own: ``truecase.py`` restores capitals from what the lists know; this is
the other half — what to do with a word *no* list knows. Speech recognition writes the words of
its vocabulary, so a word that no dictionary has is, in practice, a name it heard (``mehwish``,
``sivakumar``, ``frinton``). :func:`rare_word` decides that a word is unknown, with guards for
what is a word after all (English words the corpus writes in lower case, closed compounds,
English loans with a Norwegian ending, inflected non-entities); :func:`compound_name` finds
the Norwegian compound names Ordbank lacks (``langhus``, ``helleik``); :func:`name_phrase` and
:func:`noun_phrase_modifier` take the name parts around the word with it (``loch lomond``,
``with shelter cymru``); :func:`unknown_kind` guesses the kind the pseudonym keeps. The
truecaser gives such words a capital in the NER model's text and the detector replaces what
the model does not take (docs/detection.md, section 1a).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.entity_types import CAPITALIZED, LOCATION, ORGANIZATION, PERSON
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.non_names import inside_non_entity_phrase
from anonkit.anonymize.numberwords import number_words_together
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import dialect_noun
from anonkit.anonymize.recognizers.employers import WORK_RE
from anonkit.anonymize.recognizers.flags import Lexicon, apostrophe_name
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import (
    common_words,
    is_everyday_word,
    is_medicine_stem,
    rare_lower_words_en,
)

# After these a word may be a place ("in reading", "på ski"; also "at" a workplace).
PLACE_PREPOSITIONS_ANY = word_set("i på fra frå til ved in at from to near")
# Inflection endings tried before a word counts as unknown ("my mum reckons").
INFLECTIONS = ("s", "es", "ed", "ing", "'s", "’s", "en", "et", "a", "er", "e", "te", "de")
# Dialect definite and plural endings of nouns (nb22: "søstra", "jentan", "ungane").
_DIALECT_DEFINITE = ("a", "an", "ane", "na")
# Compass words: in some place lists ("North"), but a direction on a lower-case line.
DIRECTIONS = word_set("north south east west nord sør syd øst vest")


# Words that make a name with the unknown word next to them: "loch lomond", "hebden bridge",
# "bamber bridge fc", "priestley unit", "øvre årdal". Replacing the unknown word alone left
# them in clear text beside the pseudonym, and without the flag the unknown word used to have.
_ORG_PARTS = word_set(
    """
    fc afc rfc abc club rovers united athletic wanderers unit college school academy practice
    surgery centre center clinic hospital trust project foundation lodge hall church chapel
    ward team medical recovery boxing football rugby primary high comprehensive
    skole skule senter sykehus sjukehus klinikk fk bk sk
    """
)
# Company and club suffixes that are English function words ("as", "if"): Norwegian only.
_ORG_PARTS_NB = word_set("as asa il if ik")
_PLACE_PARTS = word_set(
    """
    bridge loch lough lake mount ben glen port bay heath green moor vale dale hill end cross
    street road lane avenue park upon st saint upper lower north south east west great little
    kirk øvre ovre nedre nordre søndre vestre østre indre ytre sankt gata gate veien vegen
    """
)
_PHRASE_REACH = 3


_PHRASE_OPENERS = PLACE_PREPOSITIONS_ANY | word_set("with for med hos the a an en et ei")


def noun_phrase_modifier(
    line: str, words: list[re.Match[str]], start: int
) -> tuple[int, int] | None:
    """The word before an unknown name when a preposition or article opens the phrase
    before it ("with shelter cymru", "at the crisis skylight"): it may be the name's first
    word, so it is shown."""
    k = next((i for i, w in enumerate(words) if w.start() == start), None)
    if k is None or k < 2:
        return None
    before, opener = words[k - 1], words[k - 2]
    low = before.group(0).lower()
    if (
        line[before.end() : start] != " "
        or line[opener.end() : before.start()] != " "
        or opener.group(0).lower() not in _PHRASE_OPENERS
        or low in FUNCTION_WORDS
        or low in _PHRASE_OPENERS
        or not before.group(0).isalpha()
    ):
        return None
    return before.start(), before.end()


def name_phrase(
    line: str, words: list[re.Match[str]], k: int, kind: str, lang: str
) -> tuple[int, int, str]:
    """The unknown word ``words[k]`` with the name parts next to it (one space apart), and the
    kind those parts say (an organization's head word, else a place's)."""
    org_parts = _ORG_PARTS | _ORG_PARTS_NB if lang == "nb" else _ORG_PARTS
    first = last = k
    while (
        first > 0
        and k - first < _PHRASE_REACH
        and line[words[first - 1].end() : words[first].start()] == " "
        and words[first - 1].group(0).lower() in org_parts | _PLACE_PARTS
    ):
        first -= 1
    while (
        last + 1 < len(words)
        and last - k < _PHRASE_REACH
        and line[words[last].end() : words[last + 1].start()] == " "
        and words[last + 1].group(0).lower() in org_parts | _PLACE_PARTS
    ):
        last += 1
    parts = {w.group(0).lower() for w in words[first : last + 1]} - {words[k].group(0).lower()}
    if parts & org_parts:
        kind = ORGANIZATION
    elif parts & _PLACE_PARTS:
        kind = LOCATION
    return words[first].start(), words[last].end(), kind


def _compound_only(low: str, common: frozenset[str]) -> bool:
    """Not a word form itself, but a compound or inflection of word forms ("langhus"), and
    not a number said as one word ("nittenåttifire")."""
    return (
        len(low) >= 4
        and low.isalpha()
        and low not in common
        and low not in FUNCTION_WORDS
        and _rare_lexicon("nb").is_common(low)
        and not number_words_together(low)
    )


# Last elements of Norwegian place names (Norsk stadnamnleksikon's commonest) and of old
# Norse two-part personal names: a compound Ordbank lacks that ends so is a name.
_PLACE_ENDINGS = (
    "hus", "strand", "vik", "vika", "dal", "dalen", "nes", "sund", "fjord", "berg", "by",
    "stad", "land", "heim", "haug", "vang", "voll", "rud", "set", "seter", "våg", "øy",
    "øya", "holm", "li", "lia", "sand", "ås", "åsen", "elv", "vatn", "vann", "eid", "hamn",
    "havn", "fjell", "kollen", "foss", "bu", "rød", "tveit", "torp", "stein", "mo", "moen",
    "bakken", "haugen", "lund", "myr", "myra", "nesset", "sjøen", "botn", "bygd", "bygda",
    # session 20: farm names on "bråte" (cleared land: Persbråten, Simensbråten)
    "bråten", "bråte",
    # lcnb23: "støl" (western Norwegian for "seter", a summer farm: Haugastøl, Kvitastøl)
    "støl", "stølen",
    # session 49 (blind39 lower-cased: "under mistberget"): definite forms of hills, lakes,
    # points and sounds
    "berget", "fjellet", "vatnet", "vannet", "neset", "sundet", "holmen",
)  # fmt: skip
_PERSON_ENDINGS = (
    "eik", "vald", "hild", "hilde", "run", "gerd", "dis", "borg", "bjørg", "laug", "veig",
    "frid", "fríd", "unn", "ulf", "ulv", "mund", "leif", "geir", "bjørn", "vard", "ljot",
    "grim", "gunn", "mod", "ny", "vor", "ketil", "kjell", "stein", "var", "ar",
)  # fmt: skip


# Session 49 (blind39 lower-cased: "huset ligg under mistberget"): prepositions that place a
# compound's hill, lake or point for this rule only (the truecaser keeps the list above).
_BELOW_OR_ALONG = word_set("under oppå nedanfor ovanfor nedenfor ovenfor langs bortafor")


def compound_place_slot(prev: str) -> bool:
    """After ``prev`` a compound name is a place's (``i langhus``, ``under mistberget``)."""
    return prev in PLACE_PREPOSITIONS_ANY or prev in _BELOW_OR_ALONG


def compound_name(low: str, common: frozenset[str], prev: str) -> bool:
    """A compound Ordbank lacks that ends like a place name (after a place preposition) or
    like an old Norse personal name (elsewhere)."""
    if not _compound_only(low, common):
        return False
    endings = _PLACE_ENDINGS if compound_place_slot(prev) else _PERSON_ENDINGS
    return any(low.endswith(end) and len(low) > len(end) + 2 for end in endings)


def route_end(
    words: list[re.Match[str]], k: int, places: tuple[frozenset[str], ...], common: frozenset[str]
) -> bool:
    """Word ``k`` is one end of a route "fra X til Y" whose other end is a listed place or a
    compound that ends like one (lcnb23: "fra finse til haugastøl", "fra bergen til finse");
    not a dialect's definite form without its -t ("kontore": "kontoret") or its plural in -a
    ("plassa": "plassene"). ``places`` are the word sets to look the other end up in (passed
    apart, since a union of them per word cost more than the rule)."""
    word = words[k].group(0).lower()
    if (word.endswith("e") and f"{word}t" in common) or (
        word.endswith("a") and f"{word[:-1]}ene" in common
    ):
        return False
    low = [w.group(0).lower() for w in words[max(0, k - 3) : k + 3]]
    at = min(k, 3)  # index of word k in ``low``
    other = ""
    if at >= 1 and low[at - 1] in ("fra", "frå") and len(low) > at + 2 and low[at + 1] == "til":
        other = low[at + 2]
    elif at >= 3 and low[at - 1] == "til" and low[at - 3] in ("fra", "frå"):
        other = low[at - 2]
    if not other:
        return False
    return any(other in listed for listed in places) or compound_name(other, common, "til")


# Words that say an e-mail or web address aloud; the spoken-address recognizers read the
# lower-case words around them as one address ("hopewell counselling dot org").
_ADDRESS_WORDS = word_set("dot punktum prikk krøllalfa underscore understrek")


def in_spoken_address(words: list[re.Match[str]], k: int) -> bool:
    return any(w.group(0).lower() in _ADDRESS_WORDS for w in words[k + 1 : k + 5])


# After these, with a work word earlier in the line, an unknown name is the employer
# ("i got taken on at hitachi", "jobba på brakka").
_WORKPLACE_PREPOSITIONS = word_set("at for på hos")


def unknown_kind(line: str, start: int, prev: str) -> str:
    """The likely kind of an unknown word: the employer after a work word and "at"/"på", a
    place after another place preposition, else a person (the pseudonym keeps the kind)."""
    if prev in _WORKPLACE_PREPOSITIONS and WORK_RE.search(line[max(0, start - 60) : start]):
        return ORGANIZATION
    return LOCATION if prev in PLACE_PREPOSITIONS_ANY else PERSON


# Norwegian endings written after a hyphen on an acronym ("dps-en", "nav-et", "bup-ane").
_HYPHEN_ENDINGS = word_set("en et a ene ane er ens ets")


def _inflected_non_entity(low: str, not_entities: frozenset[str]) -> bool:
    """A brand or medicine with an ending: "googla", "googlet" (google), "truxalen"; an
    acronym with a hyphened ending ("dps-en", "nav-en"; session 20: "dps-en" was replaced as
    a person): a short stem of letters before it is an acronym, not a name."""
    stem, dash, ending = low.rpartition("-")
    if (
        dash
        and ending in _HYPHEN_ENDINGS
        and (stem in not_entities or (2 <= len(stem) <= 4 and stem.isalpha()))
    ):
        return True
    return any(
        low.endswith(end)
        and (low[: -len(end)] in not_entities or low[: -len(end)] + "e" in not_entities)
        for end in INFLECTIONS
    )


@cache
def _rare_lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)


def rare_word(word: str, low: str, lang: str) -> bool:
    """A word the rare-word flag would show: no word list has it, nor an inflection or a
    compound of listed words (issue 10: recall on lower-case lines through the model)."""
    lex = _rare_lexicon(lang)
    return (
        len(word) >= 3
        and (word.replace("-", "").isalpha() or (lang == "en" and apostrophe_name(word, lex)))
        and low not in FUNCTION_WORDS
        and low not in lex.not_entities
        and not _inflected_non_entity(low, lex.not_entities)
        and not is_medicine_stem(word)  # "paliperidone": a drug-class ending (session 21)
        and low not in DIRECTIONS
        # "totusenogtolv": a year (ids20); not a listed place made of number parts ("toten")
        and not (number_words_together(low) and low not in places_lower())
        and not _known_word(low, lex)
        and not (lang == "en" and low in rare_lower_words_en())
        and not (lang == "nb" and _short_head_compound(low, lex))
        # session 24: a Nynorsk or dialect spelling of a Bokmål word ("eigentleg", "jobbar")
        and not (lang == "nb" and nynorsk_form(low))
        and not (lang == "en" and _closed_compound_en(low, lex))
        and not (lang == "nb" and _english_loan(low))
        # nb22: a dialect definite of a known noun ("søstra", "jentan") is a word; a listed
        # first name never counts as one. Only the dialect endings: a standard "-en"/"-et"
        # form of a listed noun would be listed itself ("maret" is a surname, not "the mar")
        and not (
            lang == "nb"
            and low.endswith(_DIALECT_DEFINITE)
            and dialect_noun(low, common_words("nb"), first_names_lower())
        )
    )


def _known_word(low: str, lex: Lexicon) -> bool:
    """A listed word form, or (Norwegian) a compound of listed words that is not a name's shape.

    A Norwegian compound counts as a word only when both parts have four letters or more, or
    its tail five, the test ``Lexicon.explains_capitalized`` applies to a capitalized word
    opening a sentence: a split into short parts explains names as often as words ("myk|ola",
    "vik|e|dal"; session 19 measured 35 names in 39 such words on the nb dev sets and NorNE
    dev). Compounds with a two-letter head keep their own test (``_short_head_compound``).
    """
    if lex.lang != "nb":
        return lex.is_common(low)
    if lex.is_common(low, compounds=False):
        return True
    return lex.is_long_compound(low) or lex.is_compound_with_long_tail(low)


def _english_loan(low: str) -> bool:
    """An English verb or noun with a Norwegian ending: "chilla", "streamet", "crasher"."""
    english = common_words("en")
    return any(
        low.endswith(end) and len(low) - len(end) >= 4 and low[: -len(end)] in english
        for end in ("a", "et", "er", "e", "ete", "es", "en", "ene")
    )


# Tails that make an English place name of any first word ("knights|town", "hole|town",
# "mable|thorpe"). Session 38: on the development sets, 96 of 98 unlisted compounds with such a
# tail were gold entities (``bakewell`` the tart and ``wordsworth`` the poet were not), while
# compounds with other tails are words far more often ("dockyard", "headteacher").
_PLACE_TAILS_EN = (
    "town", "field", "ford", "bridge", "bury", "borough", "worth", "stead", "thorpe", "burgh",
    "minster", "combe", "mouth", "wich", "chester", "cester", "wick", "port", "haven", "holme",
    "hurst", "ness", "well", "gate",
)  # fmt: skip


def _closed_compound_en(low: str, lex: Lexicon) -> bool:
    """Two English words of four letters or more written as one ("carehome", "workplace"):
    a word, not a name (shorter parts split names too: "meh|wish", "lamp|eter"); not when the
    tail is a place-name element (``_PLACE_TAILS_EN``)."""
    return any(
        low[:cut] in lex.common
        and lex.is_common(low[cut:])
        and not low[cut:].endswith(_PLACE_TAILS_EN)
        for cut in range(4, len(low) - 3)
    )


def _short_head_compound(low: str, lex: Lexicon) -> bool:
    """A compound whose first part is a two-letter word ("bo|veiledning", "te|koppen"): the
    word list's compound test starts at three letters. The tail needs five letters, as in
    :func:`_known_word`: "my|kola" is a name."""
    head, tail = low[:2], low[2:]
    # session 49 (blind39 lower-cased: "sonen min, edmilson,"): the tail a word itself or a
    # compound of long words, not one of short pieces ("ed|mil|son")
    return (
        head in lex.common
        and len(tail) >= 5
        and (lex.is_common(tail, compounds=False) or lex.is_long_compound(tail))
    )


_CAPITALIZED_FLAG_SOURCE = "CapitalizedFlagRecognizer"


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quoted title on its line ("«Guitar Hero: World Tour»",
    "“Ironman”"): a title's words are a work's name, not a person's."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    opened = sum(before.count(q) for q in "«“")
    closed = sum(before.count(q) for q in "»”")
    return opened > closed or before.count('"') % 2 == 1


_PREVIOUS_WORD = re.compile(r"([\w'’]+)\W*$")
SCORE_UNKNOWN_CAPITALIZED = 0.5


def unknown_capitalized(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """On a line written with capitals, a capitalized word mid-sentence that no list knows
    (nor an inflection or compound of listed words) is replaced, not only flagged.

    Why: the same reason as on lower-case lines (:func:`rare_word`): speech recognition
    writes what it hears of a name no vocabulary has ("Manpreet", "Riddian", "Áilu") and gives
    it a capital; the NER model often passes such a name over when the sentence around it
    gives no cue (blind8). Acronyms and words some list explains stay flags.
    """
    if not any(d.action == FLAG and d.type == CAPITALIZED for d in found):
        return found
    out = []
    for d in found:
        word = d.text
        if (
            d.action == FLAG
            and d.type == CAPITALIZED
            and _CAPITALIZED_FLAG_SOURCE in d.source
            and word[:1].isupper()
            and not word.isupper()
            and word.isalpha()  # "NATO-medlemskapet", "DPS-en": a word built on a name
            and len(word) >= 4
            and line_has_capitals(text, d.start)
            and not _inside_quotes(text, d.start)
            and rare_word(word, word.lower(), lang)
            # a word of the other language ("Daily Mirror", "Operation Enduring Freedom")
            and not is_everyday_word(word.lower())
            # a word of a listed name ("på Petter Northug": a flag there stays a flag)
            and not inside_non_entity_phrase(text, d.start, d.end, _rare_lexicon(lang).not_entities)
        ):
            prev = _PREVIOUS_WORD.search(text, max(0, d.start - 30), d.start)
            kind = unknown_kind(text, d.start, prev.group(1).lower() if prev else "")
            d = replace(d, type=kind, action=REPLACE, score=SCORE_UNKNOWN_CAPITALIZED)
        out.append(d)
    return out
