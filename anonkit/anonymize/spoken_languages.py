"""A word spoken as a language is no person (session 44; blind34 as development material).

Why: languages without a country of their own name are often names too (Karen, Sara, the
Assyrian Sureth), so the lists leave them out on purpose: a name must never be silently kept.
But the verb says what they are here: "at home we speak karen", "we spoke Sureth together",
"han snakkar arabisk, fransk og sara". One speaks *to* or *with* a person (``snakke med``),
never speaks a person, so the word right after a verb of speaking is the language, and so is
every word of a list it opens. Replaced there, the transcript read "we speak Ingrid" and a
language turned into a person.

English: the word right after ``speak/speaks/spoke/speaking/spoken`` (perhaps after
``fluent``, ``some``, ``only``, ``a bit of``), and the words of a list joined to it by commas,
``and`` or ``or``. A person spans the slot only with a genitive (``speak Karen's language``)
and that is kept. Norwegian puts the subject after the verb when something else opens the
sentence (``i går snakka Kari med meg``), so there the list must hold a language a list
knows (``arabisk``, ``fransk``) beside the word.

Only one-word PERSON spans are dropped; places and organisations are left alone. The word
is a language wherever the line says it again (``I speak Shona …, I only dream in Shona``).
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import DetectedEntity
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.wordlists import not_entities

_EN_SPEAK = re.compile(
    r"(?<![\w'’-])(?:speak|speaks|spoke|speaking|spoken)"
    r"(?: (?:fluent|some|only|mostly|just|mainly|a bit of|a little|good|broken))? $",
    re.IGNORECASE,
)
_NB_SPEAK = re.compile(
    r"(?<![\w'’-])(?:snakker|snakkar|snakka|snakket|snakke|prater|pratar|prata|pratet|"
    r"kan|kunne|lærte|lærer|lærde)(?: (?:flytende|litt|bare|berre|mest|også|òg|godt))? $",
    re.IGNORECASE,
)
# What joins the words of a list of languages.
_JOINER = re.compile(r"(?:,\s*|\s+(?:and|or|og|eller)\s+|,\s*(?:and|or|og|eller)\s+)$")
_LIST_WORD = re.compile(r"([^\W\d_]+)$")
_LIST_REACH = 5
_NOT_LANGUAGES = word_set("to with med til på about om it det that")


def spoken_languages_dropped(
    text: str, found: list[DetectedEntity], lang: str
) -> list[DetectedEntity]:
    """``found`` without the one-word persons that a verb of speaking names as a language."""
    if not any(d.type == et.PERSON for d in found):
        return found
    low = text.lower()
    if lang == "nb":
        if not any(v in low for v in ("snakk", "prat", "kan ", "kunne ", "lær")):
            return found
    elif "spo" not in low and "speak" not in low:
        return found
    languages = {d.text.lower() for d in found if _a_language(text, d, lang)}
    if not languages:
        return found
    # session 45 (blind35: "I speak Shona, English …, I only dream in Shona"): the word the
    # verb names as a language is that language wherever the line says it again
    return [
        d
        for d in found
        if not (d.type == et.PERSON and " " not in d.text and d.text.lower() in languages)
    ]


def _a_language(text: str, d: DetectedEntity, lang: str) -> bool:
    if d.type != et.PERSON or " " in d.text or not d.text.isalpha():
        return False
    if text.startswith(("'s", "’s"), d.end):
        return False  # "speak Karen's language"
    words = _list_before(text, d.start, lang)
    if words is None:
        return False
    if lang != "nb":
        return True
    known = not_entities("nb") | not_entities("en")
    return any(w.lower() in known for w in [*words, *_list_after(text, d.end)])


def _list_before(text: str, start: int, lang: str) -> list[str] | None:
    """The list words between a verb of speaking and ``start`` (empty: right after the verb),
    or None when no such verb opens the list."""
    speak = _NB_SPEAK if lang == "nb" else _EN_SPEAK
    words: list[str] = []
    pos = start
    for _ in range(_LIST_REACH):
        if speak.search(text, 0, pos):
            return words
        joiner = _JOINER.search(text, 0, pos)
        if joiner is None:
            return None
        word = _LIST_WORD.search(text, 0, joiner.start())
        if word is None or word.group(1).lower() in _NOT_LANGUAGES:
            return None
        words.append(word.group(1))
        pos = word.start()
    return None


def _list_after(text: str, end: int) -> list[str]:
    """The list words right after ``end`` ("sara, arabisk og fransk")."""
    return re.findall(r"(?:,\s*|\s+(?:og|eller)\s+)([^\W\d_]+)", text[end : end + 60])[:3]
