"""A word set beside a person's name by a comma, or joined to "me"/"meg" by "and"/"og", is
shown to the steward as a person (issue 10, items 2 and 7; session 26).

Why: speakers give a person two names in one breath, with only a comma and a hesitation
between them: ``tosh, terence mclarnon, who ran the allotment``, ``ally, eh, alisdair coutts,
my old nurse``, ``bassi, altså nils-aslak, han kom``, ``terence, eh, tosh, passed away``. The
full name is replaced, but the other form — a nickname that is an everyday word (``tosh``,
``ally``) or shares no letters with the name — stayed in clear text with no flag at all, right
beside the pseudonym it gives away. The restart rules (``restarts.py``) join a form to a name
only when one is the other cut short; here nothing but the shape says it, so the word is
**flagged**, never replaced.

The shape: one word, a comma, perhaps a filler or correction (``eh``, ``altså``, ``I mean``),
and a replaced person — either of two or more words, or after a filler (a single name right
after a comma is as often an address: ``yesterday, kari came``). Or the other way round: a
replaced person, a comma, perhaps a filler, and one word that ends the clause (``, tosh,``).
The word must be letters, no closed-class, kinship, cue, filler, number, adverb or non-entity
word, no place, and carry no span; on a line with capitals it must be capitalized.

A word that opens a lower-case line, or stands between commas, before a comma, a pronoun
and what the person is or did — ``sæter, ho ringte meg tilbake``, ``legesekretæren, sæter,
ho ringte``, ``chalky, he was the one`` — is the person the pronoun takes up (left
dislocation; session 26); nouns (``legen, han sa``), kinship words and adjectives stay.

The same with where the person is from or works between the word and the comma —
``Clove from the hearing voices group, she's the one who got me back out``, ``einer i
kantina, han med skjegget, han var …`` — is *replaced* (0.6), on lines with capitals too:
the pronoun takes up a person, and the place said with the word makes it a name (not
``Everybody on the ward knew her, she …``: a clause between; not ``…, she said``).

The last shape: a person paired with the speaker on a line without capitals — ``me and dandy
go way back``, ``meg og kaffen``, ``eg og teit`` — says the word is somebody (a flag), since
a pronoun pairs with people; kinship words (``me and mum``) and function words (``me and the
kids``) stay, and a word before ``and I`` counts only opening a clause (``last spring and i
went`` is a time).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.nb_nouns import noun_form
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import APPOSITION_BEFORE, PRONOUN_CLAUSE_AFTER
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.person_cues import TAKEN_UP
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import (
    en_lemmas,
    is_everyday_word,
    nb_noun_lemmas,
    not_entities,
    word_class_forms,
)

APPOSED_SOURCE = "apposed-name"
SCORE = 0.3

_WORD = r"[^\W\d_]{2,}(?:-[^\W\d_]+)?"
# What may stand between the two forms besides the comma: hesitation and correction words.
_GAP_WORDS = (
    r"eh+|ehm|uh+|um+|erm|øh+m?|altså|liksom|i mean|jeg mener|eg meiner|or|eller|like|"
    r"sorry|wait|vent|unnskyld"
)
_GAP = rf"\s*,\s*(?:(?P<gap>{_GAP_WORDS})\s*,?\s*)?"
_BEFORE_NAME = re.compile(rf"(?<![\w'’-])(?P<word>{_WORD}){_GAP}$", re.IGNORECASE)
_AFTER_NAME = re.compile(rf"{_GAP}(?P<word>{_WORD})(?=\s*(?:[,.;!?…]|$))", re.IGNORECASE)
_SPEAKER_PAIR = re.compile(
    rf"(?<![\w'’-])(?:me and|meg og|jeg og|eg og|æ og|mæ og)\s+(?P<word>{_WORD})(?![\w'’-])"
    rf"|(?:^|(?<=[,.;:!?])\s*)(?:(?P<word3>{_WORD})\s+(?:and|og)\s+)?(?P<word2>{_WORD})\s+"
    r"(?:and me|and i|og jeg|og meg|og eg|og æ)(?![\w'’-])",
    re.IGNORECASE,
)


# A determiner or possessive just before the word makes it a description ("my therapist,
# dag solberg", "at the match, emlyn …", "a diary, like anne frank"), not a name.
_DESCRIBED = re.compile(
    r"(?<![\w'’-])(?:my|the|a|an|his|her|our|their|your|this|that|min|mi|mitt|din|den|det|"
    r"ei|ein|en|hans|hennes|vår)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
_INDEFINITE = word_set(
    "anything something somewhere nothing everything anyone someone noe noen noko nokon "
    "ingenting ingen everybody somebody nobody anybody alle"
)


# Right before the word: a preposition ("zed at work", "fra kommunen"), an English subject
# pronoun ("i think"; Norwegian puts the object after one: "der møtte eg teit"), "have"/"har"
# or "to"/"å": the word is an object, a verb or a participle there. Not "was"/"var": "there
# was chalky, norman …", "det var bassi" introduce a person.
_OBJECT_SLOT = re.compile(
    r"(?<![\w'’-])(?:at|in|on|to|from|with|for|of|by|i|på|til|te|fra|frå|med|av|hos|"
    r"we|you|har|have|has|had|hadde|å)\s+$",
    re.IGNORECASE,
)


def described(text: str, start: int) -> bool:
    """The word at ``start`` is a description or an object, not a name: a determiner or
    possessive one or two words before it, or a preposition, first- or second-person
    pronoun, auxiliary or infinitive marker right before it."""
    window = max(0, start - 30)
    return bool(_DESCRIBED.search(text, window, start) or _OBJECT_SLOT.search(text, window, start))


# Shape 3: a word opening the line (after hesitation) or set off by commas, then a comma, a
# pronoun and what the person is or did ("sæter, ho ringte meg", "einer, han var snill").
_DISLOCATED = re.compile(rf"(?<![\w'’-])(?P<word>{_WORD})(?=,\s)", re.IGNORECASE)
_LINE_OPENING = re.compile(r"(?:^|\n)(?:\s*(?:eh+|ehm|øh+m?|um+|uh+|og|and|men|but|ja|yes),?)*\s*$")


# "Clove from the hearing voices group, she's the one who …", "einer i kantina, han med
# skjegget, han var …": a word opening the sentence, where the person is from or works, and
# the pronoun taking it up with what the person is or did (not "she said": a parenthesis).
_PP_DISLOCATED = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:(?:eh+|um+|og|and|so|så|then)\s+)*"
    rf"(?P<word>{_WORD})\s+(?:from the|from|at the|on the|fra|frå|i|på)\s+"
    r"(?P<where>(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){0,3}?[^\W\d_]+(?:-[^\W\d_]+)*)(?=,)",
    re.IGNORECASE,
)
_PP_QUICK = re.compile(r",\s+(?:she|he|han|ho|hun|hu)\b", re.IGNORECASE)
PP_SCORE = 0.6
_PAIR_QUICK = re.compile(r" (?:and|og) ", re.IGNORECASE)
# Session 34: a word before "short for" is someone's short name ("my sister-in-law, eh,
# pinky, short for parminder"): replaced when no word list has it, else flagged.
_SHORT_FOR = re.compile(
    rf"(?<![\w'’-])(?P<word>{_WORD})(?:,\s*|\s+(?:is|was|er|var)\s+)(?:short for|kort for)\s",
    re.IGNORECASE,
)
INTRODUCED_SCORE = 0.5


@cache
def name_slot_stopwords() -> frozenset[str]:
    """Words that never fill a name's slot beside another name: closed-class, cue and
    kinship words, non-entities of either language and listed places (``coordinated.py``
    reads the same set)."""
    return (
        FUNCTION_WORDS
        | PERSON_CUE_WORDS
        | not_entities("nb")
        | not_entities("en")
        | frozenset(p.lower() for p in places() | world_places())
    )


@cache
def _skip() -> frozenset[str]:
    return (
        name_slot_stopwords()
        | word_set("no nei")
        # session 46: the Irish "himself"/"herself" (the husband, the wife) is a role there
        | word_set("himself herself themselves myself yourself ourselves itself")
        | word_class_forms("en", "adv")
        | word_class_forms("nb", "adv")
        | frozenset(_GAP_WORDS.replace("+", "").split("|"))
        | _INDEFINITE
    )


@cache
def _en_verbs() -> frozenset[str]:
    """English verbs: bare lemmas that are only verbs, and inflected forms ("was called, eh,
    cătălin")."""
    verbs_only = en_lemmas("verb") - en_lemmas("noun") - en_lemmas("adj")
    return verbs_only | word_class_forms("en", "verb")


@cache
def _en_word_classes() -> frozenset[str]:
    """English verbs and adjectives ("jovelyn macaraeg, ehm, lovely")."""
    return _en_verbs() | en_lemmas("adj")


def description_word(
    text: str, start: int, end: int, adjectives: bool = True, bare_nouns: bool = True
) -> bool:
    """The word at ``start:end`` describes rather than names: a determiner or possessive
    before it, a Norwegian noun (``psykologen``, ``helsesøster``, ``ungene``: a name is rarely
    a dictionary noun there), or an English verb or (``adjectives``) adjective: after a name
    an adjective is a remark (``…, ehm, lovely``), before it a nickname may be one (``chalky,
    norman …``); with ``bare_nouns`` False only a definite or plural noun counts (a
    pronoun takes up ``spurv,`` as a name, ``legen,`` as the doctor). First names are never
    descriptions."""
    low = text[start:end].lower()
    if low in first_names_lower():
        return False
    if described(text, start):
        return True
    if noun_form(low) and (bare_nouns or low not in nb_noun_lemmas()):
        return True
    return low in (_en_word_classes() if adjectives else _en_verbs())


def no_name_word(low: str) -> bool:
    """A closed-class, cue, kinship, adverb, indefinite, filler or non-entity word, or a
    listed place: never a person's name in these shapes."""
    return low in _skip() or is_filler(low)


def _may_be_named(
    text: str,
    start: int,
    end: int,
    found: list[DetectedEntity],
    paired: bool = False,
    adjectives: bool = True,
    bare_nouns: bool = True,
) -> bool:
    """Whether the word may be flagged; ``paired`` (joined to the speaker): its word class
    is judged only as a verb, since a nickname paired so is often an adjective ("dandy")."""
    word = text[start:end]
    low = word.lower()
    if no_name_word(low) or word_value(low) is not None:
        return False
    if any(o.start < end and start < o.end for o in found):
        return False
    if (
        _verb_not_noun(low)
        if paired
        else description_word(text, start, end, adjectives, bare_nouns)
    ):
        return False
    return word[:1].isupper() if line_has_capitals(text, start) else word.islower()


def _verb_not_noun(low: str) -> bool:
    return (low in word_class_forms("nb", "verb") and not noun_form(low)) or low in _en_verbs()


def _flag(text: str, start: int, end: int) -> DetectedEntity:
    return DetectedEntity(
        type=et.PERSON,
        start=start,
        end=end,
        text=text[start:end],
        score=SCORE,
        action=FLAG,
        source=APPOSED_SOURCE,
    )


def apposed_flags(
    text: str, found: list[DetectedEntity], lang: str | None = None
) -> list[DetectedEntity]:
    """``found`` with the words set beside a replaced person, or paired with the speaker,
    flagged as persons (module docstring)."""
    added: list[DetectedEntity] = []
    for d in found:
        if d.action != REPLACE or d.type != et.PERSON:
            continue
        full = " " in d.text.strip()
        before = _BEFORE_NAME.search(text, max(0, d.start - 40), d.start)
        after = _AFTER_NAME.match(text, d.end)
        for m in (before, after):
            if m is None or not (full or m.group("gap")):
                continue
            start, end = m.span("word")
            if _may_be_named(text, start, end, [*found, *added], adjectives=m is after):
                added.append(_flag(text, start, end))
    added += _short_names(text, [*found, *added])
    dislocated = _DISLOCATED.finditer(text) if PRONOUN_CLAUSE_AFTER.search(text) else ()
    for m in dislocated:
        start, end = m.span("word")
        if not PRONOUN_CLAUSE_AFTER.match(text, end) or line_has_capitals(text, start):
            continue
        opening = _LINE_OPENING.search(text, max(0, start - 30), start)
        if (opening or APPOSITION_BEFORE.search(text, max(0, start - 6), start)) and (
            _may_be_named(text, start, end, [*found, *added], bare_nouns=False)
        ):
            added.append(_flag(text, start, end))
    for m in _PP_DISLOCATED.finditer(text) if _PP_QUICK.search(text) else ():
        start, end = m.span("word")
        low = m.group("word").lower()
        if (
            not TAKEN_UP.match(text, m.end())  # the pronoun and what the person is or did
            or no_name_word(low)
            or word_value(low) is not None
            # where the person is holds no clause ("Everybody on the ward knew her, she …")
            or any(w.lower() in FUNCTION_WORDS for w in m.group("where").split())
            or (noun_form(low) and low not in nb_noun_lemmas())  # "legen på posten, han"
            or (low in _en_verbs() and low not in en_lemmas("noun"))  # "came from the …"
            or (low in word_class_forms("nb", "verb") and not noun_form(low))
            or any(o.action == REPLACE and o.start < end and start < o.end for o in found)
        ):
            continue
        found = [o for o in found if not (o.start < end and start < o.end)]
        added.append(replace(_flag(text, start, end), action=REPLACE, score=PP_SCORE))
    pairs = _SPEAKER_PAIR.finditer(text) if _PAIR_QUICK.search(text) else ()
    for m in pairs:
        if not line_has_capitals(text, m.start()):
            # session 46 (blind36 as development material): two people before the speaker
            # ("kali og lisse og eg har ei gruppe"), each paired with the speaker
            for group in ("word", "word2", "word3"):
                if not m.group(group):
                    continue
                start, end = m.span(group)
                # "meg og spurte om …" is a verb, "meg og ungene" a noun with its article
                if _may_be_named(text, start, end, [*found, *added], paired=True) and not (
                    described(text, start)
                    or (lang == "nb" and noun_form(text[start:end].lower()))
                ):
                    added.append(_flag(text, start, end))
    if not added:
        return found
    return sorted([*found, *added], key=lambda d: (d.start, d.end))


def _short_names(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Words said short for a name (``_SHORT_FOR``)."""
    out: list[DetectedEntity] = []
    if "ort for" not in text:  # cheap: most lines say neither "short for" nor "kort for"
        return out
    for m in _SHORT_FOR.finditer(text):
        start, end = m.span("word")
        if not _may_be_named(text, start, end, [*found, *out], bare_nouns=False):
            continue
        flag = _flag(text, start, end)
        if not is_everyday_word(text[start:end].lower()):
            flag = replace(flag, action=REPLACE, score=INTRODUCED_SCORE)
        out.append(flag)
    return out


# "ingga ja, ingga bongo, det skrives …": a repair gap, the same first name again, and one
# word that ends the clause: the surname the restart adds.
_REPAIR_GAP = re.compile(
    rf"\s*(?:,\s*|\s+)(?:(?:ja|nei|yes|no|{_GAP_WORDS})\s*,?\s*)?$", re.IGNORECASE
)
_SURNAME_AFTER = re.compile(rf"\s+(?P<word>{_WORD})(?=\s*(?:[,.;!?…]|$))", re.IGNORECASE)


def surname_on_restart(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with a first name said again with a surname grown over it (session 26).

    Why: "ingga ja, ingga bongo," — the speaker restarts to give the full name, and the
    surname, an everyday word (``bongo``), was left beside the replaced first name. A one-word
    replaced name, a repair gap (a comma, perhaps ``ja``/``nei``/a filler), the same word
    replaced again, and one word closing the clause after it: that word is the surname. Not a
    closed-class, adverb, cue, number or non-entity word (``kari, kari også,``)."""
    people = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    out = list(found)
    for first in people:
        if " " in first.text:
            continue
        for again in people:
            if again.start <= first.end or again.text.lower() != first.text.lower():
                continue
            if not _REPAIR_GAP.fullmatch(text, first.end, again.start):
                continue
            m = _SURNAME_AFTER.match(text, again.end)
            if m is None or no_name_word(m.group("word").lower()):
                continue
            if word_value(m.group("word").lower()) is not None:
                continue
            if any(o.start < m.end() and m.start("word") < o.end for o in found if o is not again):
                continue
            grown = replace(again, end=m.end("word"), text=text[again.start : m.end("word")])
            out = [grown if o is again else o for o in out]
    return out


def preload() -> None:
    """Build the word tables the rules above read (Ordbank's nouns, English verbs and
    adjectives, the stop words: about 0.4 s) when the detector is built, so that the first
    transcript does not pay for them; :mod:`.non_names` reads English verbs too."""
    nb_noun_lemmas()
    _en_word_classes()
    en_lemmas("noun")
    word_class_forms("nb", "verb")
    _skip()

