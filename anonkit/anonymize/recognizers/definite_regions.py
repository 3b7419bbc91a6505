"""``from the falls``, ``down at the lizard``, ``in the borders`` → LOCATION (session 42).

Why: British and Irish speech names many regions and districts with ``the`` and a plural or an
everyday word (the Borders, the Falls, the Lizard, the Wolds, the Fens, the Mournes). With
capitals the place layers read them; on a line ASR wrote in lower case no rule took them, and
``i'm from the falls``, ``right down at the lizard``, ``in the borders with my aunt``,
``nobody from the wolds`` leaked whole (the lower-cased development sets).

The rule: a place preposition, ``the`` and one of a closed list of region names, not followed
by ``of`` (``the falls of Clyde`` is another name, ``the borders of the page`` no place).
Names that are no everyday word (wolds, fens, mournes, gorbals, lizard as a region is the one
exception: a reptile is no place one is from or down at) are replaced (0.6); names that are
everyday words (falls, borders, lakes, dales, valleys, glens, downs, levels) are shown
to the steward (0.3): ``in the lakes`` may be water. Where someone is from, they are the
region (``i'm from the falls``, the Belfast district: replaced). English only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line

SCORE = 0.6
SCORE_FLAG = 0.3
# Regions said with "the" whose name is no everyday word: replaced.
_NAMED = (
    "lizard|wolds|cotswolds|chilterns|fens|broads|mournes|sperrins|gorbals|mumbles|rhondda|"
    "burren|wirral|fylde|gower|weald|wash|potteries|quantocks|mendips|malverns|pennines|"
    "cheviots|campsies|ochils|pentlands|lammermuirs|trossachs|cairngorms|cuillin|mearns|"
    "machars|rhins|rinns|naze|bogside|shankill|liberties|calton|meadows|pleasance|"
    "black country|peak district|lake district|yorkshire dales|norfolk broads|"
    "scottish borders|welsh valleys|isle of wight"
)
# Regions whose name is also an everyday word: shown, never replaced.
_EVERYDAY = "falls|borders|lakes|dales|valleys|glens|downs|levels"
_REGION = re.compile(
    r"(?<![\w'’-])(?:in|from|at|to|near|round|around|through|across|up|down|over|into|"
    r"outta|out|off|past|by|of)\s+(?:the)\s+(?P<name>" + _NAMED + "|" + _EVERYDAY + r")"
    r"(?![\w'’-])(?!\s+of\b)",
    re.IGNORECASE,
)
_EVERYDAY_WORDS = frozenset(_EVERYDAY.split("|"))
# Where someone is from: there an everyday-word region is the region ("i'm from the falls").
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:i'm|i am|he's|she's|we're|they're|is|was|are|were|come|comes|came|originally)"
    r"|^) from the $",
    re.IGNORECASE,
)


class DefiniteRegionRecognizer(AnonkitRecognizer):
    """``from the falls`` → LOCATION (module docstring)."""

    ENTITIES = (LOCATION,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if " the " not in text.lower():
            return
        for m in _REGION.finditer(text):
            name = m.group("name")
            if not name[0].isupper() and not lower_case_line(text, m.start("name")):
                continue  # a lower-case word on a line with capitals is a word
            score = SCORE
            if name.lower() in _EVERYDAY_WORDS:
                origin = _ORIGIN_BEFORE.search(text, max(0, m.start() - 20), m.start("name"))
                score = SCORE if origin else SCORE_FLAG
            yield m.start("name"), m.end("name"), LOCATION, score


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [DefiniteRegionRecognizer(lang)] if lang == "en" else []
