"""The word that announces a car plate is no name (blind10 session).

Why: "reg" is a short form of Reginald in the first-name lists, and the NER model takes it
for a person or an organisation at the start of "reg was sierra tango six eight …" or in
"a silver corsa, reg l v one nine …". Right before a plate that the plate recognizer read,
the word is the cue ("reg", "registration", "plate"), not someone: the plate is replaced,
the cue stays. "Reg" anywhere else is left to the other rules ("Reg came round").
"""

from __future__ import annotations

import re

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import REPLACE, DetectedEntity
from anonkit.anonymize.recognizers.license_plate import PLATE_CUE

# What may stand between the cue and the plate: "was", "is", "number", an article ("his van
# was a one nine one, d, …"), a colon, a comma.
_CUE_GAP = re.compile(
    r"[\s,:]*(?:(?:was|is|were|number|no\.?|plate|it's|it’s|var|er|nummer|a|an|the)[\s,:]+)*",
    re.IGNORECASE,
)
_NAME_TYPES = frozenset({et.PERSON, et.ORGANIZATION, et.LOCATION})


def plate_cues_dropped(text: str, found: list[DetectedEntity]) -> list[DetectedEntity]:
    """``found`` without replaced names that are the cue word of a replaced plate after it."""
    plates = [d.start for d in found if d.type == et.LICENSE_PLATE and d.action == REPLACE]
    if not plates:
        return found
    return [
        d
        for d in found
        if not (
            d.action == REPLACE
            and d.type in _NAME_TYPES
            and PLATE_CUE.fullmatch(d.text) is not None
            and any(p >= d.end and _CUE_GAP.fullmatch(text, d.end, p) for p in plates)
        )
    ]
