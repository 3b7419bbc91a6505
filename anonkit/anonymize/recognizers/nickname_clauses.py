"""A nickname the sentence says is what someone is called → PERSON (issue 10, items 2-3;
session 37).

Why: nicknames are everyday words (``sugars``, ``puffin``, ``cookie``, ``tug``), so no list
and no capital gives them away, and on the development sets they were silent leaks even when
the sentence said outright that the word is what a person is called:

* ``Sugars, the young ones call her, cause …`` — the word, then a clause of calling whose
  object pronoun takes no complement: the word before it *is* the complement. (``X, we
  called her`` was read for a capitalised word already; here the callers may be any short
  group, "the young ones", "the lads", and the word may be in lower case, since "his real
  name, everyone called him the gaffer" has its complement after the pronoun.)
* ``we cry her puffin`` — Scots and northern English "cry" for "call".
* ``everybody just calls her jeannie, or jm if you're being cheeky``, ``we just call him
  Bosco, or JB for the young ones`` — the second name of a calling clause after ", or".
* ``was cookie, real name cornelius``, ``my little brother tug, well, his real name's
  reginald`` — the word a "real name" corrects.

Function words, pronouns, kinship and role words are never taken (``my brother, real name
…`` is the brother). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_WORD = r"[^\W\d_][\w'’-]*"
_CALLERS = r"(?:(?:the|my|our|his|her|all|some)\s+)?(?:[a-z]+\s+){0,2}?"
_CALL = r"(?:call|calls|called|cry|cries|cried)"
_PRONOUN = r"(?:her|him|them)"
# "Sugars, the young ones call her, cause …": the clause ends at the pronoun.
_WORD_THEN_CALLED = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<name>{_WORD}),\s+{_CALLERS}(?:just\s+|all\s+)?"
    rf"{_CALL}\s+{_PRONOUN}(?=\s*(?:[,.;!?]|$|\s(?:cause|because|cos|for|that|and)\b))",
    re.IGNORECASE | re.MULTILINE,
)
# "we cry her puffin": "cry" for "call" (the plain "call her X" is names_in_context's).
_CRY = re.compile(
    rf"(?<![\w'’-])(?:cry|cries|cried)\s+{_PRONOUN}\s+(?P<name>{_WORD})", re.IGNORECASE
)
# "calls her jeannie, or jm if …": the second name after ", or".
_OR_NAME = re.compile(
    rf"(?<![\w'’-]){_CALL}\s+{_PRONOUN}\s+{_WORD},\s+or\s+(?P<name>{_WORD})"
    r"(?=\s*(?:[,.;!?]|$|\s(?:if|for|when|cause|because|cos|to)\b))",
    re.IGNORECASE,
)
# "cookie, real name cornelius", "tug, well, his real name's reginald".
_REAL_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}),\s+(?:well,\s+|eh,\s+|like,\s+)?"
    r"(?:(?:his|her|their)\s+)?real\s+name(?:'s|’s|\s+is|\s+was)?\s+[^\W\d_]",
    re.IGNORECASE,
)
_NOT_NAMES = (
    FUNCTION_WORDS
    | KINSHIP
    | PRONOUNS
    | ROLES
    | word_set(
        "name names nickname everyone everybody people folk lads kids one ones yeah aye well no "
        "yes right so okay ok"
    )
)


class NicknameClauseRecognizer(AnonkitRecognizer):
    """``sugars, the young ones call her`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if not any(cue in low for cue in (" call", " cr", "real name")):
            return
        for pattern in (_WORD_THEN_CALLED, _CRY, _OR_NAME, _REAL_NAME):
            for m in pattern.finditer(text):
                name = m.group("name")
                if name.lower() in _NOT_NAMES or len(name) < 2:
                    continue
                if pattern is _REAL_NAME and _after_determiner(text, m.start("name")):
                    continue  # "my mate from the allotment, real name Archie": a noun
                yield m.start("name"), m.end("name"), PERSON, SCORE


_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_DETERMINERS = word_set("the a an my his her our their your this that from at in on of to")


def _after_determiner(text: str, start: int) -> bool:
    """The word before ``start`` is an article, a possessive or a preposition."""
    m = _BEFORE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _DETERMINERS


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NicknameClauseRecognizer(lang)] if lang == "en" else []
