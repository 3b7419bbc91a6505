"""A word in the shape of an Irish ``O'`` surname → PERSON (English; session 24, blind12 as
development material).

Why: on a line written in lower case ``mrs o'kane`` kept no capital for NER, and the parts
either side of the apostrophe are words (``o``; ``kane`` is a Bokmål noun, ``neill`` and
``dowd`` are rare words), so no list and no unknown-word rule took it: a silent leak. The
shape itself is the cue: ``o'`` (or ``o’``) and three letters or more is an Irish surname
(``o'dowd``, ``o'rourkes``), in any case. Not: ``o'clock``, ``o'er``, ``cup o' tea`` (no
letters after), ``jack-o'-lantern`` (a hyphen before), and a name before a street word
(``o'connell street``: the address layers' span). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set

SCORE = 0.6

O_SURNAME = re.compile(r"(?<![\w'’-])[Oo]['’](?P<rest>[^\W\d_]{3,})(?![\w'’-])")
NOT_SURNAMES = word_set("clock clocks")
_STREET_AFTER = re.compile(
    r" (?:street|st|road|rd|avenue|ave|square|park|place|terrace|bridge|lane|drive)\b",
    re.IGNORECASE,
)


class GaelicSurnameRecognizer(AnonkitRecognizer):
    """Irish ``O'`` surnames in any case (module docstring); English only."""

    ENTITIES = (PERSON,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en" or ("o'" not in text.lower() and "o’" not in text.lower()):
            return
        for m in O_SURNAME.finditer(text):
            if m.group("rest").lower() in NOT_SURNAMES or _STREET_AFTER.match(text, m.end()):
                continue
            yield m.start(), m.end(), PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [GaelicSurnameRecognizer(lang)] if lang == "en" else []
