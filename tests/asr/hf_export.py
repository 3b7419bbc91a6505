"""Test helper: write an installed CTranslate2 Whisper model in the Hugging Face layout.

Why in the tests and written separately from ``anonkit.asr.convert_hf``: the round trip
(CT2 -> HF here, HF -> CT2 in the product) only proves something if the two directions do
not share a name table. The names and shapes below are those of transformers'
``WhisperForConditionalGeneration.state_dict()`` (``modeling_whisper.py``): ``model.`` prefix,
``k_proj`` without bias, conv weights ``(out, in, 3)``, output projection tied to
``model.decoder.embed_tokens`` and therefore absent from the file unless ``tie=False``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
from safetensors.numpy import save_file

from anonkit.asr.convert_ct2 import dequantize, model_dimensions, read_ct2_model


def _ct2_to_hf_tensors(v: dict[str, np.ndarray], dims: dict[str, int]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}

    def lin(hf: str, ct2: str, bias: bool = True) -> None:
        out[f"{hf}.weight"] = v[f"{ct2}/weight"]
        if bias:
            out[f"{hf}.bias"] = v[f"{ct2}/bias"]

    def norm(hf: str, ct2: str) -> None:
        out[f"{hf}.weight"] = v[f"{ct2}/gamma"]
        out[f"{hf}.bias"] = v[f"{ct2}/beta"]

    def split(ct2: str, hfs: list[str]) -> None:
        ws = np.split(v[f"{ct2}/weight"], len(hfs))
        bs = np.split(v[f"{ct2}/bias"], len(hfs))
        for hf, w, b in zip(hfs, ws, bs, strict=True):
            out[f"{hf}.weight"] = w
            if not hf.endswith("k_proj"):
                out[f"{hf}.bias"] = b

    for side, n in (("encoder", dims["n_audio_layer"]), ("decoder", dims["n_text_layer"])):
        hf_side = f"model.{side}"
        out[f"{hf_side}.embed_positions.weight"] = v[f"{side}/position_encodings/encodings"]
        norm(f"{hf_side}.layer_norm", f"{side}/layer_norm")
        for i in range(n):
            hf, ct2 = f"{hf_side}.layers.{i}", f"{side}/layer_{i}"
            split(f"{ct2}/self_attention/linear_0",
                  [f"{hf}.self_attn.q_proj", f"{hf}.self_attn.k_proj", f"{hf}.self_attn.v_proj"])
            lin(f"{hf}.self_attn.out_proj", f"{ct2}/self_attention/linear_1")
            norm(f"{hf}.self_attn_layer_norm", f"{ct2}/self_attention/layer_norm")
            if side == "decoder":
                lin(f"{hf}.encoder_attn.q_proj", f"{ct2}/attention/linear_0")
                split(f"{ct2}/attention/linear_1",
                      [f"{hf}.encoder_attn.k_proj", f"{hf}.encoder_attn.v_proj"])
                lin(f"{hf}.encoder_attn.out_proj", f"{ct2}/attention/linear_2")
                norm(f"{hf}.encoder_attn_layer_norm", f"{ct2}/attention/layer_norm")
            lin(f"{hf}.fc1", f"{ct2}/ffn/linear_0")
            lin(f"{hf}.fc2", f"{ct2}/ffn/linear_1")
            norm(f"{hf}.final_layer_norm", f"{ct2}/ffn/layer_norm")
    lin("model.encoder.conv1", "encoder/conv1")
    lin("model.encoder.conv2", "encoder/conv2")
    out["model.decoder.embed_tokens.weight"] = v["decoder/embeddings/weight"]
    return out


def export_hf(ct2_dir: Path, out: Path, *, dtype: str = "float16", shards: int = 1,
              tie: bool = True) -> Path:
    """Write ``ct2_dir``'s model as an HF Whisper folder in ``out`` (created); return it.

    ``shards > 1`` writes ``model-0000i-of-0000n.safetensors`` with an index, as the hub
    does for large models; ``tie=False`` also stores ``proj_out.weight``.
    """
    model = read_ct2_model(ct2_dir / "model.bin")
    v = dequantize(model.variables)
    dims = model_dimensions(v)
    tensors = {k: np.ascontiguousarray(a, dtype=dtype)
               for k, a in _ct2_to_hf_tensors(v, dims).items()}
    if not tie:
        tensors["proj_out.weight"] = tensors["model.decoder.embed_tokens.weight"].copy()
    out.mkdir(parents=True)
    names = sorted(tensors)
    if shards == 1:
        save_file(tensors, str(out / "model.safetensors"), metadata={"format": "pt"})
    else:
        weight_map = {}
        for s, part in enumerate(np.array_split(np.array(names), shards), start=1):
            fname = f"model-{s:05d}-of-{shards:05d}.safetensors"
            save_file({k: tensors[k] for k in part}, str(out / fname), metadata={"format": "pt"})
            weight_map.update({k: fname for k in part})
        (out / "model.safetensors.index.json").write_text(json.dumps(
            {"metadata": {"total_size": sum(t.nbytes for t in tensors.values())},
             "weight_map": weight_map}, indent=1))

    ct2_config = json.loads((ct2_dir / "config.json").read_text())
    tokens = json.loads((ct2_dir / "tokenizer.json").read_text())["added_tokens"]
    id_to_token = {t["id"]: t["content"] for t in tokens}
    (out / "config.json").write_text(json.dumps({
        "_name_or_path": "openai/whisper-base",
        "architectures": ["WhisperForConditionalGeneration"],
        "model_type": "whisper",
        "activation_function": "gelu",
        "d_model": dims["n_audio_state"],
        "encoder_layers": dims["n_audio_layer"],
        "encoder_attention_heads": dims["n_audio_head"],
        "decoder_layers": dims["n_text_layer"],
        "decoder_attention_heads": dims["n_text_head"],
        "encoder_ffn_dim": 4 * dims["n_audio_state"],
        "decoder_ffn_dim": 4 * dims["n_text_state"],
        "num_mel_bins": dims["n_mels"],
        "vocab_size": dims["n_vocab"],
        "max_source_positions": dims["n_audio_ctx"],
        "max_target_positions": dims["n_text_ctx"],
        "scale_embedding": False,
        "decoder_start_token_id": 50258,
        "bos_token_id": 50257, "eos_token_id": 50257, "pad_token_id": 50257,
        "begin_suppress_tokens": ct2_config["suppress_ids_begin"],
        "suppress_tokens": ct2_config["suppress_ids"],
        "torch_dtype": dtype,
    }, indent=1))
    (out / "generation_config.json").write_text(json.dumps({
        "alignment_heads": ct2_config["alignment_heads"],
        "begin_suppress_tokens": ct2_config["suppress_ids_begin"],
        "suppress_tokens": ct2_config["suppress_ids"],
        "lang_to_id": {id_to_token[i]: i for i in ct2_config["lang_ids"]},
        "task_to_id": {"transcribe": 50359, "translate": 50358},
        "is_multilingual": True,
        "decoder_start_token_id": 50258,
        "no_timestamps_token_id": 50363,
    }, indent=1))
    (out / "preprocessor_config.json").write_text(json.dumps({
        "feature_extractor_type": "WhisperFeatureExtractor", "feature_size": dims["n_mels"],
        "sampling_rate": 16000, "hop_length": 160, "chunk_length": 30, "n_fft": 400,
        "n_samples": 480000, "nb_max_frames": 3000, "padding_side": "right",
        "padding_value": 0.0, "return_attention_mask": False,
    }, indent=1))
    shutil.copyfile(ct2_dir / "tokenizer.json", out / "tokenizer.json")
    return out
