"""A workplace named by an adjective and a noun, after a work word, on a lower-case
Norwegian line → an ORGANIZATION flag (issue 10, session 29).

Why: many Norwegian firms and institutions are an adjective before a noun with no article
(``Norske Skog``, ``Norsk Tipping``, ``Store Norske``, ``Nye Veier``, ``Vestre Viken``).
Written with capitals the capitals show them; in lower case (``far jobba på norske skog i
trettifem år``, ``hun jobber i norsk tipping``) every word is an everyday word, no list has
them, and they were silent leaks on the lower-cased development sets. Bokmål grammar gives
them away: a weak adjective (``norske``, ``store``) or a strong one before a singular noun
needs an article or a possessive in everyday speech (``på den store fabrikken``, ``i et
norsk firma``). So after a work word (``jobba``, ``ansatt``, ``sommerjobb``) and ``på``/
``i``/``for``/``hos`` in the same clause, an adjective of nationality, size, age or
direction with no article, followed by a noun or a second such adjective, is shown to the
steward as an organisation. Only a flag: ``jobber i norsk helsevesen`` is a sector.
Session 29 (benchmarks/names_stress.py) widened the cue to clubs and treatment: a verb of
playing, training or membership (``trente med øvre idrett``, ``med i nye ballklubb``) and of
admission or referral (``innlagt på nye behandling``, ``sendt til nye psykiatri``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.institution_slots import adjacent, clause_before
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.3
# How far back in the clause the work word may stand ("jobba i lag med meg på store norske").
CUE_WINDOW = 7
# Work words: the clause is about a workplace.
WORK_CUES = word_set(
    """
    jobb jobba jobbe jobber jobbet jobbar jobbær arbeid arbeida arbeide arbeider arbeidet
    arbeidde ansatt ansatte tilsatt sommerjobb deltidsjobb ekstrahjelp lærling praksis
    praksisplass utplassert vikar vikariat sluttet slutta begynte begynt
    spilte spelte spiller spelar spilt trente trener trent medlem aktiv med
    innlagt innlegga innlagd sendt henvist tvangsinnlagt overført behandling
    """
)
WORKPLACE_PREPOSITIONS = word_set("på i for hos med til")
# Adjectives of size, age and direction that lead firm names ("Store Norske", "Nye Veier",
# "Vestre Viken"); nationality adjectives come from the nationality list.
LEADING_ADJECTIVES = word_set(
    """
    store stor nye ny gode god gamle gammel lille vesle vestre østre søndre nordre indre
    ytre øvre nedre midtre forente nasjonale nasjonal statlige felles
    """
)
# Words after the adjective that make an everyday phrase, not a name ("på norsk skole i …" is
# a school, but "i norsk tid", "på store deler", "på nye måter").
_NOT_HEADS = word_set(
    """
    tid tida måte måter deler del dager uker år måneder mengder steder sted ting folk
    mennesker barn unger skift vakter vilkår lønn kontrakt venner dager kamper runder
    """
)


@cache
def _nationality_adjectives() -> frozenset[str]:
    """Norwegian nationality and language adjectives (``norsk``, ``norske``, ``samisk``)."""
    return frozenset(
        cols[0]
        for cols in data_lines("nationalities.txt")
        if cols[0].islower() and cols[0].endswith(("sk", "ske"))
    )


class NbAdjectiveEmployerRecognizer(AnonkitRecognizer):
    """``jobba på norske skog`` on a lower-case line → ORGANIZATION flag (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.leads = LEADING_ADJECTIVES | _nationality_adjectives()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i in range(1, len(tokens) - 2):
            prep, adjective, head = tokens[i], tokens[i + 1], tokens[i + 2]
            if (
                prep.low in WORKPLACE_PREPOSITIONS
                and adjective.low in self.leads
                and adjacent(text, prep, adjective)
                and adjacent(text, adjective, head)
                and len(head.low) >= 3
                and head.low.isalpha()
                and head.low not in FUNCTION_WORDS
                and head.low not in _NOT_HEADS
                and lower_case_line(text, adjective.start)
                and any(t.low in WORK_CUES for t in clause_before(text, tokens, i, CUE_WINDOW))
            ):
                yield adjective.start, head.end, ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbAdjectiveEmployerRecognizer(lang)] if lang == "nb" else []
