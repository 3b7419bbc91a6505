"""Real audio files for the bad-input tests, built from the committed clips at test time.

Why built, not committed: each is a cut or a concatenation of ``tests/data`` clips (a
truncated copy, a silent recording, speech around a loud hum and around a silence); making
them takes milliseconds and keeps the repository small.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from anonkit.asr.audio import SAMPLE_RATE, decode_audio

DATA = Path(__file__).resolve().parents[1] / "data"


def write_wav(path: Path, audio: np.ndarray) -> Path:
    """16 kHz mono 16-bit PCM."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())
    return path


def speech() -> np.ndarray:
    return decode_audio(DATA / "en_short.wav")


def half_copied(path: Path, source: Path = DATA / "en_short.wav") -> Path:
    """The first half of ``source``'s bytes: the header still declares the full length."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def silence(path: Path, seconds: float = 4.0) -> Path:
    """Room tone only: faint noise at about -70 dBFS, no speech."""
    rng = np.random.default_rng(7)
    return write_wav(path, rng.normal(0, 3e-4, int(seconds * SAMPLE_RATE)).astype(np.float32))


def hum(seconds: float, like: np.ndarray) -> np.ndarray:
    """A 220 Hz hum as loud (RMS) as the speech ``like``: sound, but no words."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    tone = np.sin(2 * np.pi * 220 * t).astype(np.float32)
    rms_speech = float(np.sqrt(np.mean(like[np.abs(like) > 0.01] ** 2)))
    return tone * rms_speech / float(np.sqrt(np.mean(tone**2)))


def speech_hum_speech_silence_speech(path: Path, gap: float = 8.0) -> Path:
    """speech | ``gap`` s hum | speech | ``gap`` s silence | speech."""
    s = speech()
    quiet = np.zeros(int(gap * SAMPLE_RATE), dtype=np.float32)
    return write_wav(path, np.concatenate([s, hum(gap, s), s, quiet, s]))


def long_speech(path: Path, repeats: int = 12) -> Path:
    """The English clip ``repeats`` times, with a second of silence between (about 2.5 min)."""
    s = speech()
    pause = np.zeros(SAMPLE_RATE, dtype=np.float32)
    return write_wav(path, np.concatenate([x for _ in range(repeats) for x in (s, pause)]))
