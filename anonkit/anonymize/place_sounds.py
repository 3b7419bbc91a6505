"""Which listed one-word place two English words *sound* like (issue 10, item 4; session 37).

Why: :mod:`.split_places` joins a place name ASR split in two when the halves, written
together, *spell* a listed place (``Horn Castle``). ASR writes what it hears, though, and a
split name is spelt as the sounds of its halves: ``Mork um`` (Morecambe), ``pull helly``
(Pwllheli), ``coom bran`` (Cwmbran), ``dun lairy`` (Dún Laoghaire as Dunleary). Joined, such a
pair sounds like the place but is spelt otherwise, and both halves stayed in clear text.

The key is Metaphone (the ``jellyfish`` library; written for English spelling, so English
only) with three folds that ASR spellings need: ``mb`` read as ``m`` (``comb``/``combe``),
``y`` dropped (``helly``/``heli``) and a doubled sound written once. A key of four sounds or
more, and a length within three letters of the place, keep short words from matching by
chance; the caller asks only after a place preposition and with no stop word in the pair.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import jellyfish

from anonkit.anonymize.folded_places import fold
from anonkit.anonymize.places import places_lower, uk_postal_places_lower, uk_towns, uk_villages

_MIN_SOUNDS = 4
_MIN_SOUNDS_POSTAL = 6
_MIN_PLACE = 6
_MAX_LENGTH_GAP = 3
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 14)
def sound_key(word: str) -> str:
    """``word``'s Metaphone key with the ASR folds (``morkum`` and ``morecambe``: ``MRKM``)."""
    key = jellyfish.metaphone(fold(word)).replace("MB", "M").replace("Y", "")
    return _DOUBLED.sub(r"\1", key)


@cache
def _place_sounds() -> dict[str, tuple[str, ...]]:
    """Sound key → listed one-word places of six letters or more with that key."""
    out: dict[str, list[str]] = {}
    # The postal places (session 38, ``places.uk_postal_places``) only with a long key:
    # sixteen thousand more short keys gave everyday pairs a place to sound like ("big house"
    # → Bighouse, "mork um" → Margam); "theddle thorp" → Theddlethorpe has six sounds.
    postal = uk_postal_places_lower()
    for place in places_lower() | {p.lower() for p in uk_towns() | uk_villages()} | postal:
        if " " in place or "-" in place or len(place) < _MIN_PLACE:
            continue
        key = sound_key(place)
        if len(key) >= (_MIN_SOUNDS_POSTAL if place in postal else _MIN_SOUNDS):
            out.setdefault(key, []).append(place)
    return {key: tuple(sorted(found)) for key, found in out.items()}


def place_sounding_like(words: str) -> str | None:
    """The listed place ``words`` (the halves written together) sound like, or None."""
    joined = words.replace(" ", "")
    candidates = _place_sounds().get(sound_key(joined), ())
    near = [p for p in candidates if abs(len(p) - len(joined)) <= _MAX_LENGTH_GAP]
    if not near:
        return None
    # An English speaker's split place is most likely a British or Irish one (Morecambe, not
    # Marugame): those first, then the nearest in length.
    return min(near, key=lambda p: (p not in _uk_places(), abs(len(p) - len(joined)), p))


@cache
def _uk_places() -> frozenset[str]:
    return frozenset(p.lower() for p in uk_towns() | uk_villages())
