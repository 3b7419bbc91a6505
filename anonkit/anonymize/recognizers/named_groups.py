"""A support group, forum or network with a name of its own → ORGANIZATION (session 45).

Why: the groups a participant goes to are named by a word and what they are: "the sunflower
women's group", "kinlochleven walking buddies", "the farming community network", "the short
strand community forum". On a line ASR wrote in lower case every word is an everyday word
and no layer took them (the lower-cased development sets: five silent leaks of this kind);
with capitals the NER model mostly does. A group's kind after one or two words that are not
generic ("the women's group", "a local support group", "the church walking group") is a
name: the group is small, local, and tells who the participant is.

English only; the name words must be no function words, no owners or quantities, no peoples
or languages ("the liberian women's group") and none of the generic words below. Replaced
(0.6), without the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
# Who or what the group is for, then what it is.
_WHO = (
    r"(?:women['’]s|men['’]s|mothers['’]?|mums['’]?|dads['’]?|carers['’]?|parents['’]?|"
    r"walking|knitting|singing|sewing|gardening|peer support|support|community|self-help|"
    r"recovery|bereavement|hearing voices|wellbeing|well-being|health)"
)
_KIND = r"(?:group|groups|forum|network|project|circle|buddies|collective|village|alliance)"
_GROUP = re.compile(
    r"(?<![\w'’-])(?P<name>(?P<words>[a-z][\w'’-]*(?: [a-z][\w'’-]*)?) " + _WHO + " " + _KIND
    + r")(?![\w'’-])",
    re.IGNORECASE,
)
# Words that say what kind of group it is, not which one.
_GENERIC = word_set(
    """
    local weekly monthly church mosque temple chapel parish village town city council nhs
    hospital ward new old small big little online our my your their his her this that every
    some another other same first last young older lgbt lgbtq lgbtq+ mental physical
    african asian polish somali muslim christian catholic jewish sikh hindu black white
    women's men's ladies ladies' mixed free drop-in drop in good great nice lovely peer
    """
)


class NamedGroupRecognizer(AnonkitRecognizer):
    """``the sunflower women's group`` → ORGANIZATION (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)
        self.verbs = word_class_forms(lang, "verb")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if not any(k in low for k in ("group", "forum", "network", "project", "circle", "budd")):
            return
        if not any(k in low for k in ("women", "men", "mum", "mother", "dad", "carer", "parent",
                                      "walk", "knit", "sing", "sew", "garden", "support",
                                      "community", "help", "recovery", "bereave", "voices",
                                      "well", "health")):  # fmt: skip
            return
        for m in _GROUP.finditer(text):
            words = m.group("words").lower().split()
            if any(w in self.skip for w in words):
                continue  # a people or language ("the liberian women's group"), a service
            if any(w in FUNCTION_WORDS or w in _GENERIC for w in words) or (
                len(words) == 2 and words[0] in self.verbs
            ):
                # the name is the last word alone when the first is an article, an owner or
                # a verb ("we started glenfarg walking buddies")
                if (
                    len(words) == 2
                    and (words[0] in FUNCTION_WORDS or words[0] in self.verbs)
                    and words[1] not in FUNCTION_WORDS | _GENERIC
                ):
                    start = m.start("words") + len(m.group("words").split(" ")[0]) + 1
                    yield start, m.end("name"), ORGANIZATION, SCORE
                continue
            yield m.start("name"), m.end("name"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedGroupRecognizer(lang)] if lang == "en" else []
