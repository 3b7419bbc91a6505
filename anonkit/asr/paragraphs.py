"""Split one speaker's turn into paragraphs, so that a long monologue reads as text.

Why: with one speaker (or ``--speakers 1``) the whole recording is one turn, and a turn used
to be one line: an hour of speech as a single line of 10 000 words. Transcribers break a
turn where the speaker pauses to start a new thought; the signal we have for that is a
pause at a sentence end. The rules, checked between consecutive segments of the turn:

- a pause of ``PAUSE_S`` or more after a segment that ends a sentence starts a paragraph,
  once the paragraph has ``MIN_WORDS`` (a lone "Yes." after a long pause is not one);
- past ``SOFT_WORDS`` the next sentence end starts one, whatever the pause;
- past ``HARD_WORDS`` the next segment does (speech without punctuation, e.g. verbatim).

A pause *inside* a sentence (hesitation, searching for a word) never splits it. Breaks fall
only between Whisper segments, never inside one, so a paragraph's text is exactly its
segments' texts. Pauses are measured from the last word's end to the next first word's
start when word times exist (segment edges include Whisper's padding).

The thresholds were chosen on the bundled sample interview (48 s, 87 words, sentence-end
pauses 0.5-1.4 s: one paragraph, as it reads best) and on constructed monologues; real
interviews put 1.5-3 s between thoughts and 0.3-1 s between sentences of one thought.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from anonkit.asr.transcript import Segment

PAUSE_S = 1.5
MIN_WORDS = 12
SOFT_WORDS = 100
HARD_WORDS = 250

#: a sentence end: . ? ! … (or the Spanish-style ones), optionally closed by quotes/brackets
_SENTENCE_END = re.compile(r"[.?!…]['\"”’»)\]]*$")


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (``"sleep."``, ``"now?\\""``; not ``"e.g"``)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def _start(seg: Segment) -> float:
    return seg.words[0].start if seg.words else seg.start


def _end(seg: Segment) -> float:
    return seg.words[-1].end if seg.words else seg.end


def split_paragraphs(
    segments: Sequence[Segment],
    *,
    pause: float = PAUSE_S,
    min_words: int = MIN_WORDS,
    soft_words: int = SOFT_WORDS,
    hard_words: int = HARD_WORDS,
) -> list[list[Segment]]:
    """The segments of one turn grouped into paragraphs (in order, none empty)."""
    paragraphs: list[list[Segment]] = []
    current: list[Segment] = []
    words = 0
    for seg in segments:
        if current:
            prev = current[-1]
            at_end = ends_sentence(prev.text)
            paused = _start(seg) - _end(prev) >= pause and words >= min_words
            if (at_end and (paused or words >= soft_words)) or words >= hard_words:
                paragraphs.append(current)
                current, words = [], 0
        current.append(seg)
        words += len(seg.text.split())
    if current:
        paragraphs.append(current)
    return paragraphs
