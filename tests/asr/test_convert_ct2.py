"""The CTranslate2 -> openai-whisper converter.

Two kinds of evidence:

* synthetic models written by CTranslate2's own spec writer (``ctranslate2.specs``), in every
  weight type it can save: the reader must recover each tensor within the quantization step;
* the real tiny.en/base weights: the converted checkpoint loads with ``strict=True`` and
  computes the *same numbers* as CTranslate2 (encoder output, language probabilities).

Real-model tests need ``anonkit models install`` (CI runs it through scripts/setup.sh) and
fail without it; set ``ANONKIT_SKIP_MODELS=1`` to skip them on a machine without models.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import ctranslate2
import numpy as np
import pytest
import torch
from ctranslate2.specs import common_spec, whisper_spec
from whisper.model import ModelDimensions, Whisper

from anonkit.asr.convert_ct2 import (
    CHECKPOINT_NAME,
    META_NAME,
    CT2FormatError,
    convert_ct2_to_openai,
    dequantize,
    ensure_openai_checkpoint,
    read_ct2_model,
)

SKIP_MODELS = pytest.mark.skipif(
    os.environ.get("ANONKIT_SKIP_MODELS") == "1", reason="ANONKIT_SKIP_MODELS=1"
)
DATA = Path(__file__).resolve().parents[1] / "data"

# A Whisper small enough to write in milliseconds: width 8, 2 heads, one layer each side.
D, HEADS, VOCAB = 8, 2, 64


# --------------------------------------------------------------------------- synthetic


def _linear(spec: common_spec.LinearSpec, rng: np.random.Generator, n_out: int, n_in: int,
            bias: bool = True) -> None:
    spec.weight = rng.standard_normal((n_out, n_in)).astype(np.float32)
    if bias:
        spec.bias = rng.standard_normal(n_out).astype(np.float32)


def _norm(spec: common_spec.LayerNormSpec, rng: np.random.Generator) -> None:
    spec.gamma = (1 + 0.1 * rng.standard_normal(D)).astype(np.float32)
    spec.beta = (0.1 * rng.standard_normal(D)).astype(np.float32)


def _ffn(spec, rng: np.random.Generator) -> None:
    _norm(spec.layer_norm, rng)
    _linear(spec.linear_0, rng, 4 * D, D)
    _linear(spec.linear_1, rng, D, 4 * D)


def synthetic_spec(seed: int = 0) -> whisper_spec.WhisperSpec:
    """A complete one-layer WhisperSpec with random float32 weights.

    The output projection shares the embedding matrix, as in every Whisper model, so the
    writer stores it as an alias.
    """
    rng = np.random.default_rng(seed)
    spec = whisper_spec.WhisperSpec(1, HEADS, 1, HEADS)
    enc, dec = spec.encoder, spec.decoder
    enc.conv1.weight = rng.standard_normal((D, 80, 3)).astype(np.float32)
    enc.conv1.bias = rng.standard_normal(D).astype(np.float32)
    enc.conv2.weight = rng.standard_normal((D, D, 3)).astype(np.float32)
    enc.conv2.bias = rng.standard_normal(D).astype(np.float32)
    enc.position_encodings.encodings = rng.standard_normal((1500, D)).astype(np.float32)
    _norm(enc.layer_norm, rng)
    layer = enc.layer[0]
    _norm(layer.self_attention.layer_norm, rng)
    _linear(layer.self_attention.linear[0], rng, 3 * D, D)
    layer.self_attention.linear[0].bias[D : 2 * D] = 0  # openai's key has no bias
    _linear(layer.self_attention.linear[1], rng, D, D)
    _ffn(layer.ffn, rng)

    dec.embeddings.weight = rng.standard_normal((VOCAB, D)).astype(np.float32)
    dec.position_encodings.encodings = rng.standard_normal((448, D)).astype(np.float32)
    _norm(dec.layer_norm, rng)
    dec.projection.weight = dec.embeddings.weight
    layer = dec.layer[0]
    _norm(layer.self_attention.layer_norm, rng)
    _linear(layer.self_attention.linear[0], rng, 3 * D, D)
    layer.self_attention.linear[0].bias[D : 2 * D] = 0
    _linear(layer.self_attention.linear[1], rng, D, D)
    _norm(layer.attention.layer_norm, rng)
    _linear(layer.attention.linear[0], rng, D, D)
    _linear(layer.attention.linear[1], rng, 2 * D, D)
    layer.attention.linear[1].bias[:D] = 0
    _linear(layer.attention.linear[2], rng, D, D)
    _ffn(layer.ffn, rng)
    spec.register_vocabulary([f"t{i}" for i in range(VOCAB)])
    return spec


def save_spec(spec: whisper_spec.WhisperSpec, out: Path, quantization: str | None) -> Path:
    """Write ``spec`` with CTranslate2's own writer, as its converters do."""
    out.mkdir(parents=True, exist_ok=True)
    spec.validate()
    spec.optimize(quantization=quantization)
    spec.save(str(out))
    return out


def reference_weights(seed: int = 0) -> dict[str, np.ndarray]:
    """The float32 tensors of ``synthetic_spec(seed)`` by CTranslate2 name."""
    spec = synthetic_spec(seed)
    spec.validate()  # wraps every array in a ctranslate2 Variable
    arrays = {name: value.numpy() for name, value in spec.variables().items()
              if not isinstance(value, str)}
    return {name: a for name, a in arrays.items() if a.ndim > 0}


@pytest.fixture(scope="module")
def reference() -> dict[str, np.ndarray]:
    weights = reference_weights()
    assert len(weights) == 44  # every tensor of the one-layer model (guards against vacuity)
    return weights


# Largest error of one weight after a round trip, relative to its row's largest magnitude.
TOLERANCE = {
    "float32": 0.0,
    "float16": 2.0**-11,
    "bfloat16": 2.0**-8,
    "int8": 0.5 / 127 + 1e-6,
    "int8_float32": 0.5 / 127 + 1e-6,
    "int8_float16": 0.5 / 127 + 2.0**-11,
    "int16": 2.0**-10,  # one step of 2**-10 of the whole tensor's maximum (CT2's int16 scale)
}


@pytest.mark.parametrize("quantization", sorted(TOLERANCE))
def test_every_weight_type_round_trips(
    tmp_path: Path, reference: dict[str, np.ndarray], quantization: str
) -> None:
    model_dir = save_spec(synthetic_spec(), tmp_path / quantization, quantization)
    model = read_ct2_model(model_dir / "model.bin")
    weights = dequantize(model.variables)
    assert model.spec_name == "WhisperSpec"
    assert "decoder/projection/weight" in model.aliases  # shared with the embeddings
    for name, expected in reference.items():
        got = weights[name]
        assert got.dtype == np.float32 and got.shape == expected.shape, name
        if quantization == "int16":
            bound = np.abs(expected).max() * TOLERANCE[quantization]
        else:  # per output row
            rows = np.abs(expected).reshape(expected.shape[0], -1).max(axis=1)
            bound = (rows * TOLERANCE[quantization]).reshape((-1,) + (1,) * (expected.ndim - 1))
        assert np.all(np.abs(got - expected) <= bound + 1e-7), name
    if quantization.startswith("int8"):
        assert model.variables["decoder/layer_0/ffn/linear_0/weight"].dtype == np.int8


def test_quantization_changes_the_values(tmp_path: Path, reference: dict[str, np.ndarray]) -> None:
    """The int8 check above is not vacuous: int8 storage really loses precision."""
    model_dir = save_spec(synthetic_spec(), tmp_path / "q", "int8")
    weights = dequantize(read_ct2_model(model_dir / "model.bin").variables)
    name = "encoder/layer_0/ffn/linear_0/weight"
    assert not np.array_equal(weights[name], reference[name])


def test_synthetic_model_computes_what_ctranslate2_computes(tmp_path: Path) -> None:
    """Encoder output of the converted model equals CTranslate2's on the same weights."""
    model_dir = save_spec(synthetic_spec(1), tmp_path / "m", "float32")
    checkpoint = convert_ct2_to_openai(model_dir)
    assert checkpoint["dims"] == {
        "n_mels": 80, "n_audio_ctx": 1500, "n_audio_state": D, "n_audio_head": HEADS,
        "n_audio_layer": 1, "n_vocab": VOCAB, "n_text_ctx": 448, "n_text_state": D,
        "n_text_head": HEADS, "n_text_layer": 1,
    }
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    model.load_state_dict(checkpoint["model_state_dict"], strict=True)
    mel = np.random.default_rng(2).standard_normal((1, 80, 3000)).astype(np.float32)
    with torch.no_grad():
        ours = model.encoder(torch.from_numpy(mel)).numpy()
    ct2 = ctranslate2.models.Whisper(str(model_dir), device="cpu", compute_type="float32")
    theirs = np.array(ct2.encode(ctranslate2.StorageView.from_array(mel), to_cpu=True))
    np.testing.assert_allclose(ours, theirs, atol=1e-3, rtol=1e-3)


def test_truncated_file_is_a_clear_error(tmp_path: Path) -> None:
    model_dir = save_spec(synthetic_spec(), tmp_path / "m", "int8")
    data = (model_dir / "model.bin").read_bytes()
    (model_dir / "model.bin").write_bytes(data[: len(data) // 2])
    with pytest.raises(CT2FormatError, match="truncated"):
        read_ct2_model(model_dir / "model.bin")


def test_unknown_binary_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes((99).to_bytes(4, "little") + b"\0" * 16)
    with pytest.raises(CT2FormatError, match="binary version 99"):
        read_ct2_model(path)


def test_checkpoint_cache_is_reused_and_rebuilt_when_tampered(tmp_path: Path) -> None:
    model_dir = save_spec(synthetic_spec(), tmp_path / "m", "int8_float16")
    path = ensure_openai_checkpoint(model_dir)
    assert path == model_dir / CHECKPOINT_NAME
    meta = json.loads((model_dir / META_NAME).read_text())
    assert len(meta["sha256"]) == 64 and len(meta["source_sha256"]) == 64
    stamp = path.stat().st_mtime_ns
    assert ensure_openai_checkpoint(model_dir) == path
    assert path.stat().st_mtime_ns == stamp  # valid cache: not rewritten

    path.write_bytes(path.read_bytes()[:-1] + b"x")  # tamper
    ensure_openai_checkpoint(model_dir)
    assert json.loads((model_dir / META_NAME).read_text())["sha256"] == meta["sha256"]
    loaded = torch.load(path, weights_only=True)
    assert loaded["dims"]["n_vocab"] == VOCAB


# --------------------------------------------------------------------------- real weights


@pytest.fixture(scope="module")
def models_dir() -> Path:
    from anonkit.asr.models import resolve_model

    return resolve_model("tiny.en").parent


@SKIP_MODELS
@pytest.mark.slow
def test_tiny_en_converts_completely(models_dir: Path) -> None:
    checkpoint = convert_ct2_to_openai(models_dir / "tiny.en")
    assert checkpoint["dims"] == {
        "n_mels": 80, "n_audio_ctx": 1500, "n_audio_state": 384, "n_audio_head": 6,
        "n_audio_layer": 4, "n_vocab": 51864, "n_text_ctx": 448, "n_text_state": 384,
        "n_text_head": 6, "n_text_layer": 4,
    }
    model = Whisper(ModelDimensions(**checkpoint["dims"]))
    # strict=True: no missing and no unexpected names, every shape right
    model.load_state_dict(checkpoint["model_state_dict"], strict=True)
    model.set_alignment_heads(checkpoint["alignment_heads"])
    heads = model.alignment_heads.to_dense().nonzero().tolist()
    config = json.loads((models_dir / "tiny.en" / "config.json").read_text())
    assert heads == config["alignment_heads"]


def _mel(path: Path) -> np.ndarray:
    import whisper

    from anonkit.asr.audio import decode_audio

    audio = decode_audio(path)
    mel = whisper.log_mel_spectrogram(audio, 80, padding=whisper.audio.N_SAMPLES)
    return whisper.pad_or_trim(mel, whisper.audio.N_FRAMES).numpy()[None]


@SKIP_MODELS
@pytest.mark.slow
def test_base_matches_ctranslate2_on_speech(models_dir: Path, tmp_path: Path) -> None:
    """Same encoder output and same language probabilities as CTranslate2 on real speech."""
    from anonkit.asr.openai_backend import load_whisper_model

    # a private copy: the test must not depend on (or write) the shared cache
    model_dir = tmp_path / "base"
    shutil.copytree(models_dir / "base", model_dir,
                    ignore=shutil.ignore_patterns("openai.pt*"))
    model = load_whisper_model(model_dir)
    ct2 = ctranslate2.models.Whisper(str(model_dir), device="cpu", compute_type="float32",
                                     intra_threads=1)
    mel = _mel(DATA / "nb_short.wav")
    with torch.no_grad():
        ours = model.encoder(torch.from_numpy(mel)).numpy()
        _, probs = model.detect_language(torch.from_numpy(mel[0]))
    theirs = np.array(ct2.encode(ctranslate2.StorageView.from_array(mel), to_cpu=True))
    assert np.abs(ours - theirs).max() <= 1e-3 * np.abs(theirs).max()
    ct2_probs = dict(ct2.detect_language(ctranslate2.StorageView.from_array(mel))[0])
    for lang, p in probs.items():
        assert abs(p - ct2_probs[f"<|{lang}|>"]) < 1e-3, lang
