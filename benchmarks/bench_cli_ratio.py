"""Whole runs, as a user pays for them: ``anonkit transcribe`` against openai-whisper with its
command-line defaults on the same file, in paired runs.

Why a second ASR benchmark: ``bench_asr.py`` compares the two *engines* inside one Python
process after loading and warming up. A user pays for everything: interpreter start,
imports, model load, decoding the file, language detection, VAD, speaker turns, writing the
output. Issue 13 measures exactly this (3.2× on an 85 s file, paired runs, 2 cores; target
≥ 4×), so this script does too.

Pairing: each round runs both commands back to back, alternating who goes first, and the
ratio is taken within the round; on a shared machine the neighbours' load then hits both
sides of one ratio alike. The median of the rounds' ratios is the figure.

The openai-whisper side is a fresh ``python -c`` that imports ``whisper``, loads the model
and calls ``whisper.transcribe`` with the ``whisper`` command's defaults (beam 5, best-of 5,
temperature fallback, condition on previous text, fp32), then writes the text. Not the
``whisper`` command itself: it needs the ``ffmpeg`` program to read any file, which this
machine (and anonkit, which decodes with PyAV) does not have, and it exits 0 having skipped
the file. Audio is decoded with PyAV (``faster_whisper.decode_audio``) on that side.

Both use the same weights (``models/whisper/<model>/openai.pt`` is the converted copy of the
CTranslate2 model, see ``anonkit.asr.convert_ct2``), each its own defaults otherwise:
openai-whisper beam 5, best-of 5, temperature fallback, float32 on CPU; anonkit faster-whisper
int8, beam 5, Silero VAD, word timestamps, speaker turns ``auto``. ``--language`` is given to
both or to neither.

Usage::

    .venv/bin/python benchmarks/bench_cli_ratio.py CLIP [--model base] [--rounds 3]
        [--language en] [--speakers auto] [--threads 2]

Prints one JSON object: ``{"clip", "audio_s", "rounds": [{"anonkit_s", "whisper_s",
"ratio", "first", "load_before"}], "median_ratio", ...}``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_asr import timed_child

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall s, CPU s and peak RSS MiB of one command in a fresh process."""
    wall, usage = timed_child(cmd, env)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def commands(clip: Path, model: str, language: str | None, speakers: str, threads: int,
             out: Path) -> dict[str, list[str]]:
    weights = ROOT / "models" / "whisper" / model / "openai.pt"
    if not weights.is_file():
        raise SystemExit(f"{weights} is missing: run `anonkit transcribe --backend openai "
                         f"--model {model}` once to convert it")
    lang = ["--language", language] if language else []
    return {
        "anonkit": [str(BIN / "anonkit"), "transcribe", str(clip), "--model", model,
                    "--speakers", speakers, "--threads", str(threads), "-q",
                    "-o", str(out / "anonkit.txt"), *lang],
        "whisper": [sys.executable, "-c", WHISPER_RUN, str(clip), str(weights),
                    language or "", str(threads), str(out / "whisper.txt")],
    }


#: openai-whisper as its command runs it (whisper/transcribe.py ``cli()`` defaults).
WHISPER_RUN = """
import sys, torch, whisper
from faster_whisper import decode_audio
clip, weights, language, threads, out = sys.argv[1:]
torch.set_num_threads(int(threads))
model = whisper.load_model(weights, device="cpu")
result = whisper.transcribe(model, decode_audio(clip), language=language or None,
                            beam_size=5, best_of=5, fp16=False,
                            temperature=(0.0, 0.2, 0.4, 0.6, 0.8, 1.0))
open(out, "w", encoding="utf-8").write(result["text"])
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clip", type=Path)
    parser.add_argument("--model", default="base")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--language", default=None)
    parser.add_argument("--speakers", default="auto")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)

    import soundfile

    audio_s = soundfile.info(str(args.clip)).duration
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads))
    rounds: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        cmds = commands(args.clip, args.model, args.language, args.speakers, args.threads,
                        Path(tmp))
        for r in range(args.rounds):
            order = ["anonkit", "whisper"] if r % 2 == 0 else ["whisper", "anonkit"]
            row: dict[str, Any] = {"first": order[0], "load_before": os.getloadavg()[0]}
            for name in order:
                wall, cpu, rss = _timed(cmds[name], env)
                words = len((Path(tmp) / f"{name}.txt").read_text("utf-8").split())
                if words == 0:
                    raise SystemExit(f"{name} wrote no words: not a transcription to time")
                row[f"{name}_words"] = words
                row |= {f"{name}_s": round(wall, 2), f"{name}_cpu_s": round(cpu, 2),
                        f"{name}_rss_mib": round(rss, 1)}
            row["ratio"] = round(row["whisper_s"] / row["anonkit_s"], 2)
            row["cpu_ratio"] = round(row["whisper_cpu_s"] / row["anonkit_cpu_s"], 2)
            rounds.append(row)
            print(f"round {r + 1}: {row}", file=sys.stderr)
    print(json.dumps({
        "benchmark": "bench_cli_ratio", "clip": str(args.clip), "audio_s": round(audio_s, 1),
        "model": args.model, "language": args.language, "speakers": args.speakers,
        "threads": args.threads, "cpus": os.cpu_count(), "rounds": rounds,
        "median_ratio": statistics.median(r["ratio"] for r in rounds),
        "median_cpu_ratio": statistics.median(r["cpu_ratio"] for r in rounds),
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
