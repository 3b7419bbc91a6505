"""The kind a name's slot says, where the NER model or a name list said another (session 33;
issue 10, item 9: pseudonyms that keep the kind).

Why: the pseudonym takes the kind of the replaced span, and on the development sets about one
caught name in nine had the wrong one (``benchmarks/eval_detect.py``, type-exact recall). Two
slots settle the kind whatever the word also is:

* **a kinship word or a personal title right before it** ("Uncle Dessie was a fitter": Dessie
  is also a town in Ethiopia; "tante Molde"; "Nurse Bradford"): a person. The pseudonym was a
  town, and the transcript read "Uncle Leeds";
* **where someone works** ("jobba på Kværner", "fikk jobb på Kavli", "slakteriet til Gilde",
  "kjørte buss for Skyss", "a fitter at Bombardier", "let go from Weetabix"): a word the name
  lists or the NER model called a *person* is the employer, an organisation, unless it is a
  listed first name ("jobba for Per" works for a person). A place there stays a place ("jobba
  på Stord" is where).

Only one-word spans change. The employer slot changes only what the slot-blind layers (the
NER model and the name lists) typed; a kinship word or title before the name outweighs any
layer but the project dictionary.

Session 34 (blind24 and the lower-cased development sets): on a Norwegian line without
capitals the employer's name often has a second word the layers did not take: ``jobba på
celsa armeringsstål``, ``i produksjonen på kronos titan``, ``på kirkenes næringshage``, ``på
coop marked``. The first word was replaced (as a place or a person), the second shown beside
the pseudonym. In the employer slot a one-word span followed by a noun, or by a word no list
has, grows over it and becomes the organisation (not over a function word, adverb, verb form,
number or first name: ``jobba på stord lenge``, ``jobba på kiwi nå``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.nb_nouns import noun_form
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import is_everyday_word, word_class_forms

_SLOT_BLIND = ("spacy-ner", "PersonGazetteerRecognizer", "PlaceGazetteerRecognizer",
               "PlaceInContextRecognizer")  # fmt: skip
_KIN_OR_TITLE = word_set(
    """
    mamma pappa mor far tante onkel bestemor bestefar mormor morfar farmor farfar mum mom mam
    mammy mummy dad daddy auntie aunty aunt uncle nan nana nanna gran granny grandma grandad
    granddad grandpa cousin stepdad stepmum taid nain mamgu tadcu granda grandda mr mrs ms miss
    dr doctor nurse prof professor fru herr frøken doktor sykepleier
    """
)
_KIN_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+)\.? $")
_WORK_BEFORE = {
    "nb": re.compile(
        r"(?<![\w'’-])(?:(?:jobba|jobbet|jobber|jobbe|arbeidet|arbeida|arbeider|jobb|jobben|"
        r"stilling|sommerjobb|lærling|lærlingplass) (?:på|hos|i)|"
        r"(?:fabrikken|slakteriet|lageret|fiskebruket|verkstedet|kontoret|butikken|anlegget) til|"
        r"(?:kjørte|kjører|kjøre) (?:buss |taxi |drosje |trailer |lastebil )?for) $",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![\w'’-])(?:(?:worked|works|working|work|job|employed|fitter|driver|cleaner|"
        r"packer|apprentice|apprenticeship) (?:at|for|with)|let go from|laid off from|"
        r"sacked from|redundant from) $",
        re.IGNORECASE,
    ),
}


# The Norwegian employer slot, with up to two words between the verb and "på"/"hos" ("jobber
# i produksjonen på").
_NB_EMPLOYER_SLOT = re.compile(
    r"(?<![\w'’-])(?:jobba|jobbet|jobber|jobbe|arbeidet|arbeida|arbeider|jobb|sommerjobb|"
    r"lærling|lærlingplass)(?: [^\W\d_]+){0,2} (?:på|hos) $",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r" ([^\W\d_]{3,})(?![\w'’-])")
_GROWN = "employer-name"


def slot_kinds(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with the kind the slot says on one-word names (module docstring)."""
    if lang == "nb" and not line_has_capitals(text, 0):
        found = _employer_names_grown(text, found)
    out = None
    for i, d in enumerate(found):
        if d.action != REPLACE or " " in d.text or not d.text.isalpha():
            continue
        blind = all(part in _SLOT_BLIND for part in d.source.split("+"))
        kind = _slot_kind(text, d, lang, blind)
        if kind is None or kind == d.type:
            continue
        if out is None:
            out = list(found)
        out[i] = replace(d, type=kind)
    return found if out is None else out


def _slot_kind(text: str, d: DetectedEntity, lang: str, blind: bool) -> str | None:
    m = _KIN_BEFORE.search(text, max(0, d.start - 20), d.start)
    if (
        d.type in (et.LOCATION, et.ORGANIZATION)
        and m
        and m.group(1).lower() in _KIN_OR_TITLE
        and "project-dictionary" not in d.source
    ):
        return et.PERSON
    work = _WORK_BEFORE.get(lang)
    if (
        blind
        and d.type == et.PERSON
        and work is not None
        and work.search(text, max(0, d.start - 40), d.start)
        and d.text.lower() not in first_names_lower()
    ):
        return et.ORGANIZATION
    return None


def _employer_names_grown(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` with one-word employers on a lower-case Norwegian line grown over the noun
    after them (module docstring)."""
    out = list(found)
    for d in found:
        if d.action != REPLACE or " " in d.text or not d.text.isalpha():
            continue
        if not _NB_EMPLOYER_SLOT.search(text, max(0, d.start - 60), d.start):
            continue
        m = _NEXT_WORD.match(text, d.end)
        if m is None or not _name_word(m.group(1)):
            continue
        end = m.end(1)
        if any(o is not d and o.action == REPLACE and o.start < end and d.end < o.end for o in out):
            continue  # the word is another span's
        grown = replace(
            d,
            end=end,
            text=text[d.start : end],
            type=et.ORGANIZATION,
            source=f"{d.source}+{_GROWN}",
        )
        out = [grown if o is d else o for o in out if o is d or not (d.end < o.start < end)]
    return out


def _name_word(word: str) -> bool:
    """A noun or a word no list has; not a closed-class word, adverb, verb form, number or
    first name."""
    low = word.lower()
    if low in FUNCTION_WORDS or low in first_names_lower() or word_value(low) is not None:
        return False
    if low in word_class_forms("nb", "adv"):
        return False
    if noun_form(low):
        return True
    return low not in word_class_forms("nb", "verb") and not is_everyday_word(low)
