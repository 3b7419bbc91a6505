"""A name that is a word, after "a"/"the" (and an adjective), is the word (blind10 session).

Why: on a line written all in lower case a first name that is also a noun ("rose", "hope",
"holly", "iris") is taken for a person by the name list and the NER model, even where an
article says it is a noun: "a proper rose among thorns", "the holly by the door", "a bit of
hope". English puts no article before a person's first name, so after "a"/"an"/"the",
alone or with one word between ("a proper rose", "the old holly"), the word is dropped
unless a verb follows it ("the lovely rose came in" may be a person said with an article).
Lines written with capitals are left alone ("the lovely Rose said" has its capital).

Norwegian (nb23): no indefinite article stands before a name either, and on a lower-case
line a long compound of everyday words no dictionary lists whole ("et lavterskeltilbud",
"en mestringsgruppesamling") was capitalised for the NER model and replaced as a place or a
person. After "en"/"et"/"ein"/"eit" (perhaps with one adjective) a one-word name whose every
part is an everyday word of four letters or more is shown as a flag instead (not dropped: a
compound noun may still hold a name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import RANKS, TITLES
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import common_words, word_class_forms

_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the)(?: (?P<between>[a-z]+\.?))? $")
_NEXT_WORD = re.compile(r" ([a-z]+)")
# A verb right after the word makes it a subject, which may be a person said with an
# article in speech ("the lovely rose came in"): kept.
_AUXILIARIES = word_set(
    "was is were are has had have does did do would will could can should said says"
)


def _after_article(text: str, start: int) -> bool:
    """An article right before ``start``, or an article and a word that is no title ("a dr
    butcher", "the sergeant frost": a title makes the word a surname)."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    between = (m.group("between") or "").rstrip(".")
    return between not in TITLES and between not in RANKS


def _verb_follows(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return word in _AUXILIARIES or word in word_class_forms("en", "verb")


_NB_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:en|et|ein|eit)(?: [a-zæøå]+)? $")
_NB_LINKS = ("", "s", "e")
_MIN_TAIL = 4
_MIN_HEAD = 3
# Tails of farm and place names that are everyday words too ("kvern|moen", "bak|haugen"):
# such a compound is a surname or a place, not a noun.
_NAME_TAILS = word_set(
    "moen engen haugen bakken lien dalen vika viken neset stad rud heim berget haug land "
    "strand vollen tangen holmen sletta myra"
)


def _nb_compound(low: str, depth: int = 0) -> bool:
    """``low`` splits into everyday words (the last of four letters or more, the others of
    three), with a linking s/e between ("lav|terskel|tilbud", "mestrings|gruppe|samling");
    up to three parts; not a farm or place name's tail ("kvern|moen")."""
    common = common_words("nb")
    if depth > 0 and low in common:
        return True
    if depth >= 2:
        return False
    for cut in range(_MIN_HEAD, len(low) - _MIN_TAIL + 1):
        head, tail = low[:cut], low[cut:]
        if tail not in common or (depth == 0 and tail in _NAME_TAILS):
            continue
        for link in _NB_LINKS:
            stem = head[: len(head) - len(link)]
            if head.endswith(link) and len(stem) >= _MIN_HEAD and _nb_compound(stem, depth + 1):
                return True
    return False


def _nb_article_noun(text: str, d: DetectedEntity) -> bool:
    return (
        d.action == REPLACE
        and d.type in (et.PERSON, et.LOCATION, et.ORGANIZATION)
        and d.text.isalpha()
        and d.text.islower()
        and len(d.text) >= _MIN_HEAD + _MIN_TAIL + 1
        and not line_has_capitals(text, d.start)
        and _NB_ARTICLE_BEFORE.search(text, max(0, d.start - 24), d.start) is not None
        and _nb_compound(d.text)
    )


def article_nouns_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without one-word lower-case persons that are an everyday English word or
    a noun of spaCy's lemma index right after an article, and with Norwegian compounds of
    everyday words after an indefinite article shown instead of replaced (module
    docstring)."""
    if " e" in text:
        found = [replace(d, action=FLAG) if _nb_article_noun(text, d) else d for d in found]
    return [
        d
        for d in found
        if not (
            d.action == REPLACE
            and d.type == et.PERSON
            and d.text.isalpha()
            and d.text.islower()
            and (d.text in common_words("en") or d.text in word_class_forms("en", "noun"))
            and _after_article(text, d.start)
            and not line_has_capitals(text, d.start)
            and not _verb_follows(text, d.end)
            # session 42: "the fisher family next door": a family named by its surname
            and not (
                _FAMILY_AFTER.match(text, d.end) and _THE_BEFORE.search(text, 0, d.start)
            )
        )
    ]


_FAMILY_AFTER = re.compile(r" (?:family|families|fam)(?![\w'’-])")
_THE_BEFORE = re.compile(r"(?<![\w'’-])the\s+$")
