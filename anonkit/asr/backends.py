"""The speech-recognition backend interface and the factory that picks one.

Why a Protocol: the pipeline, the CLI and the benchmarks only need "audio in, Transcript out";
faster-whisper (CTranslate2, the default) and openai-whisper (PyTorch, the reference and speed
baseline) differ in everything else. Backends are imported lazily so that importing
``anonkit.asr`` never loads torch or CTranslate2.

Contract for every backend:

* ``audio`` is float32 mono at 16 kHz (``anonkit.asr.audio.SAMPLE_RATE``), as returned by
  ``anonkit.asr.audio.decode_audio``;
* ``progress`` (optional) is called with the fraction of *audio time* done (0.0 .. 1.0),
  non-decreasing, and with 1.0 at the end;
* the returned ``Transcript`` uses anonkit language codes (``nb``, not Whisper's ``no``) and
  has ``speaker=None`` on every segment (speakers are a separate stage).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import numpy as np

from anonkit.asr.options import TranscribeOptions
from anonkit.asr.transcript import Transcript
from anonkit.errors import AnonkitError

__all__ = ["BACKENDS", "Backend", "BackendError", "ProgressCallback", "TranscribeOptions",
           "TranscriptionInterrupted", "get_backend"]

ProgressCallback = Callable[[float], None]

#: Names accepted by ``get_backend`` and ``anonkit transcribe --backend``.
BACKENDS = ("faster", "openai")


class BackendError(AnonkitError):
    """The transcription backend is not available."""


class TranscriptionInterrupted(KeyboardInterrupt):
    """Ctrl+C during transcription; ``partial`` is what was done, marked ``incomplete``.

    A ``KeyboardInterrupt`` subclass, so code that does not know it still stops as on any
    Ctrl+C; the CLI catches it to keep the partial result where output was asked for.
    """

    def __init__(self, partial: Transcript) -> None:
        super().__init__(partial.incomplete or "interrupted")
        self.partial = partial


@runtime_checkable
class Backend(Protocol):
    """Something that turns 16 kHz mono float32 audio into a ``Transcript``."""

    #: backend name, one of ``BACKENDS``
    name: str
    #: model name as the user gave it (e.g. ``"base"``), recorded in the transcript
    model: str

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        progress: ProgressCallback | None = None,
    ) -> Transcript: ...


def get_backend(
    name: str,
    model: str,
    *,
    device: str = "cpu",
    cpu_threads: int = 0,
) -> Backend:
    """Load ``model`` (an installed model name, see ``anonkit models list``) into a backend.

    Raises ``ModelNotFoundError`` when the model is not installed and ``BackendError`` for an
    unknown backend name or a backend whose packages are missing.
    """
    from anonkit.asr.models import resolve_model

    if name == "faster":
        from anonkit.asr.faster_backend import FasterWhisperBackend

        return FasterWhisperBackend(
            resolve_model(model), model=model, device=device, cpu_threads=cpu_threads
        )
    if name == "openai":
        model_dir = resolve_model(model)
        try:
            from anonkit.asr.openai_backend import OpenAIWhisperBackend
        except ImportError as err:
            raise BackendError(
                f"the openai backend is not available ({err}); install it with "
                "`pip install -e '.[openai]'` and `pip install --no-deps openai-whisper`, "
                "or use --backend faster"
            ) from err
        return OpenAIWhisperBackend(model_dir, model, device=device, cpu_threads=cpu_threads)
    raise BackendError(f"unknown backend {name!r}; choose one of: {', '.join(BACKENDS)}")
