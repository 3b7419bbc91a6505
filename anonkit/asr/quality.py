"""Loop guard: flag segments where Whisper got stuck repeating itself.

Why after the fact as well: the decoder-side guards (compression-ratio and no-speech
thresholds, ``condition_on_previous_text=False``) stop most loops, but short loops ("and then,
and then, and then, ...") compress too little to trip the ratio. A reviewer must see them, so
we *flag* such segments (``Segment.flags``) rather than silently deleting speech; a segment that
merely repeats the previous segment's text verbatim for the third time in a row is flagged too.

Prompt echo: with an initial prompt (``--verbatim``), Whisper sometimes copies the prompt into
the transcript when the audio is hard to understand (measured on synthetic Norwegian, see
docs/models.md); a segment that contains ``PROMPT_ECHO_WORDS`` consecutive words of the
prompt is flagged ``prompt-echo``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from anonkit.asr.transcript import Segment

_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)

FLAG_REPETITION = "repetition"
FLAG_REPEATED_SEGMENT = "repeated-segment"
FLAG_PROMPT_ECHO = "prompt-echo"


def max_ngram_run(text: str, max_n: int = 8, min_n: int = 1) -> int:
    """Longest run of one n-gram (n = 1..max_n words) repeated back to back in ``text``.

    ``"yes yes yes"`` -> 3; ``"I think I think I think so"`` -> 3; normal prose -> 1.
    """
    words = _words(text)
    best = 1 if words else 0
    for n in range(min_n, max_n + 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            run, j = 1, i + n
            while words[j : j + n] == gram:
                run += 1
                j += n
            best = max(best, run)
    return best


def is_looping(text: str, repetition_max: int = 4) -> bool:
    """A word or word pair repeated more than ``repetition_max`` times in a row ("no no no
    no no"), or a phrase of 3+ words said three times in a row: people repeat single words
    when they hesitate, but rarely whole phrases three times."""
    return max_ngram_run(text, max_n=2) > repetition_max or max_ngram_run(text, min_n=3) >= 3


#: Consecutive prompt words in a segment that count as the prompt being echoed.
PROMPT_ECHO_WORDS = 4


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def echoes_prompt(text: str, prompt: str, min_words: int = PROMPT_ECHO_WORDS) -> bool:
    """True when ``text`` contains ``min_words`` consecutive words of ``prompt``."""
    p, t = _words(prompt), _words(text)
    grams = {tuple(p[i : i + min_words]) for i in range(len(p) - min_words + 1)}
    return any(tuple(t[i : i + min_words]) in grams for i in range(len(t) - min_words + 1))


def flag_loops(
    segments: Iterable[Segment], repetition_max: int = 4, prompt: str | None = None
) -> Iterator[Segment]:
    """Yield the segments with loop flags: an n-gram repeated more than ``repetition_max``
    times in a row, a segment text repeated three times in a row, or (when ``prompt`` is
    given) an echo of the initial prompt."""
    previous: list[str] = []
    for seg in segments:
        flags = list(seg.flags)
        if prompt and echoes_prompt(seg.text, prompt) and FLAG_PROMPT_ECHO not in flags:
            flags.append(FLAG_PROMPT_ECHO)
        if is_looping(seg.text, repetition_max) and FLAG_REPETITION not in flags:
            flags.append(FLAG_REPETITION)
        norm = " ".join(_WORD.findall(seg.text.lower()))
        if norm and len(previous) >= 2 and previous[-1] == norm and previous[-2] == norm:
            flags.append(FLAG_REPEATED_SEGMENT)
        previous.append(norm)
        yield replace(seg, flags=tuple(flags)) if flags != list(seg.flags) else seg
