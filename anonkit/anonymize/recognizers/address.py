"""Street addresses and postcode + place (design.md §4, layer 4) → ADDRESS.

Norwegian: ``Storgata 12B``, ``Kirkeveien 166``, ``Thorvald Meyers gate 12``,
``Møllergata 3, 0179 Oslo``, ``0150 Oslo``, ``9008 Tromsø``. A street needs a house number
(a bare "Storgata" is a LOCATION question for NER/gazetteers, and "bakken"/"veien" are
ordinary words). A postcode needs a following place name; four digits that look like a
year (1900-2039) count only when the place is a known Norwegian place.

English: ``12 Baker Street``, ``221B Baker Street``, ``Flat 3, 10 High Road``, ``22 Stryd
Penlan`` (Welsh, Irish and Gaelic street types come first; session 27), optionally
followed by a UK postcode (``NW1 6XE``); a UK postcode also on its own (``M1 4BT``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.digits import has_digit
from anonkit.anonymize.entity_types import ADDRESS
from anonkit.anonymize.places import places, uk_towns
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.wordlists import common_words

# Norwegian street-name endings (compounds: "Stor|gata", "Kirke|veien").
NB_SUFFIXES = (
    "gata", "gaten", "gate", "veien", "vegen", "vei", "veg", "plassen", "plass", "bakken",
    "stien", "stia", "allé", "alle", "alléen", "tunet", "svingen", "stredet", "smauet",
    "kroken", "ringen", "torget", "torg", "brygga", "bryggen", "kaia", "kaien", "lia",
    "liane", "åsen", "haugen", "jordet", "løkka", "løkken", "hagen", "lunden", "vollen",
    "myra", "enga", "engen", "promenaden", "bråten", "grenda", "tunet", "kollen", "dalen",
    "skogen", "sletta", "parken", "toppen", "stubben", "marka", "bekken", "holmen",
    # nb22: more endings of Norwegian address names (Kartverket, "Adressenavn")
    "stigen", "stig", "faret", "tråkket", "vangen", "tangen",
)  # fmt: skip
# Separate words after a name: "Thorvald Meyers gate", "Kong Oscars gate", "Tordenskiolds plass".
NB_SEPARATE = ("gate", "gata", "vei", "veg", "veien", "vegen", "plass", "allé", "alle", "torg")

_CAP = r"[A-ZÆØÅ][a-zæøåéüöäA-ZÆØÅ-]*"
# A house letter, also after a space ("12 B"); not the words "i" and "e" ("Hestefaret 2 i
# mange år", nb22).
_HOUSE = r"\d{1,4}(?:(?:[A-Za-z]| (?![ie](?![\wæøå]))[A-Za-z])(?![\wæøå]))?"
_POST_PLACE = r"\d{4} " + _CAP + r"(?:[ -]" + _CAP + r")?"

# Session 49 (blind39 as development material: "i nedre feiringvei 12"): a street's first
# word may say where along it lies.
_NB_STREET_LEAD = (
    r"(?:(?i:nedre|øvre|søndre|nordre|vestre|østre|indre|ytre|gamle|nye|store|lille) )?"
)
NB_STREET_RE = re.compile(
    r"(?<![\w])(?:"
    + _NB_STREET_LEAD + r"[A-ZÆØÅ][a-zæøåé]*(?:" + "|".join(NB_SUFFIXES) + r")"
    + r"|(?:" + _CAP + r" ){1,3}(?:" + "|".join(NB_SEPARATE) + r")"
    + r") " + _HOUSE
    + r"(?:,? " + _POST_PLACE + r")?"
    + r"(?![\wæøå])"
)  # fmt: skip
# Session 30: a street name with no street ending ("Vallermyrene 71, 3917 Porsgrunn": a
# field's name, as many Norwegian addresses are) is a street when a house number and a
# postcode + place follow; its word must be no everyday word ("May 12, 2010 London").
NB_BARE_STREET_RE = re.compile(
    # session 50 (blind40 lower-cased: "øvre toppenhaug 12, 1352 kolsås"): the lead word too
    r"(?<![\w])" + _NB_STREET_LEAD + r"(?P<street>[A-ZÆØÅa-zæøå][a-zæøåé-]+) " + _HOUSE
    + r",? (?P<post>\d{4}) (?P<place>[A-ZÆØÅa-zæøå][a-zæøåA-ZÆØÅ-]+)(?![\wæøå])"
)  # fmt: skip
# A post-office box ("Postboks 123, 5020 Bergen"; ids20): the box number names its holder.
POSTBOX_RE = re.compile(
    r"(?<![\w])(?i:postboks|postbox|p\.?o\.? box|pb\.) \d{1,5}(?:,? " + _POST_PLACE + r")?"
    r"(?![\wæøå])"
)
POSTCODE_RE = re.compile(r"(?<![\w.,])(\d{4}) (" + _CAP + r"(?:[ -]" + _CAP + r")?)(?![\wæøå])")

EN_STREET_TYPES = (
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Close", "Court",
    "Crescent", "Place", "Square", "Terrace", "Way", "Gardens", "Grove", "Hill", "Park",
    "Row", "Walk", "Mews", "Boulevard", "Blvd", "Parade",
    # ids20: British and Irish endings of estates and small streets ("3 Church View",
    # "twelve Meadow Rise", "Rowan Brae", "Beechwood Lawns")
    "Rise", "View", "Heights", "Brae", "Vale", "Green", "Wynd", "Quay", "Chase", "Croft",
    "Meadows", "Cottages", "Villas", "Lawn", "Lawns", "Manor", "Downs", "Gate", "Wharf",
    "Yard", "Circus", "Glen", "Loan", "Dale", "Fold",
    # session 42 (blind16 as development material: "forty-two Cotham Brow")
    "Brow",
)  # fmt: skip
# Welsh, Irish and Scottish Gaelic street types, said before the name (session 27).
CELTIC_STREET_TYPES = (
    "Stryd", "Heol", "Ffordd", "Lôn", "Lon", "Rhodfa", "Cilgant", "Teras", "Maes", "Clos",
    "Bóthar", "Bothar", "Sráid", "Sraid", "Ascaill", "Bóithrín", "Sràid", "Rathad",
)  # fmt: skip
# A word of a British street name: Welsh and Irish ones have letters beyond a-z ("Tŷ Gwyn
# Road", "Sráid Mhór"; blind6 session).
# ids20: with an apostrophe ("O'Connell Street", "St Mary's Road", "St. Anne's Close").
_EN_LOWER_LETTERS = r"[a-zàáâäèéêëìíîïòóôöùúûüŵŷ]"
EN_NAME_WORD = rf"(?:St\.|(?:[A-Z]['’])?[A-Z]{_EN_LOWER_LETTERS}+(?:['’]s)?)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
# Session 44 (blind34 as development material): a Glasgow tenement flat before the house
# number, floor and position ("0/2, 23 Fernbrae Gardens": ground floor, second door).
_TENEMENT_FLAT = r"(?:\d{1,2}/\d{1,2},? )?"
EN_STREET_RE = re.compile(
    r"(?<![\w/])" + _TENEMENT_FLAT +
    # the flat before the number, also in lower case or said ("flat 3, 112 Dalmarnock
    # Road", "flat three, 4 Mill Lane"; blind10 session)
    r"(?:(?i:flat|apartment|apt\.?|unit|suite) (?:\d{1,4}[A-Za-z]?|(?i:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)),? )?"
    # session 42 (blind24 as development material): a unit that is the house number
    # ("Unit 6, Tannery Walk")
    r"(?:(?:Unit|Flat|Block|Units) )?"
    r"\d{1,4}[A-Z]?,? (?:"
    r"(?:" + EN_NAME_WORD + r" ){1,3}(?:" + "|".join(EN_STREET_TYPES) + r")\b"
    # session 27: Welsh, Irish and Scottish Gaelic put the street type first ("22 Stryd
    # Penlan", "4 Heol y Coed", "17 Bóthar na Trá"), with an article before the name
    r"|(?:" + "|".join(CELTIC_STREET_TYPES) + r") (?:(?:y|yr|na|an|'r|an t-) )?"
    r"(?:" + EN_NAME_WORD + r")(?: " + EN_NAME_WORD + r")?(?![\w'’-])"
    r")(?:,? (?:[A-Z][a-z]+,? )?" + _UK_POSTCODE + r")?"
)

# Session 40 (the lower-cased development sets: "63 clifton road, b12 8sx", "9 glebe crescent,
# stanhope, dl13 2qn"): a street on a line written in lower case, its words in any case (the
# truecaser capitalises the listed ones), then perhaps a town and a postcode in lower case.
EN_LOWER_STREET_RE = re.compile(
    r"(?<![\w/])" + _TENEMENT_FLAT + r"(?:(?:flat|apartment|apt\.?|unit|suite) "
    r"(?:\d{1,4}[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve),? )?"
    r"\d{1,4}[a-z]?,? (?P<name>(?:[a-z][a-z'’-]+ ){1,3})(?:street|road|lane|avenue|"
    r"drive|close|crescent|terrace|gardens|grove|mews|place|square|way|parade|rise|brae|wynd|"
    # session 44 (blind34 as development material: "4 chapel row, higher town, tr25 0ql")
    r"row|walk|court|view|chase|croft|meadows|heights|vale)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_NOT_STREET_WORDS = word_set(
    "and or but the a an my our his her their this that to of in on at for with was is were "
    "had has have one two three four five six seven eight nine ten big small little long "
    "whole same other year years days weeks months times people miles minutes hours"
)
_LOWER_POSTCODE_AFTER_RE = re.compile(
    r",? (?:[a-z][\w'’-]+,? )?[a-z]{1,2}\d[a-z\d]? \d(?!st|nd|rd|th|am|pm)[a-z]{2}(?![\w-])",
    re.IGNORECASE,
)
# An Irish Eircode: a routing key (a letter and two digits, or D6W) and four characters.
_EIRCODE = r"(?:[A-Z]\d{2}|D6W) ?(?=[A-Z\d]{0,3}[A-Z])[A-Z\d]{4}"
# Session 44 (blind34 as development material: "4 Chapel Row, Higher Town, TR25 0QL", "12 Ard
# Bhaile Crescent, Farranree, Cork T23 F4K9"): districts and a town between the street and its
# postcode or Eircode. The code at the end shows the words between are the address's, even
# everyday ones ("Higher Town") that the town rule leaves out.
_LOCALITIES_THEN_CODE_RE = re.compile(
    r",\s*(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},\s*){1,2}(?:[A-Z][\w'’-]+,? )?"
    r"(?:" + _UK_POSTCODE + r"|" + _EIRCODE + r")(?![\w-])"
)
# On a lower-case line the truecaser may have given listed places their capitals ("St Ives").
_LOWER_LOCALITIES_THEN_CODE_RE = re.compile(
    r",\s*(?:[a-zA-Z][\w'’-]+(?: [a-zA-Z][\w'’-]+){0,2},\s*){1,2}(?:[a-zA-Z][\w'’-]+,? )?"
    r"(?:[a-z]{1,2}\d[a-z\d]? ?\d(?!st|nd|rd|th|am|pm)[a-z]{2}|[a-z]\d{2} ?(?=[a-z\d]{0,3}[a-z])"
    r"[a-z\d]{4})(?![\w-])"
)


def localities_then_code(text: str, end: int) -> int:
    """``end`` moved over districts, a town and a postcode or Eircode said after a street."""
    m = _LOCALITIES_THEN_CODE_RE.match(text, end) or _LOWER_LOCALITIES_THEN_CODE_RE.match(
        text, end
    )
    return m.end() if m else end
# A UK postcode on its own ("Our postcode was M1 4BT"): the shape (outward code, space,
# digit + two letters) is specific enough to stand without a street (recall2). Lower case
# (ASR) only right after the word "postcode".
UK_POSTCODE_RE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])")
UK_POSTCODE_CUED_RE = re.compile(
    r"post ?code(?:'s| is| was| were|:)? (?P<pc>[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})(?![\w])",
    re.IGNORECASE,
)

# A written postcode in a lower-case line ("bs35 2qr", "m14 5ty"; ids20): the same shape in
# lower case, never an ordinal or a time in its second half ("a1 2nd", "b12 3pm").
UK_POSTCODE_LOWER_RE = re.compile(
    r"(?<![\w-])[a-z]{1,2}\d[a-z\d]? \d(?!st|nd|rd|th|am|pm)[a-z]{2}(?![\w-])"
)

# A flat or unit said after the street ("Kongens gate førtito, leilighet H null to null en",
# "12 Mill Lane, flat four b"; ids20): one to six characters said, digits or letters.
_UNIT_CHAR = (
    r"(?:\d{1,4}[A-Za-z]?|[A-Za-zÆØÅæøå](?![\wæøå'’-])|"
    r"(?i:null|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|zero|oh|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\wæøå-]))"
)
UNIT_AFTER_RE = re.compile(
    r",?\s*(?:(?i:leilighet|leil\.|flat|apartment|apt\.?|unit|oppgang|inngang)"
    r"(?: (?i:nummer|nr\.?|number|no\.?))? " + _UNIT_CHAR + r"(?:,? " + _UNIT_CHAR + r"){0,5}"
    # a Norwegian dwelling number alone ("Sandviksveien 14, H0301")
    r"|(?i:[hkul])\d{4}(?![\w-]))"
)


def unit_after(text: str, end: int) -> int:
    """``end`` moved over a flat or unit number said right after an address ending there."""
    m = UNIT_AFTER_RE.match(text, end)
    return m.end() if m else end


SCORE_STREET = 0.85
SCORE_UK_POSTCODE = 0.8
SCORE_POSTCODE_KNOWN = 0.85
SCORE_POSTCODE_UNKNOWN = 0.55


# "i 2010 Bergen …", "in 1999 London …": a year, not a postcode, after these words.
YEAR_CUE_RE = re.compile(
    r"(?:^|\W)(?:i|in|fra|from|til|to|since|siden|år|year|høsten|våren|sommeren|vinteren|"
    r"autumn|spring|summer|winter|until|innen|etter|after|before|før|rundt|around|ca\.?)\s*$",
    re.IGNORECASE,
)


# The district or town said after a street (blind8: "Flat 3, 112 Cardigan Road, Headingley",
# "twelve Fairholme Gardens, um, Barton-upon-Humber"): after a comma (a filler may sit in
# it), capitalized words joined by spaces or hyphens, "upon"/"on"/"under"/"le" inside.
_TOWN_AFTER_RE = re.compile(
    r",\s*(?:(?:um+|uh+|erm|ehm?|eh+)\s*,?\s*)?"
    r"(?P<town>[A-ZÆØÅ][\wæøå'’]+(?:(?:[ -](?:upon|on|under|le|by|in|en|super)[ -]|[ -])"
    r"[A-ZÆØÅ][\wæøå'’]+)*)(?![\w'’-])"
)


# The same in a lower-case line (ids20): the town must be a listed place
# ("…, barton-upon-humber", "…, pontypridd").
_LOWER_TOWN_AFTER_RE = re.compile(
    r",\s*(?:(?:um+|uh+|erm|ehm?|eh+)\s*,?\s*)?"
    r"(?P<town>[a-zæøå][\wæøå'’]+(?:-[a-zæøå][\wæøå'’]+)*(?: [a-zæøå][\wæøå'’]+)?)(?![\w'’-])"
)


@cache
def _known_towns() -> frozenset[str]:
    """Norwegian places and British and Irish towns: what may follow a street address."""
    return places() | uk_towns()


def _listed_lower_town(text: str, end: int) -> int | None:
    """The end of a listed place said in lower case right after ``end``, or None."""
    m = _LOWER_TOWN_AFTER_RE.match(text, end)
    if m is None:
        return None
    known = _known_towns()
    town = m.group("town")
    for candidate in (town, town.split(" ")[0]):
        titled = "-".join(
            part if part in ("upon", "on", "under", "le", "by", "in", "en") else part.title()
            for part in candidate.split("-")
        )
        if titled in known or candidate.title() in known:
            if candidate != town and _second_town_word(text, m, candidate):
                return m.end("town")  # session 42: "…, wyke regis, the one with …"
            return m.start("town") + len(candidate)
    return None


def _second_town_word(text: str, m: re.Match[str], first: str) -> bool:
    """The word after a listed town's first word belongs to it: no everyday word, and the
    clause ends after it ("fourteen coppice close, wyke regis, the one with the red door")."""
    second = m.group("town")[len(first) + 1 :]
    return (
        second not in common_words("en")
        and second not in common_words("nb")
        and re.match(r"\s*(?:[,.;!?]|$)", text[m.end("town") :]) is not None
    )


def town_after(text: str, end: int, lang: str) -> int:
    """``end`` moved over the district or town said after a street address ending there, when
    its first word is a listed place or no everyday word ("…, I think" stays out)."""
    m = _TOWN_AFTER_RE.match(text, end)
    if m is None:
        lower = _listed_lower_town(text, end)
        return end if lower is None else lower
    town = m.group("town")
    first = re.split(r"[ -]", town, maxsplit=1)[0]
    known = _known_towns()
    if town in known or first in known or first.lower() not in common_words(lang):
        return m.end("town")
    return end


def _is_year(digits: str) -> bool:
    return 1900 <= int(digits) <= 2039


# nb22: a postcode and place said after a street, the place in lower case ("Myrveien 3, 9372
# gibostad": the truecaser gave the street its capital, not the place).
_LOWER_POST_PLACE_RE = re.compile(r",? \d{4} (?P<place>[a-zæøå][a-zæøå-]+)(?![\wæøå])")


def lower_post_place(text: str, end: int, lang: str) -> int:
    """``end`` moved over a postcode + lower-case place right after a street ending there;
    not an amount ("Storgata 5, 1000 kroner"): the place is a listed place or no word."""
    m = _LOWER_POST_PLACE_RE.match(text, end)
    if m is None:
        return end
    place = m.group("place")
    # session 49 (blind39 as development material: "feiringvei 12, 2093 feiring"): after a
    # street and its number, four digits and a word are a postcode and its place even when
    # the place is a word too, unless the word counts something ("1000 kroner")
    if place.title() in places() or place not in common_words(lang) or place not in _COUNTED:
        return m.end()
    return end


_COUNTED = word_set(
    "kroner kronar kr euro pund pounds dollar meter metre km kilometer mil personer folk "
    "år dagar dager ganger gonger timar timer stk stykk"
)


class AddressRecognizer(AnonkitRecognizer):
    """Street + house number (+ postcode and place), and postcode + place on its own."""

    ENTITIES = (ADDRESS,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not has_digit(text):
            return
        taken: list[tuple[int, int]] = []
        for regex in (EN_STREET_RE, NB_STREET_RE, POSTBOX_RE):
            for m in regex.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    end = lower_post_place(text, m.end(), self.lang)
                    coded = localities_then_code(text, end) if self.lang != "nb" else end
                    end = coded if coded > end else town_after(text, end, self.lang)
                    end = unit_after(text, end)
                    taken.append((m.start(), end))
                    yield m.start(), end, ADDRESS, SCORE_STREET
        if self.lang != "nb":
            for m in EN_LOWER_STREET_RE.finditer(text):
                if not lower_case_line(text, m.end()) or any(
                    s < m.end() and m.start() < e for s, e in taken
                ):
                    continue
                if any(w.lower() in _NOT_STREET_WORDS for w in m.group("name").split()):
                    continue  # "i was 12 and the road was long"
                post = _LOWER_POSTCODE_AFTER_RE.match(text, m.end())
                coded = localities_then_code(text, m.end())
                if post:
                    end = max(post.end(), coded)
                else:
                    end = coded if coded > m.end() else town_after(text, m.end(), self.lang)
                taken.append((m.start(), end))
                yield m.start(), unit_after(text, end), ADDRESS, SCORE_STREET
        uk = [(m.start(), m.end()) for m in UK_POSTCODE_RE.finditer(text)]
        uk += [(m.start("pc"), m.end("pc")) for m in UK_POSTCODE_CUED_RE.finditer(text)]
        uk += [m.span() for m in UK_POSTCODE_LOWER_RE.finditer(text)]
        for start, end in uk:
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                yield start, end, ADDRESS, SCORE_UK_POSTCODE
        known = places()
        common = common_words(self.lang)
        for m in NB_BARE_STREET_RE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            street, place = m.group("street"), m.group("place")
            if _is_year(m.group("post")):
                continue
            listed = place in known or place.title() in known
            # session 50: a street named by an everyday word of seven letters or more, a
            # farm's or field's name ("bjørkeli 4, 2760 brandbu", "Solbakken 3, 2380
            # Brumunddal"), when a listed place follows its postcode; not a room ("Rom 12")
            if street.lower() in common and not (listed and len(street) >= 7):
                continue
            if listed or place.lower() not in common:
                taken.append((m.start(), m.end()))
                yield m.start(), unit_after(text, m.end()), ADDRESS, SCORE_STREET
        for m in POSTCODE_RE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            digits, place = m.group(1), m.group(2)
            first = place.split(" ")[0].split("-")[0]
            if _is_year(digits) and YEAR_CUE_RE.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            if place in known or first in known:
                end = m.end() if place in known else m.start(2) + len(first)
                yield m.start(), end, ADDRESS, SCORE_POSTCODE_KNOWN
            elif not _is_year(digits) and first.lower() not in common:
                yield m.start(), m.start(2) + len(first), ADDRESS, SCORE_POSTCODE_UNKNOWN


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [AddressRecognizer(lang)]
