"""An everyday word naming a hospital, ward or unit on a lower-case line → ORGANIZATION flag
(issue 10, "zero silent leaks"; session 27, blind15 and the lower-cased sets as development
material).

Why: NHS and Norwegian health trusts name their units with everyday words — ``priority
house``, ``the conquest hospital``, ``park house``, ``torridon ward``, ``avdeling sjøbris``
— and on a line without capitals nothing tells such a name from a description: the
lower-case institution rule (``lower_institutions.py``) rightly keeps ``the old hospital``
and ``my nan's house`` as words, and so it kept these too, silently. Which unit someone
was admitted to narrows down where they live and what they were treated for.

The rule asks the steward rather than deciding: after a place preposition (``to``, ``at``,
``on``, ``in``, ``from``; ``på``, ``i``, ``til``, ``fra``) and perhaps ``the``, one word and a
unit head (``hospital``, ``infirmary``, ``house``, ``ward``, ``unit``, ``clinic``,
``hospice``, ``lodge``, ``memorial``) is flagged when the word is no adjective, function
word, possessive or genitive, number or colour, and none of the words that say what kind of
unit it is (``acute``, ``psych``, ``day``, ``district``, ``children's`` …). Norwegian puts
the name after the head: ``avdeling``/``post``/``posten``/``ungdomsposten`` + one word that
is no function word, number or kind word (``avdeling sjøbris``). Score 0.3: a flag, never
replaced; a span another layer replaces wins. Session 35: in English, a name word before
``hospital``, ``infirmary``, ``ward``, ``hospice`` or ``memorial`` is replaced (score 0.6);
session 36: before ``house``, ``lodge``, ``court``, ``view`` or ``villa`` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import adverbs_only, en_lemmas, not_entities, word_class_forms

SCORE = 0.3
_EN = re.compile(
    # session 35: the truecaser may have capitalised a listed surname ("on Lawson ward")
    r"(?<![\w'’-])(?:to|at|on|in|into|from|onto|under) (?:the )?(?P<name>[a-zA-Z][a-z'’-]+) "
    # session 33: "under sandalwood court" (the unit one is under the care of)
    r"(?P<head>hospital|infirmary|house|ward|unit|clinic|hospice|lodge|memorial|court|view|"
    r"villa)"
    r"(?![\w'’-])"
)
_NB = re.compile(
    r"(?<![\w'’-])(?:avdeling|avdelinga|avdelingen|post|posten|ungdomsposten|akuttposten) "
    r"(?P<name>[a-zæøå][a-zæøå-]+)(?![\w'’-])"
)
# Words that say what kind of unit it is, not which one.
_KIND_WORDS = word_set(
    """
    acute psych psychiatric mental health day district community general local cottage
    teaching university county city town village parish church private state army military
    field rehab crisis respite drop-in medical care nursing dementia stroke cancer heart
    admissions assessment forensic secure addiction detox recovery youth family children's
    women's men's maternity eye dental fever isolation observation ward main new old big
    little small same other next first second third last closed open locked female male
    mixed adult adolescent elderly geriatric older surgical medical orthopaedic cardiac
    eating disorder disorders treatment therapy trust nhs council halfway safe foster care
    farm guest boarding bail court dog summer holiday beach country town council
    crown magistrates magistrates' high appeal family coroner's coroners tennis basketball
    squash netball badminton food five-a-side
    war veterans veterans' side baby babies kids neonatal postnatal antenatal oncology renal
    burns chemo covid emergency casualty trauma infectious intensive dependency labour labor
    delivery birthing special care coronary spinal plastic psych psychiatry
    opera station light tree wendy dolls doll club ware boat coach bake ice glass hen power
    school play slaughter alms work mad round bath pump toll gate porter's gatekeeper's
    hunting ski masonic plain full public rear bird sea river mountain lake garden street
    """
)
# Session 35: English heads that only a hospital or its ward takes; after a name word the
# span is replaced, not asked (5 of 5 flags on the lower-cased development sets were gold:
# "torridon ward", "the conquest hospital"). "unit" and "clinic" also end descriptions ("the
# dental unit", "the sexual health clinic") and stay flags. Session 36: "house", "lodge",
# "court", "view" and "villa" after a name word are replaced too (the units the development
# sets name so, lower-cased: "priority house", "guild lodge", "sandalwood court", "mill
# view", "ash villa", 35 of 35 gold); the words that make a description of them ("the farm
# house", "the opera house", "in plain view", "the tennis court") are kind words above.
_EN_SURE_HEADS = word_set("hospital infirmary ward hospice memorial house lodge court view villa")
SCORE_SURE = 0.6
_NB_KIND_WORDS = word_set(
    """
    for med og i på som der her da så nå to tre fire fem seks sju åtte ni ti elleve tolv
    akutt lukket lukka åpen åpne sikkerhet sikkerhets psykiatrisk psykiatri rus barn
    voksen voksne ungdom eldre alderspsykiatri kvinner menn skjermet skjerma
    """
)
_COLOURS = word_set("white black red green blue yellow grey gray brown pink orange purple")


class NamedBuildingFlagRecognizer(AnonkitRecognizer):
    """Everyday words naming a unit on lower-case lines, flagged (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang == "nb":
            yield from self._nb(text)
            return
        for m in _EN.finditer(text):
            name = m.group("name").lower()
            if lower_case_line(text, m.start()) and self._en_name_word(name):
                sure = m.group("head") in _EN_SURE_HEADS
                yield m.start("name"), m.end(), ORGANIZATION, SCORE_SURE if sure else SCORE

    def _nb(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in _NB.finditer(text):
            name = m.group("name")
            if (
                lower_case_line(text, m.start())
                and name not in FUNCTION_WORDS
                and name not in _NB_KIND_WORDS
                and name not in self.skip
                and word_value(name) is None
                # session 47 (blind37: "på ungdomsposten spiret,"): a verb form that is a
                # noun too can name the ward; an adverb cannot ("på akuttposten igjen")
                and (
                    name not in word_class_forms("nb", "verb")
                    or name in word_class_forms("nb", "noun")
                )
                and name not in adverbs_only("nb")
            ):
                yield m.start(), m.end(), ORGANIZATION, SCORE

    def _en_name_word(self, name: str) -> bool:
        return not (
            name.endswith(("'s", "’s", "s'"))
            or name in FUNCTION_WORDS
            or name in _KIND_WORDS
            or name in _COLOURS
            or name in self.skip
            or name in en_lemmas("adj")
            or name in word_class_forms("en", "verb")
            or word_value(name) is not None
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedBuildingFlagRecognizer(lang)]
