"""Worker side of ``anonkit batch``: audio bytes in, transcript JSON out, nothing else.

Why a module of its own: this is all a worker process (local pool or Dask worker) ever
runs. It holds no vault, no password and no key, writes nothing to disk (the audio is
decoded in memory), and keeps one Whisper model per process (``cached_backend``), loaded
with ``threads`` CPU threads so that workers × threads ≤ cores.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from dataclasses import dataclass

from anonkit.asr.options import TranscribeOptions


@dataclass(frozen=True)
class Job:
    """One recording to transcribe. ``data`` is the original file's bytes (personal data:
    it travels only in memory, over TLS to Dask workers)."""

    rid: str
    data: bytes
    model: str
    backend: str
    options: TranscribeOptions
    speakers: str | int
    threads: int


@dataclass(frozen=True)
class Result:
    """What a worker sends back: the transcript (JSON) or a one-line reason."""

    rid: str
    transcript: str | None
    error: str | None
    asr_s: float
    rss_mib: float
    pid: int
    duration_s: float = 0.0


def limit_threads(threads: int) -> None:
    """Cap the math libraries' thread pools (OpenMP, MKL, torch) before they start
    (``threads`` 0: leave the libraries' defaults, e.g. on a cluster node)."""
    if threads <= 0:
        return
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def peak_rss_mib() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def transcribe_job(job: Job) -> Result:
    """Transcribe ``job``; never raises for a bad recording (the reason is returned)."""
    from anonkit.asr.pipeline import cached_backend, parse_speakers, transcribe_file
    from anonkit.errors import AnonkitError

    limit_threads(job.threads)
    t0 = time.perf_counter()
    try:
        engine = cached_backend(job.backend, job.model, "cpu", job.threads)
        transcript = transcribe_file(job.data, backend=engine, options=job.options,
                                     speakers=parse_speakers(job.speakers))
        text, error, duration = transcript.to_json(), None, transcript.duration
    except AnonkitError as err:
        text, error, duration = None, str(err) or type(err).__name__, 0.0
    except Exception as err:
        text, error, duration = None, f"{type(err).__name__}: {err}", 0.0
    return Result(job.rid, text, error, time.perf_counter() - t0, peak_rss_mib(),
                  os.getpid(), duration)
