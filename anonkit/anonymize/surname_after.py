"""The surname after a first name on an all-lower-case line (issue 10, items 1 and 7).

Why: on a line written with capitals the surname carries its own capital and NER joins it to
the first name. Without capitals, "sigve bonde", "amund seter", "ingga bongo" had the first
name replaced (a listed name) and the surname shown beside its pseudonym: a surname that is
also a word ("bonde", "seter") is in no surname list and no rule takes it. On the
development sets the word right after a replaced first name on such lines was the surname
in 31 of ~45 cases once verbs ("amund kom", "ros came", 126 cases) are set aside; the rest
were adverbs and dialect forms, which are set aside too (session 19).

The rule: a replaced PERSON of one word (or of first names said together: "mari louise") on
a line without capitals, followed after one space
by a word that is no function word, verb form, adverb, number, first name (two people or a
double first name are other rules' work; a first name that is also a listed surname counts,
"mari louise hagen", session 21) or non-entity: the span grows over that word. After
a name no list has ("áilu utsi") the word must be in no word list either.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nb_nouns import noun_form
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import is_everyday_word, not_entities, word_class_forms

SURNAME_AFTER_SOURCE = "surname-after"
_NEXT_WORD = re.compile(r" ([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")
# Dialect and spoken forms the word-class tables lack ("e" = er, "va" = var, "didn").
_SPOKEN_NON_NAMES = word_set(
    "e æ va ska sku bi blei ha hadd didn doesn wasn isn couldn wouldn gonna wanna "
    "hver hvert kvar kvart enhver alle begge "
    "eh ehm øh uh um erm "
    # session 39: "i told givemore everything" (English indefinite pronouns)
    "everything everyone everybody something someone somebody anything anyone anybody "
    "nothing nobody "
    # session 42: "the taylor family": the family the surname names
    "family families fam"
)


# English prepositions the function-word list lacks: closed class, never a surname ("a
# proper rose among thorns" grew "rose" over "among"; blind10 session).
_PREPOSITIONS_EN = word_set(
    "among amongst between beside besides beneath beyond across along alongside around "
    "behind below above against towards toward upon within throughout during despite except "
    "via versus unlike inside outside underneath"
)


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())



@cache
def _surnames_lower() -> frozenset[str]:
    return frozenset(n.lower() for n in all_surnames())


@cache
def _not_surnames(lang: str | None = None) -> frozenset[str]:
    """Words that cannot be the surname: function words, verbs, adverbs, non-entities — of
    the transcript's language when it is known, else of both.

    Session 24: on an English line a Norwegian verb form is no reason ("my manager eirwen
    prys", "tamsin fraser": ``prys``, ``fraser`` are Bokmål verb forms, English surnames)."""
    words: set[str] = set(FUNCTION_WORDS) | _SPOKEN_NON_NAMES | _PREPOSITIONS_EN
    for one in (lang,) if lang is not None else ("nb", "en"):
        words |= word_class_forms(one, "verb") | word_class_forms(one, "adv")
        words |= not_entities(one)
    return frozenset(words)


@cache
def _not_named(lang: str | None = None) -> frozenset[str]:
    """What cannot be a name's second word even right after a verb of naming: the words of
    :func:`_not_surnames` but verb forms ("reier sylte": "sylte" is a verb too)."""
    words: set[str] = set(FUNCTION_WORDS) | _SPOKEN_NON_NAMES | _PREPOSITIONS_EN
    for one in (lang,) if lang is not None else ("nb", "en"):
        words |= word_class_forms(one, "adv") | not_entities(one)
    return frozenset(words)


def preload(lang: str | None = None) -> None:
    """Build the word-class tables now (about 0.2 s), so that the first lower-case line of a
    transcript does not pay for them; the detector calls this once when it is built."""
    _not_surnames(lang)
    _not_named(lang)
    _first_names()
    _surnames_lower()


def surnames_after_first_names(
    text: str, found: list[DetectedEntity], lang: str | None = None
) -> list[DetectedEntity]:
    """``found`` with each lower-case first name grown over the surname after it; ``lang``:
    the transcript's language (None: a word of either language's classes is no surname)."""
    candidates = [
        d
        for d in found
        if d.action == REPLACE
        and d.type == et.PERSON
        and d.text.islower()
        # one word, or first names said together ("sivert arnstein fjellheim"; session 20)
        # session 34: a hyphenated double first name too ("rolf-magne kveen")
        and all(w.replace("-", "").isalpha() for w in d.text.split(" "))
        and (
            " " not in d.text
            or d.text.rsplit(" ", 1)[-1] in _first_names()
            or d.text.count(" ") == 1  # "gethin wyn": NER's two names
        )
    ]
    if not candidates:
        return found
    out = list(found)
    for d in candidates:
        m = _NEXT_WORD.match(text, d.end)
        if m is None or line_has_capitals(text, d.start):
            continue
        word = m.group(1)
        listed_surname = word in _surnames_lower() and word not in FUNCTION_WORDS
        named = (
            (_named_pair(text, d.start, m.end(1)) and word not in _not_named(lang))
            or (lang != "en" and _farm_verb_form(text, word, m.end(1)))
            or (_surname_slot(text, d.start, m.end(1), word) and _noun_or_unknown(word, lang))
        )
        if not word.islower() or (
            word in _not_surnames(lang) and not (" " in d.text and listed_surname) and not named
        ):
            continue  # after two names a listed surname may be a verb too ("… wyn parry")
        if word in _first_names() and word not in _surnames_lower():
            continue  # a second person or first name; "mari louise hagen": Hagen is a surname
        if lang != "en" and not listed_surname and nynorsk_form(word):
            continue  # session 39: a Nynorsk verb or word ("mamma einar ringde i går")

        last = d.text.rsplit(" ", 1)[-1]
        listed_first = all(piece in _first_names() for piece in last.split("-"))
        if not listed_first and is_everyday_word(word) and not listed_surname and not named:
            continue  # after an unlisted name ("áilu utsi") only a word no list has
        end = m.end(1)
        if any(o is not d and o.action == REPLACE and o.start < end and d.end < o.end for o in out):
            continue  # already someone else's span (a place, a second name)
        grown = replace(
            d, end=end, text=text[d.start : end], source=f"{d.source}+{SURNAME_AFTER_SOURCE}"
        )
        out = [grown if o is d else o for o in out if o is d or not (d.end < o.start < end)]
    return out


# Session 44 (the lower-cased development sets: "æ e brynjulv ranes, fødd på …", "han
# reidar-johan skjelnes som kjørte mæ inn", "halgrim dragset fra fossegrenda"): Norwegian farm
# surnames that Ordbank also lists as a rare verb's s-passive or participle. Neither follows a
# subject without an auxiliary, so before a clause's end, "som" or a preposition it is the name.
_FARM_ENDS = ("nes", "set", "seth", "es")
_AFTER_SURNAME = re.compile(r"\s*(?:[,.;:!?]|$|(?:som|fra|frå|på|i|og|ved|hos)\b)")


def _farm_verb_form(text: str, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) is a verb form only, in a farm surname's shape, and the
    clause goes on as after a name."""
    return (
        word.endswith(_FARM_ENDS)
        and len(word) >= 5
        and word in word_class_forms("nb", "verb")
        and word not in word_class_forms("nb", "noun")
        and word not in word_class_forms("nb", "adv")
        and word not in FUNCTION_WORDS
        and _AFTER_SURNAME.match(text, end) is not None
    )


# Session 42 (the lower-cased development sets: "saksbehandlaren min heiter reier sylte, og
# sylte er …"): right after a verb of naming, two words that end the clause are the name.
_NAMING_BEFORE = re.compile(r"\b(?:heter|heiter|het|heitte|hette|called|named)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?]|$|og\b|and\b|men\b|but\b)")


def _named_pair(text: str, start: int, end: int) -> bool:
    """The name starting at ``start`` follows a verb of naming and its second word, ending
    at ``end``, ends the clause."""
    return (
        _NAMING_BEFORE.search(text, max(0, start - 12), start) is not None
        and _CLAUSE_END.match(text, end) is not None
    )


_ROLE_NOUNS = ROLES | KINSHIP

# Session 50 (blind40 lower-cased: "naboen, bjørn-magne krok, hjalp oss", "ho ivarna bekk på nav
# var grei", "synva stang i tre år nå, og stang er den eneste"): three slots where the word
# after a first name can only be the surname, whatever else it means — set off with the name
# after a role or kinship noun, between a dialect pronoun and a preposition, or said again on
# its own later in the line (a person called by the surname).
_ROLE_COMMA_BEFORE = re.compile(r"(?<![\w'’-])([a-zæøå]+), $")
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’-])(?:ho|han|hu|hun) $")
_PREPOSITION_AFTER = re.compile(r" (?:på|frå|fra|i|ved|hos|at|from|in)(?![\w'’-])")


def _surname_slot(text: str, start: int, end: int, word: str) -> bool:
    """The two words ``text[start:end]`` (a first name and ``word``) stand where a full name
    does (see the comment above)."""
    if len(word) < 3 or word in FUNCTION_WORDS:
        return False
    role = _ROLE_COMMA_BEFORE.search(text, max(0, start - 20), start)
    if role is not None and text.startswith(",", end) and role.group(1) in _ROLE_NOUNS:
        return True
    if _PRONOUN_BEFORE.search(text, max(0, start - 4), start) and _PREPOSITION_AFTER.match(
        text, end
    ):
        return True
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text[end:]) is not None


def _noun_or_unknown(word: str, lang: str | None) -> bool:
    """A noun, or a word no list has: not a verb form only, an adverb or a non-entity."""
    if word in _not_named(lang):
        return False
    verb = word in word_class_forms(lang or "nb", "verb")
    return not verb or (lang != "en" and noun_form(word))
