"""resemblyzer's speaker encoder in numpy: the same weights and maths, without torch.

Why: importing resemblyzer imports torch (and librosa), which alone took a transcription with
speaker turns from ~380 MiB to ~820 MiB peak RSS, although the network is a 3-layer LSTM of
1.4 M parameters. This module reads the weights from the ``pretrained.pt`` inside
resemblyzer's wheel (never a download), computes the same 40-band mel spectrogram as
``resemblyzer.wav_to_mel_spectrogram`` (librosa's defaults, re-implemented) and runs the LSTM
in numpy. ``tests/asr/test_voice_encoder.py`` checks it against resemblyzer's torch encoder on
a real clip; ``benchmarks/bench_asr.py`` measures the memory.

``pretrained.pt`` is in torch's *legacy* serialization (torch < 1.6): five pickles in a row
(magic number, protocol version, system info, the object with storages as persistent ids,
the storage keys), then each storage as ``i64 element count`` + raw little-endian data. It is
read here with a restricted unpickler that only builds tensors and dicts: a pickle can run
code, and this one never gets the chance.
"""

from __future__ import annotations

import importlib.util
import pickle
import struct
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from anonkit.errors import ModelNotFoundError

__all__ = ["NumpyVoiceEncoder", "load_encoder", "mel_spectrogram", "normalize_volume",
           "resemblyzer_weights_path"]

SAMPLE_RATE = 16_000
N_FFT = 400  # 25 ms window
HOP = 160  # 10 ms step
N_MELS = 40
HIDDEN = 256
LAYERS = 3
#: resemblyzer ``audio_norm_target_dBFS``.
TARGET_DBFS = -30.0
_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C

_STORAGE_DTYPES = {"FloatStorage": np.float32, "DoubleStorage": np.float64,
                   "HalfStorage": np.float16, "LongStorage": np.int64,
                   "IntStorage": np.int32, "ByteStorage": np.uint8}


class WeightsError(ModelNotFoundError):
    """The speaker encoder's weights (resemblyzer's pretrained.pt) are missing or unreadable."""


# --------------------------------------------------------------------------- weights


def resemblyzer_weights_path() -> Path:
    """``pretrained.pt`` inside the installed resemblyzer package, found without importing it
    (importing it imports torch)."""
    spec = importlib.util.find_spec("resemblyzer")
    if spec is None or not spec.submodule_search_locations:
        from anonkit.asr.speakers import SpeakerModelMissingError

        raise SpeakerModelMissingError()
    return Path(next(iter(spec.submodule_search_locations))) / "pretrained.pt"


@dataclass
class _StorageRef:
    key: str
    dtype: Any
    size: int


@dataclass
class _TensorRef:
    storage: _StorageRef
    offset: int
    shape: tuple[int, ...]
    stride: tuple[int, ...]


def _rebuild_tensor(storage: _StorageRef, offset: int, size: tuple[int, ...],
                    stride: tuple[int, ...], *_: Any) -> _TensorRef:
    return _TensorRef(storage, int(offset), tuple(size), tuple(stride))


class _Unpickler(pickle.Unpickler):
    """Builds only what a state dict needs; any other global is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "torch._utils" and name in ("_rebuild_tensor", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "torch" and name in _STORAGE_DTYPES:
            return name
        if module == "collections" and name == "OrderedDict":
            return OrderedDict
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from a weights file")

    def persistent_load(self, pid: Any) -> _StorageRef:
        kind, storage_type, key, _location, size = pid[:5]
        if kind != "storage" or storage_type not in _STORAGE_DTYPES:
            raise pickle.UnpicklingError(f"unsupported storage {pid!r}")
        return _StorageRef(str(key), _STORAGE_DTYPES[storage_type], int(size))


def _materialize(ref: _TensorRef, storages: dict[str, np.ndarray]) -> np.ndarray:
    data = storages[ref.storage.key]
    itemsize = data.itemsize
    view = np.lib.stride_tricks.as_strided(
        data[ref.offset:], shape=ref.shape, strides=tuple(s * itemsize for s in ref.stride))
    return np.array(view)  # own copy, contiguous


def _walk(obj: Any, storages: dict[str, np.ndarray]) -> Any:
    if isinstance(obj, _TensorRef):
        return _materialize(obj, storages)
    if isinstance(obj, dict):
        return {k: _walk(v, storages) for k, v in obj.items()}
    return obj


def read_legacy_torch(fh: BinaryIO) -> Any:
    """Load a legacy-format torch checkpoint as nested dicts of numpy arrays."""
    magic = pickle.load(fh)  # plain ints: no globals involved
    if magic != _LEGACY_MAGIC:
        raise WeightsError()
    pickle.load(fh)  # protocol version
    pickle.load(fh)  # system info (dict of ints/bools)
    result = _Unpickler(fh).load()
    keys = pickle.load(fh)
    refs: dict[str, _StorageRef] = {}

    def collect(obj: Any) -> None:
        if isinstance(obj, _TensorRef):
            refs[obj.storage.key] = obj.storage
        elif isinstance(obj, dict):
            for v in obj.values():
                collect(v)

    collect(result)
    storages: dict[str, np.ndarray] = {}
    for key in keys:
        (count,) = struct.unpack("<q", fh.read(8))
        dtype = np.dtype(refs[key].dtype).newbyteorder("<") if key in refs else np.uint8
        raw = fh.read(count * np.dtype(dtype).itemsize)
        storages[key] = np.frombuffer(raw, dtype=dtype)
    return _walk(result, storages)


@cache
def _weights(path: Path) -> dict[str, np.ndarray]:
    try:
        with path.open("rb") as fh:
            state = read_legacy_torch(fh)["model_state"]
    except (OSError, EOFError, KeyError, pickle.UnpicklingError, struct.error) as exc:
        raise WeightsError(f"cannot read the speaker encoder weights {path} ({exc}); "
                           "reinstall resemblyzer") from None
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in state.items()}


# --------------------------------------------------------------------------- features


@cache
def _mel_basis() -> np.ndarray:
    """librosa.filters.mel(sr=16000, n_fft=400, n_mels=40): Slaney mel scale and area norm."""
    def hz_to_mel(f: np.ndarray) -> np.ndarray:
        f = np.asarray(f, dtype=np.float64)
        f_sp, min_log_hz = 200.0 / 3, 1000.0
        min_log_mel, logstep = min_log_hz / f_sp, np.log(6.4) / 27.0
        return np.where(f >= min_log_hz,
                        min_log_mel + np.log(np.maximum(f, min_log_hz) / min_log_hz) / logstep,
                        f / f_sp)

    def mel_to_hz(m: np.ndarray) -> np.ndarray:
        f_sp, min_log_hz = 200.0 / 3, 1000.0
        min_log_mel, logstep = min_log_hz / f_sp, np.log(6.4) / 27.0
        return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)),
                        f_sp * m)

    fft_freqs = np.fft.rfftfreq(N_FFT, 1.0 / SAMPLE_RATE)
    mel_f = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    fdiff = np.diff(mel_f)
    ramps = mel_f[:, None] - fft_freqs[None, :]
    lower = -ramps[:-2] / fdiff[:-1, None]
    upper = ramps[2:] / fdiff[1:, None]
    weights = np.maximum(0, np.minimum(lower, upper))
    weights *= (2.0 / (mel_f[2:] - mel_f[:-2]))[:, None]
    return weights.astype(np.float32)


def mel_spectrogram(wav: np.ndarray) -> np.ndarray:
    """``(frames, 40)`` power mel spectrogram, as ``resemblyzer.wav_to_mel_spectrogram``
    (librosa 0.10+: centred frames, zero padding, periodic Hann window)."""
    x = np.pad(np.asarray(wav, dtype=np.float32), N_FFT // 2)
    n_frames = 1 + (len(x) - N_FFT) // HOP
    if n_frames <= 0:
        return np.zeros((0, N_MELS), np.float32)
    window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)
    out = np.empty((n_frames, N_MELS), np.float32)
    basis = _mel_basis().T
    for start in range(0, n_frames, 4096):  # bounded memory on long recordings
        idx = np.arange(start, min(start + 4096, n_frames))[:, None] * HOP + np.arange(N_FFT)
        spec = np.abs(np.fft.rfft(x[idx] * window, axis=1)) ** 2
        out[start:start + len(idx)] = spec.astype(np.float32) @ basis
    return out


def normalize_volume(wav: np.ndarray, target_dbfs: float = TARGET_DBFS) -> np.ndarray:
    """resemblyzer ``normalize_volume(wav, -30, increase_only=True)``."""
    int16_max = 2**15 - 1
    rms = np.sqrt(np.mean((wav * int16_max) ** 2))
    if rms == 0:
        return wav
    change = target_dbfs - 20 * np.log10(rms / int16_max)
    return wav if change < 0 else (wav * (10 ** (change / 20))).astype(np.float32)


# --------------------------------------------------------------------------- network


def _one_blas_thread() -> Any:
    """Limit BLAS to one thread for a block (threadpoolctl, a scikit-learn dependency); a
    no-op context when it is not installed."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - depends on the environment
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


class NumpyVoiceEncoder:
    """resemblyzer's ``VoiceEncoder.forward`` in numpy: LSTM(40->256, 3 layers), the last
    layer's final hidden state, Linear(256->256), ReLU, L2 normalisation.

    Speed: the gate columns are reordered from torch's (i, f, g, o) to (i, f, o, g) so one
    in-place call computes the three sigmoids (as ``(tanh(x/2) + 1) / 2``, which cannot
    overflow) and one the cell input; only the recurrence runs step by step.
    """

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        order = np.r_[0:2 * HIDDEN, 3 * HIDDEN:4 * HIDDEN, 2 * HIDDEN:3 * HIDDEN]
        self.layers = [
            (np.ascontiguousarray(weights[f"lstm.weight_ih_l{k}"][order].T),
             np.ascontiguousarray(weights[f"lstm.weight_hh_l{k}"][order].T),
             (weights[f"lstm.bias_ih_l{k}"] + weights[f"lstm.bias_hh_l{k}"])[order])
            for k in range(LAYERS)]
        self.linear_w = np.ascontiguousarray(weights["linear.weight"].T)
        self.linear_b = weights["linear.bias"]

    def __call__(self, mels: np.ndarray) -> np.ndarray:
        """``(batch, frames, 40)`` float32 mels -> ``(batch, 256)`` unit-length embeddings.

        BLAS runs single-threaded here: the recurrence is 480 small matrix products, and
        OpenBLAS's threads spin between them. Measured on the 2-core machine under load
        (64 windows): 0.84 CPU-s / 2.6 s wall on one thread against 4.6 CPU-s / 11.5 s wall
        on two.
        """
        with _one_blas_thread():
            return self._forward(mels)

    def _forward(self, mels: np.ndarray) -> np.ndarray:
        x = np.asarray(mels, dtype=np.float32)
        batch, steps, _ = x.shape
        h = np.zeros((batch, HIDDEN), np.float32)
        n_sig = 3 * HIDDEN
        for layer, (w_ih, w_hh, bias) in enumerate(self.layers):
            xs = x @ w_ih  # input projections for every step at once
            xs += bias
            last = layer == LAYERS - 1
            outputs = None if last else np.empty((batch, steps, HIDDEN), np.float32)
            h = np.zeros((batch, HIDDEN), np.float32)
            c = np.zeros((batch, HIDDEN), np.float32)
            gates = np.empty((batch, 4 * HIDDEN), np.float32)
            tmp = np.empty((batch, HIDDEN), np.float32)
            for t in range(steps):
                np.matmul(h, w_hh, out=gates)
                gates += xs[:, t]
                sig = gates[:, :n_sig]
                sig *= 0.5
                np.tanh(sig, out=sig)
                sig += 1.0
                sig *= 0.5
                g = gates[:, n_sig:]
                np.tanh(g, out=g)
                c *= gates[:, HIDDEN:2 * HIDDEN]  # forget gate
                np.multiply(gates[:, :HIDDEN], g, out=tmp)  # input gate x cell input
                c += tmp
                np.tanh(c, out=h)
                h *= gates[:, 2 * HIDDEN:n_sig]  # output gate
                if outputs is not None:
                    outputs[:, t] = h
            if outputs is not None:
                x = outputs
        raw = np.maximum(h @ self.linear_w + self.linear_b, 0.0)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        return (raw / np.maximum(norm, 1e-12)).astype(np.float32)


@cache
def load_encoder() -> NumpyVoiceEncoder:
    """The encoder, built once per process from resemblyzer's wheel weights."""
    return NumpyVoiceEncoder(_weights(resemblyzer_weights_path()))
