"""Shared fixtures: the bundled sample goes through the real pipeline (tiny.en, real
Presidio, real vault crypto) once per session; tests that change the vault work on a copy.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from anonkit.vault.kdf import KdfParams
from anonkit.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "anonkit" / "data" / "sample_interview.flac"
DATA = ROOT / "tests" / "data"
PASSWORD = "steward secret"
STEWARD = "kari"
#: names spoken in the sample (anonkit/data/sample_interview.txt); tiny.en writes the town
#: differently, so the scan tests look for the person names.
SAMPLE_NAMES = ("Irene", "Jonas")


@dataclass(frozen=True)
class Processed:
    path: Path
    recording: str


def new_vault(path: Path) -> Vault:
    from anonkit.workflow.project import save_settings

    v = Vault.create(path, STEWARD, PASSWORD, KdfParams.testing())
    save_settings(v, model="tiny.en", speakers="auto")
    return v


def open_vault(path: Path, user: str = STEWARD, password: str = PASSWORD) -> Vault:
    return Vault.open(path, user, password, allow_weak_kdf=True)


@pytest.fixture(scope="session")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Processed:
    """A vault holding the sample, ingested and processed (stage ``anonymized``)."""
    from anonkit.workflow.recordings import ingest, process

    path = tmp_path_factory.mktemp("processed") / "vault"
    with new_vault(path) as v:
        rid = ingest(v, SAMPLE, participant="P07", language="en")
        [result] = process(v)
        assert result.error is None and result.stage == "anonymized"
    return Processed(path, rid)


@pytest.fixture
def vault_copy(processed: Processed, tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    """A private copy of the processed vault, unlocked as the steward."""
    dst = tmp_path / "vault"
    shutil.copytree(processed.path, dst)
    with open_vault(dst) as v:
        yield v, processed.recording
