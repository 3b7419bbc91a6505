"""Passwords without a terminal: a one-line error naming the options that work, never
``GetPassWarning`` and a bare "Aborted!"; a pipe still works (scripts use it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def anonkit(*args: str, stdin: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("ANONKIT_PASSWORD_FILE", "ANONKIT_USER")}
    env |= {"PYTHONPATH": str(ROOT), "ANONKIT_INSECURE_TEST_KDF": "1"}
    return subprocess.run([sys.executable, "-m", "anonkit.cli.main", *args], text=True,
                          input=stdin, stdin=subprocess.DEVNULL if stdin is None else None,
                          capture_output=True, env=env, timeout=120, check=False,
                          start_new_session=True)  # no controlling terminal at all


@pytest.mark.parametrize("args", [("init", "{v}"), ("verify", "{v}"), ("user", "list", "{v}")])
def test_no_terminal_no_input_is_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    vault = tmp_path / "vault"
    if args[0] != "init":
        assert anonkit("init", str(vault), stdin="pw\npw\n").returncode == 0
    result = anonkit(*(a.format(v=vault) for a in args), stdin=None)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert lines == ["error: no password: there is no terminal to ask on; give "
                     "--password-file PATH or set ANONKIT_PASSWORD_FILE"]
    assert "GetPassWarning" not in result.stderr and "Aborted" not in result.stderr


def test_piped_password_works_without_warning(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    created = anonkit("init", str(vault), stdin="pw one\npw one\n")
    assert created.returncode == 0, created.stderr
    assert "GetPassWarning" not in created.stderr and "echoed" not in created.stderr
    assert anonkit("verify", str(vault), stdin="pw one\n").returncode == 0
    assert anonkit("verify", str(vault), stdin="wrong\n").returncode == 1
