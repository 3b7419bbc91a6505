"""A club named by a word and a club word after a cue of playing for or supporting it →
ORGANIZATION, on a lower-case line (English; lcen24).

Why: a local club says where someone grew up or lives, and many are named by a word and a
club word: ``Brechin City``, ``Treaty United``, ``Tarbert Rovers``. With capitals the
institution list or NER takes them; on a lower-case line the first word is an everyday word
or a place (``treaty``, ``brechin``) and the club word a word, so the club stayed in clear
text (blind11: "i played for brechin city", "a season-ticket holder at treaty united"), or
only its place was replaced and the club word was left beside the pseudonym.

The rule: right after ``played``/``play``/``plays``/``playing for``, ``support(s|ed)``,
``follow(s|ed)`` (session 28), ``a fan of``, ``a supporter of`` or ``a season(-)ticket
(holder) at``, one word that is no function word, no determiner and no kind of place
(``local``, ``home``), then a club word (``united``, ``city``, ``town``, ``rovers``,
``athletic``, ``wanderers``, ``albion``, ``county``, ``rangers``, ``celtic``, ``thistle``,
``harriers``, ``fc``, ``afc``; session 28: ``vale``, ``alexandra``, ``argyle``, ``orient``,
``villa``, ``academicals``, ``hotspur``, ``borough``): both words
are replaced as one organisation. Only on lines written in lower case (the truecaser may have
capitalised a known place in them: "Brechin city"); with capitals the lists decide.

Session 33 (lower-cased development sets: "we're forest green rovers fans"): the cue may also
come after the club, as its fans or supporters; then one or two words before a club word that
is no plain word (``rovers``, ``wanderers``, ``albion``, ``thistle``, ``harriers``, ``argyle``,
``academicals``, ``hotspur``) are its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_CLUB = re.compile(
    r"(?<![\w'’-])(?:(?:played|play|plays|playing)\s+for|supports?|supported|supporting|"
    # session 28: "he followed port vale"
    r"follow(?:s|ed|ing)?|"
    r"(?:a\s+)?(?:big\s+)?(?:fan|supporter)\s+of|season[- ]ticket(?:[- ]holder)?\s+at)\s+"
    r"(?P<club>(?P<name>[a-z][a-z'’-]+)\s+(?:united|city|town|rovers|athletic|wanderers|"
    r"albion|county|rangers|celtic|thistle|harriers|fc|afc|"
    # session 28: the other last words of British club names ("port vale", "crewe
    # alexandra", "plymouth argyle", "leyton orient", "aston villa")
    r"vale|alexandra|argyle|orient|villa|academicals|hotspur|borough))(?![\w'’-])",
    re.IGNORECASE,
)
# Session 33: a club named before its fans ("forest green rovers fans").
_CLUB_FANS = re.compile(
    r"(?<![\w'’-])(?P<club>(?P<name>(?:[a-z][a-z'’-]+\s+)?[a-z][a-z'’-]+)\s+(?:rovers|"
    r"wanderers|albion|thistle|harriers|argyle|academicals|hotspur))\s+(?:fans?|supporters?)"
    r"(?![\w'’-])"
)
# Words before a club's fans that say how keen they are, not whose.
_KEEN_WORDS = word_set(
    "big huge massive mad die-hard diehard lifelong true real proper loyal avid keen"
)
# Words before a club word that say what kind of side, not whose.
_KIND_WORDS = word_set("local home big small old new main national county city town school")


class NamedClubRecognizer(AnonkitRecognizer):
    """``i played for brechin city`` (module docstring); English."""

    ENTITIES = (ORGANIZATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        for m in _CLUB.finditer(text):
            name = m.group("name").lower()
            if name in FUNCTION_WORDS or name in _KIND_WORDS:
                continue
            if lower_case_line(text, m.start("club")):
                yield m.start("club"), m.end("club"), ORGANIZATION, SCORE
        for m in _CLUB_FANS.finditer(text):
            words = m.group("name").lower().split()
            while words and (words[0] in FUNCTION_WORDS or words[0] in _KEEN_WORDS):
                words.pop(0)
            if not words or words[-1] in _KIND_WORDS or not lower_case_line(text, m.start()):
                continue
            start = m.end("name") - len(" ".join(words))
            yield start, m.end("club"), ORGANIZATION, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedClubRecognizer(lang)] if lang == "en" else []
