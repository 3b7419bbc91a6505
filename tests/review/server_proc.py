"""Start ``anonkit review`` as a real subprocess and read the URL it prints first."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    return {**os.environ, "ANONKIT_INSECURE_TEST_KDF": "1", "PYTHONPATH": str(ROOT)}


@contextmanager
def review_server(vault: Path, password_file: Path, *args: str, user: str = "kari",
                  extra_env: dict[str, str] | None = None
                  ) -> Iterator[tuple[subprocess.Popen[str], str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "anonkit.cli.main", "review", str(vault), *args,
         "--no-browser", "--password-file", str(password_file), "--user", user],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env() | (extra_env or {}), cwd=ROOT)
    try:
        url = proc.stdout.readline().strip() if proc.stdout else ""
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.send_signal(2)  # Ctrl+C
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
