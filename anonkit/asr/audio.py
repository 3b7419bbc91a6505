"""Decode any audio or video container into 16 kHz mono float32, in memory.

Why PyAV (FFmpeg's libraries, bundled in the wheel): interview recorders produce m4a, mp3,
wav, flac, ogg/opus and phone videos (mp4); FFmpeg reads all of them, any sample rate, any
channel layout. Decoding happens in memory: no temporary plaintext copy of a recording is
ever written to disk (the input may be personal data decrypted from the vault, so ``source``
may also be ``bytes`` or a binary file object).

``iter_audio`` streams fixed-size chunks (bounded memory, for hours-long files);
``decode_audio`` concatenates them (a 1-hour recording is ~230 MB as float32, which is fine).
Anything that does not yield audio (empty, truncated header, not audio, no audio stream,
zero length) raises ``AudioDecodeError`` (an ``InputError``) with a one-line message.
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from anonkit.errors import InputError

log = logging.getLogger(__name__)

#: Whisper's input rate (Hz); every backend expects audio at this rate.
SAMPLE_RATE = 16_000
#: Shortest audio we accept: shorter than this is a broken file, not a recording.
MIN_SECONDS = 0.1

AudioSource = str | Path | bytes | bytearray | memoryview | BinaryIO


class AudioDecodeError(InputError):
    """The file could not be decoded as audio."""


def _describe(source: AudioSource) -> str:
    return str(source) if isinstance(source, str | Path) else "<audio bytes>"


def _open_input(source: AudioSource) -> str | BinaryIO:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.exists():
            raise AudioDecodeError(f"{path}: no such file")
        if path.is_dir():
            raise AudioDecodeError(f"{path}: is a directory, not an audio file")
        if path.stat().st_size == 0:
            raise AudioDecodeError(f"{path}: the file is empty (0 bytes)")
        return str(path)
    return source


def iter_audio(source: AudioSource, chunk_seconds: float = 30.0) -> Iterator[np.ndarray]:
    """Yield the first audio stream of ``source`` as 16 kHz mono float32 chunks.

    Chunks are about ``chunk_seconds`` long (the last one shorter). Raises
    ``AudioDecodeError`` when the input has no decodable audio at all; a file that breaks
    off mid-stream yields what could be decoded and logs a warning (a recorder that crashed
    still leaves a useful interview).
    """
    import av  # imported here: PyAV loads FFmpeg, which the CLI's --help does not need

    name = _describe(source)
    chunk_len = max(1, int(chunk_seconds * SAMPLE_RATE))
    container = _open_container(source, name)

    total = 0
    with container:
        if not container.streams.audio:
            raise AudioDecodeError(f"{name}: the file contains no audio stream")
        stream = container.streams.audio[0]
        # Keep the channels through resampling and average them ourselves: FFmpeg's stereo
        # to mono down-mix adds the channels at -3 dB, which can push speech past 1.0.
        resampler = av.AudioResampler(format="fltp", rate=SAMPLE_RATE)
        pending: list[np.ndarray] = []
        pending_len = 0

        def frames() -> Iterator[np.ndarray]:
            try:
                for frame in container.decode(stream):
                    frame.pts = None  # let the resampler ignore timestamp gaps
                    for out in resampler.resample(frame):
                        yield _mono(out.to_ndarray())
            except (av.FFmpegError, OSError, ValueError) as err:
                if total == 0 and pending_len == 0:
                    raise AudioDecodeError(
                        f"{name}: could not decode audio ({_short(err)})"
                    ) from err
                log.warning("%s: decoding stopped early (%s); using the audio before it",
                            name, _short(err))
            for out in resampler.resample(None):  # flush the resampler's buffer
                yield _mono(out.to_ndarray())

        for samples in frames():
            pending.append(samples.astype(np.float32, copy=False))
            pending_len += samples.size
            while pending_len >= chunk_len:
                block = np.concatenate(pending)
                yield block[:chunk_len]
                total += chunk_len
                rest = block[chunk_len:]
                pending, pending_len = ([rest], rest.size) if rest.size else ([], 0)
        if pending_len:
            total += pending_len
            yield np.concatenate(pending)
    if total < MIN_SECONDS * SAMPLE_RATE:
        raise AudioDecodeError(
            f"{name}: no audio to transcribe ({total / SAMPLE_RATE:.2f} s decoded; "
            "the file is empty or truncated)"
        )


@dataclass(frozen=True)
class AudioInfo:
    """What the container says about its first audio stream, before any decoding."""

    #: duration the file declares (container, stream or WAV header), ``None`` if unknown
    declared_seconds: float | None
    codec: str


def probe_audio(source: AudioSource) -> AudioInfo:
    """Open ``source`` and read its header only: fails fast (``AudioDecodeError``) on a
    missing, empty or non-audio file, before a model is loaded or a second is decoded.

    A file object is not probed (it could not be read again): an unknown duration is
    returned and decoding reports any problem.
    """
    if not isinstance(source, str | Path | bytes | bytearray | memoryview):
        return AudioInfo(None, "")
    import av

    name = _describe(source)
    container = _open_container(source, name)
    with container:
        if not container.streams.audio:
            raise AudioDecodeError(f"{name}: the file contains no audio stream")
        stream = container.streams.audio[0]
        declared: float | None = None
        if stream.duration and stream.time_base:
            declared = float(stream.duration * stream.time_base)
        elif container.duration:
            declared = container.duration / av.time_base
        codec = stream.codec_context.name or ""
    wav = _wav_declared_seconds(source)
    if wav is not None:  # FFmpeg trims a WAV's length to the bytes present; the header does not
        declared = max(declared or 0.0, wav)
    return AudioInfo(declared, codec)


def _wav_declared_seconds(source: AudioSource) -> float | None:
    """Duration from a RIFF/WAVE header's ``data`` chunk size, or ``None``."""
    if isinstance(source, str | Path):
        with open(source, "rb") as f:
            head = f.read(65536)
    else:
        head = bytes(source[:65536])  # type: ignore[index]
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    pos, byte_rate = 12, 0
    while pos + 8 <= len(head):
        chunk, size = head[pos:pos + 4], struct.unpack("<I", head[pos + 4:pos + 8])[0]
        if chunk == b"fmt " and pos + 20 <= len(head):
            byte_rate = struct.unpack("<I", head[pos + 16:pos + 20])[0]
        elif chunk == b"data":
            # 0 and 0xFFFFFFFF mean "unknown" (a recorder streaming to the file)
            if not byte_rate or size in (0, 0xFFFFFFFF):
                return None
            return size / byte_rate
        pos += 8 + size + (size & 1)
    return None


def _mono(planar: np.ndarray) -> np.ndarray:
    """(channels, samples) float32 -> (samples,) by averaging the channels."""
    return planar[0] if planar.shape[0] == 1 else planar.mean(axis=0, dtype=np.float32)


def decode_audio(source: AudioSource) -> np.ndarray:
    """Decode ``source`` entirely into one float32 mono 16 kHz array (values in [-1, 1])."""
    chunks = list(iter_audio(source))
    audio = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
    return np.ascontiguousarray(audio, dtype=np.float32)


def duration_seconds(audio: np.ndarray) -> float:
    """Length of a decoded array in seconds."""
    return audio.shape[0] / SAMPLE_RATE


def _open_container(source: Any, name: str) -> Any:
    """``av.open`` with every way a bad file fails turned into one ``AudioDecodeError``."""
    import av

    try:
        return av.open(_open_input(source), mode="r", metadata_errors="ignore")
    except AudioDecodeError:
        raise
    except (av.FFmpegError, OSError, ValueError) as err:
        raise AudioDecodeError(f"{name}: not a readable audio file ({_short(err)})") from err


def _short(err: BaseException) -> str:
    """FFmpeg messages can be long and multi-line; keep the first line."""
    strerror = getattr(err, "strerror", None)  # FFmpeg errors: the reason without the path
    text = (strerror or str(err)).strip().splitlines()
    return text[0][:160] if text else err.__class__.__name__
