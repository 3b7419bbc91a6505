"""A word and a place noun after a place preposition → one LOCATION (session 36).

Why: many small places are a word and a topographic noun, and ASR often writes such a name as
two words. English: ``in hither green``, ``to old hill``, ``from tonge moor`` — on a line ASR
wrote in lower case the first word is an everyday word, no place list holds the pair, and
the name stayed in clear text (blind25/26 as development material; :mod:`..place_heads` only
grows a place the layers already took). Norwegian: a one-word place split at its last part,
``i Signal dalen``, ``på Hoel sand``, ``i Evens kjær`` (Signaldalen, Hoelsand, Evenskjær): the
split-place rule (:mod:`..split_places`) joins only pairs that spell a listed place, and the
first half was a word or a person's name.

The rule: a place preposition, one word, and a noun that ends place names (English: green,
hill, heath, cross, vale, moor, wood, end, common, park, bank, harbour, point, oak, tree,
lanes, hall, bay, bridge, town, fields, leys, farm; Norwegian: dalen, moen, vika, sand,
strand, haugen, kjær, fjord, nes …), the noun ending the word group (a punctuation mark, a
clause word or the line's end after it; ``in hill walking`` is no place). Norwegian writes no
noun in lower case after a capitalised word in one phrase, so on a line with capitals a
capitalised first word makes the pair a place. On a lower-case line the first word must be
no function word, determiner, number, colour or time word (``i hele dalen``, ``in the end``,
``at year end``, ``in dark green``) nor the first part of a generic compound (``car park``,
``food bank``, ``town hall``, ``boiling point``, ``market town``); a Norwegian first word
that is an adjective of size, age, position or colour (``på gamle moen``) is only flagged
(session 50; before, any everyday first word was). On the development sets every
such pair was a gold place or institution (English 30 of 30 on the lower-cased copies for
the first nine nouns and 49 of 49 for the rest, Norwegian 18 of 18 written with capitals,
and no pair in NorNE's 20,000 sentences).

Score 0.6: replaced; 0.3 (flag) for a Norwegian adjective of size, age, position or colour
as the first word (session 50: before, every everyday first word was flagged).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import word_class_forms

SCORE = 0.6
SCORE_FLAG = 0.3
_PREPOSITIONS = {
    # session 40 (the lower-cased development sets: "walk up winker bank", "walking up
    # dunkery beacon"): "up" too
    "en": "in|to|from|at|near|outside|round|around|through|past|via|on|up",
    "nb": (
        "i|på|fra|frå|til|ved|mot|nær|utenfor|utafor|utanfor|rundt|gjennom|oppi|nedi|utpå|"
        "inn|innover|utover|oppover|langs|forbi|oppå|"
        # session 40 (blind30 as development material: "sykla ned Sysen dalen")
        "ned|opp|nedover|bortover|"
        # session 42 (blind32 as development material: "rett under Mardals fossen", "ein støl
        # oppunder Halling skarve")
        "under|oppunder|innunder|nedunder|ovanfor|ovenfor|nedanfor|nedenfor|innved|attmed"
    ),
}
_NOUNS = {
    "en": (
        "green|hill|heath|cross|vale|moor|wood|end|common|park|bank|harbour|point|oak|tree|"
        "lanes|hall|bay|bridge|town|fields|leys|farm|beacon|tor|fell|pike|crag|"
        # session 42 (the lower-cased development sets: "up beachy head", "down to silent
        # valley"): headlands, valleys, sands, coves and mosses
        "head|foreland|valley|ness|sands|cove|haven|moss|dene|holme|carr"
    ),
    "nb": (
        "dalen|dal|moen|mo|nes|neset|næs|vik|vika|våg|vågen|fjord|fjorden|øra|øyra|sand|"
        "sanden|strand|stranda|haug|haugen|åsen|bakken|lia|rud|vollen|myra|berget|heim|"
        "stad|seter|setra|sund|sundet|holmen|øy|øya|kjær|vatnet|eid|elva|fossen|bukta|botn|"
        "stua|stuen|gard|garden|gård|gården|landet|hamn|havn|vær|ås|voll|torp|"
        "plassen|bøen|stølen|tunet|skaret|lunden|marka|vollan|li|hella|kleiva|"
        # session 39 (blind29 as development material: "Sandnes fjorden", "Utgårds kilen",
        # "Sarvs fjellet")
        "fjellet|kilen|vannet|vatn|tjønna|tjernet|brua|bru|nuten|tinden|breen|skjeret|"
        "hamna|straumen|strømmen|odden|kollen|hølen|sjøen|"
        # session 42 (blind32: "Halling skarve"): fells, moors, heaths and peaks
        "skarvet|skarve|skarven|vidda|heia|toppen|egga|hovden|nova|juvet|gjelet|ura|"
        # session 44 (blind34 as development material: "i Mørsvik botten"): a fjord's head
        "botten|botnen|"
        # (the lower-cased development sets: "på løkken verk igjen"): mining and works towns
        "verk|verket"
    ),
}
# After the noun: the group ends (punctuation, the line's end, or a word that opens a clause
# or a place phrase), so the noun is not the first part of a compound ("hill walking").
_AFTER = {
    "en": (
        r"(?=\s*(?:[,.;:!?)]|$|\s(?:and|but|so|when|where|then|for|with|in|on|at|to|from|by|"
        r"near|now|which|who|because|cos|before|after|until|till|every|all|again|back|"
        r"once|twice|is|was|were|had|has|i|we|he|she|they|it|that|this|there|up|down|"
        r"over|off|or|originally|though|anyway|like|yeah|aye)\b))"
    ),
    "nb": (
        r"(?=\s*(?:[,.;:!?)]|$|\s(?:og|men|så|da|når|der|dit|med|i|på|til|fra|for|ved|nå|"
        r"som|hvor|kor|før|etter|hele|heile|igjen|hver|kvar|eller|altså|liksom|jo|vel|"
        r"og|om|en|ei|et|ein|eit|var|er|ble|blei|har|hadde|vi|jeg|eg|æ|han|ho|hun|de|dei|"
        r"dem|det|den|ute|inne|oppe|nede|borte|rett|like|bare|etterpå|også|òg|no|saman|"
        r"sammen|heller|"
        # session 44 (blind34: "ved Åst fjorden då eg var lita"): Nynorsk and other clause words
        r"då|mens|medan|fordi|sidan|sia|kvar|dar|te)\b))"
    ),
}
_PAIR = {
    lang: re.compile(
        r"(?<![\w'’-])(?:" + _PREPOSITIONS[lang] + r")\s+"
        r"(?P<word>[^\W\d_][\w'’-]*)(?:\s(?P<mid>(?-i:[a-zæøå]{2,6})))??\s(?P<noun>" + _NOUNS[lang]
        + r")(?![\w'’-])" + _AFTER[lang],
        re.IGNORECASE | re.MULTILINE,
    )
    for lang in ("en", "nb")
}
# Speed: the noun as a whole word, searched once per text before the full pattern runs.
_NOUN_WORD = {
    lang: re.compile(r"(?<![\w'’-])(?:" + _NOUNS[lang] + r")(?![\w'’-])") for lang in ("en", "nb")
}
# First words that make the pair an ordinary phrase, not a name.
_NOT_FIRST = word_set(
    """
    the a an my our his her their your its this that these those some any no every each
    one two three four five six seven eight nine ten other another same whole either neither
    dark light bright lime pale deep olive bottle emerald sea forest racing
    white black red blue yellow grey gray brown pink orange purple
    year week month day term season tail dead loose split wits far back front top bottom
    high low rear west-end me
    car theme water retail business industrial trailer caravan skate safari science
    food blood sperm data piggy memory
    boiling breaking melting starting vantage focal
    town village church city school sports dining concert music bingo pool function
    market home ghost small big seaside university border boom twin
    apple pear oak fruit family christmas
    en ei et ein eit den det de dei min mi mitt mine din di ditt dine sin si sitt sine vår
    vårt våre hans hennes deres hele heile samme same andre anna neste forrige første siste
    hver kvar noen nokon ingen ingi
    """
)


_NB_ADJECTIVES = word_set(
    """
    gamle gammel gamla store stor stora lille litle vesle nye ny nya lange lang korte kort
    høge høye høg høy låge lave brede breie smale djupe dype indre ytre øvre nedre midtre
    søndre nordre vestre østre gode fine fint grøne grønne kvite hvite svarte raude røde
    """
)


class PlaceNounPairRecognizer(AnonkitRecognizer):
    """``in hither green``, ``i Signal dalen`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.pair = _PAIR["nb" if lang == "nb" else "en"]
        self.noun_word = _NOUN_WORD["nb" if lang == "nb" else "en"]

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" and "\n" not in text and not lower_case_line(text, len(text)):
            return  # English pairs are read on lower-case lines only
        if self.noun_word.search(text) is None:
            return
        for m in self._pairs(text):
            word, noun = m.group("word"), m.group("noun")
            low = word.lower()
            if not noun.islower() or low in _NOT_FIRST or low in FUNCTION_WORDS:
                continue
            lower_line = lower_case_line(text, m.start("word"))
            mid = m.group("mid")
            if mid is not None and not self._middle_piece(mid, word, lower_line):
                continue
            if self.lang != "nb":
                if lower_line:
                    yield m.start("word"), m.end("noun"), LOCATION, SCORE
                continue
            if not lower_line:
                if word[0].isupper():
                    yield m.start("word"), m.end("noun"), LOCATION, SCORE
                continue
            # session 50: on the lower-cased development sets every such pair with an
            # everyday first word was a place (8 of 8: "signal dalen", "sage sund", "blind
            # heim"), so only an adjective of size, age or position there is still a flag
            # ("på gamle moen", "i store dalen")
            score = SCORE_FLAG if low in _NB_ADJECTIVES else SCORE
            yield m.start("word"), m.end("noun"), LOCATION, score


    def _pairs(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, a rejected one's word free to open the next ("opp på Sarvs fjellet":
        "opp" and "på" are both prepositions)."""
        pos = 0
        while (m := self.pair.search(text, pos)) is not None:
            yield m
            pos = m.start("word")

    def _middle_piece(self, mid: str, word: str, lower_line: bool) -> bool:
        """Session 40 (blind30 as development material: "fra Ring vass øya"): ASR splits a
        Norwegian place of three parts in three words. On a line with capitals, a
        capitalised first word and a lower-case middle part that is no function word, adverb
        or determiner ("til Kari sin gård", "i Oslo var øya", "i Bodø hele dalen") are one
        place with the noun. A verb form may be a part ("vass": wades)."""
        low = mid.lower()
        return (
            self.lang == "nb"
            and not lower_line
            and word[0].isupper()
            and low not in FUNCTION_WORDS
            and low not in _NOT_FIRST
            and low not in word_class_forms("nb", "adv")
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceNounPairRecognizer(lang)]
