"""Shared fixtures for the ASR tests: each model loads once, each clip is transcribed once.

Models come from ``anonkit models install`` (scripts/setup.sh runs it); a missing model is a
set-up failure, so these fixtures fail loudly instead of skipping.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from anonkit.asr.audio import decode_audio
from anonkit.asr.backends import Backend
from anonkit.asr.options import TranscribeOptions
from anonkit.asr.pipeline import cached_backend
from anonkit.asr.transcript import Transcript

DATA = Path(__file__).resolve().parents[1] / "data"
THREADS = 2


@pytest.fixture(scope="session")
def asr_data() -> Path:
    return DATA


@pytest.fixture(scope="session")
def tiny_backend() -> Backend:
    return cached_backend("faster", "tiny.en", "cpu", THREADS)


@pytest.fixture(scope="session")
def base_backend() -> Backend:
    return cached_backend("faster", "base", "cpu", THREADS)


@pytest.fixture(scope="session")
def en_tiny(tiny_backend: Backend) -> Transcript:
    return tiny_backend.transcribe(decode_audio(DATA / "en_short.wav"), TranscribeOptions())


@pytest.fixture(scope="session")
def en_base(base_backend: Backend) -> Transcript:
    return base_backend.transcribe(decode_audio(DATA / "en_short.wav"), TranscribeOptions())


@pytest.fixture(scope="session")
def nb_base(base_backend: Backend) -> Transcript:
    return base_backend.transcribe(decode_audio(DATA / "nb_short.wav"), TranscribeOptions())
