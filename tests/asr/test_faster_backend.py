"""Real inference with faster-whisper: tiny.en and base on the committed clips.

WER bounds come from ``python -m anonkit.asr.measure`` (docs/models.md): tiny.en and base
both transcribe en_short with WER 0.00; base gets 0.53 on the synthetic (espeak) nb_short.
The bounds leave room for CTranslate2/CPU differences without letting a broken pipeline pass.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from anonkit.asr.audio import decode_audio
from anonkit.asr.backends import Backend, BackendError, get_backend
from anonkit.asr.measure import count_fillers, wer
from anonkit.asr.options import LanguageError, TranscribeOptions
from anonkit.asr.transcript import Transcript

pytestmark = pytest.mark.slow

EN_WER_MAX = 0.15
NB_WER_MAX = 0.75


def _check_timing(t: Transcript) -> None:
    """Segments in order, words inside their segment and in order, all inside the audio."""
    assert t.segments
    last = 0.0
    for seg in t.segments:
        assert seg.start <= seg.end <= t.duration + 0.05
        assert seg.start >= last - 0.01
        last = seg.end
        w_last = seg.start
        for w in seg.words:
            assert w.start <= w.end
            assert w.start >= w_last - 0.01
            assert seg.start - 0.05 <= w.start and w.end <= seg.end + 0.05
            assert 0.0 <= w.probability <= 1.0
            w_last = w.end


def test_tiny_en_english(en_tiny: Transcript, asr_data: Path) -> None:
    ref = (asr_data / "en_short.txt").read_text()
    assert wer(ref, en_tiny.text) <= EN_WER_MAX, en_tiny.text
    assert en_tiny.language == "en" and en_tiny.model == "tiny.en"
    assert en_tiny.backend == "faster" and en_tiny.options["compute_type"] == "int8"
    _check_timing(en_tiny)
    assert all(s.speaker is None for s in en_tiny.segments)


def test_base_english(en_base: Transcript, asr_data: Path) -> None:
    ref = (asr_data / "en_short.txt").read_text()
    assert wer(ref, en_base.text) <= EN_WER_MAX, en_base.text
    assert en_base.language == "en" and en_base.language_probability > 0.8
    _check_timing(en_base)


def test_base_norwegian_detected_and_transcribed(nb_base: Transcript, asr_data: Path) -> None:
    ref = (asr_data / "nb_short.txt").read_text()
    assert nb_base.language == "nb"
    assert wer(ref, nb_base.text) <= NB_WER_MAX, nb_base.text
    _check_timing(nb_base)


def test_restricted_detection_beats_unrestricted(base_backend: Backend, asr_data: Path) -> None:
    """Whisper base alone calls the synthetic Norwegian clip Latin; restricted, it is nb."""
    audio = decode_audio(asr_data / "nb_short.wav")
    _, _, probs = base_backend._whisper.detect_language(audio)  # type: ignore[attr-defined]
    assert probs[0][0] not in ("no", "nn")
    assert base_backend.detect_language(audio, TranscribeOptions())[0] == "nb"
    only_en = TranscribeOptions(allowed_languages=("en",))
    assert base_backend.detect_language(audio, only_en) == ("en", 1.0)


def test_json_round_trip_of_real_output(nb_base: Transcript) -> None:
    assert Transcript.from_json(nb_base.to_json()) == nb_base


def test_forced_language_reports_nb(base_backend: Backend, asr_data: Path) -> None:
    audio = decode_audio(asr_data / "nb_short.wav")[: 16000 * 4]
    t = base_backend.transcribe(audio, TranscribeOptions(language="nb", beam_size=1))
    assert t.language == "nb" and t.language_probability is None


def test_english_only_model_refuses_norwegian(tiny_backend: Backend, asr_data: Path) -> None:
    audio = decode_audio(asr_data / "en_short.wav")
    with pytest.raises(LanguageError, match="English-only"):
        tiny_backend.transcribe(audio, TranscribeOptions(language="nb"))


def test_progress_is_audio_time(tiny_backend: Backend, asr_data: Path) -> None:
    seen: list[float] = []
    tiny_backend.transcribe(decode_audio(asr_data / "en_short.wav"),
                            TranscribeOptions(beam_size=1), seen.append)
    assert seen[-1] == 1.0 and len(seen) >= 2
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)


def test_silence_gives_no_segments(tiny_backend: Backend) -> None:
    t = tiny_backend.transcribe(np.zeros(16000 * 3, np.float32), TranscribeOptions())
    assert t.segments == () and t.duration == 3.0


def test_fillers_survive_in_english(base_backend: Backend, asr_data: Path) -> None:
    """Measured: base keeps 5/5 fillers of the espeak clip with and without --verbatim."""
    audio = decode_audio(asr_data / "asr_fillers_en.wav")
    verbatim = base_backend.transcribe(audio, TranscribeOptions(language="en", verbatim=True))
    assert count_fillers(verbatim.text) >= 3, verbatim.text
    assert not any("prompt-echo" in s.flags for s in verbatim.segments)


def test_unknown_backend() -> None:
    with pytest.raises(BackendError, match="unknown backend"):
        get_backend("whisper.cpp", "tiny.en")
