"""English institutions named by the slot they fill (issue 10, session 21, orgs21).

Why: a capitalised organisation that is no listed name was only flagged ("drove buses for
Translink", "I volunteer with Support in Mind", "I was with Bord na Móna"), and on lines ASR
wrote in lower case an institution said with everyday words had neither capitals nor a
listed name ("at new craigs", "the redwoods centre", "i was with
inspire", "went to jigsaw in tallaght"). The slot decides (Norwegian: :mod:`.institution_slots`):

* a capitalised name after a verb of work or volunteering and ``for``/``with``/``at``, or
  after ``was with`` → replaced; not a first name first ("for Sinead Byrne"), a kinship word,
  a single surname or place, and a listed place after ``in`` ends the name ("works at
  Microsoft in Seattle");
* ``at new X`` with X a word no list knows → replaced (``our lady's`` moved to
  :mod:`.dedicated_institutions` in session 35);
* lower-case lines, shown only (the words may be words): everyday words before
  ``centre/unit/project/clinic/hub`` that are no generic modifier ("the day centre", "the
  eating disorders unit" stay), a bare word after ``was/volunteered with`` or before ``in`` +
  a listed place, and (lcen23) after a staff role and ``at`` (``a nurse at stepping hill``:
  two bare words that close the clause are shown whole; not ``at night``, ``at heart``), and
  ``the <words> hospital/prison/school in <place>`` from its first non-generic word (``the
  central mental hospital in dundrum``; not ``the old hospital in leeds``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import all_surnames, first_names_lower
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.institution_slots import (
    SCORE,
    SCORE_FLAG,
    adjacent,
    clause_before,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities

# English: a capitalised name after a work or volunteering word and for/with/at.
_EN_WORK_CUES = word_set(
    """
    work works worked working job jobs employed employer volunteer volunteers volunteered
    volunteering drove drive drives driving placement apprenticeship apprentice shifts
    trained training contract contracted hired sacked fired laid redundant shelves
    """
)
_EN_WAS = word_set("was were been")
_EN_PREPS = word_set("for with at")
_EN_CONNECTORS = word_set("in na of the and de an y for")
_EN_NOT_ORGS = word_set("god jesus christ mum mam dad")
_NEW_X = re.compile(r"(?<![\w'’-])(?:at|in|to|from|into) (?P<name>[Nn]ew (?P<x>[^\W\d_][\w'’-]+))")
# English lower-case lines: a service named by an everyday word ("at the redwoods centre",
# "i was with inspire", "went to jigsaw in tallaght") is shown; these words before a head,
# or bare after "with"/"to", are the generic ones.
_EN_HEADS = re.compile(
    r"(?<![\w'’-])the (?P<name>(?:(?P<w>[a-z][a-z'’-]+) )?(?P<x>[a-z][a-z'’-]+) "
    # lcen23: a recovery college ("the spindle tree recovery college")
    r"(?:centre|center|unit|project|clinic|hub|recovery college))(?![\w'’-])"
)
# lcen23: a hospital, prison or school placed in a town on a lower-case line ("the central
# mental hospital in dundrum"): one institution; shown when a word before it is no generic
# modifier.
_EN_HEADS_IN = re.compile(
    r"(?<![\w'’-])the (?P<name>(?:(?P<w>[a-z][a-z'’-]+) )?(?P<x>[a-z][a-z'’-]+) "
    r"(?:hospital|prison|hospice|infirmary|school|college)) in (?P<place>[a-z][a-z'’-]+)"
    r"(?![\w'’-])",
    re.IGNORECASE,  # the truecaser may have capitalized a listed word ("in Dundrum")
)
_EN_GENERIC_IN = word_set("private public nhs state catholic protestant proper nearest")
_EN_GENERIC = word_set(
    """
    day health medical community job jobs leisure shopping sports sport drop-in crisis
    resource family youth city town assessment treatment rehab recovery mental detox
    psychiatric acute secure forensic eating addiction alcohol drug drugs dementia
    children's children kids women's mens men's walk-in test testing vaccination
    learning education training employment careers advice citizens visitor visitors
    garden call contact support care respite local new old main big small same other
    whole rehabilitation inpatient outpatient maternity cancer heart stroke renal spinal
    burns trauma mother baby older young adult adolescent admissions admission intensive
    high low medium open closed locked step-down research sleep pain memory disorders
    disorder services psychiatry neurology behavioural therapy therapeutic residential
    """
)
_EN_BARE_STOP = word_set(
    """
    friends family people kids children others everyone everybody company child work
    school college uni university church mass hospital prison jail rehab care home bed
    town court hand hands help time money mates lads girls boys staff nurses doctors
    police social services council bank benefits parents relatives neighbours strangers
    it them him her us me you someone somebody anyone anybody nobody nothing something
    this that these those drugs drink alcohol friend partner boyfriend girlfriend wife
    husband son daughter brother sister baby dog cat
    """
)
# A name the sentence explains by apposition on a lower-case line ("at edge hill, the
# university, …"; org_shapes takes "Carstairs, the State Hospital" by its capitals).
_APPOSED_KIND = re.compile(
    r"(?<![\w'’-])(?:at|to|from|in|into) (?P<name>[a-z][\w'’-]+(?: [a-z][\w'’-]+)?), the "
    r"(?:university|uni|hospital|college|school|prison|hospice|unit|clinic|club|team|charity)"
    r"(?=[,.;!?]|$)"
)
# What one works for or at that is no employer.
_EN_WORK_STOP = word_set(
    """
    years months weeks hours ages days free nothing cash money peanuts myself himself
    herself yourself themselves ourselves night nights weekends christmas minimum agency
    agencies tips wages pennies pence pounds quid euro euros dollars food charity years
    weeks once months while bit ages long good bits home least first last most desk
    """
)
_EN_WITH_CUES = word_set("was were been volunteer volunteers volunteered volunteering")
# lcen23: staff roles right before "at": what follows is a workplace ("a nurse at stepping
# hill"), shown on a lower-case line; not a time or manner ("a nurse at night", "a teacher at
# heart", "a porter at first").
_EN_STAFF = word_set(
    """
    nurse nurses doctor doctors porter porters cleaner cleaners carer carers cook chef
    teacher teachers receptionist secretary physio pharmacist midwife consultant therapist
    psychologist psychiatrist counsellor warden chaplain caretaker technician paramedic
    """
)
_EN_STAFF_STOP = word_set("heart first times work best worst all")


class EnglishInstitutionSlotRecognizer(AnonkitRecognizer):
    """English institutions by their slot (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)
        self.places_lower = places_lower()
        self.first_lower = first_names_lower()
        self.surnames_lower = frozenset(n.lower() for n in all_surnames())

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        yield from self._en(text, tokenize(text))

    # -- --------------------------------------------------------------------------

    def _en(self, text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, str, float]]:
        low_text = text.lower()
        if "new " in low_text:
            for m in _NEW_X.finditer(text):
                x = m.group("x").lower().removesuffix("'s").removesuffix("’s")
                if (
                    lower_case_line(text, m.end())
                    and x not in self.places_lower
                    and x not in FUNCTION_WORDS
                    and not self.lexicon.is_common(x)
                ):
                    yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
        yield from self._en_lower_services(text, tokens, low_text)
        if ", the " in low_text:
            for m in _APPOSED_KIND.finditer(text):
                words = m.group("name").split()
                if lower_case_line(text, m.end()) and not any(
                    w in FUNCTION_WORDS or w in _EN_BARE_STOP or w in PERSON_CUE_WORDS
                    for w in words
                ):
                    yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
        for i in range(1, len(tokens) - 1):
            if tokens[i].low not in _EN_PREPS:
                continue
            first = tokens[i + 1]
            if not is_capitalized(first.text) or first.sent_start:
                continue
            if lower_case_line(text, first.start):
                continue  # the truecaser's capitals prove nothing there
            cues = clause_before(text, tokens, i)
            if not any(t.low in _EN_WORK_CUES for t in cues) and not (
                tokens[i].low == "with" and tokens[i - 1].low in _EN_WAS
            ):
                continue
            span = self._en_name(text, tokens, i + 1)
            if span is not None:
                yield span[0], span[1], ORGANIZATION, SCORE

    def _en_lower_services(
        self, text: str, tokens: tuple[Token, ...], low_text: str
    ) -> Iterator[tuple[int, int, str, float]]:
        """Flags on lower-case lines: "the redwoods centre", "was with inspire", "went to
        jigsaw in tallaght" (module docstring)."""
        if "the " in low_text:
            for m in _EN_HEADS.finditer(text):
                x, w = m.group("x"), m.group("w")
                named_w = w is not None and w not in _EN_GENERIC and w not in FUNCTION_WORDS
                named_x = x not in _EN_GENERIC and x not in FUNCTION_WORDS
                if (named_w or named_x) and lower_case_line(text, m.start("name")):
                    start = m.start("w") if named_w else m.start("x")
                    yield start, m.end("name"), ORGANIZATION, SCORE_FLAG
        if " in " in low_text:
            for m in _EN_HEADS_IN.finditer(text):
                span = self._placed_head(text, m)
                if span is not None:
                    yield span[0], span[1], ORGANIZATION, SCORE_FLAG
        for i in range(1, len(tokens) - 1):
            prep, tok = tokens[i].low, tokens[i + 1]
            if prep not in ("with", "to", "at", "for") or not adjacent(text, tokens[i], tok):
                continue
            low = tok.low
            if (
                not tok.text.islower()
                or len(low) < 4
                or not low.isalpha()
                or low in FUNCTION_WORDS
                or low in _EN_BARE_STOP
                or low in PERSON_CUE_WORDS
                or low in self.first_lower
                or low in self.places_lower
                or low in self.skip
                or not lower_case_line(text, tok.start)
            ):
                continue
            with_slot = prep == "with" and tokens[i - 1].low in _EN_WITH_CUES
            # "i worked for royal mail", "he drove for stagecoach": the employer, shown
            work_slot = (
                prep in ("for", "at")
                and low not in _EN_WORK_STOP
                and any(t.low in _EN_WORK_CUES for t in clause_before(text, tokens, i))
            )
            in_place = (
                i + 3 < len(tokens)
                and tokens[i + 2].low == "in"
                and adjacent(text, tok, tokens[i + 2])
                and tokens[i + 3].low in self.places_lower
            )
            staff_slot = (
                prep == "at"
                and tokens[i - 1].low in _EN_STAFF
                and low not in _EN_WORK_STOP
                and low not in _EN_STAFF_STOP
            )
            if with_slot or in_place or work_slot:
                yield tok.start, tok.end, ORGANIZATION, SCORE_FLAG
            elif staff_slot:
                end = self._closing_pair_end(text, tokens, i + 1)
                yield tok.start, end, ORGANIZATION, SCORE_FLAG

    def _placed_head(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """ "the central mental hospital in dundrum": from the first word that is no generic
        modifier to the head, when a listed place or a word no list knows follows ``in``."""
        place = m.group("place").lower()
        if not lower_case_line(text, m.end()) or not (
            place in self.places_lower or not self.lexicon.is_common(place)
        ):
            return None
        for key in ("w", "x"):
            word = (m.group(key) or "").lower()
            if (
                word
                and word not in _EN_GENERIC
                and word not in _EN_GENERIC_IN
                and word not in FUNCTION_WORDS
                and word not in PERSON_CUE_WORDS
            ):
                return m.start(key), m.end("name")
        return None

    @staticmethod
    def _closing_pair_end(text: str, tokens: tuple[Token, ...], k: int) -> int:
        """The end of ``tokens[k]``, or of the next word when that one closes the clause
        ("at stepping hill."): a bare name of two words (lcen23)."""
        j = k + 1
        if (
            j < len(tokens)
            and adjacent(text, tokens[k], tokens[j])
            and tokens[j].low.isalpha()
            and tokens[j].low not in FUNCTION_WORDS
            and tokens[j].low not in _EN_BARE_STOP
            and (j + 1 == len(tokens) or text[tokens[j].end : tokens[j + 1].start].strip())
        ):
            return tokens[j].end
        return tokens[k].end

    def _en_name(self, text: str, tokens: tuple[Token, ...], k: int) -> tuple[int, int] | None:
        """The capitalised run from ``tokens[k]`` (with inner connectors: "Support in Mind",
        "Bord na Móna"), when it is no listed person's or place's name."""
        words = [tokens[k]]
        j = k + 1
        while j < len(tokens) and adjacent(text, tokens[j - 1], tokens[j]):
            t = tokens[j]
            if is_capitalized(t.text) or (
                t.low in _EN_CONNECTORS
                and j + 1 < len(tokens)
                and is_capitalized(tokens[j + 1].text)
                and adjacent(text, t, tokens[j + 1])
                # "works at Microsoft in Seattle": a place after "in" is where, not the name
                and not (t.low == "in" and tokens[j + 1].low in self.places_lower)
            ):
                words.append(t)
            else:
                break
            j += 1
        names = [w.low.removesuffix("'s").removesuffix("’s") for w in words]
        # a first name opens a person's name ("for Sinead Byrne"); inside a longer name it is
        # the organisation's ("Hands of Hope")
        if names[0] in self.first_lower or any(
            n in PERSON_CUE_WORDS or n in _EN_NOT_ORGS for n in names
        ):
            return None
        if len(words) == 1 and (names[0] in self.surnames_lower or names[0] in self.places_lower):
            return None
        if " ".join(names) in self.skip or names[0] in self.skip:
            return None
        return words[0].start, words[-1].end


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [EnglishInstitutionSlotRecognizer(lang)] if lang == "en" else []
