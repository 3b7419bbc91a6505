"""openai-whisper (PyTorch) as anonkit's second ASR backend, on converted offline weights.

Why a second backend: openai-whisper is the reference implementation that the design card
names, and the honest baseline against which faster-whisper's speed is measured
(``benchmarks/bench_asr.py``). Its checkpoints cannot be downloaded here, so the backend runs
on the *same* CTranslate2 weights as faster-whisper, converted once by
``anonkit.asr.convert_ct2`` and cached as ``openai.pt`` in the model folder.

It honours ``TranscribeOptions`` like the faster backend does:

* language detection is restricted to ``allowed_languages`` (openai's own detection picks
  the best of all 99 languages, which labels Norwegian as Danish or Nynorsk too often);
* ``vad=True`` runs faster-whisper's Silero VAD and hands the speech regions to
  openai-whisper as ``clip_timestamps``, so silence is skipped and times stay absolute;
* progress is reported as the fraction of audio frames decoded so far.

CPU only, float32 (openai-whisper's fp16 needs CUDA). Threads: ``cpu_threads`` > 0 sets
``torch.set_num_threads`` for the process; 0 keeps torch's default (one per core).
"""

from __future__ import annotations

import importlib
import threading
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import torch
import whisper
from whisper.audio import (
    FRAMES_PER_SECOND,
    HOP_LENGTH,
    N_FRAMES,
    N_SAMPLES,
    SAMPLE_RATE,
    log_mel_spectrogram,
    pad_or_trim,
)
from whisper.model import ModelDimensions, Whisper

from anonkit.asr.convert_ct2 import CHECKPOINT_NAME, convert_ct2_to_openai, ensure_openai_checkpoint
from anonkit.asr.options import TranscribeOptions, from_whisper_language, to_whisper_language
from anonkit.asr.transcript import Segment, Transcript, Word

__all__ = ["OpenAIWhisperBackend", "load_whisper_model", "pick_language"]

ProgressCallback = Callable[[float], None]

# ``whisper.transcribe`` the attribute is the function (the package re-exports it); the module
# itself is only reachable through the import system.
whisper_transcribe = importlib.import_module("whisper.transcribe")

# The progress hook swaps the ``tqdm`` module that whisper.transcribe looks up at call time;
# the lock keeps two threads from swapping it at once.
_PROGRESS_LOCK = threading.Lock()


def _load_checkpoint(model_dir: Path) -> dict[str, Any]:
    """The converted checkpoint: from the verified cache, or converted in memory.

    A read-only model folder (a shared, system-wide install) cannot hold the cache; the
    conversion then runs in memory each time (about a second for base).
    """
    try:
        path = ensure_openai_checkpoint(model_dir)
    except PermissionError:
        return convert_ct2_to_openai(model_dir)
    return torch.load(path, map_location="cpu", weights_only=True, mmap=True)


def load_whisper_model(model_dir: Path) -> Whisper:
    """A ``whisper.model.Whisper`` in eval mode, float32 on CPU, from a CTranslate2 folder."""
    checkpoint = _load_checkpoint(Path(model_dir))
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"], strict=True)
    if checkpoint.get("alignment_heads"):
        model.set_alignment_heads(checkpoint["alignment_heads"])
    return model.eval()


def pick_language(
    probs: dict[str, float], allowed: tuple[str, ...]
) -> tuple[str, float]:
    """Best language among ``allowed`` (anonkit codes) given Whisper's per-language probs.

    Returns the anonkit code and the model's probability for it (not renormalized, so a low
    value still tells the reviewer the detection was unsure). With no allowed code known to
    the model, the overall best is used.
    """
    candidates = {to_whisper_language(code) for code in allowed} & probs.keys()
    pool = candidates or probs.keys()
    best = max(pool, key=probs.__getitem__)
    return from_whisper_language(best), float(probs[best])


class _ProgressBar:
    """Stands in for ``tqdm.tqdm`` inside ``whisper.transcribe``: forwards frame counts."""

    def __init__(self, callback: ProgressCallback, total: int, **_: Any) -> None:
        self._callback = callback
        self._total = max(int(total), 1)
        self._done = 0

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        self._done = min(self._total, self._done + int(n))
        self._callback(self._done / self._total)


@contextmanager
def _report_progress(callback: ProgressCallback | None) -> Iterator[None]:
    """Route whisper.transcribe's progress bar to ``callback`` for the duration of a call."""
    if callback is None:
        yield
        return
    with _PROGRESS_LOCK:
        original = whisper_transcribe.tqdm
        whisper_transcribe.tqdm = types.SimpleNamespace(
            tqdm=lambda total, **kw: _ProgressBar(callback, total, **kw)
        )
        try:
            yield
        finally:
            whisper_transcribe.tqdm = original


def _speech_regions(audio: np.ndarray) -> list[tuple[float, float]]:
    """Speech regions (seconds) by faster-whisper's Silero VAD, with its default settings.

    Bounds are snapped to whole mel frames inside the audio: openai-whisper loops forever
    when a clip ends after the last frame (it keeps decoding an empty window without
    advancing), which Silero's end padding would otherwise cause on a clip ending in speech.
    """
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    last_frame = len(audio) // HOP_LENGTH  # frames whisper.transcribe sees (content_frames)
    regions = []
    for chunk in get_speech_timestamps(audio, VadOptions()):
        start = min(round(chunk["start"] / HOP_LENGTH), last_frame)
        end = min(round(chunk["end"] / HOP_LENGTH), last_frame)
        if end > start:
            regions.append((start / FRAMES_PER_SECOND, end / FRAMES_PER_SECOND))
    return regions


def _to_segments(raw: list[dict[str, Any]]) -> tuple[Segment, ...]:
    """Map openai-whisper's segment dicts to anonkit ``Segment``s (empty ones dropped)."""
    segments = []
    for seg in raw:
        if not seg["text"].strip():
            continue
        words = tuple(
            Word(start=float(w["start"]), end=float(w["end"]), text=w["word"],
                 probability=float(w["probability"]))
            for w in seg.get("words") or ()
        )
        segments.append(
            Segment(
                start=float(seg["start"]),
                end=float(seg["end"]),
                text=seg["text"],
                words=words,
                avg_logprob=float(seg["avg_logprob"]),
                no_speech_prob=float(seg["no_speech_prob"]),
                compression_ratio=float(seg["compression_ratio"]),
            )
        )
    return tuple(segments)


class OpenAIWhisperBackend:
    """``Backend`` implementation on openai-whisper; see the module docstring."""

    name = "openai"

    def __init__(
        self,
        model_dir: Path,
        model: str | None = None,
        *,
        device: str = "cpu",
        cpu_threads: int = 0,
    ) -> None:
        if device != "cpu":
            # The benchmark and the product run openai-whisper on CPU only; on a GPU the
            # faster backend is the one to use.
            from anonkit.asr.backends import BackendError

            raise BackendError("the openai backend runs on CPU only; use --backend faster")
        self.model_dir = Path(model_dir)
        self.model = model or self.model_dir.name
        self.cpu_threads = cpu_threads
        self._set_threads()
        self._whisper = load_whisper_model(self.model_dir)

    def _set_threads(self) -> None:
        if self.cpu_threads > 0:
            torch.set_num_threads(self.cpu_threads)

    @property
    def checkpoint(self) -> Path:
        """Where the converted weights are cached."""
        return self.model_dir / CHECKPOINT_NAME

    def detect_language(
        self, audio: np.ndarray, allowed: tuple[str, ...]
    ) -> tuple[str, float]:
        """Language of the first 30 s of ``audio``, restricted to ``allowed``."""
        if not self._whisper.is_multilingual:
            return "en", 1.0
        # Same framing as whisper.transcribe: pad with 30 s of silence, keep the first window.
        mel = log_mel_spectrogram(audio[:N_SAMPLES], self._whisper.dims.n_mels, padding=N_SAMPLES)
        with torch.no_grad():
            _, probs = self._whisper.detect_language(pad_or_trim(mel, N_FRAMES))
        return pick_language(probs, allowed)

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        progress: ProgressCallback | None = None,
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 ``audio`` (see ``anonkit.asr.backends``)."""
        self._set_threads()
        audio = np.ascontiguousarray(audio, dtype=np.float32)
        duration = len(audio) / SAMPLE_RATE
        regions = _speech_regions(audio) if options.vad and len(audio) else None

        if options.language is not None:
            language, language_probability = options.language, None
        else:
            # Like faster-whisper, detect on speech only when VAD is on.
            speech = (np.concatenate([audio[int(s * SAMPLE_RATE):int(e * SAMPLE_RATE)]
                                      for s, e in regions]) if regions else audio)
            language, language_probability = self.detect_language(
                speech, options.allowed_languages
            )

        if regions == []:  # VAD found no speech: nothing to decode
            segments: tuple[Segment, ...] = ()
        else:
            clips = [t for region in regions for t in region] if regions else "0"
            with _report_progress(progress), torch.no_grad():
                result = whisper.transcribe(
                    self._whisper,
                    audio,
                    verbose=None,
                    language=to_whisper_language(language),
                    task="transcribe",
                    temperature=options.temperature,
                    compression_ratio_threshold=options.compression_ratio_threshold,
                    logprob_threshold=options.log_prob_threshold,
                    no_speech_threshold=options.no_speech_threshold,
                    condition_on_previous_text=options.condition_on_previous_text,
                    initial_prompt=options.verbatim_prompt(language),
                    word_timestamps=options.word_timestamps,
                    clip_timestamps=clips,
                    # beam 1 is greedy decoding, as in faster-whisper
                    beam_size=options.beam_size if options.beam_size > 1 else None,
                    best_of=5,
                    fp16=False,
                )
            segments = _to_segments(result["segments"])
        if progress is not None:
            progress(1.0)
        return Transcript(
            language=language,
            duration=duration,
            model=self.model,
            segments=segments,
            language_probability=language_probability,
            backend=self.name,
            options=options.to_dict(),
        )
