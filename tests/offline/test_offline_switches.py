"""``anonkit.offline``: the switches are set before any engine import and cannot be undone
by the user's environment; onnxruntime's telemetry database is never created."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from anonkit import offline

ROOT = Path(__file__).resolve().parents[2]
ONNX_DB = Path(".cache/Microsoft/DeveloperTools/.onnxruntime")


def run_python(code: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in offline.ENVIRONMENT and not k.startswith("XDG_")}
    env |= {"HOME": str(home), "PYTHONPATH": str(ROOT), "TMPDIR": str(home), **extra}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def test_switches_override_the_users_environment(tmp_path: Path) -> None:
    code = "import os, anonkit; print(os.environ['HF_HUB_OFFLINE'], " \
           "os.environ['ORT_DISABLE_TELEMETRY'], repr(os.environ['TLDEXTRACT_CACHE']))"
    result = run_python(code, tmp_path, HF_HUB_OFFLINE="0", ORT_DISABLE_TELEMETRY="0",
                        TLDEXTRACT_CACHE="/somewhere")
    assert result.stdout.split() == ["1", "1", "''"], result.stderr


def test_no_onnxruntime_telemetry_database(tmp_path: Path) -> None:
    """Importing onnxruntime after anonkit leaves no telemetry database; without anonkit's
    switch, the same import creates one (the control shows this test can fail)."""
    guarded, control = tmp_path / "guarded", tmp_path / "control"
    guarded.mkdir()
    control.mkdir()
    code = "import anonkit, onnxruntime; import faster_whisper.vad as v; v.get_vad_model()"
    result = run_python(code, guarded)
    assert result.returncode == 0, result.stderr
    assert not (guarded / ONNX_DB).exists()
    assert not list(guarded.glob(".cache/**/*.db"))
    run_python("import onnxruntime", control)
    if not (control / ONNX_DB).exists():
        pytest.skip("this onnxruntime build keeps no telemetry database: control not possible")


def test_after_import_hook_runs_once_the_module_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "fake_ort.py").write_text("calls = []\n")
    code = ("import anonkit.offline as o, sys\n"
            "o.AFTER_IMPORT['fake_ort'] = lambda m: m.calls.append('disabled')\n"
            f"sys.path.insert(0, {str(tmp_path)!r})\n"
            "import fake_ort; print(fake_ort.calls)\n")
    result = run_python(code, tmp_path)
    assert result.stdout.strip() == "['disabled']", result.stderr


def test_private_temp_dir_refuses_a_folder_others_can_write(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    mine = Path(offline.private_temp_dir("numba"))
    assert mine == tmp_path / f"anonkit-{os.getuid()}" / "numba"
    assert (mine.parent.stat().st_mode & 0o777) == 0o700
    mine.parent.chmod(0o777)  # as if another user had made it
    other = Path(offline.private_temp_dir("numba"))
    assert other.parent != mine.parent and (other.parent.stat().st_mode & 0o777) == 0o700
