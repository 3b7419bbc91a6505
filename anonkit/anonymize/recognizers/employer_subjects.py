"""An employer as the subject of hiring or firing (issue 10, session 21, orgs21).

Why: "Spar på hjørnet ansatte meg", "Kwik Fit let me go", "Harbour Homes took me on" name the
participant's employer in the one slot only an employer fills; the word itself may be a
brand the non-entity list keeps ("a Spar bag") or an everyday word. The sentence's subject
(up to three capitalised words, then perhaps a place phrase of up to three words: "på
hjørnet", "down the road") before a verb of hiring or firing is replaced on lines with
capitals and shown on lower-case lines, where it may be up to three words too ("kwik fit let
me go"; lcen22), none a closed-class word or a person cue. Pronouns, names, kinship words
and a definite Norwegian noun ("Butikken ansatte meg") are no employer here. Its spans pass
the resolver's non-entity filter (``resolve.CONTEXT_REPLACE_SOURCES``), as ``employers.py``'s do.

The same slot for services on lower-case lines: one or two words opening a sentence before a
verb of help, housing or paying ("pavee point helped my mam", "threshold got the eviction
stopped", "fyrlykta hjalp oss") are shown; people, kinship words, generic services ("social
services", "kommunen") and definite Norwegian nouns are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.institution_slots import (
    NB_DEFINITE_ENDINGS,
    SCORE,
    SCORE_FLAG,
    adjacent,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

# An employer as the subject of hiring or firing ("Spar på hjørnet ansatte meg", "Kwik Fit
# let me go"): the verb and what follows it.
_EMPLOYER_VERB = re.compile(
    r"(?:ansatte|ansetter|hyra|hyret|hyrte|permitterte|sparka|sparket|sa opp|hired|sacked|"
    r"fired|employed|let (?:me|him|her|us) go|laid (?:me|him|her|us) off|"
    r"took (?:me|him|her|us) on|kept (?:me|him|her|us) on)"
    r" (?:meg|oss|ham|han|henne|ho|dem|me|him|her|us|them|go|off|on)?",
    re.IGNORECASE,
)
_EMPLOYER_VERB_ANYWHERE = re.compile(
    r"(?<!\w)(?:ansatte|ansetter|hyr|permitterte|sparka|sparket|sa opp|hired|sacked|fired|"
    r"employed|let |laid |took |kept )",
    re.IGNORECASE,
)
# Verbs of help, housing and paying after a service's name ("pavee point helped my mam").
_SUPPORT_VERB = re.compile(
    r"(?:helped|helps|got (?:me|us|him|her|the|my|our)|gave|paid|sorted|housed|rehoused|"
    r"found (?:me|us|him|her)|supported|referred|hjalp|hjelper|betalte|skaffa|skaffet|"
    r"ordna|ordnet|fant (?:en|ei|et|meg|oss))(?!\w)",
    re.IGNORECASE,
)
# Subjects of those verbs that are no service's name.
_NOT_SERVICES = word_set(
    """
    social services council police doctors doctor nurses nurse staff everyone everybody
    nobody people family friends friend mates neighbours school work church college
    someone somebody they that this god lord money benefits housing hospital gp
    sosialkontoret kommunen nav legen fastlegen psykologen alle ingen noen folk
    """
)
_EMPLOYER_PLACE_PREPS = word_set("på i ved at in on down up from")


class EmployerSubjectRecognizer(AnonkitRecognizer):
    """An employer as the subject of hiring or firing (module docstring). Its own class so
    that the resolver lets its spans through the non-entity filter (a brand such as "Spar"
    is a non-entity in "a Spar bag", an employer in "Spar ansatte meg";
    ``resolve.CONTEXT_REPLACE_SOURCES``)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.first_lower = first_names_lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if _EMPLOYER_VERB_ANYWHERE.search(text) is not None:
            yield from self._employer_subject(text, tokenize(text))
        # speed22: the case-insensitive search only on a line holding one of its verbs
        if may_match(_SUPPORT_VERB, text) and _SUPPORT_VERB.search(text) is not None:
            yield from self._service_subject(text, tokenize(text))

    def _service_subject(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "pavee point helped my mam", "threshold got the eviction stopped": on a lower-case
        line the one or two words opening a sentence before a verb of help or housing are a
        service, shown (a capitalised line has the capitals and the name layers)."""
        for k, tok in enumerate(tokens[:-1]):
            if not tok.sent_start or not lower_case_line(text, tok.end):
                continue
            run = [tok]
            nxt = tokens[k + 1]
            if (
                _SUPPORT_VERB.match(text, nxt.start) is None
                and k + 2 < len(tokens)
                and adjacent(text, tok, nxt)
                and nxt.low not in FUNCTION_WORDS
                and _SUPPORT_VERB.match(text, tokens[k + 2].start) is not None
            ):
                run.append(nxt)
            verb = tokens[k + len(run)]
            if _SUPPORT_VERB.match(text, verb.start) is None or not adjacent(text, run[-1], verb):
                continue
            if any(
                w.low in FUNCTION_WORDS
                or w.low in PERSON_CUE_WORDS
                or w.low in self.first_lower
                or w.low in _NOT_SERVICES
                or not w.text.replace("-", "").isalpha()
                for w in run
            ):
                continue
            first = run[0].low
            if first.endswith(NB_DEFINITE_ENDINGS) and self.lexicon.is_common(first):
                continue  # "naboen hjalp", "kommunen ga": a definite noun (nb), shown nowhere
            yield run[0].start, run[-1].end, ORGANIZATION, SCORE_FLAG

    def _employer_subject(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "Spar på hjørnet ansatte meg", "Kwik Fit let me go": a sentence's subject that
        hires or fires is an employer. Replaced when capitalised on a line with capitals,
        shown on a lower-case line; not people (first names, kinship words, role nouns),
        pronouns or a definite noun ("Butikken ansatte meg")."""
        for k, tok in enumerate(tokens):
            if not tok.sent_start:
                continue
            lower = lower_case_line(text, tok.end)
            run = [tok]
            j = k + 1
            while (
                not lower
                and j < len(tokens)
                and len(run) < 3
                and is_capitalized(tokens[j].text)
                and adjacent(text, tokens[j - 1], tokens[j])
            ):
                run.append(tokens[j])
                j += 1
            if lower:
                j = _lower_run_end(text, tokens, k)  # lcen22: "kwik fit let me go"
                run = list(tokens[k:j])
            # "på hjørnet", "down the road": a place phrase of up to three words
            if j < len(tokens) and tokens[j].low in _EMPLOYER_PLACE_PREPS:
                j = next(
                    (
                        v
                        for v in range(j + 1, min(j + 5, len(tokens)))
                        if _EMPLOYER_VERB.match(text, tokens[v].start)
                    ),
                    len(tokens),
                )
            if j >= len(tokens) or _EMPLOYER_VERB.match(text, tokens[j].start) is None:
                continue
            first = run[0].low
            if (
                first in FUNCTION_WORDS
                or first in PERSON_CUE_WORDS
                or first in self.first_lower
                or not run[0].text.replace("-", "").isalpha()
                or (not lower and not is_capitalized(run[0].text) and not run[0].text.isupper())
                or (
                    self.lang == "nb"
                    and len(run) == 1
                    and first.endswith(NB_DEFINITE_ENDINGS)
                    and self.lexicon.is_common(first)
                )
            ):
                continue
            yield run[0].start, run[-1].end, ORGANIZATION, SCORE_FLAG if lower else SCORE


def _lower_run_end(text: str, tokens: tuple[Token, ...], k: int) -> int:
    """Index after the employer's words that start at ``tokens[k]`` on a lower-case line:
    up to three adjacent words right before a verb of hiring or firing ("kwik fit let me
    go", "quick stop garages let me go"; lcen22), none of them a closed-class word or a
    person cue ("mum and dad let me go"); else one word, as before."""
    for v in range(k + 2, min(k + 4, len(tokens))):
        if _EMPLOYER_VERB.match(text, tokens[v].start) is None:
            continue
        words = tokens[k + 1 : v]
        if all(
            w.text.isalpha()
            and w.low not in FUNCTION_WORDS
            and w.low not in PERSON_CUE_WORDS
            and adjacent(text, tokens[m - 1], tokens[m])
            for m, w in enumerate(words, start=k + 1)
        ):
            return v
        break
    return k + 1


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [EmployerSubjectRecognizer(lang)]
