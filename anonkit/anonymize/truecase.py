"""Restore capitals in all-lower-case transcript lines before detection (issue 10, item 1).

Why: some ASR output (and some transcribers) writes whole lines in lower case. Every name
layer keys on capitals — spaCy NER, the gazetteers, the flags — so on ``tante ragnhild i
brumunddal`` the detector found nothing at all. Rather than teach each layer a second,
case-blind mode, a lower-case line is *truecased* first: a word is given a capital when our
name and place lists know it and the language's word list does not (``ragnhild``,
``brumunddal``, ``drammen``), or when it is a listed first name right after a word that says
"a person follows" (``ho liv``, ``tante liv``, ``heter per``, ``my mum hope``). Offsets do not
move (only the first letter of a word changes, and only where its upper case is one
character), so spans found in the truecased text index the original text unchanged.

What stays lower case is what is ambiguous without context: a first name that is an everyday
word (``liv``, ``per``, ``hope``, ``will``) with no cue before it, a place that is a word
(``reading``, ``bø``). Those are returned as *doubtful* spans, which the detector shows to the
steward as flags: a doubtful span must be flagged, never silently kept.

recall1 widens what gets a capital on such lines: an unknown word after a kinship, role or
naming word (``my auntie morwenna``), a first name after ``<kinship> <possessive>`` or set off
by commas after one (``broren min bjørn``, ``mora mi, liv,``), a listed or unknown surname
right after a capitalized first name (``hanne lie``), and Norwegian first names that Ordbank
also lists as rare word forms (``sindre``, ``geir``) unless curated as everyday words.

lower2 (slots in ``truecase_slots.py``): a first name in the possessive opening a clause
(``bill's kids``, ``pers kone``), a word set off before ``a small town``/``ei lita bygd``, a
known hospital that is also a noun after a preposition (``på rikshospitalet``; elsewhere
doubtful), a street name before a house number (``storgata 14``); ``<name> skole`` after a
preposition and ``, <name> as,`` are doubtful organizations.

Model round (blind5): every other word that no list knows — the rare-word flag's test, so
neither a word form nor an inflection or compound of one — gets a capital in the text the NER
model reads (``Truecased.model_text``), so the model judges it in its context (``mehwish was
my first friend``, ``a flat in lampeter``); the rule-based recognizers still see it lower case
(their lower-case-line rules key on that), and the rare-word flag shows it when no layer takes
it. English words the corpus writes lower case (``settee``, ``bedsit``) stay lower case: the
model calls any capitalized noun a name.

lcnb23 (Norwegian): a listed surname after a naming verb even when it is a word ("heter
bakken"; "het" not as the adjective), the name people used ("het ingeborg, men vi sa bare
inga", "irene, eller rene som vi sa"), a word that is no word form between "han"/"ho" and a
finite verb ("ho ristena kom"), a name set off by commas after "<kinship> hennes/hans/deres"
and, there, a word no list has or a listed surname with the listed surname after it
("onkelen min, ristena bakken,"), the surname after a hyphenated first name no list has
whole ("jon-bjarne kvernstuen"), the listed surname after a word no list knows ("jartrud
linde"), "sa det til <surname>", a place after "på, eh," (a hesitation does not hide the
preposition), both ends of "fra X til Y" when one is a place, "<definite noun> verft/meieri
…" after a preposition shown as an organization.

Lines that contain any upper-case letter are left alone: there the writer's capitals carry
information, and the gazetteers' context rules apply as before.

This module is the line walker; what it decides with lives beside it: the cue words and the
per-language lexicons in ``truecase_cues.py``, the slots that name a person in
``truecase_named.py``, the lower2 slots in ``truecase_slots.py``, the tests for words no list
knows in ``unknown_words.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION, PERSON
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.places import EN_EVERYDAY_PLACE_WORDS, EVERYDAY_PLACE_WORDS, word_places
from anonkit.anonymize.recognizers._base import remember_lower_case_lines, word_set
from anonkit.anonymize.recognizers._context_words import NAMING_VERBS, NAMING_WORDS
from anonkit.anonymize.recognizers.name_words import (
    FUNCTION_WORDS,
    SUBJECT_NOT_NAMES,
    SUBJECT_VERBS,
)
from anonkit.anonymize.truecase_cues import (
    EN_PLACE_PREPOSITIONS,
    INSTITUTION_TAILS,
    OBJECT_PRONOUNS,
    PLACE_PREPOSITIONS_NB,
    POSITION_ADVERBS,
    RESIDENCE_VERBS,
    SUPERLATIVE_POSITIONS,
    before_hesitation,
    cued_by_apposition,
    lexicon,
    may_be_apposed,
    own_first_names,
    place_words,
    possessive_names,
    restarted_double_name,
    surname_after,
    surname_words,
    unknown_after_cue,
)
from anonkit.anonymize.truecase_named import CueLists, cued_name
from anonkit.anonymize.truecase_slots import (
    institution_words,
    multiword_names,
    multiword_places,
    named_unit_span,
    place_apposition,
    possessive_name,
    street_number,
)
from anonkit.anonymize.unknown_words import (
    PLACE_PREPOSITIONS_ANY,
    compound_name,
    compound_place_slot,
    in_spoken_address,
    name_phrase,
    noun_phrase_modifier,
    rare_word,
    route_end,
    unknown_kind,
)
from anonkit.anonymize.wordlists import not_entities

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class Truecased:
    """The truecased text (same length as the input) and the doubtful word spans, each with
    the type it may be (PERSON or LOCATION)."""

    text: str
    doubtful: tuple[tuple[int, int, str], ...] = ()
    # What the NER model reads: ``text`` plus a capital on each word no list knows (same
    # length, so offsets agree). The rule-based recognizers read ``text``, where such a word
    # keeps its lower case: their lower-case-line rules key on exactly that.
    model_text: str | None = None
    # Those unknown words, each with the kind it most likely is (a place after a place
    # preposition, else a person): replaced even when the model does not take them.
    unknown: tuple[tuple[int, int, str], ...] = ()

    @property
    def ner_text(self) -> str:
        return self.text if self.model_text is None else self.model_text


def _capitalize(word: str) -> str:
    head = word[0].upper()
    return (head if len(head) == 1 else word[0]) + word[1:]


# Session 34: after a subject pronoun a word that is also a first name is the verb ("i live
# in", "we mark the forms", "vi håper"): "Live" and "Hope" are names, but not there.
_SUBJECT_PRONOUNS = {
    "en": word_set("i we you they"),
    "nb": word_set("jeg eg æ vi me du dere"),  # not "i" (in), "de"/"dei" (also articles)
}


# Session 39: after an article or "every" a word that is also a first name is the noun
# ("en dag", "ein dag", "hver eneste dag", "a mark", "the rose"), not flagged as a name
# (unless a comma sets it off: "så var det en ruta, fra toruń").
_TIME_BEFORE = word_set("i denne neste forrige førre hele heile sist over gjennom ei")
_TIME_NOUNS = word_set("helga jula påska romjula")
_NOUN_BEFORE = word_set(
    "en ei et ein eit hver hvert kvar kvart eneste einaste a an the every each"
)

def truecase(text: str, lang: str) -> Truecased:
    """Capitalize names and places in the all-lower-case lines of ``text`` (module docstring)."""
    if not any(ch.isalpha() and ch.islower() for ch in text):
        return Truecased(text)
    safe, first, ambiguous, common = lexicon(lang)
    places_lower = place_words()
    out = list(text)
    # Unknown words: (start, end, likely kind, whether the model's text gets a capital).
    rare: list[tuple[int, int, str, bool]] = []
    doubtful: list[tuple[int, int, str]] = []
    pos = 0
    lowered: list[tuple[int, int]] = []
    for line in text.split("\n"):
        if line and (line.islower() or not any(ch.isupper() for ch in line)):
            lowered.append((pos, pos + len(line)))
            _truecase_line(
                line, pos, out, doubtful, (safe, first, ambiguous, common, places_lower), lang, rare
            )
        pos += len(line) + 1
    cased = "".join(out)
    if cased != text:
        remember_lower_case_lines(cased, tuple(lowered))
    if not rare:
        return Truecased(cased, tuple(doubtful))
    for start, end, _, capital in rare:
        if capital:  # every word of the phrase: "Loch Lomond", "Bamber Bridge FC"
            for word in _WORD.finditer(text, start, end):
                out[word.start()] = _capitalize(out[word.start()])[0]
    unknown = tuple((start, end, kind) for start, end, kind, _ in rare)
    return Truecased(cased, tuple(doubtful), "".join(out), unknown)


def _truecase_line(
    line: str,
    offset: int,
    out: list[str],
    doubtful: list[tuple[int, int, str]],
    lexicon: tuple[frozenset[str], ...],
    lang: str,
    rare: list[tuple[int, int, str, bool]],
) -> None:
    safe, first, ambiguous, common, places_lower = lexicon
    surnames_lower = surname_words()
    own_first = own_first_names(lang)
    skip = not_entities(lang)
    # lower2: listed institutions of several words take their written capitals
    # ("universitetet i bergen" → "Universitetet i Bergen").
    found = multiword_names(line) + multiword_places(line, lang)
    for start, written in found:
        for i, ch in enumerate(written):
            if ch.isupper() and len(ch.lower()) == 1:
                out[offset + start + i] = ch
    words = list(_WORD.finditer(line))
    cue_lists = CueLists(safe, first, ambiguous, common, skip, surnames_lower, own_first)
    surname_slots: set[int] = set()
    apposition_surnames: set[int] = set()  # "bestefaren min, ristena bakken," (lcnb23)
    for k, m in enumerate(words):
        word = m.group(0)
        low = word.lower()
        base = low[:-1] if low.endswith("s") and low[:-1] in safe else low  # "ragnhilds"
        if low.endswith(("'s", "’s")):  # "james's"
            base = low[:-2]
        prev = words[k - 1].group(0).lower() if k else ""
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        parts = low.split("-")
        # "stein-ivar", "stor-ola": a hyphenated word whose last part is a first name.
        is_safe = base in safe or (len(parts) > 1 and parts[-1] in first and low not in common)
        # lcnb23: the word before a hesitation ("på, eh, langhus"): what a place rule reads
        where = before_hesitation(words, k, lang) or prev
        cued = cued_name(line, words, k, lang, cue_lists, apposition_surnames)
        if street_number(line, m.end(), low):
            # lower2: "storgata 14", "kirkeveien 62": a street name before a house number,
            # capitalized so the address rules see it as they would in written text.
            out[offset + m.start()] = _capitalize(word)[0]
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
            continue
        named_unit = named_unit_span(line, words, k, lang, common)
        if named_unit is not None:
            # lower2: "på fjellsiden skole", "havbris as": flagged as an organization
            doubtful.append((offset + named_unit[0], offset + named_unit[1], ORGANIZATION))
        if low in ("st", "saint") and k + 1 < len(words):
            # "st james's", "st helier": a saint's name is a place or an institution; the
            # "st" is capitalized with it so the institution rules see "St James's".
            # A saint's name is always written with capitals: "St. Olavs hospital".
            out[offset + m.start()] = _capitalize(word)[0]
            nxt_start = offset + words[k + 1].start()
            out[nxt_start] = _capitalize(words[k + 1].group(0))[0]
            doubtful.append((offset + m.start(), offset + words[k + 1].end(), LOCATION))
            continue
        if k > 0 and words[k - 1].group(0).lower() in ("st", "saint"):
            continue  # capitalized with its "st" above
        if nxt == "dps" and k + 1 < len(words) and low not in FUNCTION_WORDS and word.isalpha():
            # "sentrum dps": a DPS is named by its place or district, whatever the word
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
            continue
        # recall1: a first name after a kinship or role word and a possessive ("broren min
        # bjørn", "my brother bill") or set off by commas after one ("mora mi, liv,",
        # "ergoterapeuten, rune,", "terapeuten min, dag solberg,").
        # lcnb23: also a word that is no word form ("tanta deres, ristena,") and, set off by
        # commas, a listed surname that is a word ("onkelen min, bakken,").
        if (
            not cued
            and k > 0
            and low not in FUNCTION_WORDS
            and low not in skip
            and low not in NAMING_WORDS | NAMING_VERBS  # session 48: "legen vår heiter …"
            and (low in first or lang == "nb")
            and may_be_apposed(word, line[m.end() : m.end() + 1], first, common, surnames_lower)
        ):
            cued = cued_by_apposition(line, words, k, surnames_lower)
        if cued and 0 < k < len(words) - 1 and line[m.end() : m.end() + 1] == " ":
            # the listed surname of a name set off by commas: "min, ristena bakken,"
            nxt_m = words[k + 1]
            if (
                nxt in surnames_lower
                and nxt not in FUNCTION_WORDS
                and line[nxt_m.end() : nxt_m.end() + 1] in (",", ".", "!", "?", "")
                and line[words[k - 1].end() : m.start()] == ", "
                and cued_by_apposition(line, words, k, surnames_lower)
            ):
                apposition_surnames.add(k + 1)
        # recall1: the word after a first name this line capitalized is its surname when a
        # list has it as one, also when it is a word ("hanne lie", "jane whitfield").
        after_first = (
            k > 0
            # lcnb23: also a hyphenated first name no list has whole ("jon-bjarne")
            and (prev in first or ("-" in prev and prev.rsplit("-", 1)[1] in first))
            and out[offset + words[k - 1].start()].isupper()
            and line[words[k - 1].end() : m.start()] == " "
            and (
                low in surnames_lower
                or (
                    unknown_after_cue(low, common, skip)
                    # session 42: "ho tuva jobbar på butikken": a Nynorsk verb, no surname
                    and not (lang == "nb" and nynorsk_form(low))
                )
            )
            and low not in FUNCTION_WORDS
            # session 48: "Vår Heiter": "vår" a first name, the naming verb after it no surname
            and low not in NAMING_WORDS | NAMING_VERBS
            and nxt not in OBJECT_PRONOUNS
            and k - 1 not in surname_slots  # one surname, not a chain ("jane long ago")
        )
        if after_first:
            surname_slots.add(k)
        # lower2: "bill's kids", "pers kone" (a possessive name opening a clause) and "it was
        # dal, the little village" (a place in apposition): capitalized, and flagged if no
        # recognizer then takes them.
        slot = None
        if not (is_safe or cued or after_first):
            if possessive_name(low, k, prev, nxt, possessive_names(lang), FUNCTION_WORDS):
                slot = PERSON
            elif place_apposition(line, m.end(), low, prev, FUNCTION_WORDS, places_lower):
                slot = LOCATION
            elif low in institution_words() and low not in FUNCTION_WORDS:
                # "på rikshospitalet": a known hospital that is also a noun is the hospital
                # after a preposition; elsewhere it is shown, not replaced.
                if where not in PLACE_PREPOSITIONS_ANY:
                    doubtful.append((offset + m.start(), offset + m.end(), ORGANIZATION))
                    continue
                slot = ORGANIZATION
            if slot is not None:
                doubtful.append((offset + m.start(), offset + m.end(), slot))
        if not (is_safe or cued) and restarted_double_name(words, k, first, safe):
            # lcnb23: "liv, eh, liv marit": a first name said again after a hesitation with a
            # second first name is a name both times
            cued = True
            said = words[k - 2]
            out[offset + said.start()] = _capitalize(said.group(0))[0]
            span = (offset + said.start(), offset + said.end(), PERSON)
            doubtful[:] = [d for d in doubtful if d != span]
        # "innerst i dalen", "ute i sola": a listed place that is an everyday word after a
        # position adverb is the word, left in lower case (shown by the safety net below)
        position = words[k - 2].group(0).lower() if k > 1 and lang == "nb" else ""
        positioned = low in common and position in POSITION_ADVERBS
        if is_safe or cued or after_first or slot is not None:
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
            if cued and not is_safe and rare_word(word, low, lang):
                # session 26: a word no list knows that a cue names ("broren min soran han
                # var …") is replaced like any unknown word when the model passes it over
                rare.append((start, offset + m.end(), PERSON, True))
            for inner in re.finditer(r"-(\w)", word):  # "stor-ola" → "Stor-Ola"
                i = start + inner.start(1)
                out[i] = _capitalize(out[i])[0]
        elif (
            low in places_lower
            and (
                where in PLACE_PREPOSITIONS_NB
                # session 31: after "på" too (``på hvaler``: 37 gold places and 8
                # organisations in the lower-cased development sets, no other word),
                # except what one is on (``på ski``, ``på perm``)
                or (where == "på" and low not in EVERYDAY_PLACE_WORDS)
            )
            and lang == "nb"
            and not positioned
        ):
            start = offset + m.start()  # "kjørt fra molde": a place that is also a word
            out[start] = _capitalize(word)[0]
        elif (
            low in places_lower
            and where in PLACE_PREPOSITIONS_ANY
            and low not in FUNCTION_WORDS
            and any(w.group(0).lower() in RESIDENCE_VERBS for w in words[max(0, k - 5) : k])
            and not (positioned and position in SUPERLATIVE_POSITIONS)
            # session 31: "living in hell", "in hospital" are no places (a month keeps its
            # capital: the detector knows it for a non-entity)
            and not (
                lang == "en"
                and low in EN_EVERYDAY_PLACE_WORDS
                and low not in ("march", "may", "august")
            )
        ):
            # "we moved to bath", "i lived in reading", "bor på ski": a verb of living or
            # moving before the preposition makes the place word a place.
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
        elif (
            lang == "en"
            and where in EN_PLACE_PREPOSITIONS
            and (low in places_lower or low in word_places("en"))
            and low not in EN_EVERYDAY_PLACE_WORDS
            and low != "reading"  # "interested in reading"; after a verb of living, a place
            and low not in FUNCTION_WORDS
            and low not in skip
            and not positioned
        ):
            # session 31: "from clones", "in mayo", "outside prosperous", "in dent": a listed
            # place that is also a word, after a preposition of place (lower-cased development
            # sets, blind21 included: 51 gold places, and no other word once the everyday
            # things one is in or comes from are left out: "in hospital", "in hell")
            rare.append((offset + m.start(), offset + m.end(), LOCATION, True))
        elif low in places_lower and where in PLACE_PREPOSITIONS_ANY:
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
        elif (
            low in ambiguous
            and prev not in _SUBJECT_PRONOUNS.get(lang, ())
            # session 42: "i helga", "denne helga": the weekend, not Helga
            and not (prev in _TIME_BEFORE and low in _TIME_NOUNS)
            # "en ruta, fra toruń": set off by a comma it is someone called so; "ho lerke
            # sa …, som ei lerke": the line named someone so, and the steward sees both
            and (
                prev not in _NOUN_BEFORE
                or line[m.end() : m.end() + 1] == ","
                or line.count(low) > 1
            )
        ) or (
            # "des came round": the line's subject before a verb of saying/contact/motion
            k == 0
            and nxt in SUBJECT_VERBS
            and low not in FUNCTION_WORDS
            and low not in SUBJECT_NOT_NAMES
            and word.isalpha()
            and not rare_word(word, low, lang)  # an unknown word is the rule below's
        ):
            doubtful.append((offset + m.start(), offset + m.end(), PERSON))
        elif low not in common and any(
            low.endswith(tail) and len(low) > len(tail) + 2 for tail in INSTITUTION_TAILS
        ):
            # "fjordklinikken": a one-word institution (a compound Norwegian writes in lower
            # case as a noun, so shown rather than replaced)
            doubtful.append((offset + m.start(), offset + m.end(), ORGANIZATION))
        elif (
            low in places_lower
            and len(low) > 2
            and low not in FUNCTION_WORDS
            and low not in skip
            and prev not in _SUBJECT_PRONOUNS.get(lang, ())  # session 34: "we hope it works"
        ):
            # Safety net: any other word the place lists know ("bury", "reading", "hell") may
            # be a place in a line that lost its capitals: shown, never kept silent. (Surnames
            # that are words — "young", "long" — are left to the name-after-first-name rule:
            # flagging them alone doubled the flag rate on ordinary speech.)
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
        elif lang == "nb" and compound_name(low, common, where) and not in_spoken_address(words, k):
            # "i langhus", "til rognstrand", "helleik sa": a word Ordbank does not list but
            # that splits into listed words, and ends like a Norwegian place name (-hus,
            # -strand, -vik …) after a place preposition or like an old Norse personal name
            # (-eik, -vald, -hild …) elsewhere. Compound *nouns* Ordbank lacks ("i
            # kommunebolig", "rusbehandling") end otherwise and stay words. A place keeps its
            # lower case in the model's text ("gudbjørg i Langhus" was read as one institution).
            # Before the unknown-word rule: a compound split into short parts ("lang|hus") is
            # unknown to it since session 24, and this rule knows such a word's kind.
            place = compound_place_slot(where)
            start, end, kind = name_phrase(line, words, k, LOCATION if place else PERSON, lang)
            rare.append((offset + start, offset + end, kind, not place))
        elif rare_word(word, low, lang) and not in_spoken_address(words, k):
            # A word no list knows, on a line that lost its capitals: capitalized in the
            # model's text so the NER model judges it in context ("mehwish was my first
            # friend" → a name); the rare-word flag shows it when the model does not take it.
            start, end, kind = name_phrase(
                line, words, k, unknown_kind(line, m.start(), where), lang
            )
            if lang == "nb" and kind == PERSON:
                end = surname_after(line, words, k, end, surnames_lower)
            rare.append((offset + start, offset + end, kind, True))
            modifier = noun_phrase_modifier(line, words, start)
            if modifier is not None:  # "with shelter cymru": the name may start earlier
                doubtful.append((offset + modifier[0], offset + modifier[1], kind))
        elif (
            low.endswith(("'s", "’s"))
            and len(low) > 4
            and word[:-2].isalpha()
            and rare_word(word[:-2], low[:-2], lang)
        ):
            # "emeka's mum", "totoy's mum": an unknown word with the English possessive is
            # the rule above's too, the "'s" outside the span (session 19)
            kind = unknown_kind(line, m.start(), where)
            rare.append((offset + m.start(), offset + m.end() - 2, kind, True))
        elif (
            lang == "nb"
            and word.isalpha()
            and len(low) > 2
            and low not in common
            and low not in FUNCTION_WORDS
            and low not in skip
            and route_end(words, k, (safe, places_lower), common)
        ):
            # lcnb23: "fra finse til haugastøl": a word that is no word form (it only looks
            # like an inflection) at one end of a route whose other end is a place
            rare.append((offset + m.start(), offset + m.end(), LOCATION, False))
