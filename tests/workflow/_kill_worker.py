"""Child side of test_kill_process.py: imported once by the forkserver (which also warms
the English detector, so each child starts its work at once), then forked per run."""

from __future__ import annotations

from pathlib import Path

from anonkit.vault.vault import Vault
from anonkit.workflow import recordings

recordings._detector("en")  # spaCy + Presidio loaded before the fork (no threads yet)


def run_process(path: str, password: str) -> None:
    with Vault.open(Path(path), "kari", password, allow_weak_kdf=True) as v:
        recordings.process(v)
