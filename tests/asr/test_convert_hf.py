"""Hugging Face Whisper folder -> CTranslate2, offline (``anonkit models import FOLDER``).

The round trip: the installed ``base`` (CTranslate2) is written in the HF layout by
``hf_export`` (transformers' names, written independently of the converter), imported with
the product's converter, and must give back the very same tensors (float16) and the same
words on a clip (int8).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hf_export import export_hf

from anonkit.asr import convert_hf
from anonkit.asr import models as m
from anonkit.asr.audio import decode_audio
from anonkit.asr.convert_ct2 import read_ct2_model
from anonkit.asr.measure import normalize
from anonkit.asr.options import TranscribeOptions
from anonkit.asr.pipeline import cached_backend
from anonkit.asr.transcript import Transcript
from anonkit.cli.main import cli

THREADS = 2


@pytest.fixture(scope="module")
def base_dir() -> Path:
    return m.resolve_model("base")


@pytest.fixture(scope="module")
def hf_sharded(base_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """base in the HF layout, float16, two shards with an index (as the hub stores large
    models), output projection tied (absent from the files)."""
    return export_hf(base_dir, tmp_path_factory.mktemp("hf") / "nb-whisper-base-verbatim",
                     shards=2)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("store")


def test_float16_round_trip_gives_the_same_tensors(
    hf_sharded: Path, base_dir: Path, store: Path
) -> None:
    messages: list[str] = []
    path = m.import_model(hf_sharded, "rt16", store, quantization="float16",
                          report=messages.append)
    assert sorted(p.name for p in path.iterdir()) == [
        m.MANIFEST, "config.json", "model.bin", "preprocessor_config.json", "tokenizer.json",
        "vocabulary.json"]
    ours, theirs = read_ct2_model(path / "model.bin"), read_ct2_model(base_dir / "model.bin")
    assert ours.spec_name == "WhisperSpec" and ours.aliases == theirs.aliases
    for name, value in theirs.variables.items():
        assert ours.variables[name].dtype == value.dtype, name
        assert np.array_equal(ours.variables[name], value), name
    assert json.loads((path / "config.json").read_text()) == json.loads(
        (base_dir / "config.json").read_text())
    tokens = json.loads((path / "vocabulary.json").read_text())
    assert tokens == (base_dir / "vocabulary.txt").read_text("utf-8").splitlines()

    manifest = m.read_manifest(path)
    assert manifest is not None and manifest["kind"] == "ct2"
    assert manifest["languages"] == ["multilingual"]
    source = manifest["converted_from"]
    assert source["format"] == "huggingface" and source["quantization"] == "float16"
    assert source["flavour"] == "verbatim"
    assert set(source["files"]) == {
        "config.json", "generation_config.json", "tokenizer.json", "preprocessor_config.json",
        "model.safetensors.index.json", "model-00001-of-00002.safetensors",
        "model-00002-of-00002.safetensors"}
    shard = hf_sharded / "model-00001-of-00002.safetensors"
    assert source["files"][shard.name]["sha256"] == m.sha256_file(shard)
    found = m.InstalledModel("rt16", path, "ct2", manifest["source"], (), 0)
    assert m.verify_model(found) == []
    assert any("converting to CTranslate2 (float16)" in msg for msg in messages)


def test_language_tokens_for_norwegian(store: Path, hf_sharded: Path) -> None:
    """Bokmål is Whisper's ``<|no|>``, Nynorsk ``<|nn|>`` (NbAiLab's model cards: language
    'no' or 'nn'); both must be among the converted model's language ids."""
    tokens = convert_hf.vocabulary(hf_sharded, 51865)
    ids = convert_hf.language_ids(tokens, {})
    assert tokens[ids[0]] == "<|en|>" and len(ids) == 99
    assert {"<|no|>", "<|nn|>"} <= {tokens[i] for i in ids}
    gen = json.loads((hf_sharded / "generation_config.json").read_text())
    assert convert_hf.language_ids(tokens, gen) == ids


@pytest.fixture(scope="module")
def imported_int8(base_dir: Path, store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """base in the HF layout as one float32 file with an untied ``proj_out``, imported
    through the CLI as int8."""
    hf = export_hf(base_dir, tmp_path_factory.mktemp("hf32") / "whisper-base", dtype="float32",
                   tie=False)
    result = CliRunner().invoke(cli, ["models", "import", str(hf), "--name", "rt8",
                                      "--dir", str(store)])
    assert result.exit_code == 0, result.output
    assert "imported rt8" in result.stderr and "note:" not in result.stderr
    return store / "whisper" / "rt8"


@pytest.mark.slow
def test_int8_import_transcribes_like_base(
    imported_int8: Path, en_base: Transcript, asr_data: Path
) -> None:
    manifest = m.read_manifest(imported_int8)
    assert manifest is not None and manifest["converted_from"]["quantization"] == "int8"
    assert manifest["converted_from"]["flavour"] == "main"
    # int8 on disk: a third of base's float16 file (the embeddings stay shared).
    assert (imported_int8 / "model.bin").stat().st_size < 0.6 * (
        m.resolve_model("base") / "model.bin").stat().st_size
    backend = cached_backend("faster", str(imported_int8), "cpu", THREADS)
    ours = backend.transcribe(decode_audio(asr_data / "en_short.wav"), TranscribeOptions())
    # Same words (punctuation may differ: base is quantized to int8 from float16 at load
    # time, ours from float32 at import).
    assert normalize(ours.text) == normalize(en_base.text)
    assert ours.language == en_base.language == "en"


def test_verbatim_flavour_warns(hf_sharded: Path, store: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "import", str(hf_sharded), "--dir", str(store),
                                      "--quantization", "float16"])
    assert result.exit_code == 0, result.output
    assert "verbatim model writes lower case" in result.stderr
    again = CliRunner().invoke(cli, ["models", "import", str(hf_sharded), "--dir", str(store)])
    assert again.exit_code == 1 and "already exists" in again.stderr


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def test_incomplete_or_unsafe_folders_are_refused(
    hf_sharded: Path, store: Path, tmp_path: Path
) -> None:
    no_pre = _copy(hf_sharded, tmp_path / "a")
    (no_pre / "preprocessor_config.json").unlink()
    with pytest.raises(convert_hf.HFFormatError, match=r"missing preprocessor_config\.json"):
        m.import_model(no_pre, "a", store)

    shard_gone = _copy(hf_sharded, tmp_path / "b")
    (shard_gone / "model-00002-of-00002.safetensors").unlink()
    with pytest.raises(convert_hf.HFFormatError, match="missing: model-00002-of-00002"):
        m.import_model(shard_gone, "b", store)

    pickle_only = tmp_path / "c"
    pickle_only.mkdir()
    for f in ("config.json", "tokenizer.json", "preprocessor_config.json"):
        shutil.copyfile(hf_sharded / f, pickle_only / f)
    (pickle_only / "pytorch_model.bin").write_bytes(b"pickle")
    with pytest.raises(m.ModelInstallError, match="neither a Hugging Face"):
        m.import_model(pickle_only, "c", store)
    with pytest.raises(convert_hf.HFFormatError, match=r"pytorch_model\.bin is a pickle"):
        convert_hf.open_hf_folder(pickle_only)

    not_whisper = _copy(hf_sharded, tmp_path / "d")
    cfg = json.loads((not_whisper / "config.json").read_text())
    (not_whisper / "config.json").write_text(json.dumps(cfg | {"model_type": "bert"}))
    with pytest.raises(convert_hf.HFFormatError, match="not 'whisper'"):
        m.import_model(not_whisper, "d", store)

    fewer_layers = _copy(hf_sharded, tmp_path / "e")
    (fewer_layers / "config.json").write_text(json.dumps(cfg | {"encoder_layers": 5}))
    with pytest.raises(convert_hf.HFFormatError, match="more encoder layers"):
        m.import_model(fewer_layers, "e", store)
    # Nothing half-written is left in the store.
    assert sorted(p.name for p in (store / "whisper").iterdir()
                  if not p.name.startswith(".install")) == sorted(
        p.name for p in (store / "whisper").iterdir()
        if p.is_dir() and (p / m.MANIFEST).is_file())


def test_bfloat16_tensors_are_widened(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    values = torch.tensor([[1.5, -2.25], [0.0, 3.0e-3]], dtype=torch.bfloat16)
    save_file({"w": values}, str(tmp_path / "x.safetensors"))
    got = convert_hf._read_tensor(tmp_path / "x.safetensors", "w")
    assert got.dtype == np.float32
    assert np.array_equal(got, values.float().numpy())


@pytest.mark.parametrize(("name", "flavour"), [
    ("nb-whisper-small-verbatim", "verbatim"), ("NbAiLab/nb-whisper-large-semantic", "semantic"),
    ("nb-whisper-small", "main"), ("whisper-base", "main")])
def test_flavour_from_name(name: str, flavour: str) -> None:
    assert convert_hf.model_flavour(name) == flavour
