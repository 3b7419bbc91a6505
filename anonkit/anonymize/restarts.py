"""A name said twice in one breath is one name: repeats and restarts (issue 10, item 7).

Why: speakers restart. "Tor, eh, Tor Arne" says a name first alone and then in full; "Dom, uh,
Dominic", "steph, well, stephanie rowse" and "shar, or sharmarke" say a short form and the
full one side by side. The layers before this one judge each word alone, so the short or the
full form was often only flagged — or, when it is also a word ("Dom"), not even that — while
the other was replaced: the clear form next to its pseudonym gives the name away.

Two rules, both on one text's detections:
- :func:`promote_repeats`: a flagged word that is a word of a replaced name is that name.
- :func:`anonkit.anonymize.aliases.alias_flags` (names branch; its own module since session
  48): a flagged capitalized word joined to a replaced name by "eller"/"or"/"altså" ("Fong,
  eller Phuong") is that person.
- :func:`restart_forms`: two words side by side, apart only by punctuation and hesitation
  ("uh", "well", "or", "I mean", "eller", "altså"), where one is the other cut short (three
  letters or more, perhaps with a pet ending: "Gabs", "kjelle") and one of them is a replaced
  name: the other is that person too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    CONTACT_VERBS,
    PERSON_VERBS,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import is_everyday_word, not_entities

RESTART_SOURCE = "restart"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# What may stand between the two forms of a restart: hesitations and repair words.
_REPAIR_WORDS = word_set(
    """
    uh uhm um umm er erm eh ehm hm mm well or i mean sorry like no yeah you know
    øh æh eller altså liksom nei jo ja mener jeg unnskyld asså
    """
)
_MAX_GAP_WORDS = 3
_MIN_PREFIX = 3


# Articles: a word after one is a noun ("som ei lerke", "a river"), not a name (names branch).
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:a|an|the|en|ei|et|ein|eit)\s+$", re.IGNORECASE)


def promote_repeats(found: list[DetectedEntity], text: str = "") -> list[DetectedEntity]:
    """A flagged word that is part of a replaced name in the same text is that name.

    Why: "Tor, eh, Tor Arne": the lone "Tor" (an everyday word at a sentence start) is only
    flagged while "Tor Arne" is replaced; leaving it would give the name away next to its
    pseudonym. The same holds for a place or an institution said twice ("på Persbråten, eh,
    Persbråten sykehus"; blind8): a capitalized word of a replaced place or organisation
    name takes its type. Given ``text``, a flagged word after an article stays a flag: "ho
    lerke … sang som ei lerke" says the name and then the word; and a repeat no layer marked
    at all is taken too where it cannot be the word (:func:`_unmarked_repeats`).
    """
    capital, lower = _replaced_name_words(found)
    if not capital and not lower:
        return found

    def same_name(word: str) -> str | None:
        # A lower-case word is never the capitalized name said elsewhere in the line: "Dr.
        # Bell rang the bell", "Dale … the dale" (prec2). On a lower-case line the name is
        # lower-case too, and links.
        if word[:1].islower():
            return lower.get(word)
        return capital.get(word.lower()) or lower.get(word.lower())

    out = []
    for d in found:
        # A repeat this function itself only flagged ("lamb like the animal") stays a flag
        # when the detector runs it again after later steps (session 22).
        kind = (
            same_name(d.text)
            if d.action == FLAG and d.type != et.NUMBER and d.source != RESTART_SOURCE
            else None
        )
        if kind is not None and not _ARTICLE_BEFORE.search(text[max(0, d.start - 8) : d.start]):
            d = replace(d, type=kind, action=REPLACE, score=max(d.score, 0.5))
        out.append(d)
    if text:
        more = list(_unmarked_repeats(text, out, same_name))
        if more:
            out = sorted([*out, *more], key=lambda d: (d.start, d.end))
    return out


def _replaced_name_words(found: list[DetectedEntity]) -> tuple[dict[str, str], dict[str, str]]:
    """The words of replaced names: ``(capitalized, lower-case)``, each word -> its type."""
    capital: dict[str, str] = {}  # lower-cased words said with a capital -> type
    lower: dict[str, str] = {}  # words said in lower case -> type
    for d in found:
        if d.action != REPLACE or d.type not in _REPEATED_TYPES:
            continue
        words = re.findall(r"\w+", d.text)
        if d.type == et.PERSON:
            words += _spelled_word(d.text)
        elif len(words) > 1:
            # a place's or an institution's own name, not its kind ("sykehus", "Centre")
            words = [w for w in words if w[:1].isupper() and not is_everyday_word(w.lower())]
        for w in words:
            table, key = (capital, w.lower()) if w[:1].isupper() else (lower, w)
            if table.get(key) != et.PERSON:
                table[key] = d.type
    return capital, lower


@cache
def _never_repeated() -> frozenset[str]:
    """Words that are no name however often said: closed-class, cue and non-entity words."""
    return FUNCTION_WORDS | PERSON_CUE_WORDS | not_entities("nb") | not_entities("en")


# A flag for the steward: below the replace threshold, above the flag threshold.
_REPEAT_FLAG = 0.3
# What a person does next: "bratt svarte aldri", "stein rang me" (session 22).
_ADVERB_ALTERNATION = "|".join(sorted(ADVERBS))
_VERB_ALTERNATION = "|".join(sorted(ACTION_VERBS | PERSON_VERBS | CONTACT_VERBS))
_PERSON_VERB_AFTER = re.compile(
    rf"\s+(?:(?:{_ADVERB_ALTERNATION})\s+)?(?:{_VERB_ALTERNATION})\b", re.IGNORECASE
)
_NAME_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?…:\n])[\s\"'«»“”-]*$")


def _unmarked_repeats(
    text: str, found: list[DetectedEntity], same_name: Callable[[str], str | None]
) -> Iterator[DetectedEntity]:
    """A word of a replaced name said again where no layer marked it ("Åker het politimannen,
    tror jeg, ja, Åker"; blind8). Taken when it cannot be the everyday word: no word list
    has it, or it is capitalized mid-sentence; never after an article."""
    taken = [(d.start, d.end) for d in found]
    surnames = _surnames_said(text, found)
    for m in _NAME_WORD.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        word = m.group(0)
        kind = same_name(word)
        if kind is None or word.lower() in _never_repeated():
            continue
        if _ARTICLE_BEFORE.search(text[max(0, start - 8) : start]):
            continue
        if is_everyday_word(word.lower()) and word[:1].islower():
            # A lower-case name that is also a word ("het bratt, og bratt svarte"; session
            # 22): the word said again is the name when a person's verb follows, else it
            # is shown to the steward. Leaving it silently was a leak.
            if kind == et.PERSON and (
                _PERSON_VERB_AFTER.match(text, end)
                or _only_a_name_stands(text, start, end, found, surnames)
            ):
                yield DetectedEntity(start, end, kind, REPLACE, 0.5, word, RESTART_SOURCE)
            else:
                yield DetectedEntity(start, end, kind, FLAG, _REPEAT_FLAG, word, RESTART_SOURCE)
            continue
        if is_everyday_word(word.lower()) and _OPENS_SENTENCE.search(
            text, max(0, start - 4), start
        ):
            continue
        yield DetectedEntity(start, end, kind, REPLACE, 0.5, word, RESTART_SOURCE)


_REPEATED_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})

# lcnb24: where a surname said again alone can only be the name (``_only_a_name_stands``).
_CLAUSE_START = re.compile(r"(?:^|[,.;:!?\n])\s*(?:(?:og|men|så|da|and|but|so)\s+)?$")
_FINITE_AFTER = re.compile(
    r"\s+(?:var|er|e|va|har|hadde|heter|het|ble|blei|vart|was|is|had|has)\b", re.IGNORECASE
)
_RESTATED_ALONE = re.compile(r",\s*$")
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.!?…]|$)")


def _surnames_said(text: str, found: list[DetectedEntity]) -> frozenset[str]:
    """Lower-case words said in a surname's place: the last word of a replaced person of
    several words ("dagrun bekk"), or a replaced person right after another ("áilu" "utsi")."""
    people = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    out = set()
    for d in people:
        words = d.text.split()
        if len(words) > 1:
            out.add(words[-1])
        elif any(p.end + 1 == d.start and text[p.end] == " " for p in people):
            out.add(d.text)
    return frozenset(w for w in out if w[:1].islower())


def _only_a_name_stands(
    text: str, start: int, end: int, found: list[DetectedEntity], surnames: frozenset[str]
) -> bool:
    """A lower-case name that is a word, said again where only the name stands (lcnb24; the
    lower-cased dev sets held five such repeats in four sets, all only flagged):

    * right after a replaced first name, one space before it ("het fager, halldor fager");
    * alone as a clause's subject before a finite verb, when it was said earlier as the
      surname of a full name ("het dagrun bekk, og bekk var veldig tydelig": a bare everyday
      noun as a subject of "var"/"har" is rare, a surname there is how people are named);
    * restated alone after a comma, closing the sentence ("åker het politimannen, tror jeg,
      ja, åker.").
    """
    if any(
        d.action == REPLACE and d.type == et.PERSON and d.end + 1 == start and text[d.end] == " "
        for d in found
    ):
        return True
    if text[start:end] in surnames and (
        _CLAUSE_START.search(text, max(0, start - 12), start) and _FINITE_AFTER.match(text, end)
    ):
        return True
    return bool(
        _RESTATED_ALONE.search(text, max(0, start - 3), start) and _CLOSES_SENTENCE.match(text, end)
    )


# A name said letter by letter: "K-A-J-A-N-I", "s i v", "B. O. R. G".
_SPELLED = re.compile(r"\w(?:[-.\s]+\w)+\.?")


def _spelled_word(span: str) -> list[str]:
    """The word a spelled-out name spells ("K-A-J-A-N-I" → "KAJANI"), so that the name said
    whole next to its spelling is the same person (blind7, session 19)."""
    if not _SPELLED.fullmatch(span):
        return []
    letters = re.findall(r"\w", span)
    return ["".join(letters)] if len(letters) >= 3 else []


def _gap_is_repair(gap: str) -> bool:
    """Only punctuation, hesitations and repair words, and at least one of them or a comma
    ("Dom Dominic" without a pause is not a restart)."""
    words = _WORD.findall(gap)
    if len(words) > _MAX_GAP_WORDS or any(w.lower() not in _REPAIR_WORDS for w in words):
        return False
    rest = _WORD.sub("", gap)
    if any(ch.isalnum() for ch in rest):
        return False
    return bool(words) or any(ch in ",.-–—…" for ch in rest)


# Endings of pet forms built on a name's first letters: "Gab-s", "Steph-ie", "Kjell-e".
_PET_ENDINGS = ("s", "sy", "ie", "y", "e", "o", "a")


def _one_form_of_other(short: str, long: str) -> bool:
    """``short`` is ``long`` cut short ("Dom"/"Dominic"), or such a cut with a pet ending
    ("Gabs"/"Gabriella", "kjelle"/"kjellaug")."""
    a, b = short.lower(), long.lower()
    if a == b or len(a) >= len(b) or a in FUNCTION_WORDS:
        return False
    stems = [a] + [a[: -len(end)] for end in _PET_ENDINGS if a.endswith(end)]
    return any(len(stem) >= _MIN_PREFIX and b.startswith(stem) for stem in stems)


def restart_forms(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """Add or promote the other form of a replaced name in a restart (module docstring).

    A corrected spelling ("Hawre, nei, Hawri", "Thornabee, Thornaby I mean") takes the kind
    of the replaced one, a person, place or organisation (session 19): the ASR spelling and
    the right one are the same name."""
    named = [d for d in found if d.action == REPLACE and d.type in _RESTART_KINDS]
    if not named:
        return found
    words = list(_WORD.finditer(text))
    # Only pairs with a word of a replaced entity can change anything: test those alone.
    inside = [any(d.start <= w.start() and w.end() <= d.end for d in named) for w in words]
    out = list(found)
    for k in range(len(words) - 1):
        left = words[k]
        for j in range(k + 1, min(len(words), k + 2 + _MAX_GAP_WORDS)):
            right = words[j]
            if not (inside[k] or inside[j]):
                continue
            a, b = left.group(0), right.group(0)
            if a[:1].lower() != b[:1].lower():
                continue
            if a.lower() in _NEVER_RESTARTED or b.lower() in _NEVER_RESTARTED:
                continue  # session 48: "from Likiep, like my father" restarts nothing
            near = _near_spelling(a, b)
            if not (near or _one_form_of_other(a, b) or _one_form_of_other(b, a)):
                continue  # (cheap string test first: the gap test runs a regex)
            if not _gap_is_repair(text[left.end() : right.start()]):
                continue
            spans = ((left.start(), left.end()), (right.start(), right.end()))
            kinds = [_kind_around(s, named, people_only=not near) for s in spans]
            for (start, end), kind, other in zip(spans, kinds, kinds[::-1], strict=True):
                if kind is None and other is not None:
                    out = _as_entity(text, out, start, end, other)
            break
    return sorted(out, key=lambda d: (d.start, d.end)) if out != found else found


_RESTART_KINDS = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})
# Closed-class and discourse words: a spelling near a name's is no restart of it.
_NEVER_RESTARTED = FUNCTION_WORDS | word_set("like liksom lik likt sånn")
# A word, a repair gap, then a replaced name of several words: "brekke, eh, rolf brekke",
# "Vold, altså Marit Vold" (session 21). The word may be any of the name's words.
_RESTATE_REACH = 40


def restated_in_full(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A word said, then after a repair gap the whole name it belongs to, is that name (the
    surname or first name restated in full)."""
    out = found
    for d in found:
        if d.action != REPLACE or d.type != et.PERSON or " " not in d.text:
            continue
        own = {w.lower() for w in _WORD.findall(d.text)}
        before = list(_WORD.finditer(text, max(0, d.start - _RESTATE_REACH), d.start))
        for w in reversed(before[-(_MAX_GAP_WORDS + 1) :]):
            gap = text[w.end() : d.start]
            if _WORD.search(gap) and not _gap_is_repair(gap):
                break  # a word of the sentence between: no restart
            if w.group(0).lower() in own and _gap_is_repair(gap):
                out = _as_entity(text, out, w.start(), w.end(), et.PERSON)
                break
    return sorted(out, key=lambda d: (d.start, d.end)) if out is not found else found


def _kind_around(
    span: tuple[int, int], named: list[DetectedEntity], people_only: bool
) -> str | None:
    """The kind of the replaced entity ``span`` lies in (only a person for a short form)."""
    for d in named:
        if d.start <= span[0] and span[1] <= d.end and (d.type == et.PERSON or not people_only):
            return d.type
    return None


def _fold(word: str) -> str:
    """Lower case without accents: "Bláthnaid" and "Bla" share their first letters."""
    return "".join(
        ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch)
    )


def short_forms(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A word elsewhere in the text that is a replaced name cut short is that person.

    Why: speakers give a name and then the short form they use ("Bláthnaid McGinley-Tuohy,
    Bla we called her", "ho heter rønnaug men alle sier bare rønna"); :func:`restart_forms`
    links the two only side by side, so the short form stayed shown, or only flagged, next to
    the pseudonym of the full one (blind7, session 19). A flagged capitalized word links at
    three letters; any other must have four, be more than half the name, be no month or
    other non-entity, and be an everyday word only in lower case from five letters on ("sola"
    is the sun beside Solveig, "rønna" is Rønnaug).
    """
    names = [d for d in found if d.action == REPLACE and d.type == et.PERSON]
    full = {_fold(w) for d in names for w in _WORD.findall(d.text) if len(w) >= 4}
    if not full:
        return found
    out = list(found)
    initials = {w[0] for w in full}
    for m in _WORD.finditer(text):
        if _fold(m.group(0)[0]) not in initials or len(m.group(0)) < _MIN_PREFIX:
            continue  # (cheap test first)
        word = _fold(m.group(0))
        if len(word) < _MIN_PREFIX or word in FUNCTION_WORDS:
            continue
        hits = [d for d in out if d.start < m.end() and m.start() < d.end]
        if any(d.action == REPLACE for d in hits):
            continue
        if word in full:
            # the name said again, unflagged: "vi kalte ham hallis, og hallis var …" (a word
            # of the language said again stays a word: "dr lamb …, lamb like the animal")
            if not hits and not is_everyday_word(word):
                out = _as_entity(text, out, m.start(), m.end())
            continue
        longs = [w for w in full if _one_form_of_other(word, w)]
        if not longs:
            continue
        lower_line = not line_has_capitals(text, m.start())
        if (not hits or m.group(0).islower()) and not _plausible_short_form(
            word, m.group(0), longs, lower_line
        ):
            # a flagged lower-case word too: "hun heter solveig og sola skinte". Session 27:
            # an everyday word of four letters on a lower-case line is still asked about
            # ("calls me tiff, me real name's stuart tiffin")
            if not hits and lower_line and _doubtful_short_form(word, longs):
                out.append(_short_form_flag(text, m.start(), m.end()))
            continue
        out = _as_entity(text, out, m.start(), m.end())
    return sorted(out, key=lambda d: (d.start, d.end)) if out != found else found


def _plausible_short_form(word: str, shown: str, longs: list[str], lower_line: bool) -> bool:
    if len(word) < 4 or all(2 * len(word) <= len(w) for w in longs):
        return False
    if word in _non_entities():
        return False  # "Augustine … started in August"
    # an everyday word in lower case only on a line without capitals: "Vi fikk bolig gjennom
    # Boligbygg" keeps "bolig" (session 21)
    return (len(word) >= 5 and shown.islower() and lower_line) or not is_everyday_word(word)


def _doubtful_short_form(word: str, longs: list[str]) -> bool:
    """A four-letter everyday word that is more than half a replaced name's word."""
    return (
        len(word) == 4
        and any(2 * len(word) > len(w) for w in longs)
        and word not in _non_entities()
    )


def _short_form_flag(text: str, start: int, end: int) -> DetectedEntity:
    return DetectedEntity(start, end, et.PERSON, FLAG, 0.3, text[start:end], RESTART_SOURCE)


@cache
def _non_entities() -> frozenset[str]:
    return not_entities("nb") | not_entities("en")



def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one word, as a speaker corrects a name ("Hawre, nei, Hawri",
    "Thornabee, Thornaby I mean"): same first letter, four letters or more, and at least
    three quarters of their letters in common (``difflib``'s ratio)."""
    if abs(len(a) - len(b)) > 3 or min(len(a), len(b)) < 4:
        return False
    a, b = _fold(a), _fold(b)
    return (
        a != b
        and a[0] == b[0]
        and SequenceMatcher(None, a, b).ratio() >= 0.75
    )


def _as_entity(
    text: str, found: list[DetectedEntity], start: int, end: int, kind: str = et.PERSON
) -> list[DetectedEntity]:
    """``found`` with [start, end) a replaced ``kind``: a flag there is promoted; a word
    nothing covers is added; a word inside another replaced entity is left alone."""
    out = []
    covered = False
    for d in found:
        if d.start < end and start < d.end:
            covered = True
            if d.action == FLAG:
                d = replace(d, type=kind, action=REPLACE, score=max(d.score, 0.5))
        out.append(d)
    if not covered:
        out.append(DetectedEntity(start, end, kind, REPLACE, 0.5, text[start:end], RESTART_SOURCE))
    return out
