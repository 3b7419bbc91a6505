"""Loop guard: flag segments where Whisper got stuck repeating itself.

Why after the fact as well: the decoder-side guards (compression-ratio and no-speech
thresholds, ``condition_on_previous_text=False``) stop most loops, but short loops ("and then,
and then, and then, ...") compress too little to trip the ratio. A reviewer must see them, so
we *flag* such segments (``Segment.flags``) rather than silently deleting speech; a segment that
merely repeats the previous segment's text verbatim for the third time in a row is flagged too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from anonkit.asr.transcript import Segment

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)

FLAG_REPETITION = "repetition"
FLAG_REPEATED_SEGMENT = "repeated-segment"


def max_ngram_run(text: str, max_n: int = 4) -> int:
    """Longest run of one n-gram (n = 1..max_n) repeated back to back in ``text``.

    ``"yes yes yes"`` -> 3; ``"I think I think I think so"`` -> 3; normal prose -> 1.
    """
    words = [w.lower() for w in _WORD.findall(text)]
    best = 1 if words else 0
    for n in range(1, max_n + 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            run, j = 1, i + n
            while words[j : j + n] == gram:
                run += 1
                j += n
            best = max(best, run)
    return best


def flag_loops(segments: Iterable[Segment], repetition_max: int = 4) -> Iterator[Segment]:
    """Yield the segments, adding loop flags where a repetition exceeds ``repetition_max``."""
    previous: list[str] = []
    for seg in segments:
        flags = list(seg.flags)
        if max_ngram_run(seg.text) > repetition_max and FLAG_REPETITION not in flags:
            flags.append(FLAG_REPETITION)
        norm = " ".join(_WORD.findall(seg.text.lower()))
        if norm and len(previous) >= 2 and previous[-1] == norm and previous[-2] == norm:
            flags.append(FLAG_REPEATED_SEGMENT)
        previous.append(norm)
        yield replace(seg, flags=tuple(flags)) if flags != list(seg.flags) else seg
