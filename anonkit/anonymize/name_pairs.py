"""Two words of one name on a lower-case line, one replaced and one not (issue 10; lcen24).

Why: without capitals a full name often comes out half taken. The surname no list knows is
replaced ("ferrie", "mclarnon", "rafferty") while the first name beside it, a word too
("candy", "tosh"), is only flagged or not taken at all; or NER takes an unlisted first name
("gruffudd") and leaves the everyday surname after it ("pennant"). The half left shows beside
the pseudonym and, for a reader who knows the person, names them. Across the lower-cased
development sets this came back in four sets (blind4, blind9, blind12 twice).
:mod:`.surname_after` and :func:`.coordinated.first_name_before` grow a name only over words
that no list has (or after a listed first name), so an everyday word stays outside.

Two cues say that the word belongs to the name:

* **a person flag right beside a replaced person** (one space between, both one word): two
  people are never said without "and" or a comma between them, so the flagged word is the
  other half of the replaced name ("my key worker was alasdair ferrie", "candy rafferty");
  not a modifier or a verb: after a determiner ("the big mandir"), or an adjective, verb
  or adverb no name list has ("i rang eilidh");
* **a sentence opening with two words before what people do** (perhaps after "and", "then",
  "so", "but"), one of them a replaced person: ``tosh mclarnon taught me``, ``gruffudd
  pennant was my best mate``. A subject of two words, one a name, is a full name unless the
  other word is a role, a kinship word, an adjective ("old mcilroy", "poor seren"), an adverb
  ("ffion today was") or a function word; those stay out.

Only on lower-case lines: with capitals the capital itself says which words are the name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, TITLES
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    CONTACT_VERBS,
    COPULAS,
    NOT_CALLERS,
    PERSON_VERBS,
    ROLES,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import word_class_forms

NAME_PAIR_SOURCE = "name-pair"
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# What a person subject does right after the name (English only: the cue was seen in English
# transcripts; Norwegian subjects have their own rules).
_VERBS = (ACTION_VERBS | PERSON_VERBS | CONTACT_VERBS | COPULAS) | word_set(
    "is has taught teaches runs ran worked works lived lives looked got"
)
# After an organisation NER took ("tosh mclarnon taught me": "mclarnon" as an organisation):
# only what people do, not being or having ("tesco express was shut").
_PEOPLE_VERBS = (PERSON_VERBS | CONTACT_VERBS) | word_set("said told taught rang asked")
_OPENERS = word_set("and then so but")
_DETERMINERS = word_set("the a an this that these those my his her our their your its some")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)\s+$")
_NOT_NAME_PARTS = (
    FUNCTION_WORDS
    | KINSHIP
    | TITLES
    | ROLES
    | ADVERBS
    | _OPENERS
    | word_set("mum mam mom dad da nan gran granny grandad mr mrs ms miss dr doctor")
)


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in all_first_names())


def _one_word(d: DetectedEntity) -> bool:
    return d.type == et.PERSON and d.text.isalpha() and d.text.islower()


def _one_name(d: DetectedEntity | None, verb: str) -> bool:
    """A replaced one-word person, or a replaced one-word organisation before a verb only
    people do (NER's reading of an unknown surname)."""
    if d is None or d.action != REPLACE or not d.text.islower():
        return False
    if d.type == et.PERSON:
        return d.text.isalpha()
    return (
        d.type == et.ORGANIZATION
        and verb in _PEOPLE_VERBS
        and d.text.replace("'", "").replace("’", "").isalpha()
    )


def _name_part(word: str) -> bool:
    """A word that may be one half of a name: no closed-class word, role, kinship word,
    adjective, adverb or verb form."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word not in _NOT_NAME_PARTS
        and word not in word_class_forms("en", "adj")
        and word not in word_class_forms("en", "adv")
        and word not in word_class_forms("en", "verb")
    )


def _modifier(text: str, first: DetectedEntity, flagged: str) -> bool:
    """The flagged word is no half of a name: a determiner stands before the pair, or the
    flag is an adjective, verb or adverb no name list has ("big", "old", "rang")."""
    before = _WORD_BEFORE.search(text, max(0, first.start - 12), first.start)
    if before is not None and before.group(1) in _DETERMINERS:
        return True
    return flagged not in _first_names() and any(
        flagged in word_class_forms("en", kind) for kind in ("adj", "verb", "adv")
    )


def _joined(text: str, a: DetectedEntity, b: DetectedEntity) -> DetectedEntity:
    """One replaced person from ``a`` to ``b``, keeping the replaced span's score."""
    kept = a if a.action == REPLACE else b
    return replace(
        kept,
        start=a.start,
        end=b.end,
        text=text[a.start : b.end],
        action=REPLACE,
        source=f"{kept.source}+{NAME_PAIR_SOURCE}",
    )


def _flag_pairs(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A person flag, or a rare-word flag (a word no list knows: "alasdair"), one space from
    a replaced person joins it (first cue)."""
    out = list(found)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        flag = a if a.action == FLAG else b
        if (
            {a.action, b.action} == {FLAG, REPLACE}
            and _one_word(a if flag is b else b)
            and flag.text.isalpha()
            and flag.text.islower()
            and flag.type in (et.PERSON, et.RARE_WORD)
            and text[a.end : b.start] == " "
            # the flag already says "a person": only closed-class words, roles, kinship, and
            # modifiers ("the big mandir", "old tarnbrook") are left out
            and flag.text not in _NOT_NAME_PARTS
            and not _modifier(text, a, flag.text)
            and not line_has_capitals(text, a.start)
        ):
            out[i : i + 2] = [_joined(text, a, b)]
        i += 1
    return out


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))(?=[a-z])", re.MULTILINE)
_CLAUSE = re.compile(r"[^.!?\n]*")


def _subject_pair(text: str, found: list[DetectedEntity], start: int) -> list[DetectedEntity]:
    """Two words opening the sentence at ``start`` before a verb of people, one replaced
    (second cue)."""
    end = _CLAUSE.match(text, start).end()
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    k = 0
    while k < len(words) and words[k][0] in _OPENERS and k < 2:
        k += 1
    if k + 2 >= len(words) or words[k + 2][0] not in _VERBS:
        return found
    (w1, s1, e1), (w2, s2, e2) = words[k], words[k + 1]
    before = " ".join(w for w, _, _ in words[:k])
    if text[e1:s2] != " " or text[start:s1].replace(",", "").strip() != before:
        return found  # not one word after the other, or something else before them
    spans = {(d.start, d.end): d for d in found}
    one, two = spans.get((s1, e1)), spans.get((s2, e2))
    if any(d.start < e2 and s1 < d.end and d not in (one, two) for d in found):
        return found  # part of another span
    verb = words[k + 2][0]
    if _one_name(one, verb) and two is None:
        other, grown = w2, replace(one, end=e2, type=et.PERSON)
    elif _one_name(two, verb) and one is None:
        other, grown = w1, replace(two, start=s1, type=et.PERSON)
    else:
        return found
    if not _name_part(other) or other in NOT_CALLERS:
        return found
    grown = replace(
        grown, text=text[grown.start : grown.end], source=f"{grown.source}+{NAME_PAIR_SOURCE}"
    )
    return sorted([d for d in found if d not in (one, two)] + [grown], key=lambda d: d.start)


def name_pairs_joined(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with the two halves of a name on a lower-case line made one replaced person
    (module docstring)."""
    if not found or not any(d.type in (et.PERSON, et.ORGANIZATION) for d in found):
        return found
    found = _flag_pairs(text, found)
    for m in _SENTENCE_START.finditer(text):
        if not line_has_capitals(text, m.start()):
            found = _subject_pair(text, found, m.start())
    if "," in text and not line_has_capitals(text, 0):
        found = _set_off_names(text, found)
    return found


# Session 32 (blind20/10 as development material): "the memory nurse, marjie loades, she
# comes …", "terapeuten min, anh khoa dung, han var …": two or three words set off by commas
# after a role or kinship word, one of them a replaced person.
_SET_OFF = re.compile(r"(?<=, )([a-z]+(?: [a-z]+){1,2})(?=,)")
_ROLE_OR_KIN_BEFORE = re.compile(r"([a-zæøå]+)(?: (?:min|mi|mitt|vår|my|our))?, $")


def _set_off_names(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """A name of two or three words set off by commas after a role or kinship word, one word
    of it replaced as a person: the whole is that person (only closed-class words, roles and
    kinship words stay out)."""
    for m in _SET_OFF.finditer(text):
        before = _ROLE_OR_KIN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or (
            before.group(1) not in ROLES and before.group(1) not in KINSHIP
        ):
            continue
        words = m.group(1).split()
        if any(w in _NOT_NAME_PARTS for w in words):
            continue
        inside = [d for d in found if m.start() <= d.start and d.end <= m.end()]
        if not any(d.type == et.PERSON and d.action == REPLACE for d in inside):
            continue
        if any(d.start == m.start() and d.end == m.end() for d in inside):
            continue
        kept = next(d for d in inside if d.type == et.PERSON and d.action == REPLACE)
        grown = replace(
            kept,
            start=m.start(),
            end=m.end(),
            text=m.group(1),
            source=f"{kept.source}+{NAME_PAIR_SOURCE}",
        )
        found = sorted([d for d in found if d not in inside] + [grown], key=lambda d: d.start)
    return found
