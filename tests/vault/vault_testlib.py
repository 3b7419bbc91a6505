"""Shared helpers for the storage-layer tests (not a test module).

Why weak KDF parameters: Argon2id at production cost takes ~1 s per unlock; the tests open
vaults hundreds of times. ``KdfParams.testing()`` is the spec's explicit test-only setting
(vault-format §3) and ``allow_weak_kdf=True`` is needed to open such a vault.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from anonkit.vault.kdf import KdfParams
from anonkit.vault.vault import Vault

STEWARD = "kari"
STEWARD_PW = "steward password 1"
ANALYST = "ola"
ANALYST_PW = "analyst password 2"
INTERVIEWER = "ina"
INTERVIEWER_PW = "interviewer password 3"
REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def weak() -> KdfParams:
    return KdfParams.testing()


def make_vault(path: Path, *, analyst: bool = False, interviewer: bool = False) -> Vault:
    v = Vault.create(path, STEWARD, STEWARD_PW, weak())
    if analyst:
        v.add_user(ANALYST, "analyst", ANALYST_PW, weak())
    if interviewer:
        v.add_user(INTERVIEWER, "interviewer", INTERVIEWER_PW, weak())
    return v


def open_as(path: Path, user: str = STEWARD, password: str = STEWARD_PW) -> Vault:
    return Vault.open(path, user, password, allow_weak_kdf=True)


def tree_digest(root: Path, exclude: frozenset[str] = frozenset()) -> dict[str, str]:
    """relative path → SHA-256 of every file under ``root`` (the "byte-identical" check)."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if p.is_file() and rel not in exclude:
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def env_for_subprocess() -> dict[str, str]:
    """Environment for child processes: the repo importable, weak KDF allowed (tests only)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["ANONKIT_INSECURE_TEST_KDF"] = "1"
    return env


class PatternReader:
    """A readable stream of ``size`` deterministic bytes, generated on the fly (constant
    memory), so tests and the benchmark never hold a large object in RAM."""

    def __init__(self, size: int, seed: int = 0) -> None:
        self.remaining = size
        self._block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        if n < 0 or n > self.remaining:
            n = self.remaining
        out = bytearray()
        while len(out) < n:
            take = min(n - len(out), len(self._block) - self._pos)
            out += self._block[self._pos:self._pos + take]
            self._pos = (self._pos + take) % len(self._block)
        self.remaining -= n
        return bytes(out)


def pattern_sha256(size: int, seed: int = 0) -> str:
    h = hashlib.sha256()
    r = PatternReader(size, seed)
    while chunk := r.read(1 << 20):
        h.update(chunk)
    return h.hexdigest()
