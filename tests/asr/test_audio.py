"""Audio decoding: every container a recorder produces, resampling, and clean failures.

The committed clip is re-encoded on the fly with PyAV (stereo, 44.1/48 kHz) into pytest's
tmp_path, so these tests need no extra data files and exercise resampling and down-mixing.
"""

from __future__ import annotations

import wave
from pathlib import Path

import av
import numpy as np
import pytest

from anonkit.asr.audio import SAMPLE_RATE, AudioDecodeError, decode_audio, iter_audio
from anonkit.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"

# (suffix, container format, codec, sample rate, sample format)
FORMATS = [
    ("mp3", "mp3", "libmp3lame", 44100, "s16p"),
    ("m4a", "ipod", "aac", 44100, "fltp"),
    ("ogg", "ogg", "vorbis", 44100, "fltp"),
    ("opus", "ogg", "libopus", 48000, "s16"),
    ("flac", "flac", "flac", 22050, "s16"),
    ("mp4", "mp4", "aac", 48000, "fltp"),
    ("wav", "wav", "pcm_s16le", 8000, "s16"),
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return decode_audio(DATA / "en_short.wav")


def encode(audio: np.ndarray, path: Path, fmt: str, codec: str, rate: int, sample_fmt: str,
           channels: int = 2) -> Path:
    """Write 16 kHz mono ``audio`` as ``codec`` in ``fmt`` at ``rate`` with ``channels``.

    PyAV's encoder resamples each frame to the stream's rate, format and layout itself.
    """
    layout = "stereo" if channels == 2 else "mono"
    with av.open(str(path), "w", format=fmt) as out:
        # FFmpeg's own vorbis encoder is marked experimental; allow it for the test.
        stream = out.add_stream(codec, rate=rate, layout=layout,
                                options={"strict": "experimental"})
        stream.format = sample_fmt
        pcm = np.tile(audio, (channels, 1)).astype(np.float32)
        for i in range(0, pcm.shape[1], 1024):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(pcm[:, i : i + 1024]), format="fltp", layout=layout
            )
            frame.sample_rate = SAMPLE_RATE
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


@pytest.mark.parametrize(("suffix", "fmt", "codec", "rate", "sample_fmt"), FORMATS)
def test_decodes_each_container(tmp_path: Path, reference: np.ndarray, suffix: str, fmt: str,
                                codec: str, rate: int, sample_fmt: str) -> None:
    path = encode(reference, tmp_path / f"clip.{suffix}", fmt, codec, rate, sample_fmt)
    audio = decode_audio(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    # Same length within encoder padding (AAC/Opus add up to ~0.1 s).
    assert abs(audio.shape[0] - reference.shape[0]) / SAMPLE_RATE < 0.15
    assert np.abs(audio).max() <= 1.0  # stereo is averaged, not summed
    # Still the same signal: energy within a factor 2 of the original.
    ratio = float(np.sqrt(np.mean(audio**2)) / np.sqrt(np.mean(reference**2)))
    assert 0.5 < ratio < 2.0


def test_bytes_and_file_objects(reference: np.ndarray) -> None:
    raw = (DATA / "en_short.wav").read_bytes()
    assert np.array_equal(decode_audio(raw), reference)
    with (DATA / "en_short.wav").open("rb") as fh:
        assert np.array_equal(decode_audio(fh), reference)


def test_streaming_chunks_concatenate_to_the_whole(reference: np.ndarray) -> None:
    chunks = list(iter_audio(DATA / "en_short.wav", chunk_seconds=2.0))
    assert all(c.shape[0] == 2 * SAMPLE_RATE for c in chunks[:-1])
    assert np.array_equal(np.concatenate(chunks), reference)


@pytest.mark.parametrize(("name", "message"), [
    ("empty.wav", "empty"),
    ("truncated.wav", "no audio"),
    ("not_audio.mp3", "not a readable audio file"),
    ("does_not_exist.wav", "no such file"),
])
def test_bad_input_is_a_one_line_input_error(name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode_audio(DATA / name)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_directory_is_rejected() -> None:
    with pytest.raises(AudioDecodeError, match="directory"):
        decode_audio(DATA)


def test_zero_length_and_garbage_bytes() -> None:
    with pytest.raises(AudioDecodeError):
        decode_audio(b"")
    with pytest.raises(AudioDecodeError):
        decode_audio(b"\x00" * 5000)


def test_zero_duration_wav(tmp_path: Path) -> None:
    path = tmp_path / "zero.wav"
    with wave.open(str(path), "wb") as w:  # a valid header with no samples
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
    with pytest.raises(AudioDecodeError, match="no audio"):
        decode_audio(path)


def test_cut_off_recording_keeps_what_was_there(reference: np.ndarray, tmp_path: Path) -> None:
    mp3 = encode(reference, tmp_path / "full.mp3", "mp3", "libmp3lame", 44100, "s16p")
    cut = tmp_path / "cut.mp3"
    data = mp3.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    audio = decode_audio(cut)
    assert 0.3 < audio.shape[0] / reference.shape[0] < 0.7


def test_video_without_audio_stream(tmp_path: Path) -> None:
    path = tmp_path / "silent.mp4"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 32, 32, "yuv420p"
        for _ in range(5):
            frame = av.VideoFrame.from_ndarray(np.zeros((32, 32, 3), np.uint8), format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    with pytest.raises(AudioDecodeError, match="no audio stream"):
        decode_audio(path)
