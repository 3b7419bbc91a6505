"""Locking (spec §15): shared for object writers, exclusive for header changes, bounded
waits that name the holder, and no stale lock after kill -9."""

from __future__ import annotations

import signal
import subprocess
import textwrap
from pathlib import Path

import pytest
from vault_testlib import PYTHON, STEWARD, STEWARD_PW, env_for_subprocess, make_vault, weak

from anonkit.vault.errors import VaultLockedError
from anonkit.vault.lock import lock_holders, vault_lock
from anonkit.vault.vault import Vault


class Holder:
    """A separate process holding the vault lock until it is killed."""

    def __init__(self, root: Path, *, exclusive: bool) -> None:
        code = textwrap.dedent(f"""
            import time
            from pathlib import Path
            from anonkit.vault.lock import vault_lock
            with vault_lock(Path({str(root)!r}), exclusive={exclusive}):
                print("held", flush=True)
                time.sleep(120)
        """)
        self.proc = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE, text=True,
                                     env=env_for_subprocess())
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "held"

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


def test_shared_holders_coexist_exclusive_waits_and_names_pid(tmp_path):
    tmp_path.joinpath("lock").touch()
    holder = Holder(tmp_path, exclusive=False)
    try:
        with vault_lock(tmp_path, exclusive=False, timeout=1):
            pass  # a second writer is welcome
        with (
            pytest.raises(VaultLockedError, match=rf"pid {holder.proc.pid}\b.*try again"),
            vault_lock(tmp_path, exclusive=True, timeout=0.3, what="add a user"),
        ):
            pass
        assert holder.proc.pid in lock_holders(tmp_path / "lock")
    finally:
        holder.kill()
    with vault_lock(tmp_path, exclusive=True, timeout=1):
        pass  # kill -9 released it: no stale lock


def test_user_change_while_another_process_holds_lock(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root)
    v.lock_timeout = 0.3
    holder = Holder(root, exclusive=False)  # e.g. a batch worker storing an object
    try:
        with pytest.raises(VaultLockedError, match=f"pid {holder.proc.pid}"):
            v.add_user("ola", "analyst", "pw", weak())
        with pytest.raises(VaultLockedError):
            v.rotate_keys()
        # writers only need the shared lock: they go on
        oid = v.put_bytes("anonymized", "transcript_pseudonymized", b"still writable")
    finally:
        holder.kill()
    v.add_user("ola", "analyst", "pw", weak())
    assert v.get_bytes(oid) == b"still writable"
    assert v.verify().ok
    v.close()


def test_writer_waits_for_exclusive_holder(tmp_path):
    root = tmp_path / "v"
    v = make_vault(root)
    v.lock_timeout = 0.3
    holder = Holder(root, exclusive=True)  # e.g. a key rotation in progress
    try:
        with pytest.raises(VaultLockedError, match="store an object"):
            v.put_bytes("anonymized", "transcript_pseudonymized", b"x")
    finally:
        holder.kill()
    assert v.list() == [] and list(v.layout.tmp.iterdir()) == []
    v.close()


def test_second_init_while_locked(tmp_path):
    root = tmp_path / "v"
    root.mkdir()
    holder = Holder(root, exclusive=True)  # a first `init` still running
    try:
        with pytest.raises(VaultLockedError, match="create the vault"):
            Vault.create(root, STEWARD, STEWARD_PW, weak(), lock_timeout=0.3)
    finally:
        holder.kill()
    assert not (root / "header").exists()
