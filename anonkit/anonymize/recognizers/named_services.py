"""Services named in two shapes the institution patterns miss → ORGANIZATION (blind10).

- **A club's community trust** ("Everton in the Community", "Spurs in the Community"): the
  charities of football clubs are named "<club> in the Community". On a line written with
  capitals, capitalized words before "in the Community" (capital C) are that name; on a
  lower-case line only a listed place before it ("everton in the community"), so "care in
  the community" (a policy) stays words.
- **A helpline or charity rung, phoned or called by its name** on a lower-case line ("i rang
  breathing space instead", "she phoned home start"): right after the contact verb, two
  words with no determiner or possessive before them, at the end of the clause, neither of
  them a function word, number, adverb, adjective, first name, kinship or service word
  ("rang the crisis line", "called social services", "phoned my mum", "rang nine nine nine",
  "called in sick" stay words). Said without a determiner, such a pair is a proper name:
  the generic ones take "the" or end in a service noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, RELATIONS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE_TRUST = 0.8
SCORE_CONTACTED = 0.6

_TRUST_CAPS = re.compile(
    r"(?<![\w'’-])(?P<club>(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*) in the Community(?![\w'’-])"
)
# (the truecaser may have capitalized the place: "Everton in the community")
_TRUST_LOWER = re.compile(
    r"(?<![\w'’-])(?P<club>[A-Za-z][\w'’-]*) in the community(?![\w'’-])"
)
_CONTACTED = re.compile(
    # (not "texted"/"emailed": what follows them is often the message, "texted happy birthday")
    r"(?<![\w'’-])(?:rang|rung|ring|rings|ringing|phoned|phone|phoning|contacted|"
    # "called" names as often as it rings ("a big fella called torcuil gillanders"): only
    # with a pronoun as its subject
    r"(?<![\w'’-])(?:i|we|he|she|they|you) (?:called|call))(?: up)? "
    r"(?P<a>[A-Za-z][a-z'’-]+) (?P<b>[A-Za-z][a-z'’-]+)"
    r"(?=\s*(?:[,.;!?]|$)| (?:instead|again|and|but|then|because|cos|about|who|that|first|"
    r"twice|back|yesterday|today|tonight|last|after|before|when|once|in the end)\b)"
)
# Second words that make the pair a kind of service or a person, not a name.
_SERVICE_WORDS = word_set(
    """
    services service team teams line lines unit ward wards office desk department worker
    workers nurse nurses doctor doctors police ambulance number numbers helpline centre
    center council surgery gp hospital work people everyone everybody anyone someone nobody
    direct board panel staff support outreach reception switchboard lot lads girls boys
    health care housing benefits welfare protection resources pay enquiries therapies
    therapy counselling allowance credit tax
    """
)
_QUANTIFIERS = word_set(
    "every each another other both either neither several loads lots all any some no round"
)
# Times said after a contact verb ("i phoned last night", "rang tuesday morning").
_TIME_WORDS = word_set(
    """
    last next night morning evening afternoon day days week weeks weekend month months year
    years time times minute minutes hour hours tonight today yesterday tomorrow christmas
    easter birthday monday tuesday wednesday thursday friday saturday sunday
    """
)


class NamedServiceRecognizer(AnonkitRecognizer):
    """Community trusts and helplines rung by name (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "ommunity" in text:
            for m in _TRUST_CAPS.finditer(text):
                yield m.start(), m.end(), ORGANIZATION, SCORE_TRUST
            for m in _TRUST_LOWER.finditer(text):
                club = m.group("club").lower()
                if club in places_lower() and lower_case_line(text, m.start()):
                    yield m.start(), m.end(), ORGANIZATION, SCORE_TRUST
        if self.lang != "en":
            return
        for m in _CONTACTED.finditer(text):
            if lower_case_line(text, m.start()) and self._name_pair(m.group("a"), m.group("b")):
                yield m.start("a"), m.end("b"), ORGANIZATION, SCORE_CONTACTED

    def _name_pair(self, a: str, b: str) -> bool:
        """Two words that may be a name: no closed-class, number, kinship or listed word
        either, no first name first ("rang sarah jones" is a person), and a last word that is
        no service word, adverb, adjective or inflected verb ("rang back later", "called in
        sick", "phoned work sick"). The first word may be any open-class word: names are
        made of them ("breathing space", "home start")."""
        a, b = a.lower(), b.lower()
        for word in (a, b):
            if (
                word in FUNCTION_WORDS
                or word in _QUANTIFIERS
                or word in _TIME_WORDS
                or word in KINSHIP
                or word in RELATIONS
                or word in self.skip
                or is_filler(word)
                or word_value(word) is not None
                or "'" in word
                or "’" in word
            ):
                return False
        return (
            a not in first_names_lower()
            and b not in _SERVICE_WORDS
            and b not in word_class_forms("en", "adv")
            and b not in word_class_forms("en", "adj")
            and b not in word_class_forms("en", "verb")
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedServiceRecognizer(lang)]
