"""Vault tests keep their anti-rollback state (spec §12) in a per-test directory instead of the
user's ``~/.local/state/anonkit``; child processes inherit it through the environment."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_state_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANONKIT_STATE_DIR", str(tmp_path_factory.mktemp("anonkit-state")))
    monkeypatch.delenv("ANONKIT_ACCEPT_ROLLBACK", raising=False)
