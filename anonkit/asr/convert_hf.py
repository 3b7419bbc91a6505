"""Convert a Hugging Face Whisper folder (transformers layout, safetensors) to CTranslate2.

Why: the good Norwegian models (NbAiLab's nb-whisper) are published in the Hugging Face
layout. Converting them with ``ct2-transformers-converter`` needs transformers and torch on a
connected machine; a research team typically has a browser there and nothing else. This
module converts on the offline machine from the files a browser downloads from a model page:

=================================  ==========================================================
``config.json``                    architecture (layers, heads, vocabulary size)
``model.safetensors`` or           the weights; sharded models have ``*.safetensors`` parts
``model.safetensors.index.json``   named by the index's ``weight_map``
``tokenizer.json``                 vocabulary (also copied: faster-whisper decodes with it)
``preprocessor_config.json``       mel settings (copied: faster-whisper reads ``feature_size``,
                                   80 or 128 mel bins, from it)
``generation_config.json``         optional: suppressed tokens, alignment heads, language ids
=================================  ==========================================================

``pytorch_model.bin`` (a pickle) is refused on purpose: loading it runs code from the file.

Mapping (``WhisperForConditionalGeneration`` names, ``model.`` prefix optional, to the
CTranslate2 ``WhisperSpec``; the inverse of what ``anonkit.asr.convert_ct2`` documents):

* ``{encoder,decoder}.layers.N.self_attn.{q,k,v}_proj`` -> ``layer_N/self_attention/linear_0``
  (q|k|v stacked on axis 0; ``k_proj`` has no bias and gets a zero block);
  ``out_proj`` -> ``linear_1``; ``self_attn_layer_norm`` -> ``self_attention/layer_norm``;
* ``decoder.layers.N.encoder_attn.q_proj`` -> ``attention/linear_0``, ``{k,v}_proj`` ->
  ``attention/linear_1`` (k|v stacked), ``out_proj`` -> ``linear_2``;
  ``encoder_attn_layer_norm`` -> ``attention/layer_norm``;
* ``fc1``/``fc2``/``final_layer_norm`` -> ``ffn/linear_0``/``linear_1``/``layer_norm``;
* ``encoder.conv{1,2}``, ``{encoder,decoder}.embed_positions`` -> ``position_encodings``,
  ``decoder.embed_tokens`` -> ``embeddings`` (and the output projection: Whisper ties them;
  ``proj_out.weight`` is used when the file has it), ``layer_norm`` -> ``layer_norm``.

CTranslate2's own ``WhisperSpec`` serializes the result (``model.bin``, ``config.json``,
``vocabulary.json``) and quantizes it (int8: one scale per output row, ``q = rint(w * 127 /
max|row|)``), so the file is exactly what ``ct2-transformers-converter`` would write.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from anonkit.errors import AnonkitError

__all__ = [
    "COPIED_FILES",
    "HF_REQUIRED",
    "QUANTIZATIONS",
    "HFFormatError",
    "HFWhisper",
    "convert_hf_to_ct2",
    "is_hf_folder",
    "model_flavour",
    "open_hf_folder",
]

#: Files an HF Whisper folder must have besides its weights.
HF_REQUIRED = ("config.json", "tokenizer.json", "preprocessor_config.json")
#: Copied unchanged into the CTranslate2 folder (faster-whisper reads them).
COPIED_FILES = ("tokenizer.json", "preprocessor_config.json")
#: Storage types offered by ``anonkit models import --quantization``. int8 is what anonkit
#: computes in on CPU anyway (a quarter of float32 on disk); float16/float32 keep the
#: published precision for a GPU or for comparisons.
QUANTIZATIONS = ("int8", "float16", "float32")
SINGLE_FILE = "model.safetensors"
INDEX_FILE = "model.safetensors.index.json"
#: Whisper's special tokens that sit between ``<|startoftranscript|>`` and the timestamps but
#: are not languages.
_NON_LANGUAGE = {"<|translate|>", "<|transcribe|>", "<|startoflm|>", "<|startofprev|>",
                 "<|nocaptions|>", "<|notimestamps|>", "<|nospeech|>"}
_LANGUAGE_TOKEN = re.compile(r"^<\|([a-z]{2,3}|haw|yue)\|>$")


class HFFormatError(AnonkitError):
    """The folder is not a Hugging Face Whisper model anonkit can convert."""


@dataclass
class HFWhisper:
    """An opened HF Whisper folder: its configuration and a lazy view of its tensors."""

    folder: Path
    config: dict[str, Any]
    generation: dict[str, Any]
    #: tensor name without the ``model.`` prefix -> (safetensors file, name in the file)
    tensors: dict[str, tuple[Path, str]]

    @property
    def weight_files(self) -> list[Path]:
        return sorted({path for path, _ in self.tensors.values()})

    def get(self, name: str) -> np.ndarray:
        """One tensor as a numpy array (float16/float32 as stored; bfloat16 widened)."""
        if name not in self.tensors:
            raise HFFormatError(f"{self.folder}: the weights have no tensor {name!r}; "
                                "is this a Whisper model?")
        return _read_tensor(*self.tensors[name])

    def has(self, name: str) -> bool:
        return name in self.tensors


# --------------------------------------------------------------------------- reading


def is_hf_folder(folder: Path) -> bool:
    """True when ``folder`` looks like an HF Whisper download (config + safetensors)."""
    return (folder / "config.json").is_file() and (
        (folder / SINGLE_FILE).is_file() or (folder / INDEX_FILE).is_file())


def _weight_files(folder: Path) -> list[Path]:
    if (folder / INDEX_FILE).is_file():
        try:
            index = json.loads((folder / INDEX_FILE).read_text("utf-8"))
            names = sorted(set(index["weight_map"].values()))
        except (ValueError, KeyError, AttributeError) as exc:
            raise HFFormatError(f"{folder / INDEX_FILE}: not a safetensors index ({exc})") from None
        missing = [n for n in names if not (folder / n).is_file() or "/" in n]
        if missing:
            raise HFFormatError(f"{folder}: shard(s) listed in {INDEX_FILE} are missing: "
                                + ", ".join(missing))
        return [folder / n for n in names]
    if (folder / SINGLE_FILE).is_file():
        return [folder / SINGLE_FILE]
    hint = (" (pytorch_model.bin is a pickle, which anonkit does not load: download "
            "model.safetensors from the model page instead)"
            if (folder / "pytorch_model.bin").is_file() else "")
    raise HFFormatError(f"{folder}: no {SINGLE_FILE} or {INDEX_FILE}{hint}")


def _header(path: Path) -> tuple[dict[str, Any], int]:
    """A safetensors file's JSON header and the offset where its data starts.

    The format: u64 little-endian header length, the JSON header, then the raw tensor bytes
    at ``data_offsets`` relative to the end of the header.
    """
    try:
        with path.open("rb") as fh:
            (length,) = struct.unpack("<Q", fh.read(8))
            if length > 100_000_000:
                raise ValueError("header too large")
            header = json.loads(fh.read(length))
    except (OSError, ValueError, struct.error) as exc:
        raise HFFormatError(f"{path}: not a safetensors file ({exc})") from None
    header.pop("__metadata__", None)
    return header, 8 + length


def _read_tensor(path: Path, name: str) -> np.ndarray:
    """Read one tensor with the ``safetensors`` package (numpy, no torch).

    bfloat16 has no numpy dtype, so those tensors are read from the raw bytes and widened
    to float32 (a bfloat16 is the upper half of a float32).
    """
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as fh:
        if fh.get_slice(name).get_dtype() != "BF16":
            return fh.get_tensor(name)
    header, start = _header(path)
    info = header[name]
    a, b = info["data_offsets"]
    raw = np.fromfile(path, dtype="<u2", count=(b - a) // 2, offset=start + a)
    return (raw.astype(np.uint32) << 16).view(np.float32).reshape(info["shape"])


def _load_json(path: Path, required: bool) -> dict[str, Any]:
    if not path.is_file():
        if required:
            raise HFFormatError(f"{path.parent}: missing {path.name}")
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise HFFormatError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise HFFormatError(f"{path}: expected a JSON object")
    return data


def open_hf_folder(folder: Path) -> HFWhisper:
    """Check an HF Whisper folder and index its tensors (nothing large is read yet)."""
    for fname in HF_REQUIRED:
        if not (folder / fname).is_file():
            raise HFFormatError(
                f"{folder}: missing {fname}; download it from the model page's "
                "'Files and versions' tab together with the weights (docs/models.md)")
    config = _load_json(folder / "config.json", True)
    if config.get("model_type") != "whisper":
        raise HFFormatError(f"{folder}: config.json has model_type "
                            f"{config.get('model_type')!r}, not 'whisper'")
    generation = _load_json(folder / "generation_config.json", False)
    tensors: dict[str, tuple[Path, str]] = {}
    for path in _weight_files(folder):
        header, _ = _header(path)
        for name in header:
            tensors[name.removeprefix("model.")] = (path, name)
    return HFWhisper(folder, config, generation, tensors)


# --------------------------------------------------------------------------- vocabulary


def vocabulary(folder: Path, vocab_size: int) -> list[str]:
    """Tokens by id from ``tokenizer.json``, padded with Whisper's timestamp tokens.

    Same rule as ``ct2-transformers-converter``: tokens ``<|0.00|>``, ``<|0.02|>``, … fill
    the ids the tokenizer does not name up to ``vocab_size``.
    """
    from tokenizers import Tokenizer

    try:
        vocab = Tokenizer.from_file(str(folder / "tokenizer.json")).get_vocab(
            with_added_tokens=True)
    except Exception as exc:  # tokenizers raises a bare Exception on a bad file
        raise HFFormatError(f"{folder / 'tokenizer.json'}: cannot be read ({exc})") from None
    by_id = sorted(vocab.items(), key=lambda kv: kv[1])
    tokens = [t for t, i in by_id if i < vocab_size]
    if [i for _, i in by_id[: len(tokens)]] != list(range(len(tokens))):
        raise HFFormatError(f"{folder / 'tokenizer.json'}: token ids are not contiguous")
    tokens.extend("<|%.2f|>" % (i * 0.02) for i in range(vocab_size - len(tokens)))
    return tokens


def language_ids(tokens: list[str], generation: dict[str, Any]) -> list[int]:
    """Token ids of the languages the model knows.

    From ``generation_config.json``'s ``lang_to_id`` when present, else the language-looking
    tokens after ``<|startoftranscript|>`` (``<|en|>`` … ``<|yue|>``).
    """
    lang_to_id = generation.get("lang_to_id")
    if isinstance(lang_to_id, dict) and lang_to_id:
        return sorted(int(v) for v in lang_to_id.values())
    try:
        sot = tokens.index("<|startoftranscript|>")
    except ValueError:
        return []
    ids = []
    for i in range(sot + 1, len(tokens)):
        if tokens[i] in _NON_LANGUAGE:
            continue
        if not _LANGUAGE_TOKEN.match(tokens[i]):
            break
        ids.append(i)
    return ids


def model_flavour(name: str) -> str:
    """NbAiLab's flavour from a model name: ``verbatim``, ``semantic`` or ``main``.

    Why it matters here (NbAiLab's model cards): *verbatim* models write lower case without
    punctuation and keep disfluencies; *semantic* ones shorten towards the meaning, like
    subtitles. Name detection leans on capitals and complete wording, so
    ``anonkit models import`` warns about both.
    """
    lowered = name.lower()
    for flavour in ("verbatim", "semantic"):
        if flavour in lowered:
            return flavour
    return "main"


# --------------------------------------------------------------------------- mapping


def _set_linear(spec: Any, m: HFWhisper, name: str) -> None:
    spec.weight = m.get(f"{name}.weight")
    if m.has(f"{name}.bias"):
        spec.bias = m.get(f"{name}.bias")


def _set_norm(spec: Any, m: HFWhisper, name: str) -> None:
    spec.gamma = m.get(f"{name}.weight")
    spec.beta = m.get(f"{name}.bias")


def _fused(spec: Any, m: HFWhisper, names: list[str]) -> None:
    """Stack projections on axis 0; a projection without bias (``k_proj``) gets zeros."""
    weights = [m.get(f"{n}.weight") for n in names]
    spec.weight = np.concatenate(weights)
    spec.bias = np.concatenate([
        m.get(f"{n}.bias") if m.has(f"{n}.bias") else np.zeros(w.shape[0], w.dtype)
        for n, w in zip(names, weights, strict=True)])


def _set_attention(spec: Any, m: HFWhisper, prefix: str, cross: bool) -> None:
    q, k, v = (f"{prefix}.{p}_proj" for p in "qkv")
    if cross:
        _fused(spec.linear[0], m, [q])
        _fused(spec.linear[1], m, [k, v])
    else:
        _fused(spec.linear[0], m, [q, k, v])
    _set_linear(spec.linear[-1], m, f"{prefix}.out_proj")


def _set_layer(spec: Any, m: HFWhisper, prefix: str, decoder: bool) -> None:
    _set_attention(spec.self_attention, m, f"{prefix}.self_attn", cross=False)
    _set_norm(spec.self_attention.layer_norm, m, f"{prefix}.self_attn_layer_norm")
    if decoder:
        _set_attention(spec.attention, m, f"{prefix}.encoder_attn", cross=True)
        _set_norm(spec.attention.layer_norm, m, f"{prefix}.encoder_attn_layer_norm")
    _set_linear(spec.ffn.linear_0, m, f"{prefix}.fc1")
    _set_linear(spec.ffn.linear_1, m, f"{prefix}.fc2")
    _set_norm(spec.ffn.layer_norm, m, f"{prefix}.final_layer_norm")


def _int(config: dict[str, Any], key: str) -> int:
    try:
        return int(config[key])
    except (KeyError, TypeError, ValueError):
        raise HFFormatError(f"config.json has no usable {key!r}") from None


def build_spec(m: HFWhisper) -> Any:
    """A filled ``ctranslate2.specs.WhisperSpec`` (weights as stored, not yet quantized)."""
    from ctranslate2.specs import whisper_spec

    cfg = m.config
    if cfg.get("activation_function", "gelu") != "gelu":
        raise HFFormatError(f"unsupported activation {cfg['activation_function']!r}")
    enc_layers, dec_layers = _int(cfg, "encoder_layers"), _int(cfg, "decoder_layers")
    dec_heads = _int(cfg, "decoder_attention_heads")
    spec = whisper_spec.WhisperSpec(enc_layers, _int(cfg, "encoder_attention_heads"),
                                    dec_layers, dec_heads)
    enc, dec = spec.encoder, spec.decoder
    _set_linear(enc.conv1, m, "encoder.conv1")
    _set_linear(enc.conv2, m, "encoder.conv2")
    enc.position_encodings.encodings = m.get("encoder.embed_positions.weight")
    _set_norm(enc.layer_norm, m, "encoder.layer_norm")
    for i, layer in enumerate(enc.layer):
        _set_layer(layer, m, f"encoder.layers.{i}", decoder=False)
    if m.has(f"encoder.layers.{enc_layers}.fc1.weight"):
        raise HFFormatError("the weights have more encoder layers than config.json says")

    embeddings = m.get("decoder.embed_tokens.weight")
    dec.embeddings.weight = embeddings
    dec.position_encodings.encodings = m.get("decoder.embed_positions.weight")
    _set_norm(dec.layer_norm, m, "decoder.layer_norm")
    for i, layer in enumerate(dec.layer):
        _set_layer(layer, m, f"decoder.layers.{i}", decoder=True)
    # Whisper ties the output projection to the token embeddings; safetensors files usually
    # omit the tied copy.
    dec.projection.weight = m.get("proj_out.weight") if m.has("proj_out.weight") else embeddings

    vocab_size = _int(cfg, "vocab_size")
    if embeddings.shape[0] != vocab_size:
        raise HFFormatError(f"decoder.embed_tokens has {embeddings.shape[0]} rows but "
                            f"config.json says vocab_size {vocab_size}")
    tokens = vocabulary(m.folder, vocab_size)
    spec.register_vocabulary(tokens)

    gen = m.generation
    spec.config.suppress_ids = list(gen.get("suppress_tokens", cfg.get("suppress_tokens")) or [])
    spec.config.suppress_ids_begin = list(
        gen.get("begin_suppress_tokens", cfg.get("begin_suppress_tokens")) or [])
    spec.config.lang_ids = language_ids(tokens, gen)
    heads = gen.get("alignment_heads")
    if not heads:
        # ct2-transformers-converter's default: every head of the second half of the layers.
        heads = [list(p) for p in itertools.product(range(dec_layers // 2, dec_layers),
                                                    range(dec_heads))]
    spec.config.alignment_heads = [[int(a), int(b)] for a, b in heads]
    return spec


def convert_hf_to_ct2(source: Path, output: Path, quantization: str = "int8") -> list[str]:
    """Write a CTranslate2 model of the HF Whisper folder ``source`` into ``output``.

    ``output`` must exist and be empty. Returns the names of the files written. Raises
    ``HFFormatError`` for anything that is not a complete HF Whisper download.
    """
    if quantization not in QUANTIZATIONS:
        raise HFFormatError(f"quantization must be one of {', '.join(QUANTIZATIONS)}")
    model = open_hf_folder(source)
    spec = build_spec(model)
    try:
        spec.validate()
    except ValueError as exc:
        raise HFFormatError(f"{source}: incomplete Whisper weights ({exc})") from None
    spec.optimize(quantization=quantization)
    spec.save(str(output))
    for fname in COPIED_FILES:
        shutil.copyfile(source / fname, output / fname)
    return sorted(p.name for p in output.iterdir() if p.is_file())


def source_files(model: HFWhisper) -> Iterator[Path]:
    """Every file of the HF folder the conversion read (for the manifest's provenance)."""
    for fname in (*HF_REQUIRED, "generation_config.json", INDEX_FILE):
        if (model.folder / fname).is_file():
            yield model.folder / fname
    yield from model.weight_files
