"""Inter-process locks on a vault (spec: docs/vault-format.md, "Locking").

Why ``flock`` on one file, ``VAULT/lock``:
- Writers of *objects* never conflict with each other (ids are random and every object is
  written under its own temp name), so they only take a **shared** lock. Any number of batch
  workers can store objects at once; SQLite (WAL) serialises their catalog rows.
- Anything that changes the header or the set of key files as a whole (``init``, user
  changes, key rotation, purge) takes the **exclusive** lock, so it never races a writer
  that is sealing a data key to the old tier keys.
- ``flock`` locks belong to an open file description and vanish when the process dies,
  kill -9 included: a crashed worker can never leave the vault locked.

Waiting is bounded: after ``timeout`` seconds the caller gets ``VaultLockedError`` naming the
holder's pid when the kernel tells us (Linux ``/proc/locks``), so a user sees "vault locked by
another process (pid N); try again" instead of a hang.

Limit: the locks are advisory and per host. On a network share (NFS/SMB) ``flock`` may be
local to each client; run writers that share a vault from one machine, or through one
scheduler, as docs/vault-format.md says.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from anonkit.vault.errors import VaultLockedError
from anonkit.vault.storage import open_nofollow

#: File name of the vault-wide lock inside the vault directory.
LOCK_FILE_NAME = "lock"
#: Default wait for a lock before giving up with ``VaultLockedError`` (seconds).
DEFAULT_TIMEOUT_S = 10.0
_POLL_S = 0.05


def lock_holders(path: Path) -> list[int]:
    """Pids of processes holding a lock on ``path`` (Linux only; [] when unknown).

    Why /proc/locks: flock has no F_GETLK; the kernel's lock table is the only honest
    source of "who holds it" and works for shared holders too.
    """
    try:
        inode = os.stat(path).st_ino
        text = Path("/proc/locks").read_text()
    except OSError:
        return []
    pids: list[int] = []
    for line in text.splitlines():
        parts = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 fd:00:123456 0 EOF" ("->" marks waiters)
        if len(parts) < 6 or parts[1] == "->":
            continue
        try:
            pid = int(parts[4])
            line_inode = int(parts[5].rsplit(":", 1)[1])
        except (ValueError, IndexError):
            continue
        if line_inode == inode and pid not in pids and pid != os.getpid():
            pids.append(pid)
    return pids


def _locked_error(path: Path, what: str) -> VaultLockedError:
    pids = lock_holders(path)
    who = f" (pid {', '.join(map(str, pids))})" if pids else ""
    return VaultLockedError(
        f"vault locked by another process{who}, could not {what}; try again when it has "
        "finished"
    )


def _acquire(fd: int, op: int, timeout: float) -> bool:
    """Poll a non-blocking flock until it succeeds or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, op | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(_POLL_S)


@contextlib.contextmanager
def file_lock(
    path: Path, *, exclusive: bool, timeout: float = DEFAULT_TIMEOUT_S, what: str = "write"
) -> Iterator[int]:
    """Hold a shared or exclusive flock on ``path`` (created if missing) for the block.

    Not re-entrant within one process: flock locks belong to open file descriptions, so a
    second acquisition in the same process waits for the first like any other process.
    Yields the open file descriptor (callers may write diagnostics into the file).
    """
    fd = open_nofollow(path, os.O_RDWR | os.O_CREAT)
    try:
        op = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        if not _acquire(fd, op, timeout):
            raise _locked_error(path, what)
        try:
            yield fd
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def vault_lock(
    root: Path, *, exclusive: bool, timeout: float = DEFAULT_TIMEOUT_S, what: str = "write"
) -> contextlib.AbstractContextManager[int]:
    """The vault-wide lock: shared for object writers, exclusive for header/key changes."""
    return file_lock(root / LOCK_FILE_NAME, exclusive=exclusive, timeout=timeout, what=what)
