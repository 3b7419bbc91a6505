"""Nothing personal in plaintext on disk (issue 9, point 4): the whole chain (``anonkit
demo``: init → ingest → process → approve → export → verify) runs in a real subprocess
with its own HOME, cache and temp folders; afterwards every file it wrote — the vault, the
export, the temp dir, the home and cache dirs — is scanned for the names spoken in the
sample. Exports are the only plaintext and hold pseudonyms only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from fnmatch import fnmatch
from pathlib import Path

from tests.workflow.conftest import ROOT, SAMPLE_NAMES


def _hits(folder: Path, needles: tuple[str, ...]) -> list[str]:
    forms = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le")]
    forms += [n.lower().encode() for n in needles]
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            blobs = {str(path): path.read_bytes()}
            if zipfile.is_zipfile(path):  # docx, qdpx: compressed members
                with zipfile.ZipFile(path) as z:
                    blobs |= {f"{path}!{n}": z.read(n) for n in z.namelist()}
            out += [f"{where}: {f!r}" for where, data in blobs.items() for f in forms
                    if f in data]
    return out


def test_demo_chain_leaves_no_name_on_disk(tmp_path: Path) -> None:
    home, tmp, cache = tmp_path / "home", tmp_path / "tmp", tmp_path / "cache"
    for d in (home, tmp, cache):
        d.mkdir()
    env = dict(os.environ, HOME=str(home), TMPDIR=str(tmp), XDG_CACHE_HOME=str(cache),
               PYTHONPATH=str(ROOT))
    env.pop("ANONKIT_PASSWORD_FILE", None)
    res = subprocess.run([sys.executable, "-m", "anonkit.cli.main", "demo", "-m", "tiny.en",
                          "-q"], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=600)
    assert res.returncode == 0, res.stderr
    raw, pseudonymized = res.stdout.split("# pseudonymized:", 1)
    assert all(n in raw for n in SAMPLE_NAMES)  # the names were spoken and transcribed
    assert not any(n in pseudonymized for n in SAMPLE_NAMES)
    assert "verify: OK" in res.stderr
    [demo_root] = list(tmp.glob("anonkit-demo-*"))
    assert (demo_root / "vault" / "header").exists()
    assert list((demo_root / "export").glob("*.txt"))
    for folder in (tmp, home, cache, tmp_path):
        assert _hits(folder, SAMPLE_NAMES) == [], folder


def test_the_wheel_carries_the_sample() -> None:
    """``demo`` must work from an installed wheel: the .flac is package data."""
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = conf["tool"]["setuptools"]["package-data"]["anonkit"]
    rel = "data/sample_interview.flac"
    assert (ROOT / "anonkit" / rel).exists()
    assert any(fnmatch(rel, p) for p in patterns), patterns


def test_cli_chain_ingest_process_approve_export(tmp_path: Path) -> None:
    """The interviewer's one command, the steward's sign-off and the export, each a real
    ``anonkit`` process; afterwards nothing but the export is plaintext, and it holds
    pseudonyms only. ``--delete-source`` removes the copy of the recording."""
    import json
    import shutil

    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    pw = tmp_path / "pw"
    pw.write_text("a long steward password\n")
    audio = tmp_path / "int01.flac"
    shutil.copy(ROOT / "anonkit" / "data" / "sample_interview.flac", audio)
    env = dict(os.environ, HOME=str(home), TMPDIR=str(tmp), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHONPATH=str(ROOT), ANONKIT_PASSWORD_FILE=str(pw),
               ANONKIT_INSECURE_TEST_KDF="1")
    vault = str(tmp_path / "vault")

    def anonkit(*args: str) -> subprocess.CompletedProcess[str]:
        res = subprocess.run([sys.executable, "-m", "anonkit.cli.main", *args],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
        assert res.returncode == 0, (args, res.stderr)
        return res

    anonkit("init", vault, "--user", "kari")
    anonkit("settings", vault, "--model", "tiny.en")
    [rid] = anonkit("ingest", vault, str(audio), "--participant", "P07", "--language", "en",
                    "--delete-source", "--process").stdout.split()
    assert not audio.exists()
    [row] = json.loads(anonkit("status", vault, "--json").stdout)
    assert row == {"id": rid, "participant": "P07", "stage": "anonymized", "approved": False,
                   "error": None}
    refused = subprocess.run([sys.executable, "-m", "anonkit.cli.main", "export", vault,
                              "--format", "txt", "-o", str(tmp_path / "out")],
                             capture_output=True, text=True, env=env, timeout=300)
    assert refused.returncode == 1 and "approved" in refused.stderr
    anonkit("approve", vault, rid, "--accept-flags", "--reason", "test run")
    [path] = anonkit("export", vault, "--format", "docx", "-o", str(tmp_path / "out"),
                     "--speaker", "S1=Interviewer").stdout.split()
    assert Path(path).exists()
    assert "vault OK" in anonkit("verify", vault).stdout
    assert _hits(tmp_path, SAMPLE_NAMES) == []
