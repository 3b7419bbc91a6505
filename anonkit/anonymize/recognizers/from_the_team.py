"""A name before "from the <team>" on a lower-case line → PERSON (session 33).

Why: speech names helpers by their first name and the service they come from: "Mark from the
outreach team" (issue 10, item 3), "i got on with modesty from the recovery team", "kari fra
nav", "han jonny fra hjemmetjenesten". On a line ASR wrote in lower case an everyday-word
name there (``modesty``, ``hope``) is in every word list, and nothing took it (the lower-cased
development sets). The service after the word is the cue, but "support from the team", "a call
from the council" put things there too, so:

* a listed first name or a word no list has, not after an article or a possessive, is
  replaced (``mark``, ``kåre``, ``tendai``);
* an everyday word is flagged for the steward only where a person is expected before it —
  after "with", "and", "to", a verb of telling or meeting ("told", "met", "rang"), or opening
  the line before a verb ("modesty from the team came round").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import PERSON, RARE_WORD
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, word_class_forms

SCORE = 0.6
FLAG_SCORE = 0.3
_SERVICES = {
    "en": re.compile(
        r"(?<![\w'’-])(?P<word>[a-z][a-z'’-]*) from the (?:[a-z]+ ){0,2}(?:team|ward|unit|"
        r"council|surgery|practice|service|services|clinic|hostel|charity|church|mosque|"
        r"job ?centre|housing|outreach|project|trust|office)(?![\w'’-])"
    ),
    "nb": re.compile(
        r"(?<![\w'’-])(?P<word>[a-zæøå][a-zæøå-]*) (?:fra|frå) (?:nav|kommunen|"
        r"hjemmetjenesten|hjemmesykepleien|heimetenesta|barnevernet|psykiatritjenesten|"
        r"rustjenesten|teamet|ambulante teamet|fact-teamet|legekontoret|flyktningtjenesten|"
        r"bydelen|menigheten|kirka|moskeen|dps|bup)(?![\w'’-])"
    ),
}
# Before the word: an article or possessive makes it a noun ("the nurse from", "min kontakt").
_DETERMINERS = word_set(
    "the a an my his her our their your this that some any no en ei et ein eit den det min mi mitt "
    "hans hennes vår din noen ingen"
)
# Before an everyday word: the slots where a person is expected.
_PERSON_BEFORE = word_set(
    "with and to told asked rang phoned met saw called med og til fortalte spurte ringte "
    "møtte traff snakka snakket"
)


@cache
def _not_names(lang: str) -> frozenset[str]:
    return (
        FUNCTION_WORDS
        | KINSHIP
        | PRONOUNS
        | ROLES
        | word_set(
            "people someone somebody nobody everyone everybody staff folk folka noen ingen alle"
        )
    )


class FromTheTeamRecognizer(AnonkitRecognizer):
    """``mark from the outreach team`` → PERSON (module docstring)."""

    ENTITIES = (PERSON, RARE_WORD)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        pattern = _SERVICES.get(self.lang)
        if pattern is None or (
            " from the " not in text and " fra " not in text and " frå " not in text
        ):
            return
        common = common_words(self.lang)
        verbs = word_class_forms(self.lang, "verb")
        for m in pattern.finditer(text):
            word = m.group("word")
            if word in _not_names(self.lang) or not lower_case_line(text, m.start()):
                continue
            before = text[: m.start()].split()
            prev = before[-1].strip(",.").lower() if before else ""
            if prev in _DETERMINERS:
                continue
            if word in first_names_lower() or word not in common:
                if word in verbs and word not in first_names_lower():
                    continue  # "came from the team"
                yield m.start("word"), m.end("word"), PERSON, SCORE
            elif (prev in _PERSON_BEFORE or not before) and word not in verbs:
                yield m.start("word"), m.end("word"), RARE_WORD, FLAG_SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [FromTheTeamRecognizer(lang)]
