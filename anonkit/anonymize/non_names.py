"""Name candidates that are no one's name: the drop and demotion tests of conflict resolution.

Why a module of its own: ``resolve.py`` decides between overlapping candidates; the tests here
decide, from the word itself and a few words around it, that a name candidate names no one —
a non-entity (``wordlists.not_entities``) or its genitive, part of a multi-word non-entity
("Christmas Eve"), an eponymous diagnosis ("had Huntington's"), a brand said as a product ("a
used Ford"), a generic service of ordinary words ("the Crisis Team"). They grow with every
evaluation round, and the conflict rules stay readable only without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from anonkit.anonymize.recognizers._gates import fold_safe, folded
from anonkit.anonymize.wordlists import (
    id_scheme_names,
    is_everyday_word,
    is_medicine_stem,
    medicine_words,
)
from anonkit.anonymize.wordlists import (
    not_entities as language_non_entities,
)

# Norwegian definite endings a medicine or diagnosis may carry ("Zyprexaen", "Truxalen").
_DEFINITE_ENDINGS = ("ene", "en", "et", "n", "a")


# An acronym with a Norwegian definite ending, or a compound of a number word: what a
# speaker calls an identifier ("RIF-en min", "NIT-en", "V-talet", "Faroe-nummeret").
_NUMBER_WORD = re.compile(
    r"[A-ZÆØÅ]{2,6}-(?:en|et|a|n|ene|ane)|[^\W\d_]+-(?:(?i:nummeret|nummer|talet|kortet))"
    r"|[^\W\d_]+(?i:nummeret|nummer)"
)


def is_distractor(span: str, not_entities: frozenset[str], name: bool = False) -> bool:
    low = span.lower()
    base = re.sub(r"(['’]s|['’]|s)$", "", low)
    # "NAVs", "Freuds": a genitive of a non-entity; but not "Aas" -> "aa" (a surname is no
    # plural of a two-letter acronym), nor "Lars" -> "LAR" (a listed first name or surname
    # is itself, not the genitive of an acronym; detect4: "Lars" was silently kept).
    if low in not_entities:
        return True
    if _NUMBER_WORD.fullmatch(span):
        return True  # session 42: "RIF-en min var …", "NIT-en", "Faroe-nummeret mitt"
    if (
        len(base) >= 3
        and base in not_entities
        and (low not in _person_words() or span[: len(base)].isupper())
    ):
        return True
    # every ending the word may have, longest first: "Imovanen" is "Imovane" + "n", whose
    # first match ("en") would leave "imovan" (session 48)
    if any(
        len(low) - len(end) >= 3 and low.endswith(end) and low[: -len(end)] in medicine_words()
        for end in _DEFINITE_ENDINGS
    ):
        return True
    if is_medicine_stem(span) and low not in _listed_places():
        # "paliperidone", "Kvetiapinen": a drug-class ending (session 21); not a listed place
        # with such an ending ("Torridon", session 38)
        return True
    # A name span of several words whose capitalized ones are all non-entities: "Vival og
    # Sobril", "Nissan Micra", NER's "Vival en periode" (recall2). One name among them keeps
    # the span; dates ("12 March 1984") are not name spans.
    # Session 19: listed phrases inside the span count as non-entities too ("My National
    # Insurance", "Universal Credit and Housing Benefit"), and so does a sentence-opening
    # possessive or article before them.
    words = span.split()
    if not name or len(words) < 2:
        return False
    if low.endswith((" videregående skole", " vidaregåande skule")):
        return False  # session 42: "Eid vidaregåande skule"; no holiday names a school
    regex = _phrase_regex(not_entities)
    rest = regex.sub(" ", span) if regex is not None else span
    caps = [w for w in rest.split() if w[:1].isupper() and w.lower() not in _OPENERS]
    return (bool(caps) or rest != span) and all(
        is_distractor(w.strip(".,;:!?"), not_entities) for w in caps
    )


_OPENERS = frozenset({
    "my", "our", "his", "her", "their", "your", "the", "a", "an", "and",
    "og", "min", "mi", "mitt", "vår", "hans", "hennes", "den", "det",
})  # fmt: skip


@cache
def _phrase_regex(not_entities: frozenset[str]) -> re.Pattern[str] | None:
    """One regex of the multi-word non-entities ("christmas eve", "toyota yaris")."""
    phrases = tuple(p for p in not_entities if " " in p)
    return _alternation(phrases) if phrases else None


@lru_cache(maxsize=4096)
def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as one case-insensitive alternation, longest first (ties by spelling, so
    that any subset searches in the same order as the whole list)."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE)


def inside_non_entity_phrase(
    text: str, start: int, end: int, not_entities: frozenset[str]
) -> bool:
    """The span is part of a multi-word non-entity said around it: "Eve" of "Christmas Eve",
    "Toyota" of "Toyota Yaris" (recall2). Looked up only a few words either side.

    Session 24: an article or possessive NER put before the phrase's words does not take the
    span out of it ("The Health and Care" of "The Health and Care number")."""
    if non_entity_phrase_start(text, start, end, not_entities) is not None:
        return True
    m = _SPAN_OPENER.match(text, start, end)
    return (
        m is not None
        and m.end() < end
        and non_entity_phrase_start(text, m.end(), end, not_entities) is not None
    )


_SPAN_OPENER = re.compile(r"(?:the|my|our|his|her|their|your|a|an)\s+", re.IGNORECASE)


def non_entity_phrase_start(
    text: str, start: int, end: int, not_entities: frozenset[str]
) -> int | None:
    """Where the multi-word non-entity around [start, end) begins, or None."""
    for phrase_start, phrase_end in _phrase_spans(text, not_entities):
        if phrase_start <= start and end <= phrase_end:
            return phrase_start
    return None


@lru_cache(maxsize=8)
def _phrase_spans(text: str, not_entities: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Every listed multi-word non-entity in ``text``: one regex pass per text, however many
    candidates resolution then asks about (cached: the texts of one batch come one by one).

    Session 35: only the phrases whose key word the line holds are searched
    (:func:`_phrase_keys`); the list grew to thousands of titles and names, and one
    alternation of all of them cost about 3 % of detection time. Same spans as the whole
    alternation (``tests/anonymize/test_non_names.py`` checks it)."""
    keys = _phrase_keys(not_entities)
    low = folded(text)
    if keys is None or low is None:
        regex = _phrase_regex(not_entities)
        return () if regex is None else tuple(m.span() for m in regex.finditer(text))
    by_key, unkeyed = keys
    chosen: set[str] = set()
    for run in set(_WORD_RUN.findall(low)):
        chosen.update(by_key.get(run, ()))
    if unkeyed and not fold_safe(text):
        # a phrase with no key word matches only a line holding one of its letters that
        # fold_safe does not vouch for
        chosen.update(unkeyed)
    if not chosen:
        return ()
    return tuple(m.span() for m in _alternation(tuple(sorted(chosen))).finditer(text))


_WORD_RUN = re.compile(r"\w+")


@cache
def _phrase_keys(
    not_entities: frozenset[str],
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]] | None:
    """The multi-word non-entities by one of their words (a run of word characters, lower
    case, whose letters ``_gates`` vouches for: one no word list has, else the longest), and
    the phrases with no such word; None when one of those holds only letters that ignoring
    case match vouched-for ones ("ſ", "ı"), so that no line could be skipped.

    Why (speed22, session 35): a phrase matches at non-word characters on both sides and its
    words are split by its own non-word characters (a space, an apostrophe), so a line that
    holds it holds each of its words as a whole run of word characters of the lower-cased
    line (exact for the letters of ``_gates.folded``; a line it cannot vouch for is searched
    with the whole list). Keyed on its first word, as before, a title that opens with
    "the", "my" or "i" sent nearly every line to the search."""
    by_key: dict[str, list[str]] = {}
    unkeyed: list[str] = []
    for phrase in not_entities:
        if " " not in phrase:
            continue
        runs = [run for run in _WORD_RUN.findall(phrase.lower()) if fold_safe(run)]
        if runs:
            key = max(runs, key=lambda run: (not is_everyday_word(run), len(run)))
            by_key.setdefault(key, []).append(phrase)
        elif all(_folds_to_safe(ch) for ch in phrase if not fold_safe(ch)):
            return None
        else:
            unkeyed.append(phrase)
    return {k: tuple(v) for k, v in by_key.items()}, tuple(unkeyed)


def _phrase_openers(not_entities: frozenset[str]) -> frozenset[str] | None:
    """The key words of :func:`_phrase_keys` (the name the speed22 test knows them by)."""
    keys = _phrase_keys(not_entities)
    return None if keys is None else frozenset(keys[0])


def preload(lang: str) -> None:
    """Build the phrase tables of ``lang``'s non-entities (``table_preload``)."""
    _phrase_regex(language_non_entities(lang))
    _phrase_keys(language_non_entities(lang))


def _folds_to_safe(ch: str) -> bool:
    """A letter outside ``fold_safe`` that ignoring case matches one inside it."""
    return any(fold_safe(other) for other in {ch.lower(), ch.upper(), ch.casefold()})


# A place of work or treatment before a listed phrase: "i praksis på Clas Ohlson", "worked at
# Red Bull". A flag there stays: the brand may be an employer (blind7, session 19).
_WORKPLACE_BEFORE = re.compile(r"\b(?:på|hos|at|for|with)\s+$", re.IGNORECASE)


def flag_inside_non_entity_phrase(
    text: str, start: int, end: int, not_entities: frozenset[str]
) -> bool:
    """A flagged word is part of a listed phrase ("Universal" of "Universal Credit") that no
    workplace preposition introduces: the flag would only cost the steward a look."""
    at = non_entity_phrase_start(text, start, end, not_entities)
    return at is not None and not _WORKPLACE_BEFORE.search(text[max(0, at - 6) : at])


# The last word of a generic service, team or benefit (prec2): with only ordinary words
# before it ("Crisis Team", "Universal Credit"), NER's organisation is no one's name. Names
# like "Turning Point" or "Hope Centre" end otherwise and stay organisations.
GENERIC_SERVICE_HEADS = frozenset({
    "team", "teams", "service", "services", "credit", "benefit", "benefits", "allowance",
    "payment", "league", "teamet", "tjeneste", "tjenesten", "tenesta",
})  # fmt: skip
_ARTICLE = re.compile(r"^(?:the|a|an|det|den)\s+", re.IGNORECASE)


def generic_service(span: str, ordinary_word: Callable[[str], bool]) -> bool:
    """``span`` is "(the) Ordinary … Head" with a generic service head (see above)."""
    words = _ARTICLE.sub("", span).split()
    return (
        len(words) >= 2
        and words[-1].lower() in GENERIC_SERVICE_HEADS
        and all(ordinary_word(w) for w in words)
    )


# "Huntington's" of "had Huntington's (disease)": an eponymous diagnosis, not a person
# (prec2). Only when the genitive form is on the diagnosis list and a diagnosis word follows,
# nothing is owned ("Huntington's was ruled out", "… for Cushing's.") or a verb of having or
# a test's "for" precedes it.
_EPONYM_AFTER = re.compile(
    r"['’]s?(?:\s+(?:disease|syndrome|palsy|chorea|sykdom|syndrom|was|is|were|are)\b"
    r"|\s*(?:[.,;:!?]|$))",
    re.I,
)
_EPONYM_BEFORE = re.compile(
    # session 47 (the lower-cased development sets: "it's not huntington's, thank god")
    r"\b(?:had|has|have|having|got|with|of|for|not|hadde|har|med|ikke|ikkje)\s+$", re.I
)
_GENITIVE = re.compile(r"['’]s?(?!\w)")


def eponym(text: str, start: int, end: int) -> bool:
    m = _GENITIVE.match(text, end)
    if m is None:
        return False
    word = text[start:end].lower()
    if word + "'s" not in medicine_words() and word + "s" not in medicine_words():
        return False
    before = text[max(0, start - 20) : start]
    return bool(_EPONYM_AFTER.match(text, end) or _EPONYM_BEFORE.search(before))


# Session 47 (blind37 as development material: "JM 41 27 85 C, J for Juliet, M for Mike"): a
# letter spelled out by a word that starts with it ("J for Juliet", "S as in Sierra", "K som i
# Kari"): the word says a letter, it names no one.
_SPELLED_LETTER = re.compile(r"(?<![\w'’-])(\w) (?:for|as in|like in|som i|som) $", re.IGNORECASE)


# The NATO spelling alphabet (its words that are places too: "Lima", "India").
_SPELLING_ALPHABET = frozenset(
    {
        "alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray",
        "xray", "yankee", "zulu",
    }
)  # fmt: skip
# ... and a letter counted while spelling ("K I L F E A T H E R, two E's", "double L").
_COUNTED_LETTER = re.compile(r"(?<![\w'’-])(?:two|three|double|both) $", re.IGNORECASE)


def spelling_word(text: str, start: int, end: int) -> bool:
    """A one-word span that spells out the letter before it (``_SPELLED_LETTER``), or a
    letter counted (``_COUNTED_LETTER``)."""
    if (
        end - start == 1
        and text[end : end + 2] in ("'s", "’s")
        and _COUNTED_LETTER.search(text, max(0, start - 8), start)
    ):
        return True  # "two E's"; not "two A" of an identifier said aloud
    m = _SPELLED_LETTER.search(text, max(0, start - 10), start)
    word = text[start:end].lower()
    return (
        m is not None
        and " " not in word
        and m.group(1).lower() == word[:1]
        # a place one spells by may be one's own ("G for Glenbeigh, I always say it like
        # that", blind28): only the spelling alphabet's words, first names and everyday words
        # ("A for apple") are said for their letter
        and (
            word in _SPELLING_ALPHABET
            or (word not in _listed_places() and (word in _first_names() or is_everyday_word(word)))
        )
    )


# Session 47 (the lower-cased development sets): listed names that are Norwegian words in the
# words before them, on lines written in lower case: "noko anna" / "heilt anna" (Nynorsk
# "annet"), "ho andre" / "han andre" ("the other one"), "han lo" (laughed). Written so, the
# word is the word; "Anna", "Andre", "Lo" with their capitals are left to the name layers. Not
# "i dalen" (the valley, six false positives): "i dalen, altså dalen i tokke" is the place.
_NB_WORD_BEFORE = {
    "anna": re.compile(
        r"(?<![\w'’-])(?:noko|noe|no|nå|ingenting|inkje|heilt|helt|alt|mykje|mye|litt|kva|hva"
        r"|eit|eitt|et|ett|både) $"
    ),
    "andre": re.compile(r"(?<![\w'’-])(?:han|ho|hun|hu|den|dei|de|dem|dæm|alle|mange|dei) $"),
    "lo": re.compile(r"(?<![\w'’-])(?:han|ho|hun|hu|dei|de|dem|dæm|vi|me|eg|jeg|je|æ|alle) $"),
}


def nb_word_reading(text: str, start: int, end: int) -> bool:
    """A lower-case listed name the words before make a Norwegian word (``_NB_WORD_BEFORE``)."""
    word = text[start:end]
    before = _NB_WORD_BEFORE.get(word)
    return before is not None and before.search(text, max(0, start - 12), start) is not None


def id_scheme_word(text: str, start: int, end: int) -> bool:
    """The span is a number scheme's short name as written ("My NIP, the tax number …",
    "hadde OGRN en null to …"; :func:`wordlists.id_scheme_names`, session 50)."""
    return text[start:end] in id_scheme_names()


@cache
def _brands() -> frozenset[str]:
    """Lower-cased brand names (``organizations.tsv``, kind ``brand``)."""
    from anonkit.anonymize.places import organizations

    return frozenset(i.name.lower() for i in organizations() if i.kind == "brand")


_DEFINITE = re.compile(r"(?:en|n|et|a)$")
_BRAND_WORKPLACE_BEFORE = re.compile(r"(?:^|\s)(?:på|hos|ved|for)\s$")

# "a (used, rusty old) Ford", "en brukt Toyota": an indefinite article, up to two describing
# words, then a brand: a product someone owns, not an employer or a person (prec2).
_PRODUCT_BEFORE = re.compile(r"(?<!\w)(?:a|an|en|ei|et)\s+((?:[\w-]+\s+){0,2})$", re.IGNORECASE)
_NOT_DESCRIBING = frozenset({
    "at", "for", "with", "from", "in", "on", "to", "of", "job", "på", "hos", "i", "fra", "til",
    "med", "jobb",
})  # fmt: skip


def brand_product(text: str, start: int, end: int) -> bool:
    low = text[start:end].lower()
    if low not in _brands():
        # nb23: a brand in the Norwegian definite form ("Den blå Volvoen", "i toyotaen") is
        # the car or thing, not the company, unless a place preposition makes it a
        # workplace ("på Volvoen")
        stem = _DEFINITE.sub("", low)
        before = text[max(0, start - 5) : start].lower()
        return stem != low and stem in _brands() and not _BRAND_WORKPLACE_BEFORE.search(before)
    m = _PRODUCT_BEFORE.search(text[max(0, start - 40) : start])
    return m is not None and not any(w.lower() in _NOT_DESCRIBING for w in m.group(1).split())


@cache
def _person_words() -> frozenset[str]:
    """Lower-cased first names and surnames of every list."""
    from anonkit.anonymize.names import all_first_names, all_surnames

    return frozenset(w.lower() for w in set(all_first_names()) | set(all_surnames()))


def listed_name_or_place(word: str) -> bool:
    """A lower-case word any first-name, surname or place list has (session 47)."""
    return word in _person_words() or word in _listed_places()


@cache
def _first_names() -> frozenset[str]:
    from anonkit.anonymize.names import all_first_names

    return frozenset(n.lower() for n in all_first_names())


@cache
def _listed_places() -> frozenset[str]:
    from anonkit.anonymize.places import places_lower

    return places_lower()


@cache
def name_words(lang: str) -> frozenset[str]:
    """Lower-cased first names, surnames and places (both languages: names travel)."""
    from anonkit.anonymize.names import all_first_names, all_surnames
    from anonkit.anonymize.places import places, world_places

    words = set(all_first_names()) | set(all_surnames()) | places() | world_places()
    return frozenset(w.lower() for w in words)


# nb23: a royal title before a royal's first name: the king, queen or prince everyone knows,
# a public figure like "Kongen" alone ("Kong Harald holdt nyttårstalen"); resolve shows it as
# a flag instead of replacing it (news text such as NorNE marks royals as persons). Only the
# first names of the Nordic and British royal houses of living memory (public knowledge of
# the houses' members): "prinsesse Emma" may be what a family calls its girl, and a child's
# name must never be silently kept. Not the royal's name in a street or an institution
# ("Kong Oscars gate", "Dronning Mauds Minne"): a genitive, or a place noun after the name.
_ROYAL_NAMES_TEXT = """
    harald sonja haakon mette-marit märtha märtha-louise ingrid ingrid-alexandra sverre
    olav maud astrid ragnhild carl gustaf silvia victoria madeleine daniel estelle oscar
    margrethe frederik mary christian henrik joachim elizabeth philip charles camilla diana
    william kate catherine harry meghan george anne edward
"""
ROYAL_FIRST_NAMES = frozenset(_ROYAL_NAMES_TEXT.split())
_ROYAL = re.compile(
    r"(?<![\w-])(?:kong|dronning|kronprins|kronprinsesse|prins|prinsesse) "
    r"(?P<name>[^\W\d_][\w-]*)(?: (?P<second>[^\W\d_][\w-]*))?",
    re.IGNORECASE,
)
_ROYAL_HINT = re.compile(r"(?:kong|dronning|prins)", re.IGNORECASE)
_NOT_ROYAL_AFTER = re.compile(
    r"s?\s*(?:gate|gata|gt|vei|veien|vegen|plass|plassen|allé|alle|minne|skole|sykehus|bru|"
    r"brygge|park|parken|\d)",
    re.IGNORECASE,
)


def royal_name(text: str, start: int, end: int) -> bool:
    """The span is a royal title, the royal's first name after it, or both (above)."""
    if not _ROYAL_HINT.search(text, max(0, start - 16), end):
        return False
    for m in _ROYAL.finditer(text, max(0, start - 16), min(len(text), end + 40)):
        if m.group("name").lower() not in ROYAL_FIRST_NAMES:
            continue
        name_end = m.end("name")
        second = m.group("second")
        if second is not None and second.lower() in ROYAL_FIRST_NAMES:
            name_end = m.end("second")  # "Ingrid Alexandra", "Carl Gustaf"
        if _NOT_ROYAL_AFTER.match(text, name_end):
            continue
        if m.start() <= start and end <= name_end:
            return True
    return False
