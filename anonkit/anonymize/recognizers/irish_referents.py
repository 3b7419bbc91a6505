"""The person after Irish English "yer man" / "your one" on a lower-case line → PERSON
(issue 10, session 48).

Why: Irish speakers point at someone with "yer man" or "your one" ("that man", "that
woman"), and when they know the name they say it right after: "yer man ger liston from the
mart, he found me in the car". On a line ASR wrote with capitals the name layers take "Ger
Liston"; in lower case "ger" is no word any list holds as a name outside its capital, and the
surname alone was replaced while the first name stayed (blind38's lower-cased copy).

The rule, on lower-case lines only: after "yer man", "your man", "yer one", "your one", "yer
woman" or "your woman", one or two words that are a listed first name, nickname or surname or
words no list has (before a surname, any short form: "ger", "con"), closing where a clause, a
preposition, a relative word or a comma follows.
"yer man from the mart", "your one said …", "yer man himself" name no one: closed-class words,
verbs, adverbs, reflexives and known non-entities are left alone. Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import first_names_lower, surnames_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import en_lemmas, is_everyday_word, not_entities

SCORE = 0.6
# Any case: the truecaser has capitalized listed names on the line before the rules read it.
_WORD = r"[^\W\d_][\w'’-]+"
_POINTED = re.compile(
    r"(?<![\w'’-])(?:yer|your) (?:man|one|woman) "
    rf"(?P<name>{_WORD}(?: {_WORD})?)"
    r"(?=\s*(?:[,.;!?]|$)| (?:from|of|in|at|on|down|up|who|that|with|above|below|out|over|"
    r"he|she|was|is|said|says|had|has|would|did|used|came|come|went|got|gave|told|rang|"
    r"found|and)\b)",
    re.MULTILINE | re.IGNORECASE,
)


class IrishReferentRecognizer(AnonkitRecognizer):
    """``yer man ger liston from the mart`` → PERSON on lower-case lines (module docstring)."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if "yer " not in low and "your " not in low:
            return
        for m in _POINTED.finditer(text):
            words = m.group("name").lower().split()
            if not lower_case_line(text, m.end("name")):
                continue
            if all(_name_word(w) for w in words) or (
                # "ger liston": before a surname a short form that is also a word ("ger",
                # "con") is the first name
                len(words) == 2 and _first_before_surname(words[0]) and _surname(words[1])
            ):
                yield m.start("name"), m.end("name"), PERSON, SCORE


def _name_word(word: str) -> bool:
    """A listed first name, nickname or surname, or a word no list has; never a closed-class
    word, a verb or adverb, a reflexive or a known non-entity."""
    if word in FUNCTION_WORDS or word in not_entities("en") or is_filler(word):
        return False
    if word in first_names_lower() or word in surnames_lower():
        return True  # "yer man con", "your one pat": listed names that are verbs too
    return not (
        word in en_lemmas("verb")
        or word in en_lemmas("adv")
        or word.endswith(("self", "ed", "ing"))
        or is_everyday_word(word)
    )


def _first_before_surname(word: str) -> bool:
    return not (
        word in FUNCTION_WORDS
        or word in not_entities("en")
        or is_filler(word)
        or word in en_lemmas("adv")
        or word.endswith(("self", "ed", "ing"))
    )


def _surname(word: str) -> bool:
    """A listed surname, or a word no list has."""
    return word in surnames_lower() or (_name_word(word) and word not in first_names_lower())


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [IrishReferentRecognizer(lang)] if lang == "en" else []
