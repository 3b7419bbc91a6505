"""A name set off before what kind of institution it is → ORGANIZATION on a lower-case line
(session 43).

Why: speakers name a place of care or work and then say what it is: "an tobar, the arts centre,
gave my husband a job", "i'm on the books of harbour lights care, the agency", "utsyn, det er
et dagsenter". With its capitals gone the name is everyday words (``harbour lights care``)
and the institution layers, which look for a head noun *after* the name, saw none: a silent
leak on the lower-cased development sets. The apposition says it: the words before ", the
<kind>," can only be that institution's name.

The name: up to three words after the line's start or a preposition, none a closed-class
word (an Irish ``an`` may open it: ``an tobar``), right before a comma, an article (``the``,
``a``, ``det er et``) and up to two words ending in an institution noun (``agency``,
``centre``, ``charity``, ``dagsenter`` …) and a comma or the line's end. Left alone: a
pronoun, kinship or discourse word before the comma ("well, the centre, …"), lines with
capitals (the name layers read those). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS, KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import nb_definite_noun

SCORE = 0.6
_KINDS = (
    "agency|charity|centre|center|project|trust|service|services|clinic|unit|hostel|refuge|"
    "hospital|hospice|home|school|college|academy|club|group|church|mosque|temple|company|"
    "firm|factory|mill|yard|shop|cafe|café|pub|bakery|restaurant|hotel|garage|"
    "senter|dagsenter|kafé|kafe|klubb|skole|skule|forening|firma|bedrift|butikk|kirke|"
    "institusjon|avdeling|bofellesskap|verksted|fabrikk|hotell|mottak|"
    # session 46 (the lower-cased development sets: "dungeness b, the power station")
    "station|distillery"
)
# Session 46: the truecaser may have given the line's first words capitals ("An Tobar, the
# arts centre, …" was missed): a capital first letter is allowed, the line must still have
# been written in lower case.
_WORD = r"[a-zæøåáéíóúA-ZÆØÅÁÉÍÓÚ][a-zæøåáéíóú'’-]*"
_APPOSED = re.compile(
    r"(?:^|(?<=\bof )|(?<=\bat )|(?<=\bto )|(?<=\bfor )|(?<=\bwith )|(?<=\bpå )|(?<=\bhos )|"
    r"(?<=\bi )|(?<=\btil ))"
    rf"(?P<name>(?:[Aa]n\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}),\s+"
    r"(?:the|a|an|det er et|det er ei|det er en|det var et|et|ei|en)\s+"
    rf"(?:{_WORD}\s+){{0,2}}?(?:{_KINDS})(?:\s*,|\s*$|\s*\.)",
    re.MULTILINE,
)
_GATE = re.compile(r", (?:the|a|an|det|et|ei|en) ")
_NOT_NAMES = word_set(
    """
    well anyway so yes no yeah aye okay ok right and but then also now later first there
    here ja nei jo altså liksom så men og da nå der her først
    work town home school church hospital college uni university city village place house
    jobb jobben byen hjemme skolen kirka sykehuset
    """
)


class InstitutionAppositionRecognizer(AnonkitRecognizer):
    """``harbour lights care, the agency,`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if _GATE.search(text) is None:
            return  # speed: every match holds a comma and an article after it
        for m in _APPOSED.finditer(text):
            if not lower_case_line(text, m.end("name")):
                continue
            words = m.group("name").lower().split()
            if words[0] == "an" and len(words) > 1:
                words = words[1:]
            if any(
                w in FUNCTION_WORDS
                or w in _NOT_NAMES
                or w in PRONOUNS
                or w in KINSHIP
                or w in INTERJECTIONS
                or is_filler(w)
                for w in words
            ) or (len(words) == 1 and nb_definite_noun(words[0])):  # "på huset, det er et …"
                continue
            yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [InstitutionAppositionRecognizer(lang)]
