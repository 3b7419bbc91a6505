"""openai-whisper (PyTorch) as anonkit's second ASR backend, on converted offline weights.

Why a second backend: openai-whisper is the reference implementation that the design card
names, and the honest baseline against which faster-whisper's speed is measured
(``benchmarks/bench_asr.py``). Its checkpoints cannot be downloaded here, so the backend runs
on the *same* CTranslate2 weights as faster-whisper, converted once by
``anonkit.asr.convert_ct2`` and cached as ``openai.pt`` in the model folder.

It honours ``TranscribeOptions`` like the faster backend does:

* language detection is restricted to ``allowed_languages`` with the faster backend's rule
  (openai's own detection picks the best of all 99 languages, which labels synthetic or
  accented Norwegian as Danish or Latin);
* texts, times and loop flags are produced exactly as in the faster backend, so transcripts
  from the two backends compare field by field;
* ``vad=True`` runs faster-whisper's Silero VAD, decodes the speech joined end to end and
  maps times back, exactly as faster-whisper does (openai-whisper's own ``clip_timestamps``
  would spend a 30 s window per short region, and loops forever on a region ending after the
  last mel frame);
* progress is reported as the fraction of audio frames decoded so far.

CPU only, float32 (openai-whisper's fp16 needs CUDA). Threads: ``cpu_threads`` > 0 sets
``torch.set_num_threads`` for the process; 0 keeps torch's default (one per core).
"""

from __future__ import annotations

import importlib
import math
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
    N_FRAMES,
    N_SAMPLES,
    SAMPLE_RATE,
    log_mel_spectrogram,
    pad_or_trim,
)
from whisper.model import ModelDimensions, Whisper

from anonkit.asr.convert_ct2 import CHECKPOINT_NAME, convert_ct2_to_openai, ensure_openai_checkpoint
from anonkit.asr.language import choose_language, first_speech_window
from anonkit.asr.models import OPENAI_CHECKPOINT
from anonkit.asr.options import (
    LanguageError,
    TranscribeOptions,
    to_whisper_language,
)
from anonkit.asr.quality import flag_loops
from anonkit.asr.transcript import Segment, Transcript, Word

__all__ = ["OpenAIWhisperBackend", "load_whisper_model"]

ProgressCallback = Callable[[float], None]

# ``whisper.transcribe`` the attribute is the function (the package re-exports it); the module
# itself is only reachable through the import system.
whisper_transcribe = importlib.import_module("whisper.transcribe")

# The progress hook swaps the ``tqdm`` module that whisper.transcribe looks up at call time;
# the lock keeps two threads from swapping it at once.
_PROGRESS_LOCK = threading.Lock()


def _load_checkpoint(model_dir: Path) -> dict[str, Any]:
    """The converted checkpoint: from the verified cache, or converted in memory.

    A folder imported with only an openai-whisper ``model.pt`` is loaded as it is. A read-only
    model folder (a shared, system-wide install) cannot hold the cache; the
    conversion then runs in memory each time (about a second for base).
    """
    imported = model_dir / OPENAI_CHECKPOINT
    if imported.is_file() and not (model_dir / "model.bin").is_file():
        # a genuine openai-whisper checkpoint brought in by `anonkit models import`
        return torch.load(imported, map_location="cpu", weights_only=True, mmap=True)
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


def _speech_only(audio: np.ndarray) -> tuple[np.ndarray, Any]:
    """The speech of ``audio`` joined end to end, and the map back to original times.

    Exactly what faster-whisper does with ``vad_filter=True`` (Silero VAD with its default
    ``VadOptions``, chunks concatenated), so both backends decode the same samples.
    Returns an empty array and ``None`` when there is no speech.
    """
    from faster_whisper.vad import SpeechTimestampsMap, VadOptions, get_speech_timestamps

    chunks = get_speech_timestamps(audio, VadOptions())
    if not chunks:
        return audio[:0], None
    speech = np.concatenate([audio[c["start"] : c["end"]] for c in chunks])
    return speech, SpeechTimestampsMap(chunks, SAMPLE_RATE)


def _restore_times(raw: list[dict[str, Any]], ts_map: Any) -> None:
    """Move segment and word times from speech-only time back to the recording's time.

    As faster-whisper's ``restore_speech_timestamps``: a word's start and end are mapped
    through the chunk holding its middle, and a segment spans its first to its last word.
    """
    for seg in raw:
        words = seg.get("words") or []
        for word in words:
            chunk = ts_map.get_chunk_index((word["start"] + word["end"]) / 2)
            word["start"] = ts_map.get_original_time(word["start"], chunk)
            word["end"] = ts_map.get_original_time(word["end"], chunk)
        if words:
            seg["start"], seg["end"] = words[0]["start"], words[-1]["end"]
        else:
            seg["start"] = ts_map.get_original_time(seg["start"])
            seg["end"] = ts_map.get_original_time(seg["end"], is_end=True)


def _num(value: float, digits: int) -> float:
    """A plain rounded float: milliseconds, as the faster backend stores times."""
    return round(float(value), digits)


def _to_segments(raw: list[dict[str, Any]]) -> list[Segment]:
    """Map openai-whisper's segment dicts to anonkit ``Segment``s (empty ones dropped).

    Texts are stripped and times rounded exactly as in the faster backend, so transcripts
    from the two backends compare field by field.
    """
    segments = []
    for seg in raw:
        if not seg["text"].strip():
            continue
        words = tuple(
            Word(start=_num(w["start"], 3), end=_num(w["end"], 3), text=w["word"].strip(),
                 probability=_num(w["probability"], 4))
            for w in seg.get("words") or ()
            if w["word"].strip()
        )
        segments.append(
            Segment(
                start=_num(seg["start"], 3),
                end=_num(seg["end"], 3),
                text=seg["text"].strip(),
                words=words,
                avg_logprob=_num(seg["avg_logprob"], 4),
                no_speech_prob=_num(seg["no_speech_prob"], 4),
                compression_ratio=_num(seg["compression_ratio"], 4),
            )
        )
    return segments


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
        self, audio: np.ndarray, options: TranscribeOptions
    ) -> tuple[str, float]:
        """Best language among ``options.allowed_languages`` and a probability for it: the
        same rule as the faster backend (``anonkit.asr.language``), so both agree."""
        if not self._whisper.is_multilingual:
            return "en", 1.0
        mel = self._mel_window(first_speech_window(audio, options.vad))
        with torch.no_grad():
            _, probs = self._whisper.detect_language(mel)
        return choose_language(
            probs, options.allowed_languages, lambda code: self._score_language(mel, code)
        )

    def _mel_window(self, window: np.ndarray) -> torch.Tensor:
        """Log-mel of one 30 s window, framed as whisper.transcribe frames it."""
        mel = log_mel_spectrogram(window[:N_SAMPLES], self._whisper.dims.n_mels,
                                  padding=N_SAMPLES)
        return pad_or_trim(mel, N_FRAMES)

    def _score_language(self, mel: torch.Tensor, whisper_code: str) -> float:
        """Mean token log-probability of a greedy decode of ``mel`` in one language."""
        with torch.no_grad():
            result = whisper.decode(
                self._whisper, mel,
                whisper.DecodingOptions(language=whisper_code, without_timestamps=True,
                                        fp16=False, temperature=0.0),
            )
        return float(result.avg_logprob) if result.tokens else -math.inf

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
        if options.language is not None:
            language, language_probability = options.language, None
            if not self._whisper.is_multilingual and to_whisper_language(language) != "en":
                raise LanguageError(
                    f"model {self.model!r} is English-only and cannot transcribe "
                    f"{language!r}; use a multilingual model such as --model base"
                )
        else:
            language, language_probability = self.detect_language(audio, options)

        speech, ts_map = _speech_only(audio) if options.vad and len(audio) else (audio, None)
        segments: tuple[Segment, ...] = ()
        if len(speech):
            with _report_progress(progress), torch.no_grad():
                result = whisper.transcribe(
                    self._whisper,
                    speech,
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
                    # beam 1 is greedy decoding, as in faster-whisper
                    beam_size=options.beam_size if options.beam_size > 1 else None,
                    best_of=5,
                    fp16=False,
                )
            if ts_map is not None:
                _restore_times(result["segments"], ts_map)
            segments = tuple(flag_loops(_to_segments(result["segments"]),
                                        options.repetition_max, options.verbatim_prompt(language)))
        if progress is not None:
            progress(1.0)
        return Transcript(
            language=language,
            duration=_num(duration, 3),
            model=self.model,
            segments=segments,
            language_probability=(
                None if language_probability is None else _num(language_probability, 4)
            ),
            backend=self.name,
            options=options.to_dict() | {"compute_type": "float32"},
        )
