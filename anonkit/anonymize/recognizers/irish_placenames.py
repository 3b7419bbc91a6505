"""Irish-language place names and ``Mac an`` surnames said in English → one span (session 43).

Why: Gaeltacht speakers name their home places in Irish (``Baile an Fheirtéaraigh``, ``Béal an
Mhuirthead``, ``an Mhuiríoch``, ``Inis Oírr``), and their people with ``Mac an`` surnames
(``Beartla Mac an Iomaire``). The English model and the gazetteers took at most one word of
them (``Baile``, ``Mhuirthead``), so the article and the rest stayed beside the pseudonym or
leaked whole on a lower-case line (blind33, development material from session 43 on).

Irish grammar is the cue, not a list of places:
- a place-name generic that is no English word (``baile``, ``béal``, ``cill``, ``carraig``,
  ``inis`` …) followed by the article ``an``/``na`` and a word, or by a word with an Irish
  look (a fada, a lenited ``bh``/``mh``/``fh``… or an eclipsed ``bhf``/``ng``/``mb``
  opening): ``Cill Chiaráin``, ``inis meáin``; the anglicised ``inish`` takes the next word;
- after a place preposition, the article with a lenited or ``h``-prefixed word: ``from an
  mhuiríoch``, ``out to na hAille`` — English puts ``an`` before vowels, never before
  ``mh``/``bh`` — or ``an`` before a consonant word no English word list has (``in an
  rinn``; not letters said as an acronym: ``an nhs trust``, ``an rnli boat``);
- a first name, ``Mac``/``Nic``/``Mhic`` and the article before a word: a ``Mac an`` surname.
Left alone: English ``an`` phrases (``an hour``, ``an island``), a generic alone (``Baile``
stays with the other layers). English only: Norwegian text has no Irish. Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words

SCORE = 0.6

# Place-name generics that are not English words (Logainm's commonest elements).
_GENERICS = (
    "baile|béal|bél|cill|gort|carraig|dún|inis|inse|cluain|lios|achadh|doire|gleann|tír|"
    "mainistir|droichead|cnoc|sliabh|oileán|tobar|tigh|cathair|caisleán|muine|leitir|"
    "ceann|ceathrú|clochán|eanach|trá|mín|machaire|abhainn|srath|cúil|áth|léim|gaoth|cuan|"
    "maigh|ros|loch|leac|móin|poll|rinn|cé|fearann|cnocán|ard|bun|port|rath|cora"
)
# Those of them that are English words too need an Irish-looking name ("port an dúin", never
# "port an hour").
_ENGLISH_GENERICS = word_set("ard bun port rath cora loch ros leac poll rinn cé")
_WORD = r"[^\W\d_][\w'’-]*"
_ARTICLE = r"(?:an|na|an\s+t-?|na\s+h-?)"
_GENERIC_PLACE = re.compile(
    rf"(?<![\w'’-])(?P<generic>{_GENERICS})\s+(?:(?P<article>{_ARTICLE})\s*)?(?P<name>{_WORD})"
    rf"(?:\s+(?P<more>{_WORD}))?",
    re.IGNORECASE,
)
_INISH = re.compile(rf"(?<![\w'’-])(?:inish|inis)\s+(?P<name>{_WORD})", re.IGNORECASE)
# A word only Irish spells: a fada, or an opening English words do not have (lenited bh, dh, fh,
# mh; eclipsed bhf, mb, gc, dt; an h- or t-prefixed capital vowel). Not ch, sh, th, ph: church.
_IRISH_LOOK = re.compile(
    r"[áéíóúÁÉÍÓÚ]|^(?:[BbDdFfMm]h[^\W\d_]|[Mm]b|[Gg]c|[Dd]t|h-?[AEIOU]|t-?[AEIOU]|[Nn]-)"
)
# After "an" English has a vowel or a silent h (an hour); Irish lenites the consonant.
_GATE = re.compile(
    r"[áéíóúÁÉÍÓÚ]|(?<![\w'’-])(?:[BbDdFfMm]h|[Mm]b|[Gg]c|[Dd]t|h-?[AEIOU]|t-?[AEIOU]|[Nn]-)"
)
_LENITED_AFTER_AN = re.compile(r"^(?:bh|ch|dh|fh|gh|mh|ph|sh|th)[^\W\d_]{2,}", re.IGNORECASE)
_CONSONANTS = frozenset("bcdfgjklmnpqrstvwxz")
_VOWEL = re.compile(r"[aeiouáéíóú]")
_H_PREFIXED = re.compile(r"^h-?[aeiouáéíóú]", re.IGNORECASE)
_PLACE_PREP = re.compile(
    r"(?<![\w'’-])(?:from|to|in|at|near|of|around|outside|beyond|past)\s+$", re.IGNORECASE
)
_ARTICLE_PLACE = re.compile(rf"(?<![\w'’-])(?:an|na)\s+(?P<name>{_WORD})", re.IGNORECASE)
_MAC_AN = re.compile(
    rf"(?<![\w'’-])(?P<first>{_WORD})\s+(?P<mac>mac|nic|mhic)\s+{_ARTICLE}\s*(?P<name>{_WORD})",
    re.IGNORECASE,
)
# English words that may follow "an" after a preposition (none is lenited Irish).
_NOT_NAMES = word_set("the a an and or but of to in on at is was")


def _irish_word(word: str) -> bool:
    return bool(_IRISH_LOOK.search(word)) and word.lower() not in FUNCTION_WORDS


class IrishPlaceNameRecognizer(AnonkitRecognizer):
    """``Baile an Fheirtéaraigh`` → LOCATION, ``Mac an Iomaire`` → PERSON (module docstring)."""

    ENTITIES = (LOCATION, PERSON)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if not (" an " in low or " na " in low or "inis" in low or _GATE.search(text)):
            return  # speed: every match holds an article, "inis(h)" or an Irish-looking word
        yield from self._generic_places(text)
        for m in _INISH.finditer(text):
            if m.group("name").lower() not in FUNCTION_WORDS:
                yield m.start(), m.end(), LOCATION, SCORE
        for m in _ARTICLE_PLACE.finditer(text):
            name, article = m.group("name"), m.group(0)[:2].lower()
            irish = _LENITED_AFTER_AN.match(name) or (article == "na" and _H_PREFIXED.match(name))
            if not irish and article == "an" and name[0].lower() in _CONSONANTS:
                # "in an rinn": English says "an" before a consonant only in an acronym
                # ("an nhs trust", "an mri") or a silent h; a word no list knows is a name
                low = name.lower()
                irish = (
                    len(low) >= 4
                    and low.isalpha()
                    and bool(_VOWEL.search(low, 1, 3))  # a word, not letters ("an rnli")
                    and low not in common_words("en")
                )
            before = _PLACE_PREP.search(text, max(0, m.start() - 12), m.start())
            if irish and name.lower() not in _NOT_NAMES and before:
                yield m.start(), m.end(), LOCATION, SCORE
        for m in _MAC_AN.finditer(text):
            if m.group("name").lower() in FUNCTION_WORDS:
                continue
            first = m.group("first")
            # A capitalised first name joins the surname; a lower-case word may be a verb
            # ("called mac an bhaird"), so the span then starts at "mac".
            named = first[0].isupper() and first.lower() not in FUNCTION_WORDS
            yield m.start() if named else m.start("mac"), m.end(), PERSON, SCORE

    def _generic_places(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in _GENERIC_PLACE.finditer(text):
            generic, name, more = m.group("generic"), m.group("name"), m.group("more")
            if name.lower() in FUNCTION_WORDS:
                continue
            english = generic.lower() in _ENGLISH_GENERICS
            if m.group("article") and (not english or _irish_word(name)):
                end = m.end("name")
                if more and _irish_word(more):
                    end = m.end("more")  # "Baile an Mhuilinn Rua"
                yield m.start(), end, LOCATION, SCORE
            elif _irish_word(name):
                yield m.start(), m.end("name"), LOCATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [IrishPlaceNameRecognizer(lang)] if lang == "en" else []
