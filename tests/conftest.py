"""Suite-wide isolation of the vault's anti-rollback state (spec §12).

Each test gets its own state directory instead of the user's ``~/.local/state/anonkit``:
tests never touch a real user's state, and a test that copies a vault and writes to the
copy does not make the original look rolled back to the next test. Module-scoped fixtures
run before the per-test fixture, so a run-wide directory is set at import as well. Child
processes inherit the variable through the environment."""

from __future__ import annotations

import os
import signal
import tempfile

import pytest

# A suite started in the background by a non-interactive shell (`pytest … &`, nohup) begins
# with SIGINT ignored, and an ignored signal survives exec: the Ctrl+C tests' child
# processes then never see their SIGINT and run to the end (seen: exit 0 instead of 130).
# A terminal or CI starts it with the default; give the suite that default in every case.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

os.environ["ANONKIT_STATE_DIR"] = tempfile.mkdtemp(prefix="anonkit-test-state-")
os.environ.pop("ANONKIT_ACCEPT_ROLLBACK", None)


@pytest.fixture(autouse=True)
def _private_state_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANONKIT_STATE_DIR", str(tmp_path_factory.mktemp("anonkit-state")))
    monkeypatch.delenv("ANONKIT_ACCEPT_ROLLBACK", raising=False)
