"""Pipeline stage order and the speaker stage's behaviour when its optional extra is absent."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from anonkit.asr import speakers
from anonkit.asr.audio import decode_audio
from anonkit.asr.pipeline import add_speakers, parse_speakers, transcribe_file
from anonkit.asr.transcript import Segment, Transcript
from anonkit.errors import AnonkitError, ModelNotFoundError

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(("text", "value"), [
    ("auto", "auto"), ("0", 0), ("none", 0), ("1", 1), ("2", 2), (2, 2), ("3", 3),
    (" 8 ", 8), ("20", 20),
])
def test_parse_speakers(text: str | int, value: object) -> None:
    assert parse_speakers(text) == value


@pytest.mark.parametrize("text", ["21", "-1", "two", "2.5", ""])
def test_parse_speakers_rejects_other_values(text: str) -> None:
    with pytest.raises(AnonkitError, match="--speakers"):
        parse_speakers(text)


@pytest.fixture
def without_resemblyzer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import resemblyzer`` fail as it does when the diarize extra is missing."""
    monkeypatch.setitem(sys.modules, "resemblyzer", None)
    monkeypatch.setattr(speakers, "_ENCODER", None)


def test_missing_diarize_extra(without_resemblyzer: None, caplog: pytest.LogCaptureFixture) -> None:
    audio = decode_audio(DATA / "en_short.wav")
    t = Transcript("en", 11.4, "m", (Segment(0.0, 5.0, "Thank you."),))
    with caplog.at_level(logging.WARNING):
        assert add_speakers(audio, t, "auto") == t  # auto: still a transcript, with a warning
    assert "speaker turns skipped" in caplog.text
    with pytest.raises(ModelNotFoundError, match="diarize") as info:
        add_speakers(audio, t, 2)  # asked for explicitly: a one-line install message
    assert "\n" not in str(info.value)
    assert add_speakers(audio, t, 0) is t


def test_missing_model_fails_before_decoding() -> None:
    """The model is resolved first, so a typo costs no decoding time."""
    with pytest.raises(ModelNotFoundError):
        transcribe_file(DATA / "not_audio.mp3", model="no-such-model")
