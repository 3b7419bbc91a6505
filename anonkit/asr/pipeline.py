"""Recording in, transcript out: decode -> Whisper backend -> (optional) speaker turns.

Why a separate module: the CLI (``anonkit transcribe``), the demo and the vault's
``process`` stage all need exactly this sequence; keeping it here means one place decides
defaults (model, speakers) and the order of the stages. Nothing is written to disk.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from functools import cache
from typing import Literal

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE, AudioSource, decode_audio
from anonkit.asr.backends import Backend, ProgressCallback, TranscriptionInterrupted, get_backend
from anonkit.asr.completeness import find_gaps
from anonkit.asr.options import TranscribeOptions
from anonkit.asr.transcript import Transcript
from anonkit.errors import AnonkitError

log = logging.getLogger(__name__)

#: Default model: multilingual ``base`` (tiny.en cannot transcribe Norwegian; numbers in
#: docs/models.md).
DEFAULT_MODEL = "base"
DEFAULT_BACKEND = "faster"

Speakers = Literal["auto"] | int
#: ``--speakers N`` accepts 0 (no labels) up to this many (``speakers.MAX_SPEAKERS``).
MAX_SPEAKERS = 20
SPEAKER_CHOICES = ("auto", f"0-{MAX_SPEAKERS}")


def parse_speakers(value: str | int) -> Speakers:
    """``"auto"`` or a count ``"0"``..``"20"`` (CLI text) -> what ``transcribe_audio`` takes."""
    text = str(value).strip().lower()
    if text == "auto":
        return "auto"
    if text in ("none", "no"):
        return 0
    if text.isdigit() and int(text) <= MAX_SPEAKERS:
        return int(text)
    raise AnonkitError(f"--speakers must be auto or a number 0-{MAX_SPEAKERS}, not {value!r}")


@cache
def cached_backend(name: str = DEFAULT_BACKEND, model: str = DEFAULT_MODEL,
                   device: str = "cpu", cpu_threads: int = 0) -> Backend:
    """One loaded model per (backend, model, device) and process: loading costs seconds."""
    return get_backend(name, model, device=device, cpu_threads=cpu_threads)


def add_speakers(audio: np.ndarray, transcript: Transcript, speakers: Speakers) -> Transcript:
    """Label speaker turns (S1, S2, …); ``0`` leaves the transcript as it is.

    With ``"auto"`` a missing optional ``diarize`` extra only logs a warning (the transcript
    is still useful); an explicit count raises its one-line install message.
    """
    if speakers == 0 or not transcript.segments:
        return transcript
    try:
        from anonkit.asr.speakers import SpeakerModelMissingError, assign_speakers
    except ImportError as err:
        if speakers == "auto":
            log.warning("speaker turns skipped: %s", err)
            return transcript
        raise AnonkitError(f"speaker turns are not available ({err})") from err
    try:
        return assign_speakers(audio, SAMPLE_RATE, transcript, num_speakers=speakers)
    except SpeakerModelMissingError as err:
        if speakers == "auto":
            log.warning("speaker turns skipped: %s", err)
            return transcript
        raise


def transcribe_audio(
    audio: np.ndarray,
    *,
    model: str = DEFAULT_MODEL,
    backend: str | Backend = DEFAULT_BACKEND,
    options: TranscribeOptions | None = None,
    speakers: Speakers = "auto",
    progress: ProgressCallback | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> Transcript:
    """Transcribe decoded 16 kHz mono float32 audio, mark inaudible gaps, label speakers.

    ``on_stage`` is told ``"speakers"`` before the speaker stage starts (it has no progress
    of its own), so a progress display can say what the wait is for. Ctrl+C raises
    ``TranscriptionInterrupted`` carrying what was done (during the speaker stage: the whole
    text without speaker labels), marked incomplete.
    """
    engine = cached_backend(backend, model) if isinstance(backend, str) else backend
    transcript = engine.transcribe(audio, options or TranscribeOptions(), progress)
    transcript = dataclasses.replace(transcript, gaps=find_gaps(audio, transcript))
    if on_stage is not None and speakers != 0 and transcript.segments:
        on_stage("speakers")
    try:
        return add_speakers(audio, transcript, speakers)
    except TranscriptionInterrupted:
        raise
    except KeyboardInterrupt:
        raise TranscriptionInterrupted(dataclasses.replace(
            transcript, incomplete="interrupted while labelling speakers; the text is "
            "complete, the speaker labels are missing")) from None


def transcribe_file(
    source: AudioSource,
    *,
    model: str = DEFAULT_MODEL,
    backend: str | Backend = DEFAULT_BACKEND,
    options: TranscribeOptions | None = None,
    speakers: Speakers = "auto",
    progress: ProgressCallback | None = None,
    on_decoded: Callable[[float], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> Transcript:
    """Decode ``source`` (path, bytes or file object) in memory and transcribe it.

    ``on_decoded`` receives the duration in seconds once decoding is done (the CLI uses it
    to size its progress bar). The model is resolved before decoding, so a missing model
    fails fast, before minutes of decoding.
    """
    engine = cached_backend(backend, model) if isinstance(backend, str) else backend
    audio = decode_audio(source)
    if on_decoded is not None:
        on_decoded(audio.shape[0] / SAMPLE_RATE)
    return transcribe_audio(audio, backend=engine, options=options, speakers=speakers,
                            progress=progress, on_stage=on_stage)
