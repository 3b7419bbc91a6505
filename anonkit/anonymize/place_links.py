"""A doubtful place beside a sure one is a place: coordination and specification (issue 10).

Why: place names that are also words (``sula``, ``korgen``, ``dalen``, ``Skjold``, ``Beer``)
are only flagged by the layers that judge a word alone, while the place said next to them is
replaced; the flagged one then stays in clear text beside a pseudonym. Speech ties the two
together in a few fixed ways, and where it does, the doubtful word is a place too:

* **coordination of places**: ``mellom nesna og korgen``, ``fra Bodø til korgen``,
  ``between Leeds and Batley``: a flagged place word joined to a replaced LOCATION by
  ``og``/``and``/``eller``/``or``/``til``/``to``; in lower case only inside
  ``mellom``/``between``/``fra``/``from``;
* **specification by region**: ``sula på sunnmøre``, ``dalen i tokke``, ``Beer, in Devon``,
  ``Skjold i Vindafjord``: a flagged word (a place word, or a capitalised word no list
  explains) followed by ``i``/``på``/``in`` and a replaced LOCATION. A flag that says PERSON
  counts only with the English comma (``Beer, in Devon``): without it, ``Meadow in Leeds``
  is a person in a town. A lower-case everyday definite word after ``ved``/``langs``
  (``nede ved sjøen i fosnavåg``, ``langs elva i nittedal``) is the sea or river someone
  lived by, not a place (nb23).

* **self-correction** (places session): ``Fraserborough, sorry, Fraserburgh``, ``Thornabee,
  Thornaby I mean``: a flagged word and a replaced LOCATION side by side, apart only by
  punctuation and repair words, spelled alike (the same first three letters, and the first
  four or at most a third of the letters different): the speaker (or ASR) said the place
  twice.

* **contrast** (nb22): ``nesbyen, ikkje hedalen altså``, ``ikke Hol, men Geilo``,
  ``Leyland, not Leeds``: a flagged place word set against a replaced place is the other
  place.

* **a tail word** (session 22): ``Ellesmere Port``, ``Milford Haven``: a replaced place
  followed by a place-name tail word (``Port``, ``Bay``, ``Haven``, ``Spa``, ``Regis``,
  ``Island`` …, written in the same case) takes it in.

* **a place said again and specified** (nb22): ``fra sunde, sunde i sunnhordland``: a word
  after a place preposition, said again before ``i``/``på``/``in`` + a replaced place, is
  that place both times (whatever the word otherwise means).

* **a place said again in two pieces** (places session): ``Øystese, eller Øyste se``: the
  pieces, written together, are a replaced one-word place of the same text.

Everyday words the rules before did not even flag stay words: apart from the split
repeats, this only decides flags.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import is_everyday_word, not_entities, peoples

PLACE_LINK_SOURCE = "place-link"
_FLAG_TYPES_PLACE = frozenset({et.LOCATION, "CAPITALIZED", "RARE_WORD"})
_COORDINATION = re.compile(r"\s*(?:,\s*)?(?:og|and|eller|or|til|to)\s+$", re.IGNORECASE)
_SPECIFICATION = re.compile(r"^\s*(?:i|på|in)\s+$", re.IGNORECASE)
_SPECIFICATION_COMMA = re.compile(r"^\s*,\s*(?:i|på|in)\s+$", re.IGNORECASE)
# What opens a pair of places: "mellom X og Y", "fra X til Y", "between X and Y".
_TO = re.compile(r"(?:til|to)\s+$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_PAIR_OPENERS = re.compile(r"(?:mellom|millom|between|fra|frå|from)\s+$", re.IGNORECASE)
# What stands between a place said twice: punctuation, hesitation and repair words.
_REPAIR = re.compile(
    r"[\s,.;:!?-]*(?:(?:uh|um|er|erm|eh|øh|sorry|i mean|no|or|well|like|eller|altså|nei|"
    r"jeg mener|unnskyld|mener jeg)[\s,.;:!?-]*){0,3}",
    re.IGNORECASE,
)


# Session 20: "we lived in dull, in perthshire", "a pilgrimage to knock, in mayo", "vi bodde
# på flo, i lofoten": a lower-case word after a place preposition that a comma and "in"/"i"
# tie to a replaced place is a place the lists do not know or a word. Nothing judged it (an
# everyday word); it is shown (a flag), not replaced: "in bed, in leeds" is also said.
_SPECIFIED_WORD = re.compile(
    r"(?<![\w'’-])(?:in|to|from|near|i|på|fra|frå|til)\s+(?P<word>[a-zæøå]{3,})\s*,\s*(?:in|i|på)\s+$"
)
_NOT_SPECIFIED = word_set(
    """
    bed hospital town school work home prison jail care uni college church court hell bits
    time tears pain love debt trouble rehab treatment therapy custody foster night least
    first last times risk war sea peace christmas easter lunch dinner breakfast tea mass
    uni university practice placement training parties friends family relatives mates
    seng sykehus sykehuset byen jobb jobben skolen fengsel fengselet tårer
    """
)


# The same for a service someone was at or with ("i was at mind in hastings", "she's with
# turning point in leeds"): a bare word after "at"/"with" and before "in" + a replaced place
# is a service's name more often than a word ("at work in leeds" stays: ``_NOT_SPECIFIED``).
_SERVICE_WORD = re.compile(r"(?<![\w'’-])(?:at|with)\s+(?P<word>[a-z]{3,})\s+in\s+$")


def _specified_words(
    text: str, found: list[DetectedEntity], places: list[DetectedEntity]
) -> list[DetectedEntity]:
    """Flags for the words ``_SPECIFIED_WORD`` and ``_SERVICE_WORD`` find before a replaced
    place (above)."""
    added = []
    for place in places:
        window = max(0, place.start - 40)
        for regex, kind in ((_SPECIFIED_WORD, et.LOCATION), (_SERVICE_WORD, et.ORGANIZATION)):
            m = regex.search(text, window, place.start)
            if m is None:
                continue
            start, end = m.span("word")
            word = m.group("word")
            if word in _NOT_SPECIFIED or word in FUNCTION_WORDS or word in PERSON_CUE_WORDS:
                continue
            if any(d.start < end and start < d.end for d in found):
                continue
            added.append(DetectedEntity(start, end, kind, FLAG, 0.35, word, PLACE_LINK_SOURCE))
    if not added:
        return found
    return sorted([*found, *added], key=lambda d: (d.start, d.end))


# Session 22: the second word of a place whose first word is a place of its own
# ("Ellesmere Port", "Milford Haven", "Hayling Island"): the lists had the first word alone,
# and the tail stayed in clear text (flagged at best) beside the pseudonym of the first.
PLACE_TAILS = word_set(
    """
    port bay haven spa regis magna parva sands point head heath green end cross bridge
    town market marsh moor vale island isle harbour abbey minster common forest wells
    """
)


# Session 25: a unit or home named after a village ("hawthorn house", "Ticehurst House"): once
# the village is a known place, the name's head would be left beside its pseudonym. The place
# takes the head in and the whole is the institution.
# Session 26: "ward" too ("on hornbeam ward": the rare word is replaced, its head must follow).
BUILDING_TAILS = word_set(
    "house hall lodge court manor grange priory unit centre center clinic ward"
)
# The Norwegian heads are compounds' tails ("Kaldfjord frivilligsentral", "Hamnvik
# fiskeoppdrett", "Thamshavn verk"): the indefinite form names the institution.
NB_BUILDING_ENDINGS = (
    "sentral", "senter", "skole", "skule", "sykehus", "sjukehus", "sykehjem", "sjukeheim",
    "barnehage", "menighet", "kirke", "kyrkje", "oppdrett", "verk", "verft", "meieri",
    "klinikk", "stiftelse", "forening", "idrettslag", "mottak", "helsepark", "bibliotek",
)  # fmt: skip


def _place_tails(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A replaced place followed by a place-name tail word takes the tail in (above); one
    followed by a building's head becomes the institution (``BUILDING_TAILS``)."""
    out: list[DetectedEntity] = []
    skip: set[int] = set()
    for i, d in enumerate(found):
        if i in skip:
            continue
        if d.action == REPLACE and d.type == et.LOCATION and text[d.end : d.end + 1] == " ":
            m = _WORD.match(text, d.end + 1)
            tail = m.group(0) if m else ""
            # a Norwegian institution compound is written lower case after a capital too
            nb_head = tail.islower() and tail.endswith(NB_BUILDING_ENDINGS)
            same_case = tail[:1].isupper() == d.text[:1].isupper() or nb_head
            building = tail.lower() in BUILDING_TAILS or nb_head
            if (tail.lower() in PLACE_TAILS or building) and same_case:
                end = m.end()
                covered = [k for k, e in enumerate(found) if e.start < end and d.end < e.end]
                if all(found[k].action == FLAG for k in covered):
                    skip.update(covered)
                    d = replace(d, end=end, text=text[d.start : end])
                    if building:
                        d = replace(d, type=et.ORGANIZATION)
        out.append(d)
    return out


def linked_places(
    text: str, found: list[DetectedEntity], lang: str = "en"
) -> list[DetectedEntity]:
    """Flags tied to a replaced place by coordination or specification become places."""
    places = [d for d in found if d.action == REPLACE and d.type == et.LOCATION]
    if not places:
        return found
    found = _place_tails(text, found)
    found = _regions_after(text, found, places, lang)
    places = [d for d in found if d.action == REPLACE and d.type == et.LOCATION]
    found = _specified_words(text, found, places)
    found = _split_repeats(text, found, places)
    found = _said_again_in_place(text, found, places)
    if all(d.action == REPLACE for d in found):
        return found
    return [_promoted(text, d, places) if d.action == FLAG else d for d in found]


# Session 41 (blind31 as development material): "Debre Markos i Amhara", "from Oruro in
# Potosí": a replaced place, "i"/"in" and one capitalised word (hyphened parts too) that no
# list explains is the region the place lies in (a people's word too: "i Amhara"). Not a
# month, weekday, holiday or any everyday word ("Leeds in March", "in English"), and not what
# the layers already took.
_REGION_AFTER = re.compile(
    r"\s+(?:i|in)\s+(?P<region>[A-ZÆØÅÁÉÍÓÚ][^\W\d_]+(?:-[A-ZÆØÅa-zæøå][^\W\d_]+)*)(?![\w'’-])"
)


_LANGUAGE_ENDS = ("ish", "ese", "ian", "ic", "i", "an", "sk", "ske", "ch", "ns")


def _regions_after(
    text: str, found: list[DetectedEntity], places: list[DetectedEntity], lang: str
) -> list[DetectedEntity]:
    out = found
    for place in places:
        m = _REGION_AFTER.match(text, place.end)
        if m is None:
            continue
        start, end = m.span("region")
        low = m.group("region").lower()
        if is_everyday_word(low) or low in FUNCTION_WORDS:
            continue
        # a people's name is a region too ("i Amhara"), but not a language ("in English")
        if low in not_entities(lang) and (low not in peoples() or low.endswith(_LANGUAGE_ENDS)):
            continue
        if any(d.action == REPLACE and d.start < end and start < d.end for d in out):
            continue
        out = [d for d in out if not (d.start < end and start < d.end)]
        region = text[start:end]
        out.append(DetectedEntity(start, end, et.LOCATION, REPLACE, 0.5, region, PLACE_LINK_SOURCE))
    return sorted(out, key=lambda d: (d.start, d.end)) if out is not found else found


# The flags of recognizers/rare_slot_words.py and bare_slot_nouns.py: only the word's rarity
# or its slot speaks for it, and a rare or bare everyday noun is specified by a place as
# naturally as a village ("byggeplassen i Lillestrøm", "moved to supported housing in gorton").
_SLOT_ONLY_FLAGS = frozenset({"RareSlotWordFlagRecognizer", "BareSlotNounFlagRecognizer"})


def _promoted(text: str, flag: DetectedEntity, places: list[DetectedEntity]) -> DetectedEntity:
    if flag.type not in _FLAG_TYPES_PLACE and flag.type != et.PERSON:
        return flag
    if flag.type in _FLAG_TYPES_PLACE and any(
        _coordinated(text, flag, place)
        or _restated(text, flag, place)
        or _contrasted(text, flag, place)
        for place in places
    ):
        return _as_place(flag)
    if flag.source in _SLOT_ONLY_FLAGS:
        return flag  # "på sjukehuset i kvinnherad": a rare word specified is still a word
    for place in places:
        between = text[flag.end : place.start]
        if place.start < flag.end or len(between) > 6:
            continue
        plain = _SPECIFICATION.match(between) is not None
        if plain and (_feature_by(text, flag) or _noun_after_article(text, flag)):
            continue
        if (flag.type == et.LOCATION and plain) or (
            flag.text[:1].isupper()
            and (_SPECIFICATION_COMMA.match(between) or (plain and _opens(text, flag.start)))
        ):
            return _as_place(flag)
    return flag


# nb23: "nede ved sjøen i fosnavåg", "langs elva i nittedal": a lower-case definite word after
# "ved"/"langs" is the sea, river or lake someone lived by, not a place named by it.
_FEATURE_PREP = re.compile(r"(?<![\w'’-])(?:ved|langs|nær|innved|utved)\s+$")


def _feature_by(text: str, flag: DetectedEntity) -> bool:
    """The flag is an everyday definite word right after "ved"/"langs" (above)."""
    word = flag.text
    return (
        word.islower()
        and word.endswith(("en", "et", "a"))
        and is_everyday_word(word)
        and _FEATURE_PREP.search(text, max(0, flag.start - 10), flag.start) is not None
    )


# Session 33: "the church in moseley", "the pentecostal church in x", "ei hytte på hitra": an
# everyday word after an article (and perhaps one adjective) is a noun, even when a town is
# named so (Church, Lancashire).
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|a|an|this|that|our|my|his|her|their|your|en|ei|et|den|det)"
    r"\s+(?:[a-zæøå]+\s+)?$"
)


def _noun_after_article(text: str, flag: DetectedEntity) -> bool:
    """The flag is a lower-case everyday word after an article (above)."""
    word = flag.text
    return (
        word.islower()
        and is_everyday_word(word)
        and _ARTICLE_BEFORE.search(text, max(0, flag.start - 30), flag.start) is not None
    )


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens the text or a sentence: "Skjold i Vindafjord, ja, …"
    (mid-sentence, "I saw Meadow in Leeds" is a person in a town)."""
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?"


def _coordinated(text: str, flag: DetectedEntity, place: DetectedEntity) -> bool:
    """``mellom PLACE og FLAG``, ``fra FLAG til PLACE``, ``Leeds and Batley``: a lower-case
    flag needs the opener before the pair ("vi snakka om Bergen og sola" is the sun)."""
    first, second = (place, flag) if place.end <= flag.start else (flag, place)
    between = text[first.end : second.start]
    if len(between) > 8 or not _COORDINATION.fullmatch(" " + between):
        return False
    opener = _PAIR_OPENERS.search(text[max(0, first.start - 10) : first.start])
    if _TO.search(between):  # "på Hurtigruta til Kirkenes": only "fra X til Y" pairs them
        return opener is not None and opener.group(0).lower().startswith(("fra", "frå", "from"))
    return flag.text[:1].isupper() or opener is not None


# nb22: one place set against another ("nesbyen, ikkje hedalen altså", "ikke Hol, men Geilo",
# "Leyland, not Leeds"): the speaker corrects or contrasts two places.
_CONTRAST_AFTER = re.compile(
    r"\s*,?\s*(?:men |but )?(?:ikkje|ikke|not)(?: (?:i|på|in))?\s+", re.IGNORECASE
)
_CONTRAST_BEFORE = re.compile(r"(?:ikkje|ikke|not)(?: (?:i|på|in))?\s+$", re.IGNORECASE)
_CONTRAST_BUT = re.compile(r"\s*,?\s*(?:men|but)(?: (?:i|på|in))?\s+", re.IGNORECASE)


def _contrasted(text: str, flag: DetectedEntity, place: DetectedEntity) -> bool:
    """``PLACE, ikkje FLAG`` or ``ikke FLAG, men PLACE``: the flag is the other place."""
    if place.end <= flag.start:
        between = text[place.end : flag.start]
        return len(between) <= 16 and _CONTRAST_AFTER.fullmatch(between) is not None
    between = text[flag.end : place.start]
    return (
        len(between) <= 12
        and _CONTRAST_BUT.fullmatch(between) is not None
        and _CONTRAST_BEFORE.search(text[max(0, flag.start - 12) : flag.start]) is not None
    )


def _restated(text: str, flag: DetectedEntity, place: DetectedEntity) -> bool:
    """ "Fraserborough, sorry, Fraserburgh": the flag and the place are one name said twice,
    apart only by a repair, and spelled alike."""
    first, second = (place, flag) if place.end <= flag.start else (flag, place)
    between = text[first.end : second.start]
    if not between or len(between) > 24 or not _REPAIR.fullmatch(between):
        return False
    a, b = flag.text.lower(), place.text.lower()
    if a == b or a[:3] != b[:3] or " " in a:
        return False
    # "Scarbra … Scarborough": a clipped form keeps the first four letters
    return a[:4] == b[:4] or Levenshtein.distance(a, b) <= max(1, max(len(a), len(b)) // 3)


def _split_repeats(
    text: str, found: list[DetectedEntity], places: list[DetectedEntity]
) -> list[DetectedEntity]:
    """ "Øystese, eller Øyste se": a replaced one-word place said again in two pieces (ASR
    split it) is that place, over both pieces; what other layers made of the pieces goes."""
    names = {d.text.lower() for d in places if d.text.isalpha() and len(d.text) >= 5}
    if not names:
        return found
    words = list(_WORD.finditer(text))
    for a, b in pairwise(words):
        if text[a.end() : b.start()] not in (" ", "-"):
            continue
        if (a.group(0) + b.group(0)).lower() not in names:
            continue
        start, end = a.start(), b.end()
        inside = [d for d in found if start <= d.start and d.end <= end]
        if any(d.start < end and start < d.end for d in found if d not in inside):
            continue
        piece = text[start:end]
        found = [d for d in found if d not in inside] + [
            DetectedEntity(start, end, et.LOCATION, REPLACE, 0.5, piece, PLACE_LINK_SOURCE)
        ]
    return sorted(found, key=lambda d: (d.start, d.end))


# nb22: "han var fra sunde, sunde i sunnhordland", "we lived in bury, bury in lancashire": a
# word after a place preposition said again and specified by a replaced place is that place,
# both times (the second was not even flagged: "sunde" is a word).
_SAID_AGAIN = re.compile(
    r"(?<![\w'’-])(?:i|på|fra|frå|til|ved|in|at|from|to|near)\s+(?P<a>[^\W\d_]{3,}),\s+"
    r"(?P<b>[^\W\d_]{3,})\s+(?:i|på|in)\s+$",
    re.IGNORECASE,
)


def _said_again_in_place(
    text: str, found: list[DetectedEntity], places: list[DetectedEntity]
) -> list[DetectedEntity]:
    """Both mentions of ``_SAID_AGAIN`` become places; what other layers made of them goes."""
    for place in places:
        m = _SAID_AGAIN.search(text, max(0, place.start - 60), place.start)
        if m is None or m.group("a").lower() != m.group("b").lower():
            continue
        if m.group("a").lower() in FUNCTION_WORDS:
            continue
        spans = [m.span("a"), m.span("b")]
        if any(
            d.action == REPLACE and d.start < e and s < d.end and d.type != et.LOCATION
            for d in found
            for s, e in spans
        ):
            continue  # a person or institution another layer is sure of
        found = [d for d in found if not any(d.start < e and s < d.end for s, e in spans)] + [
            DetectedEntity(s, e, et.LOCATION, REPLACE, 0.5, text[s:e], PLACE_LINK_SOURCE)
            for s, e in spans
        ]
    return sorted(found, key=lambda d: (d.start, d.end))


def _as_place(flag: DetectedEntity) -> DetectedEntity:
    return replace(
        flag,
        type=et.LOCATION,
        action=REPLACE,
        score=max(flag.score, 0.5),
        source=f"{flag.source}+{PLACE_LINK_SOURCE}" if flag.source else PLACE_LINK_SOURCE,
    )
