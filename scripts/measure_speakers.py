"""Measure anonkit's offline speaker turns and print the numbers as JSON.

    .venv/bin/python scripts/measure_speakers.py > speakers.json

What it measures (the numbers in docs/speakers.md come from this script):

* turn accuracy on ``tests/data/two_voices.wav`` (10 alternating turns, voices A/B): the
  fraction of reference turns whose majority predicted label matches the reference speaker
  under the best label mapping, plus the time-weighted accuracy and the number of turns found;
* for anonkit's method (windows inside VAD speech regions, ``anonkit.asr.speakers``) and for
  the plain approach the issue describes (``embed_utterance(return_partials=True)`` windows over
  the whole timeline, each labelled by its centre), each with Ward and with cosine + average
  linkage;
* under three conditions: the clip as is; the pauses between turns cut to 0.1 s (turns butt
  against each other, as in lively talk); white noise at 10 dB SNR; and, where espeak-ng is
  installed, the same script re-spoken (in memory) with voice A against closer voices;
* the cosine distance between the two cluster centroids on one-voice clips and on the
  two-voice clip, which ``num_speakers="auto"`` thresholds;
* compute time per minute of audio (encoder already loaded) and the encoder's load time.

Reference turn times come from the silence between turns (``split_on_silence``): the clip's
turns are separated by 0.7 s of digital silence.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonkit.asr import speaker_eval as se  # noqa: E402
from anonkit.asr import speakers as sp  # noqa: E402

DATA = ROOT / "tests" / "data"
SR = sp.SAMPLE_RATE


def load_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return pcm.astype(np.float32) / 32768.0


def close_pauses(
    audio: np.ndarray, spans: list[tuple[float, float]], gap_s: float
) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """The same turns with ``gap_s`` of silence between them, and their new times."""
    pieces, new_spans, t = [], [], 0.0
    gap = np.zeros(round(gap_s * SR), np.float32)
    for s, e in spans:
        piece = audio[round(s * SR) : round(e * SR)]
        pieces += [piece, gap]
        new_spans.append((round(t, 3), round(t + len(piece) / SR, 3)))
        t += (len(piece) + len(gap)) / SR
    return np.concatenate(pieces), new_spans


def add_noise(audio: np.ndarray, snr_db: float, seed: int = 0) -> np.ndarray:
    """White noise at ``snr_db`` relative to the power of the speech (non-silent) samples."""
    speech = audio[np.abs(audio) > 1e-3]
    power = float(np.mean(speech**2)) / (10 ** (snr_db / 10))
    noise = np.random.default_rng(seed).normal(0.0, np.sqrt(power), len(audio))
    return (audio + noise).astype(np.float32)


def time_accuracy(
    spans: list[tuple[float, float]], refs: list[str], turns: list[sp.SpeakerTurn]
) -> float:
    """Fraction of reference speech time labelled with the right speaker (best mapping)."""
    from itertools import permutations

    names = sorted({t.speaker for t in turns} | {"S1", "S2"})
    total = sum(e - s for s, e in spans)
    best = 0.0
    for perm in permutations(names, 2):
        mapping = dict(zip(sorted(set(refs)), perm, strict=True))
        right = sum(
            max(0.0, min(e, t.end) - max(s, t.start))
            for (s, e), r in zip(spans, refs, strict=True)
            for t in turns
            if t.speaker == mapping[r]
        )
        best = max(best, right / total)
    return best


def timeline_partials(audio: np.ndarray) -> tuple[np.ndarray, list[float]]:
    """The baseline from the issue: 1.6 s windows every 0.5 s over the whole timeline (pauses
    included) via ``embed_utterance(return_partials=True)``; returns embeddings and centres."""
    _, partials, slices = sp.get_encoder().embed_utterance(audio, return_partials=True, rate=2.0)
    return partials, [(sl.start + sl.stop) / 2 / SR for sl in slices]


def timeline_turns(
    partials: np.ndarray, centres: list[float], method: sp.Linkage
) -> list[sp.SpeakerTurn]:
    """Each baseline window labels the 0.5 s around its centre (no VAD, no smoothing)."""
    labels = sp.cluster_windows(partials, 2, method)
    return [
        sp.SpeakerTurn(c - 0.25, c + 0.25, f"S{label + 1}")
        for label, c in zip(labels, centres, strict=True)
    ]


def evaluate(
    audio: np.ndarray, spans: list[tuple[float, float]], refs: list[str]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    embeddings, windows, regions = sp.window_embeddings(audio)
    partials, centres = timeline_partials(audio)
    for method in ("ward", "average"):
        turns = sp.turns_from_embeddings(embeddings, windows, regions, 2, method=method)
        labels = sp.cluster_windows(embeddings, 2, method)
        out[f"regions_{method}"] = {
            "turn_accuracy": se.turn_accuracy(spans, refs, turns),
            "time_accuracy": round(time_accuracy(spans, refs, turns), 4),
            "turns_found": len(turns),
            "centroid_distance": round(sp.centroid_distance(embeddings, labels), 4),
        }
        tl_turns = timeline_turns(partials, centres, method)
        out[f"timeline_{method}"] = {
            "turn_accuracy": se.turn_accuracy(spans, refs, tl_turns),
            "time_accuracy": round(time_accuracy(spans, refs, tl_turns), 4),
        }
    auto = sp.turns_from_embeddings(embeddings, windows, regions, "auto")
    out["auto_speakers"] = len({t.speaker for t in auto})
    out["auto_merge_ratio"] = round(sp.second_speaker_evidence(embeddings)[1], 3)
    return out


def espeak(text: str, voice: str, speed: str, pitch: str) -> np.ndarray:
    """Speak ``text`` with espeak-ng into memory (no temporary file), 16 kHz float32."""
    import io

    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", speed, "-p", pitch, "--stdout", text],
        capture_output=True,
        check=True,
    ).stdout
    with wave.open(io.BytesIO(wav)) as w:
        rate = w.getframerate()
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    return sp._as_mono_16k(pcm, rate)


def espeak_interview(
    texts: list[str], refs: list[str], voices: dict[str, tuple[str, str, str]]
) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """The two_voices script re-spoken with other voices, 0.7 s pauses, and its turn times."""
    parts, spans, t = [], [], 0.0
    gap = np.zeros(round(0.7 * SR), np.float32)
    for text, ref in zip(texts, refs, strict=True):
        x = espeak(text, *voices[ref])
        parts += [x, gap]
        spans.append((round(t, 3), round(t + len(x) / SR, 3)))
        t += (len(x) + len(gap)) / SR
    return np.concatenate(parts), spans


def one_voice(audio: np.ndarray) -> dict[str, Any]:
    embeddings, _, _ = sp.window_embeddings(audio)
    labels = sp.cluster_windows(embeddings, 2)
    auto = sp.diarize(audio, SR, "auto")
    return {
        "seconds": round(len(audio) / SR, 2),
        "windows": len(embeddings),
        "centroid_distance": round(sp.centroid_distance(embeddings, labels), 4),
        "merge_ratio": round(sp.second_speaker_evidence(embeddings)[1], 3),
        "auto_speakers": len({t.speaker for t in auto}),
    }


def main() -> int:
    import torch

    torch.set_num_threads(sp.TORCH_THREADS)
    t0 = time.perf_counter()
    sp.get_encoder()
    load_s = time.perf_counter() - t0

    audio = load_wav(DATA / "two_voices.wav")
    spans = se.split_on_silence(audio, SR, min_gap_s=0.6)
    refs = [t["speaker"] for t in json.loads((DATA / "two_voices.json").read_text())]
    assert len(spans) == len(refs), (spans, refs)

    sp.diarize(audio[: 5 * SR], SR, 2)  # warm-up: librosa/numba compile on first use
    long = np.tile(audio, 6)  # 4.8 minutes: long enough that per-call overheads vanish
    t0, c0 = time.perf_counter(), time.process_time()
    long_turns = sp.diarize(long, SR, 2)
    minutes = len(long) / SR / 60
    per_min = (time.perf_counter() - t0) / minutes
    cpu_per_min = (time.process_time() - c0) / minutes

    butted, butted_spans = close_pauses(audio, spans, 0.1)
    conditions = {
        "clean": evaluate(audio, spans, refs),
        "pauses_0.1s": evaluate(butted, butted_spans, refs),
        "noise_10dB": evaluate(add_noise(audio, 10.0), spans, refs),
    }
    # Harder pairs: voice A against other espeak voices (same synthesiser, closer timbre).
    texts = [t["text"] for t in json.loads((DATA / "two_voices.json").read_text())]
    voice_a = ("en-gb", "110", "40")
    pairs = {
        "A_vs_en-us+m1": ("en-us+m1", "150", "50"),
        "A_vs_en-us_male": ("en-us", "150", "50"),
        "A_vs_en-gb_pitch60": ("en-gb", "130", "60"),
        "A_vs_A_same_voice": voice_a,
    }
    if shutil.which("espeak-ng"):
        for name, voice_b in pairs.items():
            x, x_spans = espeak_interview(texts, refs, {"A": voice_a, "B": voice_b})
            conditions[name] = evaluate(x, x_spans, refs)

    en = load_wav(DATA / "en_short.wav")
    only_a = np.concatenate(
        [
            audio[round(s * SR) : round(e * SR)]
            for (s, e), r in zip(spans, refs, strict=True)
            if r == "A"
        ]
    )
    only_b = np.concatenate(
        [
            audio[round(s * SR) : round(e * SR)]
            for (s, e), r in zip(spans, refs, strict=True)
            if r == "B"
        ]
    )
    single = {
        "en_short": one_voice(en),
        "nb_short": one_voice(load_wav(DATA / "nb_short.wav")),
        "en_short_x4": one_voice(np.tile(en, 4)),
        "two_voices_A_only": one_voice(only_a),
        "two_voices_B_only": one_voice(only_b),
    }
    result = {
        "clip": "tests/data/two_voices.wav",
        "audio_seconds": round(len(audio) / SR, 2),
        "parameters": {
            "window_s": sp.WINDOW_S,
            "step_s": sp.STEP_S,
            "vad_mode": sp.VAD_MODE,
            "merge_gap_s": sp.MERGE_GAP_S,
            "min_turn_s": sp.MIN_TURN_S,
            "auto_distance_threshold": sp.AUTO_DISTANCE_THRESHOLD,
            "auto_merge_ratio": sp.AUTO_MERGE_RATIO,
            "torch_threads": sp.TORCH_THREADS,
        },
        "two_voices": conditions,
        "one_voice": single,
        "encoder_load_s": round(load_s, 2),
        "timing_clip_minutes": round(minutes, 2),
        "timing_clip_turns_found": len(long_turns),
        "diarize_wall_s_per_audio_min": round(per_min, 2),
        "diarize_cpu_s_per_audio_min": round(cpu_per_min, 2),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
