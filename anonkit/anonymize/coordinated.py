"""The other name beside a replaced name: "X og Y", and "X Y" (issue 10, items 1 and 2).

Why: speakers list people together ("sølvår og gudmund er foreldra mine", "Amira and Joss
came"). The name layers judge each word alone: a listed name is replaced, while a rare name
no list has ("sølvår", which Ordbank explains only as "sølv|år") is at most flagged — and is
left in clear text beside its partner's pseudonym (blind8). A word joined by "og"/"and" to a
replaced person's name is, in speech, nearly always another person.

The rule: a word right before or after "og"/"and"/"&"/"eller"/"or" that joins it to a
replaced PERSON becomes a PERSON when it is no closed-class, kinship or number word, no
non-entity and no listed place, and is a name in its own right: on a line without capitals a
word in no word list as it stands (compounds do not explain it), on a line with capitals a
capitalized word in no word list. "mamma og pappa", "Per og jeg", "jobb og skole" stay.
An everyday word the lower-case subject layer flagged as one of a pair of people ("rusty and
dervla came round"; lcen23) is replaced beside a replaced partner too.

Session 26: on a line without capitals, any other word so joined to a replaced name that no
rule above took — an everyday word (``teit og odvar``, ``gaard og nisse``: a nickname that is
also a word) — is **flagged** as a PERSON, never left silent: "Kari og hunden" costs the
steward a click, "teit" left in clear text beside odvar's pseudonym costs the person. The
partner may be a listed first name the NER model typed as a place, or a place only the NER
model proposed (``odvar``).

The first name before a found surname is :mod:`.first_names_before`'s.

:func:`person_led_names`: a place or organisation of two or more words that opens with a word
the same text replaces as a person elsewhere is that person's full name ("Rain, that was her
name, Rain Okafor": the NER model called the full name a place; session 21); an organisation
"Brook and Heather" made of two listed first names is two people; "Wee"/"Big"/"Gamle"
capitalized before a name is part of what the person is called ("Wee Davie").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.apposed_names import described, name_slot_stopwords, no_name_word
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.nb_nouns import noun_form
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import RELATIONS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.resolve import NER_SOURCE
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import (
    is_everyday_word,
    word_class_forms,
)

COORDINATED_SOURCE = "coordinated"
SCORE = 0.6
FLAG_SCORE = 0.3
_AFTER = re.compile(r"\s+(?:og|and|&|eller|or)\s+([^\W\d_]{3,})(?![\w'’-])", re.IGNORECASE)
_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})\s+(?:og|and|&|eller|or)\s+$", re.IGNORECASE)


def _skip() -> frozenset[str]:
    return name_slot_stopwords()


def _a_name(text: str, start: int, word: str) -> bool:
    low = word.lower()
    if low in _skip() or is_everyday_word(low) or word_value(low) is not None:
        return False
    return word[:1].isupper() if line_has_capitals(text, start) else word.islower()


# nb23: a dialect pronoun used as a name's article ("ho perla", "han bekken").
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:han|ho|hun|hu) $", re.IGNORECASE)
_AFTER_ARTICLE = re.compile(
    r" (?:og|eller) (?:han|ho|hun|hu) ([^\W\d_]{3,})(?![\w'’-])", re.IGNORECASE
)
_BEFORE_ARTICLE = re.compile(
    r"(?<![\w'’-])([^\W\d_]{3,}) (?:og|eller) (?:han|ho|hun|hu) $", re.IGNORECASE
)


def _article_pair(text: str, d: DetectedEntity, start: int, end: int) -> bool:
    """ "ho perla og ho lilja": the replaced name and the word joined to it each have a
    pronoun article, so the word is a name even when it is an everyday noun ("perla" is
    pearls, "bekken" the brook). Not a verb ("ho ringte"), adverb ("ho også"), closed-class
    word, kinship word, place or number (nb23)."""
    word = text[start:end]
    low = word.lower()
    if not (
        _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        and _ARTICLE_BEFORE.search(text, max(0, d.start - 4), d.start)
    ):
        return False
    if low in _skip() or word_value(low) is not None:
        return False
    if low in word_class_forms("nb", "adv"):
        return low in _first_names()
    if low in word_class_forms("nb", "verb") and not noun_form(low):
        return low in _first_names()
    return word[:1].isupper() if line_has_capitals(text, start) else word.islower()


def _ner_only_place(d: DetectedEntity) -> bool:
    """A one-word place or organisation only the NER model proposed, in no place list."""
    return (
        d.action == REPLACE
        and d.type in (et.LOCATION, et.ORGANIZATION)
        and d.source == NER_SOURCE
        and d.text.isalpha()
        and d.text not in places()
        and d.text not in world_places()
    )


# lcen23: the layers that flag an everyday word as one of a pair of people opening a
# lower-case sentence ("rusty and dervla came round", "tobben og bettan va der"); joined to a
# replaced person, it is one.
_PAIR_FLAGGERS = frozenset({"LowerCaseSubjectRecognizer", "LowerPronounNameRecognizer"})


def _flagged_subject(found: list[DetectedEntity], start: int, end: int) -> bool:
    """A person flag on exactly this word from the lower-case subject layer."""
    return any(
        (d.start, d.end) == (start, end)
        and d.action == FLAG
        and d.type == et.PERSON
        and d.source in _PAIR_FLAGGERS
        for d in found
    )


def coordinated_names(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with the partners of replaced names joined by "og"/"and" added (above)."""
    people = [
        d
        for d in found
        if d.action == REPLACE
        and (
            d.type == et.PERSON
            or (d.type in _NAME_TYPES and d.text.lower() in _first_names())
            or _ner_only_place(d)
        )
    ]
    if not people and _SPEAKER_AND.search(text) is None and _AND_SPEAKER.search(text) is None:
        return found
    replaced = [(d.start, d.end) for d in found if d.action == REPLACE]
    added: dict[tuple[int, int], DetectedEntity] = {}
    for d in people:
        spans = []
        after = _AFTER.match(text, d.end)
        if after is not None:
            spans.append(after.span(1))
        before = _BEFORE.search(text, max(0, d.start - 40), d.start)
        if before is not None:
            spans.append(before.span(1))
        if _ARTICLE_BEFORE.search(text, max(0, d.start - 4), d.start):
            after = _AFTER_ARTICLE.match(text, d.end)
            before = _BEFORE_ARTICLE.search(text, max(0, d.start - 50), d.start)
            spans.extend(m.span(1) for m in (after, before) if m is not None)
        for start, end in spans:
            ner_only = next(
                (o for o in found if (o.start, o.end) == (start, end) and _ner_only_place(o)),
                None,
            )
            if ner_only is not None:
                # "Heather and Tamsin": NER's place beside a person, in no place list, is
                # the other person (session 21)
                added[(start, end)] = replace(ner_only, type=et.PERSON)
                continue
            if any(s < end and start < e for s, e in replaced) or (start, end) in added:
                continue
            if d.type == et.PERSON and (
                _a_name(text, start, text[start:end])
                or _flagged_subject(found, start, end)
                or _article_pair(text, d, start, end)
                or _two_first_names(d, text[start:end])
            ):
                action, score = REPLACE, SCORE
            elif _a_partner_word(text, start, end, found, after=start > d.end):
                action, score = FLAG, FLAG_SCORE
            else:
                continue
            added[(start, end)] = DetectedEntity(
                type=et.PERSON,
                start=start,
                end=end,
                text=text[start:end],
                score=score,
                action=action,
                source=COORDINATED_SOURCE,
            )
    _first_person_partners(text, found, replaced, added)
    if not added:
        return found
    replacing = [k for k, a in added.items() if a.action == REPLACE]
    kept = [d for d in found if not any(d.start < e and s < d.end for s, e in replacing)]
    kept = [d for d in kept if (d.start, d.end) not in added]
    return sorted([*kept, *added.values()], key=lambda d: (d.start, d.end))


def _two_first_names(d: DetectedEntity, word: str) -> bool:
    """Session 32: a listed first name that is also a word, joined to a replaced listed first
    name ("elin og dag", "sverre og bjørn", "tor og liv", "ask og embla"): two first names
    side by side are two people (it had been a flag)."""
    low = word.lower()
    if {low, d.text.lower()} == {"per", "pål"}:
        return False  # "per og pål": everybody
    return (
        low in _first_names()
        and d.text.lower() in _first_names()
        and low not in _skip()
        and word_value(low) is None
    )


# After a replaced name, "og"/"and" and the word, what makes the pair a subject ("gaard og
# nisse var …"): the word is then a person; before a preposition or object it is a verb
# ("og bor på ski") or a noun the name owns ("og kona hans").
_PAIR_SUBJECT_AFTER = re.compile(
    r"\s*(?:[,.;!?…]|$)|\s+(?:var|er|kom|hadde|ble|vart|sa|gikk|gjekk|dro|bodde|budde|"
    r"jobba|was|were|came|had|is|are|said|went|lived|used|who|som|both|begge)(?![\w'’-])",
    re.IGNORECASE,
)
# "eg er fødd og oppvaksen": a participle after an auxiliary.
_AUXILIARY_BEFORE = re.compile(r"(?<![\w'’-])(?:er|var|is|was|are|were)\s+$", re.IGNORECASE)
_TIME_WORDS = word_set(
    "morning night evening afternoon weekend morgen morgon natt kveld kvelden helg helga"
)


# Session 29: "jeg og krølla dro", "me and sausage went", "X and I": the speaker's partner
# in a pair is someone too (benchmarks/names_stress.py: everyday-word nicknames there were
# silent leaks); only a flag, since "jeg og hunden" is the dog.
_SPEAKER_AND = re.compile(
    r"(?<![\w'’-])(?:jeg|eg|æ|je|me|i) (?:og|and|&) ([^\W\d_]{3,})(?![\w'’-])", re.IGNORECASE
)
_AND_SPEAKER = re.compile(
    r"(?<![\w'’-])([^\W\d_]{3,}) (?:og|and|&) (?:jeg|eg|æ|je|me|i)(?![\w'’-])", re.IGNORECASE
)


# Who goes with the speaker that no role list holds (definite and plural people words).
_SPEAKER_COMPANIONS = word_set(
    """
    kona kjerringa mannen gubben gutten jenta ungene ungan barna gutta jentene jentan
    folka vennene venninnene kompisene kameratene familien søsknene
    kids lads girls boys missus family friends mates others pals
    """
)


def _first_person_partners(
    text: str,
    found: list[DetectedEntity],
    replaced: list[tuple[int, int]],
    added: dict[tuple[int, int], DetectedEntity],
) -> None:
    """Flag the word paired with the speaker ("jeg og X", "X and I") into ``added``."""
    candidates = [(m.span(1), True) for m in _SPEAKER_AND.finditer(text)]
    candidates += [(m.span(1), False) for m in _AND_SPEAKER.finditer(text)]
    for (start, end), after in candidates:
        if (start, end) in added or any(s < end and start < e for s, e in replaced):
            continue
        low = text[start:end].lower()
        if low in ROLES or low in RELATIONS or low in _SPEAKER_COMPANIONS:
            continue  # "æ og kjæresten", "me and the wife": someone named by a role
        if _a_partner_word(text, start, end, found, after=after):
            added[(start, end)] = DetectedEntity(
                type=et.PERSON,
                start=start,
                end=end,
                text=text[start:end],
                score=FLAG_SCORE,
                action=FLAG,
                source=COORDINATED_SOURCE,
            )


def _a_partner_word(
    text: str, start: int, end: int, found: list[DetectedEntity], after: bool
) -> bool:
    """A word that may be the partner's name (session 26; a capitalized one on a line with
    capitals since session 29): no
    closed-class, kinship, cue, number, time or non-entity word, no listed place, no span
    on it already, no description (``apposed_names.described``); after the name, only as
    the pair's subject."""
    word = text[start:end]
    low = word.lower()
    # session 29: on a line with capitals, a capitalized everyday word ("Tassen og Kari kom")
    if (
        not (word[:1].isupper() if line_has_capitals(text, start) else word.islower())
        or low in _skip()
        or no_name_word(low)
        or low in _TIME_WORDS
        or word_value(low) is not None
        or any(o.start < end and start < o.end for o in found)
        or described(text, start)
        or _AUXILIARY_BEFORE.search(text, max(0, start - 8), start)
    ):
        return False
    return not after or _PAIR_SUBJECT_AFTER.match(text, end) is not None


_NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())


_STREET_TYPES = word_set(
    "street road lane avenue drive crescent close terrace gardens gata gate veien vegen"
)
_PAIR = re.compile(r"^([^\W\d_]+) (?:and|og|&) ([^\W\d_]+)$")


def _split_pairs(found: list[DetectedEntity]) -> list[DetectedEntity]:
    """NER's organisation "Brook and Heather" made of two listed first names is two people
    (session 21): one pseudonym for both would merge them."""
    out: list[DetectedEntity] = []
    for d in found:
        m = _PAIR.match(d.text) if d.type != et.PERSON and d.action == REPLACE else None
        if m is None or not all(w.lower() in _first_names() for w in m.groups()):
            out.append(d)
            continue
        for k in (1, 2):
            start, end = d.start + m.start(k), d.start + m.end(k)
            out.append(replace(d, start=start, end=end, type=et.PERSON, text=m.group(k)))
    return out


# Words said before a first name as part of what people are called ("Wee Davie", "Big Mick",
# "Young Tommo", "Gamle Nils"): capitalized there, they belong to the name (session 21).
_NAME_PREFIX = re.compile(
    r"(?<![\w'’-])(?:Wee|Big|Young|Auld|Old|Little|Lil|Lille|Store|Stor|Gamle|Unge|Vesle)"
    r" $"
)


_LOWER_NAME_PREFIX = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:(?:eh+|um+|og|and|so|så|then)\s+)*"
    r"(?P<prefix>wee|big|young|auld|little|lil|lille|store|stor|gamle|vesle) $"
)


@cache
def _listed_places_lower() -> frozenset[str]:
    return frozenset(p.lower() for p in places() | world_places())


def name_prefixes(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with a capitalized "Wee"/"Big"/"Gamle" right before a replaced person joined
    to that person's span (a span of the prefix word alone is absorbed). Runs last, when
    the name itself has been decided."""
    if " " not in text:
        return found
    absorbed: set[int] = set()
    grown: dict[int, DetectedEntity] = {}
    for k, d in enumerate(found):
        if d.action != REPLACE:
            continue
        lower = _LOWER_NAME_PREFIX.search(text, max(0, d.start - 30), d.start)
        if (
            lower is not None
            and " " not in d.text
            and d.text.islower()
            and d.text not in _listed_places_lower()
            and not any(o is not d and o.start < d.start and lower.start("prefix") < o.end
                        for o in found)
        ):
            # session 26, a lower-case line: "big hendo was the security man" opening the
            # sentence (the NER model took the name alone, often as a place or organisation)
            grown[k] = replace(
                d,
                start=lower.start("prefix"),
                type=et.PERSON,
                text=text[lower.start("prefix") : d.end],
            )
            continue
        if d.type != et.PERSON:
            # NER's place "Big Kenny": a prefix and a listed first name are a person
            head, _, rest = d.text.partition(" ")
            if _NAME_PREFIX.match(head + " ") and rest.lower() in _first_names():
                grown[k] = replace(d, type=et.PERSON)
            continue
        m = _NAME_PREFIX.search(text, max(0, d.start - 8), d.start)
        if m is None:
            continue
        others = [
            j for j, o in enumerate(found) if j != k and o.start < d.start and m.start() < o.end
        ]
        if any((found[j].start, found[j].end) != (m.start(), m.end() - 1) for j in others):
            continue  # the word belongs to another span
        absorbed.update(others)
        grown[k] = replace(d, start=m.start(), text=text[m.start() : d.end])
    if not grown:
        return found
    return [grown.get(k, d) for k, d in enumerate(found) if k not in absorbed]


_PERSON_OR_NER = frozenset({NER_SOURCE, "PersonGazetteerRecognizer"})


def person_led_names(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with multi-word places and organisations that open with a replaced person's
    name retyped as that person, and pairs of first names split (module docstring)."""
    found = [
        replace(d, type=et.LOCATION)
        if d.action == REPLACE
        and d.type == et.PERSON
        and " " in d.text
        and d.text.rsplit(" ", 1)[-1].lower() in _STREET_TYPES
        else d
        for d in _split_pairs(found)
    ]  # "king street", "Percy Road": a street named after someone is a place
    persons = {d.text for d in found if d.action == REPLACE and d.type == et.PERSON}
    if not persons:
        return found
    return [
        replace(d, type=et.PERSON)
        if d.action == REPLACE
        and d.type in (et.LOCATION, et.ORGANIZATION)
        # a listed place or institution keeps its kind; a listed surname inside says
        # person too ("Rain Adeyemi": Yoruba surnames are listed since session 27)
        and set(d.source.split("+")) <= _PERSON_OR_NER
        and " " in d.text
        and d.text.split()[0] in persons
        and d.text.split()[-1][:1].isupper()
        else d
        for d in found
    ]
