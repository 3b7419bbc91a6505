"""A Norwegian name opened by an old directional adjective → LOCATION or ORGANIZATION
(session 44).

Why: ``nordre``, ``søndre``, ``vestre``, ``østre``, ``øvre``, ``nedre``, ``indre``, ``ytre``
and ``midtre`` live on in names only (``Nordre Land``, ``Øvre Eiker``, ``Ytre Enebakk``,
``Vestre Viken``, ``Nedre Berg``); speech says ``den nordlige delen``, ``øverst``, ``lenger
inne`` for the plain sense. On a line ASR wrote in lower case, a name of this shape that no
list holds (a farm, a district, a health trust: ``innlagt på nordre helse``, ``bur på nedre
rud``) was only flagged or not seen (names_stress.py: the Norwegian organisation cells of
this shape were flagged, never replaced).

The rule: after a place preposition (``på``, ``i``, ``ved``, ``fra``, ``frå``, ``til``,
``hos``, ``for``, ``mot``), the adjective and one word that is no function word and no noun
of a part (``del``, ``side``, ``ende``, ``halvdel``, ``kant``: ``i nedre del av magen``) →
replaced, as an organisation when the word is a service or trade noun (``helse``,
``omsorg``, ``psykiatri``, ``kraft``, ``bygg`` …), else as a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.6
_NAMED = re.compile(
    r"(?<![\w'’-])(?:på|i|ved|fra|frå|til|hos|for|mot|innom|utenfor|utanfor) "
    r"(?P<name>(?:nordre|søndre|sondre|vestre|østre|øvre|nedre|indre|ytre|midtre) "
    r"(?P<word>[^\W\d_][\w'’-]*))(?![\w'’-])",
    re.IGNORECASE,
)
_PARTS = word_set(
    "del delen deler delene side sida siden sider ende enden halvdel halvdelen kant kanten "
    "hjørne hjørnet etasje etasjen rad raden felt feltet område området"
)
_SERVICES = word_set(
    """
    helse omsorg psykiatri behandling rehabilitering kraft bygg rør transport elektro maling
    bakeri eiendom data vekst energi regnskap sparebank idrett idrettslag ballklubb skiklubb
    turn ski dps klinikk sykehus sjukehus
    """
)


class DirectionalNameRecognizer(AnonkitRecognizer):
    """``på nordre helse``, ``bur på nedre rud`` → a name (module docstring)."""

    ENTITIES = (LOCATION, ORGANIZATION)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb" or "re " not in text.lower():
            return
        for m in _NAMED.finditer(text):
            word = m.group("word").lower()
            if word in FUNCTION_WORDS or word in _PARTS or not lower_case_line(text, m.end()):
                continue
            kind = ORGANIZATION if word in _SERVICES else LOCATION
            yield m.start("name"), m.end("name"), kind, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [DirectionalNameRecognizer(lang)] if lang == "nb" else []
