"""A name that the sentence calls a kind of place → LOCATION (nb24).

Why: people place a small place for the interviewer as they name it: "Mortenhals var der æ
gikk på barneskolen, det er ei bitte lita bygd", "han jobba i tverrbakk ei stund, det er ein
liten by", "Sjøvågnes er ei lita øy". The name is in no list (small places rarely are) and
is a compound of everyday words, so the other layers flagged it at best, or read it as a
person ("mortenhals" after the truecaser). The predicate "det er ei (lita) bygd / ein by /
ei øy" is a cue any interview uses, whatever the place is called.

The rule, in one sentence: a word is a place when it is

* followed, after a comma, by ``det``/``dette``/``som``, a copula, an article and a place
  noun (``bygd``, ``by``, ``øy``, ``grend``, ``plass``, ``fiskevær`` …; degree words and
  adjectives may come between: ``, det er ei bitte lita bygd``), and is the nearest word
  before it that opens the sentence before a copula (``X var der …``) or follows a place
  preposition (``i X``, ``på X``, ``frå X``);
* followed right away by a copula, an article and a place noun (``X er ei lita øy``);
* pointed back to by ``der`` and a verb of living, working or going to school after a
  comma (``X, der bodde eg i to år``); or
* as a size in the neuter closing the clause (``X er ikkje stort``, ``X var så lite at``):
  places are neuter in Norwegian, people are not ("Ola er stor").

The word must be no function word, no word form as it stands (``byen``, ``huset``,
``mamma``) and no listed first name ("Kari var der eg bodde, det er ei lita bygd" says
where Kari was). Score 0.85: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.85
_COPULA = r"(?:er|var|e|va)"
_ARTICLE = r"(?:ei|ein|en|eit|et)"
# Degree words and adjectives between the article and the noun ("ei bitte lita bygd").
_MODIFIER = (
    r"(?:bitte|bittelita|bitteliten|lita|liten|lite|litta|stor|stort|gammal|gammel|fin|fint|"
    r"ordentlig|ordentleg|skikkelig|skikkeleg|heilt|helt|ganske|veldig|kjempe|sånn|slik|"
    r"slags|typisk|vanlig|vanleg|grisgrendt|øde|avsides|bortgjemt|liksom|altså)"
)
# Kinds of place (the Norwegian ones of ``_slot_words.PLACE_NOUNS`` and more) and common
# compounds of them ("fjellbygd", "fiskevær"); not any word that ends so ("hobby", "leketøy").
_NB_KINDS = "|".join(
    sorted(
        (
            "sted", "stad", "by", "bygd", "grend", "plass", "øy", "dal", "bydel", "tettsted",
            "tettstad", "kommune", "holme", "landsby", "vær", "øysamfunn", "bygdesamfunn",
            "halvøy", "øygruppe", "småby", "kystby", "industriby", "fjellbygd", "kystbygd",
            "fiskevær", "fiskebygd", "fiskarbygd", "jordbruksbygd", "småsted", "småstad",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_KIND = rf"{_ARTICLE} (?:{_MODIFIER},? ){{0,3}}(?P<kind>{_NB_KINDS})"
# ", det er ei lita bygd" (the name before it, in the same sentence).
_AFTER_COMMA = re.compile(
    rf", (?:og )?(?:det|dette|som|den) {_COPULA} {_KIND}(?![\w-])", re.IGNORECASE
)
# "X er ei lita øy" (the name right before it).
_RIGHT_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*) {_COPULA} {_KIND}(?![\w-])", re.IGNORECASE
)
# "X er ikkje stort", "X var så lite at …": a size in the neuter said of a name. Places are
# neuter ("Oslo er stort"); a person takes the common gender ("Ola er stor"). The adjective
# closes the clause (or "at" follows), so it is no noun's ("stort hus").
_NEUTER_SIZE = re.compile(
    rf"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*) {_COPULA} (?:(?:ikkje|ikke|jo|så|veldig|ganske|"
    r"bitte|heilt|helt|nok|altså|liksom|eigentleg|egentlig) ){0,3}(?:stort|lite|bittelite)"
    r"(?=\s*(?:[,.!?;]|$| at\b| i\b| heller\b))",
    re.IGNORECASE,
)
# "X, der bodde eg …": "der" and a verb of living, growing up, working or going to school
# right after a comma point back to X as a place.
_DER_LIVED = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*), der (?:bodde|budde|bor|bur|vaks|vokste|jobba|"
    r"jobbet|jobbar|jobber|arbeidde|arbeidet|gjekk|gikk|flytta|flyttet)(?![\w'’-])",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PLACE_PREPOSITIONS = word_set("i på frå fra til ved nær mot utafor utenfor")
_COPULAS = word_set("er var e va ligg ligger låg lå")
# How far back the name may stand from the predicate, in words.
MAX_BACK = 14


class PlacePredicateRecognizer(AnonkitRecognizer):
    """``X …, det er ei lita bygd`` / ``X er ei lita øy`` → X a place (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.first_names = {n.lower() for n in all_first_names()}

    def _name(self, word: str) -> bool:
        low = word.lower()
        return (
            len(low) >= 3
            and low not in FUNCTION_WORDS
            and low not in _COPULAS
            and low not in self.first_names
            and not self.lexicon.is_common(low, compounds=False)
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        seen: set[int] = set()
        for m in _RIGHT_AFTER.finditer(text):
            if self._name(m.group("name")):
                seen.add(m.start("name"))
                yield m.start("name"), m.end("name"), LOCATION, SCORE
        for m in _DER_LIVED.finditer(text):
            if m.start("name") not in seen and self._name(m.group("name")):
                seen.add(m.start("name"))
                yield m.start("name"), m.end("name"), LOCATION, SCORE
        for m in _NEUTER_SIZE.finditer(text):
            if m.start("name") not in seen and self._name(m.group("name")):
                seen.add(m.start("name"))
                yield m.start("name"), m.end("name"), LOCATION, SCORE
        for m in _AFTER_COMMA.finditer(text):
            span = self._subject_before(text, m.start())
            if span is not None and span[0] not in seen:
                seen.add(span[0])
                yield span[0], span[1], LOCATION, SCORE

    def _subject_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The nearest name before ``end`` in its sentence that opens the sentence before a
        copula or follows a place preposition (past everyday words in such a slot:
        "Mortenhals var der æ gikk på barneskolen, det er ei lita bygd")."""
        sentence_start = max(text.rfind(c, 0, end) for c in ".!?\n") + 1
        all_words = list(_WORD.finditer(text, sentence_start, end))
        words = all_words[-MAX_BACK:]
        opener = all_words[0].start() if all_words else -1
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            prev = words[k - 1].group(0).lower() if k > 0 else ""
            nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
            slot = prev in _PLACE_PREPOSITIONS or (w.start() == opener and nxt in _COPULAS)
            if slot and self._name(w.group(0)):
                return w.start(), w.end()
        return None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlacePredicateRecognizer(lang)] if lang == "nb" else []  # Norwegian only
