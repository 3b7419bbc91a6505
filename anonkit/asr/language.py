"""Language choice restricted to the project's languages, shared by both backends.

Why not Whisper's own answer: with all 99 languages competing, base labels synthetic
Norwegian "Latin" (29 %) and gives Norwegian 0.04 %. A project says which languages its
interviews are in (default English and Norwegian), so we choose only among those:

1. Whisper's language-token probabilities, restricted to the allowed languages. When the best
   allowed language holds at least ``CONFIDENT`` of the *unrestricted* mass, it wins
   (renormalised over the allowed ones).
2. Otherwise Whisper is unsure: decode the first 30 s of speech once per allowed language
   (the backend supplies ``score_language``) and keep the language whose text the model finds
   most likely (mean token log-probability; a decode that yields nothing loses). The
   probability reported is a softmax over ``SCORE_SHARPNESS`` x those means: a heuristic
   confidence, not a calibrated probability.

Whisper's ``nn`` counts towards Bokmål (``no``) unless ``nn`` is allowed itself, since the
model confuses the two written standards. Codes in and out are anonkit's (``nb``); Whisper's
(``no``) are used only towards the model.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE
from anonkit.asr.options import from_whisper_language, to_whisper_language

#: Share of Whisper's language probability above which its own detection is trusted.
CONFIDENT = 0.5
#: Scale of the softmax that turns mean log-probabilities into a reported confidence.
SCORE_SHARPNESS = 10.0
#: Length of the speech window used to detect the language (Whisper's window).
DETECT_SECONDS = 30.0


def first_speech_window(audio: np.ndarray, vad: bool) -> np.ndarray:
    """30 s of audio starting at the first speech (skips a silent or noisy lead-in)."""
    start = 0
    if vad:
        from faster_whisper.vad import get_speech_timestamps

        speech = get_speech_timestamps(audio)
        if speech:
            start = int(speech[0]["start"])
    return audio[start : start + int(DETECT_SECONDS * SAMPLE_RATE)]


def restricted_language_probs(
    probs: Mapping[str, float], allowed: tuple[str, ...]
) -> dict[str, float]:
    """Whisper's probabilities restricted to ``allowed`` (Whisper codes as keys)."""
    wanted = [to_whisper_language(c) for c in allowed]
    scores: dict[str, float] = {}
    for code in dict.fromkeys(wanted):
        extra = probs.get("nn", 0.0) if code == "no" and "nn" not in wanted else 0.0
        scores[code] = probs.get(code, 0.0) + extra
    return scores


def choose_language(
    probs: Mapping[str, float],
    allowed: tuple[str, ...],
    score_language: Callable[[str], float],
) -> tuple[str, float]:
    """The two-step rule of the module docstring; returns (anonkit code, probability).

    ``probs`` are Whisper's unrestricted language probabilities (Whisper codes);
    ``score_language(whisper_code)`` is the mean token log-probability of a greedy decode of
    the detection window in that language (``-inf`` when it yields nothing).
    """
    scores = restricted_language_probs(probs, allowed)
    best = max(scores, key=scores.__getitem__)
    if scores[best] >= CONFIDENT or len(scores) == 1:
        total = sum(scores.values())
        return from_whisper_language(best), (scores[best] / total if total > 0 else 0.0)
    loglik = {code: score_language(code) for code in scores}
    best = max(loglik, key=loglik.__getitem__)
    finite = {c: v for c, v in loglik.items() if math.isfinite(v)}
    if not finite:
        return from_whisper_language(best), 0.0
    top = max(finite.values())
    weights = {c: math.exp(SCORE_SHARPNESS * (v - top)) for c, v in finite.items()}
    return from_whisper_language(best), weights[best] / sum(weights.values())
