"""The review app's fixtures: the bundled sample ingested and processed (tiny.en, real
Presidio, real crypto) once per session, with one turn corrected so that it holds a flag
(a room number) and an ASR mishearing of a place ("trumps" for Tromsø)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the review extra (starlette) is not installed")

from tests.workflow.conftest import SAMPLE, new_vault, open_vault

EDITED = "Better, I go for walks in trumps with my dog on Sundays, from room 48213."


@dataclass(frozen=True)
class Reviewable:
    path: Path
    recording: str


@pytest.fixture(scope="session")
def reviewable(tmp_path_factory: pytest.TempPathFactory) -> Reviewable:
    from anonkit.vault.kdf import KdfParams
    from anonkit.workflow.recordings import ingest, process
    from anonkit.workflow.review_decisions import edit_turn

    path = tmp_path_factory.mktemp("review") / "vault"
    with new_vault(path) as v:
        rid = ingest(v, SAMPLE, participant="P07", language="en")
        [result] = process(v)
        assert result.error is None
        edit_turn(v, rid, 7, EDITED)
        v.add_user("ola", "interviewer", "ola pw", KdfParams.testing())
        v.add_user("ana", "analyst", "ana pw", KdfParams.testing())
    return Reviewable(path, rid)


@pytest.fixture
def vault_dir(reviewable: Reviewable, tmp_path: Path) -> Iterator[Path]:
    dst = tmp_path / "vault"
    shutil.copytree(reviewable.path, dst)
    yield dst


__all__ = ["EDITED", "open_vault"]
