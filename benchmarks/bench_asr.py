"""ASR benchmark: faster-whisper (int8) against openai-whisper (float32) on the same weights.

For every model size, beam size and backend, a *fresh* Python process loads the backend,
warms it up on the first two seconds of the clip (JIT compilation and first-call allocations
are not what we compare), then transcribes the whole clip ``--repeat`` times (default 3) and
reports the fastest run (neighbours on a shared machine only ever add time; all run times
are kept in ``wall_runs_s``). Decoding is deterministic (temperature 0 only) unless
``--fallback`` is given: the fallback samples at random, and on two_voices.wav tiny.en's
run times then varied fivefold between identical runs. The parent reads that
child's peak resident memory from ``os.wait4`` (exact per child, unlike RUSAGE_CHILDREN's
running maximum) and prints one JSON object:

    {"machine": {...}, "versions": {...}, "clip": ..., "threads": N,
     "rows": [{"backend", "model", "beam", "load_s", "wall_s", "cpu_s", "rtf", "cpu_per_audio_s",
               "peak_rss_mib", "wer", "words", "text"}, ...],
     "ratios": [{"model", "beam", "faster_compute_type", "openai_over_faster_rtf",
                 "openai_over_faster_cpu",
                 "openai_over_faster_rss"}, ...]}

``--cli`` adds (``--cli-only``: only) rows for the whole ``anonkit transcribe`` command, as a
user runs it, once per ``--cli-speakers`` setting (default ``1,auto,2``: without speaker
turns, and with them): ``{"backend": "cli", "model", "speakers", "wall_s", "cpu_s",
"peak_rss_mib"}`` in ``cli_rows``. Why both: the engine rows show the backends, the CLI rows
show what a machine must have free (the speaker encoder, the VAD, the writers included).

RTF is wall seconds per audio second (lower is faster). On a shared machine wall time
depends on the neighbours' load; CPU seconds are steadier, so both are reported.
WER is against the clip's reference text, lower-cased with punctuation removed
(``anonkit.asr.measure.wer``).

Usage::

    .venv/bin/python benchmarks/bench_asr.py [--threads 2] [--out FILE] [--quick]
        [--faster-compute-types int8,float32] [--models tiny.en,base] [--beams 1,5]

``--quick`` is a smoke run (tiny.en, beam 1, en_short.wav). Threads: ``--threads`` is given
to both backends (faster-whisper ``cpu_threads``, ``torch.set_num_threads``) and to
OpenMP through ``OMP_NUM_THREADS``; the default 2 is this machine's core count.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
WARMUP_SECONDS = 2.0


# --------------------------------------------------------------------------- worker


def run_worker(config: dict[str, Any]) -> dict[str, Any]:
    """Measure one configuration in this (fresh) process; returns the row without RSS."""
    import resource

    from anonkit.asr.audio import SAMPLE_RATE, decode_audio
    from anonkit.asr.backends import get_backend
    from anonkit.asr.measure import wer
    from anonkit.asr.options import TranscribeOptions

    audio = decode_audio(Path(config["clip"]))
    reference = Path(config["reference"]).read_text("utf-8")
    # Temperature fallback samples at random, so with it the amount of decoding work (and
    # the time) differs from run to run; without it both engines do the same fixed work.
    temperature = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0) if config.get("fallback") else (0.0,)
    options = TranscribeOptions(language=config["language"], beam_size=config["beam"],
                                temperature=temperature)

    t0 = time.perf_counter()
    if config["backend"] == "faster" and config.get("compute_type", "int8") != "int8":
        from anonkit.asr.faster_backend import FasterWhisperBackend
        from anonkit.asr.models import resolve_model

        backend = FasterWhisperBackend(resolve_model(config["model"]), model=config["model"],
                                       compute_type=config["compute_type"],
                                       cpu_threads=config["threads"])
    else:
        backend = get_backend(config["backend"], config["model"], cpu_threads=config["threads"])
    load_s = time.perf_counter() - t0
    backend.transcribe(audio[: int(WARMUP_SECONDS * SAMPLE_RATE)], options)

    walls, cpus = [], []
    for _ in range(config.get("repeat", 1)):
        usage0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        transcript = backend.transcribe(audio, options)
        walls.append(time.perf_counter() - t0)
        usage1 = resource.getrusage(resource.RUSAGE_SELF)
        cpus.append((usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime))
    # The least disturbed run: neighbours on a shared machine only ever add time.
    best = min(range(len(walls)), key=walls.__getitem__)
    wall, cpu = walls[best], cpus[best]
    duration = len(audio) / SAMPLE_RATE
    return {
        "backend": config["backend"],
        "model": config["model"],
        "beam": config["beam"],
        "compute_type": transcript.options.get("compute_type"),
        "audio_s": round(duration, 2),
        "load_s": round(load_s, 2),
        "wall_s": round(wall, 2),
        "wall_runs_s": [round(w, 2) for w in walls],
        "cpu_s": round(cpu, 2),
        "rtf": round(wall / duration, 3),
        "cpu_per_audio_s": round(cpu / duration, 3),
        "wer": round(wer(reference, transcript.text), 4),
        "words": len(transcript.text.split()),
        "text": transcript.text,
    }


# --------------------------------------------------------------------------- parent


def measure(config: dict[str, Any]) -> dict[str, Any]:
    """Run one configuration in a fresh interpreter and add its peak RSS."""
    env = dict(os.environ, OMP_NUM_THREADS=str(config["threads"]), HF_HUB_OFFLINE="1")
    proc = subprocess.Popen(
        [sys.executable, __file__, "--worker", json.dumps(config)],
        stdout=subprocess.PIPE, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"worker failed ({proc.returncode}) for {config}")
    row = json.loads(out.decode("utf-8").strip().splitlines()[-1])
    row["peak_rss_mib"] = round(usage.ru_maxrss / 1024, 1)  # Linux reports KiB
    return row


def timed_child(cmd: list[str], env: dict[str, str]) -> tuple[float, Any]:
    """Run ``cmd`` in a fresh process; its wall time and its own ``rusage`` (from
    ``os.wait4``: exact per child, unlike RUSAGE_CHILDREN's running maximum). A failing
    command ends the benchmark with the end of its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{Path(cmd[0]).name} {cmd[1] if len(cmd) > 1 else ''} failed: "
                         f"{err.decode(errors='replace')[-800:]}")
    return wall, usage


def measure_cli(model: str, speakers: str, clip: Path, threads: int) -> dict[str, Any]:
    """Peak RSS, wall and CPU time of one ``anonkit transcribe`` run in a fresh process."""
    import tempfile

    env = dict(os.environ, OMP_NUM_THREADS=str(threads), HF_HUB_OFFLINE="1")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-c", "from anonkit.cli.main import cli; cli()", "transcribe",
               str(clip), "--model", model, "--speakers", speakers, "--format", "txt",
               "-o", str(Path(tmp) / "out.txt"), "--threads", str(threads)]
        wall, usage = timed_child(cmd, env)
        labels = sorted({line.split(":", 1)[0] for line in
                         (Path(tmp) / "out.txt").read_text("utf-8").splitlines()
                         if line[:1] == "S" and ":" in line[:6]})
    return {"backend": "cli", "model": model, "speakers": speakers, "wall_s": round(wall, 2),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "speaker_labels": labels}


def ratios(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """openai / faster for each (model, beam, faster compute type): > 1 means openai-whisper
    needs more. Against faster float32 the ratio isolates the engine from the int8 gain."""
    index = {(r["backend"], r["compute_type"], r["model"], r["beam"]): r for r in rows}
    out = []
    for (backend, compute_type, model, beam), faster in index.items():
        openai = index.get(("openai", "float32", model, beam))
        if backend != "faster" or openai is None:
            continue
        out.append({
            "model": model,
            "beam": beam,
            "faster_compute_type": compute_type,
            "openai_over_faster_rtf": round(openai["rtf"] / faster["rtf"], 2),
            "openai_over_faster_cpu": round(openai["cpu_s"] / faster["cpu_s"], 2),
            "openai_over_faster_rss": round(openai["peak_rss_mib"] / faster["peak_rss_mib"], 2),
        })
    return out


def machine_info() -> dict[str, Any]:
    """What the numbers depend on: CPU, cores, memory, and the load when we started."""
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem_gib, 1),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def versions() -> dict[str, str]:
    from importlib.metadata import version

    names = ("faster-whisper", "ctranslate2", "openai-whisper", "torch", "numpy")
    return {name: version(name) for name in names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clip", type=Path, default=DATA / "two_voices.wav")
    parser.add_argument("--reference", type=Path, default=None,
                        help="reference text (default: the clip's .txt)")
    parser.add_argument("--language", default="en")
    parser.add_argument("--models", default="tiny.en,base")
    parser.add_argument("--beams", default="1,5")
    parser.add_argument("--backends", default="faster,openai")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed runs per configuration; the fastest is reported")
    parser.add_argument("--fallback", action="store_true",
                        help="keep Whisper's temperature fallback (random, so noisier timings)")
    parser.add_argument("--faster-compute-types", default="int8",
                        help="comma list; float32 as well separates engine from quantization")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: tiny.en, beam 1, en_short.wav")
    parser.add_argument("--cli", action="store_true",
                        help="also measure `anonkit transcribe` (peak RSS with/without speakers)")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI rows")
    parser.add_argument("--cli-speakers", default="1,auto,2",
                        help="--speakers values for the CLI rows")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(run_worker(json.loads(args.worker))))
        return 0
    if args.quick:
        args.clip, args.models, args.beams = DATA / "en_short.wav", "tiny.en", "1"
        args.repeat = 1
    reference = args.reference or args.clip.with_suffix(".txt")

    # Convert (and cache) the openai checkpoints first, so no run pays for the conversion.
    from anonkit.asr.convert_ct2 import ensure_openai_checkpoint
    from anonkit.asr.models import resolve_model

    models = args.models.split(",")
    if args.cli_only:
        args.cli, args.backends = True, ""
    if "openai" in args.backends.split(","):
        for model in models:
            ensure_openai_checkpoint(resolve_model(model))

    started = datetime.now(UTC).isoformat(timespec="seconds")
    machine = machine_info()
    rows = []
    for model in models:
        for beam in (int(b) for b in args.beams.split(",")):
            runs = [(b, c) for b in filter(None, args.backends.split(","))
                    for c in (args.faster_compute_types.split(",") if b == "faster"
                              else ["float32"])]
            for backend, compute_type in runs:
                config = {"backend": backend, "compute_type": compute_type, "model": model,
                          "beam": beam, "threads": args.threads, "clip": str(args.clip),
                          "repeat": args.repeat, "fallback": args.fallback,
                          "reference": str(reference), "language": args.language}
                row = measure(config)
                print(f"{backend:7s} {compute_type:8s} {model:8s} beam {beam}: "
                      f"rtf {row['rtf']:.3f} "
                      f"cpu/audio {row['cpu_per_audio_s']:.3f} rss {row['peak_rss_mib']} MiB "
                      f"wer {row['wer']:.3f}", file=sys.stderr, flush=True)
                rows.append(row)
    cli_rows = []
    if args.cli:
        for model in models:
            for speakers in args.cli_speakers.split(","):
                row = measure_cli(model, speakers, args.clip, args.threads)
                print(f"cli {model:8s} --speakers {speakers:4s}: wall {row['wall_s']} s "
                      f"cpu {row['cpu_s']} s rss {row['peak_rss_mib']} MiB "
                      f"labels {row['speaker_labels']}", file=sys.stderr, flush=True)
                cli_rows.append(row)
    result = {
        "benchmark": "bench_asr",
        "started_utc": started,
        "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
        "clip": str(args.clip.relative_to(ROOT) if args.clip.is_relative_to(ROOT) else args.clip),
        "threads": args.threads,
        "repeat": args.repeat,
        "temperature_fallback": args.fallback,
        "machine": machine,
        "load_avg_at_end": [round(x, 2) for x in os.getloadavg()],
        "versions": versions(),
        "rows": rows,
        "ratios": ratios(rows),
        "cli_rows": cli_rows,
    }
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
