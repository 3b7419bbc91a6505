"""faster-whisper (CTranslate2) backend: the default, int8 on CPU, float16 on CUDA.

Why these choices:

* ``local_files_only=True`` (and ``HF_HUB_OFFLINE=1``, set with every other offline switch
  in ``anonkit.offline``): a model folder is always a local path; nothing is fetched.
* Ctrl+C keeps the segments done so far: faster-whisper yields segments one by one, so the
  interrupt arrives between two of them and ``TranscriptionInterrupted`` carries the rest.
* int8 on CPU: half the CPU time of float32 (base on two_voices.wav: 5.0 s vs 9.3 s of CPU)
  for 2 more word errors in 96 (WER 0.052 vs 0.031), see docs/models.md; CTranslate2
  converts the shipped float16 weights when loading. ``compute_type`` overrides it.
* Language detection is restricted to ``TranscribeOptions.allowed_languages``: faster-whisper's
  ``detect_language`` returns every language's probability; we take the best *allowed* one and
  renormalise. Without this, base labels synthetic or accented Norwegian as Latin or Danish.
* Segments and words are rounded to milliseconds here so that a transcript survives a JSON
  round trip unchanged.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from pathlib import Path
from typing import Any

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE
from anonkit.asr.backends import ProgressCallback, TranscriptionInterrupted
from anonkit.asr.language import choose_language, first_speech_window
from anonkit.asr.options import (
    LanguageError,
    TranscribeOptions,
    to_whisper_language,
)
from anonkit.asr.quality import flag_loops
from anonkit.asr.transcript import Segment, Transcript, Word
from anonkit.errors import ModelNotFoundError

log = logging.getLogger(__name__)


def _num(value: float, digits: int) -> float:
    """A plain rounded float (faster-whisper returns numpy floats after VAD)."""
    return round(float(value), digits)


class FasterWhisperBackend:
    """Transcribe with faster-whisper from a local CTranslate2 model folder."""

    name = "faster"

    def __init__(
        self,
        model_dir: Path,
        *,
        model: str | None = None,
        device: str = "cpu",
        compute_type: str | None = None,
        cpu_threads: int = 0,
    ) -> None:
        from faster_whisper import WhisperModel

        if not (model_dir / "model.bin").is_file():
            raise ModelNotFoundError(
                f"{model_dir}: no CTranslate2 model.bin (an openai-whisper checkpoint needs "
                "--backend openai)"
            )
        self.model = model or model_dir.name
        self.model_dir = model_dir
        self.compute_type = compute_type or ("int8" if device == "cpu" else "float16")
        self._whisper = WhisperModel(
            str(model_dir),
            device=device,
            compute_type=self.compute_type,
            cpu_threads=cpu_threads,
            local_files_only=True,
        )

    @property
    def multilingual(self) -> bool:
        return bool(self._whisper.model.is_multilingual)

    def detect_language(
        self, audio: np.ndarray, options: TranscribeOptions
    ) -> tuple[str, float]:
        """Best language among ``options.allowed_languages`` with a probability
        (the rule is in ``anonkit.asr.language``)."""
        if not self.multilingual:
            return "en", 1.0
        window = first_speech_window(audio, options.vad)
        _, _, all_probs = self._whisper.detect_language(window, language_detection_segments=1)
        return choose_language(
            dict(all_probs), options.allowed_languages,
            lambda code: self._score_language(window, code),
        )

    def _score_language(self, window: np.ndarray, whisper_code: str) -> float:
        """Mean token log-probability of a greedy decode of ``window`` in one language.

        The mean, not the sum: a wrong language often yields one unlikely word and stops,
        which a sum would reward for being short.
        """
        segments, _ = self._whisper.transcribe(
            window,
            language=whisper_code,
            beam_size=1,
            temperature=0.0,
            without_timestamps=True,
            condition_on_previous_text=False,
            log_prob_threshold=None,
            no_speech_threshold=None,
            compression_ratio_threshold=None,
        )
        total, tokens = 0.0, 0
        for seg in segments:
            total += seg.avg_logprob * max(1, len(seg.tokens))
            tokens += max(1, len(seg.tokens))
        return total / tokens if tokens else -math.inf

    def transcribe(
        self,
        audio: np.ndarray,
        options: TranscribeOptions,
        progress: ProgressCallback | None = None,
    ) -> Transcript:
        audio = np.ascontiguousarray(audio, dtype=np.float32)
        duration = audio.shape[0] / SAMPLE_RATE
        if options.language is None:
            language, probability = self.detect_language(audio, options)
        else:
            language, probability = options.language, None
            if not self.multilingual and to_whisper_language(language) != "en":
                raise LanguageError(
                    f"model {self.model!r} is English-only and cannot transcribe "
                    f"{language!r}; use a multilingual model such as --model base"
                )
        prompt = options.verbatim_prompt(language)
        segments_iter, _info = self._whisper.transcribe(
            audio,
            language=to_whisper_language(language),
            beam_size=options.beam_size,
            word_timestamps=options.word_timestamps,
            vad_filter=options.vad,
            condition_on_previous_text=options.condition_on_previous_text,
            compression_ratio_threshold=options.compression_ratio_threshold,
            no_speech_threshold=options.no_speech_threshold,
            log_prob_threshold=options.log_prob_threshold,
            temperature=list(options.temperature),
            initial_prompt=prompt,
        )
        segments: list[Segment] = []
        try:
            for seg in segments_iter:
                segments.append(_segment(seg))
                log.info("transcribed up to %.1f of %.1f s", seg.end, duration)
                if progress is not None and duration > 0:
                    progress(min(1.0, seg.end / duration))
        except KeyboardInterrupt:
            done = segments[-1].end if segments else 0.0
            partial = self._result(segments, language, probability, duration, options,
                                   prompt)
            raise TranscriptionInterrupted(dataclasses.replace(
                partial, incomplete=f"interrupted at {_hms(done)} of {_hms(duration)}; "
                "the rest of the recording is not transcribed")) from None
        if progress is not None:
            progress(1.0)
        return self._result(segments, language, probability, duration, options, prompt)

    def _result(self, segments: list[Segment], language: str, probability: float | None,
                duration: float, options: TranscribeOptions, prompt: str | None
                ) -> Transcript:
        return Transcript(
            language=language,
            duration=_num(duration, 3),
            model=self.model,
            segments=tuple(flag_loops(segments, options.repetition_max, prompt)),
            language_probability=None if probability is None else _num(probability, 4),
            backend=self.name,
            options=options.to_dict() | {"compute_type": self.compute_type},
        )


def _segment(seg: Any) -> Segment:
    """faster-whisper's segment as ours, times rounded to milliseconds."""
    words = tuple(
        Word(start=_num(w.start, 3), end=_num(w.end, 3), text=w.word.strip(),
             probability=_num(w.probability, 4))
        for w in (seg.words or ())
        if w.word.strip()
    )
    return Segment(
        start=_num(seg.start, 3),
        end=_num(seg.end, 3),
        text=seg.text.strip(),
        words=words,
        avg_logprob=_num(seg.avg_logprob, 4),
        no_speech_prob=_num(seg.no_speech_prob, 4),
        compression_ratio=_num(seg.compression_ratio, 4),
    )


def _hms(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
