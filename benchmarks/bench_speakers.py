"""Speaker-turn benchmark: speaker count and turn accuracy on 2-, 3- and 4-voice clips.

For each clip (``tests/data/{two,three,four}_voices``; espeak-ng voices, see
``scripts/make_test_audio.py``) and each condition (clean, and white noise at ``--snr`` dB),
embed once with anonkit's numpy encoder, then report:

* ``count_auto``: the number of voices ``--speakers auto`` finds (target: the true count);
* ``turn_accuracy_auto`` / ``turn_accuracy_given``: share of reference turns whose majority
  label matches the reference speaker under the best one-to-one mapping
  (``anonkit.asr.speaker_eval.turn_accuracy``; target >= 0.9), with the count estimated or
  given as ``--speakers N``;
* ``bic_margin``: the Ward merge heights (whitened space) over the threshold, largest first:
  the first ``count - 1`` must be >= 1 and the next < 1; how far they are from 1 is the margin;
* ``embed_cpu_s``: CPU seconds for the embeddings (VAD, mel, LSTM).

Reference turn times: from the clip's JSON (start/end written when it was generated), or,
for ``two_voices`` (whose JSON predates that), from the 0.7 s silences between turns.

Usage::

    .venv/bin/python benchmarks/bench_speakers.py [--snr 20] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CLIPS = ("two_voices.wav", "three_voices.flac", "four_voices.flac")


def reference(clip: Path, audio: np.ndarray) -> tuple[list[tuple[float, float]], list[str]]:
    from anonkit.asr.speaker_eval import split_on_silence

    turns = json.loads(clip.with_suffix(".json").read_text())
    speakers = [t["speaker"] for t in turns]
    if "start" in turns[0]:
        return [(t["start"], t["end"]) for t in turns], speakers
    spans = split_on_silence(audio, 16_000, min_gap_s=0.6)
    if len(spans) != len(turns):
        raise SystemExit(f"{clip.name}: {len(spans)} silences for {len(turns)} turns")
    return spans, speakers


def bic_margins(embeddings: np.ndarray, windows: list[tuple[float, float]]) -> list[float]:
    from scipy.cluster.hierarchy import linkage

    from anonkit.asr.speaker_clusters import _within_speaker_whitening

    x = _within_speaker_whitening(embeddings, windows)
    if x is None:
        return []
    n, d = x.shape
    heights = linkage(x, method="ward")[:, 2][::-1][:6]
    return [round(float(h / np.sqrt(2 * d * np.log(n))), 3) for h in heights]


def measure(clip: Path, snr_db: float | None) -> dict[str, Any]:
    from anonkit.asr import speakers as sp
    from anonkit.asr.audio import decode_audio
    from anonkit.asr.speaker_eval import turn_accuracy

    audio = decode_audio(clip)
    spans, refs = reference(clip, audio)
    if snr_db is not None:
        rng = np.random.default_rng(0)
        power = float(np.mean(audio[np.abs(audio) > 1e-3] ** 2))
        noise = rng.normal(scale=np.sqrt(power / 10 ** (snr_db / 10)), size=len(audio))
        audio = (audio + noise).astype(np.float32)
    cpu = time.process_time()
    emb, windows, regions = sp.window_embeddings(audio, 16_000)
    cpu = time.process_time() - cpu
    auto = sp.turns_from_embeddings(emb, windows, regions, "auto")
    true_k = len(set(refs))
    given = sp.turns_from_embeddings(emb, windows, regions, true_k)
    return {
        "clip": clip.name,
        "condition": "clean" if snr_db is None else f"white noise {snr_db:g} dB SNR",
        "audio_s": round(len(audio) / 16_000, 1),
        "turns": len(refs),
        "true_count": true_k,
        "count_auto": len({t.speaker for t in auto}),
        "turn_accuracy_auto": round(turn_accuracy(spans, refs, auto), 3),
        "turn_accuracy_given": round(turn_accuracy(spans, refs, given), 3),
        "windows": len(emb),
        "bic_margin": bic_margins(emb, windows),
        "embed_cpu_s": round(cpu, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snr", type=float, default=20.0,
                        help="also run with white noise at this SNR (dB); 0 disables")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    rows = []
    for name in CLIPS:
        for snr in (None, args.snr or None):
            if snr is None and rows and rows[-1]["clip"] == name:
                continue
            row = measure(DATA / name, snr)
            print(f"{row['clip']:18s} {row['condition']:24s} count {row['count_auto']}/"
                  f"{row['true_count']} acc auto {row['turn_accuracy_auto']:.2f} given "
                  f"{row['turn_accuracy_given']:.2f} margins {row['bic_margin']}",
                  file=sys.stderr, flush=True)
            rows.append(row)
    result = {
        "benchmark": "bench_speakers",
        "started_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
        "rows": rows,
        "all_counts_right": all(r["count_auto"] == r["true_count"] for r in rows),
        "min_turn_accuracy_auto": min(r["turn_accuracy_auto"] for r in rows),
    }
    text = json.dumps(result, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
