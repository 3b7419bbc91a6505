"""The other place beside a replaced place: "mellom gudaa og kopperaa" (issue 10, item 1;
session 37).

Why: :mod:`.coordinated` joins a word to a replaced *person* by "og"/"and" ("sølvår og
gudmund"); speakers list places the same way ("mellom gudaa og kopperaa", "fra hov og
lykling", "in bare and heysham"), and on a line without capitals the second place, a word no
list has, was left in clear text beside the first one's pseudonym once the first was a place.

The rule, on a line without capitals: a word right before or after "og"/"and"/"eller"/"or"
that joins it to a replaced LOCATION becomes a LOCATION when no word list explains it (no
everyday word, noun form, verb form or Nynorsk spelling of a word), it is no listed first name
or surname (a person listed beside a place is :mod:`.coordinated`'s), no particle follows it
(``og vaks opp``: a verb) and no replaced span holds it; a flag on it gives way.

Session 41 (blind31 as development material): places said in parallel after the same
preposition ("mor mi er frå sandsøy, far frå voksa"): the second, in the same sentence, is a
place on the same terms, and a verb form there is no verb, since no verb follows "frå"
(``voksa`` is "grew"); a noun or adverb still is a word ("far frå byen", "frå før").
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.names import person_names_lower
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import common_words, not_entities, word_class_forms

COORDINATED_PLACE_SOURCE = "coordinated-place"
_AFTER = re.compile(r"\s+(?:og|and|eller|or)\s+([^\W\d_]{3,})(?![\w'’-])", re.IGNORECASE)
_PARTICLE_AFTER = re.compile(
    r"\s+(?:opp|ut|inn|ned|fram|frem|heim|hjem|bort|up|down|out|back|away)\b", re.IGNORECASE
)
_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})\s+(?:og|and|eller|or)\s+$", re.IGNORECASE)


def _unlisted(low: str, lang: str) -> bool:
    return (
        low not in common_words(lang)
        and not (lang == "nb" and low in word_class_forms("nb", "noun"))
        and low not in word_class_forms(lang, "verb")
        and not (lang == "nb" and nynorsk_form(low))
        and low not in person_names_lower()
        and low not in not_entities(lang)
    )


_FROM_BEFORE = re.compile(r"(?<![\w'’-])(frå|fra|from)\s+$", re.IGNORECASE)
_SAME_FROM = r"[^.!?]{{1,40}}?(?<![\w'’-]){}\s+([^\W\d_]{{3,}})(?![\w'’-])"


def _parallel(text: str, place: DetectedEntity) -> re.Match[str] | None:
    """The word after the same "from" later in the sentence of ``place`` ("frå sandsøy, far
    frå voksa")."""
    before = _FROM_BEFORE.search(text, max(0, place.start - 6), place.start)
    if before is None:
        return None
    return re.compile(_SAME_FROM.format(re.escape(before.group(1)))).match(text, place.end)


def _not_a_word_after_from(low: str, lang: str) -> bool:
    """Unlisted, or only a verb form (no verb follows "from"): no noun or adverb."""
    if _unlisted(low, lang):
        return True
    return (
        low in word_class_forms(lang, "verb")
        and not (lang == "nb" and low in word_class_forms("nb", "noun"))
        and low not in word_class_forms(lang, "adv")
        and low not in person_names_lower()
        and low not in not_entities(lang)
    )


def coordinated_places(text: str, found: list[DetectedEntity], lang: str) -> list[DetectedEntity]:
    """``found`` with the unlisted word joined to a replaced place made a place too."""
    places = [d for d in found if d.action == REPLACE and d.type == et.LOCATION]
    if not places or line_has_capitals(text, 0):
        return found
    added: list[DetectedEntity] = []
    for d in places:
        joined = (_AFTER.match(text, d.end), _BEFORE.search(text, max(0, d.start - 40), d.start))
        for k, m in enumerate((*joined, _parallel(text, d))):
            if m is None:
                continue
            start, end = m.span(1)
            word = m.group(1)
            test = _not_a_word_after_from if k == 2 else _unlisted
            if not word.islower() or not test(word, lang):
                continue
            if _PARTICLE_AFTER.match(text, end):
                continue  # a verb and its particle: "fødd i tyssedal og vaks opp"
            if any(o.start < end and start < o.end for o in added) or any(
                o.start < end and start < o.end and o.action == REPLACE for o in found
            ):
                continue
            added.append(
                replace(d, start=start, end=end, text=word, source=COORDINATED_PLACE_SOURCE)
            )
    if not added:
        return found
    kept = [o for o in found if not any(a.start < o.end and o.start < a.end for a in added)]
    return sorted([*kept, *added], key=lambda d: d.start)
