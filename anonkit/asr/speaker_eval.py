"""Measuring speaker turns against a reference: shared by tests and benchmarks.

Why separate from ``anonkit.asr.speakers``: none of it runs when a user transcribes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from anonkit.asr.speakers import FRAME_S, SAMPLE_RATE, SpeakerTurn, _as_mono_16k

__all__ = ["split_on_silence", "turn_accuracy", "turn_labels"]


def split_on_silence(
    audio: np.ndarray, sample_rate: int, min_gap_s: float = 0.6, threshold: float = 1e-3
) -> list[tuple[float, float]]:
    """Stretches of sound separated by at least ``min_gap_s`` of near-silence (10 ms RMS below
    ``threshold``).

    Why here: the test clips are synthetic and their turns are separated by 0.7 s of digital
    silence, so this recovers the reference turn times exactly; the tests and
    ``scripts/measure_speakers.py`` share it so both measure the same way. Not a VAD for
    real recordings.
    """
    x = _as_mono_16k(audio, sample_rate)
    hop = round(SAMPLE_RATE * FRAME_S)
    n = len(x) // hop
    if n == 0:
        return []
    rms = np.sqrt((x[: n * hop].reshape(n, hop) ** 2).mean(1))
    loud = np.flatnonzero(rms > threshold)
    if not len(loud):
        return []
    out: list[tuple[float, float]] = []
    start = prev = int(loud[0])
    for i in loud[1:]:
        if (i - prev - 1) * FRAME_S >= min_gap_s:
            out.append((start * FRAME_S, (prev + 1) * FRAME_S))
            start = int(i)
        prev = int(i)
    out.append((start * FRAME_S, (prev + 1) * FRAME_S))
    return [(round(s, 3), round(e, 3)) for s, e in out]


def turn_labels(
    gold: Sequence[tuple[float, float]], turns: Sequence[SpeakerTurn]
) -> list[str | None]:
    """For each reference span, the predicted speaker covering most of it (None if none)."""
    out: list[str | None] = []
    for s, e in gold:
        overlap: dict[str, float] = {}
        for t in turns:
            o = min(e, t.end) - max(s, t.start)
            if o > 0:
                overlap[t.speaker] = overlap.get(t.speaker, 0.0) + o
        out.append(max(overlap, key=overlap.__getitem__) if overlap else None)
    return out


def turn_accuracy(
    gold: Sequence[tuple[float, float]],
    gold_speakers: Sequence[str],
    turns: Sequence[SpeakerTurn],
) -> float:
    """Fraction of reference turns whose majority predicted label matches the reference
    speaker under the best one-to-one mapping of reference to predicted labels."""
    from itertools import permutations

    predicted = turn_labels(gold, turns)
    refs = sorted(set(gold_speakers))
    names = sorted(
        {p for p in predicted if p is not None} | {f"S{i + 1}" for i in range(len(refs))}
    )
    best = 0
    for perm in permutations(names, len(refs)):
        mapping = dict(zip(refs, perm, strict=True))
        hits = sum(mapping[g] == p for g, p in zip(gold_speakers, predicted, strict=True))
        best = max(best, hits)
    return best / len(gold) if gold else 1.0
