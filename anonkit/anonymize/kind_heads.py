"""A name with the noun that says what kind of institution it names is that institution
(session 30; blind19/20 as development material, ``benchmarks/institutions_stress.py``).

Why: firms, plants, churches, clubs and hospitals are named by their place or their founder and
the kind: ``Rafnes fabrikker``, ``Mongstad raffineri``, ``rotvoll gartneri``, ``Emblem
kyrkje``, ``Lund bil``, ``Frimley Park``, ``Leeds General``, ``mccarthy and sons``, ``the port
of dover``, ``døgnenheten Vesthagen``, ``Sogndal-museet``. The place and name layers took the
name (a place, or a person for ``Emblem``) and left the kind beside it: the pseudonym then read
as a town that is a refinery or a person who is a church ("gikk til Kari kyrkje"), and the
steward saw a place where the transcript named an employer. Name and kind become one
ORGANIZATION (``park`` keeps the name's type: a park or a hospital). A name the layers only
flagged becomes an organisation too: the kind noun is the evidence the flag asked for.

When the kind comes after the name (one space between, an adjective such as ``mekaniske`` may
stand between in Norwegian):
* the kind noun is capitalized on a line with capitals (``Leeds General``), or
* it is lower-case and no finite verb follows it right away (``in leeds school was hard`` is a
  town and then school; ``på mongstad raffineri på nattskift`` is a refinery).
An English person before a lower-case kind stays a person (``I told Mark school was hard``),
unless the kind is one a family name takes (``and sons``, ``brothers``).

English firms named by a family or by two areas (:mod:`.named_firms`, split out in session
40). A firm or hospital named by a surname's genitive after a place preposition (``worked at
Colman's``, ``to Dr Gray's``): the genitive and a title before it join, as an organisation;
a first name's genitive is someone's home (``at Mark's``) and stays a person, unless a
verb of working comes before it.

Before the name: ``<kind> of`` (``port of``, ``university of``, ``diocese of``) and the
Norwegian kinds said first (``døgnenheten``, ``seksjon``, ``Sparebanken``). In one word: a
capitalized or listed first part, a hyphen and a kind noun (``Sogndal-museet``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.kind_head_words import (
    EN_HEADS,
    EN_LONG_HEADS,
    NB_ADJECTIVES,
    NB_COMPOUND_HEADS,
    NB_HEAD_ENDINGS,
    NB_HEADS,
    NB_LONG_HEADS,
    NEUTRAL_HEADS,
    NOT_AFTER_FLAGS,
    PERSON_KINDS,
)
from anonkit.anonymize.kind_spans import (
    FLAG_SCORE,
    KIND_HEAD_SOURCE,
    SCORE,
    VERBS_AFTER,
    grown_span,
    only_a_first_name,
)
from anonkit.anonymize.named_firms import (
    en_name_before_kind,
    en_place_firm_end,
    genitive_firm,
    two_places_named,
)
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.places import places
from anonkit.anonymize.recognizers._base import lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import common_words, is_everyday_word, not_entities

# A determiner right before a flagged word makes it a common noun ("en time skole", "the Day
# centre"); a replaced name keeps its growth ("the Leeds General").
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|a|an|this|that|our|my|en|ei|et|den|det|min|mitt|vår|vårt) $",
    re.IGNORECASE,
)
# A second kind joined by "og" ("Havbrisa kafé og arbeidssenter").
_AND_KIND = re.compile(r" og [a-zæøå]*(?:senter|senteret|kafé|verksted|barnehage|bakeri)(?![\w])")
_KIND_OF = re.compile(
    r"(?<![\w'’-])(?:port|heart|bank|church|museum|hospital|college|university|diocese|city|"
    r"royal infirmary) of $"
    # session 40 (the lower-cased development sets: "from nhs orkney"): a health board named
    # by its area
    r"|(?<![\w'’-])nhs $",
    re.IGNORECASE,
)
_NB_KIND_FIRST = re.compile(
    r"(?<![\w'’-])(?:døgnenheten|døgnenhet|seksjon|enhet|post|bofellesskapet|sykehjemmet|"
    r"sjukeheimen|sparebanken|idrettslaget|skolekorpset|turnforeningen|hotell|kafé) $",
    re.IGNORECASE,
)
# Session 33 (blind23): a university or regional hospital "in" its place is that hospital's
# name ("universitetssykehuset i tromsø"); "sykehuset i arendal" is the town's hospital and
# keeps the place alone, as the evaluation sets mark it.
_NB_NAMED_IN = re.compile(
    r"(?<![\w'’-])(?:universitetssykehuset|universitetssjukehuset|regionsykehuset|"
    r"regionsjukehuset) i $",
    re.IGNORECASE,
)
_HYPHENATED = re.compile(
    # a compound kind after the hyphen too ("lien-sagbruket", "berg-ungdomsskolen")
    r"(?<![\w'’-])(?P<name>[^\W\d_]{2,})-(?P<kind>[a-zæøå]*(?:" + "|".join(NB_HEAD_ENDINGS)
    + r"))"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r" ([^\W\d_][\w'’-]*)")
_NAME_TYPES = (et.LOCATION, et.ORGANIZATION, et.PERSON)
_FLAG_TYPES = (et.LOCATION, et.ORGANIZATION, et.PERSON, et.CAPITALIZED)


def kind_heads(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with names grown over their kind noun into one organisation (module
    docstring)."""
    out = [_kind_kept(d, lang) for d in found]
    for i, d in enumerate(out):
        if not _a_name(d, lang):
            continue
        grown = _with_head(text, d, lang, out) or _with_acronym(text, d, out, lang) or d
        grown = _with_kind_before(text, grown, lang, out) or grown
        if lang != "nb" and grown is d:
            grown = genitive_firm(text, d) or d
        if grown is not d:
            out[i] = grown
    out = two_places_named(text, out)
    if lang == "nb":
        out.extend(_hyphenated(text, out))
        out.extend(_word_before_kind(text, out))
    elif not line_has_capitals(text, 0):
        out.extend(en_name_before_kind(text, out))
    if out == found:
        return found
    return _absorbed(out)


def _a_name(d: DetectedEntity, lang: str) -> bool:
    """A replaced name, or a flag on one word that may be a name ("Welsh-medium" is not)."""
    if d.action == REPLACE:
        return d.type in _NAME_TYPES
    return d.type in _FLAG_TYPES and d.text.isalpha() and d.text.lower() not in not_entities(lang)


def _kind_kept(d: DetectedEntity, lang: str) -> DetectedEntity:
    """A replaced person or place of two or more words ending in a kind noun is an
    organisation ("Arendal bedehus", "Stryn Turn")."""
    words = d.text.lower().split()
    heads = NB_HEADS if lang == "nb" else EN_HEADS
    if (
        d.action != REPLACE
        or d.type not in (et.PERSON, et.LOCATION)
        or len(words) < 2
        or words[-1] not in heads
        or words[-1] in NEUTRAL_HEADS
    ):
        return d
    return replace(d, type=et.ORGANIZATION)


# Session 40 (blind30 as development material): a compound kind whose first part is
# coordinated with the word before it, "Sogn jord- og hagebruksskule", "Hardanger Saft- og
# Siderfabrikk" (the name may hold the first word already: "Sogn jord").
_COORDINATED_KIND = re.compile(r"(?: [^\W\d_]+)?- og ([^\W\d_]+)(?![\w'’-])")


def _head_end(text: str, pos: int, lang: str) -> tuple[int, str] | None:
    """Where a kind noun (maybe after an adjective) right after ``pos`` ends, and the noun."""
    if lang == "nb" and (m := _COORDINATED_KIND.match(text, pos)) and _nb_head(m.group(1), lang):
        return m.end(), m.group(1)
    for long in NB_LONG_HEADS if lang == "nb" else EN_LONG_HEADS:
        if (
            text[pos : pos + len(long) + 1].lower() == " " + long
            and not text[pos + len(long) + 1 : pos + len(long) + 2].isalnum()
        ):
            return pos + len(long) + 1, long.split()[0]
    m = _WORD_AFTER.match(text, pos)
    if m is None:
        return None
    word = m.group(1)
    if lang == "nb" and word.lower() in NB_ADJECTIVES:
        nxt = _WORD_AFTER.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in NB_HEADS:
            return _long_head_end(text, nxt.end(), nxt.group(1))
        # session 31: "Håvik Mekaniske", the firm's short name ("mekaniske verksted")
        return (m.end(), word) if word.lower() == "mekaniske" else None
    if _nb_head(word, lang):
        return _long_head_end(text, m.end(), word) if lang == "nb" else (m.end(), word)
    if lang != "nb" and word.lower() in EN_HEADS:
        return m.end(), word
    # Session 39 (blind29 as development material): one more word of the name between it
    # and a kind, a language adjective or a word no list has ("Annai Poopathi tamilsk
    # kulturhus", "Bardufoss høgtun videregående skole"), lower case.
    if lang == "nb" and word.islower() and _name_attribute(word):
        nxt = _WORD_AFTER.match(text, m.end())
        if nxt is not None and _nb_head(nxt.group(1), lang):
            return _long_head_end(text, nxt.end(), nxt.group(1))
    return None


def _nb_head(word: str, lang: str) -> bool:
    """A Norwegian kind noun, or a compound ending in one and longer than it (session 31:
    "kvadraturen skolesenter", "voldsløkka ballklubb", "øya helsehus")."""
    if lang != "nb":
        return False
    low = word.lower()
    return low in NB_HEADS or any(
        low.endswith(tail) and len(low) > len(tail) + 2 for tail in NB_COMPOUND_HEADS
    )


def _long_head_end(text: str, end: int, word: str) -> tuple[int, str]:
    """``videregående`` with the ``skole`` it names (session 39)."""
    if word.lower() in ("videregående", "vidaregåande"):
        nxt = _WORD_AFTER.match(text, end)
        if nxt is not None and nxt.group(1).lower() in ("skole", "skule"):
            return nxt.end(), word
    return end, word


def _name_attribute(word: str) -> bool:
    """A lower-case word that may stand inside an institution's name before its kind: a
    language or people adjective ("tamilsk", "kvenske"), or a word no list has."""
    low = word.lower()
    if low in FUNCTION_WORDS or low in VERBS_AFTER:
        return False
    if low.endswith(("sk", "ske")) and len(low) >= 5:
        return True
    return len(low) >= 4 and low not in common_words("nb") and not nynorsk_form(low)


def _with_head(
    text: str, d: DetectedEntity, lang: str, found: list[DetectedEntity]
) -> DetectedEntity | None:
    hit = _head_end(text, d.end, lang)
    if hit is None and lang != "nb" and d.type == et.LOCATION and d.action == REPLACE:
        hit = en_place_firm_end(text, d.end)
    if hit is None:
        return None
    end, head = hit
    if d.action != REPLACE and (
        head.lower() in NOT_AFTER_FLAGS or _DETERMINER_BEFORE.search(text, 0, d.start)
    ):
        return None  # "en time skole", "the Day centre": a flag after a determiner is a word
    coordinated = text[d.end : end].startswith(("- og", "-og")) or "- og " in text[d.end : end]
    if any(
        o.action == REPLACE
        and o.start < end
        and d.end < o.end
        and not (coordinated and o.end <= end)  # "Saft- og Siderfabrikk": the kind's own span
        for o in found
    ):
        return None
    if head.lower() == "fisk" and only_a_first_name(text[d.start : d.end]):
        return None  # "han likte Ola fisk": a person who likes fish
    if not (head[0].isupper() and line_has_capitals(text, d.start)):
        person_kind = " " in text[d.end + 1 : end] or head.lower() in PERSON_KINDS
        if d.type == et.PERSON and lang != "nb" and d.action == REPLACE and not person_kind:
            return None
        after = _WORD_AFTER.match(text, end)
        if head[0].isupper() or (
            after is not None
            and after.group(1).lower() in VERBS_AFTER
            # session 42: a kind of two words is a kind before a verb too ("at ardoyne
            # youth club was")
            and not (lang != "nb" and person_kind and d.type == et.LOCATION)
        ):
            return None
    if lang == "nb" and (more := _AND_KIND.match(text, end)):
        end = more.end()
    neutral = head.lower() in NEUTRAL_HEADS and d.action == REPLACE
    return grown_span(text, d, d.start, end, d.type if neutral else et.ORGANIZATION, lang)


# Session 39 (blind27/29 as development material): a place with the acronym of what is
# there, "Eastbourne DGH", "Hammerfest LNG", "Bergen SFO": the acronym is the kind. Not the
# acronyms that name no institution.
_ACRONYM_AFTER = re.compile(r" ([A-ZÆØÅ]{2,5})(?![\w'’-])")
_NOT_INSTITUTION_ACRONYMS = word_set(
    "TV UK US USA EU OK ADHD ADD PTSD OCD ASD ME CV PC DJ ID AM PM BC AD OMG DNA IQ GP MS "
    "HIV AIDS CPR SMS PIN PDF"
)


def _with_acronym(
    text: str, d: DetectedEntity, found: list[DetectedEntity], lang: str
) -> DetectedEntity | None:
    """A replaced place or organisation followed by an institution's acronym (above)."""
    if d.action != REPLACE or d.type not in (et.LOCATION, et.ORGANIZATION):
        return None
    m = _ACRONYM_AFTER.match(text, d.end)
    if m is None or m.group(1) in _NOT_INSTITUTION_ACRONYMS:
        return None
    if any(o.action == REPLACE and o.start < m.end() and d.end < o.end for o in found):
        return None
    return grown_span(text, d, d.start, m.end(), et.ORGANIZATION, lang)


def _with_kind_before(
    text: str, d: DetectedEntity, lang: str, found: list[DetectedEntity]
) -> DetectedEntity | None:
    m = _KIND_OF.search(text, max(0, d.start - 20), d.start)
    # session 31: a saint's or an unknown name after "church of", "university of" is the
    # institution's ("the church of st peter", "the university of taford": the unknown word
    # was guessed a person); a person stays one only after "heart of"
    if d.type == et.PERSON and d.action == REPLACE and (
        m is None or m.group(0).lower().startswith("heart")
    ):
        return None
    if m is not None and m.group(0).lower() == "nhs " and (
        d.type != et.LOCATION or d.action != REPLACE
    ):
        return None  # "the NHS App": only an area makes a health board
    if m is None and lang == "nb":
        m = _NB_KIND_FIRST.search(text, max(0, d.start - 16), d.start)
    if m is None and lang == "nb" and d.type == et.LOCATION:
        m = _NB_NAMED_IN.search(text, max(0, d.start - 28), d.start)
    if m is None or any(o.action == REPLACE and o.start < d.start < o.end for o in found):
        return None
    return grown_span(text, d, m.start(), d.end, et.ORGANIZATION, lang)


def _hyphenated(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``Sogndal-museet``: a capitalized or listed first part (no everyday word) and a kind.

    Session 32 (``benchmarks/institutions_stress.py``: "knutsen-hotellet", "jensen-kirka",
    "lien-sagbruket" on lower-case lines were silent leaks): a listed surname or first name
    is a known first part too, everyday word or not (a hyphen joins no everyday compound:
    "liesagbruket"), and any other word before the kind is flagged ("fylkes-sykehuset")."""
    out = []
    for m in _HYPHENATED.finditer(text):
        name = m.group("name")
        if any(o.action == REPLACE and o.start <= m.start() and m.end() <= o.end for o in found):
            continue
        titled, low = name.title(), name.lower()
        common = low in common_words("nb")
        # a hyphen joins no everyday compound ("liesagbruket"): a listed name before it is one
        known = titled in places() or titled in all_surnames() or titled in all_first_names()
        # session 50: on a line without capitals a word no list has counts as a capital
        # would ("namazi-sykehuset"); the lower-cased development sets' flags here were
        # institutions
        lower_named = lower_case_line(text, m.end()) and not is_everyday_word(low)
        if known or (name[0].isupper() and not common) or lower_named:
            action, score = REPLACE, SCORE
        elif low not in _BEFORE_KIND_NOT_NAMES and low not in FUNCTION_WORDS:
            action, score = FLAG, FLAG_SCORE
        else:
            continue
        out.append(
            DetectedEntity(
                m.start(), m.end(), et.ORGANIZATION, action, score, m.group(), KIND_HEAD_SOURCE
            )
        )
    return out


# Kinds that say an institution even after a word no layer took ("bakke gartneri", "runnes
# sparebank"), and the words that stand before them without naming one.
_STRONG_NB_KINDS = word_set(
    "sykehjem sjukeheim gartneri bedehus sparebank hotell meieri bryggeri sagbruk smelteverk "
    "fabrikker fabrikk verft landhandel fruktlager idrettslag musikkorps skolekorps mannskor "
    "legesenter helsesenter "
    # session 39: "Kvensk institutt", "Kongsvoll fjellstue"
    "institutt institutti fjellstue kulturhus kyrkjekor kirkekor "
    # session 40 (the lower-cased development sets: "norefjord camping", "kantarellen
    # barnehage"): flagged in lower case
    "camping barnehage"
)
_BEFORE_KIND_NOT_NAMES = word_set(
    "gamle nye lokale store lille kommunale private samme annet andre neste første siste "
    "vårt vår mitt min sitt sin hans hennes deres dette denne hvilket hvilken eget egen "
    "nærmeste beste største eneste fine lille"
)
_WORD_KIND = re.compile(r"(?<![\w'’-])([^\W\d_]{3,}) ([a-zæøå]+)(?![\w'’-])")


def _word_before_kind(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A word no layer took before a strong Norwegian kind ("bakke gartneri", "Runnes
    sparebank"): an organisation, replaced when the word is capitalized and no everyday
    word, else flagged for the steward."""
    out = []
    for m in _WORD_KIND.finditer(text):
        word, kind = m.group(1), m.group(2)
        if kind not in _STRONG_NB_KINDS or word.lower() in _BEFORE_KIND_NOT_NAMES:
            continue
        if word.lower() in FUNCTION_WORDS or any(
            o.start < m.end() and m.start() < o.end for o in found if o.action == REPLACE
        ):
            continue
        common = word.lower() in common_words("nb")
        # session 50: a word no list has on a line without capitals too ("norefjord camping")
        lower_named = lower_case_line(text, m.end()) and not is_everyday_word(word.lower())
        action = REPLACE if (word[0].isupper() and not common) or lower_named else FLAG
        score = SCORE if action == REPLACE else FLAG_SCORE
        out.append(
            DetectedEntity(
                m.start(), m.end(), et.ORGANIZATION, action, score, m.group(), KIND_HEAD_SOURCE
            )
        )
    return out


def _absorbed(found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Spans inside a grown one go: it says what they asked or named."""
    grown = [d for d in found if KIND_HEAD_SOURCE in d.source]
    kept = [
        d
        for d in found
        if d in grown or not any(g.start <= d.start and d.end <= g.end for g in grown)
    ]
    return sorted(kept, key=lambda e: (e.start, e.end))
