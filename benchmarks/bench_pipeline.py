"""Pipeline benchmark: how much of ``ingest`` + ``process`` is *not* Whisper.

Usage:  python benchmarks/bench_pipeline.py [--model base] [--repeats 2] [--clips a.wav …]
        python benchmarks/bench_pipeline.py --batch [--model base] [--speakers 0|auto]
Prints one JSON document on stdout (progress on stderr).

``--batch`` (issue 11): ``anonkit batch``'s executors on one archive of short clips (cuts of
the committed test recordings, each distinct), each configuration in a fresh vault: local
executor with 1 and with 2 workers, and a 2-worker Dask ``LocalCluster`` with TLS. Reported:
wall time (walk + ingest + worker start and model load + transcribe + anonymize + store),
the scaling ratio against 1 worker, peak RSS per worker, the real-time factor
(wall / audio) and the projected wall time per 100 h of audio at that factor.

For each clip (default: the committed test clips and the bundled sample), in a fresh vault
with production Argon2id parameters: ``ingest`` (stream + encrypt + metadata), then
``process``. ``asr_s`` is the time inside ``transcribe_file`` (decode, VAD, Whisper, speaker
turns); everything else — vault reads and writes, encryption, catalog, audit, detection,
linking, leak check, key save — is ``outside_asr_s``. The share reported is
``outside_asr_s / asr_s`` summed over the clips (target < 5 %, issue 9). Models (Whisper,
spaCy/Presidio) are loaded before timing and reported apart (``load_s``): a long-running
``process`` pays them once. Each clip's figure is the fastest of ``--repeats`` runs.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLIPS = ["tests/data/en_short.wav", "tests/data/nb_short.wav", "tests/data/two_voices.wav",
         "tests/data/asr_fillers_en.wav", "anonkit/data/sample_interview.flac"]


def run_clip(clip: Path, model: str, workdir: Path) -> dict[str, float]:
    from anonkit.vault.vault import Vault
    from anonkit.workflow.project import save_settings
    from anonkit.workflow.recordings import ingest, process

    t0 = time.perf_counter()
    with Vault.create(workdir / "vault", "bench", "bench password") as v:
        save_settings(v, model=model)
        t1 = time.perf_counter()
        rid = ingest(v, clip)
        t2 = time.perf_counter()
        [done] = process(v, [rid])
        t3 = time.perf_counter()
    if done.error:
        raise SystemExit(f"{clip}: {done.error}")
    wall = (t2 - t1) + (t3 - t2)
    return {"ingest_s": t2 - t1, "process_s": t3 - t2, "asr_s": done.asr_s,
            "outside_asr_s": wall - done.asr_s, "create_vault_s": t1 - t0}


def make_archive(root: Path, piece_s: float = 8.0) -> float:
    """Distinct short clips: en_short, asr_fillers_en and two_voices cut in ``piece_s``
    pieces. Returns the seconds of audio."""
    import wave

    total = 0.0
    for name in ("en_short.wav", "asr_fillers_en.wav", "two_voices.wav"):
        with wave.open(str(ROOT / "tests" / "data" / name)) as src:
            rate, n = src.getframerate(), src.getnframes()
            step = int(rate * piece_s)
            for i, start in enumerate(range(0, n, step)):
                frames = min(step, n - start)
                if frames < rate * 2:
                    continue
                src.setpos(start)
                folder = root / f"P{len(list(root.glob('*'))) + 1:02d}"
                folder.mkdir(parents=True)
                with wave.open(str(folder / f"{Path(name).stem}-{i}.wav"), "wb") as out:
                    out.setparams(src.getparams())
                    out.writeframes(src.readframes(frames))
                total += frames / rate
    return total


def run_batch_config(executor: str, workers: int, archive: Path, model: str, speakers: str,
                     workdir: Path) -> dict[str, float]:
    from anonkit.vault.vault import Vault
    from anonkit.workflow.batch import run_batch
    from anonkit.workflow.batch.executors import DaskExecutor, LocalExecutor
    from anonkit.workflow.project import save_settings

    def make():  # type: ignore[no-untyped-def]
        if executor == "dask":
            return DaskExecutor(workers, model, "faster")
        return LocalExecutor(workers, model, "faster")

    with Vault.create(workdir / "vault", "bench", "bench password") as v:
        save_settings(v, model=model, speakers=speakers)
        summary = run_batch(v, archive, make, language="en")
    failed = [o for o in summary.outcomes if o.status != "done"]
    if failed:
        raise SystemExit(f"{executor}×{workers}: {failed}")
    rss = sorted(summary.worker_rss_mib.values())
    return {"wall_s": round(summary.wall_s, 2), "asr_s": round(summary.asr_s, 2),
            "audio_s": round(summary.audio_s, 2), "threads_per_worker": summary.threads,
            "rss_mib_per_worker": [round(r) for r in rss],
            "rtf": round(summary.wall_s / summary.audio_s, 4),
            "hours_per_100h_audio": round(100 * summary.wall_s / summary.audio_s, 1)}


def batch_main(args: argparse.Namespace) -> int:
    import os

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        audio_s = make_archive(archive)
        files = len(list(archive.rglob("*.wav")))
        print(f"archive: {files} clips, {audio_s:.0f} s of audio", file=sys.stderr)
        for executor, workers in (("local", 1), ("local", 2), ("dask", 2)):
            load = os.getloadavg()[0]
            with tempfile.TemporaryDirectory() as work:
                r = run_batch_config(executor, workers, archive, args.model, args.speakers,
                                     Path(work))
            r = {"executor": executor, "workers": workers, "load_before": round(load, 2), **r}
            print(json.dumps(r), file=sys.stderr)
            rows.append(r)
    base = rows[0]["wall_s"]
    for r in rows:
        r["speedup_vs_1_worker"] = round(base / r["wall_s"], 3)
    print(json.dumps({
        "benchmark": "batch", "model": args.model, "speakers": args.speakers,
        "clips": files, "audio_s": round(audio_s, 1), "cores": os.cpu_count(),
        "machine": {"python": platform.python_version(), "system": platform.platform()},
        "rows": rows, "target_speedup_2_workers": 1.8,
    }, indent=2))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="base")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--clips", nargs="*", default=CLIPS)
    ap.add_argument("--batch", action="store_true", help="anonkit batch executors (issue 11)")
    ap.add_argument("--speakers", default="0", help="with --batch: speaker turns (0 or auto)")
    args = ap.parse_args()
    if args.batch:
        return batch_main(args)

    from anonkit.asr.pipeline import cached_backend
    from anonkit.workflow.recordings import _detector

    t = time.perf_counter()
    cached_backend("faster", args.model)
    for lang in ("en", "nb"):
        _detector(lang)
    load_s = time.perf_counter() - t
    rows = []
    for clip in args.clips:
        path = ROOT / clip
        best: dict[str, float] | None = None
        for _ in range(args.repeats):
            with tempfile.TemporaryDirectory() as tmp:
                r = run_clip(path, args.model, Path(tmp))
            if best is None or r["process_s"] + r["ingest_s"] < (best["process_s"]
                                                                  + best["ingest_s"]):
                best = r
        assert best is not None
        best["outside_share"] = best["outside_asr_s"] / best["asr_s"]
        print(f"{clip}: asr {best['asr_s']:.2f} s, outside {best['outside_asr_s']:.3f} s "
              f"({best['outside_share']:.1%})", file=sys.stderr)
        rows.append({"clip": clip, **{k: round(v, 4) for k, v in best.items()}})
    asr = sum(r["asr_s"] for r in rows)
    outside = sum(r["outside_asr_s"] for r in rows)
    print(json.dumps({
        "benchmark": "pipeline", "model": args.model, "repeats": args.repeats,
        "machine": {"python": platform.python_version(), "cpu": platform.processor(),
                    "system": platform.platform()},
        "load_s": round(load_s, 3), "clips": rows,
        "total": {"asr_s": round(asr, 3), "outside_asr_s": round(outside, 3),
                  "outside_share": round(outside / asr, 4), "target": 0.05},
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
